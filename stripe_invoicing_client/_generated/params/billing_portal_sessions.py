"""Request parameters of billing_portal_sessions, as TypedDicts (generated; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypedDict

from ..._core.key_docs import document_keys
from ..enums import SessionLocale

if TYPE_CHECKING:
    from typing_extensions import Required

    from ._shared import PaymentSettingsPaymentMethodOptionsBlikMandateOptions


class AfterExpiration(TypedDict, total=False):
    customer_login: PaymentSettingsPaymentMethodOptionsBlikMandateOptions
    type: Required[Literal["customer_login"]]


class FlowDataAfterCompletionHostedConfirmation(TypedDict, total=False):
    custom_message: str


class FlowDataAfterCompletionRedirect(TypedDict, total=False):
    return_url: Required[str]


class FlowDataAfterCompletion(TypedDict, total=False):
    hosted_confirmation: FlowDataAfterCompletionHostedConfirmation
    redirect: FlowDataAfterCompletionRedirect
    type: Required[Literal["hosted_confirmation", "portal_homepage", "redirect"]]


class FlowDataSubscriptionCancelRetentionCouponOffer(TypedDict, total=False):
    coupon: Required[str]


class FlowDataSubscriptionCancelRetention(TypedDict, total=False):
    coupon_offer: Required[FlowDataSubscriptionCancelRetentionCouponOffer]
    type: Required[Literal["coupon_offer"]]


class FlowDataSubscriptionCancel(TypedDict, total=False):
    retention: FlowDataSubscriptionCancelRetention
    subscription: Required[str]


class FlowDataSubscriptionPause(TypedDict, total=False):
    subscription: Required[str]


class FlowDataSubscriptionUpdateConfirmDiscount(TypedDict, total=False):
    coupon: str
    """Id of the coupon to apply."""
    promotion_code: str
    """Id of the promotion code to apply."""


class FlowDataSubscriptionUpdateConfirmItem(TypedDict, total=False):
    id: Required[str]
    """Id of the subscription item to change; leave out to add a new item."""
    price: str
    """Id of the price to use."""
    quantity: int
    """Number of units."""


class FlowDataSubscriptionUpdateConfirm(TypedDict, total=False):
    discounts: list[FlowDataSubscriptionUpdateConfirmDiscount]
    """Discounts to apply, each a coupon, an existing discount or a promotion code."""
    items: Required[list[FlowDataSubscriptionUpdateConfirmItem]]
    subscription: Required[str]


class FlowData(TypedDict, total=False):
    after_completion: FlowDataAfterCompletion
    subscription_cancel: FlowDataSubscriptionCancel
    subscription_pause: FlowDataSubscriptionPause
    subscription_update: FlowDataSubscriptionPause
    subscription_update_confirm: FlowDataSubscriptionUpdateConfirm
    type: Required[
        Literal[
            "customer_update",
            "payment_method_update",
            "subscription_cancel",
            "subscription_pause",
            "subscription_update",
            "subscription_update_confirm",
        ]
    ]


class BillingPortalSessionCreateParams(TypedDict, total=False):
    """Parameters of `billing_portal_sessions.create` (PostBillingPortalSessions)."""

    after_expiration: AfterExpiration
    """How a customer can get back to the portal after the session ends."""
    configuration: str
    """Id of the configuration to use; the default one when omitted."""
    customer: str
    """Id of the customer the session is for."""
    customer_account: str
    """Id of the account, as a customer, the session is for."""
    expand: list[str]
    """Dotted paths of fields to return as full objects instead of ids."""
    flow_data: FlowData
    """A particular flow to open the portal on, such as cancelling a subscription."""
    locale: SessionLocale
    """The language to show the portal in; the browser's when omitted."""
    on_behalf_of: str
    """Id of the connected account whose branding the portal shows."""
    return_url: str
    """Where the customer goes when leaving the portal."""


document_keys(__name__)

__all__ = [
    "AfterExpiration",
    "BillingPortalSessionCreateParams",
    "FlowData",
    "FlowDataAfterCompletion",
    "FlowDataAfterCompletionHostedConfirmation",
    "FlowDataAfterCompletionRedirect",
    "FlowDataSubscriptionCancel",
    "FlowDataSubscriptionCancelRetention",
    "FlowDataSubscriptionCancelRetentionCouponOffer",
    "FlowDataSubscriptionPause",
    "FlowDataSubscriptionUpdateConfirm",
    "FlowDataSubscriptionUpdateConfirmDiscount",
    "FlowDataSubscriptionUpdateConfirmItem",
]
