"""Response models: payment method (generated; do not edit).

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
class CardGeneratedFromPaymentMethodDetailsCardPresentOffline(Model):
    """CardGeneratedFromPaymentMethodDetailsCardPresentOffline"""

    stored_at: int | None
    type_: Literal["deferred"] | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _KEYS: ClassVar[dict[str, str]] = {
        "type_": "type",
    }

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> CardGeneratedFromPaymentMethodDetailsCardPresentOffline:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        if (type(v_stored_at := take("stored_at", UNSET)) is int) or (v_stored_at is None):
            fill.stored_at = v_stored_at
        elif v_stored_at is not UNSET:
            d["stored_at"] = v_stored_at
        if (type(v_type_ := take("type", UNSET)) is str) or (v_type_ is None):
            fill.type_ = v_type_
        elif v_type_ is not UNSET:
            d["type"] = v_type_
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class CardGeneratedFromPaymentMethodDetailsCardPresentReceipt(Model):
    """CardGeneratedFromPaymentMethodDetailsCardPresentReceipt"""

    account_type: Literal["checking", "credit", "prepaid", "unknown"] | None
    application_cryptogram: str | None
    application_preferred_name: str | None
    authorization_code: str | None
    authorization_response_code: str | None
    cardholder_verification_method: str | None
    dedicated_file_name: str | None
    terminal_verification_results: str | None
    transaction_status_information: str | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> CardGeneratedFromPaymentMethodDetailsCardPresentReceipt:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        if (type(v_account_type := take("account_type", UNSET)) is str) or (v_account_type is None):
            fill.account_type = v_account_type
        elif v_account_type is not UNSET:
            d["account_type"] = v_account_type
        if (type(v_application_cryptogram := take("application_cryptogram", UNSET)) is str) or (
            v_application_cryptogram is None
        ):
            fill.application_cryptogram = v_application_cryptogram
        elif v_application_cryptogram is not UNSET:
            d["application_cryptogram"] = v_application_cryptogram
        if (
            type(v_application_preferred_name := take("application_preferred_name", UNSET)) is str
        ) or (v_application_preferred_name is None):
            fill.application_preferred_name = v_application_preferred_name
        elif v_application_preferred_name is not UNSET:
            d["application_preferred_name"] = v_application_preferred_name
        if (type(v_authorization_code := take("authorization_code", UNSET)) is str) or (
            v_authorization_code is None
        ):
            fill.authorization_code = v_authorization_code
        elif v_authorization_code is not UNSET:
            d["authorization_code"] = v_authorization_code
        if (
            type(v_authorization_response_code := take("authorization_response_code", UNSET)) is str
        ) or (v_authorization_response_code is None):
            fill.authorization_response_code = v_authorization_response_code
        elif v_authorization_response_code is not UNSET:
            d["authorization_response_code"] = v_authorization_response_code
        if (
            type(v_cardholder_verification_method := take("cardholder_verification_method", UNSET))
            is str
        ) or (v_cardholder_verification_method is None):
            fill.cardholder_verification_method = v_cardholder_verification_method
        elif v_cardholder_verification_method is not UNSET:
            d["cardholder_verification_method"] = v_cardholder_verification_method
        if (type(v_dedicated_file_name := take("dedicated_file_name", UNSET)) is str) or (
            v_dedicated_file_name is None
        ):
            fill.dedicated_file_name = v_dedicated_file_name
        elif v_dedicated_file_name is not UNSET:
            d["dedicated_file_name"] = v_dedicated_file_name
        if (
            type(v_terminal_verification_results := take("terminal_verification_results", UNSET))
            is str
        ) or (v_terminal_verification_results is None):
            fill.terminal_verification_results = v_terminal_verification_results
        elif v_terminal_verification_results is not UNSET:
            d["terminal_verification_results"] = v_terminal_verification_results
        if (
            type(v_transaction_status_information := take("transaction_status_information", UNSET))
            is str
        ) or (v_transaction_status_information is None):
            fill.transaction_status_information = v_transaction_status_information
        elif v_transaction_status_information is not UNSET:
            d["transaction_status_information"] = v_transaction_status_information
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class MethodCardGeneratedFromPaymentMethodDetailsCardPresent(Model):
    """MethodCardGeneratedFromPaymentMethodDetailsCardPresent"""

    amount_authorized: int | None
    brand: str | None
    brand_product: str | None
    capture_before: int | None
    cardholder_name: str | None
    country: str | None
    description: str | None
    emv_auth_data: str | None
    exp_month: int
    exp_year: int
    fingerprint: str | None
    funding: str | None
    generated_card: str | None
    iin: str | None
    incremental_authorization_supported: bool
    issuer: str | None
    last4: str | None
    location: str | None
    network: str | None
    network_transaction_id: str | None
    offline: CardGeneratedFromPaymentMethodDetailsCardPresentOffline | None
    overcapture_supported: bool
    preferred_locales: list[str] | None
    read_method: (
        Literal[
            "contact_emv",
            "contactless_emv",
            "contactless_magstripe_mode",
            "magnetic_stripe_fallback",
            "magnetic_stripe_track2",
        ]
        | None
    )
    reader: str | None
    receipt: CardGeneratedFromPaymentMethodDetailsCardPresentReceipt | None
    wallet: MethodCardGeneratedFromPaymentMethodDetailsCardPresentWallet | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "offline": lambda v: CardGeneratedFromPaymentMethodDetailsCardPresentOffline.from_dict(v),
        "receipt": lambda v: CardGeneratedFromPaymentMethodDetailsCardPresentReceipt.from_dict(v),
        "wallet": lambda v: MethodCardGeneratedFromPaymentMethodDetailsCardPresentWallet.from_dict(
            v
        ),
    }

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> MethodCardGeneratedFromPaymentMethodDetailsCardPresent:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if (type(v_amount_authorized := take("amount_authorized", UNSET)) is int) or (
            v_amount_authorized is None
        ):
            fill.amount_authorized = v_amount_authorized
        elif v_amount_authorized is not UNSET:
            d["amount_authorized"] = v_amount_authorized
        if (type(v_brand := take("brand", UNSET)) is str) or (v_brand is None):
            fill.brand = v_brand
        elif v_brand is not UNSET:
            d["brand"] = v_brand
        if (type(v_brand_product := take("brand_product", UNSET)) is str) or (
            v_brand_product is None
        ):
            fill.brand_product = v_brand_product
        elif v_brand_product is not UNSET:
            d["brand_product"] = v_brand_product
        if (type(v_capture_before := take("capture_before", UNSET)) is int) or (
            v_capture_before is None
        ):
            fill.capture_before = v_capture_before
        elif v_capture_before is not UNSET:
            d["capture_before"] = v_capture_before
        if (type(v_cardholder_name := take("cardholder_name", UNSET)) is str) or (
            v_cardholder_name is None
        ):
            fill.cardholder_name = v_cardholder_name
        elif v_cardholder_name is not UNSET:
            d["cardholder_name"] = v_cardholder_name
        if (type(v_country := take("country", UNSET)) is str) or (v_country is None):
            fill.country = v_country
        elif v_country is not UNSET:
            d["country"] = v_country
        if (type(v_description := take("description", UNSET)) is str) or (v_description is None):
            fill.description = v_description
        elif v_description is not UNSET:
            d["description"] = v_description
        if (type(v_emv_auth_data := take("emv_auth_data", UNSET)) is str) or (
            v_emv_auth_data is None
        ):
            fill.emv_auth_data = v_emv_auth_data
        elif v_emv_auth_data is not UNSET:
            d["emv_auth_data"] = v_emv_auth_data
        if type(v_exp_month := take("exp_month", UNSET)) is int:
            fill.exp_month = v_exp_month
        elif v_exp_month is not UNSET:
            d["exp_month"] = v_exp_month
        if type(v_exp_year := take("exp_year", UNSET)) is int:
            fill.exp_year = v_exp_year
        elif v_exp_year is not UNSET:
            d["exp_year"] = v_exp_year
        if (type(v_fingerprint := take("fingerprint", UNSET)) is str) or (v_fingerprint is None):
            fill.fingerprint = v_fingerprint
        elif v_fingerprint is not UNSET:
            d["fingerprint"] = v_fingerprint
        if (type(v_funding := take("funding", UNSET)) is str) or (v_funding is None):
            fill.funding = v_funding
        elif v_funding is not UNSET:
            d["funding"] = v_funding
        if (type(v_generated_card := take("generated_card", UNSET)) is str) or (
            v_generated_card is None
        ):
            fill.generated_card = v_generated_card
        elif v_generated_card is not UNSET:
            d["generated_card"] = v_generated_card
        if (type(v_iin := take("iin", UNSET)) is str) or (v_iin is None):
            fill.iin = v_iin
        elif v_iin is not UNSET:
            d["iin"] = v_iin
        if (
            type(
                v_incremental_authorization_supported := take(
                    "incremental_authorization_supported", UNSET
                )
            )
            is bool
        ):
            fill.incremental_authorization_supported = v_incremental_authorization_supported
        elif v_incremental_authorization_supported is not UNSET:
            d["incremental_authorization_supported"] = v_incremental_authorization_supported
        if (type(v_issuer := take("issuer", UNSET)) is str) or (v_issuer is None):
            fill.issuer = v_issuer
        elif v_issuer is not UNSET:
            d["issuer"] = v_issuer
        if (type(v_last4 := take("last4", UNSET)) is str) or (v_last4 is None):
            fill.last4 = v_last4
        elif v_last4 is not UNSET:
            d["last4"] = v_last4
        if (type(v_location := take("location", UNSET)) is str) or (v_location is None):
            fill.location = v_location
        elif v_location is not UNSET:
            d["location"] = v_location
        if (type(v_network := take("network", UNSET)) is str) or (v_network is None):
            fill.network = v_network
        elif v_network is not UNSET:
            d["network"] = v_network
        if (type(v_network_transaction_id := take("network_transaction_id", UNSET)) is str) or (
            v_network_transaction_id is None
        ):
            fill.network_transaction_id = v_network_transaction_id
        elif v_network_transaction_id is not UNSET:
            d["network_transaction_id"] = v_network_transaction_id
        if type(v_offline := take("offline", UNSET)) is dict:
            later["offline"] = v_offline
        elif v_offline is None:
            fill.offline = v_offline
        elif v_offline is not UNSET:
            d["offline"] = v_offline
        if type(v_overcapture_supported := take("overcapture_supported", UNSET)) is bool:
            fill.overcapture_supported = v_overcapture_supported
        elif v_overcapture_supported is not UNSET:
            d["overcapture_supported"] = v_overcapture_supported
        if (
            type(v_preferred_locales := take("preferred_locales", UNSET)) is list
            and (
                not v_preferred_locales or all(type(item0) is str for item0 in v_preferred_locales)
            )
        ) or (v_preferred_locales is None):
            fill.preferred_locales = v_preferred_locales
        elif v_preferred_locales is not UNSET:
            d["preferred_locales"] = v_preferred_locales
        if (type(v_read_method := take("read_method", UNSET)) is str) or (v_read_method is None):
            fill.read_method = v_read_method
        elif v_read_method is not UNSET:
            d["read_method"] = v_read_method
        if (type(v_reader := take("reader", UNSET)) is str) or (v_reader is None):
            fill.reader = v_reader
        elif v_reader is not UNSET:
            d["reader"] = v_reader
        if type(v_receipt := take("receipt", UNSET)) is dict:
            later["receipt"] = v_receipt
        elif v_receipt is None:
            fill.receipt = v_receipt
        elif v_receipt is not UNSET:
            d["receipt"] = v_receipt
        if type(v_wallet := take("wallet", UNSET)) is dict:
            later["wallet"] = v_wallet
        elif v_wallet is None:
            fill.wallet = v_wallet
        elif v_wallet is not UNSET:
            d["wallet"] = v_wallet
        if later:
            fill._later = later
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class MethodCardGeneratedFromPaymentMethodDetailsCardPresentWallet(Model):
    """MethodCardGeneratedFromPaymentMethodDetailsCardPresentWallet"""

    type_: Literal["apple_pay", "google_pay", "samsung_pay", "unknown"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _KEYS: ClassVar[dict[str, str]] = {
        "type_": "type",
    }

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> MethodCardGeneratedFromPaymentMethodDetailsCardPresentWallet:
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
class PaymentMethod(Model):
    """A payment method: a card, bank account or wallet a customer pays with."""

    acss_debit: PaymentMethodAcssDebit | None
    """Details of the `acss_debit` payment method, present when that is its type."""
    affirm: dict[str, Any] | None
    """Details of the `affirm` payment method, present when that is its type."""
    afterpay_clearpay: dict[str, Any] | None
    """Details of the `afterpay_clearpay` payment method, present when that is its type."""
    alipay: dict[str, Any] | None
    """Details of the `alipay` payment method, present when that is its type."""
    allow_redisplay: Literal["always", "limited", "unspecified"] | None
    """Whether checkout flows may show this saved payment method to its customer again."""
    alma: dict[str, Any] | None
    """Details of the `alma` payment method, present when that is its type."""
    amazon_pay: dict[str, Any] | None
    """Details of the `amazon_pay` payment method, present when that is its type."""
    au_becs_debit: PaymentMethodAuBecsDebit | None
    """Details of the `au_becs_debit` payment method, present when that is its type."""
    bacs_debit: PaymentMethodBacsDebit | None
    """Details of the `bacs_debit` payment method, present when that is its type."""
    bancontact: dict[str, Any] | None
    """Details of the `bancontact` payment method, present when that is its type."""
    billie: dict[str, Any] | None
    """Details of the `billie` payment method, present when that is its type."""
    billing_details: PaymentMethodBillingDetails
    """Billing address, email, name and phone given with the payment method."""
    bizum: PaymentMethodBizum | None
    """Details of the `bizum` payment method, present when that is its type."""
    blik: PaymentMethodBizum | None
    """Details of the `blik` payment method, present when that is its type."""
    boleto: PaymentMethodBoleto | None
    """Details of the `boleto` payment method, present when that is its type."""
    card: PaymentMethodCard | None
    """Details of the `card` payment method, present when that is its type."""
    card_present: PaymentMethodCardPresent | None
    """Details of the `card_present` payment method, present when that is its type."""
    cashapp: PaymentMethodCashapp | None
    """Details of the `cashapp` payment method, present when that is its type."""
    created: int
    """When the payment method was created, as a Unix timestamp in seconds."""
    crypto: dict[str, Any] | None
    """Details of the `crypto` payment method, present when that is its type."""
    custom: PaymentMethodCustom | None
    """Details of the `custom` payment method, present when that is its type."""
    customer: Customer | str | None
    """The customer the payment method is attached to, as an id or expanded; null if none."""
    customer_account: str | None
    """Id of the account, as a customer, the payment method is attached to."""
    customer_balance: dict[str, Any] | None
    """Details of the `customer_balance` payment method, present when that is its type."""
    eps: PaymentMethodEps | None
    """Details of the `eps` payment method, present when that is its type."""
    fpx: PaymentMethodFpx | None
    """Details of the `fpx` payment method, present when that is its type."""
    giropay: dict[str, Any] | None
    """Details of the `giropay` payment method, present when that is its type."""
    grabpay: dict[str, Any] | None
    """Details of the `grabpay` payment method, present when that is its type."""
    id: str
    """Unique identifier of the payment method (starts with `pm_`)."""
    ideal: PaymentMethodIdeal | None
    """Details of the `ideal` payment method, present when that is its type."""
    interac_present: PaymentMethodInteracPresent | None
    """Details of the `interac_present` payment method, present when that is its type."""
    kakao_pay: dict[str, Any] | None
    """Details of the `kakao_pay` payment method, present when that is its type."""
    klarna: PaymentMethodKlarna | None
    """Details of the `klarna` payment method, present when that is its type."""
    konbini: dict[str, Any] | None
    """Details of the `konbini` payment method, present when that is its type."""
    kr_card: PaymentMethodKrCard | None
    """Details of the `kr_card` payment method, present when that is its type."""
    link: PaymentMethodLink | None
    """Details of the `link` payment method, present when that is its type."""
    livemode: bool
    """Whether the object exists in live mode (true) or test mode (false)."""
    mb_way: dict[str, Any] | None
    """Details of the `mb_way` payment method, present when that is its type."""
    metadata: dict[str, str] | None
    """Key-value pairs stored with the object."""
    mobilepay: dict[str, Any] | None
    """Details of the `mobilepay` payment method, present when that is its type."""
    multibanco: dict[str, Any] | None
    """Details of the `multibanco` payment method, present when that is its type."""
    naver_pay: PaymentMethodNaverPay | None
    """Details of the `naver_pay` payment method, present when that is its type."""
    nz_bank_account: PaymentMethodNzBankAccount | None
    """Details of the `nz_bank_account` payment method, present when that is its type."""
    object_: Literal["payment_method"]
    """Object type, always `payment_method`."""
    oxxo: dict[str, Any] | None
    """Details of the `oxxo` payment method, present when that is its type."""
    p24: PaymentMethodP24 | None
    """Details of the `p24` payment method, present when that is its type."""
    pay_by_bank: dict[str, Any] | None
    """Details of the `pay_by_bank` payment method, present when that is its type."""
    payco: dict[str, Any] | None
    """Details of the `payco` payment method, present when that is its type."""
    paynow: dict[str, Any] | None
    """Details of the `paynow` payment method, present when that is its type."""
    paypal: PaymentMethodPaypal | None
    """Details of the `paypal` payment method, present when that is its type."""
    paypay: dict[str, Any] | None
    """Details of the `paypay` payment method, present when that is its type."""
    payto: PaymentMethodPayto | None
    """Details of the `payto` payment method, present when that is its type."""
    pix: PaymentMethodPix | None
    """Details of the `pix` payment method, present when that is its type."""
    promptpay: dict[str, Any] | None
    """Details of the `promptpay` payment method, present when that is its type."""
    radar_options: PaymentMethodRadarOptions | None
    """Radar fraud-screening options for this payment method."""
    revolut_pay: dict[str, Any] | None
    """Details of the `revolut_pay` payment method, present when that is its type."""
    samsung_pay: dict[str, Any] | None
    """Details of the `samsung_pay` payment method, present when that is its type."""
    satispay: dict[str, Any] | None
    """Details of the `satispay` payment method, present when that is its type."""
    scalapay: dict[str, Any] | None
    """Details of the `scalapay` payment method, present when that is its type."""
    sepa_debit: PaymentMethodSepaDebit | None
    """Details of the `sepa_debit` payment method, present when that is its type."""
    sequra: dict[str, Any] | None
    """Details of the `sequra` payment method, present when that is its type."""
    sofort: PaymentMethodSofort | None
    """Details of the `sofort` payment method, present when that is its type."""
    sunbit: dict[str, Any] | None
    """Details of the `sunbit` payment method, present when that is its type."""
    swish: dict[str, Any] | None
    """Details of the `swish` payment method, present when that is its type."""
    twint: dict[str, Any] | None
    """Details of the `twint` payment method, present when that is its type."""
    type_: Literal[
        "acss_debit",
        "affirm",
        "afterpay_clearpay",
        "alipay",
        "alma",
        "amazon_pay",
        "au_becs_debit",
        "bacs_debit",
        "bancontact",
        "billie",
        "bizum",
        "blik",
        "boleto",
        "card",
        "card_present",
        "cashapp",
        "crypto",
        "custom",
        "customer_balance",
        "eps",
        "fpx",
        "giropay",
        "grabpay",
        "ideal",
        "interac_present",
        "kakao_pay",
        "klarna",
        "konbini",
        "kr_card",
        "link",
        "mb_way",
        "mobilepay",
        "multibanco",
        "naver_pay",
        "nz_bank_account",
        "oxxo",
        "p24",
        "pay_by_bank",
        "payco",
        "paynow",
        "paypal",
        "paypay",
        "payto",
        "pix",
        "promptpay",
        "revolut_pay",
        "samsung_pay",
        "satispay",
        "scalapay",
        "sepa_debit",
        "sequra",
        "sofort",
        "sunbit",
        "swish",
        "twint",
        "upi",
        "us_bank_account",
        "wechat_pay",
        "zip",
    ]
    """Kind of payment method, naming the field that holds its details."""
    upi: PaymentMethodUpi | None
    """Details of the `upi` payment method, present when that is its type."""
    us_bank_account: PaymentMethodUsBankAccount | None
    """Details of the `us_bank_account` payment method, present when that is its type."""
    wechat_pay: dict[str, Any] | None
    """Details of the `wechat_pay` payment method, present when that is its type."""
    zip_: dict[str, Any] | None
    """Details of the `zip` payment method, present when that is its type."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _KEYS: ClassVar[dict[str, str]] = {
        "object_": "object",
        "type_": "type",
        "zip_": "zip",
    }
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "acss_debit": lambda v: PaymentMethodAcssDebit.from_dict(v),
        "au_becs_debit": lambda v: PaymentMethodAuBecsDebit.from_dict(v),
        "bacs_debit": lambda v: PaymentMethodBacsDebit.from_dict(v),
        "billing_details": lambda v: PaymentMethodBillingDetails.from_dict(v),
        "bizum": lambda v: PaymentMethodBizum.from_dict(v),
        "blik": lambda v: PaymentMethodBizum.from_dict(v),
        "boleto": lambda v: PaymentMethodBoleto.from_dict(v),
        "card": lambda v: PaymentMethodCard.from_dict(v),
        "card_present": lambda v: PaymentMethodCardPresent.from_dict(v),
        "cashapp": lambda v: PaymentMethodCashapp.from_dict(v),
        "custom": lambda v: PaymentMethodCustom.from_dict(v),
        "customer": lambda v: Customer.from_dict(v),
        "eps": lambda v: PaymentMethodEps.from_dict(v),
        "fpx": lambda v: PaymentMethodFpx.from_dict(v),
        "ideal": lambda v: PaymentMethodIdeal.from_dict(v),
        "interac_present": lambda v: PaymentMethodInteracPresent.from_dict(v),
        "klarna": lambda v: PaymentMethodKlarna.from_dict(v),
        "kr_card": lambda v: PaymentMethodKrCard.from_dict(v),
        "link": lambda v: PaymentMethodLink.from_dict(v),
        "naver_pay": lambda v: PaymentMethodNaverPay.from_dict(v),
        "nz_bank_account": lambda v: PaymentMethodNzBankAccount.from_dict(v),
        "p24": lambda v: PaymentMethodP24.from_dict(v),
        "paypal": lambda v: PaymentMethodPaypal.from_dict(v),
        "payto": lambda v: PaymentMethodPayto.from_dict(v),
        "pix": lambda v: PaymentMethodPix.from_dict(v),
        "radar_options": lambda v: PaymentMethodRadarOptions.from_dict(v),
        "sepa_debit": lambda v: PaymentMethodSepaDebit.from_dict(v),
        "sofort": lambda v: PaymentMethodSofort.from_dict(v),
        "upi": lambda v: PaymentMethodUpi.from_dict(v),
        "us_bank_account": lambda v: PaymentMethodUsBankAccount.from_dict(v),
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PaymentMethod:
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
        if (type(v_affirm := take("affirm", UNSET)) is dict) or (v_affirm is None):
            fill.affirm = v_affirm
        elif v_affirm is not UNSET:
            d["affirm"] = v_affirm
        if (type(v_afterpay_clearpay := take("afterpay_clearpay", UNSET)) is dict) or (
            v_afterpay_clearpay is None
        ):
            fill.afterpay_clearpay = v_afterpay_clearpay
        elif v_afterpay_clearpay is not UNSET:
            d["afterpay_clearpay"] = v_afterpay_clearpay
        if (type(v_alipay := take("alipay", UNSET)) is dict) or (v_alipay is None):
            fill.alipay = v_alipay
        elif v_alipay is not UNSET:
            d["alipay"] = v_alipay
        if (type(v_allow_redisplay := take("allow_redisplay", UNSET)) is str) or (
            v_allow_redisplay is None
        ):
            fill.allow_redisplay = v_allow_redisplay
        elif v_allow_redisplay is not UNSET:
            d["allow_redisplay"] = v_allow_redisplay
        if (type(v_alma := take("alma", UNSET)) is dict) or (v_alma is None):
            fill.alma = v_alma
        elif v_alma is not UNSET:
            d["alma"] = v_alma
        if (type(v_amazon_pay := take("amazon_pay", UNSET)) is dict) or (v_amazon_pay is None):
            fill.amazon_pay = v_amazon_pay
        elif v_amazon_pay is not UNSET:
            d["amazon_pay"] = v_amazon_pay
        if type(v_au_becs_debit := take("au_becs_debit", UNSET)) is dict:
            later["au_becs_debit"] = v_au_becs_debit
        elif v_au_becs_debit is None:
            fill.au_becs_debit = v_au_becs_debit
        elif v_au_becs_debit is not UNSET:
            d["au_becs_debit"] = v_au_becs_debit
        if type(v_bacs_debit := take("bacs_debit", UNSET)) is dict:
            later["bacs_debit"] = v_bacs_debit
        elif v_bacs_debit is None:
            fill.bacs_debit = v_bacs_debit
        elif v_bacs_debit is not UNSET:
            d["bacs_debit"] = v_bacs_debit
        if (type(v_bancontact := take("bancontact", UNSET)) is dict) or (v_bancontact is None):
            fill.bancontact = v_bancontact
        elif v_bancontact is not UNSET:
            d["bancontact"] = v_bancontact
        if (type(v_billie := take("billie", UNSET)) is dict) or (v_billie is None):
            fill.billie = v_billie
        elif v_billie is not UNSET:
            d["billie"] = v_billie
        if type(v_billing_details := take("billing_details", UNSET)) is dict:
            later["billing_details"] = v_billing_details
        elif v_billing_details is not UNSET:
            d["billing_details"] = v_billing_details
        if type(v_bizum := take("bizum", UNSET)) is dict:
            later["bizum"] = v_bizum
        elif v_bizum is None:
            fill.bizum = v_bizum
        elif v_bizum is not UNSET:
            d["bizum"] = v_bizum
        if type(v_blik := take("blik", UNSET)) is dict:
            later["blik"] = v_blik
        elif v_blik is None:
            fill.blik = v_blik
        elif v_blik is not UNSET:
            d["blik"] = v_blik
        if type(v_boleto := take("boleto", UNSET)) is dict:
            later["boleto"] = v_boleto
        elif v_boleto is None:
            fill.boleto = v_boleto
        elif v_boleto is not UNSET:
            d["boleto"] = v_boleto
        if type(v_card := take("card", UNSET)) is dict:
            later["card"] = v_card
        elif v_card is None:
            fill.card = v_card
        elif v_card is not UNSET:
            d["card"] = v_card
        if type(v_card_present := take("card_present", UNSET)) is dict:
            later["card_present"] = v_card_present
        elif v_card_present is None:
            fill.card_present = v_card_present
        elif v_card_present is not UNSET:
            d["card_present"] = v_card_present
        if type(v_cashapp := take("cashapp", UNSET)) is dict:
            later["cashapp"] = v_cashapp
        elif v_cashapp is None:
            fill.cashapp = v_cashapp
        elif v_cashapp is not UNSET:
            d["cashapp"] = v_cashapp
        if type(v_created := take("created", UNSET)) is int:
            fill.created = v_created
        elif v_created is not UNSET:
            d["created"] = v_created
        if (type(v_crypto := take("crypto", UNSET)) is dict) or (v_crypto is None):
            fill.crypto = v_crypto
        elif v_crypto is not UNSET:
            d["crypto"] = v_crypto
        if type(v_custom := take("custom", UNSET)) is dict:
            later["custom"] = v_custom
        elif v_custom is None:
            fill.custom = v_custom
        elif v_custom is not UNSET:
            d["custom"] = v_custom
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
        if (type(v_customer_balance := take("customer_balance", UNSET)) is dict) or (
            v_customer_balance is None
        ):
            fill.customer_balance = v_customer_balance
        elif v_customer_balance is not UNSET:
            d["customer_balance"] = v_customer_balance
        if type(v_eps := take("eps", UNSET)) is dict:
            later["eps"] = v_eps
        elif v_eps is None:
            fill.eps = v_eps
        elif v_eps is not UNSET:
            d["eps"] = v_eps
        if type(v_fpx := take("fpx", UNSET)) is dict:
            later["fpx"] = v_fpx
        elif v_fpx is None:
            fill.fpx = v_fpx
        elif v_fpx is not UNSET:
            d["fpx"] = v_fpx
        if (type(v_giropay := take("giropay", UNSET)) is dict) or (v_giropay is None):
            fill.giropay = v_giropay
        elif v_giropay is not UNSET:
            d["giropay"] = v_giropay
        if (type(v_grabpay := take("grabpay", UNSET)) is dict) or (v_grabpay is None):
            fill.grabpay = v_grabpay
        elif v_grabpay is not UNSET:
            d["grabpay"] = v_grabpay
        if type(v_id := take("id", UNSET)) is str:
            fill.id = v_id
        elif v_id is not UNSET:
            d["id"] = v_id
        if type(v_ideal := take("ideal", UNSET)) is dict:
            later["ideal"] = v_ideal
        elif v_ideal is None:
            fill.ideal = v_ideal
        elif v_ideal is not UNSET:
            d["ideal"] = v_ideal
        if type(v_interac_present := take("interac_present", UNSET)) is dict:
            later["interac_present"] = v_interac_present
        elif v_interac_present is None:
            fill.interac_present = v_interac_present
        elif v_interac_present is not UNSET:
            d["interac_present"] = v_interac_present
        if (type(v_kakao_pay := take("kakao_pay", UNSET)) is dict) or (v_kakao_pay is None):
            fill.kakao_pay = v_kakao_pay
        elif v_kakao_pay is not UNSET:
            d["kakao_pay"] = v_kakao_pay
        if type(v_klarna := take("klarna", UNSET)) is dict:
            later["klarna"] = v_klarna
        elif v_klarna is None:
            fill.klarna = v_klarna
        elif v_klarna is not UNSET:
            d["klarna"] = v_klarna
        if (type(v_konbini := take("konbini", UNSET)) is dict) or (v_konbini is None):
            fill.konbini = v_konbini
        elif v_konbini is not UNSET:
            d["konbini"] = v_konbini
        if type(v_kr_card := take("kr_card", UNSET)) is dict:
            later["kr_card"] = v_kr_card
        elif v_kr_card is None:
            fill.kr_card = v_kr_card
        elif v_kr_card is not UNSET:
            d["kr_card"] = v_kr_card
        if type(v_link := take("link", UNSET)) is dict:
            later["link"] = v_link
        elif v_link is None:
            fill.link = v_link
        elif v_link is not UNSET:
            d["link"] = v_link
        if type(v_livemode := take("livemode", UNSET)) is bool:
            fill.livemode = v_livemode
        elif v_livemode is not UNSET:
            d["livemode"] = v_livemode
        if (type(v_mb_way := take("mb_way", UNSET)) is dict) or (v_mb_way is None):
            fill.mb_way = v_mb_way
        elif v_mb_way is not UNSET:
            d["mb_way"] = v_mb_way
        if (
            type(v_metadata := take("metadata", UNSET)) is dict
            and (not v_metadata or all(type(item0) is str for item0 in v_metadata.values()))
        ) or (v_metadata is None):
            fill.metadata = v_metadata
        elif v_metadata is not UNSET:
            d["metadata"] = v_metadata
        if (type(v_mobilepay := take("mobilepay", UNSET)) is dict) or (v_mobilepay is None):
            fill.mobilepay = v_mobilepay
        elif v_mobilepay is not UNSET:
            d["mobilepay"] = v_mobilepay
        if (type(v_multibanco := take("multibanco", UNSET)) is dict) or (v_multibanco is None):
            fill.multibanco = v_multibanco
        elif v_multibanco is not UNSET:
            d["multibanco"] = v_multibanco
        if type(v_naver_pay := take("naver_pay", UNSET)) is dict:
            later["naver_pay"] = v_naver_pay
        elif v_naver_pay is None:
            fill.naver_pay = v_naver_pay
        elif v_naver_pay is not UNSET:
            d["naver_pay"] = v_naver_pay
        if type(v_nz_bank_account := take("nz_bank_account", UNSET)) is dict:
            later["nz_bank_account"] = v_nz_bank_account
        elif v_nz_bank_account is None:
            fill.nz_bank_account = v_nz_bank_account
        elif v_nz_bank_account is not UNSET:
            d["nz_bank_account"] = v_nz_bank_account
        if type(v_object_ := take("object", UNSET)) is str:
            fill.object_ = v_object_
        elif v_object_ is not UNSET:
            d["object"] = v_object_
        if (type(v_oxxo := take("oxxo", UNSET)) is dict) or (v_oxxo is None):
            fill.oxxo = v_oxxo
        elif v_oxxo is not UNSET:
            d["oxxo"] = v_oxxo
        if type(v_p24 := take("p24", UNSET)) is dict:
            later["p24"] = v_p24
        elif v_p24 is None:
            fill.p24 = v_p24
        elif v_p24 is not UNSET:
            d["p24"] = v_p24
        if (type(v_pay_by_bank := take("pay_by_bank", UNSET)) is dict) or (v_pay_by_bank is None):
            fill.pay_by_bank = v_pay_by_bank
        elif v_pay_by_bank is not UNSET:
            d["pay_by_bank"] = v_pay_by_bank
        if (type(v_payco := take("payco", UNSET)) is dict) or (v_payco is None):
            fill.payco = v_payco
        elif v_payco is not UNSET:
            d["payco"] = v_payco
        if (type(v_paynow := take("paynow", UNSET)) is dict) or (v_paynow is None):
            fill.paynow = v_paynow
        elif v_paynow is not UNSET:
            d["paynow"] = v_paynow
        if type(v_paypal := take("paypal", UNSET)) is dict:
            later["paypal"] = v_paypal
        elif v_paypal is None:
            fill.paypal = v_paypal
        elif v_paypal is not UNSET:
            d["paypal"] = v_paypal
        if (type(v_paypay := take("paypay", UNSET)) is dict) or (v_paypay is None):
            fill.paypay = v_paypay
        elif v_paypay is not UNSET:
            d["paypay"] = v_paypay
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
        if (type(v_promptpay := take("promptpay", UNSET)) is dict) or (v_promptpay is None):
            fill.promptpay = v_promptpay
        elif v_promptpay is not UNSET:
            d["promptpay"] = v_promptpay
        if type(v_radar_options := take("radar_options", UNSET)) is dict:
            later["radar_options"] = v_radar_options
        elif v_radar_options is None:
            fill.radar_options = v_radar_options
        elif v_radar_options is not UNSET:
            d["radar_options"] = v_radar_options
        if (type(v_revolut_pay := take("revolut_pay", UNSET)) is dict) or (v_revolut_pay is None):
            fill.revolut_pay = v_revolut_pay
        elif v_revolut_pay is not UNSET:
            d["revolut_pay"] = v_revolut_pay
        if (type(v_samsung_pay := take("samsung_pay", UNSET)) is dict) or (v_samsung_pay is None):
            fill.samsung_pay = v_samsung_pay
        elif v_samsung_pay is not UNSET:
            d["samsung_pay"] = v_samsung_pay
        if (type(v_satispay := take("satispay", UNSET)) is dict) or (v_satispay is None):
            fill.satispay = v_satispay
        elif v_satispay is not UNSET:
            d["satispay"] = v_satispay
        if (type(v_scalapay := take("scalapay", UNSET)) is dict) or (v_scalapay is None):
            fill.scalapay = v_scalapay
        elif v_scalapay is not UNSET:
            d["scalapay"] = v_scalapay
        if type(v_sepa_debit := take("sepa_debit", UNSET)) is dict:
            later["sepa_debit"] = v_sepa_debit
        elif v_sepa_debit is None:
            fill.sepa_debit = v_sepa_debit
        elif v_sepa_debit is not UNSET:
            d["sepa_debit"] = v_sepa_debit
        if (type(v_sequra := take("sequra", UNSET)) is dict) or (v_sequra is None):
            fill.sequra = v_sequra
        elif v_sequra is not UNSET:
            d["sequra"] = v_sequra
        if type(v_sofort := take("sofort", UNSET)) is dict:
            later["sofort"] = v_sofort
        elif v_sofort is None:
            fill.sofort = v_sofort
        elif v_sofort is not UNSET:
            d["sofort"] = v_sofort
        if (type(v_sunbit := take("sunbit", UNSET)) is dict) or (v_sunbit is None):
            fill.sunbit = v_sunbit
        elif v_sunbit is not UNSET:
            d["sunbit"] = v_sunbit
        if (type(v_swish := take("swish", UNSET)) is dict) or (v_swish is None):
            fill.swish = v_swish
        elif v_swish is not UNSET:
            d["swish"] = v_swish
        if (type(v_twint := take("twint", UNSET)) is dict) or (v_twint is None):
            fill.twint = v_twint
        elif v_twint is not UNSET:
            d["twint"] = v_twint
        if type(v_type_ := take("type", UNSET)) is str:
            fill.type_ = v_type_
        elif v_type_ is not UNSET:
            d["type"] = v_type_
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
        if (type(v_wechat_pay := take("wechat_pay", UNSET)) is dict) or (v_wechat_pay is None):
            fill.wechat_pay = v_wechat_pay
        elif v_wechat_pay is not UNSET:
            d["wechat_pay"] = v_wechat_pay
        if (type(v_zip_ := take("zip", UNSET)) is dict) or (v_zip_ is None):
            fill.zip_ = v_zip_
        elif v_zip_ is not UNSET:
            d["zip"] = v_zip_
        if later:
            fill._later = later
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PaymentMethodAcssDebit(Model):
    """PaymentMethodAcssDebit"""

    bank_name: str | None
    fingerprint: str | None
    institution_number: str | None
    last4: str | None
    transit_number: str | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PaymentMethodAcssDebit:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        if (type(v_bank_name := take("bank_name", UNSET)) is str) or (v_bank_name is None):
            fill.bank_name = v_bank_name
        elif v_bank_name is not UNSET:
            d["bank_name"] = v_bank_name
        if (type(v_fingerprint := take("fingerprint", UNSET)) is str) or (v_fingerprint is None):
            fill.fingerprint = v_fingerprint
        elif v_fingerprint is not UNSET:
            d["fingerprint"] = v_fingerprint
        if (type(v_institution_number := take("institution_number", UNSET)) is str) or (
            v_institution_number is None
        ):
            fill.institution_number = v_institution_number
        elif v_institution_number is not UNSET:
            d["institution_number"] = v_institution_number
        if (type(v_last4 := take("last4", UNSET)) is str) or (v_last4 is None):
            fill.last4 = v_last4
        elif v_last4 is not UNSET:
            d["last4"] = v_last4
        if (type(v_transit_number := take("transit_number", UNSET)) is str) or (
            v_transit_number is None
        ):
            fill.transit_number = v_transit_number
        elif v_transit_number is not UNSET:
            d["transit_number"] = v_transit_number
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PaymentMethodAuBecsDebit(Model):
    """PaymentMethodAuBecsDebit"""

    bsb_number: str | None
    fingerprint: str | None
    last4: str | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PaymentMethodAuBecsDebit:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        if (type(v_bsb_number := take("bsb_number", UNSET)) is str) or (v_bsb_number is None):
            fill.bsb_number = v_bsb_number
        elif v_bsb_number is not UNSET:
            d["bsb_number"] = v_bsb_number
        if (type(v_fingerprint := take("fingerprint", UNSET)) is str) or (v_fingerprint is None):
            fill.fingerprint = v_fingerprint
        elif v_fingerprint is not UNSET:
            d["fingerprint"] = v_fingerprint
        if (type(v_last4 := take("last4", UNSET)) is str) or (v_last4 is None):
            fill.last4 = v_last4
        elif v_last4 is not UNSET:
            d["last4"] = v_last4
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PaymentMethodBacsDebit(Model):
    """PaymentMethodBacsDebit"""

    fingerprint: str | None
    last4: str | None
    sort_code: str | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PaymentMethodBacsDebit:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        if (type(v_fingerprint := take("fingerprint", UNSET)) is str) or (v_fingerprint is None):
            fill.fingerprint = v_fingerprint
        elif v_fingerprint is not UNSET:
            d["fingerprint"] = v_fingerprint
        if (type(v_last4 := take("last4", UNSET)) is str) or (v_last4 is None):
            fill.last4 = v_last4
        elif v_last4 is not UNSET:
            d["last4"] = v_last4
        if (type(v_sort_code := take("sort_code", UNSET)) is str) or (v_sort_code is None):
            fill.sort_code = v_sort_code
        elif v_sort_code is not UNSET:
            d["sort_code"] = v_sort_code
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PaymentMethodBillingDetails(Model):
    """PaymentMethodBillingDetails"""

    address: Address | None
    email: str | None
    name: str | None
    phone: str | None
    tax_id: str | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "address": lambda v: Address.from_dict(v),
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PaymentMethodBillingDetails:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if type(v_address := take("address", UNSET)) is dict:
            later["address"] = v_address
        elif v_address is None:
            fill.address = v_address
        elif v_address is not UNSET:
            d["address"] = v_address
        if (type(v_email := take("email", UNSET)) is str) or (v_email is None):
            fill.email = v_email
        elif v_email is not UNSET:
            d["email"] = v_email
        if (type(v_name := take("name", UNSET)) is str) or (v_name is None):
            fill.name = v_name
        elif v_name is not UNSET:
            d["name"] = v_name
        if (type(v_phone := take("phone", UNSET)) is str) or (v_phone is None):
            fill.phone = v_phone
        elif v_phone is not UNSET:
            d["phone"] = v_phone
        if (type(v_tax_id := take("tax_id", UNSET)) is str) or (v_tax_id is None):
            fill.tax_id = v_tax_id
        elif v_tax_id is not UNSET:
            d["tax_id"] = v_tax_id
        if later:
            fill._later = later
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PaymentMethodBizum(Model):
    """PaymentMethodBizum"""

    buyer_id: str | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PaymentMethodBizum:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        if (type(v_buyer_id := take("buyer_id", UNSET)) is str) or (v_buyer_id is None):
            fill.buyer_id = v_buyer_id
        elif v_buyer_id is not UNSET:
            d["buyer_id"] = v_buyer_id
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PaymentMethodBoleto(Model):
    """PaymentMethodBoleto"""

    tax_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PaymentMethodBoleto:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        if type(v_tax_id := take("tax_id", UNSET)) is str:
            fill.tax_id = v_tax_id
        elif v_tax_id is not UNSET:
            d["tax_id"] = v_tax_id
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PaymentMethodCard(Model):
    """PaymentMethodCard"""

    brand: str
    checks: PaymentMethodCardChecks | None
    country: str | None
    description: str | None
    display_brand: str | None
    exp_month: int
    exp_year: int
    fingerprint: str | None
    funding: str
    generated_from: PaymentMethodCardGeneratedFrom | None
    iin: str | None
    issuer: str | None
    last4: str
    networks: PaymentMethodCardNetworks | None
    regulated_status: Literal["regulated", "unregulated"] | None
    three_d_secure_usage: PaymentMethodCardThreeDSecureUsage | None
    wallet: PaymentMethodCardWallet | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "checks": lambda v: PaymentMethodCardChecks.from_dict(v),
        "generated_from": lambda v: PaymentMethodCardGeneratedFrom.from_dict(v),
        "networks": lambda v: PaymentMethodCardNetworks.from_dict(v),
        "three_d_secure_usage": lambda v: PaymentMethodCardThreeDSecureUsage.from_dict(v),
        "wallet": lambda v: PaymentMethodCardWallet.from_dict(v),
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PaymentMethodCard:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if type(v_brand := take("brand", UNSET)) is str:
            fill.brand = v_brand
        elif v_brand is not UNSET:
            d["brand"] = v_brand
        if type(v_checks := take("checks", UNSET)) is dict:
            later["checks"] = v_checks
        elif v_checks is None:
            fill.checks = v_checks
        elif v_checks is not UNSET:
            d["checks"] = v_checks
        if (type(v_country := take("country", UNSET)) is str) or (v_country is None):
            fill.country = v_country
        elif v_country is not UNSET:
            d["country"] = v_country
        if (type(v_description := take("description", UNSET)) is str) or (v_description is None):
            fill.description = v_description
        elif v_description is not UNSET:
            d["description"] = v_description
        if (type(v_display_brand := take("display_brand", UNSET)) is str) or (
            v_display_brand is None
        ):
            fill.display_brand = v_display_brand
        elif v_display_brand is not UNSET:
            d["display_brand"] = v_display_brand
        if type(v_exp_month := take("exp_month", UNSET)) is int:
            fill.exp_month = v_exp_month
        elif v_exp_month is not UNSET:
            d["exp_month"] = v_exp_month
        if type(v_exp_year := take("exp_year", UNSET)) is int:
            fill.exp_year = v_exp_year
        elif v_exp_year is not UNSET:
            d["exp_year"] = v_exp_year
        if (type(v_fingerprint := take("fingerprint", UNSET)) is str) or (v_fingerprint is None):
            fill.fingerprint = v_fingerprint
        elif v_fingerprint is not UNSET:
            d["fingerprint"] = v_fingerprint
        if type(v_funding := take("funding", UNSET)) is str:
            fill.funding = v_funding
        elif v_funding is not UNSET:
            d["funding"] = v_funding
        if type(v_generated_from := take("generated_from", UNSET)) is dict:
            later["generated_from"] = v_generated_from
        elif v_generated_from is None:
            fill.generated_from = v_generated_from
        elif v_generated_from is not UNSET:
            d["generated_from"] = v_generated_from
        if (type(v_iin := take("iin", UNSET)) is str) or (v_iin is None):
            fill.iin = v_iin
        elif v_iin is not UNSET:
            d["iin"] = v_iin
        if (type(v_issuer := take("issuer", UNSET)) is str) or (v_issuer is None):
            fill.issuer = v_issuer
        elif v_issuer is not UNSET:
            d["issuer"] = v_issuer
        if type(v_last4 := take("last4", UNSET)) is str:
            fill.last4 = v_last4
        elif v_last4 is not UNSET:
            d["last4"] = v_last4
        if type(v_networks := take("networks", UNSET)) is dict:
            later["networks"] = v_networks
        elif v_networks is None:
            fill.networks = v_networks
        elif v_networks is not UNSET:
            d["networks"] = v_networks
        if (type(v_regulated_status := take("regulated_status", UNSET)) is str) or (
            v_regulated_status is None
        ):
            fill.regulated_status = v_regulated_status
        elif v_regulated_status is not UNSET:
            d["regulated_status"] = v_regulated_status
        if type(v_three_d_secure_usage := take("three_d_secure_usage", UNSET)) is dict:
            later["three_d_secure_usage"] = v_three_d_secure_usage
        elif v_three_d_secure_usage is None:
            fill.three_d_secure_usage = v_three_d_secure_usage
        elif v_three_d_secure_usage is not UNSET:
            d["three_d_secure_usage"] = v_three_d_secure_usage
        if type(v_wallet := take("wallet", UNSET)) is dict:
            later["wallet"] = v_wallet
        elif v_wallet is None:
            fill.wallet = v_wallet
        elif v_wallet is not UNSET:
            d["wallet"] = v_wallet
        if later:
            fill._later = later
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PaymentMethodCardChecks(Model):
    """PaymentMethodCardChecks"""

    address_line1_check: str | None
    address_postal_code_check: str | None
    cvc_check: str | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PaymentMethodCardChecks:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        if (type(v_address_line1_check := take("address_line1_check", UNSET)) is str) or (
            v_address_line1_check is None
        ):
            fill.address_line1_check = v_address_line1_check
        elif v_address_line1_check is not UNSET:
            d["address_line1_check"] = v_address_line1_check
        if (
            type(v_address_postal_code_check := take("address_postal_code_check", UNSET)) is str
        ) or (v_address_postal_code_check is None):
            fill.address_postal_code_check = v_address_postal_code_check
        elif v_address_postal_code_check is not UNSET:
            d["address_postal_code_check"] = v_address_postal_code_check
        if (type(v_cvc_check := take("cvc_check", UNSET)) is str) or (v_cvc_check is None):
            fill.cvc_check = v_cvc_check
        elif v_cvc_check is not UNSET:
            d["cvc_check"] = v_cvc_check
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PaymentMethodCardGeneratedFrom(Model):
    """PaymentMethodCardGeneratedFrom"""

    charge: str | None
    payment_method_details: PaymentMethodCardGeneratedFromPaymentMethodDetails | None
    setup_attempt: str | dict[str, Any] | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "payment_method_details": lambda v: (
            PaymentMethodCardGeneratedFromPaymentMethodDetails.from_dict(v)
        ),
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PaymentMethodCardGeneratedFrom:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if (type(v_charge := take("charge", UNSET)) is str) or (v_charge is None):
            fill.charge = v_charge
        elif v_charge is not UNSET:
            d["charge"] = v_charge
        if type(v_payment_method_details := take("payment_method_details", UNSET)) is dict:
            later["payment_method_details"] = v_payment_method_details
        elif v_payment_method_details is None:
            fill.payment_method_details = v_payment_method_details
        elif v_payment_method_details is not UNSET:
            d["payment_method_details"] = v_payment_method_details
        if (
            (type(v_setup_attempt := take("setup_attempt", UNSET)) is str)
            or (type(v_setup_attempt) is dict)
            or (v_setup_attempt is None)
        ):
            fill.setup_attempt = v_setup_attempt
        elif v_setup_attempt is not UNSET:
            d["setup_attempt"] = v_setup_attempt
        if later:
            fill._later = later
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PaymentMethodCardGeneratedFromPaymentMethodDetails(Model):
    """PaymentMethodCardGeneratedFromPaymentMethodDetails"""

    card_present: MethodCardGeneratedFromPaymentMethodDetailsCardPresent | None
    type_: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _KEYS: ClassVar[dict[str, str]] = {
        "type_": "type",
    }
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "card_present": lambda v: MethodCardGeneratedFromPaymentMethodDetailsCardPresent.from_dict(
            v
        ),
    }

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> PaymentMethodCardGeneratedFromPaymentMethodDetails:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if type(v_card_present := take("card_present", UNSET)) is dict:
            later["card_present"] = v_card_present
        elif v_card_present is None:
            fill.card_present = v_card_present
        elif v_card_present is not UNSET:
            d["card_present"] = v_card_present
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
class PaymentMethodCardNetworks(Model):
    """PaymentMethodCardNetworks"""

    available: list[str]
    preferred: str | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PaymentMethodCardNetworks:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        if type(v_available := take("available", UNSET)) is list and (
            not v_available or all(type(item0) is str for item0 in v_available)
        ):
            fill.available = v_available
        elif v_available is not UNSET:
            d["available"] = v_available
        if (type(v_preferred := take("preferred", UNSET)) is str) or (v_preferred is None):
            fill.preferred = v_preferred
        elif v_preferred is not UNSET:
            d["preferred"] = v_preferred
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PaymentMethodCardPresent(Model):
    """PaymentMethodCardPresent"""

    brand: str | None
    brand_product: str | None
    cardholder_name: str | None
    country: str | None
    description: str | None
    exp_month: int
    exp_year: int
    fingerprint: str | None
    funding: str | None
    iin: str | None
    issuer: str | None
    last4: str | None
    networks: PaymentMethodCardNetworks | None
    offline: CardGeneratedFromPaymentMethodDetailsCardPresentOffline | None
    preferred_locales: list[str] | None
    read_method: (
        Literal[
            "contact_emv",
            "contactless_emv",
            "contactless_magstripe_mode",
            "magnetic_stripe_fallback",
            "magnetic_stripe_track2",
        ]
        | None
    )
    wallet: MethodCardGeneratedFromPaymentMethodDetailsCardPresentWallet | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "networks": lambda v: PaymentMethodCardNetworks.from_dict(v),
        "offline": lambda v: CardGeneratedFromPaymentMethodDetailsCardPresentOffline.from_dict(v),
        "wallet": lambda v: MethodCardGeneratedFromPaymentMethodDetailsCardPresentWallet.from_dict(
            v
        ),
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PaymentMethodCardPresent:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if (type(v_brand := take("brand", UNSET)) is str) or (v_brand is None):
            fill.brand = v_brand
        elif v_brand is not UNSET:
            d["brand"] = v_brand
        if (type(v_brand_product := take("brand_product", UNSET)) is str) or (
            v_brand_product is None
        ):
            fill.brand_product = v_brand_product
        elif v_brand_product is not UNSET:
            d["brand_product"] = v_brand_product
        if (type(v_cardholder_name := take("cardholder_name", UNSET)) is str) or (
            v_cardholder_name is None
        ):
            fill.cardholder_name = v_cardholder_name
        elif v_cardholder_name is not UNSET:
            d["cardholder_name"] = v_cardholder_name
        if (type(v_country := take("country", UNSET)) is str) or (v_country is None):
            fill.country = v_country
        elif v_country is not UNSET:
            d["country"] = v_country
        if (type(v_description := take("description", UNSET)) is str) or (v_description is None):
            fill.description = v_description
        elif v_description is not UNSET:
            d["description"] = v_description
        if type(v_exp_month := take("exp_month", UNSET)) is int:
            fill.exp_month = v_exp_month
        elif v_exp_month is not UNSET:
            d["exp_month"] = v_exp_month
        if type(v_exp_year := take("exp_year", UNSET)) is int:
            fill.exp_year = v_exp_year
        elif v_exp_year is not UNSET:
            d["exp_year"] = v_exp_year
        if (type(v_fingerprint := take("fingerprint", UNSET)) is str) or (v_fingerprint is None):
            fill.fingerprint = v_fingerprint
        elif v_fingerprint is not UNSET:
            d["fingerprint"] = v_fingerprint
        if (type(v_funding := take("funding", UNSET)) is str) or (v_funding is None):
            fill.funding = v_funding
        elif v_funding is not UNSET:
            d["funding"] = v_funding
        if (type(v_iin := take("iin", UNSET)) is str) or (v_iin is None):
            fill.iin = v_iin
        elif v_iin is not UNSET:
            d["iin"] = v_iin
        if (type(v_issuer := take("issuer", UNSET)) is str) or (v_issuer is None):
            fill.issuer = v_issuer
        elif v_issuer is not UNSET:
            d["issuer"] = v_issuer
        if (type(v_last4 := take("last4", UNSET)) is str) or (v_last4 is None):
            fill.last4 = v_last4
        elif v_last4 is not UNSET:
            d["last4"] = v_last4
        if type(v_networks := take("networks", UNSET)) is dict:
            later["networks"] = v_networks
        elif v_networks is None:
            fill.networks = v_networks
        elif v_networks is not UNSET:
            d["networks"] = v_networks
        if type(v_offline := take("offline", UNSET)) is dict:
            later["offline"] = v_offline
        elif v_offline is None:
            fill.offline = v_offline
        elif v_offline is not UNSET:
            d["offline"] = v_offline
        if (
            type(v_preferred_locales := take("preferred_locales", UNSET)) is list
            and (
                not v_preferred_locales or all(type(item0) is str for item0 in v_preferred_locales)
            )
        ) or (v_preferred_locales is None):
            fill.preferred_locales = v_preferred_locales
        elif v_preferred_locales is not UNSET:
            d["preferred_locales"] = v_preferred_locales
        if (type(v_read_method := take("read_method", UNSET)) is str) or (v_read_method is None):
            fill.read_method = v_read_method
        elif v_read_method is not UNSET:
            d["read_method"] = v_read_method
        if type(v_wallet := take("wallet", UNSET)) is dict:
            later["wallet"] = v_wallet
        elif v_wallet is None:
            fill.wallet = v_wallet
        elif v_wallet is not UNSET:
            d["wallet"] = v_wallet
        if later:
            fill._later = later
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PaymentMethodCardThreeDSecureUsage(Model):
    """PaymentMethodCardThreeDSecureUsage"""

    supported: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PaymentMethodCardThreeDSecureUsage:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        if type(v_supported := take("supported", UNSET)) is bool:
            fill.supported = v_supported
        elif v_supported is not UNSET:
            d["supported"] = v_supported
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PaymentMethodCardWallet(Model):
    """PaymentMethodCardWallet"""

    amex_express_checkout: dict[str, Any] | None
    apple_pay: dict[str, Any] | None
    dynamic_last4: str | None
    google_pay: dict[str, Any] | None
    link: dict[str, Any] | None
    masterpass: PaymentMethodCardWalletMasterpass | None
    samsung_pay: dict[str, Any] | None
    type_: Literal[
        "amex_express_checkout",
        "apple_pay",
        "google_pay",
        "link",
        "masterpass",
        "samsung_pay",
        "visa_checkout",
    ]
    visa_checkout: PaymentMethodCardWalletMasterpass | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _KEYS: ClassVar[dict[str, str]] = {
        "type_": "type",
    }
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "masterpass": lambda v: PaymentMethodCardWalletMasterpass.from_dict(v),
        "visa_checkout": lambda v: PaymentMethodCardWalletMasterpass.from_dict(v),
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PaymentMethodCardWallet:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if (type(v_amex_express_checkout := take("amex_express_checkout", UNSET)) is dict) or (
            v_amex_express_checkout is None
        ):
            fill.amex_express_checkout = v_amex_express_checkout
        elif v_amex_express_checkout is not UNSET:
            d["amex_express_checkout"] = v_amex_express_checkout
        if (type(v_apple_pay := take("apple_pay", UNSET)) is dict) or (v_apple_pay is None):
            fill.apple_pay = v_apple_pay
        elif v_apple_pay is not UNSET:
            d["apple_pay"] = v_apple_pay
        if (type(v_dynamic_last4 := take("dynamic_last4", UNSET)) is str) or (
            v_dynamic_last4 is None
        ):
            fill.dynamic_last4 = v_dynamic_last4
        elif v_dynamic_last4 is not UNSET:
            d["dynamic_last4"] = v_dynamic_last4
        if (type(v_google_pay := take("google_pay", UNSET)) is dict) or (v_google_pay is None):
            fill.google_pay = v_google_pay
        elif v_google_pay is not UNSET:
            d["google_pay"] = v_google_pay
        if (type(v_link := take("link", UNSET)) is dict) or (v_link is None):
            fill.link = v_link
        elif v_link is not UNSET:
            d["link"] = v_link
        if type(v_masterpass := take("masterpass", UNSET)) is dict:
            later["masterpass"] = v_masterpass
        elif v_masterpass is None:
            fill.masterpass = v_masterpass
        elif v_masterpass is not UNSET:
            d["masterpass"] = v_masterpass
        if (type(v_samsung_pay := take("samsung_pay", UNSET)) is dict) or (v_samsung_pay is None):
            fill.samsung_pay = v_samsung_pay
        elif v_samsung_pay is not UNSET:
            d["samsung_pay"] = v_samsung_pay
        if type(v_type_ := take("type", UNSET)) is str:
            fill.type_ = v_type_
        elif v_type_ is not UNSET:
            d["type"] = v_type_
        if type(v_visa_checkout := take("visa_checkout", UNSET)) is dict:
            later["visa_checkout"] = v_visa_checkout
        elif v_visa_checkout is None:
            fill.visa_checkout = v_visa_checkout
        elif v_visa_checkout is not UNSET:
            d["visa_checkout"] = v_visa_checkout
        if later:
            fill._later = later
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PaymentMethodCardWalletMasterpass(Model):
    """PaymentMethodCardWalletMasterpass"""

    billing_address: Address | None
    email: str | None
    name: str | None
    shipping_address: Address | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "billing_address": lambda v: Address.from_dict(v),
        "shipping_address": lambda v: Address.from_dict(v),
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PaymentMethodCardWalletMasterpass:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if type(v_billing_address := take("billing_address", UNSET)) is dict:
            later["billing_address"] = v_billing_address
        elif v_billing_address is None:
            fill.billing_address = v_billing_address
        elif v_billing_address is not UNSET:
            d["billing_address"] = v_billing_address
        if (type(v_email := take("email", UNSET)) is str) or (v_email is None):
            fill.email = v_email
        elif v_email is not UNSET:
            d["email"] = v_email
        if (type(v_name := take("name", UNSET)) is str) or (v_name is None):
            fill.name = v_name
        elif v_name is not UNSET:
            d["name"] = v_name
        if type(v_shipping_address := take("shipping_address", UNSET)) is dict:
            later["shipping_address"] = v_shipping_address
        elif v_shipping_address is None:
            fill.shipping_address = v_shipping_address
        elif v_shipping_address is not UNSET:
            d["shipping_address"] = v_shipping_address
        if later:
            fill._later = later
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PaymentMethodCashapp(Model):
    """PaymentMethodCashapp"""

    buyer_id: str | None
    cashtag: str | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PaymentMethodCashapp:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        if (type(v_buyer_id := take("buyer_id", UNSET)) is str) or (v_buyer_id is None):
            fill.buyer_id = v_buyer_id
        elif v_buyer_id is not UNSET:
            d["buyer_id"] = v_buyer_id
        if (type(v_cashtag := take("cashtag", UNSET)) is str) or (v_cashtag is None):
            fill.cashtag = v_cashtag
        elif v_cashtag is not UNSET:
            d["cashtag"] = v_cashtag
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PaymentMethodCustom(Model):
    """PaymentMethodCustom"""

    display_name: str | None
    logo: PaymentMethodCustomLogo | None
    type_: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _KEYS: ClassVar[dict[str, str]] = {
        "type_": "type",
    }
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "logo": lambda v: PaymentMethodCustomLogo.from_dict(v),
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PaymentMethodCustom:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if (type(v_display_name := take("display_name", UNSET)) is str) or (v_display_name is None):
            fill.display_name = v_display_name
        elif v_display_name is not UNSET:
            d["display_name"] = v_display_name
        if type(v_logo := take("logo", UNSET)) is dict:
            later["logo"] = v_logo
        elif v_logo is None:
            fill.logo = v_logo
        elif v_logo is not UNSET:
            d["logo"] = v_logo
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
class PaymentMethodCustomLogo(Model):
    """PaymentMethodCustomLogo"""

    content_type: str | None
    url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PaymentMethodCustomLogo:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        if (type(v_content_type := take("content_type", UNSET)) is str) or (v_content_type is None):
            fill.content_type = v_content_type
        elif v_content_type is not UNSET:
            d["content_type"] = v_content_type
        if type(v_url := take("url", UNSET)) is str:
            fill.url = v_url
        elif v_url is not UNSET:
            d["url"] = v_url
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PaymentMethodEps(Model):
    """PaymentMethodEps"""

    bank: (
        Literal[
            "arzte_und_apotheker_bank",
            "austrian_anadi_bank_ag",
            "bank_austria",
            "bankhaus_carl_spangler",
            "bankhaus_schelhammer_und_schattera_ag",
            "bawag_psk_ag",
            "bks_bank_ag",
            "brull_kallmus_bank_ag",
            "btv_vier_lander_bank",
            "capital_bank_grawe_gruppe_ag",
            "deutsche_bank_ag",
            "dolomitenbank",
            "easybank_ag",
            "erste_bank_und_sparkassen",
            "hypo_alpeadriabank_international_ag",
            "hypo_bank_burgenland_aktiengesellschaft",
            "hypo_noe_lb_fur_niederosterreich_u_wien",
            "hypo_oberosterreich_salzburg_steiermark",
            "hypo_tirol_bank_ag",
            "hypo_vorarlberg_bank_ag",
            "marchfelder_bank",
            "oberbank_ag",
            "raiffeisen_bankengruppe_osterreich",
            "schoellerbank_ag",
            "sparda_bank_wien",
            "volksbank_gruppe",
            "volkskreditbank_ag",
            "vr_bank_braunau",
        ]
        | None
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PaymentMethodEps:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        if (type(v_bank := take("bank", UNSET)) is str) or (v_bank is None):
            fill.bank = v_bank
        elif v_bank is not UNSET:
            d["bank"] = v_bank
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PaymentMethodFpx(Model):
    """PaymentMethodFpx"""

    account_holder_type: Literal["company", "individual"] | None
    bank: Literal[
        "affin_bank",
        "agrobank",
        "alliance_bank",
        "ambank",
        "bank_islam",
        "bank_muamalat",
        "bank_of_china",
        "bank_rakyat",
        "bnp_paribas",
        "bsn",
        "cimb",
        "citibank",
        "deutsche_bank",
        "hong_leong_bank",
        "hsbc",
        "kfh",
        "maybank2e",
        "maybank2u",
        "mbsb_bank",
        "ocbc",
        "pb_enterprise",
        "public_bank",
        "rhb",
        "standard_chartered",
        "uob",
    ]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PaymentMethodFpx:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        if (type(v_account_holder_type := take("account_holder_type", UNSET)) is str) or (
            v_account_holder_type is None
        ):
            fill.account_holder_type = v_account_holder_type
        elif v_account_holder_type is not UNSET:
            d["account_holder_type"] = v_account_holder_type
        if type(v_bank := take("bank", UNSET)) is str:
            fill.bank = v_bank
        elif v_bank is not UNSET:
            d["bank"] = v_bank
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PaymentMethodIdeal(Model):
    """PaymentMethodIdeal"""

    bank: (
        Literal[
            "abn_amro",
            "adyen",
            "asn_bank",
            "bunq",
            "buut",
            "finom",
            "handelsbanken",
            "ing",
            "knab",
            "mollie",
            "moneyou",
            "n26",
            "nn",
            "rabobank",
            "regiobank",
            "revolut",
            "sns_bank",
            "triodos_bank",
            "van_lanschot",
            "yoursafe",
        ]
        | None
    )
    bic: (
        Literal[
            "ABNANL2A",
            "ADYBNL2A",
            "ASNBNL21",
            "BITSNL2A",
            "BUNQNL2A",
            "BUUTNL2A",
            "FNOMNL22",
            "FVLBNL22",
            "HANDNL2A",
            "INGBNL2A",
            "KNABNL2H",
            "MLLENL2A",
            "MOYONL21",
            "NNBANL2G",
            "NTSBDEB1",
            "RABONL2U",
            "RBRBNL21",
            "REVOIE23",
            "REVOLT21",
            "SNSBNL2A",
            "TRIONL2U",
        ]
        | None
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PaymentMethodIdeal:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        if (type(v_bank := take("bank", UNSET)) is str) or (v_bank is None):
            fill.bank = v_bank
        elif v_bank is not UNSET:
            d["bank"] = v_bank
        if (type(v_bic := take("bic", UNSET)) is str) or (v_bic is None):
            fill.bic = v_bic
        elif v_bic is not UNSET:
            d["bic"] = v_bic
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PaymentMethodInteracPresent(Model):
    """PaymentMethodInteracPresent"""

    brand: str | None
    cardholder_name: str | None
    country: str | None
    description: str | None
    exp_month: int
    exp_year: int
    fingerprint: str | None
    funding: str | None
    iin: str | None
    issuer: str | None
    last4: str | None
    networks: PaymentMethodCardNetworks | None
    preferred_locales: list[str] | None
    read_method: (
        Literal[
            "contact_emv",
            "contactless_emv",
            "contactless_magstripe_mode",
            "magnetic_stripe_fallback",
            "magnetic_stripe_track2",
        ]
        | None
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "networks": lambda v: PaymentMethodCardNetworks.from_dict(v),
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PaymentMethodInteracPresent:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if (type(v_brand := take("brand", UNSET)) is str) or (v_brand is None):
            fill.brand = v_brand
        elif v_brand is not UNSET:
            d["brand"] = v_brand
        if (type(v_cardholder_name := take("cardholder_name", UNSET)) is str) or (
            v_cardholder_name is None
        ):
            fill.cardholder_name = v_cardholder_name
        elif v_cardholder_name is not UNSET:
            d["cardholder_name"] = v_cardholder_name
        if (type(v_country := take("country", UNSET)) is str) or (v_country is None):
            fill.country = v_country
        elif v_country is not UNSET:
            d["country"] = v_country
        if (type(v_description := take("description", UNSET)) is str) or (v_description is None):
            fill.description = v_description
        elif v_description is not UNSET:
            d["description"] = v_description
        if type(v_exp_month := take("exp_month", UNSET)) is int:
            fill.exp_month = v_exp_month
        elif v_exp_month is not UNSET:
            d["exp_month"] = v_exp_month
        if type(v_exp_year := take("exp_year", UNSET)) is int:
            fill.exp_year = v_exp_year
        elif v_exp_year is not UNSET:
            d["exp_year"] = v_exp_year
        if (type(v_fingerprint := take("fingerprint", UNSET)) is str) or (v_fingerprint is None):
            fill.fingerprint = v_fingerprint
        elif v_fingerprint is not UNSET:
            d["fingerprint"] = v_fingerprint
        if (type(v_funding := take("funding", UNSET)) is str) or (v_funding is None):
            fill.funding = v_funding
        elif v_funding is not UNSET:
            d["funding"] = v_funding
        if (type(v_iin := take("iin", UNSET)) is str) or (v_iin is None):
            fill.iin = v_iin
        elif v_iin is not UNSET:
            d["iin"] = v_iin
        if (type(v_issuer := take("issuer", UNSET)) is str) or (v_issuer is None):
            fill.issuer = v_issuer
        elif v_issuer is not UNSET:
            d["issuer"] = v_issuer
        if (type(v_last4 := take("last4", UNSET)) is str) or (v_last4 is None):
            fill.last4 = v_last4
        elif v_last4 is not UNSET:
            d["last4"] = v_last4
        if type(v_networks := take("networks", UNSET)) is dict:
            later["networks"] = v_networks
        elif v_networks is None:
            fill.networks = v_networks
        elif v_networks is not UNSET:
            d["networks"] = v_networks
        if (
            type(v_preferred_locales := take("preferred_locales", UNSET)) is list
            and (
                not v_preferred_locales or all(type(item0) is str for item0 in v_preferred_locales)
            )
        ) or (v_preferred_locales is None):
            fill.preferred_locales = v_preferred_locales
        elif v_preferred_locales is not UNSET:
            d["preferred_locales"] = v_preferred_locales
        if (type(v_read_method := take("read_method", UNSET)) is str) or (v_read_method is None):
            fill.read_method = v_read_method
        elif v_read_method is not UNSET:
            d["read_method"] = v_read_method
        if later:
            fill._later = later
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PaymentMethodKlarna(Model):
    """PaymentMethodKlarna"""

    dob: PaymentMethodKlarnaDob | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "dob": lambda v: PaymentMethodKlarnaDob.from_dict(v),
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PaymentMethodKlarna:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if type(v_dob := take("dob", UNSET)) is dict:
            later["dob"] = v_dob
        elif v_dob is None:
            fill.dob = v_dob
        elif v_dob is not UNSET:
            d["dob"] = v_dob
        if later:
            fill._later = later
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PaymentMethodKlarnaDob(Model):
    """PaymentMethodKlarnaDob"""

    day: int | None
    month: int | None
    year: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PaymentMethodKlarnaDob:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        if (type(v_day := take("day", UNSET)) is int) or (v_day is None):
            fill.day = v_day
        elif v_day is not UNSET:
            d["day"] = v_day
        if (type(v_month := take("month", UNSET)) is int) or (v_month is None):
            fill.month = v_month
        elif v_month is not UNSET:
            d["month"] = v_month
        if (type(v_year := take("year", UNSET)) is int) or (v_year is None):
            fill.year = v_year
        elif v_year is not UNSET:
            d["year"] = v_year
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PaymentMethodKrCard(Model):
    """PaymentMethodKrCard"""

    brand: (
        Literal[
            "bc",
            "citi",
            "hana",
            "hyundai",
            "jeju",
            "jeonbuk",
            "kakaobank",
            "kbank",
            "kdbbank",
            "kookmin",
            "kwangju",
            "lotte",
            "mg",
            "nh",
            "post",
            "samsung",
            "savingsbank",
            "shinhan",
            "shinhyup",
            "suhyup",
            "tossbank",
            "woori",
        ]
        | None
    )
    last4: str | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PaymentMethodKrCard:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        if (type(v_brand := take("brand", UNSET)) is str) or (v_brand is None):
            fill.brand = v_brand
        elif v_brand is not UNSET:
            d["brand"] = v_brand
        if (type(v_last4 := take("last4", UNSET)) is str) or (v_last4 is None):
            fill.last4 = v_last4
        elif v_last4 is not UNSET:
            d["last4"] = v_last4
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PaymentMethodLink(Model):
    """PaymentMethodLink"""

    email: str | None
    persistent_token: str | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PaymentMethodLink:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        if (type(v_email := take("email", UNSET)) is str) or (v_email is None):
            fill.email = v_email
        elif v_email is not UNSET:
            d["email"] = v_email
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
class PaymentMethodNaverPay(Model):
    """PaymentMethodNaverPay"""

    buyer_id: str | None
    funding: Literal["card", "points"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PaymentMethodNaverPay:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        if (type(v_buyer_id := take("buyer_id", UNSET)) is str) or (v_buyer_id is None):
            fill.buyer_id = v_buyer_id
        elif v_buyer_id is not UNSET:
            d["buyer_id"] = v_buyer_id
        if type(v_funding := take("funding", UNSET)) is str:
            fill.funding = v_funding
        elif v_funding is not UNSET:
            d["funding"] = v_funding
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PaymentMethodNzBankAccount(Model):
    """PaymentMethodNzBankAccount"""

    account_holder_name: str | None
    bank_code: str
    bank_name: str
    branch_code: str
    last4: str
    suffix: str | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PaymentMethodNzBankAccount:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        if (type(v_account_holder_name := take("account_holder_name", UNSET)) is str) or (
            v_account_holder_name is None
        ):
            fill.account_holder_name = v_account_holder_name
        elif v_account_holder_name is not UNSET:
            d["account_holder_name"] = v_account_holder_name
        if type(v_bank_code := take("bank_code", UNSET)) is str:
            fill.bank_code = v_bank_code
        elif v_bank_code is not UNSET:
            d["bank_code"] = v_bank_code
        if type(v_bank_name := take("bank_name", UNSET)) is str:
            fill.bank_name = v_bank_name
        elif v_bank_name is not UNSET:
            d["bank_name"] = v_bank_name
        if type(v_branch_code := take("branch_code", UNSET)) is str:
            fill.branch_code = v_branch_code
        elif v_branch_code is not UNSET:
            d["branch_code"] = v_branch_code
        if type(v_last4 := take("last4", UNSET)) is str:
            fill.last4 = v_last4
        elif v_last4 is not UNSET:
            d["last4"] = v_last4
        if (type(v_suffix := take("suffix", UNSET)) is str) or (v_suffix is None):
            fill.suffix = v_suffix
        elif v_suffix is not UNSET:
            d["suffix"] = v_suffix
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PaymentMethodP24(Model):
    """PaymentMethodP24"""

    bank: (
        Literal[
            "alior_bank",
            "bank_millennium",
            "bank_nowy_bfg_sa",
            "bank_pekao_sa",
            "banki_spbdzielcze",
            "blik",
            "bnp_paribas",
            "boz",
            "citi_handlowy",
            "credit_agricole",
            "envelobank",
            "etransfer_pocztowy24",
            "getin_bank",
            "ideabank",
            "ing",
            "inteligo",
            "mbank_mtransfer",
            "nest_przelew",
            "noble_pay",
            "pbac_z_ipko",
            "plus_bank",
            "santander_przelew24",
            "tmobile_usbugi_bankowe",
            "toyota_bank",
            "velobank",
            "volkswagen_bank",
        ]
        | None
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PaymentMethodP24:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        if (type(v_bank := take("bank", UNSET)) is str) or (v_bank is None):
            fill.bank = v_bank
        elif v_bank is not UNSET:
            d["bank"] = v_bank
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PaymentMethodPaypal(Model):
    """PaymentMethodPaypal"""

    country: str | None
    payer_email: str | None
    payer_id: str | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PaymentMethodPaypal:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        if (type(v_country := take("country", UNSET)) is str) or (v_country is None):
            fill.country = v_country
        elif v_country is not UNSET:
            d["country"] = v_country
        if (type(v_payer_email := take("payer_email", UNSET)) is str) or (v_payer_email is None):
            fill.payer_email = v_payer_email
        elif v_payer_email is not UNSET:
            d["payer_email"] = v_payer_email
        if (type(v_payer_id := take("payer_id", UNSET)) is str) or (v_payer_id is None):
            fill.payer_id = v_payer_id
        elif v_payer_id is not UNSET:
            d["payer_id"] = v_payer_id
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PaymentMethodPayto(Model):
    """PaymentMethodPayto"""

    bsb_number: str | None
    last4: str | None
    pay_id: str | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PaymentMethodPayto:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        if (type(v_bsb_number := take("bsb_number", UNSET)) is str) or (v_bsb_number is None):
            fill.bsb_number = v_bsb_number
        elif v_bsb_number is not UNSET:
            d["bsb_number"] = v_bsb_number
        if (type(v_last4 := take("last4", UNSET)) is str) or (v_last4 is None):
            fill.last4 = v_last4
        elif v_last4 is not UNSET:
            d["last4"] = v_last4
        if (type(v_pay_id := take("pay_id", UNSET)) is str) or (v_pay_id is None):
            fill.pay_id = v_pay_id
        elif v_pay_id is not UNSET:
            d["pay_id"] = v_pay_id
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PaymentMethodPix(Model):
    """PaymentMethodPix"""

    fingerprint: str | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PaymentMethodPix:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        if (type(v_fingerprint := take("fingerprint", UNSET)) is str) or (v_fingerprint is None):
            fill.fingerprint = v_fingerprint
        elif v_fingerprint is not UNSET:
            d["fingerprint"] = v_fingerprint
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PaymentMethodRadarOptions(Model):
    """PaymentMethodRadarOptions"""

    session: str | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PaymentMethodRadarOptions:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        if (type(v_session := take("session", UNSET)) is str) or (v_session is None):
            fill.session = v_session
        elif v_session is not UNSET:
            d["session"] = v_session
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PaymentMethodSepaDebit(Model):
    """PaymentMethodSepaDebit"""

    bank_code: str | None
    branch_code: str | None
    country: str | None
    fingerprint: str | None
    generated_from: PaymentMethodSepaDebitGeneratedFrom | None
    last4: str | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "generated_from": lambda v: PaymentMethodSepaDebitGeneratedFrom.from_dict(v),
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PaymentMethodSepaDebit:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if (type(v_bank_code := take("bank_code", UNSET)) is str) or (v_bank_code is None):
            fill.bank_code = v_bank_code
        elif v_bank_code is not UNSET:
            d["bank_code"] = v_bank_code
        if (type(v_branch_code := take("branch_code", UNSET)) is str) or (v_branch_code is None):
            fill.branch_code = v_branch_code
        elif v_branch_code is not UNSET:
            d["branch_code"] = v_branch_code
        if (type(v_country := take("country", UNSET)) is str) or (v_country is None):
            fill.country = v_country
        elif v_country is not UNSET:
            d["country"] = v_country
        if (type(v_fingerprint := take("fingerprint", UNSET)) is str) or (v_fingerprint is None):
            fill.fingerprint = v_fingerprint
        elif v_fingerprint is not UNSET:
            d["fingerprint"] = v_fingerprint
        if type(v_generated_from := take("generated_from", UNSET)) is dict:
            later["generated_from"] = v_generated_from
        elif v_generated_from is None:
            fill.generated_from = v_generated_from
        elif v_generated_from is not UNSET:
            d["generated_from"] = v_generated_from
        if (type(v_last4 := take("last4", UNSET)) is str) or (v_last4 is None):
            fill.last4 = v_last4
        elif v_last4 is not UNSET:
            d["last4"] = v_last4
        if later:
            fill._later = later
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PaymentMethodSepaDebitGeneratedFrom(Model):
    """PaymentMethodSepaDebitGeneratedFrom"""

    charge: str | dict[str, Any] | None
    setup_attempt: str | dict[str, Any] | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PaymentMethodSepaDebitGeneratedFrom:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        if (
            (type(v_charge := take("charge", UNSET)) is str)
            or (type(v_charge) is dict)
            or (v_charge is None)
        ):
            fill.charge = v_charge
        elif v_charge is not UNSET:
            d["charge"] = v_charge
        if (
            (type(v_setup_attempt := take("setup_attempt", UNSET)) is str)
            or (type(v_setup_attempt) is dict)
            or (v_setup_attempt is None)
        ):
            fill.setup_attempt = v_setup_attempt
        elif v_setup_attempt is not UNSET:
            d["setup_attempt"] = v_setup_attempt
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PaymentMethodSofort(Model):
    """PaymentMethodSofort"""

    country: str | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PaymentMethodSofort:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        if (type(v_country := take("country", UNSET)) is str) or (v_country is None):
            fill.country = v_country
        elif v_country is not UNSET:
            d["country"] = v_country
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PaymentMethodUpi(Model):
    """PaymentMethodUpi"""

    vpa: str | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PaymentMethodUpi:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        if (type(v_vpa := take("vpa", UNSET)) is str) or (v_vpa is None):
            fill.vpa = v_vpa
        elif v_vpa is not UNSET:
            d["vpa"] = v_vpa
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PaymentMethodUsBankAccount(Model):
    """PaymentMethodUsBankAccount"""

    account_holder_type: Literal["company", "individual"] | None
    account_type: Literal["checking", "savings"] | None
    bank_name: str | None
    financial_connections_account: str | None
    fingerprint: str | None
    last4: str | None
    networks: PaymentMethodUsBankAccountNetworks | None
    routing_number: str | None
    status_details: PaymentMethodUsBankAccountStatusDetails | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "networks": lambda v: PaymentMethodUsBankAccountNetworks.from_dict(v),
        "status_details": lambda v: PaymentMethodUsBankAccountStatusDetails.from_dict(v),
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PaymentMethodUsBankAccount:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if (type(v_account_holder_type := take("account_holder_type", UNSET)) is str) or (
            v_account_holder_type is None
        ):
            fill.account_holder_type = v_account_holder_type
        elif v_account_holder_type is not UNSET:
            d["account_holder_type"] = v_account_holder_type
        if (type(v_account_type := take("account_type", UNSET)) is str) or (v_account_type is None):
            fill.account_type = v_account_type
        elif v_account_type is not UNSET:
            d["account_type"] = v_account_type
        if (type(v_bank_name := take("bank_name", UNSET)) is str) or (v_bank_name is None):
            fill.bank_name = v_bank_name
        elif v_bank_name is not UNSET:
            d["bank_name"] = v_bank_name
        if (
            type(v_financial_connections_account := take("financial_connections_account", UNSET))
            is str
        ) or (v_financial_connections_account is None):
            fill.financial_connections_account = v_financial_connections_account
        elif v_financial_connections_account is not UNSET:
            d["financial_connections_account"] = v_financial_connections_account
        if (type(v_fingerprint := take("fingerprint", UNSET)) is str) or (v_fingerprint is None):
            fill.fingerprint = v_fingerprint
        elif v_fingerprint is not UNSET:
            d["fingerprint"] = v_fingerprint
        if (type(v_last4 := take("last4", UNSET)) is str) or (v_last4 is None):
            fill.last4 = v_last4
        elif v_last4 is not UNSET:
            d["last4"] = v_last4
        if type(v_networks := take("networks", UNSET)) is dict:
            later["networks"] = v_networks
        elif v_networks is None:
            fill.networks = v_networks
        elif v_networks is not UNSET:
            d["networks"] = v_networks
        if (type(v_routing_number := take("routing_number", UNSET)) is str) or (
            v_routing_number is None
        ):
            fill.routing_number = v_routing_number
        elif v_routing_number is not UNSET:
            d["routing_number"] = v_routing_number
        if type(v_status_details := take("status_details", UNSET)) is dict:
            later["status_details"] = v_status_details
        elif v_status_details is None:
            fill.status_details = v_status_details
        elif v_status_details is not UNSET:
            d["status_details"] = v_status_details
        if later:
            fill._later = later
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PaymentMethodUsBankAccountNetworks(Model):
    """PaymentMethodUsBankAccountNetworks"""

    preferred: str | None
    supported: list[Literal["ach", "us_domestic_wire"]]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PaymentMethodUsBankAccountNetworks:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        if (type(v_preferred := take("preferred", UNSET)) is str) or (v_preferred is None):
            fill.preferred = v_preferred
        elif v_preferred is not UNSET:
            d["preferred"] = v_preferred
        if type(v_supported := take("supported", UNSET)) is list and (
            not v_supported or all(type(item0) is str for item0 in v_supported)
        ):
            fill.supported = v_supported
        elif v_supported is not UNSET:
            d["supported"] = v_supported
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PaymentMethodUsBankAccountStatusDetails(Model):
    """PaymentMethodUsBankAccountStatusDetails"""

    blocked: PaymentMethodUsBankAccountStatusDetailsBlocked | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "blocked": lambda v: PaymentMethodUsBankAccountStatusDetailsBlocked.from_dict(v),
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PaymentMethodUsBankAccountStatusDetails:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if type(v_blocked := take("blocked", UNSET)) is dict:
            later["blocked"] = v_blocked
        elif v_blocked is None:
            fill.blocked = v_blocked
        elif v_blocked is not UNSET:
            d["blocked"] = v_blocked
        if later:
            fill._later = later
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PaymentMethodUsBankAccountStatusDetailsBlocked(Model):
    """PaymentMethodUsBankAccountStatusDetailsBlocked"""

    network_code: (
        Literal["R02", "R03", "R04", "R05", "R07", "R08", "R10", "R11", "R16", "R20", "R29", "R31"]
        | None
    )
    reason: (
        Literal[
            "bank_account_closed",
            "bank_account_frozen",
            "bank_account_invalid_details",
            "bank_account_restricted",
            "bank_account_unusable",
            "debit_not_authorized",
            "tokenized_account_number_deactivated",
        ]
        | None
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> PaymentMethodUsBankAccountStatusDetailsBlocked:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        if (type(v_network_code := take("network_code", UNSET)) is str) or (v_network_code is None):
            fill.network_code = v_network_code
        elif v_network_code is not UNSET:
            d["network_code"] = v_network_code
        if (type(v_reason := take("reason", UNSET)) is str) or (v_reason is None):
            fill.reason = v_reason
        elif v_reason is not UNSET:
            d["reason"] = v_reason
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# Imported last: the modules refer to each other in cycles, needed at call time only.
from .customer import Customer  # noqa: E402
from .shared import Address  # noqa: E402

__all__ = [
    "CardGeneratedFromPaymentMethodDetailsCardPresentOffline",
    "CardGeneratedFromPaymentMethodDetailsCardPresentReceipt",
    "MethodCardGeneratedFromPaymentMethodDetailsCardPresent",
    "MethodCardGeneratedFromPaymentMethodDetailsCardPresentWallet",
    "PaymentMethod",
    "PaymentMethodAcssDebit",
    "PaymentMethodAuBecsDebit",
    "PaymentMethodBacsDebit",
    "PaymentMethodBillingDetails",
    "PaymentMethodBizum",
    "PaymentMethodBoleto",
    "PaymentMethodCard",
    "PaymentMethodCardChecks",
    "PaymentMethodCardGeneratedFrom",
    "PaymentMethodCardGeneratedFromPaymentMethodDetails",
    "PaymentMethodCardNetworks",
    "PaymentMethodCardPresent",
    "PaymentMethodCardThreeDSecureUsage",
    "PaymentMethodCardWallet",
    "PaymentMethodCardWalletMasterpass",
    "PaymentMethodCashapp",
    "PaymentMethodCustom",
    "PaymentMethodCustomLogo",
    "PaymentMethodEps",
    "PaymentMethodFpx",
    "PaymentMethodIdeal",
    "PaymentMethodInteracPresent",
    "PaymentMethodKlarna",
    "PaymentMethodKlarnaDob",
    "PaymentMethodKrCard",
    "PaymentMethodLink",
    "PaymentMethodNaverPay",
    "PaymentMethodNzBankAccount",
    "PaymentMethodP24",
    "PaymentMethodPaypal",
    "PaymentMethodPayto",
    "PaymentMethodPix",
    "PaymentMethodRadarOptions",
    "PaymentMethodSepaDebit",
    "PaymentMethodSepaDebitGeneratedFrom",
    "PaymentMethodSofort",
    "PaymentMethodUpi",
    "PaymentMethodUsBankAccount",
    "PaymentMethodUsBankAccountNetworks",
    "PaymentMethodUsBankAccountStatusDetails",
    "PaymentMethodUsBankAccountStatusDetailsBlocked",
]
