from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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


@_attrs_define
class Customer:
    """A person or business that is billed, with contact, tax and invoicing defaults.

    Parsing is tolerant: a field missing from the data, or of another type than described,
    reads as `UNSET`, and anything not modelled is kept in `additional_properties`, so
    `from_dict(data).to_dict() == data`.
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

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = dict(self.additional_properties)
        v_address = self.address
        if not isinstance(v_address, Unset):
            data["address"] = v_address.to_dict() if isinstance(v_address, Address) else v_address
        v_balance = self.balance
        if not isinstance(v_balance, Unset):
            data["balance"] = v_balance
        v_created = self.created
        if not isinstance(v_created, Unset):
            data["created"] = v_created
        v_currency = self.currency
        if not isinstance(v_currency, Unset):
            data["currency"] = v_currency
        v_default_source = self.default_source
        if not isinstance(v_default_source, Unset):
            data["default_source"] = v_default_source
        v_delinquent = self.delinquent
        if not isinstance(v_delinquent, Unset):
            data["delinquent"] = v_delinquent
        v_description = self.description
        if not isinstance(v_description, Unset):
            data["description"] = v_description
        v_discount = self.discount
        if not isinstance(v_discount, Unset):
            data["discount"] = (
                v_discount.to_dict() if isinstance(v_discount, Discount) else v_discount
            )
        v_email = self.email
        if not isinstance(v_email, Unset):
            data["email"] = v_email
        v_id = self.id
        if not isinstance(v_id, Unset):
            data["id"] = v_id
        v_invoice_prefix = self.invoice_prefix
        if not isinstance(v_invoice_prefix, Unset):
            data["invoice_prefix"] = v_invoice_prefix
        v_invoice_settings = self.invoice_settings
        if not isinstance(v_invoice_settings, Unset):
            data["invoice_settings"] = (
                v_invoice_settings.to_dict()
                if isinstance(v_invoice_settings, InvoiceSettingCustomerSetting)
                else v_invoice_settings
            )
        v_livemode = self.livemode
        if not isinstance(v_livemode, Unset):
            data["livemode"] = v_livemode
        v_metadata = self.metadata
        if not isinstance(v_metadata, Unset):
            data["metadata"] = v_metadata
        v_name = self.name
        if not isinstance(v_name, Unset):
            data["name"] = v_name
        v_next_invoice_sequence = self.next_invoice_sequence
        if not isinstance(v_next_invoice_sequence, Unset):
            data["next_invoice_sequence"] = v_next_invoice_sequence
        v_object_ = self.object_
        if not isinstance(v_object_, Unset):
            data["object"] = v_object_
        v_phone = self.phone
        if not isinstance(v_phone, Unset):
            data["phone"] = v_phone
        v_preferred_locales = self.preferred_locales
        if not isinstance(v_preferred_locales, Unset):
            data["preferred_locales"] = v_preferred_locales
        v_shipping = self.shipping
        if not isinstance(v_shipping, Unset):
            data["shipping"] = (
                v_shipping.to_dict() if isinstance(v_shipping, Shipping) else v_shipping
            )
        v_tax_exempt = self.tax_exempt
        if not isinstance(v_tax_exempt, Unset):
            data["tax_exempt"] = v_tax_exempt
        v_test_clock = self.test_clock
        if not isinstance(v_test_clock, Unset):
            data["test_clock"] = v_test_clock
        v_business_name = self.business_name
        if not isinstance(v_business_name, Unset):
            data["business_name"] = v_business_name
        v_cash_balance = self.cash_balance
        if not isinstance(v_cash_balance, Unset):
            data["cash_balance"] = (
                v_cash_balance.to_dict()
                if isinstance(v_cash_balance, CashBalance)
                else v_cash_balance
            )
        v_customer_account = self.customer_account
        if not isinstance(v_customer_account, Unset):
            data["customer_account"] = v_customer_account
        v_individual_name = self.individual_name
        if not isinstance(v_individual_name, Unset):
            data["individual_name"] = v_individual_name
        v_invoice_credit_balance = self.invoice_credit_balance
        if not isinstance(v_invoice_credit_balance, Unset):
            data["invoice_credit_balance"] = v_invoice_credit_balance
        v_sources = self.sources
        if not isinstance(v_sources, Unset):
            data["sources"] = (
                v_sources.to_dict() if isinstance(v_sources, CustomerSourcesType0) else v_sources
            )
        v_subscriptions = self.subscriptions
        if not isinstance(v_subscriptions, Unset):
            data["subscriptions"] = (
                v_subscriptions.to_dict()
                if isinstance(v_subscriptions, CustomerSubscriptionsType0)
                else v_subscriptions
            )
        v_tax = self.tax
        if not isinstance(v_tax, Unset):
            data["tax"] = v_tax.to_dict() if isinstance(v_tax, CustomerTax) else v_tax
        v_tax_ids = self.tax_ids
        if not isinstance(v_tax_ids, Unset):
            data["tax_ids"] = (
                v_tax_ids.to_dict() if isinstance(v_tax_ids, CustomerTaxIdsType0) else v_tax_ids
            )
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Customer:
        d = dict(src_dict)
        v_address = d.pop("address", UNSET)
        if v_address is not UNSET:
            if (type(v_address) is dict) or (v_address is None):
                v_address = Address.from_dict(v_address) if type(v_address) is dict else v_address
            else:
                d["address"] = v_address
                v_address = UNSET
        v_balance = d.pop("balance", UNSET)
        if v_balance is not UNSET and not ((type(v_balance) is int) or (v_balance is None)):
            d["balance"] = v_balance
            v_balance = UNSET
        v_created = d.pop("created", UNSET)
        if v_created is not UNSET and not (type(v_created) is int):
            d["created"] = v_created
            v_created = UNSET
        v_currency = d.pop("currency", UNSET)
        if v_currency is not UNSET and not ((type(v_currency) is str) or (v_currency is None)):
            d["currency"] = v_currency
            v_currency = UNSET
        v_default_source = d.pop("default_source", UNSET)
        if v_default_source is not UNSET and not (
            (type(v_default_source) is str)
            or (type(v_default_source) is dict)
            or (v_default_source is None)
        ):
            d["default_source"] = v_default_source
            v_default_source = UNSET
        v_delinquent = d.pop("delinquent", UNSET)
        if v_delinquent is not UNSET and not (
            (type(v_delinquent) is bool) or (v_delinquent is None)
        ):
            d["delinquent"] = v_delinquent
            v_delinquent = UNSET
        v_description = d.pop("description", UNSET)
        if v_description is not UNSET and not (
            (type(v_description) is str) or (v_description is None)
        ):
            d["description"] = v_description
            v_description = UNSET
        v_discount = d.pop("discount", UNSET)
        if v_discount is not UNSET:
            if (type(v_discount) is dict) or (v_discount is None):
                v_discount = (
                    Discount.from_dict(v_discount) if type(v_discount) is dict else v_discount
                )
            else:
                d["discount"] = v_discount
                v_discount = UNSET
        v_email = d.pop("email", UNSET)
        if v_email is not UNSET and not ((type(v_email) is str) or (v_email is None)):
            d["email"] = v_email
            v_email = UNSET
        v_id = d.pop("id", UNSET)
        if v_id is not UNSET and not (type(v_id) is str):
            d["id"] = v_id
            v_id = UNSET
        v_invoice_prefix = d.pop("invoice_prefix", UNSET)
        if v_invoice_prefix is not UNSET and not (
            (type(v_invoice_prefix) is str) or (v_invoice_prefix is None)
        ):
            d["invoice_prefix"] = v_invoice_prefix
            v_invoice_prefix = UNSET
        v_invoice_settings = d.pop("invoice_settings", UNSET)
        if v_invoice_settings is not UNSET:
            if (type(v_invoice_settings) is dict) or (v_invoice_settings is None):
                v_invoice_settings = (
                    InvoiceSettingCustomerSetting.from_dict(v_invoice_settings)
                    if type(v_invoice_settings) is dict
                    else v_invoice_settings
                )
            else:
                d["invoice_settings"] = v_invoice_settings
                v_invoice_settings = UNSET
        v_livemode = d.pop("livemode", UNSET)
        if v_livemode is not UNSET and not (type(v_livemode) is bool):
            d["livemode"] = v_livemode
            v_livemode = UNSET
        v_metadata = d.pop("metadata", UNSET)
        if v_metadata is not UNSET and not (
            (type(v_metadata) is dict and all(type(item0) is str for item0 in v_metadata.values()))
            or (v_metadata is None)
        ):
            d["metadata"] = v_metadata
            v_metadata = UNSET
        v_name = d.pop("name", UNSET)
        if v_name is not UNSET and not ((type(v_name) is str) or (v_name is None)):
            d["name"] = v_name
            v_name = UNSET
        v_next_invoice_sequence = d.pop("next_invoice_sequence", UNSET)
        if v_next_invoice_sequence is not UNSET and not (
            (type(v_next_invoice_sequence) is int) or (v_next_invoice_sequence is None)
        ):
            d["next_invoice_sequence"] = v_next_invoice_sequence
            v_next_invoice_sequence = UNSET
        v_object_ = d.pop("object", UNSET)
        if v_object_ is not UNSET and not (type(v_object_) is str):
            d["object"] = v_object_
            v_object_ = UNSET
        v_phone = d.pop("phone", UNSET)
        if v_phone is not UNSET and not ((type(v_phone) is str) or (v_phone is None)):
            d["phone"] = v_phone
            v_phone = UNSET
        v_preferred_locales = d.pop("preferred_locales", UNSET)
        if v_preferred_locales is not UNSET and not (
            (
                type(v_preferred_locales) is list
                and all(type(item0) is str for item0 in v_preferred_locales)
            )
            or (v_preferred_locales is None)
        ):
            d["preferred_locales"] = v_preferred_locales
            v_preferred_locales = UNSET
        v_shipping = d.pop("shipping", UNSET)
        if v_shipping is not UNSET:
            if (type(v_shipping) is dict) or (v_shipping is None):
                v_shipping = (
                    Shipping.from_dict(v_shipping) if type(v_shipping) is dict else v_shipping
                )
            else:
                d["shipping"] = v_shipping
                v_shipping = UNSET
        v_tax_exempt = d.pop("tax_exempt", UNSET)
        if v_tax_exempt is not UNSET and not (
            (type(v_tax_exempt) is str) or (v_tax_exempt is None)
        ):
            d["tax_exempt"] = v_tax_exempt
            v_tax_exempt = UNSET
        v_test_clock = d.pop("test_clock", UNSET)
        if v_test_clock is not UNSET and not (
            (type(v_test_clock) is str) or (type(v_test_clock) is dict) or (v_test_clock is None)
        ):
            d["test_clock"] = v_test_clock
            v_test_clock = UNSET
        v_business_name = d.pop("business_name", UNSET)
        if v_business_name is not UNSET and not (
            (type(v_business_name) is str) or (v_business_name is None)
        ):
            d["business_name"] = v_business_name
            v_business_name = UNSET
        v_cash_balance = d.pop("cash_balance", UNSET)
        if v_cash_balance is not UNSET:
            if (type(v_cash_balance) is dict) or (v_cash_balance is None):
                v_cash_balance = (
                    CashBalance.from_dict(v_cash_balance)
                    if type(v_cash_balance) is dict
                    else v_cash_balance
                )
            else:
                d["cash_balance"] = v_cash_balance
                v_cash_balance = UNSET
        v_customer_account = d.pop("customer_account", UNSET)
        if v_customer_account is not UNSET and not (
            (type(v_customer_account) is str) or (v_customer_account is None)
        ):
            d["customer_account"] = v_customer_account
            v_customer_account = UNSET
        v_individual_name = d.pop("individual_name", UNSET)
        if v_individual_name is not UNSET and not (
            (type(v_individual_name) is str) or (v_individual_name is None)
        ):
            d["individual_name"] = v_individual_name
            v_individual_name = UNSET
        v_invoice_credit_balance = d.pop("invoice_credit_balance", UNSET)
        if v_invoice_credit_balance is not UNSET and not (
            (
                type(v_invoice_credit_balance) is dict
                and all(type(item0) is int for item0 in v_invoice_credit_balance.values())
            )
            or (v_invoice_credit_balance is None)
        ):
            d["invoice_credit_balance"] = v_invoice_credit_balance
            v_invoice_credit_balance = UNSET
        v_sources = d.pop("sources", UNSET)
        if v_sources is not UNSET:
            if (type(v_sources) is dict) or (v_sources is None):
                v_sources = (
                    CustomerSourcesType0.from_dict(v_sources)
                    if type(v_sources) is dict
                    else v_sources
                )
            else:
                d["sources"] = v_sources
                v_sources = UNSET
        v_subscriptions = d.pop("subscriptions", UNSET)
        if v_subscriptions is not UNSET:
            if (type(v_subscriptions) is dict) or (v_subscriptions is None):
                v_subscriptions = (
                    CustomerSubscriptionsType0.from_dict(v_subscriptions)
                    if type(v_subscriptions) is dict
                    else v_subscriptions
                )
            else:
                d["subscriptions"] = v_subscriptions
                v_subscriptions = UNSET
        v_tax = d.pop("tax", UNSET)
        if v_tax is not UNSET:
            if (type(v_tax) is dict) or (v_tax is None):
                v_tax = CustomerTax.from_dict(v_tax) if type(v_tax) is dict else v_tax
            else:
                d["tax"] = v_tax
                v_tax = UNSET
        v_tax_ids = d.pop("tax_ids", UNSET)
        if v_tax_ids is not UNSET:
            if (type(v_tax_ids) is dict) or (v_tax_ids is None):
                v_tax_ids = (
                    CustomerTaxIdsType0.from_dict(v_tax_ids)
                    if type(v_tax_ids) is dict
                    else v_tax_ids
                )
            else:
                d["tax_ids"] = v_tax_ids
                v_tax_ids = UNSET
        obj = cls(
            address=v_address,
            balance=v_balance,
            created=v_created,
            currency=v_currency,
            default_source=v_default_source,
            delinquent=v_delinquent,
            description=v_description,
            discount=v_discount,
            email=v_email,
            id=v_id,
            invoice_prefix=v_invoice_prefix,
            invoice_settings=v_invoice_settings,
            livemode=v_livemode,
            metadata=v_metadata,
            name=v_name,
            next_invoice_sequence=v_next_invoice_sequence,
            object_=v_object_,
            phone=v_phone,
            preferred_locales=v_preferred_locales,
            shipping=v_shipping,
            tax_exempt=v_tax_exempt,
            test_clock=v_test_clock,
            business_name=v_business_name,
            cash_balance=v_cash_balance,
            customer_account=v_customer_account,
            individual_name=v_individual_name,
            invoice_credit_balance=v_invoice_credit_balance,
            sources=v_sources,
            subscriptions=v_subscriptions,
            tax=v_tax,
            tax_ids=v_tax_ids,
        )
        obj.additional_properties = d
        return obj

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


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
