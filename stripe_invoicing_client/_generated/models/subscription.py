"""Response models: subscription (generated; do not edit).

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
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("deleted", "deleted", "Literal[True]"),
        ("id", "id", "str"),
        ("object_", "object", "Literal['subscription_item']"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> DeletedSubscriptionItem:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_deleted = take("deleted", UNSET)
        if v_deleted is UNSET:
            pass
        elif v_deleted is True:
            fill.deleted = v_deleted
        else:
            d["deleted"] = v_deleted
        v_id = take("id", UNSET)
        if type(v_id) is str:
            fill.id = v_id
        elif v_id is not UNSET:
            d["id"] = v_id
        v_object_ = take("object", UNSET)
        if type(v_object_) is str:
            fill.object_ = v_object_
        elif v_object_ is not UNSET:
            d["object"] = v_object_
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
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
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("amount", "amount", "int | None"),
        ("amount_type", "amount_type", "Literal['fixed', 'maximum'] | None"),
        ("description", "description", "str | None"),
    )

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> PaymentSettingsPaymentMethodOptionsCardMandateOptions:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_amount = take("amount", UNSET)
        if (type(v_amount) is int) or (v_amount is None):
            fill.amount = v_amount
        elif v_amount is not UNSET:
            d["amount"] = v_amount
        v_amount_type = take("amount_type", UNSET)
        if (type(v_amount_type) is str) or (v_amount_type is None):
            fill.amount_type = v_amount_type
        elif v_amount_type is not UNSET:
            d["amount_type"] = v_amount_type
        v_description = take("description", UNSET)
        if (type(v_description) is str) or (v_description is None):
            fill.description = v_description
        elif v_description is not UNSET:
            d["description"] = v_description
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
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
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("amount", "amount", "int | None"),
        ("amount_includes_iof", "amount_includes_iof", "Literal['always', 'never'] | None"),
        ("end_date", "end_date", "str | None"),
        (
            "payment_schedule",
            "payment_schedule",
            "Literal['halfyearly', 'monthly', 'quarterly', 'weekly', 'yearly'] | None",
        ),
    )

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> PaymentSettingsPaymentMethodOptionsPixMandateOptions:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_amount = take("amount", UNSET)
        if (type(v_amount) is int) or (v_amount is None):
            fill.amount = v_amount
        elif v_amount is not UNSET:
            d["amount"] = v_amount
        v_amount_includes_iof = take("amount_includes_iof", UNSET)
        if (type(v_amount_includes_iof) is str) or (v_amount_includes_iof is None):
            fill.amount_includes_iof = v_amount_includes_iof
        elif v_amount_includes_iof is not UNSET:
            d["amount_includes_iof"] = v_amount_includes_iof
        v_end_date = take("end_date", UNSET)
        if (type(v_end_date) is str) or (v_end_date is None):
            fill.end_date = v_end_date
        elif v_end_date is not UNSET:
            d["end_date"] = v_end_date
        v_payment_schedule = take("payment_schedule", UNSET)
        if (type(v_payment_schedule) is str) or (v_payment_schedule is None):
            fill.payment_schedule = v_payment_schedule
        elif v_payment_schedule is not UNSET:
            d["payment_schedule"] = v_payment_schedule
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
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
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("application", "application", "str | dict[str, Any] | None"),
        ("application_fee_percent", "application_fee_percent", "float | None"),
        ("automatic_tax", "automatic_tax", "SubscriptionAutomaticTax"),
        ("billing_cycle_anchor", "billing_cycle_anchor", "int"),
        (
            "billing_cycle_anchor_config",
            "billing_cycle_anchor_config",
            "SubscriptionBillingCycleAnchorConfig | None",
        ),
        ("billing_mode", "billing_mode", "SubscriptionBillingMode"),
        ("billing_schedules", "billing_schedules", "list[SubscriptionBillingSchedules]"),
        ("billing_thresholds", "billing_thresholds", "SubscriptionBillingThresholds | None"),
        ("cancel_at", "cancel_at", "int | None"),
        ("cancel_at_period_end", "cancel_at_period_end", "bool"),
        ("canceled_at", "canceled_at", "int | None"),
        ("cancellation_details", "cancellation_details", "SubscriptionCancellationDetails | None"),
        (
            "collection_method",
            "collection_method",
            "Literal['charge_automatically', 'send_invoice']",
        ),
        ("created", "created", "int"),
        ("currency", "currency", "str"),
        ("customer", "customer", "Customer | str"),
        ("customer_account", "customer_account", "str | None"),
        ("days_until_due", "days_until_due", "int | None"),
        ("default_payment_method", "default_payment_method", "PaymentMethod | str | None"),
        ("default_source", "default_source", "str | dict[str, Any] | None"),
        ("default_tax_rates", "default_tax_rates", "list[TaxRate] | None"),
        ("description", "description", "str | None"),
        ("discounts", "discounts", "list[Discount | str]"),
        ("ended_at", "ended_at", "int | None"),
        ("id", "id", "str"),
        ("invoice_settings", "invoice_settings", "SubscriptionInvoiceSettings"),
        ("items", "items", "SubscriptionItems"),
        ("latest_invoice", "latest_invoice", "Invoice | str | None"),
        ("livemode", "livemode", "bool"),
        ("managed_payments", "managed_payments", "SubscriptionManagedPayments | None"),
        ("metadata", "metadata", "dict[str, str]"),
        ("next_pending_invoice_item_invoice", "next_pending_invoice_item_invoice", "int | None"),
        ("object_", "object", "Literal['subscription']"),
        ("on_behalf_of", "on_behalf_of", "str | dict[str, Any] | None"),
        ("pause_collection", "pause_collection", "SubscriptionPauseCollection | None"),
        ("payment_settings", "payment_settings", "SubscriptionPaymentSettings | None"),
        (
            "pending_invoice_item_interval",
            "pending_invoice_item_interval",
            "SubscriptionPendingInvoiceItemInterval | None",
        ),
        ("pending_setup_intent", "pending_setup_intent", "SetupIntent | str | None"),
        ("pending_update", "pending_update", "SubscriptionPendingUpdate | None"),
        ("presentment_details", "presentment_details", "SubscriptionPresentmentDetails | None"),
        ("schedule", "schedule", "str | SubscriptionSchedule | None"),
        ("start_date", "start_date", "int"),
        ("status", "status", "SubscriptionStatus"),
        ("status_details", "status_details", "SubscriptionStatusDetails | None"),
        ("test_clock", "test_clock", "str | TestClock | None"),
        ("transfer_data", "transfer_data", "SubscriptionTransferData | None"),
        ("trial_end", "trial_end", "int | None"),
        ("trial_settings", "trial_settings", "SubscriptionTrialSettings | None"),
        ("trial_start", "trial_start", "int | None"),
    )

    _CONVERTED: ClassVar[frozenset[str]] = frozenset(
        (
            "automatic_tax",
            "billing_cycle_anchor_config",
            "billing_mode",
            "billing_schedules",
            "billing_thresholds",
            "cancellation_details",
            "customer",
            "default_payment_method",
            "default_tax_rates",
            "discounts",
            "invoice_settings",
            "items",
            "latest_invoice",
            "managed_payments",
            "pause_collection",
            "payment_settings",
            "pending_invoice_item_interval",
            "pending_setup_intent",
            "pending_update",
            "presentment_details",
            "schedule",
            "status_details",
            "test_clock",
            "transfer_data",
            "trial_settings",
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
            data["automatic_tax"] = v_automatic_tax.to_dict()
        try:
            v_billing_cycle_anchor_config = self.billing_cycle_anchor_config
        except AttributeError:
            pass
        else:
            data["billing_cycle_anchor_config"] = (
                v_billing_cycle_anchor_config.to_dict()
                if isinstance(v_billing_cycle_anchor_config, SubscriptionBillingCycleAnchorConfig)
                else v_billing_cycle_anchor_config
            )
        try:
            v_billing_mode = self.billing_mode
        except AttributeError:
            pass
        else:
            data["billing_mode"] = v_billing_mode.to_dict()
        try:
            v_billing_schedules = self.billing_schedules
        except AttributeError:
            pass
        else:
            data["billing_schedules"] = [item0.to_dict() for item0 in v_billing_schedules]
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
            v_cancellation_details = self.cancellation_details
        except AttributeError:
            pass
        else:
            data["cancellation_details"] = (
                v_cancellation_details.to_dict()
                if isinstance(v_cancellation_details, SubscriptionCancellationDetails)
                else v_cancellation_details
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
            data["discounts"] = [
                (item0.to_dict() if isinstance(item0, Discount) else item0) for item0 in v_discounts
            ]
        try:
            v_invoice_settings = self.invoice_settings
        except AttributeError:
            pass
        else:
            data["invoice_settings"] = v_invoice_settings.to_dict()
        try:
            v_items = self.items
        except AttributeError:
            pass
        else:
            data["items"] = v_items.to_dict()
        try:
            v_latest_invoice = self.latest_invoice
        except AttributeError:
            pass
        else:
            data["latest_invoice"] = (
                v_latest_invoice.to_dict()
                if isinstance(v_latest_invoice, Invoice)
                else v_latest_invoice
            )
        try:
            v_managed_payments = self.managed_payments
        except AttributeError:
            pass
        else:
            data["managed_payments"] = (
                v_managed_payments.to_dict()
                if isinstance(v_managed_payments, SubscriptionManagedPayments)
                else v_managed_payments
            )
        try:
            v_pause_collection = self.pause_collection
        except AttributeError:
            pass
        else:
            data["pause_collection"] = (
                v_pause_collection.to_dict()
                if isinstance(v_pause_collection, SubscriptionPauseCollection)
                else v_pause_collection
            )
        try:
            v_payment_settings = self.payment_settings
        except AttributeError:
            pass
        else:
            data["payment_settings"] = (
                v_payment_settings.to_dict()
                if isinstance(v_payment_settings, SubscriptionPaymentSettings)
                else v_payment_settings
            )
        try:
            v_pending_invoice_item_interval = self.pending_invoice_item_interval
        except AttributeError:
            pass
        else:
            data["pending_invoice_item_interval"] = (
                v_pending_invoice_item_interval.to_dict()
                if isinstance(
                    v_pending_invoice_item_interval, SubscriptionPendingInvoiceItemInterval
                )
                else v_pending_invoice_item_interval
            )
        try:
            v_pending_setup_intent = self.pending_setup_intent
        except AttributeError:
            pass
        else:
            data["pending_setup_intent"] = (
                v_pending_setup_intent.to_dict()
                if isinstance(v_pending_setup_intent, SetupIntent)
                else v_pending_setup_intent
            )
        try:
            v_pending_update = self.pending_update
        except AttributeError:
            pass
        else:
            data["pending_update"] = (
                v_pending_update.to_dict()
                if isinstance(v_pending_update, SubscriptionPendingUpdate)
                else v_pending_update
            )
        try:
            v_presentment_details = self.presentment_details
        except AttributeError:
            pass
        else:
            data["presentment_details"] = (
                v_presentment_details.to_dict()
                if isinstance(v_presentment_details, SubscriptionPresentmentDetails)
                else v_presentment_details
            )
        try:
            v_schedule = self.schedule
        except AttributeError:
            pass
        else:
            data["schedule"] = (
                v_schedule.to_dict() if isinstance(v_schedule, SubscriptionSchedule) else v_schedule
            )
        try:
            v_status_details = self.status_details
        except AttributeError:
            pass
        else:
            data["status_details"] = (
                v_status_details.to_dict()
                if isinstance(v_status_details, SubscriptionStatusDetails)
                else v_status_details
            )
        try:
            v_test_clock = self.test_clock
        except AttributeError:
            pass
        else:
            data["test_clock"] = (
                v_test_clock.to_dict() if isinstance(v_test_clock, TestClock) else v_test_clock
            )
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
        try:
            v_trial_settings = self.trial_settings
        except AttributeError:
            pass
        else:
            data["trial_settings"] = (
                v_trial_settings.to_dict()
                if isinstance(v_trial_settings, SubscriptionTrialSettings)
                else v_trial_settings
            )
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Subscription:
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
        v_application_fee_percent = take("application_fee_percent", UNSET)
        if (type(v_application_fee_percent) is float or type(v_application_fee_percent) is int) or (
            v_application_fee_percent is None
        ):
            fill.application_fee_percent = v_application_fee_percent
        elif v_application_fee_percent is not UNSET:
            d["application_fee_percent"] = v_application_fee_percent
        v_automatic_tax = take("automatic_tax", UNSET)
        if type(v_automatic_tax) is dict:
            fill.automatic_tax = SubscriptionAutomaticTax.from_dict(v_automatic_tax)
        elif v_automatic_tax is not UNSET:
            d["automatic_tax"] = v_automatic_tax
        v_billing_cycle_anchor = take("billing_cycle_anchor", UNSET)
        if type(v_billing_cycle_anchor) is int:
            fill.billing_cycle_anchor = v_billing_cycle_anchor
        elif v_billing_cycle_anchor is not UNSET:
            d["billing_cycle_anchor"] = v_billing_cycle_anchor
        v_billing_cycle_anchor_config = take("billing_cycle_anchor_config", UNSET)
        if (type(v_billing_cycle_anchor_config) is dict) or (v_billing_cycle_anchor_config is None):
            fill.billing_cycle_anchor_config = (
                SubscriptionBillingCycleAnchorConfig.from_dict(v_billing_cycle_anchor_config)
                if type(v_billing_cycle_anchor_config) is dict
                else v_billing_cycle_anchor_config
            )
        elif v_billing_cycle_anchor_config is not UNSET:
            d["billing_cycle_anchor_config"] = v_billing_cycle_anchor_config
        v_billing_mode = take("billing_mode", UNSET)
        if type(v_billing_mode) is dict:
            fill.billing_mode = SubscriptionBillingMode.from_dict(v_billing_mode)
        elif v_billing_mode is not UNSET:
            d["billing_mode"] = v_billing_mode
        v_billing_schedules = take("billing_schedules", UNSET)
        if type(v_billing_schedules) is list and (
            not v_billing_schedules or all(type(item0) is dict for item0 in v_billing_schedules)
        ):
            fill.billing_schedules = [
                SubscriptionBillingSchedules.from_dict(item0) for item0 in v_billing_schedules
            ]
        elif v_billing_schedules is not UNSET:
            d["billing_schedules"] = v_billing_schedules
        v_billing_thresholds = take("billing_thresholds", UNSET)
        if (type(v_billing_thresholds) is dict) or (v_billing_thresholds is None):
            fill.billing_thresholds = (
                SubscriptionBillingThresholds.from_dict(v_billing_thresholds)
                if type(v_billing_thresholds) is dict
                else v_billing_thresholds
            )
        elif v_billing_thresholds is not UNSET:
            d["billing_thresholds"] = v_billing_thresholds
        v_cancel_at = take("cancel_at", UNSET)
        if (type(v_cancel_at) is int) or (v_cancel_at is None):
            fill.cancel_at = v_cancel_at
        elif v_cancel_at is not UNSET:
            d["cancel_at"] = v_cancel_at
        v_cancel_at_period_end = take("cancel_at_period_end", UNSET)
        if type(v_cancel_at_period_end) is bool:
            fill.cancel_at_period_end = v_cancel_at_period_end
        elif v_cancel_at_period_end is not UNSET:
            d["cancel_at_period_end"] = v_cancel_at_period_end
        v_canceled_at = take("canceled_at", UNSET)
        if (type(v_canceled_at) is int) or (v_canceled_at is None):
            fill.canceled_at = v_canceled_at
        elif v_canceled_at is not UNSET:
            d["canceled_at"] = v_canceled_at
        v_cancellation_details = take("cancellation_details", UNSET)
        if (type(v_cancellation_details) is dict) or (v_cancellation_details is None):
            fill.cancellation_details = (
                SubscriptionCancellationDetails.from_dict(v_cancellation_details)
                if type(v_cancellation_details) is dict
                else v_cancellation_details
            )
        elif v_cancellation_details is not UNSET:
            d["cancellation_details"] = v_cancellation_details
        v_collection_method = take("collection_method", UNSET)
        if type(v_collection_method) is str:
            fill.collection_method = v_collection_method
        elif v_collection_method is not UNSET:
            d["collection_method"] = v_collection_method
        v_created = take("created", UNSET)
        if type(v_created) is int:
            fill.created = v_created
        elif v_created is not UNSET:
            d["created"] = v_created
        v_currency = take("currency", UNSET)
        if type(v_currency) is str:
            fill.currency = v_currency
        elif v_currency is not UNSET:
            d["currency"] = v_currency
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
        v_days_until_due = take("days_until_due", UNSET)
        if (type(v_days_until_due) is int) or (v_days_until_due is None):
            fill.days_until_due = v_days_until_due
        elif v_days_until_due is not UNSET:
            d["days_until_due"] = v_days_until_due
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
        v_default_source = take("default_source", UNSET)
        if (
            (type(v_default_source) is str)
            or (type(v_default_source) is dict)
            or (v_default_source is None)
        ):
            fill.default_source = v_default_source
        elif v_default_source is not UNSET:
            d["default_source"] = v_default_source
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
            not v_discounts
            or all((type(item0) is dict) or (type(item0) is str) for item0 in v_discounts)
        ):
            fill.discounts = [
                (Discount.from_dict(item0) if type(item0) is dict else item0)
                for item0 in v_discounts
            ]
        elif v_discounts is not UNSET:
            d["discounts"] = v_discounts
        v_ended_at = take("ended_at", UNSET)
        if (type(v_ended_at) is int) or (v_ended_at is None):
            fill.ended_at = v_ended_at
        elif v_ended_at is not UNSET:
            d["ended_at"] = v_ended_at
        v_id = take("id", UNSET)
        if type(v_id) is str:
            fill.id = v_id
        elif v_id is not UNSET:
            d["id"] = v_id
        v_invoice_settings = take("invoice_settings", UNSET)
        if type(v_invoice_settings) is dict:
            fill.invoice_settings = SubscriptionInvoiceSettings.from_dict(v_invoice_settings)
        elif v_invoice_settings is not UNSET:
            d["invoice_settings"] = v_invoice_settings
        v_items = take("items", UNSET)
        if type(v_items) is dict:
            fill.items = SubscriptionItems.from_dict(v_items)
        elif v_items is not UNSET:
            d["items"] = v_items
        v_latest_invoice = take("latest_invoice", UNSET)
        if (
            (type(v_latest_invoice) is dict)
            or (type(v_latest_invoice) is str)
            or (v_latest_invoice is None)
        ):
            fill.latest_invoice = (
                Invoice.from_dict(v_latest_invoice)
                if type(v_latest_invoice) is dict
                else v_latest_invoice
            )
        elif v_latest_invoice is not UNSET:
            d["latest_invoice"] = v_latest_invoice
        v_livemode = take("livemode", UNSET)
        if type(v_livemode) is bool:
            fill.livemode = v_livemode
        elif v_livemode is not UNSET:
            d["livemode"] = v_livemode
        v_managed_payments = take("managed_payments", UNSET)
        if (type(v_managed_payments) is dict) or (v_managed_payments is None):
            fill.managed_payments = (
                SubscriptionManagedPayments.from_dict(v_managed_payments)
                if type(v_managed_payments) is dict
                else v_managed_payments
            )
        elif v_managed_payments is not UNSET:
            d["managed_payments"] = v_managed_payments
        v_metadata = take("metadata", UNSET)
        if type(v_metadata) is dict and (
            not v_metadata or all(type(item0) is str for item0 in v_metadata.values())
        ):
            fill.metadata = v_metadata
        elif v_metadata is not UNSET:
            d["metadata"] = v_metadata
        v_next_pending_invoice_item_invoice = take("next_pending_invoice_item_invoice", UNSET)
        if (type(v_next_pending_invoice_item_invoice) is int) or (
            v_next_pending_invoice_item_invoice is None
        ):
            fill.next_pending_invoice_item_invoice = v_next_pending_invoice_item_invoice
        elif v_next_pending_invoice_item_invoice is not UNSET:
            d["next_pending_invoice_item_invoice"] = v_next_pending_invoice_item_invoice
        v_object_ = take("object", UNSET)
        if type(v_object_) is str:
            fill.object_ = v_object_
        elif v_object_ is not UNSET:
            d["object"] = v_object_
        v_on_behalf_of = take("on_behalf_of", UNSET)
        if (
            (type(v_on_behalf_of) is str)
            or (type(v_on_behalf_of) is dict)
            or (v_on_behalf_of is None)
        ):
            fill.on_behalf_of = v_on_behalf_of
        elif v_on_behalf_of is not UNSET:
            d["on_behalf_of"] = v_on_behalf_of
        v_pause_collection = take("pause_collection", UNSET)
        if (type(v_pause_collection) is dict) or (v_pause_collection is None):
            fill.pause_collection = (
                SubscriptionPauseCollection.from_dict(v_pause_collection)
                if type(v_pause_collection) is dict
                else v_pause_collection
            )
        elif v_pause_collection is not UNSET:
            d["pause_collection"] = v_pause_collection
        v_payment_settings = take("payment_settings", UNSET)
        if (type(v_payment_settings) is dict) or (v_payment_settings is None):
            fill.payment_settings = (
                SubscriptionPaymentSettings.from_dict(v_payment_settings)
                if type(v_payment_settings) is dict
                else v_payment_settings
            )
        elif v_payment_settings is not UNSET:
            d["payment_settings"] = v_payment_settings
        v_pending_invoice_item_interval = take("pending_invoice_item_interval", UNSET)
        if (type(v_pending_invoice_item_interval) is dict) or (
            v_pending_invoice_item_interval is None
        ):
            fill.pending_invoice_item_interval = (
                SubscriptionPendingInvoiceItemInterval.from_dict(v_pending_invoice_item_interval)
                if type(v_pending_invoice_item_interval) is dict
                else v_pending_invoice_item_interval
            )
        elif v_pending_invoice_item_interval is not UNSET:
            d["pending_invoice_item_interval"] = v_pending_invoice_item_interval
        v_pending_setup_intent = take("pending_setup_intent", UNSET)
        if (
            (type(v_pending_setup_intent) is dict)
            or (type(v_pending_setup_intent) is str)
            or (v_pending_setup_intent is None)
        ):
            fill.pending_setup_intent = (
                SetupIntent.from_dict(v_pending_setup_intent)
                if type(v_pending_setup_intent) is dict
                else v_pending_setup_intent
            )
        elif v_pending_setup_intent is not UNSET:
            d["pending_setup_intent"] = v_pending_setup_intent
        v_pending_update = take("pending_update", UNSET)
        if (type(v_pending_update) is dict) or (v_pending_update is None):
            fill.pending_update = (
                SubscriptionPendingUpdate.from_dict(v_pending_update)
                if type(v_pending_update) is dict
                else v_pending_update
            )
        elif v_pending_update is not UNSET:
            d["pending_update"] = v_pending_update
        v_presentment_details = take("presentment_details", UNSET)
        if (type(v_presentment_details) is dict) or (v_presentment_details is None):
            fill.presentment_details = (
                SubscriptionPresentmentDetails.from_dict(v_presentment_details)
                if type(v_presentment_details) is dict
                else v_presentment_details
            )
        elif v_presentment_details is not UNSET:
            d["presentment_details"] = v_presentment_details
        v_schedule = take("schedule", UNSET)
        if (type(v_schedule) is dict) or (type(v_schedule) is str) or (v_schedule is None):
            fill.schedule = (
                SubscriptionSchedule.from_dict(v_schedule)
                if type(v_schedule) is dict
                else v_schedule
            )
        elif v_schedule is not UNSET:
            d["schedule"] = v_schedule
        v_start_date = take("start_date", UNSET)
        if type(v_start_date) is int:
            fill.start_date = v_start_date
        elif v_start_date is not UNSET:
            d["start_date"] = v_start_date
        v_status = take("status", UNSET)
        if type(v_status) is str:
            fill.status = v_status
        elif v_status is not UNSET:
            d["status"] = v_status
        v_status_details = take("status_details", UNSET)
        if (type(v_status_details) is dict) or (v_status_details is None):
            fill.status_details = (
                SubscriptionStatusDetails.from_dict(v_status_details)
                if type(v_status_details) is dict
                else v_status_details
            )
        elif v_status_details is not UNSET:
            d["status_details"] = v_status_details
        v_test_clock = take("test_clock", UNSET)
        if (type(v_test_clock) is dict) or (type(v_test_clock) is str) or (v_test_clock is None):
            fill.test_clock = (
                TestClock.from_dict(v_test_clock) if type(v_test_clock) is dict else v_test_clock
            )
        elif v_test_clock is not UNSET:
            d["test_clock"] = v_test_clock
        v_transfer_data = take("transfer_data", UNSET)
        if (type(v_transfer_data) is dict) or (v_transfer_data is None):
            fill.transfer_data = (
                SubscriptionTransferData.from_dict(v_transfer_data)
                if type(v_transfer_data) is dict
                else v_transfer_data
            )
        elif v_transfer_data is not UNSET:
            d["transfer_data"] = v_transfer_data
        v_trial_end = take("trial_end", UNSET)
        if (type(v_trial_end) is int) or (v_trial_end is None):
            fill.trial_end = v_trial_end
        elif v_trial_end is not UNSET:
            d["trial_end"] = v_trial_end
        v_trial_settings = take("trial_settings", UNSET)
        if (type(v_trial_settings) is dict) or (v_trial_settings is None):
            fill.trial_settings = (
                SubscriptionTrialSettings.from_dict(v_trial_settings)
                if type(v_trial_settings) is dict
                else v_trial_settings
            )
        elif v_trial_settings is not UNSET:
            d["trial_settings"] = v_trial_settings
        v_trial_start = take("trial_start", UNSET)
        if (type(v_trial_start) is int) or (v_trial_start is None):
            fill.trial_start = v_trial_start
        elif v_trial_start is not UNSET:
            d["trial_start"] = v_trial_start
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
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
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("day_of_month", "day_of_month", "int"),
        ("hour", "hour", "int | None"),
        ("minute", "minute", "int | None"),
        ("month", "month", "int | None"),
        ("second", "second", "int | None"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> SubscriptionBillingCycleAnchorConfig:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_day_of_month = take("day_of_month", UNSET)
        if type(v_day_of_month) is int:
            fill.day_of_month = v_day_of_month
        elif v_day_of_month is not UNSET:
            d["day_of_month"] = v_day_of_month
        v_hour = take("hour", UNSET)
        if (type(v_hour) is int) or (v_hour is None):
            fill.hour = v_hour
        elif v_hour is not UNSET:
            d["hour"] = v_hour
        v_minute = take("minute", UNSET)
        if (type(v_minute) is int) or (v_minute is None):
            fill.minute = v_minute
        elif v_minute is not UNSET:
            d["minute"] = v_minute
        v_month = take("month", UNSET)
        if (type(v_month) is int) or (v_month is None):
            fill.month = v_month
        elif v_month is not UNSET:
            d["month"] = v_month
        v_second = take("second", UNSET)
        if (type(v_second) is int) or (v_second is None):
            fill.second = v_second
        elif v_second is not UNSET:
            d["second"] = v_second
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
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
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("applies_to", "applies_to", "list[SubscriptionBillingSchedulesAppliesTo] | None"),
        ("bill_until", "bill_until", "SubscriptionBillingSchedulesBillUntil"),
        ("key", "key", "str"),
    )

    _CONVERTED: ClassVar[frozenset[str]] = frozenset(
        (
            "applies_to",
            "bill_until",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        # Plain fields are copied by Model.to_dict; these need converting back to JSON. An
        # unfilled field raises AttributeError: what was received for it, if anything, is
        # already in additional_properties.
        data = Model.to_dict(self)
        try:
            v_applies_to = self.applies_to
        except AttributeError:
            pass
        else:
            data["applies_to"] = (
                [item0.to_dict() for item0 in v_applies_to]
                if isinstance(v_applies_to, list)
                else v_applies_to
            )
        try:
            v_bill_until = self.bill_until
        except AttributeError:
            pass
        else:
            data["bill_until"] = v_bill_until.to_dict()
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> SubscriptionBillingSchedules:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_applies_to = take("applies_to", UNSET)
        if (
            type(v_applies_to) is list
            and (not v_applies_to or all(type(item0) is dict for item0 in v_applies_to))
        ) or (v_applies_to is None):
            fill.applies_to = (
                [SubscriptionBillingSchedulesAppliesTo.from_dict(item0) for item0 in v_applies_to]
                if type(v_applies_to) is list
                and (not v_applies_to or all(type(item0) is dict for item0 in v_applies_to))
                else v_applies_to
            )
        elif v_applies_to is not UNSET:
            d["applies_to"] = v_applies_to
        v_bill_until = take("bill_until", UNSET)
        if type(v_bill_until) is dict:
            fill.bill_until = SubscriptionBillingSchedulesBillUntil.from_dict(v_bill_until)
        elif v_bill_until is not UNSET:
            d["bill_until"] = v_bill_until
        v_key = take("key", UNSET)
        if type(v_key) is str:
            fill.key = v_key
        elif v_key is not UNSET:
            d["key"] = v_key
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class SubscriptionBillingSchedulesAppliesTo(Model):
    """SubscriptionBillingSchedulesAppliesTo"""

    price: Price | str | None
    type_: Literal["price"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("price", "price", "Price | str | None"),
        ("type_", "type", "Literal['price']"),
    )

    _CONVERTED: ClassVar[frozenset[str]] = frozenset(("price",))

    def to_dict(self) -> dict[str, Any]:
        # Plain fields are copied by Model.to_dict; these need converting back to JSON. An
        # unfilled field raises AttributeError: what was received for it, if anything, is
        # already in additional_properties.
        data = Model.to_dict(self)
        try:
            v_price = self.price
        except AttributeError:
            pass
        else:
            data["price"] = v_price.to_dict() if isinstance(v_price, Price) else v_price
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> SubscriptionBillingSchedulesAppliesTo:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_price = take("price", UNSET)
        if (type(v_price) is dict) or (type(v_price) is str) or (v_price is None):
            fill.price = Price.from_dict(v_price) if type(v_price) is dict else v_price
        elif v_price is not UNSET:
            d["price"] = v_price
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
class SubscriptionBillingSchedulesBillUntil(Model):
    """SubscriptionBillingSchedulesBillUntil"""

    computed_timestamp: int
    duration: SubscriptionBillingSchedulesBillUntilDuration | None
    timestamp: int | None
    type_: Literal["duration", "timestamp"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("computed_timestamp", "computed_timestamp", "int"),
        ("duration", "duration", "SubscriptionBillingSchedulesBillUntilDuration | None"),
        ("timestamp", "timestamp", "int | None"),
        ("type_", "type", "Literal['duration', 'timestamp']"),
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
            data["duration"] = (
                v_duration.to_dict()
                if isinstance(v_duration, SubscriptionBillingSchedulesBillUntilDuration)
                else v_duration
            )
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> SubscriptionBillingSchedulesBillUntil:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_computed_timestamp = take("computed_timestamp", UNSET)
        if type(v_computed_timestamp) is int:
            fill.computed_timestamp = v_computed_timestamp
        elif v_computed_timestamp is not UNSET:
            d["computed_timestamp"] = v_computed_timestamp
        v_duration = take("duration", UNSET)
        if (type(v_duration) is dict) or (v_duration is None):
            fill.duration = (
                SubscriptionBillingSchedulesBillUntilDuration.from_dict(v_duration)
                if type(v_duration) is dict
                else v_duration
            )
        elif v_duration is not UNSET:
            d["duration"] = v_duration
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
class SubscriptionBillingSchedulesBillUntilDuration(Model):
    """SubscriptionBillingSchedulesBillUntilDuration"""

    interval: Literal["day", "month", "week", "year"]
    interval_count: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("interval", "interval", "Literal['day', 'month', 'week', 'year']"),
        ("interval_count", "interval_count", "int | None"),
    )

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> SubscriptionBillingSchedulesBillUntilDuration:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_interval = take("interval", UNSET)
        if type(v_interval) is str:
            fill.interval = v_interval
        elif v_interval is not UNSET:
            d["interval"] = v_interval
        v_interval_count = take("interval_count", UNSET)
        if (type(v_interval_count) is int) or (v_interval_count is None):
            fill.interval_count = v_interval_count
        elif v_interval_count is not UNSET:
            d["interval_count"] = v_interval_count
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
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
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("comment", "comment", "str | None"),
        ("feedback", "feedback", "str (one of 8 values) | None"),
        ("feedback_option", "feedback_option", "str | dict[str, Any] | None"),
        (
            "reason",
            "reason",
            "Literal['canceled_by_retention_policy', 'cancellation_requested', 'payment_disputed', 'payment_failed'] | None",
        ),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> SubscriptionCancellationDetails:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_comment = take("comment", UNSET)
        if (type(v_comment) is str) or (v_comment is None):
            fill.comment = v_comment
        elif v_comment is not UNSET:
            d["comment"] = v_comment
        v_feedback = take("feedback", UNSET)
        if (type(v_feedback) is str) or (v_feedback is None):
            fill.feedback = v_feedback
        elif v_feedback is not UNSET:
            d["feedback"] = v_feedback
        v_feedback_option = take("feedback_option", UNSET)
        if (
            (type(v_feedback_option) is str)
            or (type(v_feedback_option) is dict)
            or (v_feedback_option is None)
        ):
            fill.feedback_option = v_feedback_option
        elif v_feedback_option is not UNSET:
            d["feedback_option"] = v_feedback_option
        v_reason = take("reason", UNSET)
        if (type(v_reason) is str) or (v_reason is None):
            fill.reason = v_reason
        elif v_reason is not UNSET:
            d["reason"] = v_reason
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
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
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("account_tax_ids", "account_tax_ids", "list[str | TaxId] | None"),
        ("custom_fields", "custom_fields", "list[InvoiceSettingCustomField] | None"),
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
    def from_dict(cls, src_dict: Mapping[str, Any]) -> SubscriptionInvoiceSettings:
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
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("billed_until", "billed_until", "int | None"),
        ("billing_thresholds", "billing_thresholds", "SubscriptionItemBillingThresholds | None"),
        ("created", "created", "int"),
        ("current_period_end", "current_period_end", "int"),
        ("current_period_start", "current_period_start", "int"),
        ("current_trial", "current_trial", "SubscriptionItemCurrentTrial | None"),
        ("discounts", "discounts", "list[Discount | str]"),
        ("id", "id", "str"),
        ("metadata", "metadata", "dict[str, str]"),
        ("object_", "object", "Literal['subscription_item']"),
        ("plan", "plan", "Plan"),
        ("price", "price", "Price"),
        ("quantity", "quantity", "int | None"),
        ("subscription", "subscription", "str"),
        ("tax_rates", "tax_rates", "list[TaxRate] | None"),
    )

    _CONVERTED: ClassVar[frozenset[str]] = frozenset(
        (
            "billing_thresholds",
            "current_trial",
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
            v_current_trial = self.current_trial
        except AttributeError:
            pass
        else:
            data["current_trial"] = (
                v_current_trial.to_dict()
                if isinstance(v_current_trial, SubscriptionItemCurrentTrial)
                else v_current_trial
            )
        try:
            v_discounts = self.discounts
        except AttributeError:
            pass
        else:
            data["discounts"] = [
                (item0.to_dict() if isinstance(item0, Discount) else item0) for item0 in v_discounts
            ]
        try:
            v_plan = self.plan
        except AttributeError:
            pass
        else:
            data["plan"] = v_plan.to_dict()
        try:
            v_price = self.price
        except AttributeError:
            pass
        else:
            data["price"] = v_price.to_dict()
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
    def from_dict(cls, src_dict: Mapping[str, Any]) -> SubscriptionItem:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_billed_until = take("billed_until", UNSET)
        if (type(v_billed_until) is int) or (v_billed_until is None):
            fill.billed_until = v_billed_until
        elif v_billed_until is not UNSET:
            d["billed_until"] = v_billed_until
        v_billing_thresholds = take("billing_thresholds", UNSET)
        if (type(v_billing_thresholds) is dict) or (v_billing_thresholds is None):
            fill.billing_thresholds = (
                SubscriptionItemBillingThresholds.from_dict(v_billing_thresholds)
                if type(v_billing_thresholds) is dict
                else v_billing_thresholds
            )
        elif v_billing_thresholds is not UNSET:
            d["billing_thresholds"] = v_billing_thresholds
        v_created = take("created", UNSET)
        if type(v_created) is int:
            fill.created = v_created
        elif v_created is not UNSET:
            d["created"] = v_created
        v_current_period_end = take("current_period_end", UNSET)
        if type(v_current_period_end) is int:
            fill.current_period_end = v_current_period_end
        elif v_current_period_end is not UNSET:
            d["current_period_end"] = v_current_period_end
        v_current_period_start = take("current_period_start", UNSET)
        if type(v_current_period_start) is int:
            fill.current_period_start = v_current_period_start
        elif v_current_period_start is not UNSET:
            d["current_period_start"] = v_current_period_start
        v_current_trial = take("current_trial", UNSET)
        if (type(v_current_trial) is dict) or (v_current_trial is None):
            fill.current_trial = (
                SubscriptionItemCurrentTrial.from_dict(v_current_trial)
                if type(v_current_trial) is dict
                else v_current_trial
            )
        elif v_current_trial is not UNSET:
            d["current_trial"] = v_current_trial
        v_discounts = take("discounts", UNSET)
        if type(v_discounts) is list and (
            not v_discounts
            or all((type(item0) is dict) or (type(item0) is str) for item0 in v_discounts)
        ):
            fill.discounts = [
                (Discount.from_dict(item0) if type(item0) is dict else item0)
                for item0 in v_discounts
            ]
        elif v_discounts is not UNSET:
            d["discounts"] = v_discounts
        v_id = take("id", UNSET)
        if type(v_id) is str:
            fill.id = v_id
        elif v_id is not UNSET:
            d["id"] = v_id
        v_metadata = take("metadata", UNSET)
        if type(v_metadata) is dict and (
            not v_metadata or all(type(item0) is str for item0 in v_metadata.values())
        ):
            fill.metadata = v_metadata
        elif v_metadata is not UNSET:
            d["metadata"] = v_metadata
        v_object_ = take("object", UNSET)
        if type(v_object_) is str:
            fill.object_ = v_object_
        elif v_object_ is not UNSET:
            d["object"] = v_object_
        v_plan = take("plan", UNSET)
        if type(v_plan) is dict:
            fill.plan = Plan.from_dict(v_plan)
        elif v_plan is not UNSET:
            d["plan"] = v_plan
        v_price = take("price", UNSET)
        if type(v_price) is dict:
            fill.price = Price.from_dict(v_price)
        elif v_price is not UNSET:
            d["price"] = v_price
        v_quantity = take("quantity", UNSET)
        if (type(v_quantity) is int) or (v_quantity is None):
            fill.quantity = v_quantity
        elif v_quantity is not UNSET:
            d["quantity"] = v_quantity
        v_subscription = take("subscription", UNSET)
        if type(v_subscription) is str:
            fill.subscription = v_subscription
        elif v_subscription is not UNSET:
            d["subscription"] = v_subscription
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
class SubscriptionItemCurrentTrial(Model):
    """SubscriptionItemCurrentTrial"""

    end_date: int
    start_date: int
    trial_offer: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("end_date", "end_date", "int"),
        ("start_date", "start_date", "int"),
        ("trial_offer", "trial_offer", "str"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> SubscriptionItemCurrentTrial:
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
        v_trial_offer = take("trial_offer", UNSET)
        if type(v_trial_offer) is str:
            fill.trial_offer = v_trial_offer
        elif v_trial_offer is not UNSET:
            d["trial_offer"] = v_trial_offer
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
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
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("data", "data", "list[SubscriptionItem]"),
        ("has_more", "has_more", "bool"),
        ("object_", "object", "Literal['list']"),
        ("url", "url", "str"),
        ("total_count", "total_count", "int"),
    )

    _CONVERTED: ClassVar[frozenset[str]] = frozenset(("data",))

    def to_dict(self) -> dict[str, Any]:
        # Plain fields are copied by Model.to_dict; these need converting back to JSON. An
        # unfilled field raises AttributeError: what was received for it, if anything, is
        # already in additional_properties.
        data = Model.to_dict(self)
        try:
            v_data = self.data
        except AttributeError:
            pass
        else:
            data["data"] = [item0.to_dict() for item0 in v_data]
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> SubscriptionItems:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_data = take("data", UNSET)
        if type(v_data) is list and (not v_data or all(type(item0) is dict for item0 in v_data)):
            fill.data = [SubscriptionItem.from_dict(item0) for item0 in v_data]
        elif v_data is not UNSET:
            d["data"] = v_data
        v_has_more = take("has_more", UNSET)
        if type(v_has_more) is bool:
            fill.has_more = v_has_more
        elif v_has_more is not UNSET:
            d["has_more"] = v_has_more
        v_object_ = take("object", UNSET)
        if type(v_object_) is str:
            fill.object_ = v_object_
        elif v_object_ is not UNSET:
            d["object"] = v_object_
        v_url = take("url", UNSET)
        if type(v_url) is str:
            fill.url = v_url
        elif v_url is not UNSET:
            d["url"] = v_url
        v_total_count = take("total_count", UNSET)
        if type(v_total_count) is int:
            fill.total_count = v_total_count
        elif v_total_count is UNSET:
            fill.total_count = UNSET
        else:
            d["total_count"] = v_total_count
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class SubscriptionPauseCollection(Model):
    """SubscriptionPauseCollection"""

    behavior: Literal["keep_as_draft", "mark_uncollectible", "void"]
    resumes_at: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("behavior", "behavior", "Literal['keep_as_draft', 'mark_uncollectible', 'void']"),
        ("resumes_at", "resumes_at", "int | None"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> SubscriptionPauseCollection:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_behavior = take("behavior", UNSET)
        if type(v_behavior) is str:
            fill.behavior = v_behavior
        elif v_behavior is not UNSET:
            d["behavior"] = v_behavior
        v_resumes_at = take("resumes_at", UNSET)
        if (type(v_resumes_at) is int) or (v_resumes_at is None):
            fill.resumes_at = v_resumes_at
        elif v_resumes_at is not UNSET:
            d["resumes_at"] = v_resumes_at
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
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
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        (
            "payment_method_options",
            "payment_method_options",
            "SubscriptionPaymentSettingsPaymentMethodOptions | None",
        ),
        ("payment_method_types", "payment_method_types", "list[str (one of 51 values)] | None"),
        (
            "save_default_payment_method",
            "save_default_payment_method",
            "Literal['off', 'on_subscription'] | None",
        ),
    )

    _CONVERTED: ClassVar[frozenset[str]] = frozenset(("payment_method_options",))

    def to_dict(self) -> dict[str, Any]:
        # Plain fields are copied by Model.to_dict; these need converting back to JSON. An
        # unfilled field raises AttributeError: what was received for it, if anything, is
        # already in additional_properties.
        data = Model.to_dict(self)
        try:
            v_payment_method_options = self.payment_method_options
        except AttributeError:
            pass
        else:
            data["payment_method_options"] = (
                v_payment_method_options.to_dict()
                if isinstance(
                    v_payment_method_options, SubscriptionPaymentSettingsPaymentMethodOptions
                )
                else v_payment_method_options
            )
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> SubscriptionPaymentSettings:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_payment_method_options = take("payment_method_options", UNSET)
        if (type(v_payment_method_options) is dict) or (v_payment_method_options is None):
            fill.payment_method_options = (
                SubscriptionPaymentSettingsPaymentMethodOptions.from_dict(v_payment_method_options)
                if type(v_payment_method_options) is dict
                else v_payment_method_options
            )
        elif v_payment_method_options is not UNSET:
            d["payment_method_options"] = v_payment_method_options
        v_payment_method_types = take("payment_method_types", UNSET)
        if (
            type(v_payment_method_types) is list
            and (
                not v_payment_method_types
                or all(type(item0) is str for item0 in v_payment_method_types)
            )
        ) or (v_payment_method_types is None):
            fill.payment_method_types = v_payment_method_types
        elif v_payment_method_types is not UNSET:
            d["payment_method_types"] = v_payment_method_types
        v_save_default_payment_method = take("save_default_payment_method", UNSET)
        if (type(v_save_default_payment_method) is str) or (v_save_default_payment_method is None):
            fill.save_default_payment_method = v_save_default_payment_method
        elif v_save_default_payment_method is not UNSET:
            d["save_default_payment_method"] = v_save_default_payment_method
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
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
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("acss_debit", "acss_debit", "InvoicePaymentMethodOptionsAcssDebit | None"),
        ("bancontact", "bancontact", "InvoicePaymentMethodOptionsBancontact | None"),
        ("billie", "billie", "SubscriptionPaymentSettingsPaymentMethodOptionsBillie | None"),
        ("blik", "blik", "SubscriptionPaymentSettingsPaymentMethodOptionsBlik | None"),
        ("card", "card", "SubscriptionPaymentSettingsPaymentMethodOptionsCard | None"),
        (
            "customer_balance",
            "customer_balance",
            "InvoicePaymentMethodOptionsCustomerBalance | None",
        ),
        ("konbini", "konbini", "dict[str, Any] | None"),
        ("payto", "payto", "InvoicesPaymentMethodOptionsPayto | None"),
        ("pix", "pix", "SubscriptionPaymentSettingsPaymentMethodOptionsPix | None"),
        ("sepa_debit", "sepa_debit", "dict[str, Any] | None"),
        ("upi", "upi", "InvoicesPaymentMethodOptionsUpi | None"),
        ("us_bank_account", "us_bank_account", "InvoicePaymentMethodOptionsUsBankAccount | None"),
    )

    _CONVERTED: ClassVar[frozenset[str]] = frozenset(
        (
            "acss_debit",
            "bancontact",
            "billie",
            "blik",
            "card",
            "customer_balance",
            "payto",
            "pix",
            "upi",
            "us_bank_account",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        # Plain fields are copied by Model.to_dict; these need converting back to JSON. An
        # unfilled field raises AttributeError: what was received for it, if anything, is
        # already in additional_properties.
        data = Model.to_dict(self)
        try:
            v_acss_debit = self.acss_debit
        except AttributeError:
            pass
        else:
            data["acss_debit"] = (
                v_acss_debit.to_dict()
                if isinstance(v_acss_debit, InvoicePaymentMethodOptionsAcssDebit)
                else v_acss_debit
            )
        try:
            v_bancontact = self.bancontact
        except AttributeError:
            pass
        else:
            data["bancontact"] = (
                v_bancontact.to_dict()
                if isinstance(v_bancontact, InvoicePaymentMethodOptionsBancontact)
                else v_bancontact
            )
        try:
            v_billie = self.billie
        except AttributeError:
            pass
        else:
            data["billie"] = (
                v_billie.to_dict()
                if isinstance(v_billie, SubscriptionPaymentSettingsPaymentMethodOptionsBillie)
                else v_billie
            )
        try:
            v_blik = self.blik
        except AttributeError:
            pass
        else:
            data["blik"] = (
                v_blik.to_dict()
                if isinstance(v_blik, SubscriptionPaymentSettingsPaymentMethodOptionsBlik)
                else v_blik
            )
        try:
            v_card = self.card
        except AttributeError:
            pass
        else:
            data["card"] = (
                v_card.to_dict()
                if isinstance(v_card, SubscriptionPaymentSettingsPaymentMethodOptionsCard)
                else v_card
            )
        try:
            v_customer_balance = self.customer_balance
        except AttributeError:
            pass
        else:
            data["customer_balance"] = (
                v_customer_balance.to_dict()
                if isinstance(v_customer_balance, InvoicePaymentMethodOptionsCustomerBalance)
                else v_customer_balance
            )
        try:
            v_payto = self.payto
        except AttributeError:
            pass
        else:
            data["payto"] = (
                v_payto.to_dict()
                if isinstance(v_payto, InvoicesPaymentMethodOptionsPayto)
                else v_payto
            )
        try:
            v_pix = self.pix
        except AttributeError:
            pass
        else:
            data["pix"] = (
                v_pix.to_dict()
                if isinstance(v_pix, SubscriptionPaymentSettingsPaymentMethodOptionsPix)
                else v_pix
            )
        try:
            v_upi = self.upi
        except AttributeError:
            pass
        else:
            data["upi"] = (
                v_upi.to_dict() if isinstance(v_upi, InvoicesPaymentMethodOptionsUpi) else v_upi
            )
        try:
            v_us_bank_account = self.us_bank_account
        except AttributeError:
            pass
        else:
            data["us_bank_account"] = (
                v_us_bank_account.to_dict()
                if isinstance(v_us_bank_account, InvoicePaymentMethodOptionsUsBankAccount)
                else v_us_bank_account
            )
        return data

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> SubscriptionPaymentSettingsPaymentMethodOptions:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_acss_debit = take("acss_debit", UNSET)
        if (type(v_acss_debit) is dict) or (v_acss_debit is None):
            fill.acss_debit = (
                InvoicePaymentMethodOptionsAcssDebit.from_dict(v_acss_debit)
                if type(v_acss_debit) is dict
                else v_acss_debit
            )
        elif v_acss_debit is not UNSET:
            d["acss_debit"] = v_acss_debit
        v_bancontact = take("bancontact", UNSET)
        if (type(v_bancontact) is dict) or (v_bancontact is None):
            fill.bancontact = (
                InvoicePaymentMethodOptionsBancontact.from_dict(v_bancontact)
                if type(v_bancontact) is dict
                else v_bancontact
            )
        elif v_bancontact is not UNSET:
            d["bancontact"] = v_bancontact
        v_billie = take("billie", UNSET)
        if (type(v_billie) is dict) or (v_billie is None):
            fill.billie = (
                SubscriptionPaymentSettingsPaymentMethodOptionsBillie.from_dict(v_billie)
                if type(v_billie) is dict
                else v_billie
            )
        elif v_billie is not UNSET:
            d["billie"] = v_billie
        v_blik = take("blik", UNSET)
        if (type(v_blik) is dict) or (v_blik is None):
            fill.blik = (
                SubscriptionPaymentSettingsPaymentMethodOptionsBlik.from_dict(v_blik)
                if type(v_blik) is dict
                else v_blik
            )
        elif v_blik is not UNSET:
            d["blik"] = v_blik
        v_card = take("card", UNSET)
        if (type(v_card) is dict) or (v_card is None):
            fill.card = (
                SubscriptionPaymentSettingsPaymentMethodOptionsCard.from_dict(v_card)
                if type(v_card) is dict
                else v_card
            )
        elif v_card is not UNSET:
            d["card"] = v_card
        v_customer_balance = take("customer_balance", UNSET)
        if (type(v_customer_balance) is dict) or (v_customer_balance is None):
            fill.customer_balance = (
                InvoicePaymentMethodOptionsCustomerBalance.from_dict(v_customer_balance)
                if type(v_customer_balance) is dict
                else v_customer_balance
            )
        elif v_customer_balance is not UNSET:
            d["customer_balance"] = v_customer_balance
        v_konbini = take("konbini", UNSET)
        if (type(v_konbini) is dict) or (v_konbini is None):
            fill.konbini = v_konbini
        elif v_konbini is not UNSET:
            d["konbini"] = v_konbini
        v_payto = take("payto", UNSET)
        if (type(v_payto) is dict) or (v_payto is None):
            fill.payto = (
                InvoicesPaymentMethodOptionsPayto.from_dict(v_payto)
                if type(v_payto) is dict
                else v_payto
            )
        elif v_payto is not UNSET:
            d["payto"] = v_payto
        v_pix = take("pix", UNSET)
        if (type(v_pix) is dict) or (v_pix is None):
            fill.pix = (
                SubscriptionPaymentSettingsPaymentMethodOptionsPix.from_dict(v_pix)
                if type(v_pix) is dict
                else v_pix
            )
        elif v_pix is not UNSET:
            d["pix"] = v_pix
        v_sepa_debit = take("sepa_debit", UNSET)
        if (type(v_sepa_debit) is dict) or (v_sepa_debit is None):
            fill.sepa_debit = v_sepa_debit
        elif v_sepa_debit is not UNSET:
            d["sepa_debit"] = v_sepa_debit
        v_upi = take("upi", UNSET)
        if (type(v_upi) is dict) or (v_upi is None):
            fill.upi = (
                InvoicesPaymentMethodOptionsUpi.from_dict(v_upi) if type(v_upi) is dict else v_upi
            )
        elif v_upi is not UNSET:
            d["upi"] = v_upi
        v_us_bank_account = take("us_bank_account", UNSET)
        if (type(v_us_bank_account) is dict) or (v_us_bank_account is None):
            fill.us_bank_account = (
                InvoicePaymentMethodOptionsUsBankAccount.from_dict(v_us_bank_account)
                if type(v_us_bank_account) is dict
                else v_us_bank_account
            )
        elif v_us_bank_account is not UNSET:
            d["us_bank_account"] = v_us_bank_account
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class SubscriptionPaymentSettingsPaymentMethodOptionsBillie(Model):
    """SubscriptionPaymentSettingsPaymentMethodOptionsBillie"""

    company_details: InvoicesPaymentMethodOptionsBillieCompanyDetails | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        (
            "company_details",
            "company_details",
            "InvoicesPaymentMethodOptionsBillieCompanyDetails | None",
        ),
    )

    _CONVERTED: ClassVar[frozenset[str]] = frozenset(("company_details",))

    def to_dict(self) -> dict[str, Any]:
        # Plain fields are copied by Model.to_dict; these need converting back to JSON. An
        # unfilled field raises AttributeError: what was received for it, if anything, is
        # already in additional_properties.
        data = Model.to_dict(self)
        try:
            v_company_details = self.company_details
        except AttributeError:
            pass
        else:
            data["company_details"] = (
                v_company_details.to_dict()
                if isinstance(v_company_details, InvoicesPaymentMethodOptionsBillieCompanyDetails)
                else v_company_details
            )
        return data

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> SubscriptionPaymentSettingsPaymentMethodOptionsBillie:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_company_details = take("company_details", UNSET)
        if (type(v_company_details) is dict) or (v_company_details is None):
            fill.company_details = (
                InvoicesPaymentMethodOptionsBillieCompanyDetails.from_dict(v_company_details)
                if type(v_company_details) is dict
                else v_company_details
            )
        elif v_company_details is not UNSET:
            d["company_details"] = v_company_details
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class SubscriptionPaymentSettingsPaymentMethodOptionsBlik(Model):
    """SubscriptionPaymentSettingsPaymentMethodOptionsBlik"""

    mandate_options: PaymentSettingsPaymentMethodOptionsBlikMandateOptions | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        (
            "mandate_options",
            "mandate_options",
            "PaymentSettingsPaymentMethodOptionsBlikMandateOptions | None",
        ),
    )

    _CONVERTED: ClassVar[frozenset[str]] = frozenset(("mandate_options",))

    def to_dict(self) -> dict[str, Any]:
        # Plain fields are copied by Model.to_dict; these need converting back to JSON. An
        # unfilled field raises AttributeError: what was received for it, if anything, is
        # already in additional_properties.
        data = Model.to_dict(self)
        try:
            v_mandate_options = self.mandate_options
        except AttributeError:
            pass
        else:
            data["mandate_options"] = (
                v_mandate_options.to_dict()
                if isinstance(
                    v_mandate_options, PaymentSettingsPaymentMethodOptionsBlikMandateOptions
                )
                else v_mandate_options
            )
        return data

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> SubscriptionPaymentSettingsPaymentMethodOptionsBlik:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_mandate_options = take("mandate_options", UNSET)
        if (type(v_mandate_options) is dict) or (v_mandate_options is None):
            fill.mandate_options = (
                PaymentSettingsPaymentMethodOptionsBlikMandateOptions.from_dict(v_mandate_options)
                if type(v_mandate_options) is dict
                else v_mandate_options
            )
        elif v_mandate_options is not UNSET:
            d["mandate_options"] = v_mandate_options
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
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
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        (
            "mandate_options",
            "mandate_options",
            "PaymentSettingsPaymentMethodOptionsCardMandateOptions | None",
        ),
        ("network", "network", "str (one of 13 values) | None"),
        (
            "request_three_d_secure",
            "request_three_d_secure",
            "Literal['any', 'automatic', 'challenge'] | None",
        ),
    )

    _CONVERTED: ClassVar[frozenset[str]] = frozenset(("mandate_options",))

    def to_dict(self) -> dict[str, Any]:
        # Plain fields are copied by Model.to_dict; these need converting back to JSON. An
        # unfilled field raises AttributeError: what was received for it, if anything, is
        # already in additional_properties.
        data = Model.to_dict(self)
        try:
            v_mandate_options = self.mandate_options
        except AttributeError:
            pass
        else:
            data["mandate_options"] = (
                v_mandate_options.to_dict()
                if isinstance(
                    v_mandate_options, PaymentSettingsPaymentMethodOptionsCardMandateOptions
                )
                else v_mandate_options
            )
        return data

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> SubscriptionPaymentSettingsPaymentMethodOptionsCard:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_mandate_options = take("mandate_options", UNSET)
        if (type(v_mandate_options) is dict) or (v_mandate_options is None):
            fill.mandate_options = (
                PaymentSettingsPaymentMethodOptionsCardMandateOptions.from_dict(v_mandate_options)
                if type(v_mandate_options) is dict
                else v_mandate_options
            )
        elif v_mandate_options is not UNSET:
            d["mandate_options"] = v_mandate_options
        v_network = take("network", UNSET)
        if (type(v_network) is str) or (v_network is None):
            fill.network = v_network
        elif v_network is not UNSET:
            d["network"] = v_network
        v_request_three_d_secure = take("request_three_d_secure", UNSET)
        if (type(v_request_three_d_secure) is str) or (v_request_three_d_secure is None):
            fill.request_three_d_secure = v_request_three_d_secure
        elif v_request_three_d_secure is not UNSET:
            d["request_three_d_secure"] = v_request_three_d_secure
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class SubscriptionPaymentSettingsPaymentMethodOptionsPix(Model):
    """SubscriptionPaymentSettingsPaymentMethodOptionsPix"""

    expires_after_seconds: int | None
    mandate_options: PaymentSettingsPaymentMethodOptionsPixMandateOptions | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("expires_after_seconds", "expires_after_seconds", "int | None"),
        (
            "mandate_options",
            "mandate_options",
            "PaymentSettingsPaymentMethodOptionsPixMandateOptions | None",
        ),
    )

    _CONVERTED: ClassVar[frozenset[str]] = frozenset(("mandate_options",))

    def to_dict(self) -> dict[str, Any]:
        # Plain fields are copied by Model.to_dict; these need converting back to JSON. An
        # unfilled field raises AttributeError: what was received for it, if anything, is
        # already in additional_properties.
        data = Model.to_dict(self)
        try:
            v_mandate_options = self.mandate_options
        except AttributeError:
            pass
        else:
            data["mandate_options"] = (
                v_mandate_options.to_dict()
                if isinstance(
                    v_mandate_options, PaymentSettingsPaymentMethodOptionsPixMandateOptions
                )
                else v_mandate_options
            )
        return data

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> SubscriptionPaymentSettingsPaymentMethodOptionsPix:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_expires_after_seconds = take("expires_after_seconds", UNSET)
        if (type(v_expires_after_seconds) is int) or (v_expires_after_seconds is None):
            fill.expires_after_seconds = v_expires_after_seconds
        elif v_expires_after_seconds is not UNSET:
            d["expires_after_seconds"] = v_expires_after_seconds
        v_mandate_options = take("mandate_options", UNSET)
        if (type(v_mandate_options) is dict) or (v_mandate_options is None):
            fill.mandate_options = (
                PaymentSettingsPaymentMethodOptionsPixMandateOptions.from_dict(v_mandate_options)
                if type(v_mandate_options) is dict
                else v_mandate_options
            )
        elif v_mandate_options is not UNSET:
            d["mandate_options"] = v_mandate_options
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
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
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("billing_cycle_anchor", "billing_cycle_anchor", "int | None"),
        ("cancel_at_period_end", "cancel_at_period_end", "bool | None"),
        ("discount", "discount", "Discount | None"),
        ("discounts", "discounts", "list[Discount | str] | None"),
        ("expires_at", "expires_at", "int"),
        ("metadata", "metadata", "dict[str, str] | None"),
        ("subscription_items", "subscription_items", "list[SubscriptionItem] | None"),
        ("trial_end", "trial_end", "int | None"),
        ("trial_from_plan", "trial_from_plan", "bool | None"),
    )

    _CONVERTED: ClassVar[frozenset[str]] = frozenset(
        (
            "discount",
            "discounts",
            "subscription_items",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        # Plain fields are copied by Model.to_dict; these need converting back to JSON. An
        # unfilled field raises AttributeError: what was received for it, if anything, is
        # already in additional_properties.
        data = Model.to_dict(self)
        try:
            v_discount = self.discount
        except AttributeError:
            pass
        else:
            data["discount"] = (
                v_discount.to_dict() if isinstance(v_discount, Discount) else v_discount
            )
        try:
            v_discounts = self.discounts
        except AttributeError:
            pass
        else:
            data["discounts"] = (
                [
                    (item0.to_dict() if isinstance(item0, Discount) else item0)
                    for item0 in v_discounts
                ]
                if isinstance(v_discounts, list)
                else v_discounts
            )
        try:
            v_subscription_items = self.subscription_items
        except AttributeError:
            pass
        else:
            data["subscription_items"] = (
                [item0.to_dict() for item0 in v_subscription_items]
                if isinstance(v_subscription_items, list)
                else v_subscription_items
            )
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> SubscriptionPendingUpdate:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_billing_cycle_anchor = take("billing_cycle_anchor", UNSET)
        if (type(v_billing_cycle_anchor) is int) or (v_billing_cycle_anchor is None):
            fill.billing_cycle_anchor = v_billing_cycle_anchor
        elif v_billing_cycle_anchor is not UNSET:
            d["billing_cycle_anchor"] = v_billing_cycle_anchor
        v_cancel_at_period_end = take("cancel_at_period_end", UNSET)
        if (type(v_cancel_at_period_end) is bool) or (v_cancel_at_period_end is None):
            fill.cancel_at_period_end = v_cancel_at_period_end
        elif v_cancel_at_period_end is not UNSET:
            d["cancel_at_period_end"] = v_cancel_at_period_end
        v_discount = take("discount", UNSET)
        if (type(v_discount) is dict) or (v_discount is None):
            fill.discount = (
                Discount.from_dict(v_discount) if type(v_discount) is dict else v_discount
            )
        elif v_discount is not UNSET:
            d["discount"] = v_discount
        v_discounts = take("discounts", UNSET)
        if (
            type(v_discounts) is list
            and (
                not v_discounts
                or all((type(item0) is dict) or (type(item0) is str) for item0 in v_discounts)
            )
        ) or (v_discounts is None):
            fill.discounts = (
                [
                    (Discount.from_dict(item0) if type(item0) is dict else item0)
                    for item0 in v_discounts
                ]
                if type(v_discounts) is list
                and (
                    not v_discounts
                    or all((type(item0) is dict) or (type(item0) is str) for item0 in v_discounts)
                )
                else v_discounts
            )
        elif v_discounts is not UNSET:
            d["discounts"] = v_discounts
        v_expires_at = take("expires_at", UNSET)
        if type(v_expires_at) is int:
            fill.expires_at = v_expires_at
        elif v_expires_at is not UNSET:
            d["expires_at"] = v_expires_at
        v_metadata = take("metadata", UNSET)
        if (
            type(v_metadata) is dict
            and (not v_metadata or all(type(item0) is str for item0 in v_metadata.values()))
        ) or (v_metadata is None):
            fill.metadata = v_metadata
        elif v_metadata is not UNSET:
            d["metadata"] = v_metadata
        v_subscription_items = take("subscription_items", UNSET)
        if (
            type(v_subscription_items) is list
            and (
                not v_subscription_items
                or all(type(item0) is dict for item0 in v_subscription_items)
            )
        ) or (v_subscription_items is None):
            fill.subscription_items = (
                [SubscriptionItem.from_dict(item0) for item0 in v_subscription_items]
                if type(v_subscription_items) is list
                and (
                    not v_subscription_items
                    or all(type(item0) is dict for item0 in v_subscription_items)
                )
                else v_subscription_items
            )
        elif v_subscription_items is not UNSET:
            d["subscription_items"] = v_subscription_items
        v_trial_end = take("trial_end", UNSET)
        if (type(v_trial_end) is int) or (v_trial_end is None):
            fill.trial_end = v_trial_end
        elif v_trial_end is not UNSET:
            d["trial_end"] = v_trial_end
        v_trial_from_plan = take("trial_from_plan", UNSET)
        if (type(v_trial_from_plan) is bool) or (v_trial_from_plan is None):
            fill.trial_from_plan = v_trial_from_plan
        elif v_trial_from_plan is not UNSET:
            d["trial_from_plan"] = v_trial_from_plan
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class SubscriptionPresentmentDetails(Model):
    """SubscriptionPresentmentDetails"""

    presentment_currency: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("presentment_currency", "presentment_currency", "str"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> SubscriptionPresentmentDetails:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_presentment_currency = take("presentment_currency", UNSET)
        if type(v_presentment_currency) is str:
            fill.presentment_currency = v_presentment_currency
        elif v_presentment_currency is not UNSET:
            d["presentment_currency"] = v_presentment_currency
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class SubscriptionStatusDetails(Model):
    """SubscriptionStatusDetails"""

    paused: SubscriptionStatusDetailsPaused
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("paused", "paused", "SubscriptionStatusDetailsPaused"),
    )

    _CONVERTED: ClassVar[frozenset[str]] = frozenset(("paused",))

    def to_dict(self) -> dict[str, Any]:
        # Plain fields are copied by Model.to_dict; these need converting back to JSON. An
        # unfilled field raises AttributeError: what was received for it, if anything, is
        # already in additional_properties.
        data = Model.to_dict(self)
        try:
            v_paused = self.paused
        except AttributeError:
            pass
        else:
            data["paused"] = v_paused.to_dict()
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> SubscriptionStatusDetails:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_paused = take("paused", UNSET)
        if type(v_paused) is dict:
            fill.paused = SubscriptionStatusDetailsPaused.from_dict(v_paused)
        elif v_paused is not UNSET:
            d["paused"] = v_paused
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
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
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("subscription", "subscription", "SubscriptionStatusDetailsPausedSubscription"),
        ("transitioned_at", "transitioned_at", "int"),
        ("type_", "type", "Literal['subscription']"),
    )

    _CONVERTED: ClassVar[frozenset[str]] = frozenset(("subscription",))

    def to_dict(self) -> dict[str, Any]:
        # Plain fields are copied by Model.to_dict; these need converting back to JSON. An
        # unfilled field raises AttributeError: what was received for it, if anything, is
        # already in additional_properties.
        data = Model.to_dict(self)
        try:
            v_subscription = self.subscription
        except AttributeError:
            pass
        else:
            data["subscription"] = v_subscription.to_dict()
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> SubscriptionStatusDetailsPaused:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_subscription = take("subscription", UNSET)
        if type(v_subscription) is dict:
            fill.subscription = SubscriptionStatusDetailsPausedSubscription.from_dict(
                v_subscription
            )
        elif v_subscription is not UNSET:
            d["subscription"] = v_subscription
        v_transitioned_at = take("transitioned_at", UNSET)
        if type(v_transitioned_at) is int:
            fill.transitioned_at = v_transitioned_at
        elif v_transitioned_at is not UNSET:
            d["transitioned_at"] = v_transitioned_at
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
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        (
            "type_",
            "type",
            "Literal['final_payment_failure', 'first_payment_failure', 'pause_requested', 'system', 'trial_end_without_payment_method']",
        ),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> SubscriptionStatusDetailsPausedSubscription:
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
class SubscriptionTrialSettings(Model):
    """SubscriptionTrialSettings"""

    end_behavior: SubscriptionTrialSettingsEndBehavior
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("end_behavior", "end_behavior", "SubscriptionTrialSettingsEndBehavior"),
    )

    _CONVERTED: ClassVar[frozenset[str]] = frozenset(("end_behavior",))

    def to_dict(self) -> dict[str, Any]:
        # Plain fields are copied by Model.to_dict; these need converting back to JSON. An
        # unfilled field raises AttributeError: what was received for it, if anything, is
        # already in additional_properties.
        data = Model.to_dict(self)
        try:
            v_end_behavior = self.end_behavior
        except AttributeError:
            pass
        else:
            data["end_behavior"] = v_end_behavior.to_dict()
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> SubscriptionTrialSettings:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_end_behavior = take("end_behavior", UNSET)
        if type(v_end_behavior) is dict:
            fill.end_behavior = SubscriptionTrialSettingsEndBehavior.from_dict(v_end_behavior)
        elif v_end_behavior is not UNSET:
            d["end_behavior"] = v_end_behavior
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class SubscriptionTrialSettingsEndBehavior(Model):
    """SubscriptionTrialSettingsEndBehavior"""

    billing_cycle_anchor: Literal["now", "unchanged"] | None
    missing_payment_method: Literal["cancel", "create_invoice", "pause"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("billing_cycle_anchor", "billing_cycle_anchor", "Literal['now', 'unchanged'] | None"),
        (
            "missing_payment_method",
            "missing_payment_method",
            "Literal['cancel', 'create_invoice', 'pause']",
        ),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> SubscriptionTrialSettingsEndBehavior:
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
        v_missing_payment_method = take("missing_payment_method", UNSET)
        if type(v_missing_payment_method) is str:
            fill.missing_payment_method = v_missing_payment_method
        elif v_missing_payment_method is not UNSET:
            d["missing_payment_method"] = v_missing_payment_method
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
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
