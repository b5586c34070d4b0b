from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.billing_bill_resource_invoicing_lines_parents_invoice_line_item_parent_type import (
    BillingBillResourceInvoicingLinesParentsInvoiceLineItemParentType,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from typing_extensions import Required

    from ..models.billing_bill_resource_invoicing_lines_parents_invoice_line_item_invoice_item_parent import (
        BillingBillResourceInvoicingLinesParentsInvoiceLineItemInvoiceItemParent,
        BillingBillResourceInvoicingLinesParentsInvoiceLineItemInvoiceItemParentParams,
    )
    from ..models.billing_bill_resource_invoicing_lines_parents_invoice_line_item_subscription_item_parent import (
        BillingBillResourceInvoicingLinesParentsInvoiceLineItemSubscriptionItemParent,
        BillingBillResourceInvoicingLinesParentsInvoiceLineItemSubscriptionItemParentParams,
    )


@_attrs_define
class BillingBillResourceInvoicingLinesParentsInvoiceLineItemParent:
    """Embedded object found at `line_item.parent`.

    Parsing is tolerant: a field missing from the data, or of another type than described,
    reads as `UNSET`, and anything not modelled is kept in `additional_properties`, so
    `from_dict(data).to_dict() == data`.
    """

    invoice_item_details: (
        BillingBillResourceInvoicingLinesParentsInvoiceLineItemInvoiceItemParent | None
    )
    subscription_item_details: (
        BillingBillResourceInvoicingLinesParentsInvoiceLineItemSubscriptionItemParent | None
    )
    type_: BillingBillResourceInvoicingLinesParentsInvoiceLineItemParentType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = dict(self.additional_properties)
        v_invoice_item_details = self.invoice_item_details
        if not isinstance(v_invoice_item_details, Unset):
            data["invoice_item_details"] = (
                v_invoice_item_details.to_dict()
                if isinstance(
                    v_invoice_item_details,
                    BillingBillResourceInvoicingLinesParentsInvoiceLineItemInvoiceItemParent,
                )
                else v_invoice_item_details
            )
        v_subscription_item_details = self.subscription_item_details
        if not isinstance(v_subscription_item_details, Unset):
            data["subscription_item_details"] = (
                v_subscription_item_details.to_dict()
                if isinstance(
                    v_subscription_item_details,
                    BillingBillResourceInvoicingLinesParentsInvoiceLineItemSubscriptionItemParent,
                )
                else v_subscription_item_details
            )
        v_type_ = self.type_
        if not isinstance(v_type_, Unset):
            data["type"] = v_type_
        return data

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> BillingBillResourceInvoicingLinesParentsInvoiceLineItemParent:
        d = dict(src_dict)
        v_invoice_item_details = d.pop("invoice_item_details", UNSET)
        if v_invoice_item_details is not UNSET:
            if (type(v_invoice_item_details) is dict) or (v_invoice_item_details is None):
                v_invoice_item_details = (
                    BillingBillResourceInvoicingLinesParentsInvoiceLineItemInvoiceItemParent.from_dict(
                        v_invoice_item_details
                    )
                    if type(v_invoice_item_details) is dict
                    else v_invoice_item_details
                )
            else:
                d["invoice_item_details"] = v_invoice_item_details
                v_invoice_item_details = UNSET
        v_subscription_item_details = d.pop("subscription_item_details", UNSET)
        if v_subscription_item_details is not UNSET:
            if (type(v_subscription_item_details) is dict) or (v_subscription_item_details is None):
                v_subscription_item_details = (
                    BillingBillResourceInvoicingLinesParentsInvoiceLineItemSubscriptionItemParent.from_dict(
                        v_subscription_item_details
                    )
                    if type(v_subscription_item_details) is dict
                    else v_subscription_item_details
                )
            else:
                d["subscription_item_details"] = v_subscription_item_details
                v_subscription_item_details = UNSET
        v_type_ = d.pop("type", UNSET)
        if v_type_ is not UNSET and not (type(v_type_) is str):
            d["type"] = v_type_
            v_type_ = UNSET
        obj = cls(
            invoice_item_details=v_invoice_item_details,
            subscription_item_details=v_subscription_item_details,
            type_=v_type_,
        )
        obj.additional_properties = d
        return obj

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


class BillingBillResourceInvoicingLinesParentsInvoiceLineItemParentParams(TypedDict, total=False):
    """BillingBillResourceInvoicingLinesParentsInvoiceLineItemParent as plain data, for request parameters."""

    invoice_item_details: Required[
        BillingBillResourceInvoicingLinesParentsInvoiceLineItemInvoiceItemParentParams
        | BillingBillResourceInvoicingLinesParentsInvoiceLineItemInvoiceItemParent
    ]
    subscription_item_details: Required[
        BillingBillResourceInvoicingLinesParentsInvoiceLineItemSubscriptionItemParentParams
        | BillingBillResourceInvoicingLinesParentsInvoiceLineItemSubscriptionItemParent
    ]
    type: Required[BillingBillResourceInvoicingLinesParentsInvoiceLineItemParentType]


# Imported last: models refer to each other in cycles, and are only needed at call time.
from ..models.billing_bill_resource_invoicing_lines_parents_invoice_line_item_invoice_item_parent import (
    BillingBillResourceInvoicingLinesParentsInvoiceLineItemInvoiceItemParent,  # noqa: E402
)
from ..models.billing_bill_resource_invoicing_lines_parents_invoice_line_item_subscription_item_parent import (
    BillingBillResourceInvoicingLinesParentsInvoiceLineItemSubscriptionItemParent,  # noqa: E402
)
