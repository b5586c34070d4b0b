"""Response models: errors (generated; do not edit).

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

ApiErrorsCode = Literal[
    "account_closed",
    "account_country_invalid_address",
    "account_error_country_change_requires_additional_steps",
    "account_information_mismatch",
    "account_invalid",
    "account_number_invalid",
    "account_token_required_for_v2_account",
    "acss_debit_session_incomplete",
    "action_blocked",
    "alipay_upgrade_required",
    "amount_too_large",
    "amount_too_small",
    "anomalous_money_movement_request",
    "api_key_expired",
    "application_fees_not_allowed",
    "approval_required",
    "authentication_failure",
    "authentication_required",
    "balance_insufficient",
    "balance_invalid_parameter",
    "bank_account_bad_routing_numbers",
    "bank_account_declined",
    "bank_account_exists",
    "bank_account_restricted",
    "bank_account_unusable",
    "bank_account_unverified",
    "bank_account_verification_failed",
    "billing_invalid_mandate",
    "bitcoin_upgrade_required",
    "capability_not_active",
    "capture_charge_authorization_expired",
    "capture_unauthorized_payment",
    "card_decline_rate_limit_exceeded",
    "card_declined",
    "cardholder_phone_number_required",
    "charge_already_captured",
    "charge_already_refunded",
    "charge_disputed",
    "charge_exceeds_source_limit",
    "charge_exceeds_transaction_limit",
    "charge_expired_for_capture",
    "charge_invalid_parameter",
    "charge_not_refundable",
    "clearing_code_unsupported",
    "country_code_invalid",
    "country_unsupported",
    "coupon_expired",
    "customer_max_payment_methods",
    "customer_max_subscriptions",
    "customer_session_expired",
    "customer_tax_location_invalid",
    "debit_not_authorized",
    "dispute_evidence_page_limit_exceeded",
    "email_invalid",
    "expired_card",
    "expired_payment_method",
    "failed_tax_calculation",
    "financial_account_balance_does_not_support_currency",
    "financial_account_capability_not_enabled",
    "financial_account_capability_restricted",
    "financial_connections_account_inactive",
    "financial_connections_account_pending_account_numbers",
    "financial_connections_account_unavailable_account_numbers",
    "financial_connections_consent_locale_invalid",
    "financial_connections_consent_locale_unsupported",
    "financial_connections_no_successful_transaction_refresh",
    "forwarding_api_inactive",
    "forwarding_api_invalid_parameter",
    "forwarding_api_retryable_upstream_error",
    "forwarding_api_upstream_connection_error",
    "forwarding_api_upstream_connection_timeout",
    "forwarding_api_upstream_error",
    "idempotency_key_in_use",
    "incorrect_address",
    "incorrect_cvc",
    "incorrect_number",
    "incorrect_postal_code",
    "incorrect_zip",
    "india_recurring_payment_mandate_canceled",
    "instant_payouts_config_disabled",
    "instant_payouts_currency_disabled",
    "instant_payouts_limit_exceeded",
    "instant_payouts_unsupported",
    "insufficient_funds",
    "intent_invalid_state",
    "intent_verification_method_missing",
    "invalid_canceled_subscription_fields",
    "invalid_card_type",
    "invalid_characters",
    "invalid_charge_amount",
    "invalid_cvc",
    "invalid_expiry_month",
    "invalid_expiry_year",
    "invalid_mandate_reference_prefix_format",
    "invalid_number",
    "invalid_source_usage",
    "invalid_tax_location",
    "invoice_no_customer_line_items",
    "invoice_no_payment_method_types",
    "invoice_no_subscription_line_items",
    "invoice_not_editable",
    "invoice_on_behalf_of_not_editable",
    "invoice_payment_intent_requires_action",
    "invoice_upcoming_none",
    "livemode_mismatch",
    "lock_timeout",
    "missing",
    "no_account",
    "not_allowed_on_standard_account",
    "out_of_inventory",
    "ownership_declaration_not_allowed",
    "parameter_invalid_empty",
    "parameter_invalid_integer",
    "parameter_invalid_string_blank",
    "parameter_invalid_string_empty",
    "parameter_missing",
    "parameter_unknown",
    "parameters_exclusive",
    "payment_evaluation_on_api_version_not_supported",
    "payment_intent_action_required",
    "payment_intent_authentication_failure",
    "payment_intent_incompatible_payment_method",
    "payment_intent_invalid_parameter",
    "payment_intent_konbini_rejected_confirmation_number",
    "payment_intent_mandate_invalid",
    "payment_intent_payment_attempt_expired",
    "payment_intent_payment_attempt_failed",
    "payment_intent_rate_limit_exceeded",
    "payment_intent_unexpected_state",
    "payment_method_bank_account_already_verified",
    "payment_method_bank_account_blocked",
    "payment_method_billing_details_address_missing",
    "payment_method_configuration_failures",
    "payment_method_currency_mismatch",
    "payment_method_customer_decline",
    "payment_method_invalid_parameter",
    "payment_method_invalid_parameter_testmode",
    "payment_method_microdeposit_failed",
    "payment_method_microdeposit_processing_error",
    "payment_method_microdeposit_verification_amounts_invalid",
    "payment_method_microdeposit_verification_amounts_mismatch",
    "payment_method_microdeposit_verification_attempts_exceeded",
    "payment_method_microdeposit_verification_descriptor_code_mismatch",
    "payment_method_microdeposit_verification_timeout",
    "payment_method_not_available",
    "payment_method_provider_decline",
    "payment_method_provider_timeout",
    "payment_method_restricted",
    "payment_method_unactivated",
    "payment_method_unexpected_state",
    "payment_method_unsupported_type",
    "payout_reconciliation_not_ready",
    "payouts_limit_exceeded",
    "payouts_not_allowed",
    "platform_account_required",
    "platform_api_key_expired",
    "postal_code_invalid",
    "processing_error",
    "product_inactive",
    "progressive_onboarding_limit_exceeded",
    "rate_limit",
    "refer_to_customer",
    "refund_disputed_payment",
    "request_blocked",
    "resource_already_exists",
    "resource_missing",
    "return_intent_already_processed",
    "routing_number_invalid",
    "secret_key_required",
    "sepa_unsupported_account",
    "service_period_coupon_with_metered_tiered_item_unsupported",
    "setup_attempt_failed",
    "setup_intent_authentication_failure",
    "setup_intent_invalid_parameter",
    "setup_intent_mandate_invalid",
    "setup_intent_mobile_wallet_unsupported",
    "setup_intent_setup_attempt_expired",
    "setup_intent_unexpected_state",
    "shipping_address_invalid",
    "shipping_calculation_failed",
    "siret_invalid",
    "sku_inactive",
    "smart_disputes_not_available",
    "state_unsupported",
    "status_transition_invalid",
    "storer_capability_missing",
    "storer_capability_not_active",
    "stripe_tax_inactive",
    "subscription_update_trial_after_billing_cycle_anchor",
    "tax_id_invalid",
    "tax_id_prohibited",
    "taxes_calculation_failed",
    "terminal_location_country_unsupported",
    "terminal_reader_busy",
    "terminal_reader_hardware_fault",
    "terminal_reader_invalid_location_for_activation",
    "terminal_reader_invalid_location_for_payment",
    "terminal_reader_offline",
    "terminal_reader_timeout",
    "testmode_charges_only",
    "three_d_secure_authentication_not_supported",
    "three_d_secure_authentication_upstream_error",
    "tls_version_unsupported",
    "token_already_used",
    "token_card_network_invalid",
    "token_in_use",
    "transfer_source_balance_parameters_mismatch",
    "transfers_not_allowed",
    "url_invalid",
]

ApiErrorsType = Literal["api_error", "card_error", "idempotency_error", "invalid_request_error"]


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class ApiErrors(Model):
    """Details of an API failure: kind, code, message and the objects involved."""

    type_: ApiErrorsType
    """Category of the error: `api_error`, `card_error`, `idempotency_error` or `invalid_request_error`."""
    advice_code: str | None | Unset = UNSET
    """For a declined card, Stripe's hint on how to go on, such as `try_again_later` or `do_not_try_again`."""
    charge: str | None | Unset = UNSET
    """Id of the failed charge, for card errors."""
    code: ApiErrorsCode | None | Unset = UNSET
    """Short machine-readable error code, such as `resource_missing` or `card_declined`."""
    decline_code: str | None | Unset = UNSET
    """Reason the card issuer gave for declining, for card errors."""
    doc_url: str | None | Unset = UNSET
    """Address of Stripe's documentation page about this error code."""
    message: str | None | Unset = UNSET
    """Human-readable account of the error; for card errors it is fit to show to the customer."""
    network_advice_code: str | None | Unset = UNSET
    """Advice code the card network returned with a decline."""
    network_decline_code: str | None | Unset = UNSET
    """Decline code as the card network returned it."""
    param: str | None | Unset = UNSET
    """Name of the request parameter the error concerns, when one does."""
    payment_intent: PaymentIntent | None | Unset = UNSET
    """The PaymentIntent involved in the error, when one is."""
    payment_method: PaymentMethod | None | Unset = UNSET
    """The payment method involved in the error, when one is."""
    payment_method_type: str | None | Unset = UNSET
    """Type of the payment method the error concerns, when it is specific to one."""
    request_log_url: str | None | Unset = UNSET
    """Dashboard address of the log entry of the failed request."""
    setup_intent: SetupIntent | None | Unset = UNSET
    """The SetupIntent involved in the error, when one is."""
    source: dict[str, Any] | None | Unset = UNSET
    """The legacy source or external account involved in the error, when one is."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _KEYS: ClassVar[dict[str, str]] = {
        "type_": "type",
    }
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "payment_intent": lambda v: PaymentIntent.from_dict(v),
        "payment_method": lambda v: PaymentMethod.from_dict(v),
        "setup_intent": lambda v: SetupIntent.from_dict(v),
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> ApiErrors:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if type(v_type_ := take("type", UNSET)) is str:
            fill.type_ = v_type_
        elif v_type_ is not UNSET:
            d["type"] = v_type_
        if (
            (type(v_advice_code := take("advice_code", UNSET)) is str)
            or (v_advice_code is None)
            or v_advice_code is UNSET
        ):
            fill.advice_code = v_advice_code
        else:
            d["advice_code"] = v_advice_code
        if (
            (type(v_charge := take("charge", UNSET)) is str)
            or (v_charge is None)
            or v_charge is UNSET
        ):
            fill.charge = v_charge
        else:
            d["charge"] = v_charge
        if (type(v_code := take("code", UNSET)) is str) or (v_code is None) or v_code is UNSET:
            fill.code = v_code
        else:
            d["code"] = v_code
        if (
            (type(v_decline_code := take("decline_code", UNSET)) is str)
            or (v_decline_code is None)
            or v_decline_code is UNSET
        ):
            fill.decline_code = v_decline_code
        else:
            d["decline_code"] = v_decline_code
        if (
            (type(v_doc_url := take("doc_url", UNSET)) is str)
            or (v_doc_url is None)
            or v_doc_url is UNSET
        ):
            fill.doc_url = v_doc_url
        else:
            d["doc_url"] = v_doc_url
        if (
            (type(v_message := take("message", UNSET)) is str)
            or (v_message is None)
            or v_message is UNSET
        ):
            fill.message = v_message
        else:
            d["message"] = v_message
        if (
            (type(v_network_advice_code := take("network_advice_code", UNSET)) is str)
            or (v_network_advice_code is None)
            or v_network_advice_code is UNSET
        ):
            fill.network_advice_code = v_network_advice_code
        else:
            d["network_advice_code"] = v_network_advice_code
        if (
            (type(v_network_decline_code := take("network_decline_code", UNSET)) is str)
            or (v_network_decline_code is None)
            or v_network_decline_code is UNSET
        ):
            fill.network_decline_code = v_network_decline_code
        else:
            d["network_decline_code"] = v_network_decline_code
        if (type(v_param := take("param", UNSET)) is str) or (v_param is None) or v_param is UNSET:
            fill.param = v_param
        else:
            d["param"] = v_param
        if type(v_payment_intent := take("payment_intent", UNSET)) is dict:
            later["payment_intent"] = v_payment_intent
        elif (v_payment_intent is None) or v_payment_intent is UNSET:
            fill.payment_intent = v_payment_intent
        else:
            d["payment_intent"] = v_payment_intent
        if type(v_payment_method := take("payment_method", UNSET)) is dict:
            later["payment_method"] = v_payment_method
        elif (v_payment_method is None) or v_payment_method is UNSET:
            fill.payment_method = v_payment_method
        else:
            d["payment_method"] = v_payment_method
        if (
            (type(v_payment_method_type := take("payment_method_type", UNSET)) is str)
            or (v_payment_method_type is None)
            or v_payment_method_type is UNSET
        ):
            fill.payment_method_type = v_payment_method_type
        else:
            d["payment_method_type"] = v_payment_method_type
        if (
            (type(v_request_log_url := take("request_log_url", UNSET)) is str)
            or (v_request_log_url is None)
            or v_request_log_url is UNSET
        ):
            fill.request_log_url = v_request_log_url
        else:
            d["request_log_url"] = v_request_log_url
        if type(v_setup_intent := take("setup_intent", UNSET)) is dict:
            later["setup_intent"] = v_setup_intent
        elif (v_setup_intent is None) or v_setup_intent is UNSET:
            fill.setup_intent = v_setup_intent
        else:
            d["setup_intent"] = v_setup_intent
        if (
            (type(v_source := take("source", UNSET)) is dict)
            or (v_source is None)
            or v_source is UNSET
        ):
            fill.source = v_source
        else:
            d["source"] = v_source
        if later:
            fill._later = later
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class Error(Model):
    """Envelope that wraps every failed API response."""

    error: ApiErrors
    """What went wrong: the error's type, code, message and the objects involved."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "error": lambda v: ApiErrors.from_dict(v),
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Error:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if type(v_error := take("error", UNSET)) is dict:
            later["error"] = v_error
        elif v_error is not UNSET:
            d["error"] = v_error
        if later:
            fill._later = later
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# Imported last: the modules refer to each other in cycles, needed at call time only.
from .payment import SetupIntent  # noqa: E402
from .payment_intent import PaymentIntent  # noqa: E402
from .payment_method import PaymentMethod  # noqa: E402

__all__ = [
    "ApiErrors",
    "Error",
    "ApiErrorsCode",
    "ApiErrorsType",
]
