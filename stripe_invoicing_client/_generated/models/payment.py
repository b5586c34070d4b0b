"""Response models: payment (generated; do not edit).

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
from ..enums import AllowedPaymentMethodType, CardNetwork, ExcludedPaymentMethodType, MandatePurpose


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class InvoicePayment(Model):
    """Links one payment attempt or record to the invoice it pays."""

    amount_paid: int | None
    """Amount this payment paid on the invoice, once it succeeded."""
    amount_requested: int
    """Amount this payment was asked to pay on the invoice."""
    created: int
    """Unix timestamp in seconds when the object was created."""
    currency: str
    """Three-letter lowercase ISO currency code."""
    id: str
    """Unique identifier of the object."""
    invoice: Invoice | str
    """Invoice this payment is for (an id unless expanded)."""
    is_default: bool
    """Whether this is the invoice's default payment, the one its hosted page and PDF show."""
    livemode: bool
    """True for an object in live mode, false for one in test mode."""
    object_: Literal["invoice_payment"]
    """Object type, always `invoice_payment`."""
    payment: InvoicesPaymentsInvoicePaymentAssociatedPayment
    """The PaymentIntent, charge or payment record behind this invoice payment."""
    status: str
    """Where the payment stands: `open`, `paid` or `canceled`."""
    status_transitions: InvoicesPaymentsInvoicePaymentStatusTransitions
    """When the payment was paid or canceled."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("amount_paid", "amount_paid", "int | None"),
        ("amount_requested", "amount_requested", "int"),
        ("created", "created", "int"),
        ("currency", "currency", "str"),
        ("id", "id", "str"),
        ("invoice", "invoice", "Invoice | str"),
        ("is_default", "is_default", "bool"),
        ("livemode", "livemode", "bool"),
        ("object_", "object", "Literal['invoice_payment']"),
        ("payment", "payment", "InvoicesPaymentsInvoicePaymentAssociatedPayment"),
        ("status", "status", "str"),
        (
            "status_transitions",
            "status_transitions",
            "InvoicesPaymentsInvoicePaymentStatusTransitions",
        ),
    )

    _CONVERTED: ClassVar[frozenset[str]] = frozenset(
        (
            "invoice",
            "payment",
            "status_transitions",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        # Plain fields are copied by Model.to_dict; these need converting back to JSON. An
        # unfilled field raises AttributeError: what was received for it, if anything, is
        # already in additional_properties.
        data = Model.to_dict(self)
        try:
            v_invoice = self.invoice
        except AttributeError:
            pass
        else:
            data["invoice"] = v_invoice.to_dict() if isinstance(v_invoice, Invoice) else v_invoice
        try:
            v_payment = self.payment
        except AttributeError:
            pass
        else:
            data["payment"] = v_payment.to_dict()
        try:
            v_status_transitions = self.status_transitions
        except AttributeError:
            pass
        else:
            data["status_transitions"] = v_status_transitions.to_dict()
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> InvoicePayment:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_amount_paid = take("amount_paid", UNSET)
        if (type(v_amount_paid) is int) or (v_amount_paid is None):
            fill.amount_paid = v_amount_paid
        elif v_amount_paid is not UNSET:
            d["amount_paid"] = v_amount_paid
        v_amount_requested = take("amount_requested", UNSET)
        if type(v_amount_requested) is int:
            fill.amount_requested = v_amount_requested
        elif v_amount_requested is not UNSET:
            d["amount_requested"] = v_amount_requested
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
        v_id = take("id", UNSET)
        if type(v_id) is str:
            fill.id = v_id
        elif v_id is not UNSET:
            d["id"] = v_id
        v_invoice = take("invoice", UNSET)
        if (type(v_invoice) is dict) or (type(v_invoice) is str):
            fill.invoice = Invoice.from_dict(v_invoice) if type(v_invoice) is dict else v_invoice
        elif v_invoice is not UNSET:
            d["invoice"] = v_invoice
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
        v_object_ = take("object", UNSET)
        if type(v_object_) is str:
            fill.object_ = v_object_
        elif v_object_ is not UNSET:
            d["object"] = v_object_
        v_payment = take("payment", UNSET)
        if type(v_payment) is dict:
            fill.payment = InvoicesPaymentsInvoicePaymentAssociatedPayment.from_dict(v_payment)
        elif v_payment is not UNSET:
            d["payment"] = v_payment
        v_status = take("status", UNSET)
        if type(v_status) is str:
            fill.status = v_status
        elif v_status is not UNSET:
            d["status"] = v_status
        v_status_transitions = take("status_transitions", UNSET)
        if type(v_status_transitions) is dict:
            fill.status_transitions = InvoicesPaymentsInvoicePaymentStatusTransitions.from_dict(
                v_status_transitions
            )
        elif v_status_transitions is not UNSET:
            d["status_transitions"] = v_status_transitions
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class InvoicesPaymentsInvoicePaymentAssociatedPayment(Model):
    """Embedded object found at `invoice_payment.payment`."""

    charge: str | dict[str, Any] | None
    payment_intent: PaymentIntent | str | None
    payment_record: str | dict[str, Any] | None
    type_: Literal["charge", "payment_intent", "payment_record"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("charge", "charge", "str | dict[str, Any] | None"),
        ("payment_intent", "payment_intent", "PaymentIntent | str | None"),
        ("payment_record", "payment_record", "str | dict[str, Any] | None"),
        ("type_", "type", "Literal['charge', 'payment_intent', 'payment_record']"),
    )

    _CONVERTED: ClassVar[frozenset[str]] = frozenset(("payment_intent",))

    def to_dict(self) -> dict[str, Any]:
        # Plain fields are copied by Model.to_dict; these need converting back to JSON. An
        # unfilled field raises AttributeError: what was received for it, if anything, is
        # already in additional_properties.
        data = Model.to_dict(self)
        try:
            v_payment_intent = self.payment_intent
        except AttributeError:
            pass
        else:
            data["payment_intent"] = (
                v_payment_intent.to_dict()
                if isinstance(v_payment_intent, PaymentIntent)
                else v_payment_intent
            )
        return data

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> InvoicesPaymentsInvoicePaymentAssociatedPayment:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_charge = take("charge", UNSET)
        if (type(v_charge) is str) or (type(v_charge) is dict) or (v_charge is None):
            fill.charge = v_charge
        elif v_charge is not UNSET:
            d["charge"] = v_charge
        v_payment_intent = take("payment_intent", UNSET)
        if (
            (type(v_payment_intent) is dict)
            or (type(v_payment_intent) is str)
            or (v_payment_intent is None)
        ):
            fill.payment_intent = (
                PaymentIntent.from_dict(v_payment_intent)
                if type(v_payment_intent) is dict
                else v_payment_intent
            )
        elif v_payment_intent is not UNSET:
            d["payment_intent"] = v_payment_intent
        v_payment_record = take("payment_record", UNSET)
        if (
            (type(v_payment_record) is str)
            or (type(v_payment_record) is dict)
            or (v_payment_record is None)
        ):
            fill.payment_record = v_payment_record
        elif v_payment_record is not UNSET:
            d["payment_record"] = v_payment_record
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
class InvoicesPaymentsInvoicePaymentStatusTransitions(Model):
    """Embedded object found at `invoice_payment.status_transitions`."""

    canceled_at: int | None
    paid_at: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("canceled_at", "canceled_at", "int | None"),
        ("paid_at", "paid_at", "int | None"),
    )

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> InvoicesPaymentsInvoicePaymentStatusTransitions:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_canceled_at = take("canceled_at", UNSET)
        if (type(v_canceled_at) is int) or (v_canceled_at is None):
            fill.canceled_at = v_canceled_at
        elif v_canceled_at is not UNSET:
            d["canceled_at"] = v_canceled_at
        v_paid_at = take("paid_at", UNSET)
        if (type(v_paid_at) is int) or (v_paid_at is None):
            fill.paid_at = v_paid_at
        elif v_paid_at is not UNSET:
            d["paid_at"] = v_paid_at
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class SetupIntent(Model):
    """A flow that saves a customer's payment method for later payments."""

    allowed_payment_method_types: list[AllowedPaymentMethodType] | None
    """Payment method types that may be set up, when some are restricted."""
    application: str | dict[str, Any] | None
    """Connect application that created the SetupIntent, if any (an id unless expanded)."""
    attach_to_self: bool | None
    """Whether the payment method is attached to the account itself instead of a customer."""
    automatic_payment_methods: SetupIntentAutomaticPaymentMethods | None
    """Settings for choosing payment methods from the Dashboard, if on."""
    cancellation_reason: Literal["abandoned", "duplicate", "requested_by_customer"] | None
    """Why the SetupIntent was cancelled, if it was."""
    client_secret: str | None
    """Secret the client side uses to complete the setup; never log or store it."""
    created: int
    """Unix timestamp in seconds when the object was created."""
    customer: Customer | str | None
    """Customer the payment method is saved for, if any (an id unless expanded)."""
    customer_account: str | None
    """Id of the Account object that represents the customer, if any."""
    description: str | None
    """Free-text note about the SetupIntent."""
    excluded_payment_method_types: list[ExcludedPaymentMethodType] | None
    """Payment method types left out of the choices."""
    flow_directions: list[Literal["inbound", "outbound"]] | None
    """Whether the saved method may be used to receive money, send it, or both."""
    id: str
    """Unique id of the object."""
    last_setup_error: ApiErrors | None
    """Error of the last failed setup attempt, if any."""
    latest_attempt: str | dict[str, Any] | None
    """Most recent setup attempt, if any (an id unless expanded)."""
    livemode: bool
    """True for an object in live mode, false for one in test mode."""
    managed_payments: SubscriptionManagedPayments | None
    """Settings for payments managed by Stripe, if on."""
    mandate: str | dict[str, Any] | None
    """Mandate created by the setup, if any (an id unless expanded)."""
    metadata: dict[str, str] | None
    """Your own key-value pairs stored on the object."""
    next_action: SetupIntentNextAction | None
    """What the customer must do next to complete the setup, if anything."""
    object_: Literal["setup_intent"]
    """Object type, always `setup_intent`."""
    on_behalf_of: str | dict[str, Any] | None
    """Connected account the setup is for, if any (an id unless expanded)."""
    payment_method: PaymentMethod | str | None
    """Payment method being set up, if chosen (an id unless expanded)."""
    payment_method_configuration_details: SetupIntentPaymentMethodConfigurationDetails | None
    """Payment method configuration used, if any."""
    payment_method_options: SetupIntentPaymentMethodOptions | None
    """Options for each payment method type, if set."""
    payment_method_types: list[str]
    """Payment method types the SetupIntent may use."""
    single_use_mandate: str | dict[str, Any] | None
    """Single-use mandate created by the setup, if any (an id unless expanded)."""
    status: Literal[
        "canceled",
        "processing",
        "requires_action",
        "requires_confirmation",
        "requires_payment_method",
        "succeeded",
    ]
    """Where the setup stands, from `requires_payment_method` to `succeeded` or `canceled`."""
    usage: str
    """Whether the method is meant for payments with the customer present (`on_session`) or not."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        (
            "allowed_payment_method_types",
            "allowed_payment_method_types",
            "list[str (one of 99 values)] | None",
        ),
        ("application", "application", "str | dict[str, Any] | None"),
        ("attach_to_self", "attach_to_self", "bool | None"),
        (
            "automatic_payment_methods",
            "automatic_payment_methods",
            "SetupIntentAutomaticPaymentMethods | None",
        ),
        (
            "cancellation_reason",
            "cancellation_reason",
            "Literal['abandoned', 'duplicate', 'requested_by_customer'] | None",
        ),
        ("client_secret", "client_secret", "str | None"),
        ("created", "created", "int"),
        ("customer", "customer", "Customer | str | None"),
        ("customer_account", "customer_account", "str | None"),
        ("description", "description", "str | None"),
        (
            "excluded_payment_method_types",
            "excluded_payment_method_types",
            "list[str (one of 55 values)] | None",
        ),
        ("flow_directions", "flow_directions", "list[Literal['inbound', 'outbound']] | None"),
        ("id", "id", "str"),
        ("last_setup_error", "last_setup_error", "ApiErrors | None"),
        ("latest_attempt", "latest_attempt", "str | dict[str, Any] | None"),
        ("livemode", "livemode", "bool"),
        ("managed_payments", "managed_payments", "SubscriptionManagedPayments | None"),
        ("mandate", "mandate", "str | dict[str, Any] | None"),
        ("metadata", "metadata", "dict[str, str] | None"),
        ("next_action", "next_action", "SetupIntentNextAction | None"),
        ("object_", "object", "Literal['setup_intent']"),
        ("on_behalf_of", "on_behalf_of", "str | dict[str, Any] | None"),
        ("payment_method", "payment_method", "PaymentMethod | str | None"),
        (
            "payment_method_configuration_details",
            "payment_method_configuration_details",
            "SetupIntentPaymentMethodConfigurationDetails | None",
        ),
        (
            "payment_method_options",
            "payment_method_options",
            "SetupIntentPaymentMethodOptions | None",
        ),
        ("payment_method_types", "payment_method_types", "list[str]"),
        ("single_use_mandate", "single_use_mandate", "str | dict[str, Any] | None"),
        (
            "status",
            "status",
            "Literal['canceled', 'processing', 'requires_action', 'requires_confirmation', 'requires_payment_method', 'succeeded']",
        ),
        ("usage", "usage", "str"),
    )

    _CONVERTED: ClassVar[frozenset[str]] = frozenset(
        (
            "automatic_payment_methods",
            "customer",
            "last_setup_error",
            "managed_payments",
            "next_action",
            "payment_method",
            "payment_method_configuration_details",
            "payment_method_options",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        # Plain fields are copied by Model.to_dict; these need converting back to JSON. An
        # unfilled field raises AttributeError: what was received for it, if anything, is
        # already in additional_properties.
        data = Model.to_dict(self)
        try:
            v_automatic_payment_methods = self.automatic_payment_methods
        except AttributeError:
            pass
        else:
            data["automatic_payment_methods"] = (
                v_automatic_payment_methods.to_dict()
                if isinstance(v_automatic_payment_methods, SetupIntentAutomaticPaymentMethods)
                else v_automatic_payment_methods
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
            v_last_setup_error = self.last_setup_error
        except AttributeError:
            pass
        else:
            data["last_setup_error"] = (
                v_last_setup_error.to_dict()
                if isinstance(v_last_setup_error, ApiErrors)
                else v_last_setup_error
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
            v_next_action = self.next_action
        except AttributeError:
            pass
        else:
            data["next_action"] = (
                v_next_action.to_dict()
                if isinstance(v_next_action, SetupIntentNextAction)
                else v_next_action
            )
        try:
            v_payment_method = self.payment_method
        except AttributeError:
            pass
        else:
            data["payment_method"] = (
                v_payment_method.to_dict()
                if isinstance(v_payment_method, PaymentMethod)
                else v_payment_method
            )
        try:
            v_payment_method_configuration_details = self.payment_method_configuration_details
        except AttributeError:
            pass
        else:
            data["payment_method_configuration_details"] = (
                v_payment_method_configuration_details.to_dict()
                if isinstance(
                    v_payment_method_configuration_details,
                    SetupIntentPaymentMethodConfigurationDetails,
                )
                else v_payment_method_configuration_details
            )
        try:
            v_payment_method_options = self.payment_method_options
        except AttributeError:
            pass
        else:
            data["payment_method_options"] = (
                v_payment_method_options.to_dict()
                if isinstance(v_payment_method_options, SetupIntentPaymentMethodOptions)
                else v_payment_method_options
            )
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> SetupIntent:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_allowed_payment_method_types = take("allowed_payment_method_types", UNSET)
        if (
            type(v_allowed_payment_method_types) is list
            and (
                not v_allowed_payment_method_types
                or all(type(item0) is str for item0 in v_allowed_payment_method_types)
            )
        ) or (v_allowed_payment_method_types is None):
            fill.allowed_payment_method_types = v_allowed_payment_method_types
        elif v_allowed_payment_method_types is not UNSET:
            d["allowed_payment_method_types"] = v_allowed_payment_method_types
        v_application = take("application", UNSET)
        if (type(v_application) is str) or (type(v_application) is dict) or (v_application is None):
            fill.application = v_application
        elif v_application is not UNSET:
            d["application"] = v_application
        v_attach_to_self = take("attach_to_self", UNSET)
        if (type(v_attach_to_self) is bool) or (v_attach_to_self is None):
            fill.attach_to_self = v_attach_to_self
        elif v_attach_to_self is not UNSET:
            d["attach_to_self"] = v_attach_to_self
        v_automatic_payment_methods = take("automatic_payment_methods", UNSET)
        if (type(v_automatic_payment_methods) is dict) or (v_automatic_payment_methods is None):
            fill.automatic_payment_methods = (
                SetupIntentAutomaticPaymentMethods.from_dict(v_automatic_payment_methods)
                if type(v_automatic_payment_methods) is dict
                else v_automatic_payment_methods
            )
        elif v_automatic_payment_methods is not UNSET:
            d["automatic_payment_methods"] = v_automatic_payment_methods
        v_cancellation_reason = take("cancellation_reason", UNSET)
        if (type(v_cancellation_reason) is str) or (v_cancellation_reason is None):
            fill.cancellation_reason = v_cancellation_reason
        elif v_cancellation_reason is not UNSET:
            d["cancellation_reason"] = v_cancellation_reason
        v_client_secret = take("client_secret", UNSET)
        if (type(v_client_secret) is str) or (v_client_secret is None):
            fill.client_secret = v_client_secret
        elif v_client_secret is not UNSET:
            d["client_secret"] = v_client_secret
        v_created = take("created", UNSET)
        if type(v_created) is int:
            fill.created = v_created
        elif v_created is not UNSET:
            d["created"] = v_created
        v_customer = take("customer", UNSET)
        if (type(v_customer) is dict) or (type(v_customer) is str) or (v_customer is None):
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
        v_description = take("description", UNSET)
        if (type(v_description) is str) or (v_description is None):
            fill.description = v_description
        elif v_description is not UNSET:
            d["description"] = v_description
        v_excluded_payment_method_types = take("excluded_payment_method_types", UNSET)
        if (
            type(v_excluded_payment_method_types) is list
            and (
                not v_excluded_payment_method_types
                or all(type(item0) is str for item0 in v_excluded_payment_method_types)
            )
        ) or (v_excluded_payment_method_types is None):
            fill.excluded_payment_method_types = v_excluded_payment_method_types
        elif v_excluded_payment_method_types is not UNSET:
            d["excluded_payment_method_types"] = v_excluded_payment_method_types
        v_flow_directions = take("flow_directions", UNSET)
        if (
            type(v_flow_directions) is list
            and (not v_flow_directions or all(type(item0) is str for item0 in v_flow_directions))
        ) or (v_flow_directions is None):
            fill.flow_directions = v_flow_directions
        elif v_flow_directions is not UNSET:
            d["flow_directions"] = v_flow_directions
        v_id = take("id", UNSET)
        if type(v_id) is str:
            fill.id = v_id
        elif v_id is not UNSET:
            d["id"] = v_id
        v_last_setup_error = take("last_setup_error", UNSET)
        if (type(v_last_setup_error) is dict) or (v_last_setup_error is None):
            fill.last_setup_error = (
                ApiErrors.from_dict(v_last_setup_error)
                if type(v_last_setup_error) is dict
                else v_last_setup_error
            )
        elif v_last_setup_error is not UNSET:
            d["last_setup_error"] = v_last_setup_error
        v_latest_attempt = take("latest_attempt", UNSET)
        if (
            (type(v_latest_attempt) is str)
            or (type(v_latest_attempt) is dict)
            or (v_latest_attempt is None)
        ):
            fill.latest_attempt = v_latest_attempt
        elif v_latest_attempt is not UNSET:
            d["latest_attempt"] = v_latest_attempt
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
        v_mandate = take("mandate", UNSET)
        if (type(v_mandate) is str) or (type(v_mandate) is dict) or (v_mandate is None):
            fill.mandate = v_mandate
        elif v_mandate is not UNSET:
            d["mandate"] = v_mandate
        v_metadata = take("metadata", UNSET)
        if (
            type(v_metadata) is dict
            and (not v_metadata or all(type(item0) is str for item0 in v_metadata.values()))
        ) or (v_metadata is None):
            fill.metadata = v_metadata
        elif v_metadata is not UNSET:
            d["metadata"] = v_metadata
        v_next_action = take("next_action", UNSET)
        if (type(v_next_action) is dict) or (v_next_action is None):
            fill.next_action = (
                SetupIntentNextAction.from_dict(v_next_action)
                if type(v_next_action) is dict
                else v_next_action
            )
        elif v_next_action is not UNSET:
            d["next_action"] = v_next_action
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
        v_payment_method = take("payment_method", UNSET)
        if (
            (type(v_payment_method) is dict)
            or (type(v_payment_method) is str)
            or (v_payment_method is None)
        ):
            fill.payment_method = (
                PaymentMethod.from_dict(v_payment_method)
                if type(v_payment_method) is dict
                else v_payment_method
            )
        elif v_payment_method is not UNSET:
            d["payment_method"] = v_payment_method
        v_payment_method_configuration_details = take("payment_method_configuration_details", UNSET)
        if (type(v_payment_method_configuration_details) is dict) or (
            v_payment_method_configuration_details is None
        ):
            fill.payment_method_configuration_details = (
                SetupIntentPaymentMethodConfigurationDetails.from_dict(
                    v_payment_method_configuration_details
                )
                if type(v_payment_method_configuration_details) is dict
                else v_payment_method_configuration_details
            )
        elif v_payment_method_configuration_details is not UNSET:
            d["payment_method_configuration_details"] = v_payment_method_configuration_details
        v_payment_method_options = take("payment_method_options", UNSET)
        if (type(v_payment_method_options) is dict) or (v_payment_method_options is None):
            fill.payment_method_options = (
                SetupIntentPaymentMethodOptions.from_dict(v_payment_method_options)
                if type(v_payment_method_options) is dict
                else v_payment_method_options
            )
        elif v_payment_method_options is not UNSET:
            d["payment_method_options"] = v_payment_method_options
        v_payment_method_types = take("payment_method_types", UNSET)
        if type(v_payment_method_types) is list and (
            not v_payment_method_types
            or all(type(item0) is str for item0 in v_payment_method_types)
        ):
            fill.payment_method_types = v_payment_method_types
        elif v_payment_method_types is not UNSET:
            d["payment_method_types"] = v_payment_method_types
        v_single_use_mandate = take("single_use_mandate", UNSET)
        if (
            (type(v_single_use_mandate) is str)
            or (type(v_single_use_mandate) is dict)
            or (v_single_use_mandate is None)
        ):
            fill.single_use_mandate = v_single_use_mandate
        elif v_single_use_mandate is not UNSET:
            d["single_use_mandate"] = v_single_use_mandate
        v_status = take("status", UNSET)
        if type(v_status) is str:
            fill.status = v_status
        elif v_status is not UNSET:
            d["status"] = v_status
        v_usage = take("usage", UNSET)
        if type(v_usage) is str:
            fill.usage = v_usage
        elif v_usage is not UNSET:
            d["usage"] = v_usage
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class SetupIntentAutomaticPaymentMethods(Model):
    """SetupIntentAutomaticPaymentMethods"""

    allow_redirects: Literal["always", "never"] | None
    enabled: bool | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("allow_redirects", "allow_redirects", "Literal['always', 'never'] | None"),
        ("enabled", "enabled", "bool | None"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> SetupIntentAutomaticPaymentMethods:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_allow_redirects = take("allow_redirects", UNSET)
        if (type(v_allow_redirects) is str) or (v_allow_redirects is None):
            fill.allow_redirects = v_allow_redirects
        elif v_allow_redirects is not UNSET:
            d["allow_redirects"] = v_allow_redirects
        v_enabled = take("enabled", UNSET)
        if (type(v_enabled) is bool) or (v_enabled is None):
            fill.enabled = v_enabled
        elif v_enabled is not UNSET:
            d["enabled"] = v_enabled
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class SetupIntentNextAction(Model):
    """SetupIntentNextAction"""

    blik_authorize: dict[str, Any] | None
    cashapp_handle_redirect_or_display_qr_code: (
        SetupIntentNextActionCashappHandleRedirectOrDisplayQrCode | None
    )
    pix_display_qr_code: SetupIntentNextActionPixDisplayQrCode | None
    redirect_to_url: SetupIntentNextActionRedirectToUrl | None
    type_: str
    upi_handle_redirect_or_display_qr_code: (
        SetupIntentNextActionUpiHandleRedirectOrDisplayQrCode | None
    )
    use_stripe_sdk: dict[str, Any] | None
    verify_with_microdeposits: SetupIntentNextActionVerifyWithMicrodeposits | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("blik_authorize", "blik_authorize", "dict[str, Any] | None"),
        (
            "cashapp_handle_redirect_or_display_qr_code",
            "cashapp_handle_redirect_or_display_qr_code",
            "SetupIntentNextActionCashappHandleRedirectOrDisplayQrCode | None",
        ),
        (
            "pix_display_qr_code",
            "pix_display_qr_code",
            "SetupIntentNextActionPixDisplayQrCode | None",
        ),
        ("redirect_to_url", "redirect_to_url", "SetupIntentNextActionRedirectToUrl | None"),
        ("type_", "type", "str"),
        (
            "upi_handle_redirect_or_display_qr_code",
            "upi_handle_redirect_or_display_qr_code",
            "SetupIntentNextActionUpiHandleRedirectOrDisplayQrCode | None",
        ),
        ("use_stripe_sdk", "use_stripe_sdk", "dict[str, Any] | None"),
        (
            "verify_with_microdeposits",
            "verify_with_microdeposits",
            "SetupIntentNextActionVerifyWithMicrodeposits | None",
        ),
    )

    _CONVERTED: ClassVar[frozenset[str]] = frozenset(
        (
            "cashapp_handle_redirect_or_display_qr_code",
            "pix_display_qr_code",
            "redirect_to_url",
            "upi_handle_redirect_or_display_qr_code",
            "verify_with_microdeposits",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        # Plain fields are copied by Model.to_dict; these need converting back to JSON. An
        # unfilled field raises AttributeError: what was received for it, if anything, is
        # already in additional_properties.
        data = Model.to_dict(self)
        try:
            v_cashapp_handle_redirect_or_display_qr_code = (
                self.cashapp_handle_redirect_or_display_qr_code
            )
        except AttributeError:
            pass
        else:
            data["cashapp_handle_redirect_or_display_qr_code"] = (
                v_cashapp_handle_redirect_or_display_qr_code.to_dict()
                if isinstance(
                    v_cashapp_handle_redirect_or_display_qr_code,
                    SetupIntentNextActionCashappHandleRedirectOrDisplayQrCode,
                )
                else v_cashapp_handle_redirect_or_display_qr_code
            )
        try:
            v_pix_display_qr_code = self.pix_display_qr_code
        except AttributeError:
            pass
        else:
            data["pix_display_qr_code"] = (
                v_pix_display_qr_code.to_dict()
                if isinstance(v_pix_display_qr_code, SetupIntentNextActionPixDisplayQrCode)
                else v_pix_display_qr_code
            )
        try:
            v_redirect_to_url = self.redirect_to_url
        except AttributeError:
            pass
        else:
            data["redirect_to_url"] = (
                v_redirect_to_url.to_dict()
                if isinstance(v_redirect_to_url, SetupIntentNextActionRedirectToUrl)
                else v_redirect_to_url
            )
        try:
            v_upi_handle_redirect_or_display_qr_code = self.upi_handle_redirect_or_display_qr_code
        except AttributeError:
            pass
        else:
            data["upi_handle_redirect_or_display_qr_code"] = (
                v_upi_handle_redirect_or_display_qr_code.to_dict()
                if isinstance(
                    v_upi_handle_redirect_or_display_qr_code,
                    SetupIntentNextActionUpiHandleRedirectOrDisplayQrCode,
                )
                else v_upi_handle_redirect_or_display_qr_code
            )
        try:
            v_verify_with_microdeposits = self.verify_with_microdeposits
        except AttributeError:
            pass
        else:
            data["verify_with_microdeposits"] = (
                v_verify_with_microdeposits.to_dict()
                if isinstance(
                    v_verify_with_microdeposits, SetupIntentNextActionVerifyWithMicrodeposits
                )
                else v_verify_with_microdeposits
            )
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> SetupIntentNextAction:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_blik_authorize = take("blik_authorize", UNSET)
        if (type(v_blik_authorize) is dict) or (v_blik_authorize is None):
            fill.blik_authorize = v_blik_authorize
        elif v_blik_authorize is not UNSET:
            d["blik_authorize"] = v_blik_authorize
        v_cashapp_handle_redirect_or_display_qr_code = take(
            "cashapp_handle_redirect_or_display_qr_code", UNSET
        )
        if (type(v_cashapp_handle_redirect_or_display_qr_code) is dict) or (
            v_cashapp_handle_redirect_or_display_qr_code is None
        ):
            fill.cashapp_handle_redirect_or_display_qr_code = (
                SetupIntentNextActionCashappHandleRedirectOrDisplayQrCode.from_dict(
                    v_cashapp_handle_redirect_or_display_qr_code
                )
                if type(v_cashapp_handle_redirect_or_display_qr_code) is dict
                else v_cashapp_handle_redirect_or_display_qr_code
            )
        elif v_cashapp_handle_redirect_or_display_qr_code is not UNSET:
            d["cashapp_handle_redirect_or_display_qr_code"] = (
                v_cashapp_handle_redirect_or_display_qr_code
            )
        v_pix_display_qr_code = take("pix_display_qr_code", UNSET)
        if (type(v_pix_display_qr_code) is dict) or (v_pix_display_qr_code is None):
            fill.pix_display_qr_code = (
                SetupIntentNextActionPixDisplayQrCode.from_dict(v_pix_display_qr_code)
                if type(v_pix_display_qr_code) is dict
                else v_pix_display_qr_code
            )
        elif v_pix_display_qr_code is not UNSET:
            d["pix_display_qr_code"] = v_pix_display_qr_code
        v_redirect_to_url = take("redirect_to_url", UNSET)
        if (type(v_redirect_to_url) is dict) or (v_redirect_to_url is None):
            fill.redirect_to_url = (
                SetupIntentNextActionRedirectToUrl.from_dict(v_redirect_to_url)
                if type(v_redirect_to_url) is dict
                else v_redirect_to_url
            )
        elif v_redirect_to_url is not UNSET:
            d["redirect_to_url"] = v_redirect_to_url
        v_type_ = take("type", UNSET)
        if type(v_type_) is str:
            fill.type_ = v_type_
        elif v_type_ is not UNSET:
            d["type"] = v_type_
        v_upi_handle_redirect_or_display_qr_code = take(
            "upi_handle_redirect_or_display_qr_code", UNSET
        )
        if (type(v_upi_handle_redirect_or_display_qr_code) is dict) or (
            v_upi_handle_redirect_or_display_qr_code is None
        ):
            fill.upi_handle_redirect_or_display_qr_code = (
                SetupIntentNextActionUpiHandleRedirectOrDisplayQrCode.from_dict(
                    v_upi_handle_redirect_or_display_qr_code
                )
                if type(v_upi_handle_redirect_or_display_qr_code) is dict
                else v_upi_handle_redirect_or_display_qr_code
            )
        elif v_upi_handle_redirect_or_display_qr_code is not UNSET:
            d["upi_handle_redirect_or_display_qr_code"] = v_upi_handle_redirect_or_display_qr_code
        v_use_stripe_sdk = take("use_stripe_sdk", UNSET)
        if (type(v_use_stripe_sdk) is dict) or (v_use_stripe_sdk is None):
            fill.use_stripe_sdk = v_use_stripe_sdk
        elif v_use_stripe_sdk is not UNSET:
            d["use_stripe_sdk"] = v_use_stripe_sdk
        v_verify_with_microdeposits = take("verify_with_microdeposits", UNSET)
        if (type(v_verify_with_microdeposits) is dict) or (v_verify_with_microdeposits is None):
            fill.verify_with_microdeposits = (
                SetupIntentNextActionVerifyWithMicrodeposits.from_dict(v_verify_with_microdeposits)
                if type(v_verify_with_microdeposits) is dict
                else v_verify_with_microdeposits
            )
        elif v_verify_with_microdeposits is not UNSET:
            d["verify_with_microdeposits"] = v_verify_with_microdeposits
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class SetupIntentNextActionPixDisplayQrCode(Model):
    """SetupIntentNextActionPixDisplayQrCode"""

    data: str
    expires_at: int
    hosted_instructions_url: str
    image_url_png: str
    image_url_svg: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("data", "data", "str"),
        ("expires_at", "expires_at", "int"),
        ("hosted_instructions_url", "hosted_instructions_url", "str"),
        ("image_url_png", "image_url_png", "str"),
        ("image_url_svg", "image_url_svg", "str"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> SetupIntentNextActionPixDisplayQrCode:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_data = take("data", UNSET)
        if type(v_data) is str:
            fill.data = v_data
        elif v_data is not UNSET:
            d["data"] = v_data
        v_expires_at = take("expires_at", UNSET)
        if type(v_expires_at) is int:
            fill.expires_at = v_expires_at
        elif v_expires_at is not UNSET:
            d["expires_at"] = v_expires_at
        v_hosted_instructions_url = take("hosted_instructions_url", UNSET)
        if type(v_hosted_instructions_url) is str:
            fill.hosted_instructions_url = v_hosted_instructions_url
        elif v_hosted_instructions_url is not UNSET:
            d["hosted_instructions_url"] = v_hosted_instructions_url
        v_image_url_png = take("image_url_png", UNSET)
        if type(v_image_url_png) is str:
            fill.image_url_png = v_image_url_png
        elif v_image_url_png is not UNSET:
            d["image_url_png"] = v_image_url_png
        v_image_url_svg = take("image_url_svg", UNSET)
        if type(v_image_url_svg) is str:
            fill.image_url_svg = v_image_url_svg
        elif v_image_url_svg is not UNSET:
            d["image_url_svg"] = v_image_url_svg
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class SetupIntentPaymentMethodOptions(Model):
    """SetupIntentPaymentMethodOptions"""

    acss_debit: SetupIntentPaymentMethodOptionsAcssDebit | None
    amazon_pay: dict[str, Any] | None
    bacs_debit: SetupIntentPaymentMethodOptionsBacsDebit | None
    bizum: dict[str, Any] | None
    blik: SetupIntentPaymentMethodOptionsBlik | None
    card: SetupIntentPaymentMethodOptionsCard | None
    card_present: dict[str, Any] | None
    klarna: SetupIntentPaymentMethodOptionsKlarna | None
    link: SetupIntentPaymentMethodOptionsLink | None
    paypal: SetupIntentPaymentMethodOptionsPaypal | None
    payto: SetupIntentPaymentMethodOptionsPayto | None
    pix: SetupIntentPaymentMethodOptionsPix | None
    sepa_debit: SetupIntentPaymentMethodOptionsBacsDebit | None
    upi: InvoicesPaymentMethodOptionsUpi | None
    us_bank_account: SetupIntentPaymentMethodOptionsUsBankAccount | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("acss_debit", "acss_debit", "SetupIntentPaymentMethodOptionsAcssDebit | None"),
        ("amazon_pay", "amazon_pay", "dict[str, Any] | None"),
        ("bacs_debit", "bacs_debit", "SetupIntentPaymentMethodOptionsBacsDebit | None"),
        ("bizum", "bizum", "dict[str, Any] | None"),
        ("blik", "blik", "SetupIntentPaymentMethodOptionsBlik | None"),
        ("card", "card", "SetupIntentPaymentMethodOptionsCard | None"),
        ("card_present", "card_present", "dict[str, Any] | None"),
        ("klarna", "klarna", "SetupIntentPaymentMethodOptionsKlarna | None"),
        ("link", "link", "SetupIntentPaymentMethodOptionsLink | None"),
        ("paypal", "paypal", "SetupIntentPaymentMethodOptionsPaypal | None"),
        ("payto", "payto", "SetupIntentPaymentMethodOptionsPayto | None"),
        ("pix", "pix", "SetupIntentPaymentMethodOptionsPix | None"),
        ("sepa_debit", "sepa_debit", "SetupIntentPaymentMethodOptionsBacsDebit | None"),
        ("upi", "upi", "InvoicesPaymentMethodOptionsUpi | None"),
        (
            "us_bank_account",
            "us_bank_account",
            "SetupIntentPaymentMethodOptionsUsBankAccount | None",
        ),
    )

    _CONVERTED: ClassVar[frozenset[str]] = frozenset(
        (
            "acss_debit",
            "bacs_debit",
            "blik",
            "card",
            "klarna",
            "link",
            "paypal",
            "payto",
            "pix",
            "sepa_debit",
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
                if isinstance(v_acss_debit, SetupIntentPaymentMethodOptionsAcssDebit)
                else v_acss_debit
            )
        try:
            v_bacs_debit = self.bacs_debit
        except AttributeError:
            pass
        else:
            data["bacs_debit"] = (
                v_bacs_debit.to_dict()
                if isinstance(v_bacs_debit, SetupIntentPaymentMethodOptionsBacsDebit)
                else v_bacs_debit
            )
        try:
            v_blik = self.blik
        except AttributeError:
            pass
        else:
            data["blik"] = (
                v_blik.to_dict()
                if isinstance(v_blik, SetupIntentPaymentMethodOptionsBlik)
                else v_blik
            )
        try:
            v_card = self.card
        except AttributeError:
            pass
        else:
            data["card"] = (
                v_card.to_dict()
                if isinstance(v_card, SetupIntentPaymentMethodOptionsCard)
                else v_card
            )
        try:
            v_klarna = self.klarna
        except AttributeError:
            pass
        else:
            data["klarna"] = (
                v_klarna.to_dict()
                if isinstance(v_klarna, SetupIntentPaymentMethodOptionsKlarna)
                else v_klarna
            )
        try:
            v_link = self.link
        except AttributeError:
            pass
        else:
            data["link"] = (
                v_link.to_dict()
                if isinstance(v_link, SetupIntentPaymentMethodOptionsLink)
                else v_link
            )
        try:
            v_paypal = self.paypal
        except AttributeError:
            pass
        else:
            data["paypal"] = (
                v_paypal.to_dict()
                if isinstance(v_paypal, SetupIntentPaymentMethodOptionsPaypal)
                else v_paypal
            )
        try:
            v_payto = self.payto
        except AttributeError:
            pass
        else:
            data["payto"] = (
                v_payto.to_dict()
                if isinstance(v_payto, SetupIntentPaymentMethodOptionsPayto)
                else v_payto
            )
        try:
            v_pix = self.pix
        except AttributeError:
            pass
        else:
            data["pix"] = (
                v_pix.to_dict() if isinstance(v_pix, SetupIntentPaymentMethodOptionsPix) else v_pix
            )
        try:
            v_sepa_debit = self.sepa_debit
        except AttributeError:
            pass
        else:
            data["sepa_debit"] = (
                v_sepa_debit.to_dict()
                if isinstance(v_sepa_debit, SetupIntentPaymentMethodOptionsBacsDebit)
                else v_sepa_debit
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
                if isinstance(v_us_bank_account, SetupIntentPaymentMethodOptionsUsBankAccount)
                else v_us_bank_account
            )
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> SetupIntentPaymentMethodOptions:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_acss_debit = take("acss_debit", UNSET)
        if (type(v_acss_debit) is dict) or (v_acss_debit is None):
            fill.acss_debit = (
                SetupIntentPaymentMethodOptionsAcssDebit.from_dict(v_acss_debit)
                if type(v_acss_debit) is dict
                else v_acss_debit
            )
        elif v_acss_debit is not UNSET:
            d["acss_debit"] = v_acss_debit
        v_amazon_pay = take("amazon_pay", UNSET)
        if (type(v_amazon_pay) is dict) or (v_amazon_pay is None):
            fill.amazon_pay = v_amazon_pay
        elif v_amazon_pay is not UNSET:
            d["amazon_pay"] = v_amazon_pay
        v_bacs_debit = take("bacs_debit", UNSET)
        if (type(v_bacs_debit) is dict) or (v_bacs_debit is None):
            fill.bacs_debit = (
                SetupIntentPaymentMethodOptionsBacsDebit.from_dict(v_bacs_debit)
                if type(v_bacs_debit) is dict
                else v_bacs_debit
            )
        elif v_bacs_debit is not UNSET:
            d["bacs_debit"] = v_bacs_debit
        v_bizum = take("bizum", UNSET)
        if (type(v_bizum) is dict) or (v_bizum is None):
            fill.bizum = v_bizum
        elif v_bizum is not UNSET:
            d["bizum"] = v_bizum
        v_blik = take("blik", UNSET)
        if (type(v_blik) is dict) or (v_blik is None):
            fill.blik = (
                SetupIntentPaymentMethodOptionsBlik.from_dict(v_blik)
                if type(v_blik) is dict
                else v_blik
            )
        elif v_blik is not UNSET:
            d["blik"] = v_blik
        v_card = take("card", UNSET)
        if (type(v_card) is dict) or (v_card is None):
            fill.card = (
                SetupIntentPaymentMethodOptionsCard.from_dict(v_card)
                if type(v_card) is dict
                else v_card
            )
        elif v_card is not UNSET:
            d["card"] = v_card
        v_card_present = take("card_present", UNSET)
        if (type(v_card_present) is dict) or (v_card_present is None):
            fill.card_present = v_card_present
        elif v_card_present is not UNSET:
            d["card_present"] = v_card_present
        v_klarna = take("klarna", UNSET)
        if (type(v_klarna) is dict) or (v_klarna is None):
            fill.klarna = (
                SetupIntentPaymentMethodOptionsKlarna.from_dict(v_klarna)
                if type(v_klarna) is dict
                else v_klarna
            )
        elif v_klarna is not UNSET:
            d["klarna"] = v_klarna
        v_link = take("link", UNSET)
        if (type(v_link) is dict) or (v_link is None):
            fill.link = (
                SetupIntentPaymentMethodOptionsLink.from_dict(v_link)
                if type(v_link) is dict
                else v_link
            )
        elif v_link is not UNSET:
            d["link"] = v_link
        v_paypal = take("paypal", UNSET)
        if (type(v_paypal) is dict) or (v_paypal is None):
            fill.paypal = (
                SetupIntentPaymentMethodOptionsPaypal.from_dict(v_paypal)
                if type(v_paypal) is dict
                else v_paypal
            )
        elif v_paypal is not UNSET:
            d["paypal"] = v_paypal
        v_payto = take("payto", UNSET)
        if (type(v_payto) is dict) or (v_payto is None):
            fill.payto = (
                SetupIntentPaymentMethodOptionsPayto.from_dict(v_payto)
                if type(v_payto) is dict
                else v_payto
            )
        elif v_payto is not UNSET:
            d["payto"] = v_payto
        v_pix = take("pix", UNSET)
        if (type(v_pix) is dict) or (v_pix is None):
            fill.pix = (
                SetupIntentPaymentMethodOptionsPix.from_dict(v_pix)
                if type(v_pix) is dict
                else v_pix
            )
        elif v_pix is not UNSET:
            d["pix"] = v_pix
        v_sepa_debit = take("sepa_debit", UNSET)
        if (type(v_sepa_debit) is dict) or (v_sepa_debit is None):
            fill.sepa_debit = (
                SetupIntentPaymentMethodOptionsBacsDebit.from_dict(v_sepa_debit)
                if type(v_sepa_debit) is dict
                else v_sepa_debit
            )
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
                SetupIntentPaymentMethodOptionsUsBankAccount.from_dict(v_us_bank_account)
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
class SetupIntentPaymentMethodOptionsAcssDebit(Model):
    """SetupIntentPaymentMethodOptionsAcssDebit"""

    currency: Literal["cad", "usd"] | None
    mandate_options: SetupIntentPaymentMethodOptionsAcssDebitMandateOptions | None
    verification_method: Literal["automatic", "instant", "microdeposits"] | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("currency", "currency", "Literal['cad', 'usd'] | None"),
        (
            "mandate_options",
            "mandate_options",
            "SetupIntentPaymentMethodOptionsAcssDebitMandateOptions | None",
        ),
        (
            "verification_method",
            "verification_method",
            "Literal['automatic', 'instant', 'microdeposits'] | None",
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
                    v_mandate_options, SetupIntentPaymentMethodOptionsAcssDebitMandateOptions
                )
                else v_mandate_options
            )
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> SetupIntentPaymentMethodOptionsAcssDebit:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_currency = take("currency", UNSET)
        if (type(v_currency) is str) or (v_currency is None):
            fill.currency = v_currency
        elif v_currency is not UNSET:
            d["currency"] = v_currency
        v_mandate_options = take("mandate_options", UNSET)
        if (type(v_mandate_options) is dict) or (v_mandate_options is None):
            fill.mandate_options = (
                SetupIntentPaymentMethodOptionsAcssDebitMandateOptions.from_dict(v_mandate_options)
                if type(v_mandate_options) is dict
                else v_mandate_options
            )
        elif v_mandate_options is not UNSET:
            d["mandate_options"] = v_mandate_options
        v_verification_method = take("verification_method", UNSET)
        if (type(v_verification_method) is str) or (v_verification_method is None):
            fill.verification_method = v_verification_method
        elif v_verification_method is not UNSET:
            d["verification_method"] = v_verification_method
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class SetupIntentPaymentMethodOptionsAcssDebitMandateOptions(Model):
    """SetupIntentPaymentMethodOptionsAcssDebitMandateOptions"""

    custom_mandate_url: str | None
    default_for: list[Literal["invoice", "subscription"]] | None
    interval_description: str | None
    payment_schedule: Literal["combined", "interval", "sporadic"] | None
    transaction_type: Literal["business", "personal"] | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("custom_mandate_url", "custom_mandate_url", "str | None"),
        ("default_for", "default_for", "list[Literal['invoice', 'subscription']] | None"),
        ("interval_description", "interval_description", "str | None"),
        (
            "payment_schedule",
            "payment_schedule",
            "Literal['combined', 'interval', 'sporadic'] | None",
        ),
        ("transaction_type", "transaction_type", "Literal['business', 'personal'] | None"),
    )

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> SetupIntentPaymentMethodOptionsAcssDebitMandateOptions:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_custom_mandate_url = take("custom_mandate_url", UNSET)
        if (type(v_custom_mandate_url) is str) or (v_custom_mandate_url is None):
            fill.custom_mandate_url = v_custom_mandate_url
        elif v_custom_mandate_url is not UNSET:
            d["custom_mandate_url"] = v_custom_mandate_url
        v_default_for = take("default_for", UNSET)
        if (
            type(v_default_for) is list
            and (not v_default_for or all(type(item0) is str for item0 in v_default_for))
        ) or (v_default_for is None):
            fill.default_for = v_default_for
        elif v_default_for is not UNSET:
            d["default_for"] = v_default_for
        v_interval_description = take("interval_description", UNSET)
        if (type(v_interval_description) is str) or (v_interval_description is None):
            fill.interval_description = v_interval_description
        elif v_interval_description is not UNSET:
            d["interval_description"] = v_interval_description
        v_payment_schedule = take("payment_schedule", UNSET)
        if (type(v_payment_schedule) is str) or (v_payment_schedule is None):
            fill.payment_schedule = v_payment_schedule
        elif v_payment_schedule is not UNSET:
            d["payment_schedule"] = v_payment_schedule
        v_transaction_type = take("transaction_type", UNSET)
        if (type(v_transaction_type) is str) or (v_transaction_type is None):
            fill.transaction_type = v_transaction_type
        elif v_transaction_type is not UNSET:
            d["transaction_type"] = v_transaction_type
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class SetupIntentPaymentMethodOptionsBacsDebit(Model):
    """SetupIntentPaymentMethodOptionsBacsDebit"""

    mandate_options: SetupIntentPaymentMethodOptionsBacsDebitMandateOptions | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        (
            "mandate_options",
            "mandate_options",
            "SetupIntentPaymentMethodOptionsBacsDebitMandateOptions | None",
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
                    v_mandate_options, SetupIntentPaymentMethodOptionsBacsDebitMandateOptions
                )
                else v_mandate_options
            )
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> SetupIntentPaymentMethodOptionsBacsDebit:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_mandate_options = take("mandate_options", UNSET)
        if (type(v_mandate_options) is dict) or (v_mandate_options is None):
            fill.mandate_options = (
                SetupIntentPaymentMethodOptionsBacsDebitMandateOptions.from_dict(v_mandate_options)
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
class SetupIntentPaymentMethodOptionsBlik(Model):
    """SetupIntentPaymentMethodOptionsBlik"""

    mandate_options: SetupIntentPaymentMethodOptionsBlikMandateOptions | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        (
            "mandate_options",
            "mandate_options",
            "SetupIntentPaymentMethodOptionsBlikMandateOptions | None",
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
                if isinstance(v_mandate_options, SetupIntentPaymentMethodOptionsBlikMandateOptions)
                else v_mandate_options
            )
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> SetupIntentPaymentMethodOptionsBlik:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_mandate_options = take("mandate_options", UNSET)
        if (type(v_mandate_options) is dict) or (v_mandate_options is None):
            fill.mandate_options = (
                SetupIntentPaymentMethodOptionsBlikMandateOptions.from_dict(v_mandate_options)
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
class SetupIntentPaymentMethodOptionsCard(Model):
    """SetupIntentPaymentMethodOptionsCard"""

    mandate_options: SetupIntentPaymentMethodOptionsCardMandateOptions | None
    network: CardNetwork | None
    request_three_d_secure: Literal["any", "automatic", "challenge"] | None
    setup_credential_usage: Literal["installment", "recurring", "unscheduled"] | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        (
            "mandate_options",
            "mandate_options",
            "SetupIntentPaymentMethodOptionsCardMandateOptions | None",
        ),
        ("network", "network", "str (one of 13 values) | None"),
        (
            "request_three_d_secure",
            "request_three_d_secure",
            "Literal['any', 'automatic', 'challenge'] | None",
        ),
        (
            "setup_credential_usage",
            "setup_credential_usage",
            "Literal['installment', 'recurring', 'unscheduled'] | None",
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
                if isinstance(v_mandate_options, SetupIntentPaymentMethodOptionsCardMandateOptions)
                else v_mandate_options
            )
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> SetupIntentPaymentMethodOptionsCard:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_mandate_options = take("mandate_options", UNSET)
        if (type(v_mandate_options) is dict) or (v_mandate_options is None):
            fill.mandate_options = (
                SetupIntentPaymentMethodOptionsCardMandateOptions.from_dict(v_mandate_options)
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
        v_setup_credential_usage = take("setup_credential_usage", UNSET)
        if (type(v_setup_credential_usage) is str) or (v_setup_credential_usage is None):
            fill.setup_credential_usage = v_setup_credential_usage
        elif v_setup_credential_usage is not UNSET:
            d["setup_credential_usage"] = v_setup_credential_usage
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class SetupIntentPaymentMethodOptionsCardMandateOptions(Model):
    """SetupIntentPaymentMethodOptionsCardMandateOptions"""

    amount: int
    amount_type: Literal["fixed", "maximum"]
    currency: str
    description: str | None
    end_date: int | None
    interval: Literal["day", "month", "sporadic", "week", "year"]
    interval_count: int | None
    reference: str
    start_date: int
    supported_types: list[Literal["india"]] | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("amount", "amount", "int"),
        ("amount_type", "amount_type", "Literal['fixed', 'maximum']"),
        ("currency", "currency", "str"),
        ("description", "description", "str | None"),
        ("end_date", "end_date", "int | None"),
        ("interval", "interval", "Literal['day', 'month', 'sporadic', 'week', 'year']"),
        ("interval_count", "interval_count", "int | None"),
        ("reference", "reference", "str"),
        ("start_date", "start_date", "int"),
        ("supported_types", "supported_types", "list[Literal['india']] | None"),
    )

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> SetupIntentPaymentMethodOptionsCardMandateOptions:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_amount = take("amount", UNSET)
        if type(v_amount) is int:
            fill.amount = v_amount
        elif v_amount is not UNSET:
            d["amount"] = v_amount
        v_amount_type = take("amount_type", UNSET)
        if type(v_amount_type) is str:
            fill.amount_type = v_amount_type
        elif v_amount_type is not UNSET:
            d["amount_type"] = v_amount_type
        v_currency = take("currency", UNSET)
        if type(v_currency) is str:
            fill.currency = v_currency
        elif v_currency is not UNSET:
            d["currency"] = v_currency
        v_description = take("description", UNSET)
        if (type(v_description) is str) or (v_description is None):
            fill.description = v_description
        elif v_description is not UNSET:
            d["description"] = v_description
        v_end_date = take("end_date", UNSET)
        if (type(v_end_date) is int) or (v_end_date is None):
            fill.end_date = v_end_date
        elif v_end_date is not UNSET:
            d["end_date"] = v_end_date
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
        v_reference = take("reference", UNSET)
        if type(v_reference) is str:
            fill.reference = v_reference
        elif v_reference is not UNSET:
            d["reference"] = v_reference
        v_start_date = take("start_date", UNSET)
        if type(v_start_date) is int:
            fill.start_date = v_start_date
        elif v_start_date is not UNSET:
            d["start_date"] = v_start_date
        v_supported_types = take("supported_types", UNSET)
        if (
            type(v_supported_types) is list
            and (not v_supported_types or all(type(item0) is str for item0 in v_supported_types))
        ) or (v_supported_types is None):
            fill.supported_types = v_supported_types
        elif v_supported_types is not UNSET:
            d["supported_types"] = v_supported_types
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class SetupIntentPaymentMethodOptionsKlarna(Model):
    """SetupIntentPaymentMethodOptionsKlarna"""

    currency: str | None
    preferred_locale: str | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("currency", "currency", "str | None"),
        ("preferred_locale", "preferred_locale", "str | None"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> SetupIntentPaymentMethodOptionsKlarna:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_currency = take("currency", UNSET)
        if (type(v_currency) is str) or (v_currency is None):
            fill.currency = v_currency
        elif v_currency is not UNSET:
            d["currency"] = v_currency
        v_preferred_locale = take("preferred_locale", UNSET)
        if (type(v_preferred_locale) is str) or (v_preferred_locale is None):
            fill.preferred_locale = v_preferred_locale
        elif v_preferred_locale is not UNSET:
            d["preferred_locale"] = v_preferred_locale
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class SetupIntentPaymentMethodOptionsLink(Model):
    """SetupIntentPaymentMethodOptionsLink"""

    persistent_token: str | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("persistent_token", "persistent_token", "str | None"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> SetupIntentPaymentMethodOptionsLink:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_persistent_token = take("persistent_token", UNSET)
        if (type(v_persistent_token) is str) or (v_persistent_token is None):
            fill.persistent_token = v_persistent_token
        elif v_persistent_token is not UNSET:
            d["persistent_token"] = v_persistent_token
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class SetupIntentPaymentMethodOptionsPaypal(Model):
    """SetupIntentPaymentMethodOptionsPaypal"""

    billing_agreement_id: str | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("billing_agreement_id", "billing_agreement_id", "str | None"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> SetupIntentPaymentMethodOptionsPaypal:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_billing_agreement_id = take("billing_agreement_id", UNSET)
        if (type(v_billing_agreement_id) is str) or (v_billing_agreement_id is None):
            fill.billing_agreement_id = v_billing_agreement_id
        elif v_billing_agreement_id is not UNSET:
            d["billing_agreement_id"] = v_billing_agreement_id
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class SetupIntentPaymentMethodOptionsPayto(Model):
    """SetupIntentPaymentMethodOptionsPayto"""

    mandate_options: SetupIntentPaymentMethodOptionsPaytoMandateOptions | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        (
            "mandate_options",
            "mandate_options",
            "SetupIntentPaymentMethodOptionsPaytoMandateOptions | None",
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
                if isinstance(v_mandate_options, SetupIntentPaymentMethodOptionsPaytoMandateOptions)
                else v_mandate_options
            )
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> SetupIntentPaymentMethodOptionsPayto:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_mandate_options = take("mandate_options", UNSET)
        if (type(v_mandate_options) is dict) or (v_mandate_options is None):
            fill.mandate_options = (
                SetupIntentPaymentMethodOptionsPaytoMandateOptions.from_dict(v_mandate_options)
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
class SetupIntentPaymentMethodOptionsPaytoMandateOptions(Model):
    """SetupIntentPaymentMethodOptionsPaytoMandateOptions"""

    amount: int | None
    amount_type: Literal["fixed", "maximum"] | None
    end_date: str | None
    payment_schedule: (
        Literal[
            "adhoc",
            "annual",
            "daily",
            "fortnightly",
            "monthly",
            "quarterly",
            "semi_annual",
            "weekly",
        ]
        | None
    )
    payments_per_period: int | None
    purpose: MandatePurpose | None
    start_date: str | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("amount", "amount", "int | None"),
        ("amount_type", "amount_type", "Literal['fixed', 'maximum'] | None"),
        ("end_date", "end_date", "str | None"),
        ("payment_schedule", "payment_schedule", "str (one of 8 values) | None"),
        ("payments_per_period", "payments_per_period", "int | None"),
        ("purpose", "purpose", "str (one of 11 values) | None"),
        ("start_date", "start_date", "str | None"),
    )

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> SetupIntentPaymentMethodOptionsPaytoMandateOptions:
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
        v_payments_per_period = take("payments_per_period", UNSET)
        if (type(v_payments_per_period) is int) or (v_payments_per_period is None):
            fill.payments_per_period = v_payments_per_period
        elif v_payments_per_period is not UNSET:
            d["payments_per_period"] = v_payments_per_period
        v_purpose = take("purpose", UNSET)
        if (type(v_purpose) is str) or (v_purpose is None):
            fill.purpose = v_purpose
        elif v_purpose is not UNSET:
            d["purpose"] = v_purpose
        v_start_date = take("start_date", UNSET)
        if (type(v_start_date) is str) or (v_start_date is None):
            fill.start_date = v_start_date
        elif v_start_date is not UNSET:
            d["start_date"] = v_start_date
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class SetupIntentPaymentMethodOptionsPix(Model):
    """SetupIntentPaymentMethodOptionsPix"""

    mandate_options: SetupIntentPaymentMethodOptionsPixMandateOptions | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        (
            "mandate_options",
            "mandate_options",
            "SetupIntentPaymentMethodOptionsPixMandateOptions | None",
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
                if isinstance(v_mandate_options, SetupIntentPaymentMethodOptionsPixMandateOptions)
                else v_mandate_options
            )
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> SetupIntentPaymentMethodOptionsPix:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_mandate_options = take("mandate_options", UNSET)
        if (type(v_mandate_options) is dict) or (v_mandate_options is None):
            fill.mandate_options = (
                SetupIntentPaymentMethodOptionsPixMandateOptions.from_dict(v_mandate_options)
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
class SetupIntentPaymentMethodOptionsUsBankAccount(Model):
    """SetupIntentPaymentMethodOptionsUsBankAccount"""

    financial_connections: IntentPaymentMethodOptionsUsBankAccountFinancialConnections | None
    mandate_options: SetupIntentPaymentMethodOptionsUsBankAccountMandateOptions | None
    verification_method: Literal["automatic", "instant", "microdeposits"] | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        (
            "financial_connections",
            "financial_connections",
            "IntentPaymentMethodOptionsUsBankAccountFinancialConnections | None",
        ),
        (
            "mandate_options",
            "mandate_options",
            "SetupIntentPaymentMethodOptionsUsBankAccountMandateOptions | None",
        ),
        (
            "verification_method",
            "verification_method",
            "Literal['automatic', 'instant', 'microdeposits'] | None",
        ),
    )

    _CONVERTED: ClassVar[frozenset[str]] = frozenset(
        (
            "financial_connections",
            "mandate_options",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        # Plain fields are copied by Model.to_dict; these need converting back to JSON. An
        # unfilled field raises AttributeError: what was received for it, if anything, is
        # already in additional_properties.
        data = Model.to_dict(self)
        try:
            v_financial_connections = self.financial_connections
        except AttributeError:
            pass
        else:
            data["financial_connections"] = (
                v_financial_connections.to_dict()
                if isinstance(
                    v_financial_connections,
                    IntentPaymentMethodOptionsUsBankAccountFinancialConnections,
                )
                else v_financial_connections
            )
        try:
            v_mandate_options = self.mandate_options
        except AttributeError:
            pass
        else:
            data["mandate_options"] = (
                v_mandate_options.to_dict()
                if isinstance(
                    v_mandate_options, SetupIntentPaymentMethodOptionsUsBankAccountMandateOptions
                )
                else v_mandate_options
            )
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> SetupIntentPaymentMethodOptionsUsBankAccount:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_financial_connections = take("financial_connections", UNSET)
        if (type(v_financial_connections) is dict) or (v_financial_connections is None):
            fill.financial_connections = (
                IntentPaymentMethodOptionsUsBankAccountFinancialConnections.from_dict(
                    v_financial_connections
                )
                if type(v_financial_connections) is dict
                else v_financial_connections
            )
        elif v_financial_connections is not UNSET:
            d["financial_connections"] = v_financial_connections
        v_mandate_options = take("mandate_options", UNSET)
        if (type(v_mandate_options) is dict) or (v_mandate_options is None):
            fill.mandate_options = (
                SetupIntentPaymentMethodOptionsUsBankAccountMandateOptions.from_dict(
                    v_mandate_options
                )
                if type(v_mandate_options) is dict
                else v_mandate_options
            )
        elif v_mandate_options is not UNSET:
            d["mandate_options"] = v_mandate_options
        v_verification_method = take("verification_method", UNSET)
        if (type(v_verification_method) is str) or (v_verification_method is None):
            fill.verification_method = v_verification_method
        elif v_verification_method is not UNSET:
            d["verification_method"] = v_verification_method
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
            fill.additional_properties = d
        return obj


# Imported last: the modules refer to each other in cycles, needed at call time only.
from .customer import Customer  # noqa: E402
from .errors import ApiErrors  # noqa: E402
from .invoice import Invoice  # noqa: E402
from .payment_intent import PaymentIntent  # noqa: E402
from .payment_method import PaymentMethod  # noqa: E402
from .shared import (  # noqa: E402
    IntentPaymentMethodOptionsUsBankAccountFinancialConnections,
    InvoicesPaymentMethodOptionsUpi,
    SetupIntentNextActionCashappHandleRedirectOrDisplayQrCode,
    SetupIntentNextActionRedirectToUrl,
    SetupIntentNextActionUpiHandleRedirectOrDisplayQrCode,
    SetupIntentNextActionVerifyWithMicrodeposits,
    SetupIntentPaymentMethodConfigurationDetails,
    SetupIntentPaymentMethodOptionsBacsDebitMandateOptions,
    SetupIntentPaymentMethodOptionsBlikMandateOptions,
    SetupIntentPaymentMethodOptionsPixMandateOptions,
    SetupIntentPaymentMethodOptionsUsBankAccountMandateOptions,
    SubscriptionManagedPayments,
)

__all__ = [
    "InvoicePayment",
    "InvoicesPaymentsInvoicePaymentAssociatedPayment",
    "InvoicesPaymentsInvoicePaymentStatusTransitions",
    "SetupIntent",
    "SetupIntentAutomaticPaymentMethods",
    "SetupIntentNextAction",
    "SetupIntentNextActionPixDisplayQrCode",
    "SetupIntentPaymentMethodOptions",
    "SetupIntentPaymentMethodOptionsAcssDebit",
    "SetupIntentPaymentMethodOptionsAcssDebitMandateOptions",
    "SetupIntentPaymentMethodOptionsBacsDebit",
    "SetupIntentPaymentMethodOptionsBlik",
    "SetupIntentPaymentMethodOptionsCard",
    "SetupIntentPaymentMethodOptionsCardMandateOptions",
    "SetupIntentPaymentMethodOptionsKlarna",
    "SetupIntentPaymentMethodOptionsLink",
    "SetupIntentPaymentMethodOptionsPaypal",
    "SetupIntentPaymentMethodOptionsPayto",
    "SetupIntentPaymentMethodOptionsPaytoMandateOptions",
    "SetupIntentPaymentMethodOptionsPix",
    "SetupIntentPaymentMethodOptionsUsBankAccount",
]
