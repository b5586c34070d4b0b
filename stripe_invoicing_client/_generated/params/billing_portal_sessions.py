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
    """Whether the customer can sign in again once the session has ended."""
    type: Required[Literal["customer_login"]]
    """How the customer gets back in after the session ends."""


class FlowDataAfterCompletionHostedConfirmation(TypedDict, total=False):
    custom_message: str
    """A message of yours shown on the confirmation page."""


class FlowDataAfterCompletionRedirect(TypedDict, total=False):
    return_url: Required[str]
    """The address the customer is sent to."""


class FlowDataAfterCompletion(TypedDict, total=False):
    hosted_confirmation: FlowDataAfterCompletionHostedConfirmation
    """The confirmation page shown after the flow."""
    redirect: FlowDataAfterCompletionRedirect
    """Where the customer is sent after the flow."""
    type: Required[Literal["hosted_confirmation", "portal_homepage", "redirect"]]
    """What follows the flow: the portal, a confirmation page or a redirect."""


class FlowDataSubscriptionCancelRetentionCouponOffer(TypedDict, total=False):
    coupon: Required[str]
    """Id of the coupon offered."""


class FlowDataSubscriptionCancelRetention(TypedDict, total=False):
    coupon_offer: Required[FlowDataSubscriptionCancelRetentionCouponOffer]
    """A coupon offered to keep the customer."""
    type: Required[Literal["coupon_offer"]]
    """The kind of retention offer; only a coupon."""


class FlowDataSubscriptionCancel(TypedDict, total=False):
    retention: FlowDataSubscriptionCancelRetention
    """An offer made to keep the customer from cancelling."""
    subscription: Required[str]
    """Id of the subscription the customer may cancel."""


class FlowDataSubscriptionPause(TypedDict, total=False):
    subscription: Required[str]
    """Id of the subscription the flow is for."""


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
    """The subscription items as they will be after the change."""
    subscription: Required[str]
    """Id of the subscription to change."""


class FlowData(TypedDict, total=False):
    after_completion: FlowDataAfterCompletion
    """What happens once the customer completes the flow."""
    subscription_cancel: FlowDataSubscriptionCancel
    """The subscription the cancellation flow is for, and how to retain it."""
    subscription_pause: FlowDataSubscriptionPause
    """The subscription the pause flow is for."""
    subscription_update: FlowDataSubscriptionPause
    """The subscription the plan change flow is for."""
    subscription_update_confirm: FlowDataSubscriptionUpdateConfirm
    """A plan change to confirm, made in advance."""
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
    """Which flow the session opens on, such as cancelling a subscription."""


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
