from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from typing_extensions import Required

    from ..models.invoice import Invoice, InvoiceParams


@_attrs_define
class InvoicesResourceFromInvoice:
    """Embedded object found at `invoice.from_invoice`.

    Parsing is tolerant: a field missing from the data, or of another type than described,
    reads as `UNSET`, and anything not modelled is kept in `additional_properties`, so
    `from_dict(data).to_dict() == data`.
    """

    action: str
    invoice: Invoice | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = dict(self.additional_properties)
        v_action = self.action
        if not isinstance(v_action, Unset):
            data["action"] = v_action
        v_invoice = self.invoice
        if not isinstance(v_invoice, Unset):
            data["invoice"] = v_invoice.to_dict() if isinstance(v_invoice, Invoice) else v_invoice
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> InvoicesResourceFromInvoice:
        d = dict(src_dict)
        v_action = d.pop("action", UNSET)
        if v_action is not UNSET and not (type(v_action) is str):
            d["action"] = v_action
            v_action = UNSET
        v_invoice = d.pop("invoice", UNSET)
        if v_invoice is not UNSET:
            if (type(v_invoice) is dict) or (type(v_invoice) is str):
                v_invoice = Invoice.from_dict(v_invoice) if type(v_invoice) is dict else v_invoice
            else:
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


class InvoicesResourceFromInvoiceParams(TypedDict, total=False):
    """InvoicesResourceFromInvoice as plain data, for request parameters."""

    action: Required[str]
    invoice: Required[str | InvoiceParams | Invoice]


# Imported last: models refer to each other in cycles, and are only needed at call time.
from ..models.invoice import Invoice  # noqa: E402
