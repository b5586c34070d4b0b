from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.post_customers_body_address_type_1 import (
    PostCustomersBodyAddressType1,
)
from ..models.post_customers_body_business_name_type_1 import (
    PostCustomersBodyBusinessNameType1,
)
from ..models.post_customers_body_individual_name_type_1 import (
    PostCustomersBodyIndividualNameType1,
)
from ..models.post_customers_body_metadata_type_1 import (
    PostCustomersBodyMetadataType1,
)
from ..models.post_customers_body_shipping_type_1 import (
    PostCustomersBodyShippingType1,
)
from ..models.post_customers_body_tax_exempt_type_0 import (
    PostCustomersBodyTaxExemptType0,
)
from ..models.post_customers_body_tax_exempt_type_1 import (
    PostCustomersBodyTaxExemptType1,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.post_customers_body_address_type_0 import (
        PostCustomersBodyAddressType0,
        PostCustomersBodyAddressType0Params,
    )
    from ..models.post_customers_body_cash_balance import (
        PostCustomersBodyCashBalance,
        PostCustomersBodyCashBalanceParams,
    )
    from ..models.post_customers_body_invoice_settings import (
        PostCustomersBodyInvoiceSettings,
        PostCustomersBodyInvoiceSettingsParams,
    )
    from ..models.post_customers_body_metadata_type_0 import PostCustomersBodyMetadataType0
    from ..models.post_customers_body_shipping_type_0 import (
        PostCustomersBodyShippingType0,
        PostCustomersBodyShippingType0Params,
    )
    from ..models.post_customers_body_tax import PostCustomersBodyTax, PostCustomersBodyTaxParams
    from ..models.post_customers_body_tax_id_data_item import (
        PostCustomersBodyTaxIdDataItem,
        PostCustomersBodyTaxIdDataItemParams,
    )


@_attrs_define
class PostCustomersBody:
    """PostCustomersBody

    Parsing is tolerant: a field missing from the data, or of another type than described,
    reads as `UNSET`, and anything not modelled is kept in `additional_properties`, so
    `from_dict(data).to_dict() == data`.
    """

    address: PostCustomersBodyAddressType0 | PostCustomersBodyAddressType1 | Unset = UNSET
    balance: int | Unset = UNSET
    business_name: PostCustomersBodyBusinessNameType1 | str | Unset = UNSET
    cash_balance: PostCustomersBodyCashBalance | Unset = UNSET
    description: str | Unset = UNSET
    email: str | Unset = UNSET
    expand: list[str] | Unset = UNSET
    individual_name: PostCustomersBodyIndividualNameType1 | str | Unset = UNSET
    invoice_prefix: str | Unset = UNSET
    invoice_settings: PostCustomersBodyInvoiceSettings | Unset = UNSET
    metadata: PostCustomersBodyMetadataType0 | PostCustomersBodyMetadataType1 | Unset = UNSET
    name: str | Unset = UNSET
    next_invoice_sequence: int | Unset = UNSET
    payment_method: str | Unset = UNSET
    phone: str | Unset = UNSET
    preferred_locales: list[str] | Unset = UNSET
    shipping: PostCustomersBodyShippingType0 | PostCustomersBodyShippingType1 | Unset = UNSET
    source: str | Unset = UNSET
    tax: PostCustomersBodyTax | Unset = UNSET
    tax_exempt: PostCustomersBodyTaxExemptType0 | PostCustomersBodyTaxExemptType1 | Unset = UNSET
    tax_id_data: list[PostCustomersBodyTaxIdDataItem] | Unset = UNSET
    test_clock: str | Unset = UNSET
    validate: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = dict(self.additional_properties)
        v_address = self.address
        if not isinstance(v_address, Unset):
            data["address"] = (
                v_address.to_dict()
                if isinstance(v_address, PostCustomersBodyAddressType0)
                else v_address
            )
        v_balance = self.balance
        if not isinstance(v_balance, Unset):
            data["balance"] = v_balance
        v_business_name = self.business_name
        if not isinstance(v_business_name, Unset):
            data["business_name"] = v_business_name
        v_cash_balance = self.cash_balance
        if not isinstance(v_cash_balance, Unset):
            data["cash_balance"] = v_cash_balance.to_dict()
        v_description = self.description
        if not isinstance(v_description, Unset):
            data["description"] = v_description
        v_email = self.email
        if not isinstance(v_email, Unset):
            data["email"] = v_email
        v_expand = self.expand
        if not isinstance(v_expand, Unset):
            data["expand"] = v_expand
        v_individual_name = self.individual_name
        if not isinstance(v_individual_name, Unset):
            data["individual_name"] = v_individual_name
        v_invoice_prefix = self.invoice_prefix
        if not isinstance(v_invoice_prefix, Unset):
            data["invoice_prefix"] = v_invoice_prefix
        v_invoice_settings = self.invoice_settings
        if not isinstance(v_invoice_settings, Unset):
            data["invoice_settings"] = v_invoice_settings.to_dict()
        v_metadata = self.metadata
        if not isinstance(v_metadata, Unset):
            data["metadata"] = v_metadata
        v_name = self.name
        if not isinstance(v_name, Unset):
            data["name"] = v_name
        v_next_invoice_sequence = self.next_invoice_sequence
        if not isinstance(v_next_invoice_sequence, Unset):
            data["next_invoice_sequence"] = v_next_invoice_sequence
        v_payment_method = self.payment_method
        if not isinstance(v_payment_method, Unset):
            data["payment_method"] = v_payment_method
        v_phone = self.phone
        if not isinstance(v_phone, Unset):
            data["phone"] = v_phone
        v_preferred_locales = self.preferred_locales
        if not isinstance(v_preferred_locales, Unset):
            data["preferred_locales"] = v_preferred_locales
        v_shipping = self.shipping
        if not isinstance(v_shipping, Unset):
            data["shipping"] = (
                v_shipping.to_dict()
                if isinstance(v_shipping, PostCustomersBodyShippingType0)
                else v_shipping
            )
        v_source = self.source
        if not isinstance(v_source, Unset):
            data["source"] = v_source
        v_tax = self.tax
        if not isinstance(v_tax, Unset):
            data["tax"] = v_tax.to_dict()
        v_tax_exempt = self.tax_exempt
        if not isinstance(v_tax_exempt, Unset):
            data["tax_exempt"] = v_tax_exempt
        v_tax_id_data = self.tax_id_data
        if not isinstance(v_tax_id_data, Unset):
            data["tax_id_data"] = [item0.to_dict() for item0 in v_tax_id_data]
        v_test_clock = self.test_clock
        if not isinstance(v_test_clock, Unset):
            data["test_clock"] = v_test_clock
        v_validate = self.validate
        if not isinstance(v_validate, Unset):
            data["validate"] = v_validate
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PostCustomersBody:
        d = dict(src_dict)
        v_address = d.pop("address", UNSET)
        if v_address is not UNSET:
            if (type(v_address) is dict) or (v_address == ""):
                v_address = (
                    PostCustomersBodyAddressType0.from_dict(v_address)
                    if type(v_address) is dict
                    else v_address
                )
            else:
                d["address"] = v_address
                v_address = UNSET
        v_balance = d.pop("balance", UNSET)
        if v_balance is not UNSET and not (type(v_balance) is int):
            d["balance"] = v_balance
            v_balance = UNSET
        v_business_name = d.pop("business_name", UNSET)
        if v_business_name is not UNSET and not (
            (type(v_business_name) is str) or (v_business_name == "")
        ):
            d["business_name"] = v_business_name
            v_business_name = UNSET
        v_cash_balance = d.pop("cash_balance", UNSET)
        if v_cash_balance is not UNSET:
            if type(v_cash_balance) is dict:
                v_cash_balance = PostCustomersBodyCashBalance.from_dict(v_cash_balance)
            else:
                d["cash_balance"] = v_cash_balance
                v_cash_balance = UNSET
        v_description = d.pop("description", UNSET)
        if v_description is not UNSET and not (type(v_description) is str):
            d["description"] = v_description
            v_description = UNSET
        v_email = d.pop("email", UNSET)
        if v_email is not UNSET and not (type(v_email) is str):
            d["email"] = v_email
            v_email = UNSET
        v_expand = d.pop("expand", UNSET)
        if v_expand is not UNSET and not (
            type(v_expand) is list and all(type(item0) is str for item0 in v_expand)
        ):
            d["expand"] = v_expand
            v_expand = UNSET
        v_individual_name = d.pop("individual_name", UNSET)
        if v_individual_name is not UNSET and not (
            (type(v_individual_name) is str) or (v_individual_name == "")
        ):
            d["individual_name"] = v_individual_name
            v_individual_name = UNSET
        v_invoice_prefix = d.pop("invoice_prefix", UNSET)
        if v_invoice_prefix is not UNSET and not (type(v_invoice_prefix) is str):
            d["invoice_prefix"] = v_invoice_prefix
            v_invoice_prefix = UNSET
        v_invoice_settings = d.pop("invoice_settings", UNSET)
        if v_invoice_settings is not UNSET:
            if type(v_invoice_settings) is dict:
                v_invoice_settings = PostCustomersBodyInvoiceSettings.from_dict(v_invoice_settings)
            else:
                d["invoice_settings"] = v_invoice_settings
                v_invoice_settings = UNSET
        v_metadata = d.pop("metadata", UNSET)
        if v_metadata is not UNSET and not (
            (type(v_metadata) is dict and all(type(item0) is str for item0 in v_metadata.values()))
            or (v_metadata == "")
        ):
            d["metadata"] = v_metadata
            v_metadata = UNSET
        v_name = d.pop("name", UNSET)
        if v_name is not UNSET and not (type(v_name) is str):
            d["name"] = v_name
            v_name = UNSET
        v_next_invoice_sequence = d.pop("next_invoice_sequence", UNSET)
        if v_next_invoice_sequence is not UNSET and not (type(v_next_invoice_sequence) is int):
            d["next_invoice_sequence"] = v_next_invoice_sequence
            v_next_invoice_sequence = UNSET
        v_payment_method = d.pop("payment_method", UNSET)
        if v_payment_method is not UNSET and not (type(v_payment_method) is str):
            d["payment_method"] = v_payment_method
            v_payment_method = UNSET
        v_phone = d.pop("phone", UNSET)
        if v_phone is not UNSET and not (type(v_phone) is str):
            d["phone"] = v_phone
            v_phone = UNSET
        v_preferred_locales = d.pop("preferred_locales", UNSET)
        if v_preferred_locales is not UNSET and not (
            type(v_preferred_locales) is list
            and all(type(item0) is str for item0 in v_preferred_locales)
        ):
            d["preferred_locales"] = v_preferred_locales
            v_preferred_locales = UNSET
        v_shipping = d.pop("shipping", UNSET)
        if v_shipping is not UNSET:
            if (type(v_shipping) is dict) or (v_shipping == ""):
                v_shipping = (
                    PostCustomersBodyShippingType0.from_dict(v_shipping)
                    if type(v_shipping) is dict
                    else v_shipping
                )
            else:
                d["shipping"] = v_shipping
                v_shipping = UNSET
        v_source = d.pop("source", UNSET)
        if v_source is not UNSET and not (type(v_source) is str):
            d["source"] = v_source
            v_source = UNSET
        v_tax = d.pop("tax", UNSET)
        if v_tax is not UNSET:
            if type(v_tax) is dict:
                v_tax = PostCustomersBodyTax.from_dict(v_tax)
            else:
                d["tax"] = v_tax
                v_tax = UNSET
        v_tax_exempt = d.pop("tax_exempt", UNSET)
        if v_tax_exempt is not UNSET and not ((type(v_tax_exempt) is str) or (v_tax_exempt == "")):
            d["tax_exempt"] = v_tax_exempt
            v_tax_exempt = UNSET
        v_tax_id_data = d.pop("tax_id_data", UNSET)
        if v_tax_id_data is not UNSET:
            if type(v_tax_id_data) is list and all(type(item0) is dict for item0 in v_tax_id_data):
                v_tax_id_data = [
                    PostCustomersBodyTaxIdDataItem.from_dict(item0) for item0 in v_tax_id_data
                ]
            else:
                d["tax_id_data"] = v_tax_id_data
                v_tax_id_data = UNSET
        v_test_clock = d.pop("test_clock", UNSET)
        if v_test_clock is not UNSET and not (type(v_test_clock) is str):
            d["test_clock"] = v_test_clock
            v_test_clock = UNSET
        v_validate = d.pop("validate", UNSET)
        if v_validate is not UNSET and not (type(v_validate) is bool):
            d["validate"] = v_validate
            v_validate = UNSET
        obj = cls(
            address=v_address,
            balance=v_balance,
            business_name=v_business_name,
            cash_balance=v_cash_balance,
            description=v_description,
            email=v_email,
            expand=v_expand,
            individual_name=v_individual_name,
            invoice_prefix=v_invoice_prefix,
            invoice_settings=v_invoice_settings,
            metadata=v_metadata,
            name=v_name,
            next_invoice_sequence=v_next_invoice_sequence,
            payment_method=v_payment_method,
            phone=v_phone,
            preferred_locales=v_preferred_locales,
            shipping=v_shipping,
            source=v_source,
            tax=v_tax,
            tax_exempt=v_tax_exempt,
            tax_id_data=v_tax_id_data,
            test_clock=v_test_clock,
            validate=v_validate,
        )
        obj.additional_properties = d
        return obj

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


class PostCustomersBodyParams(TypedDict, total=False):
    """PostCustomersBody as plain data, for request parameters."""

    address: (
        PostCustomersBodyAddressType0Params
        | PostCustomersBodyAddressType0
        | PostCustomersBodyAddressType1
    )
    balance: int
    business_name: str | PostCustomersBodyBusinessNameType1
    cash_balance: PostCustomersBodyCashBalanceParams | PostCustomersBodyCashBalance
    description: str
    email: str
    expand: list[str]
    individual_name: str | PostCustomersBodyIndividualNameType1
    invoice_prefix: str
    invoice_settings: PostCustomersBodyInvoiceSettingsParams | PostCustomersBodyInvoiceSettings
    metadata: Mapping[str, str] | PostCustomersBodyMetadataType1
    name: str
    next_invoice_sequence: int
    payment_method: str
    phone: str
    preferred_locales: list[str]
    shipping: (
        PostCustomersBodyShippingType0Params
        | PostCustomersBodyShippingType0
        | PostCustomersBodyShippingType1
    )
    source: str
    tax: PostCustomersBodyTaxParams | PostCustomersBodyTax
    tax_exempt: PostCustomersBodyTaxExemptType0 | PostCustomersBodyTaxExemptType1
    tax_id_data: list[PostCustomersBodyTaxIdDataItemParams | PostCustomersBodyTaxIdDataItem]
    test_clock: str
    validate: bool


# Imported last: models refer to each other in cycles, and are only needed at call time.
from ..models.post_customers_body_address_type_0 import PostCustomersBodyAddressType0  # noqa: E402
from ..models.post_customers_body_cash_balance import PostCustomersBodyCashBalance  # noqa: E402
from ..models.post_customers_body_invoice_settings import PostCustomersBodyInvoiceSettings  # noqa: E402
from ..models.post_customers_body_metadata_type_0 import PostCustomersBodyMetadataType0  # noqa: E402
from ..models.post_customers_body_shipping_type_0 import PostCustomersBodyShippingType0  # noqa: E402
from ..models.post_customers_body_tax import PostCustomersBodyTax  # noqa: E402
from ..models.post_customers_body_tax_id_data_item import PostCustomersBodyTaxIdDataItem  # noqa: E402
