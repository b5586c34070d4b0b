from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.post_invoices_body_from_invoice_action import (
    PostInvoicesBodyFromInvoiceAction,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from typing_extensions import Required


@_attrs_define
class PostInvoicesBodyFromInvoice:
    """PostInvoicesBodyFromInvoice

    Parsing is tolerant: a field missing from the data, or of another type than described,
    reads as `UNSET`, and anything not modelled is kept in `additional_properties`, so
    `from_dict(data).to_dict() == data`.
    """

    action: PostInvoicesBodyFromInvoiceAction
    invoice: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = dict(self.additional_properties)
        v_action = self.action
        if not isinstance(v_action, Unset):
            data["action"] = v_action
        v_invoice = self.invoice
        if not isinstance(v_invoice, Unset):
            data["invoice"] = v_invoice
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PostInvoicesBodyFromInvoice:
        d = dict(src_dict)
        v_action = d.pop("action", UNSET)
        if v_action is not UNSET and not (type(v_action) is str):
            d["action"] = v_action
            v_action = UNSET
        v_invoice = d.pop("invoice", UNSET)
        if v_invoice is not UNSET and not (type(v_invoice) is str):
            d["invoice"] = v_invoice
            v_invoice = UNSET
        obj = cls(
            action=v_action,
            invoice=v_invoice,
        )
        obj.additional_properties = d
        return obj

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


class PostInvoicesBodyFromInvoiceParams(TypedDict, total=False):
    """PostInvoicesBodyFromInvoice as plain data, for request parameters."""

    action: Required[PostInvoicesBodyFromInvoiceAction]
    invoice: Required[str]


# Imported last: models refer to each other in cycles, and are only needed at call time.
