from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET

if TYPE_CHECKING:
    from typing_extensions import Required


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class BillingBillResourceInvoicingLinesCommonCreditedItems(Model):
    """Embedded object found at
    `line_item.parent.invoice_item_details.proration_details.credited_items`.

    Parsing is tolerant: anything not modelled, and any value of another type than its field
    declares, is kept in `additional_properties`, so `from_dict(data).to_dict() == data`.
    Reading a field that the data lacks, or held with another type, raises
    `FieldNotAvailableError` (an AttributeError); optional fields read as `UNSET` when absent.
    """

    invoice: str
    invoice_line_items: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("invoice", "invoice", "str"),
        ("invoice_line_items", "invoice_line_items", "list[str]"),
    )

    def to_dict(self) -> dict[str, Any]:
        # An unfilled field raises AttributeError; what was received for it, if anything, is
        # already in additional_properties.
        data: dict[str, Any] = dict(self.additional_properties)
        try:
            v_invoice = self.invoice
        except AttributeError:
            pass
        else:
            data["invoice"] = v_invoice
        try:
            v_invoice_line_items = self.invoice_line_items
        except AttributeError:
            pass
        else:
            data["invoice_line_items"] = v_invoice_line_items
        return data

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> BillingBillResourceInvoicingLinesCommonCreditedItems:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal; the checks below are what makes each stored value fit its field.
        # A value that does not fit stays in `d` (the additional properties), its field unfilled.
        fill: Any = obj
        v_invoice = d.pop("invoice", UNSET)
        if v_invoice is not UNSET:
            if type(v_invoice) is str:
                fill.invoice = v_invoice
            else:
                d["invoice"] = v_invoice
        v_invoice_line_items = d.pop("invoice_line_items", UNSET)
        if v_invoice_line_items is not UNSET:
            if type(v_invoice_line_items) is list and all(
                type(item0) is str for item0 in v_invoice_line_items
            ):
                fill.invoice_line_items = v_invoice_line_items
            else:
                d["invoice_line_items"] = v_invoice_line_items
        fill.additional_properties = d
        return obj


class BillingBillResourceInvoicingLinesCommonCreditedItemsParams(TypedDict, total=False):
    """BillingBillResourceInvoicingLinesCommonCreditedItems as plain data, for request parameters."""

    invoice: Required[str]
    invoice_line_items: Required[list[str]]


# Imported last: models refer to each other in cycles, and are only needed at call time.
