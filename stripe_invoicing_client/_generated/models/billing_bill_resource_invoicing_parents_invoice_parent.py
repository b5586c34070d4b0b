from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.billing_bill_resource_invoicing_parents_invoice_parent_type import (
    BillingBillResourceInvoicingParentsInvoiceParentType,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from typing_extensions import Required

    from ..models.billing_bill_resource_invoicing_parents_invoice_quote_parent import (
        BillingBillResourceInvoicingParentsInvoiceQuoteParent,
        BillingBillResourceInvoicingParentsInvoiceQuoteParentParams,
    )
    from ..models.billing_bill_resource_invoicing_parents_invoice_subscription_parent import (
        BillingBillResourceInvoicingParentsInvoiceSubscriptionParent,
        BillingBillResourceInvoicingParentsInvoiceSubscriptionParentParams,
    )


@_attrs_define
class BillingBillResourceInvoicingParentsInvoiceParent:
    """Embedded object found at `invoice.parent`.

    Parsing is tolerant: a field missing from the data, or of another type than described,
    reads as `UNSET`, and anything not modelled is kept in `additional_properties`, so
    `from_dict(data).to_dict() == data`.
    """

    quote_details: BillingBillResourceInvoicingParentsInvoiceQuoteParent | None
    subscription_details: BillingBillResourceInvoicingParentsInvoiceSubscriptionParent | None
    type_: BillingBillResourceInvoicingParentsInvoiceParentType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = dict(self.additional_properties)
        v_quote_details = self.quote_details
        if not isinstance(v_quote_details, Unset):
            data["quote_details"] = (
                v_quote_details.to_dict()
                if isinstance(
                    v_quote_details, BillingBillResourceInvoicingParentsInvoiceQuoteParent
                )
                else v_quote_details
            )
        v_subscription_details = self.subscription_details
        if not isinstance(v_subscription_details, Unset):
            data["subscription_details"] = (
                v_subscription_details.to_dict()
                if isinstance(
                    v_subscription_details,
                    BillingBillResourceInvoicingParentsInvoiceSubscriptionParent,
                )
                else v_subscription_details
            )
        v_type_ = self.type_
        if not isinstance(v_type_, Unset):
            data["type"] = v_type_
        return data

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> BillingBillResourceInvoicingParentsInvoiceParent:
        d = dict(src_dict)
        v_quote_details = d.pop("quote_details", UNSET)
        if v_quote_details is not UNSET:
            if (type(v_quote_details) is dict) or (v_quote_details is None):
                v_quote_details = (
                    BillingBillResourceInvoicingParentsInvoiceQuoteParent.from_dict(v_quote_details)
                    if type(v_quote_details) is dict
                    else v_quote_details
                )
            else:
                d["quote_details"] = v_quote_details
                v_quote_details = UNSET
        v_subscription_details = d.pop("subscription_details", UNSET)
        if v_subscription_details is not UNSET:
            if (type(v_subscription_details) is dict) or (v_subscription_details is None):
                v_subscription_details = (
                    BillingBillResourceInvoicingParentsInvoiceSubscriptionParent.from_dict(
                        v_subscription_details
                    )
                    if type(v_subscription_details) is dict
                    else v_subscription_details
                )
            else:
                d["subscription_details"] = v_subscription_details
                v_subscription_details = UNSET
        v_type_ = d.pop("type", UNSET)
        if v_type_ is not UNSET and not (type(v_type_) is str):
            d["type"] = v_type_
            v_type_ = UNSET
        obj = cls(
            quote_details=v_quote_details,
            subscription_details=v_subscription_details,
            type_=v_type_,
        )
        obj.additional_properties = d
        return obj

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


class BillingBillResourceInvoicingParentsInvoiceParentParams(TypedDict, total=False):
    """BillingBillResourceInvoicingParentsInvoiceParent as plain data, for request parameters."""

    quote_details: Required[
        BillingBillResourceInvoicingParentsInvoiceQuoteParentParams
        | BillingBillResourceInvoicingParentsInvoiceQuoteParent
    ]
    subscription_details: Required[
        BillingBillResourceInvoicingParentsInvoiceSubscriptionParentParams
        | BillingBillResourceInvoicingParentsInvoiceSubscriptionParent
    ]
    type: Required[BillingBillResourceInvoicingParentsInvoiceParentType]


# Imported last: models refer to each other in cycles, and are only needed at call time.
from ..models.billing_bill_resource_invoicing_parents_invoice_quote_parent import (
    BillingBillResourceInvoicingParentsInvoiceQuoteParent,  # noqa: E402
)
from ..models.billing_bill_resource_invoicing_parents_invoice_subscription_parent import (
    BillingBillResourceInvoicingParentsInvoiceSubscriptionParent,  # noqa: E402
)
