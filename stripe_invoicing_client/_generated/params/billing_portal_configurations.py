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
    privacy_policy_url: str
    terms_of_service_url: str


class FeaturesCustomerUpdate(TypedDict, total=False):
    allowed_updates: (
        list[Literal["address", "email", "name", "phone", "shipping", "tax_id"]] | Literal[""]
    )
    enabled: Required[bool]


class FeaturesPaymentMethodUpdate(TypedDict, total=False):
    enabled: Required[bool]
    payment_method_configuration: str | Literal[""]


class FeaturesSubscriptionCancelCancellationReason(TypedDict, total=False):
    enabled: Required[bool]
    feedback_options: list[str] | Literal[""]
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


class FeaturesSubscriptionCancel(TypedDict, total=False):
    cancellation_reason: FeaturesSubscriptionCancelCancellationReason
    enabled: Required[bool]
    mode: Literal["at_period_end", "immediately"]
    proration_behavior: Literal["always_invoice", "create_prorations", "none"]
    """How changes are prorated: prorations created, created and invoiced at once (always_invoice), or none."""


class FeaturesSubscriptionPauseDuration(TypedDict, total=False):
    interval_options: list[DurationParam] | Literal[""]
    type: Required[Literal["indefinite", "interval_options"]]


class FeaturesSubscriptionPause(TypedDict, total=False):
    duration: FeaturesSubscriptionPauseDuration
    """A length of time: a count of intervals."""
    enabled: bool


class FeaturesSubscriptionUpdateProductAdjustableQuantity(TypedDict, total=False):
    enabled: Required[bool]
    maximum: int
    minimum: int


class FeaturesSubscriptionUpdateProduct(TypedDict, total=False):
    adjustable_quantity: FeaturesSubscriptionUpdateProductAdjustableQuantity
    prices: Required[list[str]]
    product: Required[str]


class FeaturesSubscriptionUpdateScheduleAtPeriodEndCondition(TypedDict, total=False):
    type: Required[Literal["decreasing_item_amount", "shortening_interval"]]


class FeaturesSubscriptionUpdateScheduleAtPeriodEnd(TypedDict, total=False):
    conditions: list[FeaturesSubscriptionUpdateScheduleAtPeriodEndCondition]


class FeaturesSubscriptionUpdate(TypedDict, total=False):
    billing_cycle_anchor: Literal["now", "unchanged"]
    default_allowed_updates: list[Literal["price", "promotion_code", "quantity"]] | Literal[""]
    enabled: Required[bool]
    products: list[FeaturesSubscriptionUpdateProduct] | Literal[""]
    proration_behavior: Literal["always_invoice", "create_prorations", "none"]
    """How changes are prorated: prorations created, created and invoiced at once (always_invoice), or none."""
    schedule_at_period_end: FeaturesSubscriptionUpdateScheduleAtPeriodEnd
    trial_update_behavior: Literal["continue_trial", "end_trial"]


class Features(TypedDict, total=False):
    customer_update: FeaturesCustomerUpdate
    invoice_history: AutomaticTax
    payment_method_update: FeaturesPaymentMethodUpdate
    subscription_cancel: FeaturesSubscriptionCancel
    subscription_pause: FeaturesSubscriptionPause
    subscription_update: FeaturesSubscriptionUpdate


class BusinessProfileParam(TypedDict, total=False):
    headline: str | Literal[""]
    privacy_policy_url: str | Literal[""]
    terms_of_service_url: str | Literal[""]


class CustomerUpdateParam(TypedDict, total=False):
    allowed_updates: (
        list[Literal["address", "email", "name", "phone", "shipping", "tax_id"]] | Literal[""]
    )
    enabled: bool


class CancellationReasonParam(TypedDict, total=False):
    enabled: Required[bool]
    feedback_options: list[str] | Literal[""]
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


class SubscriptionCancelParam(TypedDict, total=False):
    cancellation_reason: CancellationReasonParam
    enabled: bool
    mode: Literal["at_period_end", "immediately"]
    proration_behavior: Literal["always_invoice", "create_prorations", "none"]
    """How changes are prorated: prorations created, created and invoiced at once (always_invoice), or none."""


class ScheduleAtPeriodEndParam(TypedDict, total=False):
    conditions: list[FeaturesSubscriptionUpdateScheduleAtPeriodEndCondition] | Literal[""]


class SubscriptionUpdateParam(TypedDict, total=False):
    billing_cycle_anchor: Literal["now", "unchanged"]
    default_allowed_updates: list[Literal["price", "promotion_code", "quantity"]] | Literal[""]
    enabled: bool
    products: list[FeaturesSubscriptionUpdateProduct] | Literal[""]
    proration_behavior: Literal["always_invoice", "create_prorations", "none"]
    """How changes are prorated: prorations created, created and invoiced at once (always_invoice), or none."""
    schedule_at_period_end: ScheduleAtPeriodEndParam
    trial_update_behavior: Literal["continue_trial", "end_trial"]


class FeaturesParam(TypedDict, total=False):
    customer_update: CustomerUpdateParam
    invoice_history: AutomaticTax
    payment_method_update: FeaturesPaymentMethodUpdate
    subscription_cancel: SubscriptionCancelParam
    subscription_pause: FeaturesSubscriptionPause
    subscription_update: SubscriptionUpdateParam


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
