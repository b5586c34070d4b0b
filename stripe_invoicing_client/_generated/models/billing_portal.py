"""Response models: billing portal (generated; do not edit).

Parsing is tolerant: anything not modelled, and any value of another type than its
field declares, is kept in `additional_properties`, so `from_dict(d).to_dict() == d`.
Reading a field that the data lacks, or held with another type, raises
`FieldNotAvailableError` (an AttributeError); optional fields read as `UNSET` when
absent."""

from __future__ import annotations

from collections.abc import Mapping
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
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("active", "active", "bool"),
        ("application", "application", "str | dict[str, Any] | None"),
        ("business_profile", "business_profile", "BillingPortalConfigurationBusinessProfile"),
        ("created", "created", "int"),
        ("default_return_url", "default_return_url", "str | None"),
        ("features", "features", "BillingPortalConfigurationFeatures"),
        ("id", "id", "str"),
        ("is_default", "is_default", "bool"),
        ("livemode", "livemode", "bool"),
        ("login_page", "login_page", "BillingPortalConfigurationLoginPage"),
        ("metadata", "metadata", "dict[str, str] | None"),
        ("name", "name", "str | None"),
        ("object_", "object", "Literal['billing_portal.configuration']"),
        ("updated", "updated", "int"),
    )

    _CONVERTED: ClassVar[frozenset[str]] = frozenset(
        (
            "business_profile",
            "features",
            "login_page",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        # Plain fields are copied by Model.to_dict; these need converting back to JSON. An
        # unfilled field raises AttributeError: what was received for it, if anything, is
        # already in additional_properties.
        data = Model.to_dict(self)
        try:
            v_business_profile = self.business_profile
        except AttributeError:
            pass
        else:
            data["business_profile"] = v_business_profile.to_dict()
        try:
            v_features = self.features
        except AttributeError:
            pass
        else:
            data["features"] = v_features.to_dict()
        try:
            v_login_page = self.login_page
        except AttributeError:
            pass
        else:
            data["login_page"] = v_login_page.to_dict()
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> BillingPortalConfiguration:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_active = take("active", UNSET)
        if type(v_active) is bool:
            fill.active = v_active
        elif v_active is not UNSET:
            d["active"] = v_active
        v_application = take("application", UNSET)
        if (type(v_application) is str) or (type(v_application) is dict) or (v_application is None):
            fill.application = v_application
        elif v_application is not UNSET:
            d["application"] = v_application
        v_business_profile = take("business_profile", UNSET)
        if type(v_business_profile) is dict:
            fill.business_profile = BillingPortalConfigurationBusinessProfile.from_dict(
                v_business_profile
            )
        elif v_business_profile is not UNSET:
            d["business_profile"] = v_business_profile
        v_created = take("created", UNSET)
        if type(v_created) is int:
            fill.created = v_created
        elif v_created is not UNSET:
            d["created"] = v_created
        v_default_return_url = take("default_return_url", UNSET)
        if (type(v_default_return_url) is str) or (v_default_return_url is None):
            fill.default_return_url = v_default_return_url
        elif v_default_return_url is not UNSET:
            d["default_return_url"] = v_default_return_url
        v_features = take("features", UNSET)
        if type(v_features) is dict:
            fill.features = BillingPortalConfigurationFeatures.from_dict(v_features)
        elif v_features is not UNSET:
            d["features"] = v_features
        v_id = take("id", UNSET)
        if type(v_id) is str:
            fill.id = v_id
        elif v_id is not UNSET:
            d["id"] = v_id
        v_is_default = take("is_default", UNSET)
        if type(v_is_default) is bool:
            fill.is_default = v_is_default
        elif v_is_default is not UNSET:
            d["is_default"] = v_is_default
        v_livemode = take("livemode", UNSET)
        if type(v_livemode) is bool:
            fill.livemode = v_livemode
        elif v_livemode is not UNSET:
            d["livemode"] = v_livemode
        v_login_page = take("login_page", UNSET)
        if type(v_login_page) is dict:
            fill.login_page = BillingPortalConfigurationLoginPage.from_dict(v_login_page)
        elif v_login_page is not UNSET:
            d["login_page"] = v_login_page
        v_metadata = take("metadata", UNSET)
        if (
            type(v_metadata) is dict
            and (not v_metadata or all(type(item0) is str for item0 in v_metadata.values()))
        ) or (v_metadata is None):
            fill.metadata = v_metadata
        elif v_metadata is not UNSET:
            d["metadata"] = v_metadata
        v_name = take("name", UNSET)
        if (type(v_name) is str) or (v_name is None):
            fill.name = v_name
        elif v_name is not UNSET:
            d["name"] = v_name
        v_object_ = take("object", UNSET)
        if type(v_object_) is str:
            fill.object_ = v_object_
        elif v_object_ is not UNSET:
            d["object"] = v_object_
        v_updated = take("updated", UNSET)
        if type(v_updated) is int:
            fill.updated = v_updated
        elif v_updated is not UNSET:
            d["updated"] = v_updated
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
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
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("headline", "headline", "str | None"),
        ("privacy_policy_url", "privacy_policy_url", "str | None"),
        ("terms_of_service_url", "terms_of_service_url", "str | None"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> BillingPortalConfigurationBusinessProfile:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_headline = take("headline", UNSET)
        if (type(v_headline) is str) or (v_headline is None):
            fill.headline = v_headline
        elif v_headline is not UNSET:
            d["headline"] = v_headline
        v_privacy_policy_url = take("privacy_policy_url", UNSET)
        if (type(v_privacy_policy_url) is str) or (v_privacy_policy_url is None):
            fill.privacy_policy_url = v_privacy_policy_url
        elif v_privacy_policy_url is not UNSET:
            d["privacy_policy_url"] = v_privacy_policy_url
        v_terms_of_service_url = take("terms_of_service_url", UNSET)
        if (type(v_terms_of_service_url) is str) or (v_terms_of_service_url is None):
            fill.terms_of_service_url = v_terms_of_service_url
        elif v_terms_of_service_url is not UNSET:
            d["terms_of_service_url"] = v_terms_of_service_url
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
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
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("customer_update", "customer_update", "BillingPortalConfigurationFeaturesCustomerUpdate"),
        ("invoice_history", "invoice_history", "SubscriptionManagedPayments"),
        (
            "payment_method_update",
            "payment_method_update",
            "BillingPortalConfigurationFeaturesPaymentMethodUpdate",
        ),
        (
            "subscription_cancel",
            "subscription_cancel",
            "BillingPortalConfigurationFeaturesSubscriptionCancel",
        ),
        (
            "subscription_pause",
            "subscription_pause",
            "BillingPortalConfigurationFeaturesSubscriptionPause",
        ),
        (
            "subscription_update",
            "subscription_update",
            "BillingPortalConfigurationFeaturesSubscriptionUpdate",
        ),
    )

    _CONVERTED: ClassVar[frozenset[str]] = frozenset(
        (
            "customer_update",
            "invoice_history",
            "payment_method_update",
            "subscription_cancel",
            "subscription_pause",
            "subscription_update",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        # Plain fields are copied by Model.to_dict; these need converting back to JSON. An
        # unfilled field raises AttributeError: what was received for it, if anything, is
        # already in additional_properties.
        data = Model.to_dict(self)
        try:
            v_customer_update = self.customer_update
        except AttributeError:
            pass
        else:
            data["customer_update"] = v_customer_update.to_dict()
        try:
            v_invoice_history = self.invoice_history
        except AttributeError:
            pass
        else:
            data["invoice_history"] = v_invoice_history.to_dict()
        try:
            v_payment_method_update = self.payment_method_update
        except AttributeError:
            pass
        else:
            data["payment_method_update"] = v_payment_method_update.to_dict()
        try:
            v_subscription_cancel = self.subscription_cancel
        except AttributeError:
            pass
        else:
            data["subscription_cancel"] = v_subscription_cancel.to_dict()
        try:
            v_subscription_pause = self.subscription_pause
        except AttributeError:
            pass
        else:
            data["subscription_pause"] = v_subscription_pause.to_dict()
        try:
            v_subscription_update = self.subscription_update
        except AttributeError:
            pass
        else:
            data["subscription_update"] = v_subscription_update.to_dict()
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> BillingPortalConfigurationFeatures:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_customer_update = take("customer_update", UNSET)
        if type(v_customer_update) is dict:
            fill.customer_update = BillingPortalConfigurationFeaturesCustomerUpdate.from_dict(
                v_customer_update
            )
        elif v_customer_update is not UNSET:
            d["customer_update"] = v_customer_update
        v_invoice_history = take("invoice_history", UNSET)
        if type(v_invoice_history) is dict:
            fill.invoice_history = SubscriptionManagedPayments.from_dict(v_invoice_history)
        elif v_invoice_history is not UNSET:
            d["invoice_history"] = v_invoice_history
        v_payment_method_update = take("payment_method_update", UNSET)
        if type(v_payment_method_update) is dict:
            fill.payment_method_update = (
                BillingPortalConfigurationFeaturesPaymentMethodUpdate.from_dict(
                    v_payment_method_update
                )
            )
        elif v_payment_method_update is not UNSET:
            d["payment_method_update"] = v_payment_method_update
        v_subscription_cancel = take("subscription_cancel", UNSET)
        if type(v_subscription_cancel) is dict:
            fill.subscription_cancel = (
                BillingPortalConfigurationFeaturesSubscriptionCancel.from_dict(
                    v_subscription_cancel
                )
            )
        elif v_subscription_cancel is not UNSET:
            d["subscription_cancel"] = v_subscription_cancel
        v_subscription_pause = take("subscription_pause", UNSET)
        if type(v_subscription_pause) is dict:
            fill.subscription_pause = BillingPortalConfigurationFeaturesSubscriptionPause.from_dict(
                v_subscription_pause
            )
        elif v_subscription_pause is not UNSET:
            d["subscription_pause"] = v_subscription_pause
        v_subscription_update = take("subscription_update", UNSET)
        if type(v_subscription_update) is dict:
            fill.subscription_update = (
                BillingPortalConfigurationFeaturesSubscriptionUpdate.from_dict(
                    v_subscription_update
                )
            )
        elif v_subscription_update is not UNSET:
            d["subscription_update"] = v_subscription_update
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class BillingPortalConfigurationFeaturesCustomerUpdate(Model):
    """BillingPortalConfigurationFeaturesCustomerUpdate"""

    allowed_updates: list[Literal["address", "email", "name", "phone", "shipping", "tax_id"]]
    enabled: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        (
            "allowed_updates",
            "allowed_updates",
            "list[Literal['address', 'email', 'name', 'phone', 'shipping', 'tax_id']]",
        ),
        ("enabled", "enabled", "bool"),
    )

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> BillingPortalConfigurationFeaturesCustomerUpdate:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_allowed_updates = take("allowed_updates", UNSET)
        if type(v_allowed_updates) is list and (
            not v_allowed_updates or all(type(item0) is str for item0 in v_allowed_updates)
        ):
            fill.allowed_updates = v_allowed_updates
        elif v_allowed_updates is not UNSET:
            d["allowed_updates"] = v_allowed_updates
        v_enabled = take("enabled", UNSET)
        if type(v_enabled) is bool:
            fill.enabled = v_enabled
        elif v_enabled is not UNSET:
            d["enabled"] = v_enabled
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class BillingPortalConfigurationFeaturesPaymentMethodUpdate(Model):
    """BillingPortalConfigurationFeaturesPaymentMethodUpdate"""

    enabled: bool
    payment_method_configuration: str | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("enabled", "enabled", "bool"),
        ("payment_method_configuration", "payment_method_configuration", "str | None"),
    )

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> BillingPortalConfigurationFeaturesPaymentMethodUpdate:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_enabled = take("enabled", UNSET)
        if type(v_enabled) is bool:
            fill.enabled = v_enabled
        elif v_enabled is not UNSET:
            d["enabled"] = v_enabled
        v_payment_method_configuration = take("payment_method_configuration", UNSET)
        if (type(v_payment_method_configuration) is str) or (
            v_payment_method_configuration is None
        ):
            fill.payment_method_configuration = v_payment_method_configuration
        elif v_payment_method_configuration is not UNSET:
            d["payment_method_configuration"] = v_payment_method_configuration
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
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
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        (
            "cancellation_reason",
            "cancellation_reason",
            "ConfigurationFeaturesSubscriptionCancelCancellationReason",
        ),
        ("enabled", "enabled", "bool"),
        ("mode", "mode", "Literal['at_period_end', 'immediately']"),
        (
            "proration_behavior",
            "proration_behavior",
            "Literal['always_invoice', 'create_prorations', 'none']",
        ),
    )

    _CONVERTED: ClassVar[frozenset[str]] = frozenset(("cancellation_reason",))

    def to_dict(self) -> dict[str, Any]:
        # Plain fields are copied by Model.to_dict; these need converting back to JSON. An
        # unfilled field raises AttributeError: what was received for it, if anything, is
        # already in additional_properties.
        data = Model.to_dict(self)
        try:
            v_cancellation_reason = self.cancellation_reason
        except AttributeError:
            pass
        else:
            data["cancellation_reason"] = v_cancellation_reason.to_dict()
        return data

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> BillingPortalConfigurationFeaturesSubscriptionCancel:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_cancellation_reason = take("cancellation_reason", UNSET)
        if type(v_cancellation_reason) is dict:
            fill.cancellation_reason = (
                ConfigurationFeaturesSubscriptionCancelCancellationReason.from_dict(
                    v_cancellation_reason
                )
            )
        elif v_cancellation_reason is not UNSET:
            d["cancellation_reason"] = v_cancellation_reason
        v_enabled = take("enabled", UNSET)
        if type(v_enabled) is bool:
            fill.enabled = v_enabled
        elif v_enabled is not UNSET:
            d["enabled"] = v_enabled
        v_mode = take("mode", UNSET)
        if type(v_mode) is str:
            fill.mode = v_mode
        elif v_mode is not UNSET:
            d["mode"] = v_mode
        v_proration_behavior = take("proration_behavior", UNSET)
        if type(v_proration_behavior) is str:
            fill.proration_behavior = v_proration_behavior
        elif v_proration_behavior is not UNSET:
            d["proration_behavior"] = v_proration_behavior
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class BillingPortalConfigurationFeaturesSubscriptionPause(Model):
    """BillingPortalConfigurationFeaturesSubscriptionPause"""

    duration: BillingPortalConfigurationFeaturesSubscriptionPauseDuration
    enabled: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("duration", "duration", "BillingPortalConfigurationFeaturesSubscriptionPauseDuration"),
        ("enabled", "enabled", "bool"),
    )

    _CONVERTED: ClassVar[frozenset[str]] = frozenset(("duration",))

    def to_dict(self) -> dict[str, Any]:
        # Plain fields are copied by Model.to_dict; these need converting back to JSON. An
        # unfilled field raises AttributeError: what was received for it, if anything, is
        # already in additional_properties.
        data = Model.to_dict(self)
        try:
            v_duration = self.duration
        except AttributeError:
            pass
        else:
            data["duration"] = v_duration.to_dict()
        return data

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> BillingPortalConfigurationFeaturesSubscriptionPause:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_duration = take("duration", UNSET)
        if type(v_duration) is dict:
            fill.duration = BillingPortalConfigurationFeaturesSubscriptionPauseDuration.from_dict(
                v_duration
            )
        elif v_duration is not UNSET:
            d["duration"] = v_duration
        v_enabled = take("enabled", UNSET)
        if type(v_enabled) is bool:
            fill.enabled = v_enabled
        elif v_enabled is not UNSET:
            d["enabled"] = v_enabled
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class BillingPortalConfigurationFeaturesSubscriptionPauseDuration(Model):
    """BillingPortalConfigurationFeaturesSubscriptionPauseDuration"""

    interval_options: list[SubscriptionPendingInvoiceItemInterval]
    type_: Literal["indefinite", "interval_options"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("interval_options", "interval_options", "list[SubscriptionPendingInvoiceItemInterval]"),
        ("type_", "type", "Literal['indefinite', 'interval_options']"),
    )

    _CONVERTED: ClassVar[frozenset[str]] = frozenset(("interval_options",))

    def to_dict(self) -> dict[str, Any]:
        # Plain fields are copied by Model.to_dict; these need converting back to JSON. An
        # unfilled field raises AttributeError: what was received for it, if anything, is
        # already in additional_properties.
        data = Model.to_dict(self)
        try:
            v_interval_options = self.interval_options
        except AttributeError:
            pass
        else:
            data["interval_options"] = [item0.to_dict() for item0 in v_interval_options]
        return data

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> BillingPortalConfigurationFeaturesSubscriptionPauseDuration:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_interval_options = take("interval_options", UNSET)
        if type(v_interval_options) is list and (
            not v_interval_options or all(type(item0) is dict for item0 in v_interval_options)
        ):
            fill.interval_options = [
                SubscriptionPendingInvoiceItemInterval.from_dict(item0)
                for item0 in v_interval_options
            ]
        elif v_interval_options is not UNSET:
            d["interval_options"] = v_interval_options
        v_type_ = take("type", UNSET)
        if type(v_type_) is str:
            fill.type_ = v_type_
        elif v_type_ is not UNSET:
            d["type"] = v_type_
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
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
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("billing_cycle_anchor", "billing_cycle_anchor", "Literal['now', 'unchanged'] | None"),
        (
            "default_allowed_updates",
            "default_allowed_updates",
            "list[Literal['price', 'promotion_code', 'quantity']]",
        ),
        ("enabled", "enabled", "bool"),
        (
            "products",
            "products",
            "list[BillingPortalConfigurationFeaturesSubscriptionUpdateProducts] | None",
        ),
        (
            "proration_behavior",
            "proration_behavior",
            "Literal['always_invoice', 'create_prorations', 'none']",
        ),
        (
            "schedule_at_period_end",
            "schedule_at_period_end",
            "ConfigurationFeaturesSubscriptionUpdateScheduleAtPeriodEnd",
        ),
        (
            "trial_update_behavior",
            "trial_update_behavior",
            "Literal['continue_trial', 'end_trial']",
        ),
    )

    _CONVERTED: ClassVar[frozenset[str]] = frozenset(
        (
            "products",
            "schedule_at_period_end",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        # Plain fields are copied by Model.to_dict; these need converting back to JSON. An
        # unfilled field raises AttributeError: what was received for it, if anything, is
        # already in additional_properties.
        data = Model.to_dict(self)
        try:
            v_products = self.products
        except AttributeError:
            pass
        else:
            data["products"] = (
                [item0.to_dict() for item0 in v_products]
                if isinstance(v_products, list)
                else v_products
            )
        try:
            v_schedule_at_period_end = self.schedule_at_period_end
        except AttributeError:
            pass
        else:
            data["schedule_at_period_end"] = v_schedule_at_period_end.to_dict()
        return data

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> BillingPortalConfigurationFeaturesSubscriptionUpdate:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_billing_cycle_anchor = take("billing_cycle_anchor", UNSET)
        if (type(v_billing_cycle_anchor) is str) or (v_billing_cycle_anchor is None):
            fill.billing_cycle_anchor = v_billing_cycle_anchor
        elif v_billing_cycle_anchor is not UNSET:
            d["billing_cycle_anchor"] = v_billing_cycle_anchor
        v_default_allowed_updates = take("default_allowed_updates", UNSET)
        if type(v_default_allowed_updates) is list and (
            not v_default_allowed_updates
            or all(type(item0) is str for item0 in v_default_allowed_updates)
        ):
            fill.default_allowed_updates = v_default_allowed_updates
        elif v_default_allowed_updates is not UNSET:
            d["default_allowed_updates"] = v_default_allowed_updates
        v_enabled = take("enabled", UNSET)
        if type(v_enabled) is bool:
            fill.enabled = v_enabled
        elif v_enabled is not UNSET:
            d["enabled"] = v_enabled
        v_products = take("products", UNSET)
        if (
            type(v_products) is list
            and (not v_products or all(type(item0) is dict for item0 in v_products))
        ) or (v_products is None):
            fill.products = (
                [
                    BillingPortalConfigurationFeaturesSubscriptionUpdateProducts.from_dict(item0)
                    for item0 in v_products
                ]
                if type(v_products) is list
                and (not v_products or all(type(item0) is dict for item0 in v_products))
                else v_products
            )
        elif v_products is not UNSET:
            d["products"] = v_products
        v_proration_behavior = take("proration_behavior", UNSET)
        if type(v_proration_behavior) is str:
            fill.proration_behavior = v_proration_behavior
        elif v_proration_behavior is not UNSET:
            d["proration_behavior"] = v_proration_behavior
        v_schedule_at_period_end = take("schedule_at_period_end", UNSET)
        if type(v_schedule_at_period_end) is dict:
            fill.schedule_at_period_end = (
                ConfigurationFeaturesSubscriptionUpdateScheduleAtPeriodEnd.from_dict(
                    v_schedule_at_period_end
                )
            )
        elif v_schedule_at_period_end is not UNSET:
            d["schedule_at_period_end"] = v_schedule_at_period_end
        v_trial_update_behavior = take("trial_update_behavior", UNSET)
        if type(v_trial_update_behavior) is str:
            fill.trial_update_behavior = v_trial_update_behavior
        elif v_trial_update_behavior is not UNSET:
            d["trial_update_behavior"] = v_trial_update_behavior
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
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
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        (
            "adjustable_quantity",
            "adjustable_quantity",
            "FeaturesSubscriptionUpdateProductsAdjustableQuantity",
        ),
        ("prices", "prices", "list[str]"),
        ("product", "product", "str"),
    )

    _CONVERTED: ClassVar[frozenset[str]] = frozenset(("adjustable_quantity",))

    def to_dict(self) -> dict[str, Any]:
        # Plain fields are copied by Model.to_dict; these need converting back to JSON. An
        # unfilled field raises AttributeError: what was received for it, if anything, is
        # already in additional_properties.
        data = Model.to_dict(self)
        try:
            v_adjustable_quantity = self.adjustable_quantity
        except AttributeError:
            pass
        else:
            data["adjustable_quantity"] = v_adjustable_quantity.to_dict()
        return data

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> BillingPortalConfigurationFeaturesSubscriptionUpdateProducts:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_adjustable_quantity = take("adjustable_quantity", UNSET)
        if type(v_adjustable_quantity) is dict:
            fill.adjustable_quantity = (
                FeaturesSubscriptionUpdateProductsAdjustableQuantity.from_dict(
                    v_adjustable_quantity
                )
            )
        elif v_adjustable_quantity is not UNSET:
            d["adjustable_quantity"] = v_adjustable_quantity
        v_prices = take("prices", UNSET)
        if type(v_prices) is list and (
            not v_prices or all(type(item0) is str for item0 in v_prices)
        ):
            fill.prices = v_prices
        elif v_prices is not UNSET:
            d["prices"] = v_prices
        v_product = take("product", UNSET)
        if type(v_product) is str:
            fill.product = v_product
        elif v_product is not UNSET:
            d["product"] = v_product
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class BillingPortalConfigurationLoginPage(Model):
    """BillingPortalConfigurationLoginPage"""

    enabled: bool
    url: str | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("enabled", "enabled", "bool"),
        ("url", "url", "str | None"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> BillingPortalConfigurationLoginPage:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_enabled = take("enabled", UNSET)
        if type(v_enabled) is bool:
            fill.enabled = v_enabled
        elif v_enabled is not UNSET:
            d["enabled"] = v_enabled
        v_url = take("url", UNSET)
        if (type(v_url) is str) or (v_url is None):
            fill.url = v_url
        elif v_url is not UNSET:
            d["url"] = v_url
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
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
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("after_expiration", "after_expiration", "BillingPortalSessionAfterExpiration | None"),
        ("configuration", "configuration", "BillingPortalConfiguration | str"),
        ("created", "created", "int"),
        ("customer", "customer", "str"),
        ("customer_account", "customer_account", "str | None"),
        ("flow", "flow", "BillingPortalSessionFlow | None"),
        ("id", "id", "str"),
        ("livemode", "livemode", "bool"),
        ("locale", "locale", "str (one of 47 values) | None"),
        ("object_", "object", "Literal['billing_portal.session']"),
        ("on_behalf_of", "on_behalf_of", "str | None"),
        ("return_url", "return_url", "str | None"),
        ("url", "url", "str"),
    )

    _CONVERTED: ClassVar[frozenset[str]] = frozenset(
        (
            "after_expiration",
            "configuration",
            "flow",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        # Plain fields are copied by Model.to_dict; these need converting back to JSON. An
        # unfilled field raises AttributeError: what was received for it, if anything, is
        # already in additional_properties.
        data = Model.to_dict(self)
        try:
            v_after_expiration = self.after_expiration
        except AttributeError:
            pass
        else:
            data["after_expiration"] = (
                v_after_expiration.to_dict()
                if isinstance(v_after_expiration, BillingPortalSessionAfterExpiration)
                else v_after_expiration
            )
        try:
            v_configuration = self.configuration
        except AttributeError:
            pass
        else:
            data["configuration"] = (
                v_configuration.to_dict()
                if isinstance(v_configuration, BillingPortalConfiguration)
                else v_configuration
            )
        try:
            v_flow = self.flow
        except AttributeError:
            pass
        else:
            data["flow"] = (
                v_flow.to_dict() if isinstance(v_flow, BillingPortalSessionFlow) else v_flow
            )
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> BillingPortalSession:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_after_expiration = take("after_expiration", UNSET)
        if (type(v_after_expiration) is dict) or (v_after_expiration is None):
            fill.after_expiration = (
                BillingPortalSessionAfterExpiration.from_dict(v_after_expiration)
                if type(v_after_expiration) is dict
                else v_after_expiration
            )
        elif v_after_expiration is not UNSET:
            d["after_expiration"] = v_after_expiration
        v_configuration = take("configuration", UNSET)
        if (type(v_configuration) is dict) or (type(v_configuration) is str):
            fill.configuration = (
                BillingPortalConfiguration.from_dict(v_configuration)
                if type(v_configuration) is dict
                else v_configuration
            )
        elif v_configuration is not UNSET:
            d["configuration"] = v_configuration
        v_created = take("created", UNSET)
        if type(v_created) is int:
            fill.created = v_created
        elif v_created is not UNSET:
            d["created"] = v_created
        v_customer = take("customer", UNSET)
        if type(v_customer) is str:
            fill.customer = v_customer
        elif v_customer is not UNSET:
            d["customer"] = v_customer
        v_customer_account = take("customer_account", UNSET)
        if (type(v_customer_account) is str) or (v_customer_account is None):
            fill.customer_account = v_customer_account
        elif v_customer_account is not UNSET:
            d["customer_account"] = v_customer_account
        v_flow = take("flow", UNSET)
        if (type(v_flow) is dict) or (v_flow is None):
            fill.flow = (
                BillingPortalSessionFlow.from_dict(v_flow) if type(v_flow) is dict else v_flow
            )
        elif v_flow is not UNSET:
            d["flow"] = v_flow
        v_id = take("id", UNSET)
        if type(v_id) is str:
            fill.id = v_id
        elif v_id is not UNSET:
            d["id"] = v_id
        v_livemode = take("livemode", UNSET)
        if type(v_livemode) is bool:
            fill.livemode = v_livemode
        elif v_livemode is not UNSET:
            d["livemode"] = v_livemode
        v_locale = take("locale", UNSET)
        if (type(v_locale) is str) or (v_locale is None):
            fill.locale = v_locale
        elif v_locale is not UNSET:
            d["locale"] = v_locale
        v_object_ = take("object", UNSET)
        if type(v_object_) is str:
            fill.object_ = v_object_
        elif v_object_ is not UNSET:
            d["object"] = v_object_
        v_on_behalf_of = take("on_behalf_of", UNSET)
        if (type(v_on_behalf_of) is str) or (v_on_behalf_of is None):
            fill.on_behalf_of = v_on_behalf_of
        elif v_on_behalf_of is not UNSET:
            d["on_behalf_of"] = v_on_behalf_of
        v_return_url = take("return_url", UNSET)
        if (type(v_return_url) is str) or (v_return_url is None):
            fill.return_url = v_return_url
        elif v_return_url is not UNSET:
            d["return_url"] = v_return_url
        v_url = take("url", UNSET)
        if type(v_url) is str:
            fill.url = v_url
        elif v_url is not UNSET:
            d["url"] = v_url
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class BillingPortalSessionAfterExpiration(Model):
    """BillingPortalSessionAfterExpiration"""

    customer_login: PaymentSettingsPaymentMethodOptionsBlikMandateOptions | None
    type_: Literal["customer_login"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        (
            "customer_login",
            "customer_login",
            "PaymentSettingsPaymentMethodOptionsBlikMandateOptions | None",
        ),
        ("type_", "type", "Literal['customer_login']"),
    )

    _CONVERTED: ClassVar[frozenset[str]] = frozenset(("customer_login",))

    def to_dict(self) -> dict[str, Any]:
        # Plain fields are copied by Model.to_dict; these need converting back to JSON. An
        # unfilled field raises AttributeError: what was received for it, if anything, is
        # already in additional_properties.
        data = Model.to_dict(self)
        try:
            v_customer_login = self.customer_login
        except AttributeError:
            pass
        else:
            data["customer_login"] = (
                v_customer_login.to_dict()
                if isinstance(
                    v_customer_login, PaymentSettingsPaymentMethodOptionsBlikMandateOptions
                )
                else v_customer_login
            )
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> BillingPortalSessionAfterExpiration:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_customer_login = take("customer_login", UNSET)
        if (type(v_customer_login) is dict) or (v_customer_login is None):
            fill.customer_login = (
                PaymentSettingsPaymentMethodOptionsBlikMandateOptions.from_dict(v_customer_login)
                if type(v_customer_login) is dict
                else v_customer_login
            )
        elif v_customer_login is not UNSET:
            d["customer_login"] = v_customer_login
        v_type_ = take("type", UNSET)
        if type(v_type_) is str:
            fill.type_ = v_type_
        elif v_type_ is not UNSET:
            d["type"] = v_type_
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
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
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("after_completion", "after_completion", "BillingPortalSessionFlowAfterCompletion"),
        ("customer_update", "customer_update", "dict[str, Any] | None"),
        (
            "subscription_cancel",
            "subscription_cancel",
            "BillingPortalSessionFlowSubscriptionCancel | None",
        ),
        (
            "subscription_pause",
            "subscription_pause",
            "BillingPortalSessionFlowSubscriptionPause | None",
        ),
        (
            "subscription_update",
            "subscription_update",
            "BillingPortalSessionFlowSubscriptionPause | None",
        ),
        (
            "subscription_update_confirm",
            "subscription_update_confirm",
            "BillingPortalSessionFlowSubscriptionUpdateConfirm | None",
        ),
        (
            "type_",
            "type",
            "Literal['customer_update', 'payment_method_update', 'subscription_cancel', 'subscription_pause', 'subscription_update', 'subscription_update_confirm']",
        ),
    )

    _CONVERTED: ClassVar[frozenset[str]] = frozenset(
        (
            "after_completion",
            "subscription_cancel",
            "subscription_pause",
            "subscription_update",
            "subscription_update_confirm",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        # Plain fields are copied by Model.to_dict; these need converting back to JSON. An
        # unfilled field raises AttributeError: what was received for it, if anything, is
        # already in additional_properties.
        data = Model.to_dict(self)
        try:
            v_after_completion = self.after_completion
        except AttributeError:
            pass
        else:
            data["after_completion"] = v_after_completion.to_dict()
        try:
            v_subscription_cancel = self.subscription_cancel
        except AttributeError:
            pass
        else:
            data["subscription_cancel"] = (
                v_subscription_cancel.to_dict()
                if isinstance(v_subscription_cancel, BillingPortalSessionFlowSubscriptionCancel)
                else v_subscription_cancel
            )
        try:
            v_subscription_pause = self.subscription_pause
        except AttributeError:
            pass
        else:
            data["subscription_pause"] = (
                v_subscription_pause.to_dict()
                if isinstance(v_subscription_pause, BillingPortalSessionFlowSubscriptionPause)
                else v_subscription_pause
            )
        try:
            v_subscription_update = self.subscription_update
        except AttributeError:
            pass
        else:
            data["subscription_update"] = (
                v_subscription_update.to_dict()
                if isinstance(v_subscription_update, BillingPortalSessionFlowSubscriptionPause)
                else v_subscription_update
            )
        try:
            v_subscription_update_confirm = self.subscription_update_confirm
        except AttributeError:
            pass
        else:
            data["subscription_update_confirm"] = (
                v_subscription_update_confirm.to_dict()
                if isinstance(
                    v_subscription_update_confirm, BillingPortalSessionFlowSubscriptionUpdateConfirm
                )
                else v_subscription_update_confirm
            )
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> BillingPortalSessionFlow:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_after_completion = take("after_completion", UNSET)
        if type(v_after_completion) is dict:
            fill.after_completion = BillingPortalSessionFlowAfterCompletion.from_dict(
                v_after_completion
            )
        elif v_after_completion is not UNSET:
            d["after_completion"] = v_after_completion
        v_customer_update = take("customer_update", UNSET)
        if (type(v_customer_update) is dict) or (v_customer_update is None):
            fill.customer_update = v_customer_update
        elif v_customer_update is not UNSET:
            d["customer_update"] = v_customer_update
        v_subscription_cancel = take("subscription_cancel", UNSET)
        if (type(v_subscription_cancel) is dict) or (v_subscription_cancel is None):
            fill.subscription_cancel = (
                BillingPortalSessionFlowSubscriptionCancel.from_dict(v_subscription_cancel)
                if type(v_subscription_cancel) is dict
                else v_subscription_cancel
            )
        elif v_subscription_cancel is not UNSET:
            d["subscription_cancel"] = v_subscription_cancel
        v_subscription_pause = take("subscription_pause", UNSET)
        if (type(v_subscription_pause) is dict) or (v_subscription_pause is None):
            fill.subscription_pause = (
                BillingPortalSessionFlowSubscriptionPause.from_dict(v_subscription_pause)
                if type(v_subscription_pause) is dict
                else v_subscription_pause
            )
        elif v_subscription_pause is not UNSET:
            d["subscription_pause"] = v_subscription_pause
        v_subscription_update = take("subscription_update", UNSET)
        if (type(v_subscription_update) is dict) or (v_subscription_update is None):
            fill.subscription_update = (
                BillingPortalSessionFlowSubscriptionPause.from_dict(v_subscription_update)
                if type(v_subscription_update) is dict
                else v_subscription_update
            )
        elif v_subscription_update is not UNSET:
            d["subscription_update"] = v_subscription_update
        v_subscription_update_confirm = take("subscription_update_confirm", UNSET)
        if (type(v_subscription_update_confirm) is dict) or (v_subscription_update_confirm is None):
            fill.subscription_update_confirm = (
                BillingPortalSessionFlowSubscriptionUpdateConfirm.from_dict(
                    v_subscription_update_confirm
                )
                if type(v_subscription_update_confirm) is dict
                else v_subscription_update_confirm
            )
        elif v_subscription_update_confirm is not UNSET:
            d["subscription_update_confirm"] = v_subscription_update_confirm
        v_type_ = take("type", UNSET)
        if type(v_type_) is str:
            fill.type_ = v_type_
        elif v_type_ is not UNSET:
            d["type"] = v_type_
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
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
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        (
            "hosted_confirmation",
            "hosted_confirmation",
            "BillingPortalSessionFlowAfterCompletionHostedConfirmation | None",
        ),
        ("redirect", "redirect", "BillingPortalSessionFlowAfterCompletionRedirect | None"),
        ("type_", "type", "Literal['hosted_confirmation', 'portal_homepage', 'redirect']"),
    )

    _CONVERTED: ClassVar[frozenset[str]] = frozenset(
        (
            "hosted_confirmation",
            "redirect",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        # Plain fields are copied by Model.to_dict; these need converting back to JSON. An
        # unfilled field raises AttributeError: what was received for it, if anything, is
        # already in additional_properties.
        data = Model.to_dict(self)
        try:
            v_hosted_confirmation = self.hosted_confirmation
        except AttributeError:
            pass
        else:
            data["hosted_confirmation"] = (
                v_hosted_confirmation.to_dict()
                if isinstance(
                    v_hosted_confirmation, BillingPortalSessionFlowAfterCompletionHostedConfirmation
                )
                else v_hosted_confirmation
            )
        try:
            v_redirect = self.redirect
        except AttributeError:
            pass
        else:
            data["redirect"] = (
                v_redirect.to_dict()
                if isinstance(v_redirect, BillingPortalSessionFlowAfterCompletionRedirect)
                else v_redirect
            )
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> BillingPortalSessionFlowAfterCompletion:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_hosted_confirmation = take("hosted_confirmation", UNSET)
        if (type(v_hosted_confirmation) is dict) or (v_hosted_confirmation is None):
            fill.hosted_confirmation = (
                BillingPortalSessionFlowAfterCompletionHostedConfirmation.from_dict(
                    v_hosted_confirmation
                )
                if type(v_hosted_confirmation) is dict
                else v_hosted_confirmation
            )
        elif v_hosted_confirmation is not UNSET:
            d["hosted_confirmation"] = v_hosted_confirmation
        v_redirect = take("redirect", UNSET)
        if (type(v_redirect) is dict) or (v_redirect is None):
            fill.redirect = (
                BillingPortalSessionFlowAfterCompletionRedirect.from_dict(v_redirect)
                if type(v_redirect) is dict
                else v_redirect
            )
        elif v_redirect is not UNSET:
            d["redirect"] = v_redirect
        v_type_ = take("type", UNSET)
        if type(v_type_) is str:
            fill.type_ = v_type_
        elif v_type_ is not UNSET:
            d["type"] = v_type_
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class BillingPortalSessionFlowAfterCompletionHostedConfirmation(Model):
    """BillingPortalSessionFlowAfterCompletionHostedConfirmation"""

    custom_message: str | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("custom_message", "custom_message", "str | None"),
    )

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> BillingPortalSessionFlowAfterCompletionHostedConfirmation:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_custom_message = take("custom_message", UNSET)
        if (type(v_custom_message) is str) or (v_custom_message is None):
            fill.custom_message = v_custom_message
        elif v_custom_message is not UNSET:
            d["custom_message"] = v_custom_message
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class BillingPortalSessionFlowAfterCompletionRedirect(Model):
    """BillingPortalSessionFlowAfterCompletionRedirect"""

    return_url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (("return_url", "return_url", "str"),)

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> BillingPortalSessionFlowAfterCompletionRedirect:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_return_url = take("return_url", UNSET)
        if type(v_return_url) is str:
            fill.return_url = v_return_url
        elif v_return_url is not UNSET:
            d["return_url"] = v_return_url
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class BillingPortalSessionFlowSubscriptionCancel(Model):
    """BillingPortalSessionFlowSubscriptionCancel"""

    retention: BillingPortalSessionFlowSubscriptionCancelRetention | None
    subscription: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("retention", "retention", "BillingPortalSessionFlowSubscriptionCancelRetention | None"),
        ("subscription", "subscription", "str"),
    )

    _CONVERTED: ClassVar[frozenset[str]] = frozenset(("retention",))

    def to_dict(self) -> dict[str, Any]:
        # Plain fields are copied by Model.to_dict; these need converting back to JSON. An
        # unfilled field raises AttributeError: what was received for it, if anything, is
        # already in additional_properties.
        data = Model.to_dict(self)
        try:
            v_retention = self.retention
        except AttributeError:
            pass
        else:
            data["retention"] = (
                v_retention.to_dict()
                if isinstance(v_retention, BillingPortalSessionFlowSubscriptionCancelRetention)
                else v_retention
            )
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> BillingPortalSessionFlowSubscriptionCancel:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_retention = take("retention", UNSET)
        if (type(v_retention) is dict) or (v_retention is None):
            fill.retention = (
                BillingPortalSessionFlowSubscriptionCancelRetention.from_dict(v_retention)
                if type(v_retention) is dict
                else v_retention
            )
        elif v_retention is not UNSET:
            d["retention"] = v_retention
        v_subscription = take("subscription", UNSET)
        if type(v_subscription) is str:
            fill.subscription = v_subscription
        elif v_subscription is not UNSET:
            d["subscription"] = v_subscription
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class BillingPortalSessionFlowSubscriptionCancelRetention(Model):
    """BillingPortalSessionFlowSubscriptionCancelRetention"""

    coupon_offer: PortalSessionFlowSubscriptionCancelRetentionCouponOffer | None
    type_: Literal["coupon_offer"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        (
            "coupon_offer",
            "coupon_offer",
            "PortalSessionFlowSubscriptionCancelRetentionCouponOffer | None",
        ),
        ("type_", "type", "Literal['coupon_offer']"),
    )

    _CONVERTED: ClassVar[frozenset[str]] = frozenset(("coupon_offer",))

    def to_dict(self) -> dict[str, Any]:
        # Plain fields are copied by Model.to_dict; these need converting back to JSON. An
        # unfilled field raises AttributeError: what was received for it, if anything, is
        # already in additional_properties.
        data = Model.to_dict(self)
        try:
            v_coupon_offer = self.coupon_offer
        except AttributeError:
            pass
        else:
            data["coupon_offer"] = (
                v_coupon_offer.to_dict()
                if isinstance(
                    v_coupon_offer, PortalSessionFlowSubscriptionCancelRetentionCouponOffer
                )
                else v_coupon_offer
            )
        return data

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> BillingPortalSessionFlowSubscriptionCancelRetention:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_coupon_offer = take("coupon_offer", UNSET)
        if (type(v_coupon_offer) is dict) or (v_coupon_offer is None):
            fill.coupon_offer = (
                PortalSessionFlowSubscriptionCancelRetentionCouponOffer.from_dict(v_coupon_offer)
                if type(v_coupon_offer) is dict
                else v_coupon_offer
            )
        elif v_coupon_offer is not UNSET:
            d["coupon_offer"] = v_coupon_offer
        v_type_ = take("type", UNSET)
        if type(v_type_) is str:
            fill.type_ = v_type_
        elif v_type_ is not UNSET:
            d["type"] = v_type_
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class BillingPortalSessionFlowSubscriptionPause(Model):
    """BillingPortalSessionFlowSubscriptionPause"""

    subscription: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (("subscription", "subscription", "str"),)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> BillingPortalSessionFlowSubscriptionPause:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_subscription = take("subscription", UNSET)
        if type(v_subscription) is str:
            fill.subscription = v_subscription
        elif v_subscription is not UNSET:
            d["subscription"] = v_subscription
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
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
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        (
            "discounts",
            "discounts",
            "list[BillingPortalSessionFlowSubscriptionUpdateConfirmDiscounts] | None",
        ),
        ("items", "items", "list[BillingPortalSessionFlowSubscriptionUpdateConfirmItems]"),
        ("subscription", "subscription", "str"),
    )

    _CONVERTED: ClassVar[frozenset[str]] = frozenset(
        (
            "discounts",
            "items",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        # Plain fields are copied by Model.to_dict; these need converting back to JSON. An
        # unfilled field raises AttributeError: what was received for it, if anything, is
        # already in additional_properties.
        data = Model.to_dict(self)
        try:
            v_discounts = self.discounts
        except AttributeError:
            pass
        else:
            data["discounts"] = (
                [item0.to_dict() for item0 in v_discounts]
                if isinstance(v_discounts, list)
                else v_discounts
            )
        try:
            v_items = self.items
        except AttributeError:
            pass
        else:
            data["items"] = [item0.to_dict() for item0 in v_items]
        return data

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> BillingPortalSessionFlowSubscriptionUpdateConfirm:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_discounts = take("discounts", UNSET)
        if (
            type(v_discounts) is list
            and (not v_discounts or all(type(item0) is dict for item0 in v_discounts))
        ) or (v_discounts is None):
            fill.discounts = (
                [
                    BillingPortalSessionFlowSubscriptionUpdateConfirmDiscounts.from_dict(item0)
                    for item0 in v_discounts
                ]
                if type(v_discounts) is list
                and (not v_discounts or all(type(item0) is dict for item0 in v_discounts))
                else v_discounts
            )
        elif v_discounts is not UNSET:
            d["discounts"] = v_discounts
        v_items = take("items", UNSET)
        if type(v_items) is list and (not v_items or all(type(item0) is dict for item0 in v_items)):
            fill.items = [
                BillingPortalSessionFlowSubscriptionUpdateConfirmItems.from_dict(item0)
                for item0 in v_items
            ]
        elif v_items is not UNSET:
            d["items"] = v_items
        v_subscription = take("subscription", UNSET)
        if type(v_subscription) is str:
            fill.subscription = v_subscription
        elif v_subscription is not UNSET:
            d["subscription"] = v_subscription
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class BillingPortalSessionFlowSubscriptionUpdateConfirmDiscounts(Model):
    """BillingPortalSessionFlowSubscriptionUpdateConfirmDiscounts"""

    coupon: str | None
    promotion_code: str | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("coupon", "coupon", "str | None"),
        ("promotion_code", "promotion_code", "str | None"),
    )

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> BillingPortalSessionFlowSubscriptionUpdateConfirmDiscounts:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_coupon = take("coupon", UNSET)
        if (type(v_coupon) is str) or (v_coupon is None):
            fill.coupon = v_coupon
        elif v_coupon is not UNSET:
            d["coupon"] = v_coupon
        v_promotion_code = take("promotion_code", UNSET)
        if (type(v_promotion_code) is str) or (v_promotion_code is None):
            fill.promotion_code = v_promotion_code
        elif v_promotion_code is not UNSET:
            d["promotion_code"] = v_promotion_code
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
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
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("id", "id", "str | None"),
        ("price", "price", "str | None"),
        ("quantity", "quantity", "int | None"),
    )

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> BillingPortalSessionFlowSubscriptionUpdateConfirmItems:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_id = take("id", UNSET)
        if (type(v_id) is str) or (v_id is None):
            fill.id = v_id
        elif v_id is not UNSET:
            d["id"] = v_id
        v_price = take("price", UNSET)
        if (type(v_price) is str) or (v_price is None):
            fill.price = v_price
        elif v_price is not UNSET:
            d["price"] = v_price
        v_quantity = take("quantity", UNSET)
        if (type(v_quantity) is int) or (v_quantity is None):
            fill.quantity = v_quantity
        elif v_quantity is not UNSET:
            d["quantity"] = v_quantity
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
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
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("enabled", "enabled", "bool"),
        ("feedback_options", "feedback_options", "list[str | dict[str, Any]] | None"),
        ("options", "options", "list[str (one of 8 values)]"),
    )

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> ConfigurationFeaturesSubscriptionCancelCancellationReason:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_enabled = take("enabled", UNSET)
        if type(v_enabled) is bool:
            fill.enabled = v_enabled
        elif v_enabled is not UNSET:
            d["enabled"] = v_enabled
        v_feedback_options = take("feedback_options", UNSET)
        if (
            type(v_feedback_options) is list
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
        v_options = take("options", UNSET)
        if type(v_options) is list and (
            not v_options or all(type(item0) is str for item0 in v_options)
        ):
            fill.options = v_options
        elif v_options is not UNSET:
            d["options"] = v_options
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class ConfigurationFeaturesSubscriptionUpdateScheduleAtPeriodEnd(Model):
    """ConfigurationFeaturesSubscriptionUpdateScheduleAtPeriodEnd"""

    conditions: list[FeaturesSubscriptionUpdateScheduleAtPeriodEndConditions]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        (
            "conditions",
            "conditions",
            "list[FeaturesSubscriptionUpdateScheduleAtPeriodEndConditions]",
        ),
    )

    _CONVERTED: ClassVar[frozenset[str]] = frozenset(("conditions",))

    def to_dict(self) -> dict[str, Any]:
        # Plain fields are copied by Model.to_dict; these need converting back to JSON. An
        # unfilled field raises AttributeError: what was received for it, if anything, is
        # already in additional_properties.
        data = Model.to_dict(self)
        try:
            v_conditions = self.conditions
        except AttributeError:
            pass
        else:
            data["conditions"] = [item0.to_dict() for item0 in v_conditions]
        return data

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> ConfigurationFeaturesSubscriptionUpdateScheduleAtPeriodEnd:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_conditions = take("conditions", UNSET)
        if type(v_conditions) is list and (
            not v_conditions or all(type(item0) is dict for item0 in v_conditions)
        ):
            fill.conditions = [
                FeaturesSubscriptionUpdateScheduleAtPeriodEndConditions.from_dict(item0)
                for item0 in v_conditions
            ]
        elif v_conditions is not UNSET:
            d["conditions"] = v_conditions
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
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
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("enabled", "enabled", "bool"),
        ("maximum", "maximum", "int | None"),
        ("minimum", "minimum", "int"),
    )

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> FeaturesSubscriptionUpdateProductsAdjustableQuantity:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_enabled = take("enabled", UNSET)
        if type(v_enabled) is bool:
            fill.enabled = v_enabled
        elif v_enabled is not UNSET:
            d["enabled"] = v_enabled
        v_maximum = take("maximum", UNSET)
        if (type(v_maximum) is int) or (v_maximum is None):
            fill.maximum = v_maximum
        elif v_maximum is not UNSET:
            d["maximum"] = v_maximum
        v_minimum = take("minimum", UNSET)
        if type(v_minimum) is int:
            fill.minimum = v_minimum
        elif v_minimum is not UNSET:
            d["minimum"] = v_minimum
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class FeaturesSubscriptionUpdateScheduleAtPeriodEndConditions(Model):
    """FeaturesSubscriptionUpdateScheduleAtPeriodEndConditions"""

    type_: Literal["decreasing_item_amount", "shortening_interval"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("type_", "type", "Literal['decreasing_item_amount', 'shortening_interval']"),
    )

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> FeaturesSubscriptionUpdateScheduleAtPeriodEndConditions:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_type_ = take("type", UNSET)
        if type(v_type_) is str:
            fill.type_ = v_type_
        elif v_type_ is not UNSET:
            d["type"] = v_type_
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PortalSessionFlowSubscriptionCancelRetentionCouponOffer(Model):
    """PortalSessionFlowSubscriptionCancelRetentionCouponOffer"""

    coupon: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (("coupon", "coupon", "str"),)

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> PortalSessionFlowSubscriptionCancelRetentionCouponOffer:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_coupon = take("coupon", UNSET)
        if type(v_coupon) is str:
            fill.coupon = v_coupon
        elif v_coupon is not UNSET:
            d["coupon"] = v_coupon
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
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
