"""Request parameters of billing_portal_configurations, as TypedDicts (generated; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypedDict

from ..._core.key_docs import document_keys

if TYPE_CHECKING:
    from collections.abc import Mapping

    from typing_extensions import Required

    from ._shared import AutomaticTax, DurationParam

from ._shared import ExpandParams


class BusinessProfile(TypedDict, total=False):
    headline: str | Literal[""]
    """The headline shown at the top of the portal."""
    privacy_policy_url: str
    """Link to your privacy policy, shown in the portal."""
    terms_of_service_url: str
    """Link to your terms of service, shown in the portal."""


class FeaturesCustomerUpdate(TypedDict, total=False):
    allowed_updates: (
        list[Literal["address", "email", "name", "phone", "shipping", "tax_id"]] | Literal[""]
    )
    """The customer details that may be changed, such as email or address."""
    enabled: Required[bool]
    """Whether customers may change their details."""


class FeaturesPaymentMethodUpdate(TypedDict, total=False):
    enabled: Required[bool]
    """Whether changing payment methods is allowed."""
    payment_method_configuration: str | Literal[""]
    """Id of the payment method configuration that lists the methods offered."""


class FeaturesSubscriptionCancelCancellationReason(TypedDict, total=False):
    enabled: Required[bool]
    """Whether the question is asked."""
    feedback_options: list[str] | Literal[""]
    """Ids of your own feedback options offered beside the standard reasons."""
    options: Required[
        list[
            Literal[
                "customer_service",
                "low_quality",
                "missing_features",
                "other",
                "switched_service",
                "too_complex",
                "too_expensive",
                "unused",
            ]
        ]
        | Literal[""]
    ]
    """The standard reasons customers may pick from."""


class FeaturesSubscriptionCancel(TypedDict, total=False):
    cancellation_reason: FeaturesSubscriptionCancelCancellationReason
    """Whether customers are asked why they cancel."""
    enabled: Required[bool]
    """Whether cancelling is allowed."""
    mode: Literal["at_period_end", "immediately"]
    """Whether a subscription ends at once or at the end of its period."""
    proration_behavior: Literal["always_invoice", "create_prorations", "none"]
    """How changes are prorated: prorations created, created and invoiced at once (always_invoice), or none."""


class FeaturesSubscriptionPauseDuration(TypedDict, total=False):
    interval_options: list[DurationParam] | Literal[""]
    """The pause lengths customers may pick from."""
    type: Required[Literal["indefinite", "interval_options"]]
    """Whether customers pick how long the pause lasts."""


class FeaturesSubscriptionPause(TypedDict, total=False):
    duration: FeaturesSubscriptionPauseDuration
    """A length of time: a count of intervals."""
    enabled: bool
    """Whether pausing is allowed."""


class FeaturesSubscriptionUpdateProductAdjustableQuantity(TypedDict, total=False):
    enabled: Required[bool]
    """Whether the quantity can be changed."""
    maximum: int
    """The largest quantity allowed."""
    minimum: int
    """The smallest quantity allowed."""


class FeaturesSubscriptionUpdateProduct(TypedDict, total=False):
    adjustable_quantity: FeaturesSubscriptionUpdateProductAdjustableQuantity
    """Whether and within which bounds customers may change the quantity."""
    prices: Required[list[str]]
    """Ids of the product's prices customers may switch to."""
    product: Required[str]
    """Id of the product customers may switch to."""


class FeaturesSubscriptionUpdateScheduleAtPeriodEndCondition(TypedDict, total=False):
    type: Required[Literal["decreasing_item_amount", "shortening_interval"]]
    """A kind of change, such as a downgrade, that waits."""


class FeaturesSubscriptionUpdateScheduleAtPeriodEnd(TypedDict, total=False):
    conditions: list[FeaturesSubscriptionUpdateScheduleAtPeriodEndCondition]
    """The kinds of change that wait for the end of the period."""


