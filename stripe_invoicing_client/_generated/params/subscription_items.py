"""Request parameters of subscription_items, as TypedDicts (generated; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypedDict

from ..._core.key_docs import document_keys

if TYPE_CHECKING:
    from collections.abc import Mapping

    from typing_extensions import Required

    from ._shared import (
        CurrentTrialParam,
        DiscountsDataParam,
        InvoiceCreatePreviewBillingThresholdsParam,
        ItemPriceData,
    )

from ._shared import ExpandParams


class SubscriptionItemListParams(TypedDict, total=False):
    """Parameters of `subscription_items.list` (GetSubscriptionItems)."""

    ending_before: str
    """Object id to page backwards from: the page ends with the object listed right before it."""
    expand: list[str]
    """Dotted paths of fields to return as full objects instead of ids."""
    limit: int
    """How many objects to return on one page, from 1 to 100; 10 when omitted."""
    starting_after: str
    """Object id to page forwards from: the page begins with the object listed right after it."""
    subscription: Required[str]
    """Id of the subscription whose items are listed."""


class SubscriptionItemCreateParams(TypedDict, total=False):
    """Parameters of `subscription_items.create` (PostSubscriptionItems)."""

    billing_thresholds: InvoiceCreatePreviewBillingThresholdsParam | Literal[""]
    """Usage amount or time at which an invoice is cut before the period ends."""
    current_trial: CurrentTrialParam
    """Trial that applies to this item alone."""
    discounts: list[DiscountsDataParam] | Literal[""]
    """Coupons, discounts or promotion codes that apply to the whole subscription."""
    expand: list[str]
    """Dotted paths of fields to return as full objects instead of ids."""
    metadata: Mapping[str, str]
    """Your own key-value pairs stored on the object."""
    payment_behavior: Literal[
        "allow_incomplete", "default_incomplete", "error_if_incomplete", "pending_if_incomplete"
    ]
    """What happens when a payment this change causes needs action or fails."""
    plan: str
    """Id of a legacy plan to bill instead of a price."""
    price: str
    """Id of the price the item bills."""
    price_data: ItemPriceData
    """A recurring price given inline instead of a price id."""
    proration_behavior: Literal["always_invoice", "create_prorations", "none"]
    """How the change is prorated: `create_prorations`, `always_invoice` or `none`."""
    proration_date: int
    """Unix timestamp the proration is computed as of, instead of now."""
    quantity: int
    """How many units of the price are billed."""
    subscription: Required[str]
    """Id of the subscription to add the item to."""
    tax_rates: list[str] | Literal[""]
    """Tax rates applied to this item, in place of the subscription's defaults."""


class SubscriptionItemUpdateParams(TypedDict, total=False):
    """Parameters of `subscription_items.update` (PostSubscriptionItemsItem)."""

    billing_thresholds: InvoiceCreatePreviewBillingThresholdsParam | Literal[""]
    """Usage amount or time at which an invoice is cut before the period ends."""
    current_trial: CurrentTrialParam
    """Trial that applies to this item alone."""
    discounts: list[DiscountsDataParam] | Literal[""]
    """Coupons, discounts or promotion codes that apply to the whole subscription."""
    expand: list[str]
    """Dotted paths of fields to return as full objects instead of ids."""
    metadata: Mapping[str, str] | Literal[""]
    """Your own key-value pairs stored on the object."""
    off_session: bool
    """Whether the customer is away while the payment is attempted."""
    payment_behavior: Literal[
        "allow_incomplete", "default_incomplete", "error_if_incomplete", "pending_if_incomplete"
    ]
    """What happens when a payment this change causes needs action or fails."""
    plan: str
    """Id of a legacy plan to bill instead of a price."""
    price: str
    """Id of the price the item bills."""
    price_data: ItemPriceData
    """A recurring price given inline instead of a price id."""
    proration_behavior: Literal["always_invoice", "create_prorations", "none"]
    """How the change is prorated: `create_prorations`, `always_invoice` or `none`."""
    proration_date: int
    """Unix timestamp the proration is computed as of, instead of now."""
    quantity: int
    """How many units of the price are billed."""
    tax_rates: list[str] | Literal[""]
    """Tax rates applied to this item, in place of the subscription's defaults."""


class SubscriptionItemDeleteParams(TypedDict, total=False):
    """Parameters of `subscription_items.delete` (DeleteSubscriptionItemsItem)."""

    clear_usage: bool
    """Whether usage recorded on the item is dropped along with it."""
    payment_behavior: Literal[
        "allow_incomplete", "default_incomplete", "error_if_incomplete", "pending_if_incomplete"
    ]
    """What happens when the first payment needs action or fails: `allow_incomplete`, `default_incomplete`, `error_if_incomplete` or `pending_if_incomplete`."""
    proration_behavior: Literal["always_invoice", "create_prorations", "none"]
    """How removing the item is prorated: `create_prorations`, `always_invoice` or `none`."""
    proration_date: int
    """Unix timestamp the proration is computed as of, instead of now."""


# Operations whose parameters have the shape of another's.
SubscriptionItemRetrieveParams = ExpandParams

document_keys(__name__)

__all__ = [
    "SubscriptionItemCreateParams",
    "SubscriptionItemDeleteParams",
    "SubscriptionItemListParams",
    "SubscriptionItemRetrieveParams",
    "SubscriptionItemUpdateParams",
]
