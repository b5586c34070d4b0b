from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from typing_extensions import Required

    from ..models.billing_bill_resource_invoicing_lines_common_proration_details import (
        BillingBillResourceInvoicingLinesCommonProrationDetails,
        BillingBillResourceInvoicingLinesCommonProrationDetailsParams,
    )


@_attrs_define
class BillingBillResourceInvoicingLinesParentsInvoiceLineItemInvoiceItemParent:
    """Embedded object found at `line_item.parent.invoice_item_details`.

    Parsing is tolerant: a field missing from the data, or of another type than described,
    reads as `UNSET`, and anything not modelled is kept in `additional_properties`, so
    `from_dict(data).to_dict() == data`.
    """

    invoice_item: str
    proration: bool
    proration_details: BillingBillResourceInvoicingLinesCommonProrationDetails | None
    subscription: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = dict(self.additional_properties)
        v_invoice_item = self.invoice_item
        if not isinstance(v_invoice_item, Unset):
            data["invoice_item"] = v_invoice_item
        v_proration = self.proration
        if not isinstance(v_proration, Unset):
            data["proration"] = v_proration
        v_proration_details = self.proration_details
        if not isinstance(v_proration_details, Unset):
            data["proration_details"] = (
                v_proration_details.to_dict()
                if isinstance(
                    v_proration_details, BillingBillResourceInvoicingLinesCommonProrationDetails
                )
                else v_proration_details
            )
        v_subscription = self.subscription
        if not isinstance(v_subscription, Unset):
            data["subscription"] = v_subscription
        return data

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> BillingBillResourceInvoicingLinesParentsInvoiceLineItemInvoiceItemParent:
        d = dict(src_dict)
        v_invoice_item = d.pop("invoice_item", UNSET)
        if v_invoice_item is not UNSET and not (type(v_invoice_item) is str):
            d["invoice_item"] = v_invoice_item
            v_invoice_item = UNSET
        v_proration = d.pop("proration", UNSET)
        if v_proration is not UNSET and not (type(v_proration) is bool):
            d["proration"] = v_proration
            v_proration = UNSET
        v_proration_details = d.pop("proration_details", UNSET)
        if v_proration_details is not UNSET:
            if (type(v_proration_details) is dict) or (v_proration_details is None):
                v_proration_details = (
                    BillingBillResourceInvoicingLinesCommonProrationDetails.from_dict(
                        v_proration_details
                    )
                    if type(v_proration_details) is dict
                    else v_proration_details
                )
            else:
                d["proration_details"] = v_proration_details
                v_proration_details = UNSET
        v_subscription = d.pop("subscription", UNSET)
        if v_subscription is not UNSET and not (
            (type(v_subscription) is str) or (v_subscription is None)
        ):
            d["subscription"] = v_subscription
            v_subscription = UNSET
        obj = cls(
            invoice_item=v_invoice_item,
            proration=v_proration,
            proration_details=v_proration_details,
            subscription=v_subscription,
        )
        obj.additional_properties = d
        return obj

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


class BillingBillResourceInvoicingLinesParentsInvoiceLineItemInvoiceItemParentParams(
    TypedDict, total=False
):
    """BillingBillResourceInvoicingLinesParentsInvoiceLineItemInvoiceItemParent as plain data, for request parameters."""

    invoice_item: Required[str]
    proration: Required[bool]
    proration_details: Required[
        BillingBillResourceInvoicingLinesCommonProrationDetailsParams
        | BillingBillResourceInvoicingLinesCommonProrationDetails
    ]
    subscription: Required[str]


# Imported last: models refer to each other in cycles, and are only needed at call time.
from ..models.billing_bill_resource_invoicing_lines_common_proration_details import (
    BillingBillResourceInvoicingLinesCommonProrationDetails,  # noqa: E402
)
