from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..models.post_invoices_invoice_remove_lines_body_lines_item_behavior import (
    PostInvoicesInvoiceRemoveLinesBodyLinesItemBehavior,
)
from ..types import UNSET

if TYPE_CHECKING:
    from typing_extensions import Required


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PostInvoicesInvoiceRemoveLinesBodyLinesItem(Model):
    """PostInvoicesInvoiceRemoveLinesBodyLinesItem

    Parsing is tolerant: anything not modelled, and any value of another type than its field
    declares, is kept in `additional_properties`, so `from_dict(data).to_dict() == data`.
    Reading a field that the data lacks, or held with another type, raises
    `FieldNotAvailableError` (an AttributeError); optional fields read as `UNSET` when absent.
    """

    behavior: PostInvoicesInvoiceRemoveLinesBodyLinesItemBehavior
    id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("behavior", "behavior", "PostInvoicesInvoiceRemoveLinesBodyLinesItemBehavior"),
        ("id", "id", "str"),
    )

    def to_dict(self) -> dict[str, Any]:
        # An unfilled field raises AttributeError; what was received for it, if anything, is
        # already in additional_properties.
        data: dict[str, Any] = dict(self.additional_properties)
        try:
            v_behavior = self.behavior
        except AttributeError:
            pass
        else:
            data["behavior"] = v_behavior
        try:
            v_id = self.id
        except AttributeError:
            pass
        else:
            data["id"] = v_id
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PostInvoicesInvoiceRemoveLinesBodyLinesItem:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal; the checks below are what makes each stored value fit its field.
        # A value that does not fit stays in `d` (the additional properties), its field unfilled.
        fill: Any = obj
        v_behavior = d.pop("behavior", UNSET)
        if v_behavior is not UNSET:
            if type(v_behavior) is str:
                fill.behavior = v_behavior
            else:
                d["behavior"] = v_behavior
        v_id = d.pop("id", UNSET)
        if v_id is not UNSET:
            if type(v_id) is str:
                fill.id = v_id
            else:
                d["id"] = v_id
        fill.additional_properties = d
        return obj


class PostInvoicesInvoiceRemoveLinesBodyLinesItemParams(TypedDict, total=False):
    """PostInvoicesInvoiceRemoveLinesBodyLinesItem as plain data, for request parameters."""

    behavior: Required[PostInvoicesInvoiceRemoveLinesBodyLinesItemBehavior]
    id: Required[str]


# Imported last: models refer to each other in cycles, and are only needed at call time.
