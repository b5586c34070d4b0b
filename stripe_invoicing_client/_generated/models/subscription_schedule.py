"""Response models: subscription schedule (generated; do not edit).

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


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PauseSchedulesPauseSettingsBillForOutstandingUsageThrough(Model):
    """PauseSchedulesPauseSettingsBillForOutstandingUsageThrough"""

    type_: Literal["none", "pause_at"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("type_", "type", "Literal['none', 'pause_at']"),
    )

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> PauseSchedulesPauseSettingsBillForOutstandingUsageThrough:
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
class SchedulePauseSchedulesPauseSettingsBillForUnusedTimeFrom(Model):
    """SchedulePauseSchedulesPauseSettingsBillForUnusedTimeFrom"""

    type_: Literal["item_current_period_start", "none", "pause_at"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("type_", "type", "Literal['item_current_period_start', 'none', 'pause_at']"),
    )

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> SchedulePauseSchedulesPauseSettingsBillForUnusedTimeFrom:
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
class SubscriptionSchedule(Model):
    """A subscription schedule: phases that change a subscription's prices and settings at set
    dates."""

    application: str | dict[str, Any] | None
    """The Connect application that created the schedule, as an id or expanded."""
    billing_mode: SubscriptionBillingMode
    """How the subscription's periods and prorations are computed."""
    canceled_at: int | None
    """When the schedule was canceled, as a Unix timestamp in seconds; null if not."""
    completed_at: int | None
    """When the schedule completed its last phase, as a Unix timestamp in seconds."""
    created: int
    """When the schedule was created, as a Unix timestamp in seconds."""
    current_phase: SubscriptionScheduleCurrentPhase | None
    """Start and end of the phase now in effect, when one is."""
    customer: Customer | str
    """The customer whose subscription the schedule drives, as an id or expanded."""
    customer_account: str | None
    """Id of the account, as a customer, whose subscription the schedule drives."""
    default_settings: SubscriptionScheduleDefaultSettings
    """Settings each phase takes unless it sets its own."""
    end_behavior: Literal["cancel", "none", "release", "renew"]
    """What happens to the subscription after the last phase: release it or cancel it."""
    id: str
    """Unique identifier of the schedule (starts with `sub_sched_`)."""
    livemode: bool
    """Whether the object exists in live mode (true) or test mode (false)."""
    metadata: dict[str, str] | None
    """Key-value pairs stored with the object."""
    object_: Literal["subscription_schedule"]
    """Object type, always `subscription_schedule`."""
    pause_schedules: list[SubscriptionSchedulePauseSchedules]
    """The pauses planned for the subscription, if any."""
    phases: list[SubscriptionSchedulePhases]
    """The schedule's phases in order, each with its items and dates."""
    released_at: int | None
    """When the schedule let go of its subscription, as a Unix timestamp in seconds."""
    released_subscription: str | None
    """Id of the subscription the schedule let go of, once released."""
    status: Literal["active", "canceled", "completed", "not_started", "released"]
    """Where the schedule is in its lifecycle: not started, active, completed, released or canceled."""
    subscription: str | Subscription | None
    """The subscription the schedule drives, as an id or expanded."""
    test_clock: str | TestClock | None
    """The test clock the schedule follows, as an id or expanded."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("application", "application", "str | dict[str, Any] | None"),
        ("billing_mode", "billing_mode", "SubscriptionBillingMode"),
        ("canceled_at", "canceled_at", "int | None"),
        ("completed_at", "completed_at", "int | None"),
        ("created", "created", "int"),
        ("current_phase", "current_phase", "SubscriptionScheduleCurrentPhase | None"),
        ("customer", "customer", "Customer | str"),
        ("customer_account", "customer_account", "str | None"),
        ("default_settings", "default_settings", "SubscriptionScheduleDefaultSettings"),
        ("end_behavior", "end_behavior", "Literal['cancel', 'none', 'release', 'renew']"),
        ("id", "id", "str"),
        ("livemode", "livemode", "bool"),
        ("metadata", "metadata", "dict[str, str] | None"),
        ("object_", "object", "Literal['subscription_schedule']"),
        ("pause_schedules", "pause_schedules", "list[SubscriptionSchedulePauseSchedules]"),
        ("phases", "phases", "list[SubscriptionSchedulePhases]"),
        ("released_at", "released_at", "int | None"),
        ("released_subscription", "released_subscription", "str | None"),
        (
            "status",
            "status",
            "Literal['active', 'canceled', 'completed', 'not_started', 'released']",
        ),
        ("subscription", "subscription", "str | Subscription | None"),
        ("test_clock", "test_clock", "str | TestClock | None"),
    )

    _CONVERTED: ClassVar[frozenset[str]] = frozenset(
        (
            "billing_mode",
            "current_phase",
            "customer",
            "default_settings",
            "pause_schedules",
            "phases",
            "subscription",
            "test_clock",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        # Plain fields are copied by Model.to_dict; these need converting back to JSON. An
        # unfilled field raises AttributeError: what was received for it, if anything, is
        # already in additional_properties.
        data = Model.to_dict(self)
        try:
            v_billing_mode = self.billing_mode
        except AttributeError:
            pass
        else:
            data["billing_mode"] = v_billing_mode.to_dict()
        try:
            v_current_phase = self.current_phase
        except AttributeError:
            pass
        else:
            data["current_phase"] = (
                v_current_phase.to_dict()
                if isinstance(v_current_phase, SubscriptionScheduleCurrentPhase)
                else v_current_phase
            )
        try:
            v_customer = self.customer
        except AttributeError:
            pass
        else:
            data["customer"] = (
                v_customer.to_dict() if isinstance(v_customer, Customer) else v_customer
            )
        try:
            v_default_settings = self.default_settings
        except AttributeError:
            pass
        else:
            data["default_settings"] = v_default_settings.to_dict()
        try:
            v_pause_schedules = self.pause_schedules
        except AttributeError:
            pass
        else:
            data["pause_schedules"] = [item0.to_dict() for item0 in v_pause_schedules]
        try:
            v_phases = self.phases
        except AttributeError:
            pass
        else:
            data["phases"] = [item0.to_dict() for item0 in v_phases]
        try:
            v_subscription = self.subscription
        except AttributeError:
            pass
        else:
            data["subscription"] = (
                v_subscription.to_dict()
                if isinstance(v_subscription, Subscription)
                else v_subscription
            )
        try:
            v_test_clock = self.test_clock
        except AttributeError:
            pass
        else:
            data["test_clock"] = (
                v_test_clock.to_dict() if isinstance(v_test_clock, TestClock) else v_test_clock
            )
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> SubscriptionSchedule:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_application = take("application", UNSET)
        if (type(v_application) is str) or (type(v_application) is dict) or (v_application is None):
            fill.application = v_application
        elif v_application is not UNSET:
            d["application"] = v_application
        v_billing_mode = take("billing_mode", UNSET)
        if type(v_billing_mode) is dict:
            fill.billing_mode = SubscriptionBillingMode.from_dict(v_billing_mode)
        elif v_billing_mode is not UNSET:
            d["billing_mode"] = v_billing_mode
        v_canceled_at = take("canceled_at", UNSET)
        if (type(v_canceled_at) is int) or (v_canceled_at is None):
            fill.canceled_at = v_canceled_at
        elif v_canceled_at is not UNSET:
            d["canceled_at"] = v_canceled_at
        v_completed_at = take("completed_at", UNSET)
        if (type(v_completed_at) is int) or (v_completed_at is None):
            fill.completed_at = v_completed_at
        elif v_completed_at is not UNSET:
            d["completed_at"] = v_completed_at
        v_created = take("created", UNSET)
        if type(v_created) is int:
            fill.created = v_created
        elif v_created is not UNSET:
            d["created"] = v_created
        v_current_phase = take("current_phase", UNSET)
        if (type(v_current_phase) is dict) or (v_current_phase is None):
            fill.current_phase = (
                SubscriptionScheduleCurrentPhase.from_dict(v_current_phase)
                if type(v_current_phase) is dict
                else v_current_phase
            )
        elif v_current_phase is not UNSET:
            d["current_phase"] = v_current_phase
        v_customer = take("customer", UNSET)
        if (type(v_customer) is dict) or (type(v_customer) is str):
            fill.customer = (
                Customer.from_dict(v_customer) if type(v_customer) is dict else v_customer
            )
        elif v_customer is not UNSET:
            d["customer"] = v_customer
        v_customer_account = take("customer_account", UNSET)
        if (type(v_customer_account) is str) or (v_customer_account is None):
            fill.customer_account = v_customer_account
        elif v_customer_account is not UNSET:
            d["customer_account"] = v_customer_account
        v_default_settings = take("default_settings", UNSET)
        if type(v_default_settings) is dict:
            fill.default_settings = SubscriptionScheduleDefaultSettings.from_dict(
                v_default_settings
            )
        elif v_default_settings is not UNSET:
            d["default_settings"] = v_default_settings
        v_end_behavior = take("end_behavior", UNSET)
        if type(v_end_behavior) is str:
            fill.end_behavior = v_end_behavior
        elif v_end_behavior is not UNSET:
            d["end_behavior"] = v_end_behavior
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
        v_metadata = take("metadata", UNSET)
        if (
            type(v_metadata) is dict
            and (not v_metadata or all(type(item0) is str for item0 in v_metadata.values()))
        ) or (v_metadata is None):
            fill.metadata = v_metadata
        elif v_metadata is not UNSET:
            d["metadata"] = v_metadata
        v_object_ = take("object", UNSET)
        if type(v_object_) is str:
            fill.object_ = v_object_
        elif v_object_ is not UNSET:
            d["object"] = v_object_
        v_pause_schedules = take("pause_schedules", UNSET)
        if type(v_pause_schedules) is list and (
            not v_pause_schedules or all(type(item0) is dict for item0 in v_pause_schedules)
        ):
            fill.pause_schedules = [
                SubscriptionSchedulePauseSchedules.from_dict(item0) for item0 in v_pause_schedules
            ]
        elif v_pause_schedules is not UNSET:
            d["pause_schedules"] = v_pause_schedules
        v_phases = take("phases", UNSET)
        if type(v_phases) is list and (
            not v_phases or all(type(item0) is dict for item0 in v_phases)
        ):
            fill.phases = [SubscriptionSchedulePhases.from_dict(item0) for item0 in v_phases]
        elif v_phases is not UNSET:
            d["phases"] = v_phases
        v_released_at = take("released_at", UNSET)
        if (type(v_released_at) is int) or (v_released_at is None):
            fill.released_at = v_released_at
        elif v_released_at is not UNSET:
            d["released_at"] = v_released_at
        v_released_subscription = take("released_subscription", UNSET)
        if (type(v_released_subscription) is str) or (v_released_subscription is None):
            fill.released_subscription = v_released_subscription
        elif v_released_subscription is not UNSET:
            d["released_subscription"] = v_released_subscription
        v_status = take("status", UNSET)
        if type(v_status) is str:
            fill.status = v_status
        elif v_status is not UNSET:
            d["status"] = v_status
        v_subscription = take("subscription", UNSET)
        if (
            (type(v_subscription) is dict)
            or (type(v_subscription) is str)
            or (v_subscription is None)
        ):
            fill.subscription = (
                Subscription.from_dict(v_subscription)
                if type(v_subscription) is dict
                else v_subscription
            )
        elif v_subscription is not UNSET:
            d["subscription"] = v_subscription
        v_test_clock = take("test_clock", UNSET)
        if (type(v_test_clock) is dict) or (type(v_test_clock) is str) or (v_test_clock is None):
            fill.test_clock = (
                TestClock.from_dict(v_test_clock) if type(v_test_clock) is dict else v_test_clock
            )
        elif v_test_clock is not UNSET:
            d["test_clock"] = v_test_clock
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class SubscriptionScheduleCurrentPhase(Model):
    """SubscriptionScheduleCurrentPhase"""

    end_date: int
    start_date: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("end_date", "end_date", "int"),
        ("start_date", "start_date", "int"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> SubscriptionScheduleCurrentPhase:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_end_date = take("end_date", UNSET)
        if type(v_end_date) is int:
            fill.end_date = v_end_date
        elif v_end_date is not UNSET:
            d["end_date"] = v_end_date
        v_start_date = take("start_date", UNSET)
        if type(v_start_date) is int:
            fill.start_date = v_start_date
        elif v_start_date is not UNSET:
            d["start_date"] = v_start_date
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class SubscriptionScheduleDefaultSettings(Model):
    """SubscriptionScheduleDefaultSettings"""

    application_fee_percent: float | None
    automatic_tax: SubscriptionAutomaticTax | None
    billing_cycle_anchor: Literal["automatic", "phase_start"]
    billing_thresholds: SubscriptionBillingThresholds | None
    collection_method: Literal["charge_automatically", "send_invoice"] | None
    default_payment_method: PaymentMethod | str | None
    description: str | None
    invoice_settings: SubscriptionScheduleDefaultSettingsInvoiceSettings
    on_behalf_of: str | dict[str, Any] | None
    transfer_data: SubscriptionTransferData | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("application_fee_percent", "application_fee_percent", "float | None"),
        ("automatic_tax", "automatic_tax", "SubscriptionAutomaticTax | None"),
        ("billing_cycle_anchor", "billing_cycle_anchor", "Literal['automatic', 'phase_start']"),
        ("billing_thresholds", "billing_thresholds", "SubscriptionBillingThresholds | None"),
        (
            "collection_method",
            "collection_method",
            "Literal['charge_automatically', 'send_invoice'] | None",
        ),
        ("default_payment_method", "default_payment_method", "PaymentMethod | str | None"),
        ("description", "description", "str | None"),
        (
            "invoice_settings",
            "invoice_settings",
            "SubscriptionScheduleDefaultSettingsInvoiceSettings",
        ),
        ("on_behalf_of", "on_behalf_of", "str | dict[str, Any] | None"),
        ("transfer_data", "transfer_data", "SubscriptionTransferData | None"),
    )

    _CONVERTED: ClassVar[frozenset[str]] = frozenset(
        (
            "automatic_tax",
            "billing_thresholds",
            "default_payment_method",
            "invoice_settings",
            "transfer_data",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        # Plain fields are copied by Model.to_dict; these need converting back to JSON. An
        # unfilled field raises AttributeError: what was received for it, if anything, is
        # already in additional_properties.
        data = Model.to_dict(self)
        try:
            v_automatic_tax = self.automatic_tax
        except AttributeError:
            pass
        else:
            data["automatic_tax"] = (
                v_automatic_tax.to_dict()
                if isinstance(v_automatic_tax, SubscriptionAutomaticTax)
                else v_automatic_tax
            )
        try:
            v_billing_thresholds = self.billing_thresholds
        except AttributeError:
            pass
        else:
            data["billing_thresholds"] = (
                v_billing_thresholds.to_dict()
                if isinstance(v_billing_thresholds, SubscriptionBillingThresholds)
                else v_billing_thresholds
            )
        try:
            v_default_payment_method = self.default_payment_method
        except AttributeError:
            pass
        else:
            data["default_payment_method"] = (
                v_default_payment_method.to_dict()
                if isinstance(v_default_payment_method, PaymentMethod)
                else v_default_payment_method
            )
        try:
            v_invoice_settings = self.invoice_settings
        except AttributeError:
            pass
        else:
            data["invoice_settings"] = v_invoice_settings.to_dict()
        try:
            v_transfer_data = self.transfer_data
        except AttributeError:
            pass
        else:
            data["transfer_data"] = (
                v_transfer_data.to_dict()
                if isinstance(v_transfer_data, SubscriptionTransferData)
                else v_transfer_data
            )
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> SubscriptionScheduleDefaultSettings:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_application_fee_percent = take("application_fee_percent", UNSET)
        if (type(v_application_fee_percent) is float or type(v_application_fee_percent) is int) or (
            v_application_fee_percent is None
        ):
            fill.application_fee_percent = v_application_fee_percent
        elif v_application_fee_percent is not UNSET:
            d["application_fee_percent"] = v_application_fee_percent
        v_automatic_tax = take("automatic_tax", UNSET)
        if (type(v_automatic_tax) is dict) or (v_automatic_tax is None):
            fill.automatic_tax = (
                SubscriptionAutomaticTax.from_dict(v_automatic_tax)
                if type(v_automatic_tax) is dict
                else v_automatic_tax
            )
        elif v_automatic_tax is not UNSET:
            d["automatic_tax"] = v_automatic_tax
        v_billing_cycle_anchor = take("billing_cycle_anchor", UNSET)
        if type(v_billing_cycle_anchor) is str:
            fill.billing_cycle_anchor = v_billing_cycle_anchor
        elif v_billing_cycle_anchor is not UNSET:
            d["billing_cycle_anchor"] = v_billing_cycle_anchor
        v_billing_thresholds = take("billing_thresholds", UNSET)
        if (type(v_billing_thresholds) is dict) or (v_billing_thresholds is None):
            fill.billing_thresholds = (
                SubscriptionBillingThresholds.from_dict(v_billing_thresholds)
                if type(v_billing_thresholds) is dict
                else v_billing_thresholds
            )
        elif v_billing_thresholds is not UNSET:
            d["billing_thresholds"] = v_billing_thresholds
        v_collection_method = take("collection_method", UNSET)
        if (type(v_collection_method) is str) or (v_collection_method is None):
            fill.collection_method = v_collection_method
        elif v_collection_method is not UNSET:
            d["collection_method"] = v_collection_method
        v_default_payment_method = take("default_payment_method", UNSET)
        if (
            (type(v_default_payment_method) is dict)
            or (type(v_default_payment_method) is str)
            or (v_default_payment_method is None)
        ):
            fill.default_payment_method = (
                PaymentMethod.from_dict(v_default_payment_method)
                if type(v_default_payment_method) is dict
                else v_default_payment_method
            )
        elif v_default_payment_method is not UNSET:
            d["default_payment_method"] = v_default_payment_method
        v_description = take("description", UNSET)
        if (type(v_description) is str) or (v_description is None):
            fill.description = v_description
        elif v_description is not UNSET:
            d["description"] = v_description
        v_invoice_settings = take("invoice_settings", UNSET)
        if type(v_invoice_settings) is dict:
            fill.invoice_settings = SubscriptionScheduleDefaultSettingsInvoiceSettings.from_dict(
                v_invoice_settings
            )
        elif v_invoice_settings is not UNSET:
            d["invoice_settings"] = v_invoice_settings
        v_on_behalf_of = take("on_behalf_of", UNSET)
        if (
            (type(v_on_behalf_of) is str)
            or (type(v_on_behalf_of) is dict)
            or (v_on_behalf_of is None)
        ):
            fill.on_behalf_of = v_on_behalf_of
        elif v_on_behalf_of is not UNSET:
            d["on_behalf_of"] = v_on_behalf_of
        v_transfer_data = take("transfer_data", UNSET)
        if (type(v_transfer_data) is dict) or (v_transfer_data is None):
            fill.transfer_data = (
                SubscriptionTransferData.from_dict(v_transfer_data)
                if type(v_transfer_data) is dict
                else v_transfer_data
            )
        elif v_transfer_data is not UNSET:
            d["transfer_data"] = v_transfer_data
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class SubscriptionScheduleDefaultSettingsInvoiceSettings(Model):
    """SubscriptionScheduleDefaultSettingsInvoiceSettings"""

    account_tax_ids: list[str | TaxId] | None
    custom_fields: list[InvoiceSettingCustomField] | None
    days_until_due: int | None
    description: str | None
    footer: str | None
    issuer: ConnectAccountReference
    """Points at the platform itself or at one connected account."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("account_tax_ids", "account_tax_ids", "list[str | TaxId] | None"),
        ("custom_fields", "custom_fields", "list[InvoiceSettingCustomField] | None"),
        ("days_until_due", "days_until_due", "int | None"),
        ("description", "description", "str | None"),
        ("footer", "footer", "str | None"),
        ("issuer", "issuer", "ConnectAccountReference"),
    )

    _CONVERTED: ClassVar[frozenset[str]] = frozenset(
        (
            "account_tax_ids",
            "custom_fields",
            "issuer",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        # Plain fields are copied by Model.to_dict; these need converting back to JSON. An
        # unfilled field raises AttributeError: what was received for it, if anything, is
        # already in additional_properties.
        data = Model.to_dict(self)
        try:
            v_account_tax_ids = self.account_tax_ids
        except AttributeError:
            pass
        else:
            data["account_tax_ids"] = (
                [
                    (item0.to_dict() if isinstance(item0, TaxId) else item0)
                    for item0 in v_account_tax_ids
                ]
                if isinstance(v_account_tax_ids, list)
                else v_account_tax_ids
            )
        try:
            v_custom_fields = self.custom_fields
        except AttributeError:
            pass
        else:
            data["custom_fields"] = (
                [item0.to_dict() for item0 in v_custom_fields]
                if isinstance(v_custom_fields, list)
                else v_custom_fields
            )
        try:
            v_issuer = self.issuer
        except AttributeError:
            pass
        else:
            data["issuer"] = v_issuer.to_dict()
        return data

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> SubscriptionScheduleDefaultSettingsInvoiceSettings:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_account_tax_ids = take("account_tax_ids", UNSET)
        if (
            type(v_account_tax_ids) is list
            and (
                not v_account_tax_ids
                or all((type(item0) is dict) or (type(item0) is str) for item0 in v_account_tax_ids)
            )
        ) or (v_account_tax_ids is None):
            fill.account_tax_ids = (
                [
                    (TaxId.from_dict(item0) if type(item0) is dict else item0)
                    for item0 in v_account_tax_ids
                ]
                if type(v_account_tax_ids) is list
                and (
                    not v_account_tax_ids
                    or all(
                        (type(item0) is dict) or (type(item0) is str) for item0 in v_account_tax_ids
                    )
                )
                else v_account_tax_ids
            )
        elif v_account_tax_ids is not UNSET:
            d["account_tax_ids"] = v_account_tax_ids
        v_custom_fields = take("custom_fields", UNSET)
        if (
            type(v_custom_fields) is list
            and (not v_custom_fields or all(type(item0) is dict for item0 in v_custom_fields))
        ) or (v_custom_fields is None):
            fill.custom_fields = (
                [InvoiceSettingCustomField.from_dict(item0) for item0 in v_custom_fields]
                if type(v_custom_fields) is list
                and (not v_custom_fields or all(type(item0) is dict for item0 in v_custom_fields))
                else v_custom_fields
            )
        elif v_custom_fields is not UNSET:
            d["custom_fields"] = v_custom_fields
        v_days_until_due = take("days_until_due", UNSET)
        if (type(v_days_until_due) is int) or (v_days_until_due is None):
            fill.days_until_due = v_days_until_due
        elif v_days_until_due is not UNSET:
            d["days_until_due"] = v_days_until_due
        v_description = take("description", UNSET)
        if (type(v_description) is str) or (v_description is None):
            fill.description = v_description
        elif v_description is not UNSET:
            d["description"] = v_description
        v_footer = take("footer", UNSET)
        if (type(v_footer) is str) or (v_footer is None):
            fill.footer = v_footer
        elif v_footer is not UNSET:
            d["footer"] = v_footer
        v_issuer = take("issuer", UNSET)
        if type(v_issuer) is dict:
            fill.issuer = ConnectAccountReference.from_dict(v_issuer)
        elif v_issuer is not UNSET:
            d["issuer"] = v_issuer
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class SubscriptionSchedulePauseSchedules(Model):
    """SubscriptionSchedulePauseSchedules"""

    key: str
    pause: SubscriptionSchedulePauseSchedulesPause
    resume: SubscriptionSchedulePauseSchedulesResume | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("key", "key", "str"),
        ("pause", "pause", "SubscriptionSchedulePauseSchedulesPause"),
        ("resume", "resume", "SubscriptionSchedulePauseSchedulesResume | None"),
    )

    _CONVERTED: ClassVar[frozenset[str]] = frozenset(
        (
            "pause",
            "resume",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        # Plain fields are copied by Model.to_dict; these need converting back to JSON. An
        # unfilled field raises AttributeError: what was received for it, if anything, is
        # already in additional_properties.
        data = Model.to_dict(self)
        try:
            v_pause = self.pause
        except AttributeError:
            pass
        else:
            data["pause"] = v_pause.to_dict()
        try:
            v_resume = self.resume
        except AttributeError:
            pass
        else:
            data["resume"] = (
                v_resume.to_dict()
                if isinstance(v_resume, SubscriptionSchedulePauseSchedulesResume)
                else v_resume
            )
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> SubscriptionSchedulePauseSchedules:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_key = take("key", UNSET)
        if type(v_key) is str:
            fill.key = v_key
        elif v_key is not UNSET:
            d["key"] = v_key
        v_pause = take("pause", UNSET)
        if type(v_pause) is dict:
            fill.pause = SubscriptionSchedulePauseSchedulesPause.from_dict(v_pause)
        elif v_pause is not UNSET:
            d["pause"] = v_pause
        v_resume = take("resume", UNSET)
        if (type(v_resume) is dict) or (v_resume is None):
            fill.resume = (
                SubscriptionSchedulePauseSchedulesResume.from_dict(v_resume)
                if type(v_resume) is dict
                else v_resume
            )
        elif v_resume is not UNSET:
            d["resume"] = v_resume
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class SubscriptionSchedulePauseSchedulesPause(Model):
    """SubscriptionSchedulePauseSchedulesPause"""

    pause_at: int
    settings: SubscriptionSchedulePauseSchedulesPauseSettings | None
    status: SubscriptionSchedulePauseSchedulesPauseStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("pause_at", "pause_at", "int"),
        ("settings", "settings", "SubscriptionSchedulePauseSchedulesPauseSettings | None"),
        ("status", "status", "SubscriptionSchedulePauseSchedulesPauseStatus"),
    )

    _CONVERTED: ClassVar[frozenset[str]] = frozenset(
        (
            "settings",
            "status",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        # Plain fields are copied by Model.to_dict; these need converting back to JSON. An
        # unfilled field raises AttributeError: what was received for it, if anything, is
        # already in additional_properties.
        data = Model.to_dict(self)
        try:
            v_settings = self.settings
        except AttributeError:
            pass
        else:
            data["settings"] = (
                v_settings.to_dict()
                if isinstance(v_settings, SubscriptionSchedulePauseSchedulesPauseSettings)
                else v_settings
            )
        try:
            v_status = self.status
        except AttributeError:
            pass
        else:
            data["status"] = v_status.to_dict()
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> SubscriptionSchedulePauseSchedulesPause:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_pause_at = take("pause_at", UNSET)
        if type(v_pause_at) is int:
            fill.pause_at = v_pause_at
        elif v_pause_at is not UNSET:
            d["pause_at"] = v_pause_at
        v_settings = take("settings", UNSET)
        if (type(v_settings) is dict) or (v_settings is None):
            fill.settings = (
                SubscriptionSchedulePauseSchedulesPauseSettings.from_dict(v_settings)
                if type(v_settings) is dict
                else v_settings
            )
        elif v_settings is not UNSET:
            d["settings"] = v_settings
        v_status = take("status", UNSET)
        if type(v_status) is dict:
            fill.status = SubscriptionSchedulePauseSchedulesPauseStatus.from_dict(v_status)
        elif v_status is not UNSET:
            d["status"] = v_status
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class SubscriptionSchedulePauseSchedulesPauseSettings(Model):
    """SubscriptionSchedulePauseSchedulesPauseSettings"""

    bill_for: SubscriptionSchedulePauseSchedulesPauseSettingsBillFor
    invoicing_behavior: Literal["invoice", "pending_invoice_item"]
    type_: Literal["subscription"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("bill_for", "bill_for", "SubscriptionSchedulePauseSchedulesPauseSettingsBillFor"),
        ("invoicing_behavior", "invoicing_behavior", "Literal['invoice', 'pending_invoice_item']"),
        ("type_", "type", "Literal['subscription']"),
    )

    _CONVERTED: ClassVar[frozenset[str]] = frozenset(("bill_for",))

    def to_dict(self) -> dict[str, Any]:
        # Plain fields are copied by Model.to_dict; these need converting back to JSON. An
        # unfilled field raises AttributeError: what was received for it, if anything, is
        # already in additional_properties.
        data = Model.to_dict(self)
        try:
            v_bill_for = self.bill_for
        except AttributeError:
            pass
        else:
            data["bill_for"] = v_bill_for.to_dict()
        return data

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> SubscriptionSchedulePauseSchedulesPauseSettings:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_bill_for = take("bill_for", UNSET)
        if type(v_bill_for) is dict:
            fill.bill_for = SubscriptionSchedulePauseSchedulesPauseSettingsBillFor.from_dict(
                v_bill_for
            )
        elif v_bill_for is not UNSET:
            d["bill_for"] = v_bill_for
        v_invoicing_behavior = take("invoicing_behavior", UNSET)
        if type(v_invoicing_behavior) is str:
            fill.invoicing_behavior = v_invoicing_behavior
        elif v_invoicing_behavior is not UNSET:
            d["invoicing_behavior"] = v_invoicing_behavior
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
class SubscriptionSchedulePauseSchedulesPauseSettingsBillFor(Model):
    """SubscriptionSchedulePauseSchedulesPauseSettingsBillFor"""

    outstanding_usage_through: PauseSchedulesPauseSettingsBillForOutstandingUsageThrough
    unused_time_from: SchedulePauseSchedulesPauseSettingsBillForUnusedTimeFrom
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        (
            "outstanding_usage_through",
            "outstanding_usage_through",
            "PauseSchedulesPauseSettingsBillForOutstandingUsageThrough",
        ),
        (
            "unused_time_from",
            "unused_time_from",
            "SchedulePauseSchedulesPauseSettingsBillForUnusedTimeFrom",
        ),
    )

    _CONVERTED: ClassVar[frozenset[str]] = frozenset(
        (
            "outstanding_usage_through",
            "unused_time_from",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        # Plain fields are copied by Model.to_dict; these need converting back to JSON. An
        # unfilled field raises AttributeError: what was received for it, if anything, is
        # already in additional_properties.
        data = Model.to_dict(self)
        try:
            v_outstanding_usage_through = self.outstanding_usage_through
        except AttributeError:
            pass
        else:
            data["outstanding_usage_through"] = v_outstanding_usage_through.to_dict()
        try:
            v_unused_time_from = self.unused_time_from
        except AttributeError:
            pass
        else:
            data["unused_time_from"] = v_unused_time_from.to_dict()
        return data

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> SubscriptionSchedulePauseSchedulesPauseSettingsBillFor:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_outstanding_usage_through = take("outstanding_usage_through", UNSET)
        if type(v_outstanding_usage_through) is dict:
            fill.outstanding_usage_through = (
                PauseSchedulesPauseSettingsBillForOutstandingUsageThrough.from_dict(
                    v_outstanding_usage_through
                )
            )
        elif v_outstanding_usage_through is not UNSET:
            d["outstanding_usage_through"] = v_outstanding_usage_through
        v_unused_time_from = take("unused_time_from", UNSET)
        if type(v_unused_time_from) is dict:
            fill.unused_time_from = (
                SchedulePauseSchedulesPauseSettingsBillForUnusedTimeFrom.from_dict(
                    v_unused_time_from
                )
            )
        elif v_unused_time_from is not UNSET:
            d["unused_time_from"] = v_unused_time_from
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class SubscriptionSchedulePauseSchedulesPauseStatus(Model):
    """SubscriptionSchedulePauseSchedulesPauseStatus"""

    error: SubscriptionSchedulePauseSchedulesPauseStatusError | None
    type_: Literal["error", "scheduled", "succeeded"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("error", "error", "SubscriptionSchedulePauseSchedulesPauseStatusError | None"),
        ("type_", "type", "Literal['error', 'scheduled', 'succeeded']"),
    )

    _CONVERTED: ClassVar[frozenset[str]] = frozenset(("error",))

    def to_dict(self) -> dict[str, Any]:
        # Plain fields are copied by Model.to_dict; these need converting back to JSON. An
        # unfilled field raises AttributeError: what was received for it, if anything, is
        # already in additional_properties.
        data = Model.to_dict(self)
        try:
            v_error = self.error
        except AttributeError:
            pass
        else:
            data["error"] = (
                v_error.to_dict()
                if isinstance(v_error, SubscriptionSchedulePauseSchedulesPauseStatusError)
                else v_error
            )
        return data

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> SubscriptionSchedulePauseSchedulesPauseStatus:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_error = take("error", UNSET)
        if (type(v_error) is dict) or (v_error is None):
            fill.error = (
                SubscriptionSchedulePauseSchedulesPauseStatusError.from_dict(v_error)
                if type(v_error) is dict
                else v_error
            )
        elif v_error is not UNSET:
            d["error"] = v_error
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
class SubscriptionSchedulePauseSchedulesPauseStatusError(Model):
    """SubscriptionSchedulePauseSchedulesPauseStatusError"""

    code: str | None
    message: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("code", "code", "str | None"),
        ("message", "message", "str"),
    )

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> SubscriptionSchedulePauseSchedulesPauseStatusError:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_code = take("code", UNSET)
        if (type(v_code) is str) or (v_code is None):
            fill.code = v_code
        elif v_code is not UNSET:
            d["code"] = v_code
        v_message = take("message", UNSET)
        if type(v_message) is str:
            fill.message = v_message
        elif v_message is not UNSET:
            d["message"] = v_message
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class SubscriptionSchedulePauseSchedulesResume(Model):
    """SubscriptionSchedulePauseSchedulesResume"""

    resume_at: int
    settings: SubscriptionSchedulePauseSchedulesResumeSettings
    status: SubscriptionSchedulePauseSchedulesResumeStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("resume_at", "resume_at", "int"),
        ("settings", "settings", "SubscriptionSchedulePauseSchedulesResumeSettings"),
        ("status", "status", "SubscriptionSchedulePauseSchedulesResumeStatus"),
    )

    _CONVERTED: ClassVar[frozenset[str]] = frozenset(
        (
            "settings",
            "status",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        # Plain fields are copied by Model.to_dict; these need converting back to JSON. An
        # unfilled field raises AttributeError: what was received for it, if anything, is
        # already in additional_properties.
        data = Model.to_dict(self)
        try:
            v_settings = self.settings
        except AttributeError:
            pass
        else:
            data["settings"] = v_settings.to_dict()
        try:
            v_status = self.status
        except AttributeError:
            pass
        else:
            data["status"] = v_status.to_dict()
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> SubscriptionSchedulePauseSchedulesResume:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_resume_at = take("resume_at", UNSET)
        if type(v_resume_at) is int:
            fill.resume_at = v_resume_at
        elif v_resume_at is not UNSET:
            d["resume_at"] = v_resume_at
        v_settings = take("settings", UNSET)
        if type(v_settings) is dict:
            fill.settings = SubscriptionSchedulePauseSchedulesResumeSettings.from_dict(v_settings)
        elif v_settings is not UNSET:
            d["settings"] = v_settings
        v_status = take("status", UNSET)
        if type(v_status) is dict:
            fill.status = SubscriptionSchedulePauseSchedulesResumeStatus.from_dict(v_status)
        elif v_status is not UNSET:
            d["status"] = v_status
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class SubscriptionSchedulePauseSchedulesResumeSettings(Model):
    """SubscriptionSchedulePauseSchedulesResumeSettings"""

    billing_cycle_anchor: Literal["resume_at", "unchanged"]
    payment_behavior: Literal["resume_on_payment_attempt", "resume_on_payment_success"]
    proration_behavior: Literal["always_invoice", "create_prorations", "none"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("billing_cycle_anchor", "billing_cycle_anchor", "Literal['resume_at', 'unchanged']"),
        (
            "payment_behavior",
            "payment_behavior",
            "Literal['resume_on_payment_attempt', 'resume_on_payment_success']",
        ),
        (
            "proration_behavior",
            "proration_behavior",
            "Literal['always_invoice', 'create_prorations', 'none']",
        ),
    )

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> SubscriptionSchedulePauseSchedulesResumeSettings:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_billing_cycle_anchor = take("billing_cycle_anchor", UNSET)
        if type(v_billing_cycle_anchor) is str:
            fill.billing_cycle_anchor = v_billing_cycle_anchor
        elif v_billing_cycle_anchor is not UNSET:
            d["billing_cycle_anchor"] = v_billing_cycle_anchor
        v_payment_behavior = take("payment_behavior", UNSET)
        if type(v_payment_behavior) is str:
            fill.payment_behavior = v_payment_behavior
        elif v_payment_behavior is not UNSET:
            d["payment_behavior"] = v_payment_behavior
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
class SubscriptionSchedulePauseSchedulesResumeStatus(Model):
    """SubscriptionSchedulePauseSchedulesResumeStatus"""

    error: SubscriptionSchedulePauseSchedulesPauseStatusError | None
    type_: Literal["error", "pending", "requires_action", "scheduled", "succeeded"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("error", "error", "SubscriptionSchedulePauseSchedulesPauseStatusError | None"),
        (
            "type_",
            "type",
            "Literal['error', 'pending', 'requires_action', 'scheduled', 'succeeded']",
        ),
    )

    _CONVERTED: ClassVar[frozenset[str]] = frozenset(("error",))

    def to_dict(self) -> dict[str, Any]:
        # Plain fields are copied by Model.to_dict; these need converting back to JSON. An
        # unfilled field raises AttributeError: what was received for it, if anything, is
        # already in additional_properties.
        data = Model.to_dict(self)
        try:
            v_error = self.error
        except AttributeError:
            pass
        else:
            data["error"] = (
                v_error.to_dict()
                if isinstance(v_error, SubscriptionSchedulePauseSchedulesPauseStatusError)
                else v_error
            )
        return data

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> SubscriptionSchedulePauseSchedulesResumeStatus:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_error = take("error", UNSET)
        if (type(v_error) is dict) or (v_error is None):
            fill.error = (
                SubscriptionSchedulePauseSchedulesPauseStatusError.from_dict(v_error)
                if type(v_error) is dict
                else v_error
            )
        elif v_error is not UNSET:
            d["error"] = v_error
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
class SubscriptionSchedulePhases(Model):
    """SubscriptionSchedulePhases"""

    add_invoice_items: list[SubscriptionSchedulePhasesAddInvoiceItems]
    application_fee_percent: float | None
    automatic_tax: SubscriptionAutomaticTax | None
    billing_cycle_anchor: Literal["automatic", "phase_start"] | None
    billing_thresholds: SubscriptionBillingThresholds | None
    collection_method: Literal["charge_automatically", "send_invoice"] | None
    currency: str
    default_payment_method: PaymentMethod | str | None
    default_tax_rates: list[TaxRate] | None
    description: str | None
    discounts: list[SubscriptionSchedulePhasesAddInvoiceItemsDiscounts]
    end_date: int
    invoice_settings: SubscriptionSchedulePhasesInvoiceSettings | None
    items: list[SubscriptionSchedulePhasesItems]
    metadata: dict[str, str] | None
    on_behalf_of: str | dict[str, Any] | None
    proration_behavior: Literal["always_invoice", "create_prorations", "none"]
    start_date: int
    transfer_data: SubscriptionTransferData | None
    trial: bool | None
    trial_end: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        (
            "add_invoice_items",
            "add_invoice_items",
            "list[SubscriptionSchedulePhasesAddInvoiceItems]",
        ),
        ("application_fee_percent", "application_fee_percent", "float | None"),
        ("automatic_tax", "automatic_tax", "SubscriptionAutomaticTax | None"),
        (
            "billing_cycle_anchor",
            "billing_cycle_anchor",
            "Literal['automatic', 'phase_start'] | None",
        ),
        ("billing_thresholds", "billing_thresholds", "SubscriptionBillingThresholds | None"),
        (
            "collection_method",
            "collection_method",
            "Literal['charge_automatically', 'send_invoice'] | None",
        ),
        ("currency", "currency", "str"),
        ("default_payment_method", "default_payment_method", "PaymentMethod | str | None"),
        ("default_tax_rates", "default_tax_rates", "list[TaxRate] | None"),
        ("description", "description", "str | None"),
        ("discounts", "discounts", "list[SubscriptionSchedulePhasesAddInvoiceItemsDiscounts]"),
        ("end_date", "end_date", "int"),
        (
            "invoice_settings",
            "invoice_settings",
            "SubscriptionSchedulePhasesInvoiceSettings | None",
        ),
        ("items", "items", "list[SubscriptionSchedulePhasesItems]"),
        ("metadata", "metadata", "dict[str, str] | None"),
        ("on_behalf_of", "on_behalf_of", "str | dict[str, Any] | None"),
        (
            "proration_behavior",
            "proration_behavior",
            "Literal['always_invoice', 'create_prorations', 'none']",
        ),
        ("start_date", "start_date", "int"),
        ("transfer_data", "transfer_data", "SubscriptionTransferData | None"),
        ("trial", "trial", "bool | None"),
        ("trial_end", "trial_end", "int | None"),
    )

    _CONVERTED: ClassVar[frozenset[str]] = frozenset(
        (
            "add_invoice_items",
            "automatic_tax",
            "billing_thresholds",
            "default_payment_method",
            "default_tax_rates",
            "discounts",
            "invoice_settings",
            "items",
            "transfer_data",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        # Plain fields are copied by Model.to_dict; these need converting back to JSON. An
        # unfilled field raises AttributeError: what was received for it, if anything, is
        # already in additional_properties.
        data = Model.to_dict(self)
        try:
            v_add_invoice_items = self.add_invoice_items
        except AttributeError:
            pass
        else:
            data["add_invoice_items"] = [item0.to_dict() for item0 in v_add_invoice_items]
        try:
            v_automatic_tax = self.automatic_tax
        except AttributeError:
            pass
        else:
            data["automatic_tax"] = (
                v_automatic_tax.to_dict()
                if isinstance(v_automatic_tax, SubscriptionAutomaticTax)
                else v_automatic_tax
            )
        try:
            v_billing_thresholds = self.billing_thresholds
        except AttributeError:
            pass
        else:
            data["billing_thresholds"] = (
                v_billing_thresholds.to_dict()
                if isinstance(v_billing_thresholds, SubscriptionBillingThresholds)
                else v_billing_thresholds
            )
        try:
            v_default_payment_method = self.default_payment_method
        except AttributeError:
            pass
        else:
            data["default_payment_method"] = (
                v_default_payment_method.to_dict()
                if isinstance(v_default_payment_method, PaymentMethod)
                else v_default_payment_method
            )
        try:
            v_default_tax_rates = self.default_tax_rates
        except AttributeError:
            pass
        else:
            data["default_tax_rates"] = (
                [item0.to_dict() for item0 in v_default_tax_rates]
                if isinstance(v_default_tax_rates, list)
                else v_default_tax_rates
            )
        try:
            v_discounts = self.discounts
        except AttributeError:
            pass
        else:
            data["discounts"] = [item0.to_dict() for item0 in v_discounts]
        try:
            v_invoice_settings = self.invoice_settings
        except AttributeError:
            pass
        else:
            data["invoice_settings"] = (
                v_invoice_settings.to_dict()
                if isinstance(v_invoice_settings, SubscriptionSchedulePhasesInvoiceSettings)
                else v_invoice_settings
            )
        try:
            v_items = self.items
        except AttributeError:
            pass
        else:
            data["items"] = [item0.to_dict() for item0 in v_items]
        try:
            v_transfer_data = self.transfer_data
        except AttributeError:
            pass
        else:
            data["transfer_data"] = (
                v_transfer_data.to_dict()
                if isinstance(v_transfer_data, SubscriptionTransferData)
                else v_transfer_data
            )
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> SubscriptionSchedulePhases:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_add_invoice_items = take("add_invoice_items", UNSET)
        if type(v_add_invoice_items) is list and (
            not v_add_invoice_items or all(type(item0) is dict for item0 in v_add_invoice_items)
        ):
            fill.add_invoice_items = [
                SubscriptionSchedulePhasesAddInvoiceItems.from_dict(item0)
                for item0 in v_add_invoice_items
            ]
        elif v_add_invoice_items is not UNSET:
            d["add_invoice_items"] = v_add_invoice_items
        v_application_fee_percent = take("application_fee_percent", UNSET)
        if (type(v_application_fee_percent) is float or type(v_application_fee_percent) is int) or (
            v_application_fee_percent is None
        ):
            fill.application_fee_percent = v_application_fee_percent
        elif v_application_fee_percent is not UNSET:
            d["application_fee_percent"] = v_application_fee_percent
        v_automatic_tax = take("automatic_tax", UNSET)
        if (type(v_automatic_tax) is dict) or (v_automatic_tax is None):
            fill.automatic_tax = (
                SubscriptionAutomaticTax.from_dict(v_automatic_tax)
                if type(v_automatic_tax) is dict
                else v_automatic_tax
            )
        elif v_automatic_tax is not UNSET:
            d["automatic_tax"] = v_automatic_tax
        v_billing_cycle_anchor = take("billing_cycle_anchor", UNSET)
        if (type(v_billing_cycle_anchor) is str) or (v_billing_cycle_anchor is None):
            fill.billing_cycle_anchor = v_billing_cycle_anchor
        elif v_billing_cycle_anchor is not UNSET:
            d["billing_cycle_anchor"] = v_billing_cycle_anchor
        v_billing_thresholds = take("billing_thresholds", UNSET)
        if (type(v_billing_thresholds) is dict) or (v_billing_thresholds is None):
            fill.billing_thresholds = (
                SubscriptionBillingThresholds.from_dict(v_billing_thresholds)
                if type(v_billing_thresholds) is dict
                else v_billing_thresholds
            )
        elif v_billing_thresholds is not UNSET:
            d["billing_thresholds"] = v_billing_thresholds
        v_collection_method = take("collection_method", UNSET)
        if (type(v_collection_method) is str) or (v_collection_method is None):
            fill.collection_method = v_collection_method
        elif v_collection_method is not UNSET:
            d["collection_method"] = v_collection_method
        v_currency = take("currency", UNSET)
        if type(v_currency) is str:
            fill.currency = v_currency
        elif v_currency is not UNSET:
            d["currency"] = v_currency
        v_default_payment_method = take("default_payment_method", UNSET)
        if (
            (type(v_default_payment_method) is dict)
            or (type(v_default_payment_method) is str)
            or (v_default_payment_method is None)
        ):
            fill.default_payment_method = (
                PaymentMethod.from_dict(v_default_payment_method)
                if type(v_default_payment_method) is dict
                else v_default_payment_method
            )
        elif v_default_payment_method is not UNSET:
            d["default_payment_method"] = v_default_payment_method
        v_default_tax_rates = take("default_tax_rates", UNSET)
        if (
            type(v_default_tax_rates) is list
            and (
                not v_default_tax_rates or all(type(item0) is dict for item0 in v_default_tax_rates)
            )
        ) or (v_default_tax_rates is None):
            fill.default_tax_rates = (
                [TaxRate.from_dict(item0) for item0 in v_default_tax_rates]
                if type(v_default_tax_rates) is list
                and (
                    not v_default_tax_rates
                    or all(type(item0) is dict for item0 in v_default_tax_rates)
                )
                else v_default_tax_rates
            )
        elif v_default_tax_rates is not UNSET:
            d["default_tax_rates"] = v_default_tax_rates
        v_description = take("description", UNSET)
        if (type(v_description) is str) or (v_description is None):
            fill.description = v_description
        elif v_description is not UNSET:
            d["description"] = v_description
        v_discounts = take("discounts", UNSET)
        if type(v_discounts) is list and (
            not v_discounts or all(type(item0) is dict for item0 in v_discounts)
        ):
            fill.discounts = [
                SubscriptionSchedulePhasesAddInvoiceItemsDiscounts.from_dict(item0)
                for item0 in v_discounts
            ]
        elif v_discounts is not UNSET:
            d["discounts"] = v_discounts
        v_end_date = take("end_date", UNSET)
        if type(v_end_date) is int:
            fill.end_date = v_end_date
        elif v_end_date is not UNSET:
            d["end_date"] = v_end_date
        v_invoice_settings = take("invoice_settings", UNSET)
        if (type(v_invoice_settings) is dict) or (v_invoice_settings is None):
            fill.invoice_settings = (
                SubscriptionSchedulePhasesInvoiceSettings.from_dict(v_invoice_settings)
                if type(v_invoice_settings) is dict
                else v_invoice_settings
            )
        elif v_invoice_settings is not UNSET:
            d["invoice_settings"] = v_invoice_settings
        v_items = take("items", UNSET)
        if type(v_items) is list and (not v_items or all(type(item0) is dict for item0 in v_items)):
            fill.items = [SubscriptionSchedulePhasesItems.from_dict(item0) for item0 in v_items]
        elif v_items is not UNSET:
            d["items"] = v_items
        v_metadata = take("metadata", UNSET)
        if (
            type(v_metadata) is dict
            and (not v_metadata or all(type(item0) is str for item0 in v_metadata.values()))
        ) or (v_metadata is None):
            fill.metadata = v_metadata
        elif v_metadata is not UNSET:
            d["metadata"] = v_metadata
        v_on_behalf_of = take("on_behalf_of", UNSET)
        if (
            (type(v_on_behalf_of) is str)
            or (type(v_on_behalf_of) is dict)
            or (v_on_behalf_of is None)
        ):
            fill.on_behalf_of = v_on_behalf_of
        elif v_on_behalf_of is not UNSET:
            d["on_behalf_of"] = v_on_behalf_of
        v_proration_behavior = take("proration_behavior", UNSET)
        if type(v_proration_behavior) is str:
            fill.proration_behavior = v_proration_behavior
        elif v_proration_behavior is not UNSET:
            d["proration_behavior"] = v_proration_behavior
        v_start_date = take("start_date", UNSET)
        if type(v_start_date) is int:
            fill.start_date = v_start_date
        elif v_start_date is not UNSET:
            d["start_date"] = v_start_date
        v_transfer_data = take("transfer_data", UNSET)
        if (type(v_transfer_data) is dict) or (v_transfer_data is None):
            fill.transfer_data = (
                SubscriptionTransferData.from_dict(v_transfer_data)
                if type(v_transfer_data) is dict
                else v_transfer_data
            )
        elif v_transfer_data is not UNSET:
            d["transfer_data"] = v_transfer_data
        v_trial = take("trial", UNSET)
        if (type(v_trial) is bool) or (v_trial is None):
            fill.trial = v_trial
        elif v_trial is not UNSET:
            d["trial"] = v_trial
        v_trial_end = take("trial_end", UNSET)
        if (type(v_trial_end) is int) or (v_trial_end is None):
            fill.trial_end = v_trial_end
        elif v_trial_end is not UNSET:
            d["trial_end"] = v_trial_end
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class SubscriptionSchedulePhasesAddInvoiceItems(Model):
    """SubscriptionSchedulePhasesAddInvoiceItems"""

    discountable: bool | None
    discounts: list[SubscriptionSchedulePhasesAddInvoiceItemsDiscounts]
    metadata: dict[str, str] | None
    period: SubscriptionSchedulePhasesAddInvoiceItemsPeriod
    price: Price | str
    quantity: int | None
    tax_rates: list[TaxRate] | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("discountable", "discountable", "bool | None"),
        ("discounts", "discounts", "list[SubscriptionSchedulePhasesAddInvoiceItemsDiscounts]"),
        ("metadata", "metadata", "dict[str, str] | None"),
        ("period", "period", "SubscriptionSchedulePhasesAddInvoiceItemsPeriod"),
        ("price", "price", "Price | str"),
        ("quantity", "quantity", "int | None"),
        ("tax_rates", "tax_rates", "list[TaxRate] | None"),
    )

    _CONVERTED: ClassVar[frozenset[str]] = frozenset(
        (
            "discounts",
            "period",
            "price",
            "tax_rates",
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
            data["discounts"] = [item0.to_dict() for item0 in v_discounts]
        try:
            v_period = self.period
        except AttributeError:
            pass
        else:
            data["period"] = v_period.to_dict()
        try:
            v_price = self.price
        except AttributeError:
            pass
        else:
            data["price"] = v_price.to_dict() if isinstance(v_price, Price) else v_price
        try:
            v_tax_rates = self.tax_rates
        except AttributeError:
            pass
        else:
            data["tax_rates"] = (
                [item0.to_dict() for item0 in v_tax_rates]
                if isinstance(v_tax_rates, list)
                else v_tax_rates
            )
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> SubscriptionSchedulePhasesAddInvoiceItems:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_discountable = take("discountable", UNSET)
        if (type(v_discountable) is bool) or (v_discountable is None):
            fill.discountable = v_discountable
        elif v_discountable is not UNSET:
            d["discountable"] = v_discountable
        v_discounts = take("discounts", UNSET)
        if type(v_discounts) is list and (
            not v_discounts or all(type(item0) is dict for item0 in v_discounts)
        ):
            fill.discounts = [
                SubscriptionSchedulePhasesAddInvoiceItemsDiscounts.from_dict(item0)
                for item0 in v_discounts
            ]
        elif v_discounts is not UNSET:
            d["discounts"] = v_discounts
        v_metadata = take("metadata", UNSET)
        if (
            type(v_metadata) is dict
            and (not v_metadata or all(type(item0) is str for item0 in v_metadata.values()))
        ) or (v_metadata is None):
            fill.metadata = v_metadata
        elif v_metadata is not UNSET:
            d["metadata"] = v_metadata
        v_period = take("period", UNSET)
        if type(v_period) is dict:
            fill.period = SubscriptionSchedulePhasesAddInvoiceItemsPeriod.from_dict(v_period)
        elif v_period is not UNSET:
            d["period"] = v_period
        v_price = take("price", UNSET)
        if (type(v_price) is dict) or (type(v_price) is str):
            fill.price = Price.from_dict(v_price) if type(v_price) is dict else v_price
        elif v_price is not UNSET:
            d["price"] = v_price
        v_quantity = take("quantity", UNSET)
        if (type(v_quantity) is int) or (v_quantity is None):
            fill.quantity = v_quantity
        elif v_quantity is not UNSET:
            d["quantity"] = v_quantity
        v_tax_rates = take("tax_rates", UNSET)
        if (
            type(v_tax_rates) is list
            and (not v_tax_rates or all(type(item0) is dict for item0 in v_tax_rates))
        ) or (v_tax_rates is None):
            fill.tax_rates = (
                [TaxRate.from_dict(item0) for item0 in v_tax_rates]
                if type(v_tax_rates) is list
                and (not v_tax_rates or all(type(item0) is dict for item0 in v_tax_rates))
                else v_tax_rates
            )
        elif v_tax_rates is not UNSET:
            d["tax_rates"] = v_tax_rates
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class SubscriptionSchedulePhasesAddInvoiceItemsDiscounts(Model):
    """SubscriptionSchedulePhasesAddInvoiceItemsDiscounts"""

    coupon: Coupon | str | None
    discount: Discount | str | None
    promotion_code: PromotionCode | str | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("coupon", "coupon", "Coupon | str | None"),
        ("discount", "discount", "Discount | str | None"),
        ("promotion_code", "promotion_code", "PromotionCode | str | None"),
    )

    _CONVERTED: ClassVar[frozenset[str]] = frozenset(
        (
            "coupon",
            "discount",
            "promotion_code",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        # Plain fields are copied by Model.to_dict; these need converting back to JSON. An
        # unfilled field raises AttributeError: what was received for it, if anything, is
        # already in additional_properties.
        data = Model.to_dict(self)
        try:
            v_coupon = self.coupon
        except AttributeError:
            pass
        else:
            data["coupon"] = v_coupon.to_dict() if isinstance(v_coupon, Coupon) else v_coupon
        try:
            v_discount = self.discount
        except AttributeError:
            pass
        else:
            data["discount"] = (
                v_discount.to_dict() if isinstance(v_discount, Discount) else v_discount
            )
        try:
            v_promotion_code = self.promotion_code
        except AttributeError:
            pass
        else:
            data["promotion_code"] = (
                v_promotion_code.to_dict()
                if isinstance(v_promotion_code, PromotionCode)
                else v_promotion_code
            )
        return data

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> SubscriptionSchedulePhasesAddInvoiceItemsDiscounts:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_coupon = take("coupon", UNSET)
        if (type(v_coupon) is dict) or (type(v_coupon) is str) or (v_coupon is None):
            fill.coupon = Coupon.from_dict(v_coupon) if type(v_coupon) is dict else v_coupon
        elif v_coupon is not UNSET:
            d["coupon"] = v_coupon
        v_discount = take("discount", UNSET)
        if (type(v_discount) is dict) or (type(v_discount) is str) or (v_discount is None):
            fill.discount = (
                Discount.from_dict(v_discount) if type(v_discount) is dict else v_discount
            )
        elif v_discount is not UNSET:
            d["discount"] = v_discount
        v_promotion_code = take("promotion_code", UNSET)
        if (
            (type(v_promotion_code) is dict)
            or (type(v_promotion_code) is str)
            or (v_promotion_code is None)
        ):
            fill.promotion_code = (
                PromotionCode.from_dict(v_promotion_code)
                if type(v_promotion_code) is dict
                else v_promotion_code
            )
        elif v_promotion_code is not UNSET:
            d["promotion_code"] = v_promotion_code
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class SubscriptionSchedulePhasesAddInvoiceItemsPeriod(Model):
    """SubscriptionSchedulePhasesAddInvoiceItemsPeriod"""

    end: SubscriptionSchedulePhasesAddInvoiceItemsPeriodEnd
    start: SubscriptionSchedulePhasesAddInvoiceItemsPeriodStart
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("end", "end", "SubscriptionSchedulePhasesAddInvoiceItemsPeriodEnd"),
        ("start", "start", "SubscriptionSchedulePhasesAddInvoiceItemsPeriodStart"),
    )

    _CONVERTED: ClassVar[frozenset[str]] = frozenset(
        (
            "end",
            "start",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        # Plain fields are copied by Model.to_dict; these need converting back to JSON. An
        # unfilled field raises AttributeError: what was received for it, if anything, is
        # already in additional_properties.
        data = Model.to_dict(self)
        try:
            v_end = self.end
        except AttributeError:
            pass
        else:
            data["end"] = v_end.to_dict()
        try:
            v_start = self.start
        except AttributeError:
            pass
        else:
            data["start"] = v_start.to_dict()
        return data

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> SubscriptionSchedulePhasesAddInvoiceItemsPeriod:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_end = take("end", UNSET)
        if type(v_end) is dict:
            fill.end = SubscriptionSchedulePhasesAddInvoiceItemsPeriodEnd.from_dict(v_end)
        elif v_end is not UNSET:
            d["end"] = v_end
        v_start = take("start", UNSET)
        if type(v_start) is dict:
            fill.start = SubscriptionSchedulePhasesAddInvoiceItemsPeriodStart.from_dict(v_start)
        elif v_start is not UNSET:
            d["start"] = v_start
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class SubscriptionSchedulePhasesAddInvoiceItemsPeriodEnd(Model):
    """SubscriptionSchedulePhasesAddInvoiceItemsPeriodEnd"""

    timestamp: int | None
    type_: Literal["min_item_period_end", "phase_end", "timestamp"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("timestamp", "timestamp", "int | None"),
        ("type_", "type", "Literal['min_item_period_end', 'phase_end', 'timestamp']"),
    )

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> SubscriptionSchedulePhasesAddInvoiceItemsPeriodEnd:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_timestamp = take("timestamp", UNSET)
        if (type(v_timestamp) is int) or (v_timestamp is None):
            fill.timestamp = v_timestamp
        elif v_timestamp is not UNSET:
            d["timestamp"] = v_timestamp
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
class SubscriptionSchedulePhasesAddInvoiceItemsPeriodStart(Model):
    """SubscriptionSchedulePhasesAddInvoiceItemsPeriodStart"""

    timestamp: int | None
    type_: Literal["max_item_period_start", "phase_start", "timestamp"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("timestamp", "timestamp", "int | None"),
        ("type_", "type", "Literal['max_item_period_start', 'phase_start', 'timestamp']"),
    )

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> SubscriptionSchedulePhasesAddInvoiceItemsPeriodStart:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_timestamp = take("timestamp", UNSET)
        if (type(v_timestamp) is int) or (v_timestamp is None):
            fill.timestamp = v_timestamp
        elif v_timestamp is not UNSET:
            d["timestamp"] = v_timestamp
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
class SubscriptionSchedulePhasesInvoiceSettings(Model):
    """SubscriptionSchedulePhasesInvoiceSettings"""

    account_tax_ids: list[str | TaxId] | None
    custom_fields: list[InvoiceSettingCustomField] | None
    days_until_due: int | None
    description: str | None
    footer: str | None
    issuer: ConnectAccountReference | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("account_tax_ids", "account_tax_ids", "list[str | TaxId] | None"),
        ("custom_fields", "custom_fields", "list[InvoiceSettingCustomField] | None"),
        ("days_until_due", "days_until_due", "int | None"),
        ("description", "description", "str | None"),
        ("footer", "footer", "str | None"),
        ("issuer", "issuer", "ConnectAccountReference | None"),
    )

    _CONVERTED: ClassVar[frozenset[str]] = frozenset(
        (
            "account_tax_ids",
            "custom_fields",
            "issuer",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        # Plain fields are copied by Model.to_dict; these need converting back to JSON. An
        # unfilled field raises AttributeError: what was received for it, if anything, is
        # already in additional_properties.
        data = Model.to_dict(self)
        try:
            v_account_tax_ids = self.account_tax_ids
        except AttributeError:
            pass
        else:
            data["account_tax_ids"] = (
                [
                    (item0.to_dict() if isinstance(item0, TaxId) else item0)
                    for item0 in v_account_tax_ids
                ]
                if isinstance(v_account_tax_ids, list)
                else v_account_tax_ids
            )
        try:
            v_custom_fields = self.custom_fields
        except AttributeError:
            pass
        else:
            data["custom_fields"] = (
                [item0.to_dict() for item0 in v_custom_fields]
                if isinstance(v_custom_fields, list)
                else v_custom_fields
            )
        try:
            v_issuer = self.issuer
        except AttributeError:
            pass
        else:
            data["issuer"] = (
                v_issuer.to_dict() if isinstance(v_issuer, ConnectAccountReference) else v_issuer
            )
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> SubscriptionSchedulePhasesInvoiceSettings:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_account_tax_ids = take("account_tax_ids", UNSET)
        if (
            type(v_account_tax_ids) is list
            and (
                not v_account_tax_ids
                or all((type(item0) is dict) or (type(item0) is str) for item0 in v_account_tax_ids)
            )
        ) or (v_account_tax_ids is None):
            fill.account_tax_ids = (
                [
                    (TaxId.from_dict(item0) if type(item0) is dict else item0)
                    for item0 in v_account_tax_ids
                ]
                if type(v_account_tax_ids) is list
                and (
                    not v_account_tax_ids
                    or all(
                        (type(item0) is dict) or (type(item0) is str) for item0 in v_account_tax_ids
                    )
                )
                else v_account_tax_ids
            )
        elif v_account_tax_ids is not UNSET:
            d["account_tax_ids"] = v_account_tax_ids
        v_custom_fields = take("custom_fields", UNSET)
        if (
            type(v_custom_fields) is list
            and (not v_custom_fields or all(type(item0) is dict for item0 in v_custom_fields))
        ) or (v_custom_fields is None):
            fill.custom_fields = (
                [InvoiceSettingCustomField.from_dict(item0) for item0 in v_custom_fields]
                if type(v_custom_fields) is list
                and (not v_custom_fields or all(type(item0) is dict for item0 in v_custom_fields))
                else v_custom_fields
            )
        elif v_custom_fields is not UNSET:
            d["custom_fields"] = v_custom_fields
        v_days_until_due = take("days_until_due", UNSET)
        if (type(v_days_until_due) is int) or (v_days_until_due is None):
            fill.days_until_due = v_days_until_due
        elif v_days_until_due is not UNSET:
            d["days_until_due"] = v_days_until_due
        v_description = take("description", UNSET)
        if (type(v_description) is str) or (v_description is None):
            fill.description = v_description
        elif v_description is not UNSET:
            d["description"] = v_description
        v_footer = take("footer", UNSET)
        if (type(v_footer) is str) or (v_footer is None):
            fill.footer = v_footer
        elif v_footer is not UNSET:
            d["footer"] = v_footer
        v_issuer = take("issuer", UNSET)
        if (type(v_issuer) is dict) or (v_issuer is None):
            fill.issuer = (
                ConnectAccountReference.from_dict(v_issuer) if type(v_issuer) is dict else v_issuer
            )
        elif v_issuer is not UNSET:
            d["issuer"] = v_issuer
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class SubscriptionSchedulePhasesItems(Model):
    """SubscriptionSchedulePhasesItems"""

    billing_thresholds: SubscriptionItemBillingThresholds | None
    discounts: list[SubscriptionSchedulePhasesAddInvoiceItemsDiscounts]
    metadata: dict[str, str] | None
    plan: Plan | str
    price: Price | str
    quantity: int | None
    tax_rates: list[TaxRate] | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("billing_thresholds", "billing_thresholds", "SubscriptionItemBillingThresholds | None"),
        ("discounts", "discounts", "list[SubscriptionSchedulePhasesAddInvoiceItemsDiscounts]"),
        ("metadata", "metadata", "dict[str, str] | None"),
        ("plan", "plan", "Plan | str"),
        ("price", "price", "Price | str"),
        ("quantity", "quantity", "int | None"),
        ("tax_rates", "tax_rates", "list[TaxRate] | None"),
    )

    _CONVERTED: ClassVar[frozenset[str]] = frozenset(
        (
            "billing_thresholds",
            "discounts",
            "plan",
            "price",
            "tax_rates",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        # Plain fields are copied by Model.to_dict; these need converting back to JSON. An
        # unfilled field raises AttributeError: what was received for it, if anything, is
        # already in additional_properties.
        data = Model.to_dict(self)
        try:
            v_billing_thresholds = self.billing_thresholds
        except AttributeError:
            pass
        else:
            data["billing_thresholds"] = (
                v_billing_thresholds.to_dict()
                if isinstance(v_billing_thresholds, SubscriptionItemBillingThresholds)
                else v_billing_thresholds
            )
        try:
            v_discounts = self.discounts
        except AttributeError:
            pass
        else:
            data["discounts"] = [item0.to_dict() for item0 in v_discounts]
        try:
            v_plan = self.plan
        except AttributeError:
            pass
        else:
            data["plan"] = v_plan.to_dict() if isinstance(v_plan, Plan) else v_plan
        try:
            v_price = self.price
        except AttributeError:
            pass
        else:
            data["price"] = v_price.to_dict() if isinstance(v_price, Price) else v_price
        try:
            v_tax_rates = self.tax_rates
        except AttributeError:
            pass
        else:
            data["tax_rates"] = (
                [item0.to_dict() for item0 in v_tax_rates]
                if isinstance(v_tax_rates, list)
                else v_tax_rates
            )
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> SubscriptionSchedulePhasesItems:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_billing_thresholds = take("billing_thresholds", UNSET)
        if (type(v_billing_thresholds) is dict) or (v_billing_thresholds is None):
            fill.billing_thresholds = (
                SubscriptionItemBillingThresholds.from_dict(v_billing_thresholds)
                if type(v_billing_thresholds) is dict
                else v_billing_thresholds
            )
        elif v_billing_thresholds is not UNSET:
            d["billing_thresholds"] = v_billing_thresholds
        v_discounts = take("discounts", UNSET)
        if type(v_discounts) is list and (
            not v_discounts or all(type(item0) is dict for item0 in v_discounts)
        ):
            fill.discounts = [
                SubscriptionSchedulePhasesAddInvoiceItemsDiscounts.from_dict(item0)
                for item0 in v_discounts
            ]
        elif v_discounts is not UNSET:
            d["discounts"] = v_discounts
        v_metadata = take("metadata", UNSET)
        if (
            type(v_metadata) is dict
            and (not v_metadata or all(type(item0) is str for item0 in v_metadata.values()))
        ) or (v_metadata is None):
            fill.metadata = v_metadata
        elif v_metadata is not UNSET:
            d["metadata"] = v_metadata
        v_plan = take("plan", UNSET)
        if (type(v_plan) is dict) or (type(v_plan) is str):
            fill.plan = Plan.from_dict(v_plan) if type(v_plan) is dict else v_plan
        elif v_plan is not UNSET:
            d["plan"] = v_plan
        v_price = take("price", UNSET)
        if (type(v_price) is dict) or (type(v_price) is str):
            fill.price = Price.from_dict(v_price) if type(v_price) is dict else v_price
        elif v_price is not UNSET:
            d["price"] = v_price
        v_quantity = take("quantity", UNSET)
        if (type(v_quantity) is int) or (v_quantity is None):
            fill.quantity = v_quantity
        elif v_quantity is not UNSET:
            d["quantity"] = v_quantity
        v_tax_rates = take("tax_rates", UNSET)
        if (
            type(v_tax_rates) is list
            and (not v_tax_rates or all(type(item0) is dict for item0 in v_tax_rates))
        ) or (v_tax_rates is None):
            fill.tax_rates = (
                [TaxRate.from_dict(item0) for item0 in v_tax_rates]
                if type(v_tax_rates) is list
                and (not v_tax_rates or all(type(item0) is dict for item0 in v_tax_rates))
                else v_tax_rates
            )
        elif v_tax_rates is not UNSET:
            d["tax_rates"] = v_tax_rates
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
            fill.additional_properties = d
        return obj


# Imported last: the modules refer to each other in cycles, needed at call time only.
from .customer import Customer  # noqa: E402
from .discount import Coupon, Discount, PromotionCode  # noqa: E402
from .payment_method import PaymentMethod  # noqa: E402
from .product import Price  # noqa: E402
from .shared import (  # noqa: E402
    ConnectAccountReference,
    InvoiceSettingCustomField,
    Plan,
    SubscriptionAutomaticTax,
    SubscriptionBillingMode,
    SubscriptionBillingThresholds,
    SubscriptionItemBillingThresholds,
    SubscriptionTransferData,
)
from .subscription import Subscription  # noqa: E402
from .tax import TaxId, TaxRate  # noqa: E402
from .test_clock import TestClock  # noqa: E402

__all__ = [
    "PauseSchedulesPauseSettingsBillForOutstandingUsageThrough",
    "SchedulePauseSchedulesPauseSettingsBillForUnusedTimeFrom",
    "SubscriptionSchedule",
    "SubscriptionScheduleCurrentPhase",
    "SubscriptionScheduleDefaultSettings",
    "SubscriptionScheduleDefaultSettingsInvoiceSettings",
    "SubscriptionSchedulePauseSchedules",
    "SubscriptionSchedulePauseSchedulesPause",
    "SubscriptionSchedulePauseSchedulesPauseSettings",
    "SubscriptionSchedulePauseSchedulesPauseSettingsBillFor",
    "SubscriptionSchedulePauseSchedulesPauseStatus",
    "SubscriptionSchedulePauseSchedulesPauseStatusError",
    "SubscriptionSchedulePauseSchedulesResume",
    "SubscriptionSchedulePauseSchedulesResumeSettings",
    "SubscriptionSchedulePauseSchedulesResumeStatus",
    "SubscriptionSchedulePhases",
    "SubscriptionSchedulePhasesAddInvoiceItems",
    "SubscriptionSchedulePhasesAddInvoiceItemsDiscounts",
    "SubscriptionSchedulePhasesAddInvoiceItemsPeriod",
    "SubscriptionSchedulePhasesAddInvoiceItemsPeriodEnd",
    "SubscriptionSchedulePhasesAddInvoiceItemsPeriodStart",
    "SubscriptionSchedulePhasesInvoiceSettings",
    "SubscriptionSchedulePhasesItems",
]
