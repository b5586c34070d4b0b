from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..models.customer_object import CustomerObject
from ..models.customer_tax_exempt import CustomerTaxExempt
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from typing_extensions import Required

    from ..models.address import Address, AddressParams
    from ..models.cash_balance import CashBalance, CashBalanceParams
    from ..models.customer_invoice_credit_balance_type_0 import CustomerInvoiceCreditBalanceType0
    from ..models.customer_metadata_type_0 import CustomerMetadataType0
    from ..models.customer_sources_type_0 import CustomerSourcesType0, CustomerSourcesType0Params
    from ..models.customer_subscriptions_type_0 import (
        CustomerSubscriptionsType0,
        CustomerSubscriptionsType0Params,
    )
    from ..models.customer_tax import CustomerTax, CustomerTaxParams
    from ..models.customer_tax_ids_type_0 import CustomerTaxIdsType0, CustomerTaxIdsType0Params
    from ..models.discount import Discount, DiscountParams
    from ..models.invoice_setting_customer_setting import (
        InvoiceSettingCustomerSetting,
        InvoiceSettingCustomerSettingParams,
    )
    from ..models.shipping import Shipping, ShippingParams
    from ..models.stripe_object import StripeObject


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class Customer(Model):
    """A person or business that is billed, with contact, tax and invoicing defaults.

    Parsing is tolerant: anything not modelled, and any value of another type than its field
    declares, is kept in `additional_properties`, so `from_dict(data).to_dict() == data`.
    Reading a field that the data lacks, or held with another type, raises
    `FieldNotAvailableError` (an AttributeError); optional fields read as `UNSET` when absent.
    """

    address: Address | None
    balance: int | None
    created: int
    currency: None | str
    default_source: None | str | StripeObject
    delinquent: bool | None
    description: None | str
    discount: Discount | None
    email: None | str
    id: str
    invoice_prefix: None | str
    invoice_settings: InvoiceSettingCustomerSetting | None
    livemode: bool
    metadata: CustomerMetadataType0 | None
    name: None | str
    next_invoice_sequence: int | None
    object_: CustomerObject
    phone: None | str
    preferred_locales: list[str] | None
    shipping: None | Shipping
    tax_exempt: CustomerTaxExempt | None
    test_clock: None | str | StripeObject
    business_name: None | str | Unset = UNSET
    cash_balance: CashBalance | None | Unset = UNSET
    customer_account: None | str | Unset = UNSET
    individual_name: None | str | Unset = UNSET
    invoice_credit_balance: CustomerInvoiceCreditBalanceType0 | None | Unset = UNSET
    sources: CustomerSourcesType0 | None | Unset = UNSET
    subscriptions: CustomerSubscriptionsType0 | None | Unset = UNSET
    tax: CustomerTax | None | Unset = UNSET
    tax_ids: CustomerTaxIdsType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("address", "address", "Address | None"),
        ("balance", "balance", "int | None"),
        ("created", "created", "int"),
        ("currency", "currency", "str | None"),
        ("default_source", "default_source", "str | StripeObject | None"),
        ("delinquent", "delinquent", "bool | None"),
        ("description", "description", "str | None"),
        ("discount", "discount", "Discount | None"),
        ("email", "email", "str | None"),
        ("id", "id", "str"),
        ("invoice_prefix", "invoice_prefix", "str | None"),
        ("invoice_settings", "invoice_settings", "InvoiceSettingCustomerSetting | None"),
        ("livemode", "livemode", "bool"),
        ("metadata", "metadata", "CustomerMetadataType0 | None"),
        ("name", "name", "str | None"),
        ("next_invoice_sequence", "next_invoice_sequence", "int | None"),
        ("object_", "object", "CustomerObject"),
        ("phone", "phone", "str | None"),
        ("preferred_locales", "preferred_locales", "list[str] | None"),
        ("shipping", "shipping", "Shipping | None"),
        ("tax_exempt", "tax_exempt", "CustomerTaxExempt | None"),
        ("test_clock", "test_clock", "str | StripeObject | None"),
        ("business_name", "business_name", "str | None"),
        ("cash_balance", "cash_balance", "CashBalance | None"),
        ("customer_account", "customer_account", "str | None"),
        ("individual_name", "individual_name", "str | None"),
        (
            "invoice_credit_balance",
            "invoice_credit_balance",
            "CustomerInvoiceCreditBalanceType0 | None",
        ),
        ("sources", "sources", "CustomerSourcesType0 | None"),
        ("subscriptions", "subscriptions", "CustomerSubscriptionsType0 | None"),
        ("tax", "tax", "CustomerTax | None"),
        ("tax_ids", "tax_ids", "CustomerTaxIdsType0 | None"),
    )

    def to_dict(self) -> dict[str, Any]:
        # An unfilled field raises AttributeError; what was received for it, if anything, is
        # already in additional_properties.
        data: dict[str, Any] = dict(self.additional_properties)
        try:
            v_address = self.address
        except AttributeError:
            pass
        else:
            data["address"] = v_address.to_dict() if isinstance(v_address, Address) else v_address
        try:
            v_balance = self.balance
        except AttributeError:
            pass
        else:
            data["balance"] = v_balance
        try:
            v_created = self.created
        except AttributeError:
            pass
        else:
            data["created"] = v_created
        try:
            v_currency = self.currency
        except AttributeError:
            pass
        else:
            data["currency"] = v_currency
        try:
            v_default_source = self.default_source
        except AttributeError:
            pass
        else:
            data["default_source"] = v_default_source
        try:
            v_delinquent = self.delinquent
        except AttributeError:
            pass
        else:
            data["delinquent"] = v_delinquent
        try:
            v_description = self.description
        except AttributeError:
            pass
        else:
            data["description"] = v_description
        try:
            v_discount = self.discount
        except AttributeError:
            pass
        else:
            data["discount"] = (
                v_discount.to_dict() if isinstance(v_discount, Discount) else v_discount
            )
        try:
            v_email = self.email
        except AttributeError:
            pass
        else:
            data["email"] = v_email
        try:
            v_id = self.id
        except AttributeError:
            pass
        else:
            data["id"] = v_id
        try:
            v_invoice_prefix = self.invoice_prefix
        except AttributeError:
            pass
        else:
            data["invoice_prefix"] = v_invoice_prefix
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
            v_livemode = self.livemode
        except AttributeError:
            pass
        else:
            data["livemode"] = v_livemode
        try:
            v_metadata = self.metadata
        except AttributeError:
            pass
        else:
            data["metadata"] = v_metadata
        try:
            v_name = self.name
        except AttributeError:
            pass
        else:
            data["name"] = v_name
        try:
            v_next_invoice_sequence = self.next_invoice_sequence
        except AttributeError:
            pass
        else:
            data["next_invoice_sequence"] = v_next_invoice_sequence
        try:
            v_object_ = self.object_
        except AttributeError:
            pass
        else:
            data["object"] = v_object_
        try:
            v_phone = self.phone
        except AttributeError:
            pass
        else:
            data["phone"] = v_phone
        try:
            v_preferred_locales = self.preferred_locales
        except AttributeError:
            pass
        else:
            data["preferred_locales"] = v_preferred_locales
        try:
            v_shipping = self.shipping
        except AttributeError:
            pass
        else:
            data["shipping"] = (
                v_shipping.to_dict() if isinstance(v_shipping, Shipping) else v_shipping
            )
        try:
            v_tax_exempt = self.tax_exempt
        except AttributeError:
            pass
        else:
            data["tax_exempt"] = v_tax_exempt
        try:
            v_test_clock = self.test_clock
        except AttributeError:
            pass
        else:
            data["test_clock"] = v_test_clock
        try:
            v_business_name = self.business_name
        except AttributeError:
            pass
        else:
            if not isinstance(v_business_name, Unset):
                data["business_name"] = v_business_name
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
            v_customer_account = self.customer_account
        except AttributeError:
            pass
        else:
            if not isinstance(v_customer_account, Unset):
                data["customer_account"] = v_customer_account
        try:
            v_individual_name = self.individual_name
        except AttributeError:
            pass
        else:
            if not isinstance(v_individual_name, Unset):
                data["individual_name"] = v_individual_name
        try:
            v_invoice_credit_balance = self.invoice_credit_balance
        except AttributeError:
            pass
        else:
            if not isinstance(v_invoice_credit_balance, Unset):
                data["invoice_credit_balance"] = v_invoice_credit_balance
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
                    if isinstance(v_subscriptions, CustomerSubscriptionsType0)
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
        # Literal; the checks below are what makes each stored value fit its field.
        # A value that does not fit stays in `d` (the additional properties), its field unfilled.
        fill: Any = obj
        v_address = d.pop("address", UNSET)
        if v_address is not UNSET:
            if (type(v_address) is dict) or (v_address is None):
                fill.address = (
                    Address.from_dict(v_address) if type(v_address) is dict else v_address
                )
            else:
                d["address"] = v_address
        v_balance = d.pop("balance", UNSET)
        if v_balance is not UNSET:
            if (type(v_balance) is int) or (v_balance is None):
                fill.balance = v_balance
            else:
                d["balance"] = v_balance
        v_created = d.pop("created", UNSET)
        if v_created is not UNSET:
            if type(v_created) is int:
                fill.created = v_created
            else:
                d["created"] = v_created
        v_currency = d.pop("currency", UNSET)
        if v_currency is not UNSET:
            if (type(v_currency) is str) or (v_currency is None):
                fill.currency = v_currency
            else:
                d["currency"] = v_currency
        v_default_source = d.pop("default_source", UNSET)
        if v_default_source is not UNSET:
            if (
                (type(v_default_source) is str)
                or (type(v_default_source) is dict)
                or (v_default_source is None)
            ):
                fill.default_source = v_default_source
            else:
                d["default_source"] = v_default_source
        v_delinquent = d.pop("delinquent", UNSET)
        if v_delinquent is not UNSET:
            if (type(v_delinquent) is bool) or (v_delinquent is None):
                fill.delinquent = v_delinquent
            else:
                d["delinquent"] = v_delinquent
        v_description = d.pop("description", UNSET)
        if v_description is not UNSET:
            if (type(v_description) is str) or (v_description is None):
                fill.description = v_description
            else:
                d["description"] = v_description
        v_discount = d.pop("discount", UNSET)
        if v_discount is not UNSET:
            if (type(v_discount) is dict) or (v_discount is None):
                fill.discount = (
                    Discount.from_dict(v_discount) if type(v_discount) is dict else v_discount
                )
            else:
                d["discount"] = v_discount
        v_email = d.pop("email", UNSET)
        if v_email is not UNSET:
            if (type(v_email) is str) or (v_email is None):
                fill.email = v_email
            else:
                d["email"] = v_email
        v_id = d.pop("id", UNSET)
        if v_id is not UNSET:
            if type(v_id) is str:
                fill.id = v_id
            else:
                d["id"] = v_id
        v_invoice_prefix = d.pop("invoice_prefix", UNSET)
        if v_invoice_prefix is not UNSET:
            if (type(v_invoice_prefix) is str) or (v_invoice_prefix is None):
                fill.invoice_prefix = v_invoice_prefix
            else:
                d["invoice_prefix"] = v_invoice_prefix
        v_invoice_settings = d.pop("invoice_settings", UNSET)
        if v_invoice_settings is not UNSET:
            if (type(v_invoice_settings) is dict) or (v_invoice_settings is None):
                fill.invoice_settings = (
                    InvoiceSettingCustomerSetting.from_dict(v_invoice_settings)
                    if type(v_invoice_settings) is dict
                    else v_invoice_settings
                )
            else:
                d["invoice_settings"] = v_invoice_settings
        v_livemode = d.pop("livemode", UNSET)
        if v_livemode is not UNSET:
            if type(v_livemode) is bool:
                fill.livemode = v_livemode
            else:
                d["livemode"] = v_livemode
        v_metadata = d.pop("metadata", UNSET)
        if v_metadata is not UNSET:
            if (
                type(v_metadata) is dict
                and all(type(item0) is str for item0 in v_metadata.values())
            ) or (v_metadata is None):
                fill.metadata = v_metadata
            else:
                d["metadata"] = v_metadata
        v_name = d.pop("name", UNSET)
        if v_name is not UNSET:
            if (type(v_name) is str) or (v_name is None):
                fill.name = v_name
            else:
                d["name"] = v_name
        v_next_invoice_sequence = d.pop("next_invoice_sequence", UNSET)
        if v_next_invoice_sequence is not UNSET:
            if (type(v_next_invoice_sequence) is int) or (v_next_invoice_sequence is None):
                fill.next_invoice_sequence = v_next_invoice_sequence
            else:
                d["next_invoice_sequence"] = v_next_invoice_sequence
        v_object_ = d.pop("object", UNSET)
        if v_object_ is not UNSET:
            if type(v_object_) is str:
                fill.object_ = v_object_
            else:
                d["object"] = v_object_
        v_phone = d.pop("phone", UNSET)
        if v_phone is not UNSET:
            if (type(v_phone) is str) or (v_phone is None):
                fill.phone = v_phone
            else:
                d["phone"] = v_phone
        v_preferred_locales = d.pop("preferred_locales", UNSET)
        if v_preferred_locales is not UNSET:
            if (
                type(v_preferred_locales) is list
                and all(type(item0) is str for item0 in v_preferred_locales)
            ) or (v_preferred_locales is None):
                fill.preferred_locales = v_preferred_locales
            else:
                d["preferred_locales"] = v_preferred_locales
        v_shipping = d.pop("shipping", UNSET)
        if v_shipping is not UNSET:
            if (type(v_shipping) is dict) or (v_shipping is None):
                fill.shipping = (
                    Shipping.from_dict(v_shipping) if type(v_shipping) is dict else v_shipping
                )
            else:
                d["shipping"] = v_shipping
        v_tax_exempt = d.pop("tax_exempt", UNSET)
        if v_tax_exempt is not UNSET:
            if (type(v_tax_exempt) is str) or (v_tax_exempt is None):
                fill.tax_exempt = v_tax_exempt
            else:
                d["tax_exempt"] = v_tax_exempt
        v_test_clock = d.pop("test_clock", UNSET)
        if v_test_clock is not UNSET:
            if (
                (type(v_test_clock) is str)
                or (type(v_test_clock) is dict)
                or (v_test_clock is None)
            ):
                fill.test_clock = v_test_clock
            else:
                d["test_clock"] = v_test_clock
        v_business_name = d.pop("business_name", UNSET)
        if v_business_name is UNSET:
            fill.business_name = UNSET
        elif (type(v_business_name) is str) or (v_business_name is None):
            fill.business_name = v_business_name
        else:
            d["business_name"] = v_business_name
        v_cash_balance = d.pop("cash_balance", UNSET)
        if v_cash_balance is UNSET:
            fill.cash_balance = UNSET
        elif (type(v_cash_balance) is dict) or (v_cash_balance is None):
            fill.cash_balance = (
                CashBalance.from_dict(v_cash_balance)
                if type(v_cash_balance) is dict
                else v_cash_balance
            )
        else:
            d["cash_balance"] = v_cash_balance
        v_customer_account = d.pop("customer_account", UNSET)
        if v_customer_account is UNSET:
            fill.customer_account = UNSET
        elif (type(v_customer_account) is str) or (v_customer_account is None):
            fill.customer_account = v_customer_account
        else:
            d["customer_account"] = v_customer_account
        v_individual_name = d.pop("individual_name", UNSET)
        if v_individual_name is UNSET:
            fill.individual_name = UNSET
        elif (type(v_individual_name) is str) or (v_individual_name is None):
            fill.individual_name = v_individual_name
        else:
            d["individual_name"] = v_individual_name
        v_invoice_credit_balance = d.pop("invoice_credit_balance", UNSET)
        if v_invoice_credit_balance is UNSET:
            fill.invoice_credit_balance = UNSET
        elif (
            type(v_invoice_credit_balance) is dict
            and all(type(item0) is int for item0 in v_invoice_credit_balance.values())
        ) or (v_invoice_credit_balance is None):
            fill.invoice_credit_balance = v_invoice_credit_balance
        else:
            d["invoice_credit_balance"] = v_invoice_credit_balance
        v_sources = d.pop("sources", UNSET)
        if v_sources is UNSET:
            fill.sources = UNSET
        elif (type(v_sources) is dict) or (v_sources is None):
            fill.sources = (
                CustomerSourcesType0.from_dict(v_sources) if type(v_sources) is dict else v_sources
            )
        else:
            d["sources"] = v_sources
        v_subscriptions = d.pop("subscriptions", UNSET)
        if v_subscriptions is UNSET:
            fill.subscriptions = UNSET
        elif (type(v_subscriptions) is dict) or (v_subscriptions is None):
            fill.subscriptions = (
                CustomerSubscriptionsType0.from_dict(v_subscriptions)
                if type(v_subscriptions) is dict
                else v_subscriptions
            )
        else:
            d["subscriptions"] = v_subscriptions
        v_tax = d.pop("tax", UNSET)
        if v_tax is UNSET:
            fill.tax = UNSET
        elif (type(v_tax) is dict) or (v_tax is None):
            fill.tax = CustomerTax.from_dict(v_tax) if type(v_tax) is dict else v_tax
        else:
            d["tax"] = v_tax
        v_tax_ids = d.pop("tax_ids", UNSET)
        if v_tax_ids is UNSET:
            fill.tax_ids = UNSET
        elif (type(v_tax_ids) is dict) or (v_tax_ids is None):
            fill.tax_ids = (
                CustomerTaxIdsType0.from_dict(v_tax_ids) if type(v_tax_ids) is dict else v_tax_ids
            )
        else:
            d["tax_ids"] = v_tax_ids
        fill.additional_properties = d
        return obj


