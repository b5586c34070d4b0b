from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from typing_extensions import Required


@_attrs_define
class BillingBillResourceInvoicingLinesCommonCreditedItems:
    """Embedded object found at
    `line_item.parent.invoice_item_details.proration_details.credited_items`.

    Parsing is tolerant: a field missing from the data, or of another type than described,
    reads as `UNSET`, and anything not modelled is kept in `additional_properties`, so
    `from_dict(data).to_dict() == data`.
    """

    invoice: str
    invoice_line_items: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = dict(self.additional_properties)
        v_invoice = self.invoice
        if not isinstance(v_invoice, Unset):
            data["invoice"] = v_invoice
        v_invoice_line_items = self.invoice_line_items
        if not isinstance(v_invoice_line_items, Unset):
            data["invoice_line_items"] = v_invoice_line_items
        return data

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> BillingBillResourceInvoicingLinesCommonCreditedItems:
        d = dict(src_dict)
        v_invoice = d.pop("invoice", UNSET)
        if v_invoice is not UNSET and not (type(v_invoice) is str):
            d["invoice"] = v_invoice
            v_invoice = UNSET
        v_invoice_line_items = d.pop("invoice_line_items", UNSET)
        if v_invoice_line_items is not UNSET and not (
            type(v_invoice_line_items) is list
            and all(type(item0) is str for item0 in v_invoice_line_items)
        ):
            d["invoice_line_items"] = v_invoice_line_items
            v_invoice_line_items = UNSET
        obj = cls(
            invoice=v_invoice,
            invoice_line_items=v_invoice_line_items,
        )
        obj.additional_properties = d
        return obj

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


class BillingBillResourceInvoicingLinesCommonCreditedItemsParams(TypedDict, total=False):
    """BillingBillResourceInvoicingLinesCommonCreditedItems as plain data, for request parameters."""

    invoice: Required[str]
    invoice_line_items: Required[list[str]]


# Imported last: models refer to each other in cycles, and are only needed at call time.
