from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from typing_extensions import Required

    from ..models.billing_bill_resource_invoicing_lines_common_credited_items import (
        BillingBillResourceInvoicingLinesCommonCreditedItems,
        BillingBillResourceInvoicingLinesCommonCreditedItemsParams,
    )


@_attrs_define
class BillingBillResourceInvoicingLinesCommonProrationDetails:
    """Embedded object found at `line_item.parent.invoice_item_details.proration_details`.

    Parsing is tolerant: a field missing from the data, or of another type than described,
    reads as `UNSET`, and anything not modelled is kept in `additional_properties`, so
    `from_dict(data).to_dict() == data`.
    """

    credited_items: BillingBillResourceInvoicingLinesCommonCreditedItems | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = dict(self.additional_properties)
        v_credited_items = self.credited_items
        if not isinstance(v_credited_items, Unset):
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
        v_credited_items = d.pop("credited_items", UNSET)
        if v_credited_items is not UNSET:
            if (type(v_credited_items) is dict) or (v_credited_items is None):
                v_credited_items = (
                    BillingBillResourceInvoicingLinesCommonCreditedItems.from_dict(v_credited_items)
                    if type(v_credited_items) is dict
                    else v_credited_items
                )
            else:
                d["credited_items"] = v_credited_items
                v_credited_items = UNSET
        obj = cls(
            credited_items=v_credited_items,
        )
        obj.additional_properties = d
        return obj

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


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