class CustomerParams(TypedDict, total=False):
    """Customer as plain data, for request parameters."""

    address: Required[AddressParams | Address]
    balance: Required[int]
    created: Required[int]
    currency: Required[str]
    default_source: Required[str | Mapping[str, Any]]
    delinquent: Required[bool]
    description: Required[str]
    discount: Required[DiscountParams | Discount]
    email: Required[str]
    id: Required[str]
    invoice_prefix: Required[str]
    invoice_settings: Required[InvoiceSettingCustomerSettingParams | InvoiceSettingCustomerSetting]
    livemode: Required[bool]
    metadata: Required[Mapping[str, str]]
    name: Required[str]
    next_invoice_sequence: Required[int]
    object: Required[CustomerObject]
    phone: Required[str]
    preferred_locales: Required[list[str]]
    shipping: Required[ShippingParams | Shipping]
    tax_exempt: Required[CustomerTaxExempt]
    test_clock: Required[str | Mapping[str, Any]]
    business_name: str
    cash_balance: CashBalanceParams | CashBalance
    customer_account: str
    individual_name: str
    invoice_credit_balance: Mapping[str, int]
    sources: CustomerSourcesType0Params | CustomerSourcesType0
    subscriptions: CustomerSubscriptionsType0Params | CustomerSubscriptionsType0
    tax: CustomerTaxParams | CustomerTax
    tax_ids: CustomerTaxIdsType0Params | CustomerTaxIdsType0


# Imported last: models refer to each other in cycles, and are only needed at call time.
from ..models.address import Address  # noqa: E402
from ..models.cash_balance import CashBalance  # noqa: E402
from ..models.customer_invoice_credit_balance_type_0 import CustomerInvoiceCreditBalanceType0  # noqa: E402
from ..models.customer_metadata_type_0 import CustomerMetadataType0  # noqa: E402
from ..models.customer_sources_type_0 import CustomerSourcesType0  # noqa: E402
from ..models.customer_subscriptions_type_0 import CustomerSubscriptionsType0  # noqa: E402
from ..models.customer_tax import CustomerTax  # noqa: E402
from ..models.customer_tax_ids_type_0 import CustomerTaxIdsType0  # noqa: E402
from ..models.discount import Discount  # noqa: E402
from ..models.invoice_setting_customer_setting import InvoiceSettingCustomerSetting  # noqa: E402
from ..models.shipping import Shipping  # noqa: E402
from ..models.stripe_object import StripeObject  # noqa: E402
