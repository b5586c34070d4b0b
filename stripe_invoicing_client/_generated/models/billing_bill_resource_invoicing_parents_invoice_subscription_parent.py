from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from typing_extensions import Required

    from ..models.billing_bill_resource_invoicing_parents_invoice_subscription_parent_metadata_type_0 import (
        BillingBillResourceInvoicingParentsInvoiceSubscriptionParentMetadataType0,
    )
    from ..models.stripe_object import StripeObject


@_attrs_define
class BillingBillResourceInvoicingParentsInvoiceSubscriptionParent:
    """Embedded object found at `invoice.parent.subscription_details`.

    Parsing is tolerant: a field missing from the data, or of another type than described,
    reads as `UNSET`, and anything not modelled is kept in `additional_properties`, so
    `from_dict(data).to_dict() == data`.
    """

    metadata: BillingBillResourceInvoicingParentsInvoiceSubscriptionParentMetadataType0 | None
    subscription: str | StripeObject
    subscription_proration_date: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = dict(self.additional_properties)
        v_metadata = self.metadata
        if not isinstance(v_metadata, Unset):
            data["metadata"] = v_metadata
        v_subscription = self.subscription
        if not isinstance(v_subscription, Unset):
            data["subscription"] = v_subscription
        v_subscription_proration_date = self.subscription_proration_date
        if not isinstance(v_subscription_proration_date, Unset):
            data["subscription_proration_date"] = v_subscription_proration_date
        return data

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> BillingBillResourceInvoicingParentsInvoiceSubscriptionParent:
        d = dict(src_dict)
        v_metadata = d.pop("metadata", UNSET)
        if v_metadata is not UNSET and not (
            (type(v_metadata) is dict and all(type(item0) is str for item0 in v_metadata.values()))
            or (v_metadata is None)
        ):
            d["metadata"] = v_metadata
            v_metadata = UNSET
        v_subscription = d.pop("subscription", UNSET)
        if v_subscription is not UNSET and not (
            (type(v_subscription) is str) or (type(v_subscription) is dict)
        ):
            d["subscription"] = v_subscription
            v_subscription = UNSET
        v_subscription_proration_date = d.pop("subscription_proration_date", UNSET)
        if v_subscription_proration_date is not UNSET and not (
            (type(v_subscription_proration_date) is int) or (v_subscription_proration_date is None)
        ):
            d["subscription_proration_date"] = v_subscription_proration_date
            v_subscription_proration_date = UNSET
        obj = cls(
            metadata=v_metadata,
            subscription=v_subscription,
            subscription_proration_date=v_subscription_proration_date,
        )
        obj.additional_properties = d
        return obj

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


class BillingBillResourceInvoicingParentsInvoiceSubscriptionParentParams(TypedDict, total=False):
    """BillingBillResourceInvoicingParentsInvoiceSubscriptionParent as plain data, for request parameters."""

    metadata: Required[Mapping[str, str]]
    subscription: Required[str | Mapping[str, Any]]
    subscription_proration_date: Required[int]


# Imported last: models refer to each other in cycles, and are only needed at call time.
from ..models.billing_bill_resource_invoicing_parents_invoice_subscription_parent_metadata_type_0 import (
    BillingBillResourceInvoicingParentsInvoiceSubscriptionParentMetadataType0,  # noqa: E402
)
from ..models.stripe_object import StripeObject  # noqa: E402