class FeaturesSubscriptionUpdate(TypedDict, total=False):
    billing_cycle_anchor: Literal["now", "unchanged"]
    """Whether a plan change keeps the billing cycle or restarts it now."""
    default_allowed_updates: list[Literal["price", "promotion_code", "quantity"]] | Literal[""]
    """What customers may change by default, such as price or quantity."""
    enabled: Required[bool]
    """Whether changing plans is allowed."""
    products: list[FeaturesSubscriptionUpdateProduct] | Literal[""]
    """The products and prices customers may switch between."""
    proration_behavior: Literal["always_invoice", "create_prorations", "none"]
    """How changes are prorated: prorations created, created and invoiced at once (always_invoice), or none."""
    schedule_at_period_end: FeaturesSubscriptionUpdateScheduleAtPeriodEnd
    """Which changes wait for the end of the period instead of applying now."""
    trial_update_behavior: Literal["continue_trial", "end_trial"]
    """Whether a plan change during a trial ends the trial."""


class Features(TypedDict, total=False):
    customer_update: FeaturesCustomerUpdate
    """Whether customers may change their own details, and which."""
    invoice_history: AutomaticTax
    """Whether customers can see their past invoices."""
    payment_method_update: FeaturesPaymentMethodUpdate
    """Whether customers may change their payment methods."""
    subscription_cancel: FeaturesSubscriptionCancel
    """Whether customers may cancel their subscriptions, and how."""
    subscription_pause: FeaturesSubscriptionPause
    """Whether customers may pause their subscriptions."""
    subscription_update: FeaturesSubscriptionUpdate
    """Whether customers may change their plan, and to what."""


class BusinessProfileParam(TypedDict, total=False):
    headline: str | Literal[""]
    """The headline shown at the top of the portal."""
    privacy_policy_url: str | Literal[""]
    """Link to your privacy policy, shown in the portal."""
    terms_of_service_url: str | Literal[""]
    """Link to your terms of service, shown in the portal."""


class CustomerUpdateParam(TypedDict, total=False):
    allowed_updates: (
        list[Literal["address", "email", "name", "phone", "shipping", "tax_id"]] | Literal[""]
    )
    """The customer details that may be changed, such as email or address."""
    enabled: bool
    """Whether customers may change their details."""


class CancellationReasonParam(TypedDict, total=False):
    enabled: Required[bool]
    """Whether the question is asked."""
    feedback_options: list[str] | Literal[""]
    """Ids of your own feedback options offered beside the standard reasons."""
    options: (
        list[
            Literal[
                "customer_service",
                "low_quality",
                "missing_features",
                "other",
                "switched_service",
                "too_complex",
                "too_expensive",
                "unused",
            ]
        ]
        | Literal[""]
    )
    """The standard reasons customers may pick from."""


class SubscriptionCancelParam(TypedDict, total=False):
    cancellation_reason: CancellationReasonParam
    """Whether customers are asked why they cancel."""
    enabled: bool
    """Whether cancelling is allowed."""
    mode: Literal["at_period_end", "immediately"]
    """Whether a subscription ends at once or at the end of its period."""
    proration_behavior: Literal["always_invoice", "create_prorations", "none"]
    """How changes are prorated: prorations created, created and invoiced at once (always_invoice), or none."""


class ScheduleAtPeriodEndParam(TypedDict, total=False):
    conditions: list[FeaturesSubscriptionUpdateScheduleAtPeriodEndCondition] | Literal[""]
    """The kinds of change that wait for the end of the period."""


class SubscriptionUpdateParam(TypedDict, total=False):
    billing_cycle_anchor: Literal["now", "unchanged"]
    """Whether a plan change keeps the billing cycle or restarts it now."""
    default_allowed_updates: list[Literal["price", "promotion_code", "quantity"]] | Literal[""]
    """What customers may change by default, such as price or quantity."""
    enabled: bool
    """Whether changing plans is allowed."""
    products: list[FeaturesSubscriptionUpdateProduct] | Literal[""]
    """The products and prices customers may switch between."""
    proration_behavior: Literal["always_invoice", "create_prorations", "none"]
    """How changes are prorated: prorations created, created and invoiced at once (always_invoice), or none."""
    schedule_at_period_end: ScheduleAtPeriodEndParam
    """Which changes wait for the end of the period instead of applying now."""
    trial_update_behavior: Literal["continue_trial", "end_trial"]
    """Whether a plan change during a trial ends the trial."""


