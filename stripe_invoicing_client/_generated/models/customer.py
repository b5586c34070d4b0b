"""Response models: customer (generated; do not edit).

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


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class CashBalance(Model):
    """Funds a customer has sent by bank transfer and not yet applied to payments."""

    available: dict[str, int] | None
    """Funds available per currency, in the smallest currency unit."""
    customer: str
    """Id of the customer the funds belong to."""
    customer_account: str | None
    """Id of the Account object that represents the customer, if any."""
    livemode: bool
    """True for an object in live mode, false for one in test mode."""
    object_: Literal["cash_balance"]
    """Object type, always `cash_balance`."""
    settings: CashBalanceSettings
    """How the funds are applied to open payments."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _KEYS: ClassVar[dict[str, str]] = {
        "object_": "object",
    }
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "settings": lambda v: CashBalanceSettings.from_dict(v),
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> CashBalance:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if (
            type(v_available := take("available", UNSET)) is dict
            and (not v_available or all(type(item0) is int for item0 in v_available.values()))
        ) or (v_available is None):
            fill.available = v_available
        elif v_available is not UNSET:
            d["available"] = v_available
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
        if type(v_livemode := take("livemode", UNSET)) is bool:
            fill.livemode = v_livemode
        elif v_livemode is not UNSET:
            d["livemode"] = v_livemode
        if type(v_object_ := take("object", UNSET)) is str:
            fill.object_ = v_object_
        elif v_object_ is not UNSET:
            d["object"] = v_object_
        if type(v_settings := take("settings", UNSET)) is dict:
            later["settings"] = v_settings
        elif v_settings is not UNSET:
            d["settings"] = v_settings
        if later:
            fill._later = later
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class CashBalanceSettings(Model):
    """CashBalanceSettings"""

    reconciliation_mode: Literal["automatic", "manual"]
    using_merchant_default: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> CashBalanceSettings:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        if type(v_reconciliation_mode := take("reconciliation_mode", UNSET)) is str:
            fill.reconciliation_mode = v_reconciliation_mode
        elif v_reconciliation_mode is not UNSET:
            d["reconciliation_mode"] = v_reconciliation_mode
        if type(v_using_merchant_default := take("using_merchant_default", UNSET)) is bool:
            fill.using_merchant_default = v_using_merchant_default
        elif v_using_merchant_default is not UNSET:
            d["using_merchant_default"] = v_using_merchant_default
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class Customer(Model):
    """A person or business that is billed, with contact, tax and invoicing defaults."""

    address: Address | None
    """Billing address of the customer."""
    balance: int | None
    """Amount in the smallest currency unit added to the next invoice when positive, credited against it when negative."""
    created: int
    """Unix timestamp in seconds when the object was created."""
    currency: str | None
    """Three-letter lowercase ISO code of the currency the customer is billed in; null until first set."""
    default_source: str | dict[str, Any] | None
    """Legacy source charged by default (an id unless expanded)."""
    delinquent: bool | None
    """True after an invoice fails automatic payment or passes its due date; false again once one is paid or marked uncollectible."""
    description: str | None
    """Free-text note about the customer."""
    discount: Discount | None
    """Discount that applies to all of the customer's invoices and subscriptions, if any."""
    email: str | None
    """Email address of the customer."""
    id: str
    """Unique id of the customer (starts with `cus_`)."""
    invoice_prefix: str | None
    """Prefix of the customer's invoice numbers."""
    invoice_settings: InvoiceSettingCustomerSetting | None
    """Defaults for the customer's invoices: custom fields, payment method, footer and rendering."""
    livemode: bool
    """True for an object in live mode, false for one in test mode."""
    metadata: dict[str, str] | None
    """Your own key-value pairs stored on the object."""
    name: str | None
    """Full name of the customer, or the business name."""
    next_invoice_sequence: int | None
    """Sequence number the customer's next invoice number will carry."""
    object_: Literal["customer"]
    """Object type, always `customer`."""
    phone: str | None
    """Phone number of the customer."""
    preferred_locales: list[str] | None
    """Locale codes the customer prefers, most preferred first."""
    shipping: Shipping | None
    """Name, address and phone for shipping to the customer."""
    tax_exempt: Literal["exempt", "none", "reverse"] | None
    """Tax status: `none`, `exempt`, or `reverse` for reverse charge."""
    test_clock: str | TestClock | None
    """Test clock the customer is attached to (an id unless expanded), if any."""
    business_name: str | None | Unset = UNSET
    """Name of the business, when the customer is one."""
    cash_balance: CashBalance | None | Unset = UNSET
    """Funds Stripe holds for the customer from bank transfers; only present when expanded."""
    customer_account: str | None | Unset = UNSET
    """Id of the Account object that represents this customer, if any."""
    individual_name: str | None | Unset = UNSET
    """Name of the person, when the customer is an individual."""
    invoice_credit_balance: dict[str, int] | None | Unset = UNSET
    """Balances per currency code, in the smallest currency unit, applied to future invoices; only present when expanded."""
    sources: CustomerSourcesType0 | None | Unset = UNSET
    """A page of the customer's legacy payment sources; only present when expanded."""
    subscriptions: GetSubscriptionsResponse200 | None | Unset = UNSET
    """A page of the customer's subscriptions; only present when expanded."""
    tax: CustomerTax | None | Unset = UNSET
    """How the customer is located for automatic tax, and whether that works; only present when expanded."""
    tax_ids: CustomerTaxIdsType0 | None | Unset = UNSET
    """A page of the customer's tax ids; only present when expanded."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _KEYS: ClassVar[dict[str, str]] = {
        "object_": "object",
    }
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "address": lambda v: Address.from_dict(v),
        "discount": lambda v: Discount.from_dict(v),
        "invoice_settings": lambda v: InvoiceSettingCustomerSetting.from_dict(v),
        "shipping": lambda v: Shipping.from_dict(v),
        "test_clock": lambda v: TestClock.from_dict(v),
        "cash_balance": lambda v: CashBalance.from_dict(v),
        "sources": lambda v: CustomerSourcesType0.from_dict(v),
        "subscriptions": lambda v: GetSubscriptionsResponse200.from_dict(v),
        "tax": lambda v: CustomerTax.from_dict(v),
        "tax_ids": lambda v: CustomerTaxIdsType0.from_dict(v),
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Customer:
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
        if (type(v_balance := take("balance", UNSET)) is int) or (v_balance is None):
            fill.balance = v_balance
        elif v_balance is not UNSET:
            d["balance"] = v_balance
        if type(v_created := take("created", UNSET)) is int:
            fill.created = v_created
        elif v_created is not UNSET:
            d["created"] = v_created
        if (type(v_currency := take("currency", UNSET)) is str) or (v_currency is None):
            fill.currency = v_currency
        elif v_currency is not UNSET:
            d["currency"] = v_currency
        if (
            (type(v_default_source := take("default_source", UNSET)) is str)
            or (type(v_default_source) is dict)
            or (v_default_source is None)
        ):
            fill.default_source = v_default_source
        elif v_default_source is not UNSET:
            d["default_source"] = v_default_source
        if (type(v_delinquent := take("delinquent", UNSET)) is bool) or (v_delinquent is None):
            fill.delinquent = v_delinquent
        elif v_delinquent is not UNSET:
            d["delinquent"] = v_delinquent
        if (type(v_description := take("description", UNSET)) is str) or (v_description is None):
            fill.description = v_description
        elif v_description is not UNSET:
            d["description"] = v_description
        if type(v_discount := take("discount", UNSET)) is dict:
            later["discount"] = v_discount
        elif v_discount is None:
            fill.discount = v_discount
        elif v_discount is not UNSET:
            d["discount"] = v_discount
        if (type(v_email := take("email", UNSET)) is str) or (v_email is None):
            fill.email = v_email
        elif v_email is not UNSET:
            d["email"] = v_email
        if type(v_id := take("id", UNSET)) is str:
            fill.id = v_id
        elif v_id is not UNSET:
            d["id"] = v_id
        if (type(v_invoice_prefix := take("invoice_prefix", UNSET)) is str) or (
            v_invoice_prefix is None
        ):
            fill.invoice_prefix = v_invoice_prefix
        elif v_invoice_prefix is not UNSET:
            d["invoice_prefix"] = v_invoice_prefix
        if type(v_invoice_settings := take("invoice_settings", UNSET)) is dict:
            later["invoice_settings"] = v_invoice_settings
        elif v_invoice_settings is None:
            fill.invoice_settings = v_invoice_settings
        elif v_invoice_settings is not UNSET:
            d["invoice_settings"] = v_invoice_settings
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
        if (type(v_name := take("name", UNSET)) is str) or (v_name is None):
            fill.name = v_name
        elif v_name is not UNSET:
            d["name"] = v_name
        if (type(v_next_invoice_sequence := take("next_invoice_sequence", UNSET)) is int) or (
            v_next_invoice_sequence is None
        ):
            fill.next_invoice_sequence = v_next_invoice_sequence
        elif v_next_invoice_sequence is not UNSET:
            d["next_invoice_sequence"] = v_next_invoice_sequence
        if type(v_object_ := take("object", UNSET)) is str:
            fill.object_ = v_object_
        elif v_object_ is not UNSET:
            d["object"] = v_object_
        if (type(v_phone := take("phone", UNSET)) is str) or (v_phone is None):
            fill.phone = v_phone
        elif v_phone is not UNSET:
            d["phone"] = v_phone
        if (
            type(v_preferred_locales := take("preferred_locales", UNSET)) is list
            and (
                not v_preferred_locales or all(type(item0) is str for item0 in v_preferred_locales)
            )
        ) or (v_preferred_locales is None):
            fill.preferred_locales = v_preferred_locales
        elif v_preferred_locales is not UNSET:
            d["preferred_locales"] = v_preferred_locales
        if type(v_shipping := take("shipping", UNSET)) is dict:
            later["shipping"] = v_shipping
        elif v_shipping is None:
            fill.shipping = v_shipping
        elif v_shipping is not UNSET:
            d["shipping"] = v_shipping
        if (type(v_tax_exempt := take("tax_exempt", UNSET)) is str) or (v_tax_exempt is None):
            fill.tax_exempt = v_tax_exempt
        elif v_tax_exempt is not UNSET:
            d["tax_exempt"] = v_tax_exempt
        if type(v_test_clock := take("test_clock", UNSET)) is dict:
            later["test_clock"] = v_test_clock
        elif (type(v_test_clock) is str) or (v_test_clock is None):
            fill.test_clock = v_test_clock
        elif v_test_clock is not UNSET:
            d["test_clock"] = v_test_clock
        if (
            (type(v_business_name := take("business_name", UNSET)) is str)
            or (v_business_name is None)
            or v_business_name is UNSET
        ):
            fill.business_name = v_business_name
        else:
            d["business_name"] = v_business_name
        if type(v_cash_balance := take("cash_balance", UNSET)) is dict:
            later["cash_balance"] = v_cash_balance
        elif (v_cash_balance is None) or v_cash_balance is UNSET:
            fill.cash_balance = v_cash_balance
        else:
            d["cash_balance"] = v_cash_balance
        if (
            (type(v_customer_account := take("customer_account", UNSET)) is str)
            or (v_customer_account is None)
            or v_customer_account is UNSET
        ):
            fill.customer_account = v_customer_account
        else:
            d["customer_account"] = v_customer_account
        if (
            (type(v_individual_name := take("individual_name", UNSET)) is str)
            or (v_individual_name is None)
            or v_individual_name is UNSET
        ):
            fill.individual_name = v_individual_name
        else:
            d["individual_name"] = v_individual_name
        if (
            (
                type(v_invoice_credit_balance := take("invoice_credit_balance", UNSET)) is dict
                and (
                    not v_invoice_credit_balance
                    or all(type(item0) is int for item0 in v_invoice_credit_balance.values())
                )
            )
            or (v_invoice_credit_balance is None)
            or v_invoice_credit_balance is UNSET
        ):
            fill.invoice_credit_balance = v_invoice_credit_balance
        else:
            d["invoice_credit_balance"] = v_invoice_credit_balance
        if type(v_sources := take("sources", UNSET)) is dict:
            later["sources"] = v_sources
        elif (v_sources is None) or v_sources is UNSET:
            fill.sources = v_sources
        else:
            d["sources"] = v_sources
        if type(v_subscriptions := take("subscriptions", UNSET)) is dict:
            later["subscriptions"] = v_subscriptions
        elif (v_subscriptions is None) or v_subscriptions is UNSET:
            fill.subscriptions = v_subscriptions
        else:
            d["subscriptions"] = v_subscriptions
        if type(v_tax := take("tax", UNSET)) is dict:
            later["tax"] = v_tax
        elif (v_tax is None) or v_tax is UNSET:
            fill.tax = v_tax
        else:
            d["tax"] = v_tax
        if type(v_tax_ids := take("tax_ids", UNSET)) is dict:
            later["tax_ids"] = v_tax_ids
        elif (v_tax_ids is None) or v_tax_ids is UNSET:
            fill.tax_ids = v_tax_ids
        else:
            d["tax_ids"] = v_tax_ids
        if later:
            fill._later = later
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class CustomerBalanceTransaction(Model):
    """One change to a customer's credit balance, applied to their next invoices."""

    amount: int
    """Change to the balance; negative is a credit to the customer."""
    checkout_session: str | dict[str, Any] | None
    """Checkout session that caused the change, if any (an id unless expanded)."""
    created: int
    """Unix timestamp in seconds when the object was created."""
    credit_note: CreditNote | str | None
    """Credit note that caused the change, if any (an id unless expanded)."""
    currency: str
    """Three-letter lowercase ISO currency code."""
    customer: Customer | str
    """Customer whose balance changed (an id unless expanded)."""
    customer_account: str | None
    """Id of the Account object that represents the customer, if any."""
    description: str | None
    """Text describing the transaction."""
    ending_balance: int
    """The customer's balance right after this transaction."""
    id: str
    """Unique id of the object."""
    invoice: Invoice | str | None
    """Invoice that caused the change, if any (an id unless expanded)."""
    livemode: bool
    """True for an object in live mode, false for one in test mode."""
    metadata: dict[str, str] | None
    """Your own key-value pairs stored on the object."""
    object_: Literal["customer_balance_transaction"]
    """Object type, always `customer_balance_transaction`."""
    type_: Literal[
        "adjustment",
        "applied_to_invoice",
        "checkout_session_subscription_payment",
        "checkout_session_subscription_payment_canceled",
        "credit_note",
        "initial",
        "invoice_overpaid",
        "invoice_too_large",
        "invoice_too_small",
        "migration",
        "unapplied_from_invoice",
        "unspent_receiver_credit",
    ]
    """What caused the change, such as `adjustment`, `applied_to_invoice` or `credit_note`."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _KEYS: ClassVar[dict[str, str]] = {
        "object_": "object",
        "type_": "type",
    }
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "credit_note": lambda v: CreditNote.from_dict(v),
        "customer": lambda v: Customer.from_dict(v),
        "invoice": lambda v: Invoice.from_dict(v),
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> CustomerBalanceTransaction:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if type(v_amount := take("amount", UNSET)) is int:
            fill.amount = v_amount
        elif v_amount is not UNSET:
            d["amount"] = v_amount
        if (
            (type(v_checkout_session := take("checkout_session", UNSET)) is str)
            or (type(v_checkout_session) is dict)
            or (v_checkout_session is None)
        ):
            fill.checkout_session = v_checkout_session
        elif v_checkout_session is not UNSET:
            d["checkout_session"] = v_checkout_session
        if type(v_created := take("created", UNSET)) is int:
            fill.created = v_created
        elif v_created is not UNSET:
            d["created"] = v_created
        if type(v_credit_note := take("credit_note", UNSET)) is dict:
            later["credit_note"] = v_credit_note
        elif (type(v_credit_note) is str) or (v_credit_note is None):
            fill.credit_note = v_credit_note
        elif v_credit_note is not UNSET:
            d["credit_note"] = v_credit_note
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
        if (type(v_description := take("description", UNSET)) is str) or (v_description is None):
            fill.description = v_description
        elif v_description is not UNSET:
            d["description"] = v_description
        if type(v_ending_balance := take("ending_balance", UNSET)) is int:
            fill.ending_balance = v_ending_balance
        elif v_ending_balance is not UNSET:
            d["ending_balance"] = v_ending_balance
        if type(v_id := take("id", UNSET)) is str:
            fill.id = v_id
        elif v_id is not UNSET:
            d["id"] = v_id
        if type(v_invoice := take("invoice", UNSET)) is dict:
            later["invoice"] = v_invoice
        elif (type(v_invoice) is str) or (v_invoice is None):
            fill.invoice = v_invoice
        elif v_invoice is not UNSET:
            d["invoice"] = v_invoice
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
class CustomerSourcesType0(Model):
    """A page of the customer's legacy payment sources; only present when expanded."""

    data: list[dict[str, Any]]
    has_more: bool
    object_: Literal["list"]
    url: str
    total_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _KEYS: ClassVar[dict[str, str]] = {
        "object_": "object",
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> CustomerSourcesType0:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        if type(v_data := take("data", UNSET)) is list and (
            not v_data or all(type(item0) is dict for item0 in v_data)
        ):
            fill.data = v_data
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
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class CustomerTax(Model):
    """Embedded object found at `customer.tax`."""

    automatic_tax: Literal["failed", "not_collecting", "supported", "unrecognized_location"]
    ip_address: str | None
    location: CustomerTaxLocation | None
    provider: Literal["anrok", "avalara", "sphere", "stripe"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "location": lambda v: CustomerTaxLocation.from_dict(v),
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> CustomerTax:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if type(v_automatic_tax := take("automatic_tax", UNSET)) is str:
            fill.automatic_tax = v_automatic_tax
        elif v_automatic_tax is not UNSET:
            d["automatic_tax"] = v_automatic_tax
        if (type(v_ip_address := take("ip_address", UNSET)) is str) or (v_ip_address is None):
            fill.ip_address = v_ip_address
        elif v_ip_address is not UNSET:
            d["ip_address"] = v_ip_address
        if type(v_location := take("location", UNSET)) is dict:
            later["location"] = v_location
        elif v_location is None:
            fill.location = v_location
        elif v_location is not UNSET:
            d["location"] = v_location
        if type(v_provider := take("provider", UNSET)) is str:
            fill.provider = v_provider
        elif v_provider is not UNSET:
            d["provider"] = v_provider
        if later:
            fill._later = later
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class CustomerTaxIdsType0(Model):
    """A page of the customer's tax ids; only present when expanded."""

    data: list[TaxId]
    has_more: bool
    object_: Literal["list"]
    url: str
    total_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _KEYS: ClassVar[dict[str, str]] = {
        "object_": "object",
    }
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "data": lambda v: [TaxId.from_dict(item0) for item0 in v],
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> CustomerTaxIdsType0:
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
class CustomerTaxLocation(Model):
    """Embedded object found at `customer.tax.location`."""

    country: str
    source: Literal["billing_address", "ip_address", "payment_method", "shipping_destination"]
    state: str | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> CustomerTaxLocation:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        if type(v_country := take("country", UNSET)) is str:
            fill.country = v_country
        elif v_country is not UNSET:
            d["country"] = v_country
        if type(v_source := take("source", UNSET)) is str:
            fill.source = v_source
        elif v_source is not UNSET:
            d["source"] = v_source
        if (type(v_state := take("state", UNSET)) is str) or (v_state is None):
            fill.state = v_state
        elif v_state is not UNSET:
            d["state"] = v_state
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class DeletedCustomer(Model):
    """Returned when a customer has been removed."""

    deleted: Literal[True]
    """Always true: the object has been deleted."""
    id: str
    """Id of the deleted object."""
    object_: Literal["customer"]
    """Object type, always `customer`."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _KEYS: ClassVar[dict[str, str]] = {
        "object_": "object",
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> DeletedCustomer:
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
class GetSubscriptionsResponse200(Model):
    """GetSubscriptionsResponse200"""

    data: list[Subscription]
    """The subscriptions on this page."""
    has_more: bool
    """Whether there are more objects after this page."""
    object_: Literal["list"]
    """Object type, always `list`."""
    url: str
    """API path this page was fetched from."""
    total_count: int | Unset = UNSET
    """Number of all matching objects; only present when asked for by expanding `total_count`."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _KEYS: ClassVar[dict[str, str]] = {
        "object_": "object",
    }
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "data": lambda v: [Subscription.from_dict(item0) for item0 in v],
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> GetSubscriptionsResponse200:
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
class InvoiceSettingCustomerRenderingOptions(Model):
    """Embedded object found at `customer.invoice_settings.rendering_options`."""

    amount_tax_display: str | None
    template: str | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> InvoiceSettingCustomerRenderingOptions:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        if (type(v_amount_tax_display := take("amount_tax_display", UNSET)) is str) or (
            v_amount_tax_display is None
        ):
            fill.amount_tax_display = v_amount_tax_display
        elif v_amount_tax_display is not UNSET:
            d["amount_tax_display"] = v_amount_tax_display
        if (type(v_template := take("template", UNSET)) is str) or (v_template is None):
            fill.template = v_template
        elif v_template is not UNSET:
            d["template"] = v_template
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class InvoiceSettingCustomerSetting(Model):
    """Embedded object found at `customer.invoice_settings`."""

    custom_fields: list[InvoiceSettingCustomField] | None
    default_payment_method: PaymentMethod | str | None
    footer: str | None
    rendering_options: InvoiceSettingCustomerRenderingOptions | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "custom_fields": lambda v: [InvoiceSettingCustomField.from_dict(item0) for item0 in v],
        "default_payment_method": lambda v: PaymentMethod.from_dict(v),
        "rendering_options": lambda v: InvoiceSettingCustomerRenderingOptions.from_dict(v),
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> InvoiceSettingCustomerSetting:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if type(v_custom_fields := take("custom_fields", UNSET)) is list and (
            not v_custom_fields or all(type(item0) is dict for item0 in v_custom_fields)
        ):
            later["custom_fields"] = v_custom_fields
        elif v_custom_fields is None:
            fill.custom_fields = v_custom_fields
        elif v_custom_fields is not UNSET:
            d["custom_fields"] = v_custom_fields
        if type(v_default_payment_method := take("default_payment_method", UNSET)) is dict:
            later["default_payment_method"] = v_default_payment_method
        elif (type(v_default_payment_method) is str) or (v_default_payment_method is None):
            fill.default_payment_method = v_default_payment_method
        elif v_default_payment_method is not UNSET:
            d["default_payment_method"] = v_default_payment_method
        if (type(v_footer := take("footer", UNSET)) is str) or (v_footer is None):
            fill.footer = v_footer
        elif v_footer is not UNSET:
            d["footer"] = v_footer
        if type(v_rendering_options := take("rendering_options", UNSET)) is dict:
            later["rendering_options"] = v_rendering_options
        elif v_rendering_options is None:
            fill.rendering_options = v_rendering_options
        elif v_rendering_options is not UNSET:
            d["rendering_options"] = v_rendering_options
        if later:
            fill._later = later
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# The same shapes as classes above, under their own names.
CustomerSubscriptionsType0 = GetSubscriptionsResponse200


# Imported last: the modules refer to each other in cycles, needed at call time only.
from .credit_note import CreditNote  # noqa: E402
from .discount import Discount  # noqa: E402
from .invoice import Invoice  # noqa: E402
from .payment_method import PaymentMethod  # noqa: E402
from .shared import Address, InvoiceSettingCustomField, Shipping  # noqa: E402
from .subscription import Subscription  # noqa: E402
from .tax import TaxId  # noqa: E402
from .test_clock import TestClock  # noqa: E402

__all__ = [
    "CashBalance",
    "CashBalanceSettings",
    "Customer",
    "CustomerBalanceTransaction",
    "CustomerSourcesType0",
    "CustomerTax",
    "CustomerTaxIdsType0",
    "CustomerTaxLocation",
    "DeletedCustomer",
    "GetSubscriptionsResponse200",
    "InvoiceSettingCustomerRenderingOptions",
    "InvoiceSettingCustomerSetting",
    "CustomerSubscriptionsType0",
]
