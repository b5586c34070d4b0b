from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
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


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PostCustomersCustomerBody(Model):
    """PostCustomersCustomerBody

    Parsing is tolerant: anything not modelled, and any value of another type than its field
    declares, is kept in `additional_properties`, so `from_dict(data).to_dict() == data`.
    Reading a field that the data lacks, or held with another type, raises
    `FieldNotAvailableError` (an AttributeError); optional fields read as `UNSET` when absent.
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
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        (
            "address",
            "address",
            "PostCustomersCustomerBodyAddressType0 | PostCustomersCustomerBodyAddressType1",
        ),
        ("balance", "balance", "int"),
        ("business_name", "business_name", "PostCustomersCustomerBodyBusinessNameType1 | str"),
        ("cash_balance", "cash_balance", "PostCustomersCustomerBodyCashBalance"),
        ("default_source", "default_source", "str"),
        ("description", "description", "str"),
        ("email", "email", "str"),
        ("expand", "expand", "list[str]"),
        (
            "individual_name",
            "individual_name",
            "PostCustomersCustomerBodyIndividualNameType1 | str",
        ),
        ("invoice_prefix", "invoice_prefix", "str"),
        ("invoice_settings", "invoice_settings", "PostCustomersCustomerBodyInvoiceSettings"),
        (
            "metadata",
            "metadata",
            "PostCustomersCustomerBodyMetadataType0 | PostCustomersCustomerBodyMetadataType1",
        ),
        ("name", "name", "str"),
        ("next_invoice_sequence", "next_invoice_sequence", "int"),
        ("phone", "phone", "str"),
        ("preferred_locales", "preferred_locales", "list[str]"),
        (
            "shipping",
            "shipping",
            "PostCustomersCustomerBodyShippingType0 | PostCustomersCustomerBodyShippingType1",
        ),
        ("source", "source", "str"),
        ("tax", "tax", "PostCustomersCustomerBodyTax"),
        (
            "tax_exempt",
            "tax_exempt",
            "PostCustomersCustomerBodyTaxExemptType0 | PostCustomersCustomerBodyTaxExemptType1",
        ),
        ("validate", "validate", "bool"),
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
            if not isinstance(v_address, Unset):
                data["address"] = (
                    v_address.to_dict()
                    if isinstance(v_address, PostCustomersCustomerBodyAddressType0)
                    else v_address
                )
        try:
            v_balance = self.balance
        except AttributeError:
            pass
        else:
            if not isinstance(v_balance, Unset):
                data["balance"] = v_balance
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
                data["cash_balance"] = v_cash_balance.to_dict()
        try:
            v_default_source = self.default_source
        except AttributeError:
            pass
        else:
            if not isinstance(v_default_source, Unset):
                data["default_source"] = v_default_source
        try:
            v_description = self.description
        except AttributeError:
            pass
        else:
            if not isinstance(v_description, Unset):
                data["description"] = v_description
        try:
            v_email = self.email
        except AttributeError:
            pass
        else:
            if not isinstance(v_email, Unset):
                data["email"] = v_email
        try:
            v_expand = self.expand
        except AttributeError:
            pass
        else:
            if not isinstance(v_expand, Unset):
                data["expand"] = v_expand
        try:
            v_individual_name = self.individual_name
        except AttributeError:
            pass
        else:
            if not isinstance(v_individual_name, Unset):
                data["individual_name"] = v_individual_name
        try:
            v_invoice_prefix = self.invoice_prefix
        except AttributeError:
            pass
        else:
            if not isinstance(v_invoice_prefix, Unset):
                data["invoice_prefix"] = v_invoice_prefix
        try:
            v_invoice_settings = self.invoice_settings
        except AttributeError:
            pass
        else:
            if not isinstance(v_invoice_settings, Unset):
                data["invoice_settings"] = v_invoice_settings.to_dict()
        try:
            v_metadata = self.metadata
        except AttributeError:
            pass
        else:
            if not isinstance(v_metadata, Unset):
                data["metadata"] = v_metadata
        try:
            v_name = self.name
        except AttributeError:
            pass
        else:
            if not isinstance(v_name, Unset):
                data["name"] = v_name
        try:
            v_next_invoice_sequence = self.next_invoice_sequence
        except AttributeError:
            pass
        else:
            if not isinstance(v_next_invoice_sequence, Unset):
                data["next_invoice_sequence"] = v_next_invoice_sequence
        try:
            v_phone = self.phone
        except AttributeError:
            pass
        else:
            if not isinstance(v_phone, Unset):
                data["phone"] = v_phone
        try:
            v_preferred_locales = self.preferred_locales
        except AttributeError:
            pass
        else:
            if not isinstance(v_preferred_locales, Unset):
                data["preferred_locales"] = v_preferred_locales
        try:
            v_shipping = self.shipping
        except AttributeError:
            pass
        else:
            if not isinstance(v_shipping, Unset):
                data["shipping"] = (
                    v_shipping.to_dict()
                    if isinstance(v_shipping, PostCustomersCustomerBodyShippingType0)
                    else v_shipping
                )
        try:
            v_source = self.source
        except AttributeError:
            pass
        else:
            if not isinstance(v_source, Unset):
                data["source"] = v_source
        try:
            v_tax = self.tax
        except AttributeError:
            pass
        else:
            if not isinstance(v_tax, Unset):
                data["tax"] = v_tax.to_dict()
        try:
            v_tax_exempt = self.tax_exempt
        except AttributeError:
            pass
        else:
            if not isinstance(v_tax_exempt, Unset):
                data["tax_exempt"] = v_tax_exempt
        try:
            v_validate = self.validate
        except AttributeError:
            pass
        else:
            if not isinstance(v_validate, Unset):
                data["validate"] = v_validate
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PostCustomersCustomerBody:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal; the checks below are what makes each stored value fit its field.
        # A value that does not fit stays in `d` (the additional properties), its field unfilled.
        fill: Any = obj
        v_address = d.pop("address", UNSET)
        if v_address is UNSET:
            fill.address = UNSET
        elif (type(v_address) is dict) or (v_address == ""):
            fill.address = (
                PostCustomersCustomerBodyAddressType0.from_dict(v_address)
                if type(v_address) is dict
                else v_address
            )
        else:
            d["address"] = v_address
        v_balance = d.pop("balance", UNSET)
        if v_balance is UNSET:
            fill.balance = UNSET
        elif type(v_balance) is int:
            fill.balance = v_balance
        else:
            d["balance"] = v_balance
        v_business_name = d.pop("business_name", UNSET)
        if v_business_name is UNSET:
            fill.business_name = UNSET
        elif (type(v_business_name) is str) or (v_business_name == ""):
            fill.business_name = v_business_name
        else:
            d["business_name"] = v_business_name
        v_cash_balance = d.pop("cash_balance", UNSET)
        if v_cash_balance is UNSET:
            fill.cash_balance = UNSET
        elif type(v_cash_balance) is dict:
            fill.cash_balance = PostCustomersCustomerBodyCashBalance.from_dict(v_cash_balance)
        else:
            d["cash_balance"] = v_cash_balance
        v_default_source = d.pop("default_source", UNSET)
        if v_default_source is UNSET:
            fill.default_source = UNSET
        elif type(v_default_source) is str:
            fill.default_source = v_default_source
        else:
            d["default_source"] = v_default_source
        v_description = d.pop("description", UNSET)
        if v_description is UNSET:
            fill.description = UNSET
        elif type(v_description) is str:
            fill.description = v_description
        else:
            d["description"] = v_description
        v_email = d.pop("email", UNSET)
        if v_email is UNSET:
            fill.email = UNSET
        elif type(v_email) is str:
            fill.email = v_email
        else:
            d["email"] = v_email
        v_expand = d.pop("expand", UNSET)
        if v_expand is UNSET:
            fill.expand = UNSET
        elif type(v_expand) is list and all(type(item0) is str for item0 in v_expand):
            fill.expand = v_expand
        else:
            d["expand"] = v_expand
        v_individual_name = d.pop("individual_name", UNSET)
        if v_individual_name is UNSET:
            fill.individual_name = UNSET
        elif (type(v_individual_name) is str) or (v_individual_name == ""):
            fill.individual_name = v_individual_name
        else:
            d["individual_name"] = v_individual_name
        v_invoice_prefix = d.pop("invoice_prefix", UNSET)
        if v_invoice_prefix is UNSET:
            fill.invoice_prefix = UNSET
        elif type(v_invoice_prefix) is str:
            fill.invoice_prefix = v_invoice_prefix
        else:
            d["invoice_prefix"] = v_invoice_prefix
        v_invoice_settings = d.pop("invoice_settings", UNSET)
        if v_invoice_settings is UNSET:
            fill.invoice_settings = UNSET
        elif type(v_invoice_settings) is dict:
            fill.invoice_settings = PostCustomersCustomerBodyInvoiceSettings.from_dict(
                v_invoice_settings
            )
        else:
            d["invoice_settings"] = v_invoice_settings
        v_metadata = d.pop("metadata", UNSET)
        if v_metadata is UNSET:
            fill.metadata = UNSET
        elif (
            type(v_metadata) is dict and all(type(item0) is str for item0 in v_metadata.values())
        ) or (v_metadata == ""):
            fill.metadata = v_metadata
        else:
            d["metadata"] = v_metadata
        v_name = d.pop("name", UNSET)
        if v_name is UNSET:
            fill.name = UNSET
        elif type(v_name) is str:
            fill.name = v_name
        else:
            d["name"] = v_name
        v_next_invoice_sequence = d.pop("next_invoice_sequence", UNSET)
        if v_next_invoice_sequence is UNSET:
            fill.next_invoice_sequence = UNSET
        elif type(v_next_invoice_sequence) is int:
            fill.next_invoice_sequence = v_next_invoice_sequence
        else:
            d["next_invoice_sequence"] = v_next_invoice_sequence
        v_phone = d.pop("phone", UNSET)
        if v_phone is UNSET:
            fill.phone = UNSET
        elif type(v_phone) is str:
            fill.phone = v_phone
        else:
            d["phone"] = v_phone
        v_preferred_locales = d.pop("preferred_locales", UNSET)
        if v_preferred_locales is UNSET:
            fill.preferred_locales = UNSET
        elif type(v_preferred_locales) is list and all(
            type(item0) is str for item0 in v_preferred_locales
        ):
            fill.preferred_locales = v_preferred_locales
        else:
            d["preferred_locales"] = v_preferred_locales
        v_shipping = d.pop("shipping", UNSET)
        if v_shipping is UNSET:
            fill.shipping = UNSET
        elif (type(v_shipping) is dict) or (v_shipping == ""):
            fill.shipping = (
                PostCustomersCustomerBodyShippingType0.from_dict(v_shipping)
                if type(v_shipping) is dict
                else v_shipping
            )
        else:
            d["shipping"] = v_shipping
        v_source = d.pop("source", UNSET)
        if v_source is UNSET:
            fill.source = UNSET
        elif type(v_source) is str:
            fill.source = v_source
        else:
            d["source"] = v_source
        v_tax = d.pop("tax", UNSET)
        if v_tax is UNSET:
            fill.tax = UNSET
        elif type(v_tax) is dict:
            fill.tax = PostCustomersCustomerBodyTax.from_dict(v_tax)
        else:
            d["tax"] = v_tax
        v_tax_exempt = d.pop("tax_exempt", UNSET)
        if v_tax_exempt is UNSET:
            fill.tax_exempt = UNSET
        elif (type(v_tax_exempt) is str) or (v_tax_exempt == ""):
            fill.tax_exempt = v_tax_exempt
        else:
            d["tax_exempt"] = v_tax_exempt
        v_validate = d.pop("validate", UNSET)
        if v_validate is UNSET:
            fill.validate = UNSET
        elif type(v_validate) is bool:
            fill.validate = v_validate
        else:
            d["validate"] = v_validate
        fill.additional_properties = d
        return obj


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
