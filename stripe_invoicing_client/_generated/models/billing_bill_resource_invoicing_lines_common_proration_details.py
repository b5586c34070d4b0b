from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET

if TYPE_CHECKING:
    from typing_extensions import Required

    from ..models.billing_bill_resource_invoicing_lines_common_credited_items import (
        BillingBillResourceInvoicingLinesCommonCreditedItems,
        BillingBillResourceInvoicingLinesCommonCreditedItemsParams,
    )


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class BillingBillResourceInvoicingLinesCommonProrationDetails(Model):
    """Embedded object found at `line_item.parent.invoice_item_details.proration_details`.

    Parsing is tolerant: anything not modelled, and any value of another type than its field
    declares, is kept in `additional_properties`, so `from_dict(data).to_dict() == data`.
    Reading a field that the data lacks, or held with another type, raises
    `FieldNotAvailableError` (an AttributeError); optional fields read as `UNSET` when absent.
    """

    credited_items: BillingBillResourceInvoicingLinesCommonCreditedItems | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        (
            "credited_items",
            "credited_items",
            "BillingBillResourceInvoicingLinesCommonCreditedItems | None",
        ),
    )

    def to_dict(self) -> dict[str, Any]:
        # An unfilled field raises AttributeError; what was received for it, if anything, is
        # already in additional_properties.
        data: dict[str, Any] = dict(self.additional_properties)
        try:
            v_credited_items = self.credited_items
        except AttributeError:
            pass
        else:
            data["credited_items"] = (
                v_credited_items.to_dict()
                if isinstance(
                    v_credited_items, BillingBillResourceInvoicingLinesCommonCreditedItems
                )
                else v_credited_items
            )
        return data

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> BillingBillResourceInvoicingLinesCommonProrationDetails:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal; the checks below are what makes each stored value fit its field.
        # A value that does not fit stays in `d` (the additional properties), its field unfilled.
        fill: Any = obj
        v_credited_items = d.pop("credited_items", UNSET)
        if v_credited_items is not UNSET:
            if (type(v_credited_items) is dict) or (v_credited_items is None):
                fill.credited_items = (
                    BillingBillResourceInvoicingLinesCommonCreditedItems.from_dict(v_credited_items)
                    if type(v_credited_items) is dict
                    else v_credited_items
                )
            else:
                d["credited_items"] = v_credited_items
        fill.additional_properties = d
        return obj


class BillingBillResourceInvoicingLinesCommonProrationDetailsParams(TypedDict, total=False):
    """BillingBillResourceInvoicingLinesCommonProrationDetails as plain data, for request parameters."""

    credited_items: Required[
        BillingBillResourceInvoicingLinesCommonCreditedItemsParams
        | BillingBillResourceInvoicingLinesCommonCreditedItems
    ]


# Imported last: models refer to each other in cycles, and are only needed at call time.
from ..models.billing_bill_resource_invoicing_lines_common_credited_items import (
    BillingBillResourceInvoicingLinesCommonCreditedItems,  # noqa: E402
)
