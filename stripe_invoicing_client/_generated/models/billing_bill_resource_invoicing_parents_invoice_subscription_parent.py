from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET

if TYPE_CHECKING:
    from typing_extensions import Required

    from ..models.billing_bill_resource_invoicing_parents_invoice_subscription_parent_metadata_type_0 import (
        BillingBillResourceInvoicingParentsInvoiceSubscriptionParentMetadataType0,
    )
    from ..models.stripe_object import StripeObject


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class BillingBillResourceInvoicingParentsInvoiceSubscriptionParent(Model):
    """Embedded object found at `invoice.parent.subscription_details`.

    Parsing is tolerant: anything not modelled, and any value of another type than its field
    declares, is kept in `additional_properties`, so `from_dict(data).to_dict() == data`.
    Reading a field that the data lacks, or held with another type, raises
    `FieldNotAvailableError` (an AttributeError); optional fields read as `UNSET` when absent.
    """

    metadata: BillingBillResourceInvoicingParentsInvoiceSubscriptionParentMetadataType0 | None
    subscription: str | StripeObject
    subscription_proration_date: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        (
            "metadata",
            "metadata",
            "BillingBillResourceInvoicingParentsInvoiceSubscriptionParentMetadataType0 | None",
        ),
        ("subscription", "subscription", "str | StripeObject"),
        ("subscription_proration_date", "subscription_proration_date", "int | None"),
    )

    def to_dict(self) -> dict[str, Any]:
        # An unfilled field raises AttributeError; what was received for it, if anything, is
        # already in additional_properties.
        data: dict[str, Any] = dict(self.additional_properties)
        try:
            v_metadata = self.metadata
        except AttributeError:
            pass
        else:
            data["metadata"] = v_metadata
        try:
            v_subscription = self.subscription
        except AttributeError:
            pass
        else:
            data["subscription"] = v_subscription
        try:
            v_subscription_proration_date = self.subscription_proration_date
        except AttributeError:
            pass
        else:
            data["subscription_proration_date"] = v_subscription_proration_date
        return data

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> BillingBillResourceInvoicingParentsInvoiceSubscriptionParent:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal; the checks below are what makes each stored value fit its field.
        # A value that does not fit stays in `d` (the additional properties), its field unfilled.
        fill: Any = obj
        v_metadata = d.pop("metadata", UNSET)
        if v_metadata is not UNSET:
            if (
                type(v_metadata) is dict
                and all(type(item0) is str for item0 in v_metadata.values())
            ) or (v_metadata is None):
                fill.metadata = v_metadata
            else:
                d["metadata"] = v_metadata
        v_subscription = d.pop("subscription", UNSET)
        if v_subscription is not UNSET:
            if (type(v_subscription) is str) or (type(v_subscription) is dict):
                fill.subscription = v_subscription
            else:
                d["subscription"] = v_subscription
        v_subscription_proration_date = d.pop("subscription_proration_date", UNSET)
        if v_subscription_proration_date is not UNSET:
            if (type(v_subscription_proration_date) is int) or (
                v_subscription_proration_date is None
            ):
                fill.subscription_proration_date = v_subscription_proration_date
            else:
                d["subscription_proration_date"] = v_subscription_proration_date
        fill.additional_properties = d
        return obj


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
