"""Response models: payment (generated; do not edit).

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
    _KEYS: ClassVar[dict[str, str]] = {
        "object_": "object",
    }
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "invoice": lambda v: Invoice.from_dict(v),
        "payment": lambda v: InvoicesPaymentsInvoicePaymentAssociatedPayment.from_dict(v),
        "status_transitions": lambda v: InvoicesPaymentsInvoicePaymentStatusTransitions.from_dict(
            v
        ),
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> InvoicePayment:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if (type(v_amount_paid := take("amount_paid", UNSET)) is int) or (v_amount_paid is None):
            fill.amount_paid = v_amount_paid
        elif v_amount_paid is not UNSET:
            d["amount_paid"] = v_amount_paid
        if type(v_amount_requested := take("amount_requested", UNSET)) is int:
            fill.amount_requested = v_amount_requested
        elif v_amount_requested is not UNSET:
            d["amount_requested"] = v_amount_requested
        if type(v_created := take("created", UNSET)) is int:
            fill.created = v_created
        elif v_created is not UNSET:
            d["created"] = v_created
        if type(v_currency := take("currency", UNSET)) is str:
            fill.currency = v_currency
        elif v_currency is not UNSET:
            d["currency"] = v_currency
        if type(v_id := take("id", UNSET)) is str:
            fill.id = v_id
        elif v_id is not UNSET:
            d["id"] = v_id
        if type(v_invoice := take("invoice", UNSET)) is dict:
            later["invoice"] = v_invoice
        elif type(v_invoice) is str:
            fill.invoice = v_invoice
        elif v_invoice is not UNSET:
            d["invoice"] = v_invoice
        if type(v_is_default := take("is_default", UNSET)) is bool:
            fill.is_default = v_is_default
        elif v_is_default is not UNSET:
            d["is_default"] = v_is_default
        if type(v_livemode := take("livemode", UNSET)) is bool:
            fill.livemode = v_livemode
        elif v_livemode is not UNSET:
            d["livemode"] = v_livemode
        if type(v_object_ := take("object", UNSET)) is str:
            fill.object_ = v_object_
        elif v_object_ is not UNSET:
            d["object"] = v_object_
        if type(v_payment := take("payment", UNSET)) is dict:
            later["payment"] = v_payment
        elif v_payment is not UNSET:
            d["payment"] = v_payment
        if type(v_status := take("status", UNSET)) is str:
            fill.status = v_status
        elif v_status is not UNSET:
            d["status"] = v_status
        if type(v_status_transitions := take("status_transitions", UNSET)) is dict:
            later["status_transitions"] = v_status_transitions
        elif v_status_transitions is not UNSET:
            d["status_transitions"] = v_status_transitions
        if later:
            fill._later = later
        if d:  # what did not fit, or is not modelled (else made on first read)
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
    _KEYS: ClassVar[dict[str, str]] = {
        "type_": "type",
    }
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "payment_intent": lambda v: PaymentIntent.from_dict(v),
    }

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> InvoicesPaymentsInvoicePaymentAssociatedPayment:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if (
            (type(v_charge := take("charge", UNSET)) is str)
            or (type(v_charge) is dict)
            or (v_charge is None)
        ):
            fill.charge = v_charge
        elif v_charge is not UNSET:
            d["charge"] = v_charge
        if type(v_payment_intent := take("payment_intent", UNSET)) is dict:
            later["payment_intent"] = v_payment_intent
        elif (type(v_payment_intent) is str) or (v_payment_intent is None):
            fill.payment_intent = v_payment_intent
        elif v_payment_intent is not UNSET:
            d["payment_intent"] = v_payment_intent
        if (
            (type(v_payment_record := take("payment_record", UNSET)) is str)
            or (type(v_payment_record) is dict)
            or (v_payment_record is None)
        ):
            fill.payment_record = v_payment_record
        elif v_payment_record is not UNSET:
            d["payment_record"] = v_payment_record
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
class InvoicesPaymentsInvoicePaymentStatusTransitions(Model):
    """Embedded object found at `invoice_payment.status_transitions`."""

    canceled_at: int | None
    paid_at: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> InvoicesPaymentsInvoicePaymentStatusTransitions:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        if (type(v_canceled_at := take("canceled_at", UNSET)) is int) or (v_canceled_at is None):
            fill.canceled_at = v_canceled_at
        elif v_canceled_at is not UNSET:
            d["canceled_at"] = v_canceled_at
        if (type(v_paid_at := take("paid_at", UNSET)) is int) or (v_paid_at is None):
            fill.paid_at = v_paid_at
        elif v_paid_at is not UNSET:
            d["paid_at"] = v_paid_at
        if d:  # what did not fit, or is not modelled (else made on first read)
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
    _KEYS: ClassVar[dict[str, str]] = {
        "object_": "object",
    }
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "automatic_payment_methods": lambda v: SetupIntentAutomaticPaymentMethods.from_dict(v),
        "customer": lambda v: Customer.from_dict(v),
        "last_setup_error": lambda v: ApiErrors.from_dict(v),
        "managed_payments": lambda v: SubscriptionManagedPayments.from_dict(v),
        "next_action": lambda v: SetupIntentNextAction.from_dict(v),
        "payment_method": lambda v: PaymentMethod.from_dict(v),
        "payment_method_configuration_details": lambda v: (
            SetupIntentPaymentMethodConfigurationDetails.from_dict(v)
        ),
        "payment_method_options": lambda v: SetupIntentPaymentMethodOptions.from_dict(v),
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> SetupIntent:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if (
            type(v_allowed_payment_method_types := take("allowed_payment_method_types", UNSET))
            is list
            and (
                not v_allowed_payment_method_types
                or all(type(item0) is str for item0 in v_allowed_payment_method_types)
            )
        ) or (v_allowed_payment_method_types is None):
            fill.allowed_payment_method_types = v_allowed_payment_method_types
        elif v_allowed_payment_method_types is not UNSET:
            d["allowed_payment_method_types"] = v_allowed_payment_method_types
        if (
            (type(v_application := take("application", UNSET)) is str)
            or (type(v_application) is dict)
            or (v_application is None)
        ):
            fill.application = v_application
        elif v_application is not UNSET:
            d["application"] = v_application
        if (type(v_attach_to_self := take("attach_to_self", UNSET)) is bool) or (
            v_attach_to_self is None
        ):
            fill.attach_to_self = v_attach_to_self
        elif v_attach_to_self is not UNSET:
            d["attach_to_self"] = v_attach_to_self
        if type(v_automatic_payment_methods := take("automatic_payment_methods", UNSET)) is dict:
            later["automatic_payment_methods"] = v_automatic_payment_methods
        elif v_automatic_payment_methods is None:
            fill.automatic_payment_methods = v_automatic_payment_methods
        elif v_automatic_payment_methods is not UNSET:
            d["automatic_payment_methods"] = v_automatic_payment_methods
        if (type(v_cancellation_reason := take("cancellation_reason", UNSET)) is str) or (
            v_cancellation_reason is None
        ):
            fill.cancellation_reason = v_cancellation_reason
        elif v_cancellation_reason is not UNSET:
            d["cancellation_reason"] = v_cancellation_reason
        if (type(v_client_secret := take("client_secret", UNSET)) is str) or (
            v_client_secret is None
        ):
            fill.client_secret = v_client_secret
        elif v_client_secret is not UNSET:
            d["client_secret"] = v_client_secret
        if type(v_created := take("created", UNSET)) is int:
            fill.created = v_created
        elif v_created is not UNSET:
            d["created"] = v_created
        if type(v_customer := take("customer", UNSET)) is dict:
            later["customer"] = v_customer
        elif (type(v_customer) is str) or (v_customer is None):
            fill.customer = v_customer
        elif v_customer is not UNSET:
            d["customer"] = v_customer
        if (type(v_customer_account := take("customer_account", UNSET)) is str) or (
            v_customer_account is None
        ):
            fill.customer_account = v_customer_account
        elif v_customer_account is not UNSET:
            d["customer_account"] = v_customer_account
        if (type(v_description := take("description", UNSET)) is str) or (v_description is None):
            fill.description = v_description
        elif v_description is not UNSET:
            d["description"] = v_description
        if (
            type(v_excluded_payment_method_types := take("excluded_payment_method_types", UNSET))
            is list
            and (
                not v_excluded_payment_method_types
                or all(type(item0) is str for item0 in v_excluded_payment_method_types)
            )
        ) or (v_excluded_payment_method_types is None):
            fill.excluded_payment_method_types = v_excluded_payment_method_types
        elif v_excluded_payment_method_types is not UNSET:
            d["excluded_payment_method_types"] = v_excluded_payment_method_types
        if (
            type(v_flow_directions := take("flow_directions", UNSET)) is list
            and (not v_flow_directions or all(type(item0) is str for item0 in v_flow_directions))
        ) or (v_flow_directions is None):
            fill.flow_directions = v_flow_directions
        elif v_flow_directions is not UNSET:
            d["flow_directions"] = v_flow_directions
        if type(v_id := take("id", UNSET)) is str:
            fill.id = v_id
        elif v_id is not UNSET:
            d["id"] = v_id
        if type(v_last_setup_error := take("last_setup_error", UNSET)) is dict:
            later["last_setup_error"] = v_last_setup_error
        elif v_last_setup_error is None:
            fill.last_setup_error = v_last_setup_error
        elif v_last_setup_error is not UNSET:
            d["last_setup_error"] = v_last_setup_error
        if (
            (type(v_latest_attempt := take("latest_attempt", UNSET)) is str)
            or (type(v_latest_attempt) is dict)
            or (v_latest_attempt is None)
        ):
            fill.latest_attempt = v_latest_attempt
        elif v_latest_attempt is not UNSET:
            d["latest_attempt"] = v_latest_attempt
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
        if (
            (type(v_mandate := take("mandate", UNSET)) is str)
            or (type(v_mandate) is dict)
            or (v_mandate is None)
        ):
            fill.mandate = v_mandate
        elif v_mandate is not UNSET:
            d["mandate"] = v_mandate
        if (
            type(v_metadata := take("metadata", UNSET)) is dict
            and (not v_metadata or all(type(item0) is str for item0 in v_metadata.values()))
        ) or (v_metadata is None):
            fill.metadata = v_metadata
        elif v_metadata is not UNSET:
            d["metadata"] = v_metadata
        if type(v_next_action := take("next_action", UNSET)) is dict:
            later["next_action"] = v_next_action
        elif v_next_action is None:
            fill.next_action = v_next_action
        elif v_next_action is not UNSET:
            d["next_action"] = v_next_action
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
        if type(v_payment_method := take("payment_method", UNSET)) is dict:
            later["payment_method"] = v_payment_method
        elif (type(v_payment_method) is str) or (v_payment_method is None):
            fill.payment_method = v_payment_method
        elif v_payment_method is not UNSET:
            d["payment_method"] = v_payment_method
        if (
            type(
                v_payment_method_configuration_details := take(
                    "payment_method_configuration_details", UNSET
                )
            )
            is dict
        ):
            later["payment_method_configuration_details"] = v_payment_method_configuration_details
        elif v_payment_method_configuration_details is None:
            fill.payment_method_configuration_details = v_payment_method_configuration_details
        elif v_payment_method_configuration_details is not UNSET:
            d["payment_method_configuration_details"] = v_payment_method_configuration_details
        if type(v_payment_method_options := take("payment_method_options", UNSET)) is dict:
            later["payment_method_options"] = v_payment_method_options
        elif v_payment_method_options is None:
            fill.payment_method_options = v_payment_method_options
        elif v_payment_method_options is not UNSET:
            d["payment_method_options"] = v_payment_method_options
        if type(v_payment_method_types := take("payment_method_types", UNSET)) is list and (
            not v_payment_method_types
            or all(type(item0) is str for item0 in v_payment_method_types)
        ):
            fill.payment_method_types = v_payment_method_types
        elif v_payment_method_types is not UNSET:
            d["payment_method_types"] = v_payment_method_types
        if (
            (type(v_single_use_mandate := take("single_use_mandate", UNSET)) is str)
            or (type(v_single_use_mandate) is dict)
            or (v_single_use_mandate is None)
        ):
            fill.single_use_mandate = v_single_use_mandate
        elif v_single_use_mandate is not UNSET:
            d["single_use_mandate"] = v_single_use_mandate
        if type(v_status := take("status", UNSET)) is str:
            fill.status = v_status
        elif v_status is not UNSET:
            d["status"] = v_status
        if type(v_usage := take("usage", UNSET)) is str:
            fill.usage = v_usage
        elif v_usage is not UNSET:
            d["usage"] = v_usage
        if later:
            fill._later = later
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class SetupIntentAutomaticPaymentMethods(Model):
    """SetupIntentAutomaticPaymentMethods"""

    allow_redirects: Literal["always", "never"] | None
    enabled: bool | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> SetupIntentAutomaticPaymentMethods:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        if (type(v_allow_redirects := take("allow_redirects", UNSET)) is str) or (
            v_allow_redirects is None
        ):
            fill.allow_redirects = v_allow_redirects
        elif v_allow_redirects is not UNSET:
            d["allow_redirects"] = v_allow_redirects
        if (type(v_enabled := take("enabled", UNSET)) is bool) or (v_enabled is None):
            fill.enabled = v_enabled
        elif v_enabled is not UNSET:
            d["enabled"] = v_enabled
        if d:  # what did not fit, or is not modelled (else made on first read)
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
    _KEYS: ClassVar[dict[str, str]] = {
        "type_": "type",
    }
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "cashapp_handle_redirect_or_display_qr_code": lambda v: (
            SetupIntentNextActionCashappHandleRedirectOrDisplayQrCode.from_dict(v)
        ),
        "pix_display_qr_code": lambda v: SetupIntentNextActionPixDisplayQrCode.from_dict(v),
        "redirect_to_url": lambda v: SetupIntentNextActionRedirectToUrl.from_dict(v),
        "upi_handle_redirect_or_display_qr_code": lambda v: (
            SetupIntentNextActionUpiHandleRedirectOrDisplayQrCode.from_dict(v)
        ),
        "verify_with_microdeposits": lambda v: (
            SetupIntentNextActionVerifyWithMicrodeposits.from_dict(v)
        ),
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> SetupIntentNextAction:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if (type(v_blik_authorize := take("blik_authorize", UNSET)) is dict) or (
            v_blik_authorize is None
        ):
            fill.blik_authorize = v_blik_authorize
        elif v_blik_authorize is not UNSET:
            d["blik_authorize"] = v_blik_authorize
        if (
            type(
                v_cashapp_handle_redirect_or_display_qr_code := take(
                    "cashapp_handle_redirect_or_display_qr_code", UNSET
                )
            )
            is dict
        ):
            later["cashapp_handle_redirect_or_display_qr_code"] = (
                v_cashapp_handle_redirect_or_display_qr_code
            )
        elif v_cashapp_handle_redirect_or_display_qr_code is None:
            fill.cashapp_handle_redirect_or_display_qr_code = (
                v_cashapp_handle_redirect_or_display_qr_code
            )
        elif v_cashapp_handle_redirect_or_display_qr_code is not UNSET:
            d["cashapp_handle_redirect_or_display_qr_code"] = (
                v_cashapp_handle_redirect_or_display_qr_code
            )
        if type(v_pix_display_qr_code := take("pix_display_qr_code", UNSET)) is dict:
            later["pix_display_qr_code"] = v_pix_display_qr_code
        elif v_pix_display_qr_code is None:
            fill.pix_display_qr_code = v_pix_display_qr_code
        elif v_pix_display_qr_code is not UNSET:
            d["pix_display_qr_code"] = v_pix_display_qr_code
        if type(v_redirect_to_url := take("redirect_to_url", UNSET)) is dict:
            later["redirect_to_url"] = v_redirect_to_url
        elif v_redirect_to_url is None:
            fill.redirect_to_url = v_redirect_to_url
        elif v_redirect_to_url is not UNSET:
            d["redirect_to_url"] = v_redirect_to_url
        if type(v_type_ := take("type", UNSET)) is str:
            fill.type_ = v_type_
        elif v_type_ is not UNSET:
            d["type"] = v_type_
        if (
            type(
                v_upi_handle_redirect_or_display_qr_code := take(
                    "upi_handle_redirect_or_display_qr_code", UNSET
                )
            )
            is dict
        ):
            later["upi_handle_redirect_or_display_qr_code"] = (
                v_upi_handle_redirect_or_display_qr_code
            )
        elif v_upi_handle_redirect_or_display_qr_code is None:
            fill.upi_handle_redirect_or_display_qr_code = v_upi_handle_redirect_or_display_qr_code
        elif v_upi_handle_redirect_or_display_qr_code is not UNSET:
            d["upi_handle_redirect_or_display_qr_code"] = v_upi_handle_redirect_or_display_qr_code
        if (type(v_use_stripe_sdk := take("use_stripe_sdk", UNSET)) is dict) or (
            v_use_stripe_sdk is None
        ):
            fill.use_stripe_sdk = v_use_stripe_sdk
        elif v_use_stripe_sdk is not UNSET:
            d["use_stripe_sdk"] = v_use_stripe_sdk
        if type(v_verify_with_microdeposits := take("verify_with_microdeposits", UNSET)) is dict:
            later["verify_with_microdeposits"] = v_verify_with_microdeposits
        elif v_verify_with_microdeposits is None:
            fill.verify_with_microdeposits = v_verify_with_microdeposits
        elif v_verify_with_microdeposits is not UNSET:
            d["verify_with_microdeposits"] = v_verify_with_microdeposits
        if later:
            fill._later = later
        if d:  # what did not fit, or is not modelled (else made on first read)
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

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> SetupIntentNextActionPixDisplayQrCode:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        if type(v_data := take("data", UNSET)) is str:
            fill.data = v_data
        elif v_data is not UNSET:
            d["data"] = v_data
        if type(v_expires_at := take("expires_at", UNSET)) is int:
            fill.expires_at = v_expires_at
        elif v_expires_at is not UNSET:
            d["expires_at"] = v_expires_at
        if type(v_hosted_instructions_url := take("hosted_instructions_url", UNSET)) is str:
            fill.hosted_instructions_url = v_hosted_instructions_url
        elif v_hosted_instructions_url is not UNSET:
            d["hosted_instructions_url"] = v_hosted_instructions_url
        if type(v_image_url_png := take("image_url_png", UNSET)) is str:
            fill.image_url_png = v_image_url_png
        elif v_image_url_png is not UNSET:
            d["image_url_png"] = v_image_url_png
        if type(v_image_url_svg := take("image_url_svg", UNSET)) is str:
            fill.image_url_svg = v_image_url_svg
        elif v_image_url_svg is not UNSET:
            d["image_url_svg"] = v_image_url_svg
        if d:  # what did not fit, or is not modelled (else made on first read)
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
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "acss_debit": lambda v: SetupIntentPaymentMethodOptionsAcssDebit.from_dict(v),
        "bacs_debit": lambda v: SetupIntentPaymentMethodOptionsBacsDebit.from_dict(v),
        "blik": lambda v: SetupIntentPaymentMethodOptionsBlik.from_dict(v),
        "card": lambda v: SetupIntentPaymentMethodOptionsCard.from_dict(v),
        "klarna": lambda v: SetupIntentPaymentMethodOptionsKlarna.from_dict(v),
        "link": lambda v: SetupIntentPaymentMethodOptionsLink.from_dict(v),
        "paypal": lambda v: SetupIntentPaymentMethodOptionsPaypal.from_dict(v),
        "payto": lambda v: SetupIntentPaymentMethodOptionsPayto.from_dict(v),
        "pix": lambda v: SetupIntentPaymentMethodOptionsPix.from_dict(v),
        "sepa_debit": lambda v: SetupIntentPaymentMethodOptionsBacsDebit.from_dict(v),
        "upi": lambda v: InvoicesPaymentMethodOptionsUpi.from_dict(v),
        "us_bank_account": lambda v: SetupIntentPaymentMethodOptionsUsBankAccount.from_dict(v),
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> SetupIntentPaymentMethodOptions:
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
        if (type(v_amazon_pay := take("amazon_pay", UNSET)) is dict) or (v_amazon_pay is None):
            fill.amazon_pay = v_amazon_pay
        elif v_amazon_pay is not UNSET:
            d["amazon_pay"] = v_amazon_pay
        if type(v_bacs_debit := take("bacs_debit", UNSET)) is dict:
            later["bacs_debit"] = v_bacs_debit
        elif v_bacs_debit is None:
            fill.bacs_debit = v_bacs_debit
        elif v_bacs_debit is not UNSET:
            d["bacs_debit"] = v_bacs_debit
        if (type(v_bizum := take("bizum", UNSET)) is dict) or (v_bizum is None):
            fill.bizum = v_bizum
        elif v_bizum is not UNSET:
            d["bizum"] = v_bizum
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
        if (type(v_card_present := take("card_present", UNSET)) is dict) or (
            v_card_present is None
        ):
            fill.card_present = v_card_present
        elif v_card_present is not UNSET:
            d["card_present"] = v_card_present
        if type(v_klarna := take("klarna", UNSET)) is dict:
            later["klarna"] = v_klarna
        elif v_klarna is None:
            fill.klarna = v_klarna
        elif v_klarna is not UNSET:
            d["klarna"] = v_klarna
        if type(v_link := take("link", UNSET)) is dict:
            later["link"] = v_link
        elif v_link is None:
            fill.link = v_link
        elif v_link is not UNSET:
            d["link"] = v_link
        if type(v_paypal := take("paypal", UNSET)) is dict:
            later["paypal"] = v_paypal
        elif v_paypal is None:
            fill.paypal = v_paypal
        elif v_paypal is not UNSET:
            d["paypal"] = v_paypal
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
        if type(v_sepa_debit := take("sepa_debit", UNSET)) is dict:
            later["sepa_debit"] = v_sepa_debit
        elif v_sepa_debit is None:
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
class SetupIntentPaymentMethodOptionsAcssDebit(Model):
    """SetupIntentPaymentMethodOptionsAcssDebit"""

    currency: Literal["cad", "usd"] | None
    mandate_options: SetupIntentPaymentMethodOptionsAcssDebitMandateOptions | None
    verification_method: Literal["automatic", "instant", "microdeposits"] | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "mandate_options": lambda v: (
            SetupIntentPaymentMethodOptionsAcssDebitMandateOptions.from_dict(v)
        ),
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> SetupIntentPaymentMethodOptionsAcssDebit:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if (type(v_currency := take("currency", UNSET)) is str) or (v_currency is None):
            fill.currency = v_currency
        elif v_currency is not UNSET:
            d["currency"] = v_currency
        if type(v_mandate_options := take("mandate_options", UNSET)) is dict:
            later["mandate_options"] = v_mandate_options
        elif v_mandate_options is None:
            fill.mandate_options = v_mandate_options
        elif v_mandate_options is not UNSET:
            d["mandate_options"] = v_mandate_options
        if (type(v_verification_method := take("verification_method", UNSET)) is str) or (
            v_verification_method is None
        ):
            fill.verification_method = v_verification_method
        elif v_verification_method is not UNSET:
            d["verification_method"] = v_verification_method
        if later:
            fill._later = later
        if d:  # what did not fit, or is not modelled (else made on first read)
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

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> SetupIntentPaymentMethodOptionsAcssDebitMandateOptions:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        if (type(v_custom_mandate_url := take("custom_mandate_url", UNSET)) is str) or (
            v_custom_mandate_url is None
        ):
            fill.custom_mandate_url = v_custom_mandate_url
        elif v_custom_mandate_url is not UNSET:
            d["custom_mandate_url"] = v_custom_mandate_url
        if (
            type(v_default_for := take("default_for", UNSET)) is list
            and (not v_default_for or all(type(item0) is str for item0 in v_default_for))
        ) or (v_default_for is None):
            fill.default_for = v_default_for
        elif v_default_for is not UNSET:
            d["default_for"] = v_default_for
        if (type(v_interval_description := take("interval_description", UNSET)) is str) or (
            v_interval_description is None
        ):
            fill.interval_description = v_interval_description
        elif v_interval_description is not UNSET:
            d["interval_description"] = v_interval_description
        if (type(v_payment_schedule := take("payment_schedule", UNSET)) is str) or (
            v_payment_schedule is None
        ):
            fill.payment_schedule = v_payment_schedule
        elif v_payment_schedule is not UNSET:
            d["payment_schedule"] = v_payment_schedule
        if (type(v_transaction_type := take("transaction_type", UNSET)) is str) or (
            v_transaction_type is None
        ):
            fill.transaction_type = v_transaction_type
        elif v_transaction_type is not UNSET:
            d["transaction_type"] = v_transaction_type
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class SetupIntentPaymentMethodOptionsBacsDebit(Model):
    """SetupIntentPaymentMethodOptionsBacsDebit"""

    mandate_options: SetupIntentPaymentMethodOptionsBacsDebitMandateOptions | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "mandate_options": lambda v: (
            SetupIntentPaymentMethodOptionsBacsDebitMandateOptions.from_dict(v)
        ),
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> SetupIntentPaymentMethodOptionsBacsDebit:
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
class SetupIntentPaymentMethodOptionsBlik(Model):
    """SetupIntentPaymentMethodOptionsBlik"""

    mandate_options: SetupIntentPaymentMethodOptionsBlikMandateOptions | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "mandate_options": lambda v: SetupIntentPaymentMethodOptionsBlikMandateOptions.from_dict(v),
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> SetupIntentPaymentMethodOptionsBlik:
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
class SetupIntentPaymentMethodOptionsCard(Model):
    """SetupIntentPaymentMethodOptionsCard"""

    mandate_options: SetupIntentPaymentMethodOptionsCardMandateOptions | None
    network: CardNetwork | None
    request_three_d_secure: Literal["any", "automatic", "challenge"] | None
    setup_credential_usage: Literal["installment", "recurring", "unscheduled"] | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "mandate_options": lambda v: SetupIntentPaymentMethodOptionsCardMandateOptions.from_dict(v),
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> SetupIntentPaymentMethodOptionsCard:
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
        if (type(v_setup_credential_usage := take("setup_credential_usage", UNSET)) is str) or (
            v_setup_credential_usage is None
        ):
            fill.setup_credential_usage = v_setup_credential_usage
        elif v_setup_credential_usage is not UNSET:
            d["setup_credential_usage"] = v_setup_credential_usage
        if later:
            fill._later = later
        if d:  # what did not fit, or is not modelled (else made on first read)
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

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> SetupIntentPaymentMethodOptionsCardMandateOptions:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        if type(v_amount := take("amount", UNSET)) is int:
            fill.amount = v_amount
        elif v_amount is not UNSET:
            d["amount"] = v_amount
        if type(v_amount_type := take("amount_type", UNSET)) is str:
            fill.amount_type = v_amount_type
        elif v_amount_type is not UNSET:
            d["amount_type"] = v_amount_type
        if type(v_currency := take("currency", UNSET)) is str:
            fill.currency = v_currency
        elif v_currency is not UNSET:
            d["currency"] = v_currency
        if (type(v_description := take("description", UNSET)) is str) or (v_description is None):
            fill.description = v_description
        elif v_description is not UNSET:
            d["description"] = v_description
        if (type(v_end_date := take("end_date", UNSET)) is int) or (v_end_date is None):
            fill.end_date = v_end_date
        elif v_end_date is not UNSET:
            d["end_date"] = v_end_date
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
        if type(v_reference := take("reference", UNSET)) is str:
            fill.reference = v_reference
        elif v_reference is not UNSET:
            d["reference"] = v_reference
        if type(v_start_date := take("start_date", UNSET)) is int:
            fill.start_date = v_start_date
        elif v_start_date is not UNSET:
            d["start_date"] = v_start_date
        if (
            type(v_supported_types := take("supported_types", UNSET)) is list
            and (not v_supported_types or all(type(item0) is str for item0 in v_supported_types))
        ) or (v_supported_types is None):
            fill.supported_types = v_supported_types
        elif v_supported_types is not UNSET:
            d["supported_types"] = v_supported_types
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class SetupIntentPaymentMethodOptionsKlarna(Model):
    """SetupIntentPaymentMethodOptionsKlarna"""

    currency: str | None
    preferred_locale: str | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> SetupIntentPaymentMethodOptionsKlarna:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        if (type(v_currency := take("currency", UNSET)) is str) or (v_currency is None):
            fill.currency = v_currency
        elif v_currency is not UNSET:
            d["currency"] = v_currency
        if (type(v_preferred_locale := take("preferred_locale", UNSET)) is str) or (
            v_preferred_locale is None
        ):
            fill.preferred_locale = v_preferred_locale
        elif v_preferred_locale is not UNSET:
            d["preferred_locale"] = v_preferred_locale
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class SetupIntentPaymentMethodOptionsLink(Model):
    """SetupIntentPaymentMethodOptionsLink"""

    persistent_token: str | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> SetupIntentPaymentMethodOptionsLink:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        if (type(v_persistent_token := take("persistent_token", UNSET)) is str) or (
            v_persistent_token is None
        ):
            fill.persistent_token = v_persistent_token
        elif v_persistent_token is not UNSET:
            d["persistent_token"] = v_persistent_token
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class SetupIntentPaymentMethodOptionsPaypal(Model):
    """SetupIntentPaymentMethodOptionsPaypal"""

    billing_agreement_id: str | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> SetupIntentPaymentMethodOptionsPaypal:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        if (type(v_billing_agreement_id := take("billing_agreement_id", UNSET)) is str) or (
            v_billing_agreement_id is None
        ):
            fill.billing_agreement_id = v_billing_agreement_id
        elif v_billing_agreement_id is not UNSET:
            d["billing_agreement_id"] = v_billing_agreement_id
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class SetupIntentPaymentMethodOptionsPayto(Model):
    """SetupIntentPaymentMethodOptionsPayto"""

    mandate_options: SetupIntentPaymentMethodOptionsPaytoMandateOptions | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "mandate_options": lambda v: SetupIntentPaymentMethodOptionsPaytoMandateOptions.from_dict(
            v
        ),
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> SetupIntentPaymentMethodOptionsPayto:
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

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> SetupIntentPaymentMethodOptionsPaytoMandateOptions:
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
        if (type(v_payments_per_period := take("payments_per_period", UNSET)) is int) or (
            v_payments_per_period is None
        ):
            fill.payments_per_period = v_payments_per_period
        elif v_payments_per_period is not UNSET:
            d["payments_per_period"] = v_payments_per_period
        if (type(v_purpose := take("purpose", UNSET)) is str) or (v_purpose is None):
            fill.purpose = v_purpose
        elif v_purpose is not UNSET:
            d["purpose"] = v_purpose
        if (type(v_start_date := take("start_date", UNSET)) is str) or (v_start_date is None):
            fill.start_date = v_start_date
        elif v_start_date is not UNSET:
            d["start_date"] = v_start_date
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class SetupIntentPaymentMethodOptionsPix(Model):
    """SetupIntentPaymentMethodOptionsPix"""

    mandate_options: SetupIntentPaymentMethodOptionsPixMandateOptions | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "mandate_options": lambda v: SetupIntentPaymentMethodOptionsPixMandateOptions.from_dict(v),
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> SetupIntentPaymentMethodOptionsPix:
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
class SetupIntentPaymentMethodOptionsUsBankAccount(Model):
    """SetupIntentPaymentMethodOptionsUsBankAccount"""

    financial_connections: IntentPaymentMethodOptionsUsBankAccountFinancialConnections | None
    mandate_options: SetupIntentPaymentMethodOptionsUsBankAccountMandateOptions | None
    verification_method: Literal["automatic", "instant", "microdeposits"] | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "financial_connections": lambda v: (
            IntentPaymentMethodOptionsUsBankAccountFinancialConnections.from_dict(v)
        ),
        "mandate_options": lambda v: (
            SetupIntentPaymentMethodOptionsUsBankAccountMandateOptions.from_dict(v)
        ),
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> SetupIntentPaymentMethodOptionsUsBankAccount:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if type(v_financial_connections := take("financial_connections", UNSET)) is dict:
            later["financial_connections"] = v_financial_connections
        elif v_financial_connections is None:
            fill.financial_connections = v_financial_connections
        elif v_financial_connections is not UNSET:
            d["financial_connections"] = v_financial_connections
        if type(v_mandate_options := take("mandate_options", UNSET)) is dict:
            later["mandate_options"] = v_mandate_options
        elif v_mandate_options is None:
            fill.mandate_options = v_mandate_options
        elif v_mandate_options is not UNSET:
            d["mandate_options"] = v_mandate_options
        if (type(v_verification_method := take("verification_method", UNSET)) is str) or (
            v_verification_method is None
        ):
            fill.verification_method = v_verification_method
        elif v_verification_method is not UNSET:
            d["verification_method"] = v_verification_method
        if later:
            fill._later = later
        if d:  # what did not fit, or is not modelled (else made on first read)
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
