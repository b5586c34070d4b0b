"""Response models: subscription (generated; do not edit).

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
from ..._core.types import UNSET, Unset
from ..enums import CardNetwork, PaymentMethodType

SubscriptionStatus = Literal[
    "active",
    "canceled",
    "incomplete",
    "incomplete_expired",
    "past_due",
    "paused",
    "trialing",
    "unpaid",
]


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class DeletedSubscriptionItem(Model):
    """Returned when a subscription item has been removed."""

    deleted: Literal[True]
    """Always true: the object has been deleted."""
    id: str
    """Id of the deleted object."""
    object_: Literal["subscription_item"]
    """Object type, always `subscription_item`."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _KEYS: ClassVar[dict[str, str]] = {
        "object_": "object",
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> DeletedSubscriptionItem:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        v_deleted = take("deleted", UNSET)
        if v_deleted is UNSET:
            pass
        elif v_deleted is True:
            fill.deleted = v_deleted
        else:
            d["deleted"] = v_deleted
        if type(v_id := take("id", UNSET)) is str:
            fill.id = v_id
        elif v_id is not UNSET:
            d["id"] = v_id
        if type(v_object_ := take("object", UNSET)) is str:
            fill.object_ = v_object_
        elif v_object_ is not UNSET:
            d["object"] = v_object_
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PaymentSettingsPaymentMethodOptionsCardMandateOptions(Model):
    """PaymentSettingsPaymentMethodOptionsCardMandateOptions"""

    amount: int | None
    amount_type: Literal["fixed", "maximum"] | None
    description: str | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> PaymentSettingsPaymentMethodOptionsCardMandateOptions:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        if (type(v_amount := take("amount", UNSET)) is int) or (v_amount is None):
            fill.amount = v_amount
        elif v_amount is not UNSET:
            d["amount"] = v_amount
        if (type(v_amount_type := take("amount_type", UNSET)) is str) or (v_amount_type is None):
            fill.amount_type = v_amount_type
        elif v_amount_type is not UNSET:
            d["amount_type"] = v_amount_type
        if (type(v_description := take("description", UNSET)) is str) or (v_description is None):
            fill.description = v_description
        elif v_description is not UNSET:
            d["description"] = v_description
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PaymentSettingsPaymentMethodOptionsPixMandateOptions(Model):
    """PaymentSettingsPaymentMethodOptionsPixMandateOptions"""

    amount: int | None
    amount_includes_iof: Literal["always", "never"] | None
    end_date: str | None
    payment_schedule: Literal["halfyearly", "monthly", "quarterly", "weekly", "yearly"] | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> PaymentSettingsPaymentMethodOptionsPixMandateOptions:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        if (type(v_amount := take("amount", UNSET)) is int) or (v_amount is None):
            fill.amount = v_amount
        elif v_amount is not UNSET:
            d["amount"] = v_amount
        if (type(v_amount_includes_iof := take("amount_includes_iof", UNSET)) is str) or (
            v_amount_includes_iof is None
        ):
            fill.amount_includes_iof = v_amount_includes_iof
        elif v_amount_includes_iof is not UNSET:
            d["amount_includes_iof"] = v_amount_includes_iof
        if (type(v_end_date := take("end_date", UNSET)) is str) or (v_end_date is None):
            fill.end_date = v_end_date
        elif v_end_date is not UNSET:
            d["end_date"] = v_end_date
        if (type(v_payment_schedule := take("payment_schedule", UNSET)) is str) or (
            v_payment_schedule is None
        ):
            fill.payment_schedule = v_payment_schedule
        elif v_payment_schedule is not UNSET:
            d["payment_schedule"] = v_payment_schedule
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class Subscription(Model):
    """A customer's subscription: prices billed every period, with the invoices it generates."""

    application: str | dict[str, Any] | None
    """Connect application that created the subscription, if any (an id unless expanded)."""
    application_fee_percent: float | None
    """Share of each invoice total, in percent, that goes to the Connect platform."""
    automatic_tax: SubscriptionAutomaticTax
    """Whether Stripe computes tax on the subscription's invoices, and who is liable for it."""
    billing_cycle_anchor: int
    """Unix timestamp the billing periods are aligned to."""
    billing_cycle_anchor_config: SubscriptionBillingCycleAnchorConfig | None
    """Day of the month (and time of day) the billing periods are aligned to, instead of a timestamp."""
    billing_mode: SubscriptionBillingMode
    """How prorations and invoices are computed: `classic` or `flexible`."""
    billing_schedules: list[SubscriptionBillingSchedules]
    """Schedules billing several service periods ahead."""
    billing_thresholds: SubscriptionBillingThresholds | None
    """Usage amount or time at which an invoice is cut before the period ends."""
    cancel_at: int | None
    """Unix timestamp at which the subscription is set to end."""
    cancel_at_period_end: bool
    """Whether the subscription ends when the current period does."""
    canceled_at: int | None
    """Unix timestamp when the subscription was canceled, or asked to be."""
    cancellation_details: SubscriptionCancellationDetails | None
    """Why the subscription was canceled, with the customer's feedback and comment."""
    collection_method: Literal["charge_automatically", "send_invoice"]
    """How the invoices are collected: `charge_automatically` or `send_invoice` (emailed, paid by the customer)."""
    created: int
    """Unix timestamp in seconds when the object was created."""
    currency: str
    """Three-letter lowercase ISO currency code the subscription bills in."""
    customer: Customer | str
    """The billed customer (an id unless expanded)."""
    customer_account: str | None
    """Id of the Account object that stands for the billed customer."""
    days_until_due: int | None
    """Days between an invoice's finalization and its due date, for `send_invoice` collection."""
    default_payment_method: PaymentMethod | str | None
    """Payment method charged for the invoices, ahead of the customer's default (an id unless expanded)."""
    default_source: str | dict[str, Any] | None
    """Legacy source charged for the invoices when there is no default payment method (an id unless expanded)."""
    default_tax_rates: list[TaxRate] | None
    """Tax rates applied to every item without rates of its own."""
    description: str | None
    """Text shown to the customer, for example on the invoices."""
    discounts: list[Discount | str]
    """Discounts applied to the whole subscription (ids unless expanded)."""
    ended_at: int | None
    """Unix timestamp when the subscription ended, if it has."""
    id: str
    """Unique id of the object."""
    invoice_settings: SubscriptionInvoiceSettings
    """Settings copied onto every invoice: account tax ids and the issuer."""
    items: SubscriptionItems
    """The subscription's items: what it bills, with quantities."""
    latest_invoice: Invoice | str | None
    """The most recent invoice this subscription generated (an id unless expanded)."""
    livemode: bool
    """True for an object in live mode, false for one in test mode."""
    managed_payments: SubscriptionManagedPayments | None
    """Settings for payments managed by Stripe on the merchant's behalf."""
    metadata: dict[str, str]
    """Your own key-value pairs stored on the object."""
    next_pending_invoice_item_invoice: int | None
    """Unix timestamp when pending invoice items are next invoiced, if an interval is set."""
    object_: Literal["subscription"]
    """Object type, always `subscription`."""
    on_behalf_of: str | dict[str, Any] | None
    """Connected account the charges are made on behalf of (an id unless expanded)."""
    pause_collection: SubscriptionPauseCollection | None
    """While set, invoices are drafted, voided or left uncollectible as `behavior` says; an empty string resumes collection."""
    payment_settings: SubscriptionPaymentSettings | None
    """Payment method types and options for the subscription's invoices."""
    pending_invoice_item_interval: SubscriptionPendingInvoiceItemInterval | None
    """How often pending invoice items are invoiced between periods."""
    pending_setup_intent: SetupIntent | str | None
    """SetupIntent collecting a payment method for later charges (an id unless expanded)."""
    pending_update: SubscriptionPendingUpdate | None
    """Changes waiting for a payment to succeed before they apply."""
    presentment_details: SubscriptionPresentmentDetails | None
    """Currency the customer sees when that differs from the settlement currency."""
    schedule: str | SubscriptionSchedule | None
    """Subscription schedule that manages this subscription (an id unless expanded)."""
    start_date: int
    """Unix timestamp when the subscription began; can precede its creation when backdated."""
    status: SubscriptionStatus
    """Where the subscription is in its life: `incomplete`, `trialing`, `active`, `past_due`, `unpaid`, `paused` or `canceled`."""
    status_details: SubscriptionStatusDetails | None
    """More about the current status."""
    test_clock: str | TestClock | None
    """Test clock the subscription's time follows (an id unless expanded)."""
    transfer_data: SubscriptionTransferData | None
    """Connected account that receives part of each invoice's payment."""
    trial_end: int | None
    """Unix timestamp when the trial ends, or `now` to end it at once."""
    trial_settings: SubscriptionTrialSettings | None
    """What happens when the trial ends without a payment method."""
    trial_start: int | None
    """Unix timestamp when the trial began."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _KEYS: ClassVar[dict[str, str]] = {
        "object_": "object",
    }
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "automatic_tax": lambda v: SubscriptionAutomaticTax.from_dict(v),
        "billing_cycle_anchor_config": lambda v: SubscriptionBillingCycleAnchorConfig.from_dict(v),
        "billing_mode": lambda v: SubscriptionBillingMode.from_dict(v),
        "billing_schedules": lambda v: [
            SubscriptionBillingSchedules.from_dict(item0) for item0 in v
        ],
        "billing_thresholds": lambda v: SubscriptionBillingThresholds.from_dict(v),
        "cancellation_details": lambda v: SubscriptionCancellationDetails.from_dict(v),
        "customer": lambda v: Customer.from_dict(v),
        "default_payment_method": lambda v: PaymentMethod.from_dict(v),
        "default_tax_rates": lambda v: [TaxRate.from_dict(item0) for item0 in v],
        "discounts": lambda v: [
            (Discount.from_dict(item0) if type(item0) is dict else item0) for item0 in v
        ],
        "invoice_settings": lambda v: SubscriptionInvoiceSettings.from_dict(v),
        "items": lambda v: SubscriptionItems.from_dict(v),
        "latest_invoice": lambda v: Invoice.from_dict(v),
        "managed_payments": lambda v: SubscriptionManagedPayments.from_dict(v),
        "pause_collection": lambda v: SubscriptionPauseCollection.from_dict(v),
        "payment_settings": lambda v: SubscriptionPaymentSettings.from_dict(v),
        "pending_invoice_item_interval": lambda v: SubscriptionPendingInvoiceItemInterval.from_dict(
            v
        ),
        "pending_setup_intent": lambda v: SetupIntent.from_dict(v),
        "pending_update": lambda v: SubscriptionPendingUpdate.from_dict(v),
        "presentment_details": lambda v: SubscriptionPresentmentDetails.from_dict(v),
        "schedule": lambda v: SubscriptionSchedule.from_dict(v),
        "status_details": lambda v: SubscriptionStatusDetails.from_dict(v),
        "test_clock": lambda v: TestClock.from_dict(v),
        "transfer_data": lambda v: SubscriptionTransferData.from_dict(v),
        "trial_settings": lambda v: SubscriptionTrialSettings.from_dict(v),
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Subscription:
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
        if (
            type(v_application_fee_percent := take("application_fee_percent", UNSET)) is float
            or type(v_application_fee_percent) is int
        ) or (v_application_fee_percent is None):
            fill.application_fee_percent = v_application_fee_percent
        elif v_application_fee_percent is not UNSET:
            d["application_fee_percent"] = v_application_fee_percent
        if type(v_automatic_tax := take("automatic_tax", UNSET)) is dict:
            later["automatic_tax"] = v_automatic_tax
        elif v_automatic_tax is not UNSET:
            d["automatic_tax"] = v_automatic_tax
        if type(v_billing_cycle_anchor := take("billing_cycle_anchor", UNSET)) is int:
            fill.billing_cycle_anchor = v_billing_cycle_anchor
        elif v_billing_cycle_anchor is not UNSET:
            d["billing_cycle_anchor"] = v_billing_cycle_anchor
        if (
            type(v_billing_cycle_anchor_config := take("billing_cycle_anchor_config", UNSET))
            is dict
        ):
            later["billing_cycle_anchor_config"] = v_billing_cycle_anchor_config
        elif v_billing_cycle_anchor_config is None:
            fill.billing_cycle_anchor_config = v_billing_cycle_anchor_config
        elif v_billing_cycle_anchor_config is not UNSET:
            d["billing_cycle_anchor_config"] = v_billing_cycle_anchor_config
        if type(v_billing_mode := take("billing_mode", UNSET)) is dict:
            later["billing_mode"] = v_billing_mode
        elif v_billing_mode is not UNSET:
            d["billing_mode"] = v_billing_mode
        if type(v_billing_schedules := take("billing_schedules", UNSET)) is list and (
            not v_billing_schedules or all(type(item0) is dict for item0 in v_billing_schedules)
        ):
            later["billing_schedules"] = v_billing_schedules
        elif v_billing_schedules is not UNSET:
            d["billing_schedules"] = v_billing_schedules
        if type(v_billing_thresholds := take("billing_thresholds", UNSET)) is dict:
            later["billing_thresholds"] = v_billing_thresholds
        elif v_billing_thresholds is None:
            fill.billing_thresholds = v_billing_thresholds
        elif v_billing_thresholds is not UNSET:
            d["billing_thresholds"] = v_billing_thresholds
        if (type(v_cancel_at := take("cancel_at", UNSET)) is int) or (v_cancel_at is None):
            fill.cancel_at = v_cancel_at
        elif v_cancel_at is not UNSET:
            d["cancel_at"] = v_cancel_at
        if type(v_cancel_at_period_end := take("cancel_at_period_end", UNSET)) is bool:
            fill.cancel_at_period_end = v_cancel_at_period_end
        elif v_cancel_at_period_end is not UNSET:
            d["cancel_at_period_end"] = v_cancel_at_period_end
        if (type(v_canceled_at := take("canceled_at", UNSET)) is int) or (v_canceled_at is None):
            fill.canceled_at = v_canceled_at
        elif v_canceled_at is not UNSET:
            d["canceled_at"] = v_canceled_at
        if type(v_cancellation_details := take("cancellation_details", UNSET)) is dict:
            later["cancellation_details"] = v_cancellation_details
        elif v_cancellation_details is None:
            fill.cancellation_details = v_cancellation_details
        elif v_cancellation_details is not UNSET:
            d["cancellation_details"] = v_cancellation_details
        if type(v_collection_method := take("collection_method", UNSET)) is str:
            fill.collection_method = v_collection_method
        elif v_collection_method is not UNSET:
            d["collection_method"] = v_collection_method
        if type(v_created := take("created", UNSET)) is int:
            fill.created = v_created
        elif v_created is not UNSET:
            d["created"] = v_created
        if type(v_currency := take("currency", UNSET)) is str:
            fill.currency = v_currency
        elif v_currency is not UNSET:
            d["currency"] = v_currency
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
        if (type(v_days_until_due := take("days_until_due", UNSET)) is int) or (
            v_days_until_due is None
        ):
            fill.days_until_due = v_days_until_due
        elif v_days_until_due is not UNSET:
            d["days_until_due"] = v_days_until_due
        if type(v_default_payment_method := take("default_payment_method", UNSET)) is dict:
            later["default_payment_method"] = v_default_payment_method
        elif (type(v_default_payment_method) is str) or (v_default_payment_method is None):
            fill.default_payment_method = v_default_payment_method
        elif v_default_payment_method is not UNSET:
            d["default_payment_method"] = v_default_payment_method
        if (
            (type(v_default_source := take("default_source", UNSET)) is str)
            or (type(v_default_source) is dict)
            or (v_default_source is None)
        ):
            fill.default_source = v_default_source
        elif v_default_source is not UNSET:
            d["default_source"] = v_default_source
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
            not v_discounts
            or all((type(item0) is dict) or (type(item0) is str) for item0 in v_discounts)
        ):
            later["discounts"] = v_discounts
        elif v_discounts is not UNSET:
            d["discounts"] = v_discounts
        if (type(v_ended_at := take("ended_at", UNSET)) is int) or (v_ended_at is None):
            fill.ended_at = v_ended_at
        elif v_ended_at is not UNSET:
            d["ended_at"] = v_ended_at
        if type(v_id := take("id", UNSET)) is str:
            fill.id = v_id
        elif v_id is not UNSET:
            d["id"] = v_id
        if type(v_invoice_settings := take("invoice_settings", UNSET)) is dict:
            later["invoice_settings"] = v_invoice_settings
        elif v_invoice_settings is not UNSET:
            d["invoice_settings"] = v_invoice_settings
        if type(v_items := take("items", UNSET)) is dict:
            later["items"] = v_items
        elif v_items is not UNSET:
            d["items"] = v_items
        if type(v_latest_invoice := take("latest_invoice", UNSET)) is dict:
            later["latest_invoice"] = v_latest_invoice
        elif (type(v_latest_invoice) is str) or (v_latest_invoice is None):
            fill.latest_invoice = v_latest_invoice
        elif v_latest_invoice is not UNSET:
            d["latest_invoice"] = v_latest_invoice
        if type(v_livemode := take("livemode", UNSET)) is bool:
            fill.livemode = v_livemode
        elif v_livemode is not UNSET:
            d["livemode"] = v_livemode
        if type(v_managed_payments := take("managed_payments", UNSET)) is dict:
            later["managed_payments"] = v_managed_payments
        elif v_managed_payments is None:
            fill.managed_payments = v_managed_payments
        elif v_managed_payments is not UNSET:
            d["managed_payments"] = v_managed_payments
        if type(v_metadata := take("metadata", UNSET)) is dict and (
            not v_metadata or all(type(item0) is str for item0 in v_metadata.values())
        ):
            fill.metadata = v_metadata
        elif v_metadata is not UNSET:
            d["metadata"] = v_metadata
        if (
            type(
                v_next_pending_invoice_item_invoice := take(
                    "next_pending_invoice_item_invoice", UNSET
                )
            )
            is int
        ) or (v_next_pending_invoice_item_invoice is None):
            fill.next_pending_invoice_item_invoice = v_next_pending_invoice_item_invoice
        elif v_next_pending_invoice_item_invoice is not UNSET:
            d["next_pending_invoice_item_invoice"] = v_next_pending_invoice_item_invoice
        if type(v_object_ := take("object", UNSET)) is str:
            fill.object_ = v_object_
        elif v_object_ is not UNSET:
            d["object"] = v_object_
        if (
            (type(v_on_behalf_of := take("on_behalf_of", UNSET)) is str)
            or (type(v_on_behalf_of) is dict)
            or (v_on_behalf_of is None)
        ):
            fill.on_behalf_of = v_on_behalf_of
        elif v_on_behalf_of is not UNSET:
            d["on_behalf_of"] = v_on_behalf_of
        if type(v_pause_collection := take("pause_collection", UNSET)) is dict:
            later["pause_collection"] = v_pause_collection
        elif v_pause_collection is None:
            fill.pause_collection = v_pause_collection
        elif v_pause_collection is not UNSET:
            d["pause_collection"] = v_pause_collection
        if type(v_payment_settings := take("payment_settings", UNSET)) is dict:
            later["payment_settings"] = v_payment_settings
        elif v_payment_settings is None:
            fill.payment_settings = v_payment_settings
        elif v_payment_settings is not UNSET:
            d["payment_settings"] = v_payment_settings
        if (
            type(v_pending_invoice_item_interval := take("pending_invoice_item_interval", UNSET))
            is dict
        ):
            later["pending_invoice_item_interval"] = v_pending_invoice_item_interval
        elif v_pending_invoice_item_interval is None:
            fill.pending_invoice_item_interval = v_pending_invoice_item_interval
        elif v_pending_invoice_item_interval is not UNSET:
            d["pending_invoice_item_interval"] = v_pending_invoice_item_interval
        if type(v_pending_setup_intent := take("pending_setup_intent", UNSET)) is dict:
            later["pending_setup_intent"] = v_pending_setup_intent
        elif (type(v_pending_setup_intent) is str) or (v_pending_setup_intent is None):
            fill.pending_setup_intent = v_pending_setup_intent
        elif v_pending_setup_intent is not UNSET:
            d["pending_setup_intent"] = v_pending_setup_intent
        if type(v_pending_update := take("pending_update", UNSET)) is dict:
            later["pending_update"] = v_pending_update
        elif v_pending_update is None:
            fill.pending_update = v_pending_update
        elif v_pending_update is not UNSET:
            d["pending_update"] = v_pending_update
        if type(v_presentment_details := take("presentment_details", UNSET)) is dict:
            later["presentment_details"] = v_presentment_details
        elif v_presentment_details is None:
            fill.presentment_details = v_presentment_details
        elif v_presentment_details is not UNSET:
            d["presentment_details"] = v_presentment_details
        if type(v_schedule := take("schedule", UNSET)) is dict:
            later["schedule"] = v_schedule
        elif (type(v_schedule) is str) or (v_schedule is None):
            fill.schedule = v_schedule
        elif v_schedule is not UNSET:
            d["schedule"] = v_schedule
        if type(v_start_date := take("start_date", UNSET)) is int:
            fill.start_date = v_start_date
        elif v_start_date is not UNSET:
            d["start_date"] = v_start_date
        if type(v_status := take("status", UNSET)) is str:
            fill.status = v_status
        elif v_status is not UNSET:
            d["status"] = v_status
        if type(v_status_details := take("status_details", UNSET)) is dict:
            later["status_details"] = v_status_details
        elif v_status_details is None:
            fill.status_details = v_status_details
        elif v_status_details is not UNSET:
            d["status_details"] = v_status_details
        if type(v_test_clock := take("test_clock", UNSET)) is dict:
            later["test_clock"] = v_test_clock
        elif (type(v_test_clock) is str) or (v_test_clock is None):
            fill.test_clock = v_test_clock
        elif v_test_clock is not UNSET:
            d["test_clock"] = v_test_clock
        if type(v_transfer_data := take("transfer_data", UNSET)) is dict:
            later["transfer_data"] = v_transfer_data
        elif v_transfer_data is None:
            fill.transfer_data = v_transfer_data
        elif v_transfer_data is not UNSET:
            d["transfer_data"] = v_transfer_data
        if (type(v_trial_end := take("trial_end", UNSET)) is int) or (v_trial_end is None):
            fill.trial_end = v_trial_end
        elif v_trial_end is not UNSET:
            d["trial_end"] = v_trial_end
        if type(v_trial_settings := take("trial_settings", UNSET)) is dict:
            later["trial_settings"] = v_trial_settings
        elif v_trial_settings is None:
            fill.trial_settings = v_trial_settings
        elif v_trial_settings is not UNSET:
            d["trial_settings"] = v_trial_settings
        if (type(v_trial_start := take("trial_start", UNSET)) is int) or (v_trial_start is None):
            fill.trial_start = v_trial_start
        elif v_trial_start is not UNSET:
            d["trial_start"] = v_trial_start
        if later:
            fill._later = later
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class SubscriptionBillingCycleAnchorConfig(Model):
    """SubscriptionBillingCycleAnchorConfig"""

    day_of_month: int
    hour: int | None
    minute: int | None
    month: int | None
    second: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> SubscriptionBillingCycleAnchorConfig:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        if type(v_day_of_month := take("day_of_month", UNSET)) is int:
            fill.day_of_month = v_day_of_month
        elif v_day_of_month is not UNSET:
            d["day_of_month"] = v_day_of_month
        if (type(v_hour := take("hour", UNSET)) is int) or (v_hour is None):
            fill.hour = v_hour
        elif v_hour is not UNSET:
            d["hour"] = v_hour
        if (type(v_minute := take("minute", UNSET)) is int) or (v_minute is None):
            fill.minute = v_minute
        elif v_minute is not UNSET:
            d["minute"] = v_minute
        if (type(v_month := take("month", UNSET)) is int) or (v_month is None):
            fill.month = v_month
        elif v_month is not UNSET:
            d["month"] = v_month
        if (type(v_second := take("second", UNSET)) is int) or (v_second is None):
            fill.second = v_second
        elif v_second is not UNSET:
            d["second"] = v_second
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class SubscriptionBillingSchedules(Model):
    """SubscriptionBillingSchedules"""

    applies_to: list[SubscriptionBillingSchedulesAppliesTo] | None
    bill_until: SubscriptionBillingSchedulesBillUntil
    key: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "applies_to": lambda v: [
            SubscriptionBillingSchedulesAppliesTo.from_dict(item0) for item0 in v
        ],
        "bill_until": lambda v: SubscriptionBillingSchedulesBillUntil.from_dict(v),
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> SubscriptionBillingSchedules:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if type(v_applies_to := take("applies_to", UNSET)) is list and (
            not v_applies_to or all(type(item0) is dict for item0 in v_applies_to)
        ):
            later["applies_to"] = v_applies_to
        elif v_applies_to is None:
            fill.applies_to = v_applies_to
        elif v_applies_to is not UNSET:
            d["applies_to"] = v_applies_to
        if type(v_bill_until := take("bill_until", UNSET)) is dict:
            later["bill_until"] = v_bill_until
        elif v_bill_until is not UNSET:
            d["bill_until"] = v_bill_until
        if type(v_key := take("key", UNSET)) is str:
            fill.key = v_key
        elif v_key is not UNSET:
            d["key"] = v_key
        if later:
            fill._later = later
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class SubscriptionBillingSchedulesAppliesTo(Model):
    """SubscriptionBillingSchedulesAppliesTo"""

    price: Price | str | None
    type_: Literal["price"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _KEYS: ClassVar[dict[str, str]] = {
        "type_": "type",
    }
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "price": lambda v: Price.from_dict(v),
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> SubscriptionBillingSchedulesAppliesTo:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if type(v_price := take("price", UNSET)) is dict:
            later["price"] = v_price
        elif (type(v_price) is str) or (v_price is None):
            fill.price = v_price
        elif v_price is not UNSET:
            d["price"] = v_price
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
class SubscriptionBillingSchedulesBillUntil(Model):
    """SubscriptionBillingSchedulesBillUntil"""

    computed_timestamp: int
    duration: SubscriptionBillingSchedulesBillUntilDuration | None
    timestamp: int | None
    type_: Literal["duration", "timestamp"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _KEYS: ClassVar[dict[str, str]] = {
        "type_": "type",
    }
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "duration": lambda v: SubscriptionBillingSchedulesBillUntilDuration.from_dict(v),
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> SubscriptionBillingSchedulesBillUntil:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if type(v_computed_timestamp := take("computed_timestamp", UNSET)) is int:
            fill.computed_timestamp = v_computed_timestamp
        elif v_computed_timestamp is not UNSET:
            d["computed_timestamp"] = v_computed_timestamp
        if type(v_duration := take("duration", UNSET)) is dict:
            later["duration"] = v_duration
        elif v_duration is None:
            fill.duration = v_duration
        elif v_duration is not UNSET:
            d["duration"] = v_duration
        if (type(v_timestamp := take("timestamp", UNSET)) is int) or (v_timestamp is None):
            fill.timestamp = v_timestamp
        elif v_timestamp is not UNSET:
            d["timestamp"] = v_timestamp
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
class SubscriptionBillingSchedulesBillUntilDuration(Model):
    """SubscriptionBillingSchedulesBillUntilDuration"""

    interval: Literal["day", "month", "week", "year"]
    interval_count: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> SubscriptionBillingSchedulesBillUntilDuration:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        if type(v_interval := take("interval", UNSET)) is str:
            fill.interval = v_interval
        elif v_interval is not UNSET:
            d["interval"] = v_interval
        if (type(v_interval_count := take("interval_count", UNSET)) is int) or (
            v_interval_count is None
        ):
            fill.interval_count = v_interval_count
        elif v_interval_count is not UNSET:
            d["interval_count"] = v_interval_count
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class SubscriptionCancellationDetails(Model):
    """SubscriptionCancellationDetails"""

    comment: str | None
    feedback: (
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
        | None
    )
    feedback_option: str | dict[str, Any] | None
    reason: (
        Literal[
            "canceled_by_retention_policy",
            "cancellation_requested",
            "payment_disputed",
            "payment_failed",
        ]
        | None
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> SubscriptionCancellationDetails:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        if (type(v_comment := take("comment", UNSET)) is str) or (v_comment is None):
            fill.comment = v_comment
        elif v_comment is not UNSET:
            d["comment"] = v_comment
        if (type(v_feedback := take("feedback", UNSET)) is str) or (v_feedback is None):
            fill.feedback = v_feedback
        elif v_feedback is not UNSET:
            d["feedback"] = v_feedback
        if (
            (type(v_feedback_option := take("feedback_option", UNSET)) is str)
            or (type(v_feedback_option) is dict)
            or (v_feedback_option is None)
        ):
            fill.feedback_option = v_feedback_option
        elif v_feedback_option is not UNSET:
            d["feedback_option"] = v_feedback_option
        if (type(v_reason := take("reason", UNSET)) is str) or (v_reason is None):
            fill.reason = v_reason
        elif v_reason is not UNSET:
            d["reason"] = v_reason
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class SubscriptionInvoiceSettings(Model):
    """SubscriptionInvoiceSettings"""

    account_tax_ids: list[str | TaxId] | None
    custom_fields: list[InvoiceSettingCustomField] | None
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
    def from_dict(cls, src_dict: Mapping[str, Any]) -> SubscriptionInvoiceSettings:
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
class SubscriptionItem(Model):
    """One price on a subscription, with its quantity and current period."""

    billed_until: int | None
    """Unix timestamp up to which the item has been billed ahead."""
    billing_thresholds: SubscriptionItemBillingThresholds | None
    """Usage at which an invoice is cut for this item before the period ends."""
    created: int
    """Unix timestamp in seconds when the object was created."""
    current_period_end: int
    """Unix timestamp when the item's current billing period ends."""
    current_period_start: int
    """Unix timestamp when the item's current billing period began."""
    current_trial: SubscriptionItemCurrentTrial | None
    """Trial that applies to this item alone."""
    discounts: list[Discount | str]
    """Discounts applied to this item only (ids unless expanded)."""
    id: str
    """Unique id of the object."""
    metadata: dict[str, str]
    """Your own key-value pairs stored on the object."""
    object_: Literal["subscription_item"]
    """Object type, always `subscription_item`."""
    plan: Plan
    """The legacy plan the item bills, mirroring its price."""
    price: Price
    """The price the item bills."""
    quantity: int | None
    """How many units of the price are billed."""
    subscription: str
    """Id of the subscription the item belongs to."""
    tax_rates: list[TaxRate] | None
    """Tax rates applied to this item, in place of the subscription's defaults."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _KEYS: ClassVar[dict[str, str]] = {
        "object_": "object",
    }
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "billing_thresholds": lambda v: SubscriptionItemBillingThresholds.from_dict(v),
        "current_trial": lambda v: SubscriptionItemCurrentTrial.from_dict(v),
        "discounts": lambda v: [
            (Discount.from_dict(item0) if type(item0) is dict else item0) for item0 in v
        ],
        "plan": lambda v: Plan.from_dict(v),
        "price": lambda v: Price.from_dict(v),
        "tax_rates": lambda v: [TaxRate.from_dict(item0) for item0 in v],
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> SubscriptionItem:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if (type(v_billed_until := take("billed_until", UNSET)) is int) or (v_billed_until is None):
            fill.billed_until = v_billed_until
        elif v_billed_until is not UNSET:
            d["billed_until"] = v_billed_until
        if type(v_billing_thresholds := take("billing_thresholds", UNSET)) is dict:
            later["billing_thresholds"] = v_billing_thresholds
        elif v_billing_thresholds is None:
            fill.billing_thresholds = v_billing_thresholds
        elif v_billing_thresholds is not UNSET:
            d["billing_thresholds"] = v_billing_thresholds
        if type(v_created := take("created", UNSET)) is int:
            fill.created = v_created
        elif v_created is not UNSET:
            d["created"] = v_created
        if type(v_current_period_end := take("current_period_end", UNSET)) is int:
            fill.current_period_end = v_current_period_end
        elif v_current_period_end is not UNSET:
            d["current_period_end"] = v_current_period_end
        if type(v_current_period_start := take("current_period_start", UNSET)) is int:
            fill.current_period_start = v_current_period_start
        elif v_current_period_start is not UNSET:
            d["current_period_start"] = v_current_period_start
        if type(v_current_trial := take("current_trial", UNSET)) is dict:
            later["current_trial"] = v_current_trial
        elif v_current_trial is None:
            fill.current_trial = v_current_trial
        elif v_current_trial is not UNSET:
            d["current_trial"] = v_current_trial
        if type(v_discounts := take("discounts", UNSET)) is list and (
            not v_discounts
            or all((type(item0) is dict) or (type(item0) is str) for item0 in v_discounts)
        ):
            later["discounts"] = v_discounts
        elif v_discounts is not UNSET:
            d["discounts"] = v_discounts
        if type(v_id := take("id", UNSET)) is str:
            fill.id = v_id
        elif v_id is not UNSET:
            d["id"] = v_id
        if type(v_metadata := take("metadata", UNSET)) is dict and (
            not v_metadata or all(type(item0) is str for item0 in v_metadata.values())
        ):
            fill.metadata = v_metadata
        elif v_metadata is not UNSET:
            d["metadata"] = v_metadata
        if type(v_object_ := take("object", UNSET)) is str:
            fill.object_ = v_object_
        elif v_object_ is not UNSET:
            d["object"] = v_object_
        if type(v_plan := take("plan", UNSET)) is dict:
            later["plan"] = v_plan
        elif v_plan is not UNSET:
            d["plan"] = v_plan
        if type(v_price := take("price", UNSET)) is dict:
            later["price"] = v_price
        elif v_price is not UNSET:
            d["price"] = v_price
        if (type(v_quantity := take("quantity", UNSET)) is int) or (v_quantity is None):
            fill.quantity = v_quantity
        elif v_quantity is not UNSET:
            d["quantity"] = v_quantity
        if type(v_subscription := take("subscription", UNSET)) is str:
            fill.subscription = v_subscription
        elif v_subscription is not UNSET:
            d["subscription"] = v_subscription
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
class SubscriptionItemCurrentTrial(Model):
    """SubscriptionItemCurrentTrial"""

    end_date: int
    start_date: int
    trial_offer: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> SubscriptionItemCurrentTrial:
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
        if type(v_trial_offer := take("trial_offer", UNSET)) is str:
            fill.trial_offer = v_trial_offer
        elif v_trial_offer is not UNSET:
            d["trial_offer"] = v_trial_offer
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class SubscriptionItems(Model):
    """The subscription's items: what it bills, with quantities."""

    data: list[SubscriptionItem]
    has_more: bool
    object_: Literal["list"]
    url: str
    total_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _KEYS: ClassVar[dict[str, str]] = {
        "object_": "object",
    }
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "data": lambda v: [SubscriptionItem.from_dict(item0) for item0 in v],
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> SubscriptionItems:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if type(v_data := take("data", UNSET)) is list and (
            not v_data or all(type(item0) is dict for item0 in v_data)
        ):
            later["data"] = v_data
        elif v_data is not UNSET:
            d["data"] = v_data
        if type(v_has_more := take("has_more", UNSET)) is bool:
            fill.has_more = v_has_more
        elif v_has_more is not UNSET:
            d["has_more"] = v_has_more
        if type(v_object_ := take("object", UNSET)) is str:
            fill.object_ = v_object_
        elif v_object_ is not UNSET:
            d["object"] = v_object_
        if type(v_url := take("url", UNSET)) is str:
            fill.url = v_url
        elif v_url is not UNSET:
            d["url"] = v_url
        if type(v_total_count := take("total_count", UNSET)) is int or v_total_count is UNSET:
            fill.total_count = v_total_count
        else:
            d["total_count"] = v_total_count
        if later:
            fill._later = later
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class SubscriptionPauseCollection(Model):
    """SubscriptionPauseCollection"""

    behavior: Literal["keep_as_draft", "mark_uncollectible", "void"]
    resumes_at: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> SubscriptionPauseCollection:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        if type(v_behavior := take("behavior", UNSET)) is str:
            fill.behavior = v_behavior
        elif v_behavior is not UNSET:
            d["behavior"] = v_behavior
        if (type(v_resumes_at := take("resumes_at", UNSET)) is int) or (v_resumes_at is None):
            fill.resumes_at = v_resumes_at
        elif v_resumes_at is not UNSET:
            d["resumes_at"] = v_resumes_at
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class SubscriptionPaymentSettings(Model):
    """SubscriptionPaymentSettings"""

    payment_method_options: SubscriptionPaymentSettingsPaymentMethodOptions | None
    payment_method_types: list[PaymentMethodType] | None
    save_default_payment_method: Literal["off", "on_subscription"] | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "payment_method_options": lambda v: (
            SubscriptionPaymentSettingsPaymentMethodOptions.from_dict(v)
        ),
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> SubscriptionPaymentSettings:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if type(v_payment_method_options := take("payment_method_options", UNSET)) is dict:
            later["payment_method_options"] = v_payment_method_options
        elif v_payment_method_options is None:
            fill.payment_method_options = v_payment_method_options
        elif v_payment_method_options is not UNSET:
            d["payment_method_options"] = v_payment_method_options
        if (
            type(v_payment_method_types := take("payment_method_types", UNSET)) is list
            and (
                not v_payment_method_types
                or all(type(item0) is str for item0 in v_payment_method_types)
            )
        ) or (v_payment_method_types is None):
            fill.payment_method_types = v_payment_method_types
        elif v_payment_method_types is not UNSET:
            d["payment_method_types"] = v_payment_method_types
        if (
            type(v_save_default_payment_method := take("save_default_payment_method", UNSET)) is str
        ) or (v_save_default_payment_method is None):
            fill.save_default_payment_method = v_save_default_payment_method
        elif v_save_default_payment_method is not UNSET:
            d["save_default_payment_method"] = v_save_default_payment_method
        if later:
            fill._later = later
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class SubscriptionPaymentSettingsPaymentMethodOptions(Model):
    """SubscriptionPaymentSettingsPaymentMethodOptions"""

    acss_debit: InvoicePaymentMethodOptionsAcssDebit | None
    bancontact: InvoicePaymentMethodOptionsBancontact | None
    billie: SubscriptionPaymentSettingsPaymentMethodOptionsBillie | None
    blik: SubscriptionPaymentSettingsPaymentMethodOptionsBlik | None
    card: SubscriptionPaymentSettingsPaymentMethodOptionsCard | None
    customer_balance: InvoicePaymentMethodOptionsCustomerBalance | None
    konbini: dict[str, Any] | None
    payto: InvoicesPaymentMethodOptionsPayto | None
    pix: SubscriptionPaymentSettingsPaymentMethodOptionsPix | None
    sepa_debit: dict[str, Any] | None
    upi: InvoicesPaymentMethodOptionsUpi | None
    us_bank_account: InvoicePaymentMethodOptionsUsBankAccount | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "acss_debit": lambda v: InvoicePaymentMethodOptionsAcssDebit.from_dict(v),
        "bancontact": lambda v: InvoicePaymentMethodOptionsBancontact.from_dict(v),
        "billie": lambda v: SubscriptionPaymentSettingsPaymentMethodOptionsBillie.from_dict(v),
        "blik": lambda v: SubscriptionPaymentSettingsPaymentMethodOptionsBlik.from_dict(v),
        "card": lambda v: SubscriptionPaymentSettingsPaymentMethodOptionsCard.from_dict(v),
        "customer_balance": lambda v: InvoicePaymentMethodOptionsCustomerBalance.from_dict(v),
        "payto": lambda v: InvoicesPaymentMethodOptionsPayto.from_dict(v),
        "pix": lambda v: SubscriptionPaymentSettingsPaymentMethodOptionsPix.from_dict(v),
        "upi": lambda v: InvoicesPaymentMethodOptionsUpi.from_dict(v),
        "us_bank_account": lambda v: InvoicePaymentMethodOptionsUsBankAccount.from_dict(v),
    }

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> SubscriptionPaymentSettingsPaymentMethodOptions:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if type(v_acss_debit := take("acss_debit", UNSET)) is dict:
            later["acss_debit"] = v_acss_debit
        elif v_acss_debit is None:
            fill.acss_debit = v_acss_debit
        elif v_acss_debit is not UNSET:
            d["acss_debit"] = v_acss_debit
        if type(v_bancontact := take("bancontact", UNSET)) is dict:
            later["bancontact"] = v_bancontact
        elif v_bancontact is None:
            fill.bancontact = v_bancontact
        elif v_bancontact is not UNSET:
            d["bancontact"] = v_bancontact
        if type(v_billie := take("billie", UNSET)) is dict:
            later["billie"] = v_billie
        elif v_billie is None:
            fill.billie = v_billie
        elif v_billie is not UNSET:
            d["billie"] = v_billie
        if type(v_blik := take("blik", UNSET)) is dict:
            later["blik"] = v_blik
        elif v_blik is None:
            fill.blik = v_blik
        elif v_blik is not UNSET:
            d["blik"] = v_blik
        if type(v_card := take("card", UNSET)) is dict:
            later["card"] = v_card
        elif v_card is None:
            fill.card = v_card
        elif v_card is not UNSET:
            d["card"] = v_card
        if type(v_customer_balance := take("customer_balance", UNSET)) is dict:
            later["customer_balance"] = v_customer_balance
        elif v_customer_balance is None:
            fill.customer_balance = v_customer_balance
        elif v_customer_balance is not UNSET:
            d["customer_balance"] = v_customer_balance
        if (type(v_konbini := take("konbini", UNSET)) is dict) or (v_konbini is None):
            fill.konbini = v_konbini
        elif v_konbini is not UNSET:
            d["konbini"] = v_konbini
        if type(v_payto := take("payto", UNSET)) is dict:
            later["payto"] = v_payto
        elif v_payto is None:
            fill.payto = v_payto
        elif v_payto is not UNSET:
            d["payto"] = v_payto
        if type(v_pix := take("pix", UNSET)) is dict:
            later["pix"] = v_pix
        elif v_pix is None:
            fill.pix = v_pix
        elif v_pix is not UNSET:
            d["pix"] = v_pix
        if (type(v_sepa_debit := take("sepa_debit", UNSET)) is dict) or (v_sepa_debit is None):
            fill.sepa_debit = v_sepa_debit
        elif v_sepa_debit is not UNSET:
            d["sepa_debit"] = v_sepa_debit
        if type(v_upi := take("upi", UNSET)) is dict:
            later["upi"] = v_upi
        elif v_upi is None:
            fill.upi = v_upi
        elif v_upi is not UNSET:
            d["upi"] = v_upi
        if type(v_us_bank_account := take("us_bank_account", UNSET)) is dict:
            later["us_bank_account"] = v_us_bank_account
        elif v_us_bank_account is None:
            fill.us_bank_account = v_us_bank_account
        elif v_us_bank_account is not UNSET:
            d["us_bank_account"] = v_us_bank_account
        if later:
            fill._later = later
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class SubscriptionPaymentSettingsPaymentMethodOptionsBillie(Model):
    """SubscriptionPaymentSettingsPaymentMethodOptionsBillie"""

    company_details: InvoicesPaymentMethodOptionsBillieCompanyDetails | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "company_details": lambda v: InvoicesPaymentMethodOptionsBillieCompanyDetails.from_dict(v),
    }

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> SubscriptionPaymentSettingsPaymentMethodOptionsBillie:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if type(v_company_details := take("company_details", UNSET)) is dict:
            later["company_details"] = v_company_details
        elif v_company_details is None:
            fill.company_details = v_company_details
        elif v_company_details is not UNSET:
            d["company_details"] = v_company_details
        if later:
            fill._later = later
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class SubscriptionPaymentSettingsPaymentMethodOptionsBlik(Model):
    """SubscriptionPaymentSettingsPaymentMethodOptionsBlik"""

    mandate_options: PaymentSettingsPaymentMethodOptionsBlikMandateOptions | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "mandate_options": lambda v: (
            PaymentSettingsPaymentMethodOptionsBlikMandateOptions.from_dict(v)
        ),
    }

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> SubscriptionPaymentSettingsPaymentMethodOptionsBlik:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if type(v_mandate_options := take("mandate_options", UNSET)) is dict:
            later["mandate_options"] = v_mandate_options
        elif v_mandate_options is None:
            fill.mandate_options = v_mandate_options
        elif v_mandate_options is not UNSET:
            d["mandate_options"] = v_mandate_options
        if later:
            fill._later = later
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class SubscriptionPaymentSettingsPaymentMethodOptionsCard(Model):
    """SubscriptionPaymentSettingsPaymentMethodOptionsCard"""

    mandate_options: PaymentSettingsPaymentMethodOptionsCardMandateOptions | None
    network: CardNetwork | None
    request_three_d_secure: Literal["any", "automatic", "challenge"] | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "mandate_options": lambda v: (
            PaymentSettingsPaymentMethodOptionsCardMandateOptions.from_dict(v)
        ),
    }

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> SubscriptionPaymentSettingsPaymentMethodOptionsCard:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if type(v_mandate_options := take("mandate_options", UNSET)) is dict:
            later["mandate_options"] = v_mandate_options
        elif v_mandate_options is None:
            fill.mandate_options = v_mandate_options
        elif v_mandate_options is not UNSET:
            d["mandate_options"] = v_mandate_options
        if (type(v_network := take("network", UNSET)) is str) or (v_network is None):
            fill.network = v_network
        elif v_network is not UNSET:
            d["network"] = v_network
        if (type(v_request_three_d_secure := take("request_three_d_secure", UNSET)) is str) or (
            v_request_three_d_secure is None
        ):
            fill.request_three_d_secure = v_request_three_d_secure
        elif v_request_three_d_secure is not UNSET:
            d["request_three_d_secure"] = v_request_three_d_secure
        if later:
            fill._later = later
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class SubscriptionPaymentSettingsPaymentMethodOptionsPix(Model):
    """SubscriptionPaymentSettingsPaymentMethodOptionsPix"""

    expires_after_seconds: int | None
    mandate_options: PaymentSettingsPaymentMethodOptionsPixMandateOptions | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "mandate_options": lambda v: PaymentSettingsPaymentMethodOptionsPixMandateOptions.from_dict(
            v
        ),
    }

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> SubscriptionPaymentSettingsPaymentMethodOptionsPix:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if (type(v_expires_after_seconds := take("expires_after_seconds", UNSET)) is int) or (
            v_expires_after_seconds is None
        ):
            fill.expires_after_seconds = v_expires_after_seconds
        elif v_expires_after_seconds is not UNSET:
            d["expires_after_seconds"] = v_expires_after_seconds
        if type(v_mandate_options := take("mandate_options", UNSET)) is dict:
            later["mandate_options"] = v_mandate_options
        elif v_mandate_options is None:
            fill.mandate_options = v_mandate_options
        elif v_mandate_options is not UNSET:
            d["mandate_options"] = v_mandate_options
        if later:
            fill._later = later
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class SubscriptionPendingUpdate(Model):
    """SubscriptionPendingUpdate"""

    billing_cycle_anchor: int | None
    cancel_at_period_end: bool | None
    discount: Discount | None
    discounts: list[Discount | str] | None
    expires_at: int
    metadata: dict[str, str] | None
    subscription_items: list[SubscriptionItem] | None
    trial_end: int | None
    trial_from_plan: bool | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "discount": lambda v: Discount.from_dict(v),
        "discounts": lambda v: [
            (Discount.from_dict(item0) if type(item0) is dict else item0) for item0 in v
        ],
        "subscription_items": lambda v: [SubscriptionItem.from_dict(item0) for item0 in v],
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> SubscriptionPendingUpdate:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if (type(v_billing_cycle_anchor := take("billing_cycle_anchor", UNSET)) is int) or (
            v_billing_cycle_anchor is None
        ):
            fill.billing_cycle_anchor = v_billing_cycle_anchor
        elif v_billing_cycle_anchor is not UNSET:
            d["billing_cycle_anchor"] = v_billing_cycle_anchor
        if (type(v_cancel_at_period_end := take("cancel_at_period_end", UNSET)) is bool) or (
            v_cancel_at_period_end is None
        ):
            fill.cancel_at_period_end = v_cancel_at_period_end
        elif v_cancel_at_period_end is not UNSET:
            d["cancel_at_period_end"] = v_cancel_at_period_end
        if type(v_discount := take("discount", UNSET)) is dict:
            later["discount"] = v_discount
        elif v_discount is None:
            fill.discount = v_discount
        elif v_discount is not UNSET:
            d["discount"] = v_discount
        if type(v_discounts := take("discounts", UNSET)) is list and (
            not v_discounts
            or all((type(item0) is dict) or (type(item0) is str) for item0 in v_discounts)
        ):
            later["discounts"] = v_discounts
        elif v_discounts is None:
            fill.discounts = v_discounts
        elif v_discounts is not UNSET:
            d["discounts"] = v_discounts
        if type(v_expires_at := take("expires_at", UNSET)) is int:
            fill.expires_at = v_expires_at
        elif v_expires_at is not UNSET:
            d["expires_at"] = v_expires_at
        if (
            type(v_metadata := take("metadata", UNSET)) is dict
            and (not v_metadata or all(type(item0) is str for item0 in v_metadata.values()))
        ) or (v_metadata is None):
            fill.metadata = v_metadata
        elif v_metadata is not UNSET:
            d["metadata"] = v_metadata
        if type(v_subscription_items := take("subscription_items", UNSET)) is list and (
            not v_subscription_items or all(type(item0) is dict for item0 in v_subscription_items)
        ):
            later["subscription_items"] = v_subscription_items
        elif v_subscription_items is None:
            fill.subscription_items = v_subscription_items
        elif v_subscription_items is not UNSET:
            d["subscription_items"] = v_subscription_items
        if (type(v_trial_end := take("trial_end", UNSET)) is int) or (v_trial_end is None):
            fill.trial_end = v_trial_end
        elif v_trial_end is not UNSET:
            d["trial_end"] = v_trial_end
        if (type(v_trial_from_plan := take("trial_from_plan", UNSET)) is bool) or (
            v_trial_from_plan is None
        ):
            fill.trial_from_plan = v_trial_from_plan
        elif v_trial_from_plan is not UNSET:
            d["trial_from_plan"] = v_trial_from_plan
        if later:
            fill._later = later
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class SubscriptionPresentmentDetails(Model):
    """SubscriptionPresentmentDetails"""

    presentment_currency: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> SubscriptionPresentmentDetails:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        if type(v_presentment_currency := take("presentment_currency", UNSET)) is str:
            fill.presentment_currency = v_presentment_currency
        elif v_presentment_currency is not UNSET:
            d["presentment_currency"] = v_presentment_currency
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class SubscriptionStatusDetails(Model):
    """SubscriptionStatusDetails"""

    paused: SubscriptionStatusDetailsPaused
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "paused": lambda v: SubscriptionStatusDetailsPaused.from_dict(v),
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> SubscriptionStatusDetails:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if type(v_paused := take("paused", UNSET)) is dict:
            later["paused"] = v_paused
        elif v_paused is not UNSET:
            d["paused"] = v_paused
        if later:
            fill._later = later
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class SubscriptionStatusDetailsPaused(Model):
    """SubscriptionStatusDetailsPaused"""

    subscription: SubscriptionStatusDetailsPausedSubscription
    transitioned_at: int
    type_: Literal["subscription"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _KEYS: ClassVar[dict[str, str]] = {
        "type_": "type",
    }
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "subscription": lambda v: SubscriptionStatusDetailsPausedSubscription.from_dict(v),
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> SubscriptionStatusDetailsPaused:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if type(v_subscription := take("subscription", UNSET)) is dict:
            later["subscription"] = v_subscription
        elif v_subscription is not UNSET:
            d["subscription"] = v_subscription
        if type(v_transitioned_at := take("transitioned_at", UNSET)) is int:
            fill.transitioned_at = v_transitioned_at
        elif v_transitioned_at is not UNSET:
            d["transitioned_at"] = v_transitioned_at
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
class SubscriptionStatusDetailsPausedSubscription(Model):
    """SubscriptionStatusDetailsPausedSubscription"""

    type_: Literal[
        "final_payment_failure",
        "first_payment_failure",
        "pause_requested",
        "system",
        "trial_end_without_payment_method",
    ]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _KEYS: ClassVar[dict[str, str]] = {
        "type_": "type",
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> SubscriptionStatusDetailsPausedSubscription:
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
class SubscriptionTrialSettings(Model):
    """SubscriptionTrialSettings"""

    end_behavior: SubscriptionTrialSettingsEndBehavior
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "end_behavior": lambda v: SubscriptionTrialSettingsEndBehavior.from_dict(v),
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> SubscriptionTrialSettings:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if type(v_end_behavior := take("end_behavior", UNSET)) is dict:
            later["end_behavior"] = v_end_behavior
        elif v_end_behavior is not UNSET:
            d["end_behavior"] = v_end_behavior
        if later:
            fill._later = later
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class SubscriptionTrialSettingsEndBehavior(Model):
    """SubscriptionTrialSettingsEndBehavior"""

    billing_cycle_anchor: Literal["now", "unchanged"] | None
    missing_payment_method: Literal["cancel", "create_invoice", "pause"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> SubscriptionTrialSettingsEndBehavior:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        if (type(v_billing_cycle_anchor := take("billing_cycle_anchor", UNSET)) is str) or (
            v_billing_cycle_anchor is None
        ):
            fill.billing_cycle_anchor = v_billing_cycle_anchor
        elif v_billing_cycle_anchor is not UNSET:
            d["billing_cycle_anchor"] = v_billing_cycle_anchor
        if type(v_missing_payment_method := take("missing_payment_method", UNSET)) is str:
            fill.missing_payment_method = v_missing_payment_method
        elif v_missing_payment_method is not UNSET:
            d["missing_payment_method"] = v_missing_payment_method
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# The same shapes as classes above, under their own names.
GetSubscriptionItemsResponse200 = SubscriptionItems


# Imported last: the modules refer to each other in cycles, needed at call time only.
from .customer import Customer  # noqa: E402
from .discount import Discount  # noqa: E402
from .invoice import Invoice  # noqa: E402
from .payment import SetupIntent  # noqa: E402
from .payment_method import PaymentMethod  # noqa: E402
from .product import Price  # noqa: E402
from .shared import (  # noqa: E402
    ConnectAccountReference,
    InvoicePaymentMethodOptionsAcssDebit,
    InvoicePaymentMethodOptionsBancontact,
    InvoicePaymentMethodOptionsCustomerBalance,
    InvoicePaymentMethodOptionsUsBankAccount,
    InvoiceSettingCustomField,
    InvoicesPaymentMethodOptionsBillieCompanyDetails,
    InvoicesPaymentMethodOptionsPayto,
    InvoicesPaymentMethodOptionsUpi,
    PaymentSettingsPaymentMethodOptionsBlikMandateOptions,
    Plan,
    SubscriptionAutomaticTax,
    SubscriptionBillingMode,
    SubscriptionBillingThresholds,
    SubscriptionItemBillingThresholds,
    SubscriptionManagedPayments,
    SubscriptionPendingInvoiceItemInterval,
    SubscriptionTransferData,
)
from .subscription_schedule import SubscriptionSchedule  # noqa: E402
from .tax import TaxId, TaxRate  # noqa: E402
from .test_clock import TestClock  # noqa: E402

__all__ = [
    "DeletedSubscriptionItem",
    "PaymentSettingsPaymentMethodOptionsCardMandateOptions",
    "PaymentSettingsPaymentMethodOptionsPixMandateOptions",
    "Subscription",
    "SubscriptionBillingCycleAnchorConfig",
    "SubscriptionBillingSchedules",
    "SubscriptionBillingSchedulesAppliesTo",
    "SubscriptionBillingSchedulesBillUntil",
    "SubscriptionBillingSchedulesBillUntilDuration",
    "SubscriptionCancellationDetails",
    "SubscriptionInvoiceSettings",
    "SubscriptionItem",
    "SubscriptionItemCurrentTrial",
    "SubscriptionItems",
    "SubscriptionPauseCollection",
    "SubscriptionPaymentSettings",
    "SubscriptionPaymentSettingsPaymentMethodOptions",
    "SubscriptionPaymentSettingsPaymentMethodOptionsBillie",
    "SubscriptionPaymentSettingsPaymentMethodOptionsBlik",
    "SubscriptionPaymentSettingsPaymentMethodOptionsCard",
    "SubscriptionPaymentSettingsPaymentMethodOptionsPix",
    "SubscriptionPendingUpdate",
    "SubscriptionPresentmentDetails",
    "SubscriptionStatusDetails",
    "SubscriptionStatusDetailsPaused",
    "SubscriptionStatusDetailsPausedSubscription",
    "SubscriptionTrialSettings",
    "SubscriptionTrialSettingsEndBehavior",
    "GetSubscriptionItemsResponse200",
    "SubscriptionStatus",
]