class FeaturesParam(TypedDict, total=False):
    customer_update: CustomerUpdateParam
    """Whether customers may change their own details, and which."""
    invoice_history: AutomaticTax
    """Whether customers can see their past invoices."""
    payment_method_update: FeaturesPaymentMethodUpdate
    """Whether customers may change their payment methods."""
    subscription_cancel: SubscriptionCancelParam
    """Whether customers may cancel their subscriptions, and how."""
    subscription_pause: FeaturesSubscriptionPause
    """Whether customers may pause their subscriptions."""
    subscription_update: SubscriptionUpdateParam
    """Whether customers may change their plan, and to what."""


class BillingPortalConfigurationListParams(TypedDict, total=False):
    """Parameters of `billing_portal_configurations.list` (GetBillingPortalConfigurations)."""

    active: bool
    """Only active (true) or inactive (false) configurations."""
    ending_before: str
    """Object id to page backwards from: the page ends with the object listed right before it."""
    expand: list[str]
    """Dotted paths of fields to return as full objects instead of ids."""
    is_default: bool
    """Only the default configuration (true) or the others."""
    limit: int
    """How many objects to return on one page, from 1 to 100; 10 when omitted."""
    starting_after: str
    """Object id to page forwards from: the page begins with the object listed right after it."""


class BillingPortalConfigurationCreateParams(TypedDict, total=False):
    """Parameters of `billing_portal_configurations.create` (PostBillingPortalConfigurations)."""

    business_profile: BusinessProfile
    """The business information shown in the portal."""
    default_return_url: str | Literal[""]
    """Where customers go back to when a session sets no return URL."""
    expand: list[str]
    """Dotted paths of fields to return as full objects instead of ids."""
    features: Required[Features]
    """What customers may do in the portal."""
    login_page: AutomaticTax
    """Whether a shareable login link to the portal is enabled."""
    metadata: Mapping[str, str]
    """Key-value pairs to store with the object; an empty value removes a key."""
    name: str | Literal[""]
    """A name for the configuration, for your own reference."""


class BillingPortalConfigurationUpdateParams(TypedDict, total=False):
    """Parameters of `billing_portal_configurations.update` (PostBillingPortalConfigurationsConfiguration)."""

    active: bool
    """Whether sessions can be created with it."""
    business_profile: BusinessProfileParam
    """The business information shown in the portal."""
    default_return_url: str | Literal[""]
    """Where customers go back to when a session sets no return URL."""
    expand: list[str]
    """Dotted paths of fields to return as full objects instead of ids."""
    features: FeaturesParam
    """What customers may do in the portal."""
    login_page: AutomaticTax
    """Whether a shareable login link to the portal is enabled."""
    metadata: Mapping[str, str] | Literal[""]
    """Key-value pairs to store with the object; an empty value removes a key."""
    name: str | Literal[""]
    """A name for the configuration, for your own reference."""


# Operations whose parameters have the shape of another's.
BillingPortalConfigurationRetrieveParams = ExpandParams

document_keys(__name__)

__all__ = [
    "BillingPortalConfigurationCreateParams",
    "BillingPortalConfigurationListParams",
    "BillingPortalConfigurationRetrieveParams",
    "BillingPortalConfigurationUpdateParams",
    "BusinessProfile",
    "BusinessProfileParam",
    "CancellationReasonParam",
    "CustomerUpdateParam",
    "Features",
    "FeaturesCustomerUpdate",
    "FeaturesParam",
    "FeaturesPaymentMethodUpdate",
    "FeaturesSubscriptionCancel",
    "FeaturesSubscriptionCancelCancellationReason",
    "FeaturesSubscriptionPause",
    "FeaturesSubscriptionPauseDuration",
    "FeaturesSubscriptionUpdate",
    "FeaturesSubscriptionUpdateProduct",
    "FeaturesSubscriptionUpdateProductAdjustableQuantity",
    "FeaturesSubscriptionUpdateScheduleAtPeriodEnd",
    "FeaturesSubscriptionUpdateScheduleAtPeriodEndCondition",
    "ScheduleAtPeriodEndParam",
    "SubscriptionCancelParam",
    "SubscriptionUpdateParam",
]
