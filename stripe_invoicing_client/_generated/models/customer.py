"""Response models: customer (generated; do not edit).

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
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("available", "available", "dict[str, int] | None"),
        ("customer", "customer", "str"),
        ("customer_account", "customer_account", "str | None"),
        ("livemode", "livemode", "bool"),
        ("object_", "object", "Literal['cash_balance']"),
        ("settings", "settings", "CashBalanceSettings"),
    )

    _CONVERTED: ClassVar[frozenset[str]] = frozenset(("settings",))

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
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> CashBalance:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_available = take("available", UNSET)
        if (
            type(v_available) is dict
            and (not v_available or all(type(item0) is int for item0 in v_available.values()))
        ) or (v_available is None):
            fill.available = v_available
        elif v_available is not UNSET:
            d["available"] = v_available
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
        v_settings = take("settings", UNSET)
        if type(v_settings) is dict:
            fill.settings = CashBalanceSettings.from_dict(v_settings)
        elif v_settings is not UNSET:
            d["settings"] = v_settings
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class CashBalanceSettings(Model):
    """CashBalanceSettings"""

    reconciliation_mode: Literal["automatic", "manual"]
    using_merchant_default: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("reconciliation_mode", "reconciliation_mode", "Literal['automatic', 'manual']"),
        ("using_merchant_default", "using_merchant_default", "bool"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> CashBalanceSettings:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_reconciliation_mode = take("reconciliation_mode", UNSET)
        if type(v_reconciliation_mode) is str:
            fill.reconciliation_mode = v_reconciliation_mode
        elif v_reconciliation_mode is not UNSET:
            d["reconciliation_mode"] = v_reconciliation_mode
        v_using_merchant_default = take("using_merchant_default", UNSET)
        if type(v_using_merchant_default) is bool:
            fill.using_merchant_default = v_using_merchant_default
        elif v_using_merchant_default is not UNSET:
            d["using_merchant_default"] = v_using_merchant_default
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
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
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("address", "address", "Address | None"),
        ("balance", "balance", "int | None"),
        ("created", "created", "int"),
        ("currency", "currency", "str | None"),
        ("default_source", "default_source", "str | dict[str, Any] | None"),
        ("delinquent", "delinquent", "bool | None"),
        ("description", "description", "str | None"),
        ("discount", "discount", "Discount | None"),
        ("email", "email", "str | None"),
        ("id", "id", "str"),
        ("invoice_prefix", "invoice_prefix", "str | None"),
        ("invoice_settings", "invoice_settings", "InvoiceSettingCustomerSetting | None"),
        ("livemode", "livemode", "bool"),
        ("metadata", "metadata", "dict[str, str] | None"),
        ("name", "name", "str | None"),
        ("next_invoice_sequence", "next_invoice_sequence", "int | None"),
        ("object_", "object", "Literal['customer']"),
        ("phone", "phone", "str | None"),
        ("preferred_locales", "preferred_locales", "list[str] | None"),
        ("shipping", "shipping", "Shipping | None"),
        ("tax_exempt", "tax_exempt", "Literal['exempt', 'none', 'reverse'] | None"),
        ("test_clock", "test_clock", "str | TestClock | None"),
        ("business_name", "business_name", "str | None"),
        ("cash_balance", "cash_balance", "CashBalance | None"),
        ("customer_account", "customer_account", "str | None"),
        ("individual_name", "individual_name", "str | None"),
        ("invoice_credit_balance", "invoice_credit_balance", "dict[str, int] | None"),
        ("sources", "sources", "CustomerSourcesType0 | None"),
        ("subscriptions", "subscriptions", "GetSubscriptionsResponse200 | None"),
        ("tax", "tax", "CustomerTax | None"),
        ("tax_ids", "tax_ids", "CustomerTaxIdsType0 | None"),
    )

    _CONVERTED: ClassVar[frozenset[str]] = frozenset(
        (
            "address",
            "discount",
            "invoice_settings",
            "shipping",
            "test_clock",
            "cash_balance",
            "sources",
            "subscriptions",
            "tax",
            "tax_ids",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        # Plain fields are copied by Model.to_dict; these need converting back to JSON. An
        # unfilled field raises AttributeError: what was received for it, if anything, is
        # already in additional_properties.
        data = Model.to_dict(self)
        try:
            v_address = self.address
        except AttributeError:
            pass
        else:
            data["address"] = v_address.to_dict() if isinstance(v_address, Address) else v_address
        try:
            v_discount = self.discount
        except AttributeError:
            pass
        else:
            data["discount"] = (
                v_discount.to_dict() if isinstance(v_discount, Discount) else v_discount
            )
        try:
            v_invoice_settings = self.invoice_settings
        except AttributeError:
            pass
        else:
            data["invoice_settings"] = (
                v_invoice_settings.to_dict()
                if isinstance(v_invoice_settings, InvoiceSettingCustomerSetting)
                else v_invoice_settings
            )
        try:
            v_shipping = self.shipping
        except AttributeError:
            pass
        else:
            data["shipping"] = (
                v_shipping.to_dict() if isinstance(v_shipping, Shipping) else v_shipping
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
            v_cash_balance = self.cash_balance
        except AttributeError:
            pass
        else:
            if not isinstance(v_cash_balance, Unset):
                data["cash_balance"] = (
                    v_cash_balance.to_dict()
                    if isinstance(v_cash_balance, CashBalance)
                    else v_cash_balance
                )
        try:
            v_sources = self.sources
        except AttributeError:
            pass
        else:
            if not isinstance(v_sources, Unset):
                data["sources"] = (
                    v_sources.to_dict()
                    if isinstance(v_sources, CustomerSourcesType0)
                    else v_sources
                )
        try:
            v_subscriptions = self.subscriptions
        except AttributeError:
            pass
        else:
            if not isinstance(v_subscriptions, Unset):
                data["subscriptions"] = (
                    v_subscriptions.to_dict()
                    if isinstance(v_subscriptions, GetSubscriptionsResponse200)
                    else v_subscriptions
                )
        try:
            v_tax = self.tax
        except AttributeError:
            pass
        else:
            if not isinstance(v_tax, Unset):
                data["tax"] = v_tax.to_dict() if isinstance(v_tax, CustomerTax) else v_tax
        try:
            v_tax_ids = self.tax_ids
        except AttributeError:
            pass
        else:
            if not isinstance(v_tax_ids, Unset):
                data["tax_ids"] = (
                    v_tax_ids.to_dict() if isinstance(v_tax_ids, CustomerTaxIdsType0) else v_tax_ids
                )
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Customer:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_address = take("address", UNSET)
        if (type(v_address) is dict) or (v_address is None):
            fill.address = Address.from_dict(v_address) if type(v_address) is dict else v_address
        elif v_address is not UNSET:
            d["address"] = v_address
        v_balance = take("balance", UNSET)
        if (type(v_balance) is int) or (v_balance is None):
            fill.balance = v_balance
        elif v_balance is not UNSET:
            d["balance"] = v_balance
        v_created = take("created", UNSET)
        if type(v_created) is int:
            fill.created = v_created
        elif v_created is not UNSET:
            d["created"] = v_created
        v_currency = take("currency", UNSET)
        if (type(v_currency) is str) or (v_currency is None):
            fill.currency = v_currency
        elif v_currency is not UNSET:
            d["currency"] = v_currency
        v_default_source = take("default_source", UNSET)
        if (
            (type(v_default_source) is str)
            or (type(v_default_source) is dict)
            or (v_default_source is None)
        ):
            fill.default_source = v_default_source
        elif v_default_source is not UNSET:
            d["default_source"] = v_default_source
        v_delinquent = take("delinquent", UNSET)
        if (type(v_delinquent) is bool) or (v_delinquent is None):
            fill.delinquent = v_delinquent
        elif v_delinquent is not UNSET:
            d["delinquent"] = v_delinquent
        v_description = take("description", UNSET)
        if (type(v_description) is str) or (v_description is None):
            fill.description = v_description
        elif v_description is not UNSET:
            d["description"] = v_description
        v_discount = take("discount", UNSET)
        if (type(v_discount) is dict) or (v_discount is None):
            fill.discount = (
                Discount.from_dict(v_discount) if type(v_discount) is dict else v_discount
            )
        elif v_discount is not UNSET:
            d["discount"] = v_discount
        v_email = take("email", UNSET)
        if (type(v_email) is str) or (v_email is None):
            fill.email = v_email
        elif v_email is not UNSET:
            d["email"] = v_email
        v_id = take("id", UNSET)
        if type(v_id) is str:
            fill.id = v_id
        elif v_id is not UNSET:
            d["id"] = v_id
        v_invoice_prefix = take("invoice_prefix", UNSET)
        if (type(v_invoice_prefix) is str) or (v_invoice_prefix is None):
            fill.invoice_prefix = v_invoice_prefix
        elif v_invoice_prefix is not UNSET:
            d["invoice_prefix"] = v_invoice_prefix
        v_invoice_settings = take("invoice_settings", UNSET)
        if (type(v_invoice_settings) is dict) or (v_invoice_settings is None):
            fill.invoice_settings = (
                InvoiceSettingCustomerSetting.from_dict(v_invoice_settings)
                if type(v_invoice_settings) is dict
                else v_invoice_settings
            )
        elif v_invoice_settings is not UNSET:
            d["invoice_settings"] = v_invoice_settings
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
        v_name = take("name", UNSET)
        if (type(v_name) is str) or (v_name is None):
            fill.name = v_name
        elif v_name is not UNSET:
            d["name"] = v_name
        v_next_invoice_sequence = take("next_invoice_sequence", UNSET)
        if (type(v_next_invoice_sequence) is int) or (v_next_invoice_sequence is None):
            fill.next_invoice_sequence = v_next_invoice_sequence
        elif v_next_invoice_sequence is not UNSET:
            d["next_invoice_sequence"] = v_next_invoice_sequence
        v_object_ = take("object", UNSET)
        if type(v_object_) is str:
            fill.object_ = v_object_
        elif v_object_ is not UNSET:
            d["object"] = v_object_
        v_phone = take("phone", UNSET)
        if (type(v_phone) is str) or (v_phone is None):
            fill.phone = v_phone
        elif v_phone is not UNSET:
            d["phone"] = v_phone
        v_preferred_locales = take("preferred_locales", UNSET)
        if (
            type(v_preferred_locales) is list
            and (
                not v_preferred_locales or all(type(item0) is str for item0 in v_preferred_locales)
            )
        ) or (v_preferred_locales is None):
            fill.preferred_locales = v_preferred_locales
        elif v_preferred_locales is not UNSET:
            d["preferred_locales"] = v_preferred_locales
        v_shipping = take("shipping", UNSET)
        if (type(v_shipping) is dict) or (v_shipping is None):
            fill.shipping = (
                Shipping.from_dict(v_shipping) if type(v_shipping) is dict else v_shipping
            )
        elif v_shipping is not UNSET:
            d["shipping"] = v_shipping
        v_tax_exempt = take("tax_exempt", UNSET)
        if (type(v_tax_exempt) is str) or (v_tax_exempt is None):
            fill.tax_exempt = v_tax_exempt
        elif v_tax_exempt is not UNSET:
            d["tax_exempt"] = v_tax_exempt
        v_test_clock = take("test_clock", UNSET)
        if (type(v_test_clock) is dict) or (type(v_test_clock) is str) or (v_test_clock is None):
            fill.test_clock = (
                TestClock.from_dict(v_test_clock) if type(v_test_clock) is dict else v_test_clock
            )
        elif v_test_clock is not UNSET:
            d["test_clock"] = v_test_clock
        v_business_name = take("business_name", UNSET)
        if (type(v_business_name) is str) or (v_business_name is None):
            fill.business_name = v_business_name
        elif v_business_name is UNSET:
            fill.business_name = UNSET
        else:
            d["business_name"] = v_business_name
        v_cash_balance = take("cash_balance", UNSET)
        if (type(v_cash_balance) is dict) or (v_cash_balance is None):
            fill.cash_balance = (
                CashBalance.from_dict(v_cash_balance)
                if type(v_cash_balance) is dict
                else v_cash_balance
            )
        elif v_cash_balance is UNSET:
            fill.cash_balance = UNSET
        else:
            d["cash_balance"] = v_cash_balance
        v_customer_account = take("customer_account", UNSET)
        if (type(v_customer_account) is str) or (v_customer_account is None):
            fill.customer_account = v_customer_account
        elif v_customer_account is UNSET:
            fill.customer_account = UNSET
        else:
            d["customer_account"] = v_customer_account
        v_individual_name = take("individual_name", UNSET)
        if (type(v_individual_name) is str) or (v_individual_name is None):
            fill.individual_name = v_individual_name
        elif v_individual_name is UNSET:
            fill.individual_name = UNSET
        else:
            d["individual_name"] = v_individual_name
        v_invoice_credit_balance = take("invoice_credit_balance", UNSET)
        if (
            type(v_invoice_credit_balance) is dict
            and (
                not v_invoice_credit_balance
                or all(type(item0) is int for item0 in v_invoice_credit_balance.values())
            )
        ) or (v_invoice_credit_balance is None):
            fill.invoice_credit_balance = v_invoice_credit_balance
        elif v_invoice_credit_balance is UNSET:
            fill.invoice_credit_balance = UNSET
        else:
            d["invoice_credit_balance"] = v_invoice_credit_balance
        v_sources = take("sources", UNSET)
        if (type(v_sources) is dict) or (v_sources is None):
            fill.sources = (
                CustomerSourcesType0.from_dict(v_sources) if type(v_sources) is dict else v_sources
            )
        elif v_sources is UNSET:
            fill.sources = UNSET
        else:
            d["sources"] = v_sources
        v_subscriptions = take("subscriptions", UNSET)
        if (type(v_subscriptions) is dict) or (v_subscriptions is None):
            fill.subscriptions = (
                GetSubscriptionsResponse200.from_dict(v_subscriptions)
                if type(v_subscriptions) is dict
                else v_subscriptions
            )
        elif v_subscriptions is UNSET:
            fill.subscriptions = UNSET
        else:
            d["subscriptions"] = v_subscriptions
        v_tax = take("tax", UNSET)
        if (type(v_tax) is dict) or (v_tax is None):
            fill.tax = CustomerTax.from_dict(v_tax) if type(v_tax) is dict else v_tax
        elif v_tax is UNSET:
            fill.tax = UNSET
        else:
            d["tax"] = v_tax
        v_tax_ids = take("tax_ids", UNSET)
        if (type(v_tax_ids) is dict) or (v_tax_ids is None):
            fill.tax_ids = (
                CustomerTaxIdsType0.from_dict(v_tax_ids) if type(v_tax_ids) is dict else v_tax_ids
            )
        elif v_tax_ids is UNSET:
            fill.tax_ids = UNSET
        else:
            d["tax_ids"] = v_tax_ids
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
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
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("amount", "amount", "int"),
        ("checkout_session", "checkout_session", "str | dict[str, Any] | None"),
        ("created", "created", "int"),
        ("credit_note", "credit_note", "CreditNote | str | None"),
        ("currency", "currency", "str"),
        ("customer", "customer", "Customer | str"),
        ("customer_account", "customer_account", "str | None"),
        ("description", "description", "str | None"),
        ("ending_balance", "ending_balance", "int"),
        ("id", "id", "str"),
        ("invoice", "invoice", "Invoice | str | None"),
        ("livemode", "livemode", "bool"),
        ("metadata", "metadata", "dict[str, str] | None"),
        ("object_", "object", "Literal['customer_balance_transaction']"),
        ("type_", "type", "str (one of 12 values)"),
    )

    _CONVERTED: ClassVar[frozenset[str]] = frozenset(
        (
            "credit_note",
            "customer",
            "invoice",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        # Plain fields are copied by Model.to_dict; these need converting back to JSON. An
        # unfilled field raises AttributeError: what was received for it, if anything, is
        # already in additional_properties.
        data = Model.to_dict(self)
        try:
            v_credit_note = self.credit_note
        except AttributeError:
            pass
        else:
            data["credit_note"] = (
                v_credit_note.to_dict() if isinstance(v_credit_note, CreditNote) else v_credit_note
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
            v_invoice = self.invoice
        except AttributeError:
            pass
        else:
            data["invoice"] = v_invoice.to_dict() if isinstance(v_invoice, Invoice) else v_invoice
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> CustomerBalanceTransaction:
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
        v_checkout_session = take("checkout_session", UNSET)
        if (
            (type(v_checkout_session) is str)
            or (type(v_checkout_session) is dict)
            or (v_checkout_session is None)
        ):
            fill.checkout_session = v_checkout_session
        elif v_checkout_session is not UNSET:
            d["checkout_session"] = v_checkout_session
        v_created = take("created", UNSET)
        if type(v_created) is int:
            fill.created = v_created
        elif v_created is not UNSET:
            d["created"] = v_created
        v_credit_note = take("credit_note", UNSET)
        if (type(v_credit_note) is dict) or (type(v_credit_note) is str) or (v_credit_note is None):
            fill.credit_note = (
                CreditNote.from_dict(v_credit_note)
                if type(v_credit_note) is dict
                else v_credit_note
            )
        elif v_credit_note is not UNSET:
            d["credit_note"] = v_credit_note
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
        v_description = take("description", UNSET)
        if (type(v_description) is str) or (v_description is None):
            fill.description = v_description
        elif v_description is not UNSET:
            d["description"] = v_description
        v_ending_balance = take("ending_balance", UNSET)
        if type(v_ending_balance) is int:
            fill.ending_balance = v_ending_balance
        elif v_ending_balance is not UNSET:
            d["ending_balance"] = v_ending_balance
        v_id = take("id", UNSET)
        if type(v_id) is str:
            fill.id = v_id
        elif v_id is not UNSET:
            d["id"] = v_id
        v_invoice = take("invoice", UNSET)
        if (type(v_invoice) is dict) or (type(v_invoice) is str) or (v_invoice is None):
            fill.invoice = Invoice.from_dict(v_invoice) if type(v_invoice) is dict else v_invoice
        elif v_invoice is not UNSET:
            d["invoice"] = v_invoice
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
class CustomerSourcesType0(Model):
    """A page of the customer's legacy payment sources; only present when expanded."""

    data: list[dict[str, Any]]
    has_more: bool
    object_: Literal["list"]
    url: str
    total_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("data", "data", "list[dict[str, Any]]"),
        ("has_more", "has_more", "bool"),
        ("object_", "object", "Literal['list']"),
        ("url", "url", "str"),
        ("total_count", "total_count", "int"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> CustomerSourcesType0:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_data = take("data", UNSET)
        if type(v_data) is list and (not v_data or all(type(item0) is dict for item0 in v_data)):
            fill.data = v_data
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
class CustomerTax(Model):
    """Embedded object found at `customer.tax`."""

    automatic_tax: Literal["failed", "not_collecting", "supported", "unrecognized_location"]
    ip_address: str | None
    location: CustomerTaxLocation | None
    provider: Literal["anrok", "avalara", "sphere", "stripe"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        (
            "automatic_tax",
            "automatic_tax",
            "Literal['failed', 'not_collecting', 'supported', 'unrecognized_location']",
        ),
        ("ip_address", "ip_address", "str | None"),
        ("location", "location", "CustomerTaxLocation | None"),
        ("provider", "provider", "Literal['anrok', 'avalara', 'sphere', 'stripe']"),
    )

    _CONVERTED: ClassVar[frozenset[str]] = frozenset(("location",))

    def to_dict(self) -> dict[str, Any]:
        # Plain fields are copied by Model.to_dict; these need converting back to JSON. An
        # unfilled field raises AttributeError: what was received for it, if anything, is
        # already in additional_properties.
        data = Model.to_dict(self)
        try:
            v_location = self.location
        except AttributeError:
            pass
        else:
            data["location"] = (
                v_location.to_dict() if isinstance(v_location, CustomerTaxLocation) else v_location
            )
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> CustomerTax:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_automatic_tax = take("automatic_tax", UNSET)
        if type(v_automatic_tax) is str:
            fill.automatic_tax = v_automatic_tax
        elif v_automatic_tax is not UNSET:
            d["automatic_tax"] = v_automatic_tax
        v_ip_address = take("ip_address", UNSET)
        if (type(v_ip_address) is str) or (v_ip_address is None):
            fill.ip_address = v_ip_address
        elif v_ip_address is not UNSET:
            d["ip_address"] = v_ip_address
        v_location = take("location", UNSET)
        if (type(v_location) is dict) or (v_location is None):
            fill.location = (
                CustomerTaxLocation.from_dict(v_location)
                if type(v_location) is dict
                else v_location
            )
        elif v_location is not UNSET:
            d["location"] = v_location
        v_provider = take("provider", UNSET)
        if type(v_provider) is str:
            fill.provider = v_provider
        elif v_provider is not UNSET:
            d["provider"] = v_provider
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
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
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("data", "data", "list[TaxId]"),
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
    def from_dict(cls, src_dict: Mapping[str, Any]) -> CustomerTaxIdsType0:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_data = take("data", UNSET)
        if type(v_data) is list and (not v_data or all(type(item0) is dict for item0 in v_data)):
            fill.data = [TaxId.from_dict(item0) for item0 in v_data]
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
class CustomerTaxLocation(Model):
    """Embedded object found at `customer.tax.location`."""

    country: str
    source: Literal["billing_address", "ip_address", "payment_method", "shipping_destination"]
    state: str | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("country", "country", "str"),
        (
            "source",
            "source",
            "Literal['billing_address', 'ip_address', 'payment_method', 'shipping_destination']",
        ),
        ("state", "state", "str | None"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> CustomerTaxLocation:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_country = take("country", UNSET)
        if type(v_country) is str:
            fill.country = v_country
        elif v_country is not UNSET:
            d["country"] = v_country
        v_source = take("source", UNSET)
        if type(v_source) is str:
            fill.source = v_source
        elif v_source is not UNSET:
            d["source"] = v_source
        v_state = take("state", UNSET)
        if (type(v_state) is str) or (v_state is None):
            fill.state = v_state
        elif v_state is not UNSET:
            d["state"] = v_state
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
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
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("deleted", "deleted", "Literal[True]"),
        ("id", "id", "str"),
        ("object_", "object", "Literal['customer']"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> DeletedCustomer:
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
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("data", "data", "list[Subscription]"),
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
    def from_dict(cls, src_dict: Mapping[str, Any]) -> GetSubscriptionsResponse200:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_data = take("data", UNSET)
        if type(v_data) is list and (not v_data or all(type(item0) is dict for item0 in v_data)):
            fill.data = [Subscription.from_dict(item0) for item0 in v_data]
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
class InvoiceSettingCustomerRenderingOptions(Model):
    """Embedded object found at `customer.invoice_settings.rendering_options`."""

    amount_tax_display: str | None
    template: str | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("amount_tax_display", "amount_tax_display", "str | None"),
        ("template", "template", "str | None"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> InvoiceSettingCustomerRenderingOptions:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_amount_tax_display = take("amount_tax_display", UNSET)
        if (type(v_amount_tax_display) is str) or (v_amount_tax_display is None):
            fill.amount_tax_display = v_amount_tax_display
        elif v_amount_tax_display is not UNSET:
            d["amount_tax_display"] = v_amount_tax_display
        v_template = take("template", UNSET)
        if (type(v_template) is str) or (v_template is None):
            fill.template = v_template
        elif v_template is not UNSET:
            d["template"] = v_template
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
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
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("custom_fields", "custom_fields", "list[InvoiceSettingCustomField] | None"),
        ("default_payment_method", "default_payment_method", "PaymentMethod | str | None"),
        ("footer", "footer", "str | None"),
        ("rendering_options", "rendering_options", "InvoiceSettingCustomerRenderingOptions | None"),
    )

    _CONVERTED: ClassVar[frozenset[str]] = frozenset(
        (
            "custom_fields",
            "default_payment_method",
            "rendering_options",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        # Plain fields are copied by Model.to_dict; these need converting back to JSON. An
        # unfilled field raises AttributeError: what was received for it, if anything, is
        # already in additional_properties.
        data = Model.to_dict(self)
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
            v_rendering_options = self.rendering_options
        except AttributeError:
            pass
        else:
            data["rendering_options"] = (
                v_rendering_options.to_dict()
                if isinstance(v_rendering_options, InvoiceSettingCustomerRenderingOptions)
                else v_rendering_options
            )
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> InvoiceSettingCustomerSetting:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
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
        v_footer = take("footer", UNSET)
        if (type(v_footer) is str) or (v_footer is None):
            fill.footer = v_footer
        elif v_footer is not UNSET:
            d["footer"] = v_footer
        v_rendering_options = take("rendering_options", UNSET)
        if (type(v_rendering_options) is dict) or (v_rendering_options is None):
            fill.rendering_options = (
                InvoiceSettingCustomerRenderingOptions.from_dict(v_rendering_options)
                if type(v_rendering_options) is dict
                else v_rendering_options
            )
        elif v_rendering_options is not UNSET:
            d["rendering_options"] = v_rendering_options
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
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
