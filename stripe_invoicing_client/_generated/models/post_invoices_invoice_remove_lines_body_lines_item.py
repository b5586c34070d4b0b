from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.post_invoices_invoice_remove_lines_body_lines_item_behavior import (
    PostInvoicesInvoiceRemoveLinesBodyLinesItemBehavior,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from typing_extensions import Required


@_attrs_define
class PostInvoicesInvoiceRemoveLinesBodyLinesItem:
    """PostInvoicesInvoiceRemoveLinesBodyLinesItem

    Parsing is tolerant: a field missing from the data, or of another type than described,
    reads as `UNSET`, and anything not modelled is kept in `additional_properties`, so
    `from_dict(data).to_dict() == data`.
    """

    behavior: PostInvoicesInvoiceRemoveLinesBodyLinesItemBehavior
    id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = dict(self.additional_properties)
        v_behavior = self.behavior
        if not isinstance(v_behavior, Unset):
            data["behavior"] = v_behavior
        v_id = self.id
        if not isinstance(v_id, Unset):
            data["id"] = v_id
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PostInvoicesInvoiceRemoveLinesBodyLinesItem:
        d = dict(src_dict)
        v_behavior = d.pop("behavior", UNSET)
        if v_behavior is not UNSET and not (type(v_behavior) is str):
            d["behavior"] = v_behavior
            v_behavior = UNSET
        v_id = d.pop("id", UNSET)
        if v_id is not UNSET and not (type(v_id) is str):
            d["id"] = v_id
            v_id = UNSET
        obj = cls(
            behavior=v_behavior,
            id=v_id,
        )
        obj.additional_properties = d
        return obj

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


class PostInvoicesInvoiceRemoveLinesBodyLinesItemParams(TypedDict, total=False):
    """PostInvoicesInvoiceRemoveLinesBodyLinesItem as plain data, for request parameters."""

    behavior: Required[PostInvoicesInvoiceRemoveLinesBodyLinesItemBehavior]
    id: Required[str]


# Imported last: models refer to each other in cycles, and are only needed at call time.
