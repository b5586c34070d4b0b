"""Response models: billing portal (generated; do not edit).

Parsing is tolerant: anything not modelled, and any value of another type than its
field declares, is kept in `additional_properties`, so `from_dict(d).to_dict() == d`.
Reading a field that the data lacks, or held with another type, raises
`FieldNotAvailableError` (an AttributeError); optional fields read as `UNSET` when
absent."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._core.model import Model
from ..._core.types import UNSET
from ..enums import SessionLocale


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class BillingPortalConfiguration(Model):
    """A customer portal configuration: what customers can see and do in the portal."""

    active: bool
    """Whether sessions can be created with this configuration."""
    application: str | dict[str, Any] | None
    """The Connect application that created it, as an id or expanded."""
    business_profile: BillingPortalConfigurationBusinessProfile
    """The business information shown in the portal."""
    created: int
    """When the configuration was created, as a Unix timestamp in seconds."""
    default_return_url: str | None
    """Where customers go back to when a session sets no return URL."""
    features: BillingPortalConfigurationFeatures
    """What customers may do in the portal: update details, cancel, switch plans and so on."""
    id: str
    """Unique identifier of the configuration (starts with `bpc_`)."""
    is_default: bool
    """Whether sessions without a configuration use this one."""
    livemode: bool
    """Whether the object exists in live mode (true) or test mode (false)."""
    login_page: BillingPortalConfigurationLoginPage
    """The shareable login link to the portal, when enabled."""
    metadata: dict[str, str] | None
    """Key-value pairs stored with the object."""
    name: str | None
    """A name for the configuration, for your own reference."""
    object_: Literal["billing_portal.configuration"]
    """Object type, always `billing_portal.configuration`."""
    updated: int
    """When the configuration last changed, as a Unix timestamp in seconds."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _KEYS: ClassVar[dict[str, str]] = {
        "object_": "object",
    }
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "business_profile": lambda v: BillingPortalConfigurationBusinessProfile.from_dict(v),
        "features": lambda v: BillingPortalConfigurationFeatures.from_dict(v),
        "login_page": lambda v: BillingPortalConfigurationLoginPage.from_dict(v),
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> BillingPortalConfiguration:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if type(v_active := take("active", UNSET)) is bool:
            fill.active = v_active
        elif v_active is not UNSET:
            d["active"] = v_active
        if (
            (type(v_application := take("application", UNSET)) is str)
            or (type(v_application) is dict)
            or (v_application is None)
        ):
            fill.application = v_application
        elif v_application is not UNSET:
            d["application"] = v_application
        if type(v_business_profile := take("business_profile", UNSET)) is dict:
            later["business_profile"] = v_business_profile
        elif v_business_profile is not UNSET:
            d["business_profile"] = v_business_profile
        if type(v_created := take("created", UNSET)) is int:
            fill.created = v_created
        elif v_created is not UNSET:
            d["created"] = v_created
        if (type(v_default_return_url := take("default_return_url", UNSET)) is str) or (
            v_default_return_url is None
        ):
            fill.default_return_url = v_default_return_url
        elif v_default_return_url is not UNSET:
            d["default_return_url"] = v_default_return_url
        if type(v_features := take("features", UNSET)) is dict:
            later["features"] = v_features
        elif v_features is not UNSET:
            d["features"] = v_features
        if type(v_id := take("id", UNSET)) is str:
            fill.id = v_id
        elif v_id is not UNSET:
            d["id"] = v_id
        if type(v_is_default := take("is_default", UNSET)) is bool:
            fill.is_default = v_is_default
        elif v_is_default is not UNSET:
            d["is_default"] = v_is_default
        if type(v_livemode := take("livemode", UNSET)) is bool:
            fill.livemode = v_livemode
        elif v_livemode is not UNSET:
            d["livemode"] = v_livemode
        if type(v_login_page := take("login_page", UNSET)) is dict:
            later["login_page"] = v_login_page
        elif v_login_page is not UNSET:
            d["login_page"] = v_login_page
        if (
            type(v_metadata := take("metadata", UNSET)) is dict
            and (not v_metadata or all(type(item0) is str for item0 in v_metadata.values()))
        ) or (v_metadata is None):
            fill.metadata = v_metadata
        elif v_metadata is not UNSET:
            d["metadata"] = v_metadata
        if (type(v_name := take("name", UNSET)) is str) or (v_name is None):
            fill.name = v_name
        elif v_name is not UNSET:
            d["name"] = v_name
        if type(v_object_ := take("object", UNSET)) is str:
            fill.object_ = v_object_
        elif v_object_ is not UNSET:
            d["object"] = v_object_
        if type(v_updated := take("updated", UNSET)) is int:
            fill.updated = v_updated
        elif v_updated is not UNSET:
            d["updated"] = v_updated
        if later:
            fill._later = later
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class BillingPortalConfigurationBusinessProfile(Model):
    """BillingPortalConfigurationBusinessProfile"""

    headline: str | None
    privacy_policy_url: str | None
    terms_of_service_url: str | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> BillingPortalConfigurationBusinessProfile:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        if (type(v_headline := take("headline", UNSET)) is str) or (v_headline is None):
            fill.headline = v_headline
        elif v_headline is not UNSET:
            d["headline"] = v_headline
        if (type(v_privacy_policy_url := take("privacy_policy_url", UNSET)) is str) or (
            v_privacy_policy_url is None
        ):
            fill.privacy_policy_url = v_privacy_policy_url
        elif v_privacy_policy_url is not UNSET:
            d["privacy_policy_url"] = v_privacy_policy_url
        if (type(v_terms_of_service_url := take("terms_of_service_url", UNSET)) is str) or (
            v_terms_of_service_url is None
        ):
            fill.terms_of_service_url = v_terms_of_service_url
        elif v_terms_of_service_url is not UNSET:
            d["terms_of_service_url"] = v_terms_of_service_url
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class BillingPortalConfigurationFeatures(Model):
    """BillingPortalConfigurationFeatures"""

    customer_update: BillingPortalConfigurationFeaturesCustomerUpdate
    invoice_history: SubscriptionManagedPayments
    payment_method_update: BillingPortalConfigurationFeaturesPaymentMethodUpdate
    subscription_cancel: BillingPortalConfigurationFeaturesSubscriptionCancel
    subscription_pause: BillingPortalConfigurationFeaturesSubscriptionPause
    subscription_update: BillingPortalConfigurationFeaturesSubscriptionUpdate
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "customer_update": lambda v: BillingPortalConfigurationFeaturesCustomerUpdate.from_dict(v),
        "invoice_history": lambda v: SubscriptionManagedPayments.from_dict(v),
        "payment_method_update": lambda v: (
            BillingPortalConfigurationFeaturesPaymentMethodUpdate.from_dict(v)
        ),
        "subscription_cancel": lambda v: (
            BillingPortalConfigurationFeaturesSubscriptionCancel.from_dict(v)
        ),
        "subscription_pause": lambda v: (
            BillingPortalConfigurationFeaturesSubscriptionPause.from_dict(v)
        ),
        "subscription_update": lambda v: (
            BillingPortalConfigurationFeaturesSubscriptionUpdate.from_dict(v)
        ),
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> BillingPortalConfigurationFeatures:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if type(v_customer_update := take("customer_update", UNSET)) is dict:
            later["customer_update"] = v_customer_update
        elif v_customer_update is not UNSET:
            d["customer_update"] = v_customer_update
        if type(v_invoice_history := take("invoice_history", UNSET)) is dict:
            later["invoice_history"] = v_invoice_history
        elif v_invoice_history is not UNSET:
            d["invoice_history"] = v_invoice_history
        if type(v_payment_method_update := take("payment_method_update", UNSET)) is dict:
            later["payment_method_update"] = v_payment_method_update
        elif v_payment_method_update is not UNSET:
            d["payment_method_update"] = v_payment_method_update
        if type(v_subscription_cancel := take("subscription_cancel", UNSET)) is dict:
            later["subscription_cancel"] = v_subscription_cancel
        elif v_subscription_cancel is not UNSET:
            d["subscription_cancel"] = v_subscription_cancel
        if type(v_subscription_pause := take("subscription_pause", UNSET)) is dict:
            later["subscription_pause"] = v_subscription_pause
        elif v_subscription_pause is not UNSET:
            d["subscription_pause"] = v_subscription_pause
        if type(v_subscription_update := take("subscription_update", UNSET)) is dict:
            later["subscription_update"] = v_subscription_update
        elif v_subscription_update is not UNSET:
            d["subscription_update"] = v_subscription_update
        if later:
            fill._later = later
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class BillingPortalConfigurationFeaturesCustomerUpdate(Model):
    """BillingPortalConfigurationFeaturesCustomerUpdate"""

    allowed_updates: list[Literal["address", "email", "name", "phone", "shipping", "tax_id"]]
    enabled: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> BillingPortalConfigurationFeaturesCustomerUpdate:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        if type(v_allowed_updates := take("allowed_updates", UNSET)) is list and (
            not v_allowed_updates or all(type(item0) is str for item0 in v_allowed_updates)
        ):
            fill.allowed_updates = v_allowed_updates
        elif v_allowed_updates is not UNSET:
            d["allowed_updates"] = v_allowed_updates
        if type(v_enabled := take("enabled", UNSET)) is bool:
            fill.enabled = v_enabled
        elif v_enabled is not UNSET:
            d["enabled"] = v_enabled
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class BillingPortalConfigurationFeaturesPaymentMethodUpdate(Model):
    """BillingPortalConfigurationFeaturesPaymentMethodUpdate"""

    enabled: bool
    payment_method_configuration: str | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> BillingPortalConfigurationFeaturesPaymentMethodUpdate:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        if type(v_enabled := take("enabled", UNSET)) is bool:
            fill.enabled = v_enabled
        elif v_enabled is not UNSET:
            d["enabled"] = v_enabled
        if (
            type(v_payment_method_configuration := take("payment_method_configuration", UNSET))
            is str
        ) or (v_payment_method_configuration is None):
            fill.payment_method_configuration = v_payment_method_configuration
        elif v_payment_method_configuration is not UNSET:
            d["payment_method_configuration"] = v_payment_method_configuration
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class BillingPortalConfigurationFeaturesSubscriptionCancel(Model):
    """BillingPortalConfigurationFeaturesSubscriptionCancel"""

    cancellation_reason: ConfigurationFeaturesSubscriptionCancelCancellationReason
    enabled: bool
    mode: Literal["at_period_end", "immediately"]
    proration_behavior: Literal["always_invoice", "create_prorations", "none"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "cancellation_reason": lambda v: (
            ConfigurationFeaturesSubscriptionCancelCancellationReason.from_dict(v)
        ),
    }

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> BillingPortalConfigurationFeaturesSubscriptionCancel:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if type(v_cancellation_reason := take("cancellation_reason", UNSET)) is dict:
            later["cancellation_reason"] = v_cancellation_reason
        elif v_cancellation_reason is not UNSET:
            d["cancellation_reason"] = v_cancellation_reason
        if type(v_enabled := take("enabled", UNSET)) is bool:
            fill.enabled = v_enabled
        elif v_enabled is not UNSET:
            d["enabled"] = v_enabled
        if type(v_mode := take("mode", UNSET)) is str:
            fill.mode = v_mode
        elif v_mode is not UNSET:
            d["mode"] = v_mode
        if type(v_proration_behavior := take("proration_behavior", UNSET)) is str:
            fill.proration_behavior = v_proration_behavior
        elif v_proration_behavior is not UNSET:
            d["proration_behavior"] = v_proration_behavior
        if later:
            fill._later = later
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class BillingPortalConfigurationFeaturesSubscriptionPause(Model):
    """BillingPortalConfigurationFeaturesSubscriptionPause"""

    duration: BillingPortalConfigurationFeaturesSubscriptionPauseDuration
    enabled: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "duration": lambda v: BillingPortalConfigurationFeaturesSubscriptionPauseDuration.from_dict(
            v
        ),
    }

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> BillingPortalConfigurationFeaturesSubscriptionPause:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if type(v_duration := take("duration", UNSET)) is dict:
            later["duration"] = v_duration
        elif v_duration is not UNSET:
            d["duration"] = v_duration
        if type(v_enabled := take("enabled", UNSET)) is bool:
            fill.enabled = v_enabled
        elif v_enabled is not UNSET:
            d["enabled"] = v_enabled
        if later:
            fill._later = later
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class BillingPortalConfigurationFeaturesSubscriptionPauseDuration(Model):
    """BillingPortalConfigurationFeaturesSubscriptionPauseDuration"""

    interval_options: list[SubscriptionPendingInvoiceItemInterval]
    type_: Literal["indefinite", "interval_options"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _KEYS: ClassVar[dict[str, str]] = {
        "type_": "type",
    }
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "interval_options": lambda v: [
            SubscriptionPendingInvoiceItemInterval.from_dict(item0) for item0 in v
        ],
    }

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> BillingPortalConfigurationFeaturesSubscriptionPauseDuration:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if type(v_interval_options := take("interval_options", UNSET)) is list and (
            not v_interval_options or all(type(item0) is dict for item0 in v_interval_options)
        ):
            later["interval_options"] = v_interval_options
        elif v_interval_options is not UNSET:
            d["interval_options"] = v_interval_options
        if type(v_type_ := take("type", UNSET)) is str:
            fill.type_ = v_type_
        elif v_type_ is not UNSET:
            d["type"] = v_type_
        if later:
            fill._later = later
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class BillingPortalConfigurationFeaturesSubscriptionUpdate(Model):
    """BillingPortalConfigurationFeaturesSubscriptionUpdate"""

    billing_cycle_anchor: Literal["now", "unchanged"] | None
    default_allowed_updates: list[Literal["price", "promotion_code", "quantity"]]
    enabled: bool
    products: list[BillingPortalConfigurationFeaturesSubscriptionUpdateProducts] | None
    proration_behavior: Literal["always_invoice", "create_prorations", "none"]
    schedule_at_period_end: ConfigurationFeaturesSubscriptionUpdateScheduleAtPeriodEnd
    trial_update_behavior: Literal["continue_trial", "end_trial"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "products": lambda v: [
            BillingPortalConfigurationFeaturesSubscriptionUpdateProducts.from_dict(item0)
            for item0 in v
        ],
        "schedule_at_period_end": lambda v: (
            ConfigurationFeaturesSubscriptionUpdateScheduleAtPeriodEnd.from_dict(v)
        ),
    }

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> BillingPortalConfigurationFeaturesSubscriptionUpdate:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if (type(v_billing_cycle_anchor := take("billing_cycle_anchor", UNSET)) is str) or (
            v_billing_cycle_anchor is None
        ):
            fill.billing_cycle_anchor = v_billing_cycle_anchor
        elif v_billing_cycle_anchor is not UNSET:
            d["billing_cycle_anchor"] = v_billing_cycle_anchor
        if type(v_default_allowed_updates := take("default_allowed_updates", UNSET)) is list and (
            not v_default_allowed_updates
            or all(type(item0) is str for item0 in v_default_allowed_updates)
        ):
            fill.default_allowed_updates = v_default_allowed_updates
        elif v_default_allowed_updates is not UNSET:
            d["default_allowed_updates"] = v_default_allowed_updates
        if type(v_enabled := take("enabled", UNSET)) is bool:
            fill.enabled = v_enabled
        elif v_enabled is not UNSET:
            d["enabled"] = v_enabled
        if type(v_products := take("products", UNSET)) is list and (
            not v_products or all(type(item0) is dict for item0 in v_products)
        ):
            later["products"] = v_products
        elif v_products is None:
            fill.products = v_products
        elif v_products is not UNSET:
            d["products"] = v_products
        if type(v_proration_behavior := take("proration_behavior", UNSET)) is str:
            fill.proration_behavior = v_proration_behavior
        elif v_proration_behavior is not UNSET:
            d["proration_behavior"] = v_proration_behavior
        if type(v_schedule_at_period_end := take("schedule_at_period_end", UNSET)) is dict:
            later["schedule_at_period_end"] = v_schedule_at_period_end
        elif v_schedule_at_period_end is not UNSET:
            d["schedule_at_period_end"] = v_schedule_at_period_end
        if type(v_trial_update_behavior := take("trial_update_behavior", UNSET)) is str:
            fill.trial_update_behavior = v_trial_update_behavior
        elif v_trial_update_behavior is not UNSET:
            d["trial_update_behavior"] = v_trial_update_behavior
        if later:
            fill._later = later
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class BillingPortalConfigurationFeaturesSubscriptionUpdateProducts(Model):
    """BillingPortalConfigurationFeaturesSubscriptionUpdateProducts"""

    adjustable_quantity: FeaturesSubscriptionUpdateProductsAdjustableQuantity
    prices: list[str]
    product: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "adjustable_quantity": lambda v: (
            FeaturesSubscriptionUpdateProductsAdjustableQuantity.from_dict(v)
        ),
    }

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> BillingPortalConfigurationFeaturesSubscriptionUpdateProducts:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if type(v_adjustable_quantity := take("adjustable_quantity", UNSET)) is dict:
            later["adjustable_quantity"] = v_adjustable_quantity
        elif v_adjustable_quantity is not UNSET:
            d["adjustable_quantity"] = v_adjustable_quantity
        if type(v_prices := take("prices", UNSET)) is list and (
            not v_prices or all(type(item0) is str for item0 in v_prices)
        ):
            fill.prices = v_prices
        elif v_prices is not UNSET:
            d["prices"] = v_prices
        if type(v_product := take("product", UNSET)) is str:
            fill.product = v_product
        elif v_product is not UNSET:
            d["product"] = v_product
        if later:
            fill._later = later
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class BillingPortalConfigurationLoginPage(Model):
    """BillingPortalConfigurationLoginPage"""

    enabled: bool
    url: str | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> BillingPortalConfigurationLoginPage:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        if type(v_enabled := take("enabled", UNSET)) is bool:
            fill.enabled = v_enabled
        elif v_enabled is not UNSET:
            d["enabled"] = v_enabled
        if (type(v_url := take("url", UNSET)) is str) or (v_url is None):
            fill.url = v_url
        elif v_url is not UNSET:
            d["url"] = v_url
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class BillingPortalSession(Model):
    """A customer portal session: a short-lived link that lets one customer manage their billing."""

    after_expiration: BillingPortalSessionAfterExpiration | None
    """How a customer can get back to the portal after the session ends."""
    configuration: BillingPortalConfiguration | str
    """The configuration the session uses, as an id or expanded."""
    created: int
    """When the session was created, as a Unix timestamp in seconds."""
    customer: str
    """Id of the customer the session is for."""
    customer_account: str | None
    """Id of the account, as a customer, the session is for."""
    flow: BillingPortalSessionFlow | None
    """The particular flow the session opens on, such as cancelling a subscription."""
    id: str
    """Unique identifier of the session (starts with `bps_`)."""
    livemode: bool
    """Whether the object exists in live mode (true) or test mode (false)."""
    locale: SessionLocale | None
    """The language the portal is shown in; the browser's when null."""
    object_: Literal["billing_portal.session"]
    """Object type, always `billing_portal.session`."""
    on_behalf_of: str | None
    """The connected account whose branding the portal shows, if any."""
    return_url: str | None
    """Where the customer goes when leaving the portal."""
    url: str
    """The short-lived link to open the portal with."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _KEYS: ClassVar[dict[str, str]] = {
        "object_": "object",
    }
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "after_expiration": lambda v: BillingPortalSessionAfterExpiration.from_dict(v),
        "configuration": lambda v: BillingPortalConfiguration.from_dict(v),
        "flow": lambda v: BillingPortalSessionFlow.from_dict(v),
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> BillingPortalSession:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if type(v_after_expiration := take("after_expiration", UNSET)) is dict:
            later["after_expiration"] = v_after_expiration
        elif v_after_expiration is None:
            fill.after_expiration = v_after_expiration
        elif v_after_expiration is not UNSET:
            d["after_expiration"] = v_after_expiration
        if type(v_configuration := take("configuration", UNSET)) is dict:
            later["configuration"] = v_configuration
        elif type(v_configuration) is str:
            fill.configuration = v_configuration
        elif v_configuration is not UNSET:
            d["configuration"] = v_configuration
        if type(v_created := take("created", UNSET)) is int:
            fill.created = v_created
        elif v_created is not UNSET:
            d["created"] = v_created
        if type(v_customer := take("customer", UNSET)) is str:
            fill.customer = v_customer
        elif v_customer is not UNSET:
            d["customer"] = v_customer
        if (type(v_customer_account := take("customer_account", UNSET)) is str) or (
            v_customer_account is None
        ):
            fill.customer_account = v_customer_account
        elif v_customer_account is not UNSET:
            d["customer_account"] = v_customer_account
        if type(v_flow := take("flow", UNSET)) is dict:
            later["flow"] = v_flow
        elif v_flow is None:
            fill.flow = v_flow
        elif v_flow is not UNSET:
            d["flow"] = v_flow
        if type(v_id := take("id", UNSET)) is str:
            fill.id = v_id
        elif v_id is not UNSET:
            d["id"] = v_id
        if type(v_livemode := take("livemode", UNSET)) is bool:
            fill.livemode = v_livemode
        elif v_livemode is not UNSET:
            d["livemode"] = v_livemode
        if (type(v_locale := take("locale", UNSET)) is str) or (v_locale is None):
            fill.locale = v_locale
        elif v_locale is not UNSET:
            d["locale"] = v_locale
        if type(v_object_ := take("object", UNSET)) is str:
            fill.object_ = v_object_
        elif v_object_ is not UNSET:
            d["object"] = v_object_
        if (type(v_on_behalf_of := take("on_behalf_of", UNSET)) is str) or (v_on_behalf_of is None):
            fill.on_behalf_of = v_on_behalf_of
        elif v_on_behalf_of is not UNSET:
            d["on_behalf_of"] = v_on_behalf_of
        if (type(v_return_url := take("return_url", UNSET)) is str) or (v_return_url is None):
            fill.return_url = v_return_url
        elif v_return_url is not UNSET:
            d["return_url"] = v_return_url
        if type(v_url := take("url", UNSET)) is str:
            fill.url = v_url
        elif v_url is not UNSET:
            d["url"] = v_url
        if later:
            fill._later = later
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class BillingPortalSessionAfterExpiration(Model):
    """BillingPortalSessionAfterExpiration"""

    customer_login: PaymentSettingsPaymentMethodOptionsBlikMandateOptions | None
    type_: Literal["customer_login"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _KEYS: ClassVar[dict[str, str]] = {
        "type_": "type",
    }
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "customer_login": lambda v: PaymentSettingsPaymentMethodOptionsBlikMandateOptions.from_dict(
            v
        ),
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> BillingPortalSessionAfterExpiration:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if type(v_customer_login := take("customer_login", UNSET)) is dict:
            later["customer_login"] = v_customer_login
        elif v_customer_login is None:
            fill.customer_login = v_customer_login
        elif v_customer_login is not UNSET:
            d["customer_login"] = v_customer_login
        if type(v_type_ := take("type", UNSET)) is str:
            fill.type_ = v_type_
        elif v_type_ is not UNSET:
            d["type"] = v_type_
        if later:
            fill._later = later
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class BillingPortalSessionFlow(Model):
    """BillingPortalSessionFlow"""

    after_completion: BillingPortalSessionFlowAfterCompletion
    customer_update: dict[str, Any] | None
    subscription_cancel: BillingPortalSessionFlowSubscriptionCancel | None
    subscription_pause: BillingPortalSessionFlowSubscriptionPause | None
    subscription_update: BillingPortalSessionFlowSubscriptionPause | None
    subscription_update_confirm: BillingPortalSessionFlowSubscriptionUpdateConfirm | None
    type_: Literal[
        "customer_update",
        "payment_method_update",
        "subscription_cancel",
        "subscription_pause",
        "subscription_update",
        "subscription_update_confirm",
    ]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _KEYS: ClassVar[dict[str, str]] = {
        "type_": "type",
    }
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "after_completion": lambda v: BillingPortalSessionFlowAfterCompletion.from_dict(v),
        "subscription_cancel": lambda v: BillingPortalSessionFlowSubscriptionCancel.from_dict(v),
        "subscription_pause": lambda v: BillingPortalSessionFlowSubscriptionPause.from_dict(v),
        "subscription_update": lambda v: BillingPortalSessionFlowSubscriptionPause.from_dict(v),
        "subscription_update_confirm": lambda v: (
            BillingPortalSessionFlowSubscriptionUpdateConfirm.from_dict(v)
        ),
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> BillingPortalSessionFlow:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if type(v_after_completion := take("after_completion", UNSET)) is dict:
            later["after_completion"] = v_after_completion
        elif v_after_completion is not UNSET:
            d["after_completion"] = v_after_completion
        if (type(v_customer_update := take("customer_update", UNSET)) is dict) or (
            v_customer_update is None
        ):
            fill.customer_update = v_customer_update
        elif v_customer_update is not UNSET:
            d["customer_update"] = v_customer_update
        if type(v_subscription_cancel := take("subscription_cancel", UNSET)) is dict:
            later["subscription_cancel"] = v_subscription_cancel
        elif v_subscription_cancel is None:
            fill.subscription_cancel = v_subscription_cancel
        elif v_subscription_cancel is not UNSET:
            d["subscription_cancel"] = v_subscription_cancel
        if type(v_subscription_pause := take("subscription_pause", UNSET)) is dict:
            later["subscription_pause"] = v_subscription_pause
        elif v_subscription_pause is None:
            fill.subscription_pause = v_subscription_pause
        elif v_subscription_pause is not UNSET:
            d["subscription_pause"] = v_subscription_pause
        if type(v_subscription_update := take("subscription_update", UNSET)) is dict:
            later["subscription_update"] = v_subscription_update
        elif v_subscription_update is None:
            fill.subscription_update = v_subscription_update
        elif v_subscription_update is not UNSET:
            d["subscription_update"] = v_subscription_update
        if (
            type(v_subscription_update_confirm := take("subscription_update_confirm", UNSET))
            is dict
        ):
            later["subscription_update_confirm"] = v_subscription_update_confirm
        elif v_subscription_update_confirm is None:
            fill.subscription_update_confirm = v_subscription_update_confirm
        elif v_subscription_update_confirm is not UNSET:
            d["subscription_update_confirm"] = v_subscription_update_confirm
        if type(v_type_ := take("type", UNSET)) is str:
            fill.type_ = v_type_
        elif v_type_ is not UNSET:
            d["type"] = v_type_
        if later:
            fill._later = later
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class BillingPortalSessionFlowAfterCompletion(Model):
    """BillingPortalSessionFlowAfterCompletion"""

    hosted_confirmation: BillingPortalSessionFlowAfterCompletionHostedConfirmation | None
    redirect: BillingPortalSessionFlowAfterCompletionRedirect | None
    type_: Literal["hosted_confirmation", "portal_homepage", "redirect"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _KEYS: ClassVar[dict[str, str]] = {
        "type_": "type",
    }
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "hosted_confirmation": lambda v: (
            BillingPortalSessionFlowAfterCompletionHostedConfirmation.from_dict(v)
        ),
        "redirect": lambda v: BillingPortalSessionFlowAfterCompletionRedirect.from_dict(v),
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> BillingPortalSessionFlowAfterCompletion:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if type(v_hosted_confirmation := take("hosted_confirmation", UNSET)) is dict:
            later["hosted_confirmation"] = v_hosted_confirmation
        elif v_hosted_confirmation is None:
            fill.hosted_confirmation = v_hosted_confirmation
        elif v_hosted_confirmation is not UNSET:
            d["hosted_confirmation"] = v_hosted_confirmation
        if type(v_redirect := take("redirect", UNSET)) is dict:
            later["redirect"] = v_redirect
        elif v_redirect is None:
            fill.redirect = v_redirect
        elif v_redirect is not UNSET:
            d["redirect"] = v_redirect
        if type(v_type_ := take("type", UNSET)) is str:
            fill.type_ = v_type_
        elif v_type_ is not UNSET:
            d["type"] = v_type_
        if later:
            fill._later = later
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class BillingPortalSessionFlowAfterCompletionHostedConfirmation(Model):
    """BillingPortalSessionFlowAfterCompletionHostedConfirmation"""

    custom_message: str | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> BillingPortalSessionFlowAfterCompletionHostedConfirmation:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        if (type(v_custom_message := take("custom_message", UNSET)) is str) or (
            v_custom_message is None
        ):
            fill.custom_message = v_custom_message
        elif v_custom_message is not UNSET:
            d["custom_message"] = v_custom_message
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class BillingPortalSessionFlowAfterCompletionRedirect(Model):
    """BillingPortalSessionFlowAfterCompletionRedirect"""

    return_url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> BillingPortalSessionFlowAfterCompletionRedirect:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        if type(v_return_url := take("return_url", UNSET)) is str:
            fill.return_url = v_return_url
        elif v_return_url is not UNSET:
            d["return_url"] = v_return_url
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class BillingPortalSessionFlowSubscriptionCancel(Model):
    """BillingPortalSessionFlowSubscriptionCancel"""

    retention: BillingPortalSessionFlowSubscriptionCancelRetention | None
    subscription: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "retention": lambda v: BillingPortalSessionFlowSubscriptionCancelRetention.from_dict(v),
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> BillingPortalSessionFlowSubscriptionCancel:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if type(v_retention := take("retention", UNSET)) is dict:
            later["retention"] = v_retention
        elif v_retention is None:
            fill.retention = v_retention
        elif v_retention is not UNSET:
            d["retention"] = v_retention
        if type(v_subscription := take("subscription", UNSET)) is str:
            fill.subscription = v_subscription
        elif v_subscription is not UNSET:
            d["subscription"] = v_subscription
        if later:
            fill._later = later
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class BillingPortalSessionFlowSubscriptionCancelRetention(Model):
    """BillingPortalSessionFlowSubscriptionCancelRetention"""

    coupon_offer: PortalSessionFlowSubscriptionCancelRetentionCouponOffer | None
    type_: Literal["coupon_offer"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _KEYS: ClassVar[dict[str, str]] = {
        "type_": "type",
    }
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "coupon_offer": lambda v: PortalSessionFlowSubscriptionCancelRetentionCouponOffer.from_dict(
            v
        ),
    }

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> BillingPortalSessionFlowSubscriptionCancelRetention:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if type(v_coupon_offer := take("coupon_offer", UNSET)) is dict:
            later["coupon_offer"] = v_coupon_offer
        elif v_coupon_offer is None:
            fill.coupon_offer = v_coupon_offer
        elif v_coupon_offer is not UNSET:
            d["coupon_offer"] = v_coupon_offer
        if type(v_type_ := take("type", UNSET)) is str:
            fill.type_ = v_type_
        elif v_type_ is not UNSET:
            d["type"] = v_type_
        if later:
            fill._later = later
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class BillingPortalSessionFlowSubscriptionPause(Model):
    """BillingPortalSessionFlowSubscriptionPause"""

    subscription: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> BillingPortalSessionFlowSubscriptionPause:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        if type(v_subscription := take("subscription", UNSET)) is str:
            fill.subscription = v_subscription
        elif v_subscription is not UNSET:
            d["subscription"] = v_subscription
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class BillingPortalSessionFlowSubscriptionUpdateConfirm(Model):
    """BillingPortalSessionFlowSubscriptionUpdateConfirm"""

    discounts: list[BillingPortalSessionFlowSubscriptionUpdateConfirmDiscounts] | None
    items: list[BillingPortalSessionFlowSubscriptionUpdateConfirmItems]
    subscription: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "discounts": lambda v: [
            BillingPortalSessionFlowSubscriptionUpdateConfirmDiscounts.from_dict(item0)
            for item0 in v
        ],
        "items": lambda v: [
            BillingPortalSessionFlowSubscriptionUpdateConfirmItems.from_dict(item0) for item0 in v
        ],
    }

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> BillingPortalSessionFlowSubscriptionUpdateConfirm:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if type(v_discounts := take("discounts", UNSET)) is list and (
            not v_discounts or all(type(item0) is dict for item0 in v_discounts)
        ):
            later["discounts"] = v_discounts
        elif v_discounts is None:
            fill.discounts = v_discounts
        elif v_discounts is not UNSET:
            d["discounts"] = v_discounts
        if type(v_items := take("items", UNSET)) is list and (
            not v_items or all(type(item0) is dict for item0 in v_items)
        ):
            later["items"] = v_items
        elif v_items is not UNSET:
            d["items"] = v_items
        if type(v_subscription := take("subscription", UNSET)) is str:
            fill.subscription = v_subscription
        elif v_subscription is not UNSET:
            d["subscription"] = v_subscription
        if later:
            fill._later = later
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class BillingPortalSessionFlowSubscriptionUpdateConfirmDiscounts(Model):
    """BillingPortalSessionFlowSubscriptionUpdateConfirmDiscounts"""

    coupon: str | None
    promotion_code: str | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> BillingPortalSessionFlowSubscriptionUpdateConfirmDiscounts:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        if (type(v_coupon := take("coupon", UNSET)) is str) or (v_coupon is None):
            fill.coupon = v_coupon
        elif v_coupon is not UNSET:
            d["coupon"] = v_coupon
        if (type(v_promotion_code := take("promotion_code", UNSET)) is str) or (
            v_promotion_code is None
        ):
            fill.promotion_code = v_promotion_code
        elif v_promotion_code is not UNSET:
            d["promotion_code"] = v_promotion_code
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class BillingPortalSessionFlowSubscriptionUpdateConfirmItems(Model):
    """BillingPortalSessionFlowSubscriptionUpdateConfirmItems"""

    id: str | None
    price: str | None
    quantity: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> BillingPortalSessionFlowSubscriptionUpdateConfirmItems:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        if (type(v_id := take("id", UNSET)) is str) or (v_id is None):
            fill.id = v_id
        elif v_id is not UNSET:
            d["id"] = v_id
        if (type(v_price := take("price", UNSET)) is str) or (v_price is None):
            fill.price = v_price
        elif v_price is not UNSET:
            d["price"] = v_price
        if (type(v_quantity := take("quantity", UNSET)) is int) or (v_quantity is None):
            fill.quantity = v_quantity
        elif v_quantity is not UNSET:
            d["quantity"] = v_quantity
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class ConfigurationFeaturesSubscriptionCancelCancellationReason(Model):
    """ConfigurationFeaturesSubscriptionCancelCancellationReason"""

    enabled: bool
    feedback_options: list[str | dict[str, Any]] | None
    options: list[
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> ConfigurationFeaturesSubscriptionCancelCancellationReason:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        if type(v_enabled := take("enabled", UNSET)) is bool:
            fill.enabled = v_enabled
        elif v_enabled is not UNSET:
            d["enabled"] = v_enabled
        if (
            type(v_feedback_options := take("feedback_options", UNSET)) is list
            and (
                not v_feedback_options
                or all(
                    (type(item0) is str) or (type(item0) is dict) for item0 in v_feedback_options
                )
            )
        ) or (v_feedback_options is None):
            fill.feedback_options = v_feedback_options
        elif v_feedback_options is not UNSET:
            d["feedback_options"] = v_feedback_options
        if type(v_options := take("options", UNSET)) is list and (
            not v_options or all(type(item0) is str for item0 in v_options)
        ):
            fill.options = v_options
        elif v_options is not UNSET:
            d["options"] = v_options
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class ConfigurationFeaturesSubscriptionUpdateScheduleAtPeriodEnd(Model):
    """ConfigurationFeaturesSubscriptionUpdateScheduleAtPeriodEnd"""

    conditions: list[FeaturesSubscriptionUpdateScheduleAtPeriodEndConditions]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "conditions": lambda v: [
            FeaturesSubscriptionUpdateScheduleAtPeriodEndConditions.from_dict(item0) for item0 in v
        ],
    }

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> ConfigurationFeaturesSubscriptionUpdateScheduleAtPeriodEnd:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if type(v_conditions := take("conditions", UNSET)) is list and (
            not v_conditions or all(type(item0) is dict for item0 in v_conditions)
        ):
            later["conditions"] = v_conditions
        elif v_conditions is not UNSET:
            d["conditions"] = v_conditions
        if later:
            fill._later = later
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class FeaturesSubscriptionUpdateProductsAdjustableQuantity(Model):
    """FeaturesSubscriptionUpdateProductsAdjustableQuantity"""

    enabled: bool
    maximum: int | None
    minimum: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> FeaturesSubscriptionUpdateProductsAdjustableQuantity:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        if type(v_enabled := take("enabled", UNSET)) is bool:
            fill.enabled = v_enabled
        elif v_enabled is not UNSET:
            d["enabled"] = v_enabled
        if (type(v_maximum := take("maximum", UNSET)) is int) or (v_maximum is None):
            fill.maximum = v_maximum
        elif v_maximum is not UNSET:
            d["maximum"] = v_maximum
        if type(v_minimum := take("minimum", UNSET)) is int:
            fill.minimum = v_minimum
        elif v_minimum is not UNSET:
            d["minimum"] = v_minimum
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class FeaturesSubscriptionUpdateScheduleAtPeriodEndConditions(Model):
    """FeaturesSubscriptionUpdateScheduleAtPeriodEndConditions"""

    type_: Literal["decreasing_item_amount", "shortening_interval"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _KEYS: ClassVar[dict[str, str]] = {
        "type_": "type",
    }

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> FeaturesSubscriptionUpdateScheduleAtPeriodEndConditions:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        if type(v_type_ := take("type", UNSET)) is str:
            fill.type_ = v_type_
        elif v_type_ is not UNSET:
            d["type"] = v_type_
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PortalSessionFlowSubscriptionCancelRetentionCouponOffer(Model):
    """PortalSessionFlowSubscriptionCancelRetentionCouponOffer"""

    coupon: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> PortalSessionFlowSubscriptionCancelRetentionCouponOffer:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        if type(v_coupon := take("coupon", UNSET)) is str:
            fill.coupon = v_coupon
        elif v_coupon is not UNSET:
            d["coupon"] = v_coupon
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# Imported last: the modules refer to each other in cycles, needed at call time only.
from .shared import (  # noqa: E402
    PaymentSettingsPaymentMethodOptionsBlikMandateOptions,
    SubscriptionManagedPayments,
    SubscriptionPendingInvoiceItemInterval,
)

__all__ = [
    "BillingPortalConfiguration",
    "BillingPortalConfigurationBusinessProfile",
    "BillingPortalConfigurationFeatures",
    "BillingPortalConfigurationFeaturesCustomerUpdate",
    "BillingPortalConfigurationFeaturesPaymentMethodUpdate",
    "BillingPortalConfigurationFeaturesSubscriptionCancel",
    "BillingPortalConfigurationFeaturesSubscriptionPause",
    "BillingPortalConfigurationFeaturesSubscriptionPauseDuration",
    "BillingPortalConfigurationFeaturesSubscriptionUpdate",
    "BillingPortalConfigurationFeaturesSubscriptionUpdateProducts",
    "BillingPortalConfigurationLoginPage",
    "BillingPortalSession",
    "BillingPortalSessionAfterExpiration",
    "BillingPortalSessionFlow",
    "BillingPortalSessionFlowAfterCompletion",
    "BillingPortalSessionFlowAfterCompletionHostedConfirmation",
    "BillingPortalSessionFlowAfterCompletionRedirect",
    "BillingPortalSessionFlowSubscriptionCancel",
    "BillingPortalSessionFlowSubscriptionCancelRetention",
    "BillingPortalSessionFlowSubscriptionPause",
    "BillingPortalSessionFlowSubscriptionUpdateConfirm",
    "BillingPortalSessionFlowSubscriptionUpdateConfirmDiscounts",
    "BillingPortalSessionFlowSubscriptionUpdateConfirmItems",
    "ConfigurationFeaturesSubscriptionCancelCancellationReason",
    "ConfigurationFeaturesSubscriptionUpdateScheduleAtPeriodEnd",
    "FeaturesSubscriptionUpdateProductsAdjustableQuantity",
    "FeaturesSubscriptionUpdateScheduleAtPeriodEndConditions",
    "PortalSessionFlowSubscriptionCancelRetentionCouponOffer",
]
