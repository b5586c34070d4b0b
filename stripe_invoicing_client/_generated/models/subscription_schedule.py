"""Response models: subscription schedule (generated; do not edit).

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


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PauseSchedulesPauseSettingsBillForOutstandingUsageThrough(Model):
    """PauseSchedulesPauseSettingsBillForOutstandingUsageThrough"""

    type_: Literal["none", "pause_at"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _KEYS: ClassVar[dict[str, str]] = {
        "type_": "type",
    }

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> PauseSchedulesPauseSettingsBillForOutstandingUsageThrough:
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
class SchedulePauseSchedulesPauseSettingsBillForUnusedTimeFrom(Model):
    """SchedulePauseSchedulesPauseSettingsBillForUnusedTimeFrom"""

    type_: Literal["item_current_period_start", "none", "pause_at"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _KEYS: ClassVar[dict[str, str]] = {
        "type_": "type",
    }

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> SchedulePauseSchedulesPauseSettingsBillForUnusedTimeFrom:
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
    _KEYS: ClassVar[dict[str, str]] = {
        "object_": "object",
    }
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "billing_mode": lambda v: SubscriptionBillingMode.from_dict(v),
        "current_phase": lambda v: SubscriptionScheduleCurrentPhase.from_dict(v),
        "customer": lambda v: Customer.from_dict(v),
        "default_settings": lambda v: SubscriptionScheduleDefaultSettings.from_dict(v),
        "pause_schedules": lambda v: [
            SubscriptionSchedulePauseSchedules.from_dict(item0) for item0 in v
        ],
        "phases": lambda v: [SubscriptionSchedulePhases.from_dict(item0) for item0 in v],
        "subscription": lambda v: Subscription.from_dict(v),
        "test_clock": lambda v: TestClock.from_dict(v),
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> SubscriptionSchedule:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if (
            (type(v_application := take("application", UNSET)) is str)
            or (type(v_application) is dict)
            or (v_application is None)
        ):
            fill.application = v_application
        elif v_application is not UNSET:
            d["application"] = v_application
        if type(v_billing_mode := take("billing_mode", UNSET)) is dict:
            later["billing_mode"] = v_billing_mode
        elif v_billing_mode is not UNSET:
            d["billing_mode"] = v_billing_mode
        if (type(v_canceled_at := take("canceled_at", UNSET)) is int) or (v_canceled_at is None):
            fill.canceled_at = v_canceled_at
        elif v_canceled_at is not UNSET:
            d["canceled_at"] = v_canceled_at
        if (type(v_completed_at := take("completed_at", UNSET)) is int) or (v_completed_at is None):
            fill.completed_at = v_completed_at
        elif v_completed_at is not UNSET:
            d["completed_at"] = v_completed_at
        if type(v_created := take("created", UNSET)) is int:
            fill.created = v_created
        elif v_created is not UNSET:
            d["created"] = v_created
        if type(v_current_phase := take("current_phase", UNSET)) is dict:
            later["current_phase"] = v_current_phase
        elif v_current_phase is None:
            fill.current_phase = v_current_phase
        elif v_current_phase is not UNSET:
            d["current_phase"] = v_current_phase
        if type(v_customer := take("customer", UNSET)) is dict:
            later["customer"] = v_customer
        elif type(v_customer) is str:
            fill.customer = v_customer
        elif v_customer is not UNSET:
            d["customer"] = v_customer
        if (type(v_customer_account := take("customer_account", UNSET)) is str) or (
            v_customer_account is None
        ):
            fill.customer_account = v_customer_account
        elif v_customer_account is not UNSET:
            d["customer_account"] = v_customer_account
        if type(v_default_settings := take("default_settings", UNSET)) is dict:
            later["default_settings"] = v_default_settings
        elif v_default_settings is not UNSET:
            d["default_settings"] = v_default_settings
        if type(v_end_behavior := take("end_behavior", UNSET)) is str:
            fill.end_behavior = v_end_behavior
        elif v_end_behavior is not UNSET:
            d["end_behavior"] = v_end_behavior
        if type(v_id := take("id", UNSET)) is str:
            fill.id = v_id
        elif v_id is not UNSET:
            d["id"] = v_id
        if type(v_livemode := take("livemode", UNSET)) is bool:
            fill.livemode = v_livemode
        elif v_livemode is not UNSET:
            d["livemode"] = v_livemode
        if (
            type(v_metadata := take("metadata", UNSET)) is dict
            and (not v_metadata or all(type(item0) is str for item0 in v_metadata.values()))
        ) or (v_metadata is None):
            fill.metadata = v_metadata
        elif v_metadata is not UNSET:
            d["metadata"] = v_metadata
        if type(v_object_ := take("object", UNSET)) is str:
            fill.object_ = v_object_
        elif v_object_ is not UNSET:
            d["object"] = v_object_
        if type(v_pause_schedules := take("pause_schedules", UNSET)) is list and (
            not v_pause_schedules or all(type(item0) is dict for item0 in v_pause_schedules)
        ):
            later["pause_schedules"] = v_pause_schedules
        elif v_pause_schedules is not UNSET:
            d["pause_schedules"] = v_pause_schedules
        if type(v_phases := take("phases", UNSET)) is list and (
            not v_phases or all(type(item0) is dict for item0 in v_phases)
        ):
            later["phases"] = v_phases
        elif v_phases is not UNSET:
            d["phases"] = v_phases
        if (type(v_released_at := take("released_at", UNSET)) is int) or (v_released_at is None):
            fill.released_at = v_released_at
        elif v_released_at is not UNSET:
            d["released_at"] = v_released_at
        if (type(v_released_subscription := take("released_subscription", UNSET)) is str) or (
            v_released_subscription is None
        ):
            fill.released_subscription = v_released_subscription
        elif v_released_subscription is not UNSET:
            d["released_subscription"] = v_released_subscription
        if type(v_status := take("status", UNSET)) is str:
            fill.status = v_status
        elif v_status is not UNSET:
            d["status"] = v_status
        if type(v_subscription := take("subscription", UNSET)) is dict:
            later["subscription"] = v_subscription
        elif (type(v_subscription) is str) or (v_subscription is None):
            fill.subscription = v_subscription
        elif v_subscription is not UNSET:
            d["subscription"] = v_subscription
        if type(v_test_clock := take("test_clock", UNSET)) is dict:
            later["test_clock"] = v_test_clock
        elif (type(v_test_clock) is str) or (v_test_clock is None):
            fill.test_clock = v_test_clock
        elif v_test_clock is not UNSET:
            d["test_clock"] = v_test_clock
        if later:
            fill._later = later
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class SubscriptionScheduleCurrentPhase(Model):
    """SubscriptionScheduleCurrentPhase"""

    end_date: int
    start_date: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> SubscriptionScheduleCurrentPhase:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        if type(v_end_date := take("end_date", UNSET)) is int:
            fill.end_date = v_end_date
        elif v_end_date is not UNSET:
            d["end_date"] = v_end_date
        if type(v_start_date := take("start_date", UNSET)) is int:
            fill.start_date = v_start_date
        elif v_start_date is not UNSET:
            d["start_date"] = v_start_date
        if d:  # what did not fit, or is not modelled (else made on first read)
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
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "automatic_tax": lambda v: SubscriptionAutomaticTax.from_dict(v),
        "billing_thresholds": lambda v: SubscriptionBillingThresholds.from_dict(v),
        "default_payment_method": lambda v: PaymentMethod.from_dict(v),
        "invoice_settings": lambda v: SubscriptionScheduleDefaultSettingsInvoiceSettings.from_dict(
            v
        ),
        "transfer_data": lambda v: SubscriptionTransferData.from_dict(v),
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> SubscriptionScheduleDefaultSettings:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if (
            type(v_application_fee_percent := take("application_fee_percent", UNSET)) is float
            or type(v_application_fee_percent) is int
        ) or (v_application_fee_percent is None):
            fill.application_fee_percent = v_application_fee_percent
        elif v_application_fee_percent is not UNSET:
            d["application_fee_percent"] = v_application_fee_percent
        if type(v_automatic_tax := take("automatic_tax", UNSET)) is dict:
            later["automatic_tax"] = v_automatic_tax
        elif v_automatic_tax is None:
            fill.automatic_tax = v_automatic_tax
        elif v_automatic_tax is not UNSET:
            d["automatic_tax"] = v_automatic_tax
        if type(v_billing_cycle_anchor := take("billing_cycle_anchor", UNSET)) is str:
            fill.billing_cycle_anchor = v_billing_cycle_anchor
        elif v_billing_cycle_anchor is not UNSET:
            d["billing_cycle_anchor"] = v_billing_cycle_anchor
        if type(v_billing_thresholds := take("billing_thresholds", UNSET)) is dict:
            later["billing_thresholds"] = v_billing_thresholds
        elif v_billing_thresholds is None:
            fill.billing_thresholds = v_billing_thresholds
        elif v_billing_thresholds is not UNSET:
            d["billing_thresholds"] = v_billing_thresholds
        if (type(v_collection_method := take("collection_method", UNSET)) is str) or (
            v_collection_method is None
        ):
            fill.collection_method = v_collection_method
        elif v_collection_method is not UNSET:
            d["collection_method"] = v_collection_method
        if type(v_default_payment_method := take("default_payment_method", UNSET)) is dict:
            later["default_payment_method"] = v_default_payment_method
        elif (type(v_default_payment_method) is str) or (v_default_payment_method is None):
            fill.default_payment_method = v_default_payment_method
        elif v_default_payment_method is not UNSET:
            d["default_payment_method"] = v_default_payment_method
        if (type(v_description := take("description", UNSET)) is str) or (v_description is None):
            fill.description = v_description
        elif v_description is not UNSET:
            d["description"] = v_description
        if type(v_invoice_settings := take("invoice_settings", UNSET)) is dict:
            later["invoice_settings"] = v_invoice_settings
        elif v_invoice_settings is not UNSET:
            d["invoice_settings"] = v_invoice_settings
        if (
            (type(v_on_behalf_of := take("on_behalf_of", UNSET)) is str)
            or (type(v_on_behalf_of) is dict)
            or (v_on_behalf_of is None)
        ):
            fill.on_behalf_of = v_on_behalf_of
        elif v_on_behalf_of is not UNSET:
            d["on_behalf_of"] = v_on_behalf_of
        if type(v_transfer_data := take("transfer_data", UNSET)) is dict:
            later["transfer_data"] = v_transfer_data
        elif v_transfer_data is None:
            fill.transfer_data = v_transfer_data
        elif v_transfer_data is not UNSET:
            d["transfer_data"] = v_transfer_data
        if later:
            fill._later = later
        if d:  # what did not fit, or is not modelled (else made on first read)
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
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "account_tax_ids": lambda v: [
            (TaxId.from_dict(item0) if type(item0) is dict else item0) for item0 in v
        ],
        "custom_fields": lambda v: [InvoiceSettingCustomField.from_dict(item0) for item0 in v],
        "issuer": lambda v: ConnectAccountReference.from_dict(v),
    }

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> SubscriptionScheduleDefaultSettingsInvoiceSettings:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if type(v_account_tax_ids := take("account_tax_ids", UNSET)) is list and (
            not v_account_tax_ids
            or all((type(item0) is dict) or (type(item0) is str) for item0 in v_account_tax_ids)
        ):
            later["account_tax_ids"] = v_account_tax_ids
        elif v_account_tax_ids is None:
            fill.account_tax_ids = v_account_tax_ids
        elif v_account_tax_ids is not UNSET:
            d["account_tax_ids"] = v_account_tax_ids
        if type(v_custom_fields := take("custom_fields", UNSET)) is list and (
            not v_custom_fields or all(type(item0) is dict for item0 in v_custom_fields)
        ):
            later["custom_fields"] = v_custom_fields
        elif v_custom_fields is None:
            fill.custom_fields = v_custom_fields
        elif v_custom_fields is not UNSET:
            d["custom_fields"] = v_custom_fields
        if (type(v_days_until_due := take("days_until_due", UNSET)) is int) or (
            v_days_until_due is None
        ):
            fill.days_until_due = v_days_until_due
        elif v_days_until_due is not UNSET:
            d["days_until_due"] = v_days_until_due
        if (type(v_description := take("description", UNSET)) is str) or (v_description is None):
            fill.description = v_description
        elif v_description is not UNSET:
            d["description"] = v_description
        if (type(v_footer := take("footer", UNSET)) is str) or (v_footer is None):
            fill.footer = v_footer
        elif v_footer is not UNSET:
            d["footer"] = v_footer
        if type(v_issuer := take("issuer", UNSET)) is dict:
            later["issuer"] = v_issuer
        elif v_issuer is not UNSET:
            d["issuer"] = v_issuer
        if later:
            fill._later = later
        if d:  # what did not fit, or is not modelled (else made on first read)
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
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "pause": lambda v: SubscriptionSchedulePauseSchedulesPause.from_dict(v),
        "resume": lambda v: SubscriptionSchedulePauseSchedulesResume.from_dict(v),
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> SubscriptionSchedulePauseSchedules:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if type(v_key := take("key", UNSET)) is str:
            fill.key = v_key
        elif v_key is not UNSET:
            d["key"] = v_key
        if type(v_pause := take("pause", UNSET)) is dict:
            later["pause"] = v_pause
        elif v_pause is not UNSET:
            d["pause"] = v_pause
        if type(v_resume := take("resume", UNSET)) is dict:
            later["resume"] = v_resume
        elif v_resume is None:
            fill.resume = v_resume
        elif v_resume is not UNSET:
            d["resume"] = v_resume
        if later:
            fill._later = later
        if d:  # what did not fit, or is not modelled (else made on first read)
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
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "settings": lambda v: SubscriptionSchedulePauseSchedulesPauseSettings.from_dict(v),
        "status": lambda v: SubscriptionSchedulePauseSchedulesPauseStatus.from_dict(v),
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> SubscriptionSchedulePauseSchedulesPause:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if type(v_pause_at := take("pause_at", UNSET)) is int:
            fill.pause_at = v_pause_at
        elif v_pause_at is not UNSET:
            d["pause_at"] = v_pause_at
        if type(v_settings := take("settings", UNSET)) is dict:
            later["settings"] = v_settings
        elif v_settings is None:
            fill.settings = v_settings
        elif v_settings is not UNSET:
            d["settings"] = v_settings
        if type(v_status := take("status", UNSET)) is dict:
            later["status"] = v_status
        elif v_status is not UNSET:
            d["status"] = v_status
        if later:
            fill._later = later
        if d:  # what did not fit, or is not modelled (else made on first read)
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
    _KEYS: ClassVar[dict[str, str]] = {
        "type_": "type",
    }
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "bill_for": lambda v: SubscriptionSchedulePauseSchedulesPauseSettingsBillFor.from_dict(v),
    }

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> SubscriptionSchedulePauseSchedulesPauseSettings:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if type(v_bill_for := take("bill_for", UNSET)) is dict:
            later["bill_for"] = v_bill_for
        elif v_bill_for is not UNSET:
            d["bill_for"] = v_bill_for
        if type(v_invoicing_behavior := take("invoicing_behavior", UNSET)) is str:
            fill.invoicing_behavior = v_invoicing_behavior
        elif v_invoicing_behavior is not UNSET:
            d["invoicing_behavior"] = v_invoicing_behavior
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
class SubscriptionSchedulePauseSchedulesPauseSettingsBillFor(Model):
    """SubscriptionSchedulePauseSchedulesPauseSettingsBillFor"""

    outstanding_usage_through: PauseSchedulesPauseSettingsBillForOutstandingUsageThrough
    unused_time_from: SchedulePauseSchedulesPauseSettingsBillForUnusedTimeFrom
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "outstanding_usage_through": lambda v: (
            PauseSchedulesPauseSettingsBillForOutstandingUsageThrough.from_dict(v)
        ),
        "unused_time_from": lambda v: (
            SchedulePauseSchedulesPauseSettingsBillForUnusedTimeFrom.from_dict(v)
        ),
    }

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> SubscriptionSchedulePauseSchedulesPauseSettingsBillFor:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if type(v_outstanding_usage_through := take("outstanding_usage_through", UNSET)) is dict:
            later["outstanding_usage_through"] = v_outstanding_usage_through
        elif v_outstanding_usage_through is not UNSET:
            d["outstanding_usage_through"] = v_outstanding_usage_through
        if type(v_unused_time_from := take("unused_time_from", UNSET)) is dict:
            later["unused_time_from"] = v_unused_time_from
        elif v_unused_time_from is not UNSET:
            d["unused_time_from"] = v_unused_time_from
        if later:
            fill._later = later
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class SubscriptionSchedulePauseSchedulesPauseStatus(Model):
    """SubscriptionSchedulePauseSchedulesPauseStatus"""

    error: SubscriptionSchedulePauseSchedulesPauseStatusError | None
    type_: Literal["error", "scheduled", "succeeded"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _KEYS: ClassVar[dict[str, str]] = {
        "type_": "type",
    }
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "error": lambda v: SubscriptionSchedulePauseSchedulesPauseStatusError.from_dict(v),
    }

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> SubscriptionSchedulePauseSchedulesPauseStatus:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if type(v_error := take("error", UNSET)) is dict:
            later["error"] = v_error
        elif v_error is None:
            fill.error = v_error
        elif v_error is not UNSET:
            d["error"] = v_error
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
class SubscriptionSchedulePauseSchedulesPauseStatusError(Model):
    """SubscriptionSchedulePauseSchedulesPauseStatusError"""

    code: str | None
    message: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> SubscriptionSchedulePauseSchedulesPauseStatusError:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        if (type(v_code := take("code", UNSET)) is str) or (v_code is None):
            fill.code = v_code
        elif v_code is not UNSET:
            d["code"] = v_code
        if type(v_message := take("message", UNSET)) is str:
            fill.message = v_message
        elif v_message is not UNSET:
            d["message"] = v_message
        if d:  # what did not fit, or is not modelled (else made on first read)
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
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "settings": lambda v: SubscriptionSchedulePauseSchedulesResumeSettings.from_dict(v),
        "status": lambda v: SubscriptionSchedulePauseSchedulesResumeStatus.from_dict(v),
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> SubscriptionSchedulePauseSchedulesResume:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if type(v_resume_at := take("resume_at", UNSET)) is int:
            fill.resume_at = v_resume_at
        elif v_resume_at is not UNSET:
            d["resume_at"] = v_resume_at
        if type(v_settings := take("settings", UNSET)) is dict:
            later["settings"] = v_settings
        elif v_settings is not UNSET:
            d["settings"] = v_settings
        if type(v_status := take("status", UNSET)) is dict:
            later["status"] = v_status
        elif v_status is not UNSET:
            d["status"] = v_status
        if later:
            fill._later = later
        if d:  # what did not fit, or is not modelled (else made on first read)
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

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> SubscriptionSchedulePauseSchedulesResumeSettings:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        if type(v_billing_cycle_anchor := take("billing_cycle_anchor", UNSET)) is str:
            fill.billing_cycle_anchor = v_billing_cycle_anchor
        elif v_billing_cycle_anchor is not UNSET:
            d["billing_cycle_anchor"] = v_billing_cycle_anchor
        if type(v_payment_behavior := take("payment_behavior", UNSET)) is str:
            fill.payment_behavior = v_payment_behavior
        elif v_payment_behavior is not UNSET:
            d["payment_behavior"] = v_payment_behavior
        if type(v_proration_behavior := take("proration_behavior", UNSET)) is str:
            fill.proration_behavior = v_proration_behavior
        elif v_proration_behavior is not UNSET:
            d["proration_behavior"] = v_proration_behavior
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class SubscriptionSchedulePauseSchedulesResumeStatus(Model):
    """SubscriptionSchedulePauseSchedulesResumeStatus"""

    error: SubscriptionSchedulePauseSchedulesPauseStatusError | None
    type_: Literal["error", "pending", "requires_action", "scheduled", "succeeded"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _KEYS: ClassVar[dict[str, str]] = {
        "type_": "type",
    }
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "error": lambda v: SubscriptionSchedulePauseSchedulesPauseStatusError.from_dict(v),
    }

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> SubscriptionSchedulePauseSchedulesResumeStatus:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if type(v_error := take("error", UNSET)) is dict:
            later["error"] = v_error
        elif v_error is None:
            fill.error = v_error
        elif v_error is not UNSET:
            d["error"] = v_error
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
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "add_invoice_items": lambda v: [
            SubscriptionSchedulePhasesAddInvoiceItems.from_dict(item0) for item0 in v
        ],
        "automatic_tax": lambda v: SubscriptionAutomaticTax.from_dict(v),
        "billing_thresholds": lambda v: SubscriptionBillingThresholds.from_dict(v),
        "default_payment_method": lambda v: PaymentMethod.from_dict(v),
        "default_tax_rates": lambda v: [TaxRate.from_dict(item0) for item0 in v],
        "discounts": lambda v: [
            SubscriptionSchedulePhasesAddInvoiceItemsDiscounts.from_dict(item0) for item0 in v
        ],
        "invoice_settings": lambda v: SubscriptionSchedulePhasesInvoiceSettings.from_dict(v),
        "items": lambda v: [SubscriptionSchedulePhasesItems.from_dict(item0) for item0 in v],
        "transfer_data": lambda v: SubscriptionTransferData.from_dict(v),
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> SubscriptionSchedulePhases:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if type(v_add_invoice_items := take("add_invoice_items", UNSET)) is list and (
            not v_add_invoice_items or all(type(item0) is dict for item0 in v_add_invoice_items)
        ):
            later["add_invoice_items"] = v_add_invoice_items
        elif v_add_invoice_items is not UNSET:
            d["add_invoice_items"] = v_add_invoice_items
        if (
            type(v_application_fee_percent := take("application_fee_percent", UNSET)) is float
            or type(v_application_fee_percent) is int
        ) or (v_application_fee_percent is None):
            fill.application_fee_percent = v_application_fee_percent
        elif v_application_fee_percent is not UNSET:
            d["application_fee_percent"] = v_application_fee_percent
        if type(v_automatic_tax := take("automatic_tax", UNSET)) is dict:
            later["automatic_tax"] = v_automatic_tax
        elif v_automatic_tax is None:
            fill.automatic_tax = v_automatic_tax
        elif v_automatic_tax is not UNSET:
            d["automatic_tax"] = v_automatic_tax
        if (type(v_billing_cycle_anchor := take("billing_cycle_anchor", UNSET)) is str) or (
            v_billing_cycle_anchor is None
        ):
            fill.billing_cycle_anchor = v_billing_cycle_anchor
        elif v_billing_cycle_anchor is not UNSET:
            d["billing_cycle_anchor"] = v_billing_cycle_anchor
        if type(v_billing_thresholds := take("billing_thresholds", UNSET)) is dict:
            later["billing_thresholds"] = v_billing_thresholds
        elif v_billing_thresholds is None:
            fill.billing_thresholds = v_billing_thresholds
        elif v_billing_thresholds is not UNSET:
            d["billing_thresholds"] = v_billing_thresholds
        if (type(v_collection_method := take("collection_method", UNSET)) is str) or (
            v_collection_method is None
        ):
            fill.collection_method = v_collection_method
        elif v_collection_method is not UNSET:
            d["collection_method"] = v_collection_method
        if type(v_currency := take("currency", UNSET)) is str:
            fill.currency = v_currency
        elif v_currency is not UNSET:
            d["currency"] = v_currency
        if type(v_default_payment_method := take("default_payment_method", UNSET)) is dict:
            later["default_payment_method"] = v_default_payment_method
        elif (type(v_default_payment_method) is str) or (v_default_payment_method is None):
            fill.default_payment_method = v_default_payment_method
        elif v_default_payment_method is not UNSET:
            d["default_payment_method"] = v_default_payment_method
        if type(v_default_tax_rates := take("default_tax_rates", UNSET)) is list and (
            not v_default_tax_rates or all(type(item0) is dict for item0 in v_default_tax_rates)
        ):
            later["default_tax_rates"] = v_default_tax_rates
        elif v_default_tax_rates is None:
            fill.default_tax_rates = v_default_tax_rates
        elif v_default_tax_rates is not UNSET:
            d["default_tax_rates"] = v_default_tax_rates
        if (type(v_description := take("description", UNSET)) is str) or (v_description is None):
            fill.description = v_description
        elif v_description is not UNSET:
            d["description"] = v_description
        if type(v_discounts := take("discounts", UNSET)) is list and (
            not v_discounts or all(type(item0) is dict for item0 in v_discounts)
        ):
            later["discounts"] = v_discounts
        elif v_discounts is not UNSET:
            d["discounts"] = v_discounts
        if type(v_end_date := take("end_date", UNSET)) is int:
            fill.end_date = v_end_date
        elif v_end_date is not UNSET:
            d["end_date"] = v_end_date
        if type(v_invoice_settings := take("invoice_settings", UNSET)) is dict:
            later["invoice_settings"] = v_invoice_settings
        elif v_invoice_settings is None:
            fill.invoice_settings = v_invoice_settings
        elif v_invoice_settings is not UNSET:
            d["invoice_settings"] = v_invoice_settings
        if type(v_items := take("items", UNSET)) is list and (
            not v_items or all(type(item0) is dict for item0 in v_items)
        ):
            later["items"] = v_items
        elif v_items is not UNSET:
            d["items"] = v_items
        if (
            type(v_metadata := take("metadata", UNSET)) is dict
            and (not v_metadata or all(type(item0) is str for item0 in v_metadata.values()))
        ) or (v_metadata is None):
            fill.metadata = v_metadata
        elif v_metadata is not UNSET:
            d["metadata"] = v_metadata
        if (
            (type(v_on_behalf_of := take("on_behalf_of", UNSET)) is str)
            or (type(v_on_behalf_of) is dict)
            or (v_on_behalf_of is None)
        ):
            fill.on_behalf_of = v_on_behalf_of
        elif v_on_behalf_of is not UNSET:
            d["on_behalf_of"] = v_on_behalf_of
        if type(v_proration_behavior := take("proration_behavior", UNSET)) is str:
            fill.proration_behavior = v_proration_behavior
        elif v_proration_behavior is not UNSET:
            d["proration_behavior"] = v_proration_behavior
        if type(v_start_date := take("start_date", UNSET)) is int:
            fill.start_date = v_start_date
        elif v_start_date is not UNSET:
            d["start_date"] = v_start_date
        if type(v_transfer_data := take("transfer_data", UNSET)) is dict:
            later["transfer_data"] = v_transfer_data
        elif v_transfer_data is None:
            fill.transfer_data = v_transfer_data
        elif v_transfer_data is not UNSET:
            d["transfer_data"] = v_transfer_data
        if (type(v_trial := take("trial", UNSET)) is bool) or (v_trial is None):
            fill.trial = v_trial
        elif v_trial is not UNSET:
            d["trial"] = v_trial
        if (type(v_trial_end := take("trial_end", UNSET)) is int) or (v_trial_end is None):
            fill.trial_end = v_trial_end
        elif v_trial_end is not UNSET:
            d["trial_end"] = v_trial_end
        if later:
            fill._later = later
        if d:  # what did not fit, or is not modelled (else made on first read)
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
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "discounts": lambda v: [
            SubscriptionSchedulePhasesAddInvoiceItemsDiscounts.from_dict(item0) for item0 in v
        ],
        "period": lambda v: SubscriptionSchedulePhasesAddInvoiceItemsPeriod.from_dict(v),
        "price": lambda v: Price.from_dict(v),
        "tax_rates": lambda v: [TaxRate.from_dict(item0) for item0 in v],
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> SubscriptionSchedulePhasesAddInvoiceItems:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if (type(v_discountable := take("discountable", UNSET)) is bool) or (
            v_discountable is None
        ):
            fill.discountable = v_discountable
        elif v_discountable is not UNSET:
            d["discountable"] = v_discountable
        if type(v_discounts := take("discounts", UNSET)) is list and (
            not v_discounts or all(type(item0) is dict for item0 in v_discounts)
        ):
            later["discounts"] = v_discounts
        elif v_discounts is not UNSET:
            d["discounts"] = v_discounts
        if (
            type(v_metadata := take("metadata", UNSET)) is dict
            and (not v_metadata or all(type(item0) is str for item0 in v_metadata.values()))
        ) or (v_metadata is None):
            fill.metadata = v_metadata
        elif v_metadata is not UNSET:
            d["metadata"] = v_metadata
        if type(v_period := take("period", UNSET)) is dict:
            later["period"] = v_period
        elif v_period is not UNSET:
            d["period"] = v_period
        if type(v_price := take("price", UNSET)) is dict:
            later["price"] = v_price
        elif type(v_price) is str:
            fill.price = v_price
        elif v_price is not UNSET:
            d["price"] = v_price
        if (type(v_quantity := take("quantity", UNSET)) is int) or (v_quantity is None):
            fill.quantity = v_quantity
        elif v_quantity is not UNSET:
            d["quantity"] = v_quantity
        if type(v_tax_rates := take("tax_rates", UNSET)) is list and (
            not v_tax_rates or all(type(item0) is dict for item0 in v_tax_rates)
        ):
            later["tax_rates"] = v_tax_rates
        elif v_tax_rates is None:
            fill.tax_rates = v_tax_rates
        elif v_tax_rates is not UNSET:
            d["tax_rates"] = v_tax_rates
        if later:
            fill._later = later
        if d:  # what did not fit, or is not modelled (else made on first read)
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
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "coupon": lambda v: Coupon.from_dict(v),
        "discount": lambda v: Discount.from_dict(v),
        "promotion_code": lambda v: PromotionCode.from_dict(v),
    }

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> SubscriptionSchedulePhasesAddInvoiceItemsDiscounts:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if type(v_coupon := take("coupon", UNSET)) is dict:
            later["coupon"] = v_coupon
        elif (type(v_coupon) is str) or (v_coupon is None):
            fill.coupon = v_coupon
        elif v_coupon is not UNSET:
            d["coupon"] = v_coupon
        if type(v_discount := take("discount", UNSET)) is dict:
            later["discount"] = v_discount
        elif (type(v_discount) is str) or (v_discount is None):
            fill.discount = v_discount
        elif v_discount is not UNSET:
            d["discount"] = v_discount
        if type(v_promotion_code := take("promotion_code", UNSET)) is dict:
            later["promotion_code"] = v_promotion_code
        elif (type(v_promotion_code) is str) or (v_promotion_code is None):
            fill.promotion_code = v_promotion_code
        elif v_promotion_code is not UNSET:
            d["promotion_code"] = v_promotion_code
        if later:
            fill._later = later
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class SubscriptionSchedulePhasesAddInvoiceItemsPeriod(Model):
    """SubscriptionSchedulePhasesAddInvoiceItemsPeriod"""

    end: SubscriptionSchedulePhasesAddInvoiceItemsPeriodEnd
    start: SubscriptionSchedulePhasesAddInvoiceItemsPeriodStart
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "end": lambda v: SubscriptionSchedulePhasesAddInvoiceItemsPeriodEnd.from_dict(v),
        "start": lambda v: SubscriptionSchedulePhasesAddInvoiceItemsPeriodStart.from_dict(v),
    }

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> SubscriptionSchedulePhasesAddInvoiceItemsPeriod:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if type(v_end := take("end", UNSET)) is dict:
            later["end"] = v_end
        elif v_end is not UNSET:
            d["end"] = v_end
        if type(v_start := take("start", UNSET)) is dict:
            later["start"] = v_start
        elif v_start is not UNSET:
            d["start"] = v_start
        if later:
            fill._later = later
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class SubscriptionSchedulePhasesAddInvoiceItemsPeriodEnd(Model):
    """SubscriptionSchedulePhasesAddInvoiceItemsPeriodEnd"""

    timestamp: int | None
    type_: Literal["min_item_period_end", "phase_end", "timestamp"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _KEYS: ClassVar[dict[str, str]] = {
        "type_": "type",
    }

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> SubscriptionSchedulePhasesAddInvoiceItemsPeriodEnd:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        if (type(v_timestamp := take("timestamp", UNSET)) is int) or (v_timestamp is None):
            fill.timestamp = v_timestamp
        elif v_timestamp is not UNSET:
            d["timestamp"] = v_timestamp
        if type(v_type_ := take("type", UNSET)) is str:
            fill.type_ = v_type_
        elif v_type_ is not UNSET:
            d["type"] = v_type_
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class SubscriptionSchedulePhasesAddInvoiceItemsPeriodStart(Model):
    """SubscriptionSchedulePhasesAddInvoiceItemsPeriodStart"""

    timestamp: int | None
    type_: Literal["max_item_period_start", "phase_start", "timestamp"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _KEYS: ClassVar[dict[str, str]] = {
        "type_": "type",
    }

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> SubscriptionSchedulePhasesAddInvoiceItemsPeriodStart:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        if (type(v_timestamp := take("timestamp", UNSET)) is int) or (v_timestamp is None):
            fill.timestamp = v_timestamp
        elif v_timestamp is not UNSET:
            d["timestamp"] = v_timestamp
        if type(v_type_ := take("type", UNSET)) is str:
            fill.type_ = v_type_
        elif v_type_ is not UNSET:
            d["type"] = v_type_
        if d:  # what did not fit, or is not modelled (else made on first read)
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
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "account_tax_ids": lambda v: [
            (TaxId.from_dict(item0) if type(item0) is dict else item0) for item0 in v
        ],
        "custom_fields": lambda v: [InvoiceSettingCustomField.from_dict(item0) for item0 in v],
        "issuer": lambda v: ConnectAccountReference.from_dict(v),
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> SubscriptionSchedulePhasesInvoiceSettings:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if type(v_account_tax_ids := take("account_tax_ids", UNSET)) is list and (
            not v_account_tax_ids
            or all((type(item0) is dict) or (type(item0) is str) for item0 in v_account_tax_ids)
        ):
            later["account_tax_ids"] = v_account_tax_ids
        elif v_account_tax_ids is None:
            fill.account_tax_ids = v_account_tax_ids
        elif v_account_tax_ids is not UNSET:
            d["account_tax_ids"] = v_account_tax_ids
        if type(v_custom_fields := take("custom_fields", UNSET)) is list and (
            not v_custom_fields or all(type(item0) is dict for item0 in v_custom_fields)
        ):
            later["custom_fields"] = v_custom_fields
        elif v_custom_fields is None:
            fill.custom_fields = v_custom_fields
        elif v_custom_fields is not UNSET:
            d["custom_fields"] = v_custom_fields
        if (type(v_days_until_due := take("days_until_due", UNSET)) is int) or (
            v_days_until_due is None
        ):
            fill.days_until_due = v_days_until_due
        elif v_days_until_due is not UNSET:
            d["days_until_due"] = v_days_until_due
        if (type(v_description := take("description", UNSET)) is str) or (v_description is None):
            fill.description = v_description
        elif v_description is not UNSET:
            d["description"] = v_description
        if (type(v_footer := take("footer", UNSET)) is str) or (v_footer is None):
            fill.footer = v_footer
        elif v_footer is not UNSET:
            d["footer"] = v_footer
        if type(v_issuer := take("issuer", UNSET)) is dict:
            later["issuer"] = v_issuer
        elif v_issuer is None:
            fill.issuer = v_issuer
        elif v_issuer is not UNSET:
            d["issuer"] = v_issuer
        if later:
            fill._later = later
        if d:  # what did not fit, or is not modelled (else made on first read)
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
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "billing_thresholds": lambda v: SubscriptionItemBillingThresholds.from_dict(v),
        "discounts": lambda v: [
            SubscriptionSchedulePhasesAddInvoiceItemsDiscounts.from_dict(item0) for item0 in v
        ],
        "plan": lambda v: Plan.from_dict(v),
        "price": lambda v: Price.from_dict(v),
        "tax_rates": lambda v: [TaxRate.from_dict(item0) for item0 in v],
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> SubscriptionSchedulePhasesItems:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if type(v_billing_thresholds := take("billing_thresholds", UNSET)) is dict:
            later["billing_thresholds"] = v_billing_thresholds
        elif v_billing_thresholds is None:
            fill.billing_thresholds = v_billing_thresholds
        elif v_billing_thresholds is not UNSET:
            d["billing_thresholds"] = v_billing_thresholds
        if type(v_discounts := take("discounts", UNSET)) is list and (
            not v_discounts or all(type(item0) is dict for item0 in v_discounts)
        ):
            later["discounts"] = v_discounts
        elif v_discounts is not UNSET:
            d["discounts"] = v_discounts
        if (
            type(v_metadata := take("metadata", UNSET)) is dict
            and (not v_metadata or all(type(item0) is str for item0 in v_metadata.values()))
        ) or (v_metadata is None):
            fill.metadata = v_metadata
        elif v_metadata is not UNSET:
            d["metadata"] = v_metadata
        if type(v_plan := take("plan", UNSET)) is dict:
            later["plan"] = v_plan
        elif type(v_plan) is str:
            fill.plan = v_plan
        elif v_plan is not UNSET:
            d["plan"] = v_plan
        if type(v_price := take("price", UNSET)) is dict:
            later["price"] = v_price
        elif type(v_price) is str:
            fill.price = v_price
        elif v_price is not UNSET:
            d["price"] = v_price
        if (type(v_quantity := take("quantity", UNSET)) is int) or (v_quantity is None):
            fill.quantity = v_quantity
        elif v_quantity is not UNSET:
            d["quantity"] = v_quantity
        if type(v_tax_rates := take("tax_rates", UNSET)) is list and (
            not v_tax_rates or all(type(item0) is dict for item0 in v_tax_rates)
        ):
            later["tax_rates"] = v_tax_rates
        elif v_tax_rates is None:
            fill.tax_rates = v_tax_rates
        elif v_tax_rates is not UNSET:
            d["tax_rates"] = v_tax_rates
        if later:
            fill._later = later
        if d:  # what did not fit, or is not modelled (else made on first read)
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
