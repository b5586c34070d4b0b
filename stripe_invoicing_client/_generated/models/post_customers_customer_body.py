from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.post_customers_customer_body_address_type_1 import (
    PostCustomersCustomerBodyAddressType1,
)
from ..models.post_customers_customer_body_business_name_type_1 import (
    PostCustomersCustomerBodyBusinessNameType1,
)
from ..models.post_customers_customer_body_individual_name_type_1 import (
    PostCustomersCustomerBodyIndividualNameType1,
)
from ..models.post_customers_customer_body_metadata_type_1 import (
    PostCustomersCustomerBodyMetadataType1,
)
from ..models.post_customers_customer_body_shipping_type_1 import (
    PostCustomersCustomerBodyShippingType1,
)
from ..models.post_customers_customer_body_tax_exempt_type_0 import (
    PostCustomersCustomerBodyTaxExemptType0,
)
from ..models.post_customers_customer_body_tax_exempt_type_1 import (
    PostCustomersCustomerBodyTaxExemptType1,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.post_customers_customer_body_address_type_0 import (
        PostCustomersCustomerBodyAddressType0,
        PostCustomersCustomerBodyAddressType0Params,
    )
    from ..models.post_customers_customer_body_cash_balance import (
        PostCustomersCustomerBodyCashBalance,
        PostCustomersCustomerBodyCashBalanceParams,
    )
    from ..models.post_customers_customer_body_invoice_settings import (
        PostCustomersCustomerBodyInvoiceSettings,
        PostCustomersCustomerBodyInvoiceSettingsParams,
    )
    from ..models.post_customers_customer_body_metadata_type_0 import (
        PostCustomersCustomerBodyMetadataType0,
    )
    from ..models.post_customers_customer_body_shipping_type_0 import (
        PostCustomersCustomerBodyShippingType0,
        PostCustomersCustomerBodyShippingType0Params,
    )
    from ..models.post_customers_customer_body_tax import (
        PostCustomersCustomerBodyTax,
        PostCustomersCustomerBodyTaxParams,
    )


@_attrs_define
class PostCustomersCustomerBody:
    """PostCustomersCustomerBody

    Parsing is tolerant: a field missing from the data, or of another type than described,
    reads as `UNSET`, and anything not modelled is kept in `additional_properties`, so
    `from_dict(data).to_dict() == data`.
    """

    address: (
        PostCustomersCustomerBodyAddressType0 | PostCustomersCustomerBodyAddressType1 | Unset
    ) = UNSET
    balance: int | Unset = UNSET
    business_name: PostCustomersCustomerBodyBusinessNameType1 | str | Unset = UNSET
    cash_balance: PostCustomersCustomerBodyCashBalance | Unset = UNSET
    default_source: str | Unset = UNSET
    description: str | Unset = UNSET
    email: str | Unset = UNSET
    expand: list[str] | Unset = UNSET
    individual_name: PostCustomersCustomerBodyIndividualNameType1 | str | Unset = UNSET
    invoice_prefix: str | Unset = UNSET
    invoice_settings: PostCustomersCustomerBodyInvoiceSettings | Unset = UNSET
    metadata: (
        PostCustomersCustomerBodyMetadataType0 | PostCustomersCustomerBodyMetadataType1 | Unset
    ) = UNSET
    name: str | Unset = UNSET
    next_invoice_sequence: int | Unset = UNSET
    phone: str | Unset = UNSET
    preferred_locales: list[str] | Unset = UNSET
    shipping: (
        PostCustomersCustomerBodyShippingType0 | PostCustomersCustomerBodyShippingType1 | Unset
    ) = UNSET
    source: str | Unset = UNSET
    tax: PostCustomersCustomerBodyTax | Unset = UNSET
    tax_exempt: (
        PostCustomersCustomerBodyTaxExemptType0 | PostCustomersCustomerBodyTaxExemptType1 | Unset
    ) = UNSET
    validate: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = dict(self.additional_properties)
        v_address = self.address
        if not isinstance(v_address, Unset):
            data["address"] = (
                v_address.to_dict()
                if isinstance(v_address, PostCustomersCustomerBodyAddressType0)
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
        v_default_source = self.default_source
        if not isinstance(v_default_source, Unset):
            data["default_source"] = v_default_source
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
                if isinstance(v_shipping, PostCustomersCustomerBodyShippingType0)
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
        v_validate = self.validate
        if not isinstance(v_validate, Unset):
            data["validate"] = v_validate
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PostCustomersCustomerBody:
        d = dict(src_dict)
        v_address = d.pop("address", UNSET)
        if v_address is not UNSET:
            if (type(v_address) is dict) or (v_address == ""):
                v_address = (
                    PostCustomersCustomerBodyAddressType0.from_dict(v_address)
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
                v_cash_balance = PostCustomersCustomerBodyCashBalance.from_dict(v_cash_balance)
            else:
                d["cash_balance"] = v_cash_balance
                v_cash_balance = UNSET
        v_default_source = d.pop("default_source", UNSET)
        if v_default_source is not UNSET and not (type(v_default_source) is str):
            d["default_source"] = v_default_source
            v_default_source = UNSET
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
                v_invoice_settings = PostCustomersCustomerBodyInvoiceSettings.from_dict(
                    v_invoice_settings
                )
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
                    PostCustomersCustomerBodyShippingType0.from_dict(v_shipping)
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
                v_tax = PostCustomersCustomerBodyTax.from_dict(v_tax)
            else:
                d["tax"] = v_tax
                v_tax = UNSET
        v_tax_exempt = d.pop("tax_exempt", UNSET)
        if v_tax_exempt is not UNSET and not ((type(v_tax_exempt) is str) or (v_tax_exempt == "")):
            d["tax_exempt"] = v_tax_exempt
            v_tax_exempt = UNSET
        v_validate = d.pop("validate", UNSET)
        if v_validate is not UNSET and not (type(v_validate) is bool):
            d["validate"] = v_validate
            v_validate = UNSET
        obj = cls(
            address=v_address,
            balance=v_balance,
            business_name=v_business_name,
            cash_balance=v_cash_balance,
            default_source=v_default_source,
            description=v_description,
            email=v_email,
            expand=v_expand,
            individual_name=v_individual_name,
            invoice_prefix=v_invoice_prefix,
            invoice_settings=v_invoice_settings,
            metadata=v_metadata,
            name=v_name,
            next_invoice_sequence=v_next_invoice_sequence,
            phone=v_phone,
            preferred_locales=v_preferred_locales,
            shipping=v_shipping,
            source=v_source,
            tax=v_tax,
            tax_exempt=v_tax_exempt,
            validate=v_validate,
        )
        obj.additional_properties = d
        return obj

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


class PostCustomersCustomerBodyParams(TypedDict, total=False):
    """PostCustomersCustomerBody as plain data, for request parameters."""

    address: (
        PostCustomersCustomerBodyAddressType0Params
        | PostCustomersCustomerBodyAddressType0
        | PostCustomersCustomerBodyAddressType1
    )
    balance: int
    business_name: str | PostCustomersCustomerBodyBusinessNameType1
    cash_balance: PostCustomersCustomerBodyCashBalanceParams | PostCustomersCustomerBodyCashBalance
    default_source: str
    description: str
    email: str
    expand: list[str]
    individual_name: str | PostCustomersCustomerBodyIndividualNameType1
    invoice_prefix: str
    invoice_settings: (
        PostCustomersCustomerBodyInvoiceSettingsParams | PostCustomersCustomerBodyInvoiceSettings
    )
    metadata: Mapping[str, str] | PostCustomersCustomerBodyMetadataType1
    name: str
    next_invoice_sequence: int
    phone: str
    preferred_locales: list[str]
    shipping: (
        PostCustomersCustomerBodyShippingType0Params
        | PostCustomersCustomerBodyShippingType0
        | PostCustomersCustomerBodyShippingType1
    )
    source: str
    tax: PostCustomersCustomerBodyTaxParams | PostCustomersCustomerBodyTax
    tax_exempt: PostCustomersCustomerBodyTaxExemptType0 | PostCustomersCustomerBodyTaxExemptType1
    validate: bool


# Imported last: models refer to each other in cycles, and are only needed at call time.
from ..models.post_customers_customer_body_address_type_0 import (
    PostCustomersCustomerBodyAddressType0,  # noqa: E402
)
from ..models.post_customers_customer_body_cash_balance import PostCustomersCustomerBodyCashBalance  # noqa: E402
from ..models.post_customers_customer_body_invoice_settings import (
    PostCustomersCustomerBodyInvoiceSettings,  # noqa: E402
)
from ..models.post_customers_customer_body_metadata_type_0 import (
    PostCustomersCustomerBodyMetadataType0,  # noqa: E402
)
from ..models.post_customers_customer_body_shipping_type_0 import (
    PostCustomersCustomerBodyShippingType0,  # noqa: E402
)
from ..models.post_customers_customer_body_tax import PostCustomersCustomerBodyTax  # noqa: E402
