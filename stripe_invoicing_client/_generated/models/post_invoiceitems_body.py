from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..models.post_invoiceitems_body_discounts_type_1 import (
    PostInvoiceitemsBodyDiscountsType1,
)
from ..models.post_invoiceitems_body_metadata_type_1 import (
    PostInvoiceitemsBodyMetadataType1,
)
from ..models.post_invoiceitems_body_tax_behavior import (
    PostInvoiceitemsBodyTaxBehavior,
)
from ..models.post_invoiceitems_body_tax_code_type_1 import (
    PostInvoiceitemsBodyTaxCodeType1,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.post_invoiceitems_body_discounts_type_0_item import (
        PostInvoiceitemsBodyDiscountsType0Item,
        PostInvoiceitemsBodyDiscountsType0ItemParams,
    )
    from ..models.post_invoiceitems_body_metadata_type_0 import PostInvoiceitemsBodyMetadataType0
    from ..models.post_invoiceitems_body_period import (
        PostInvoiceitemsBodyPeriod,
        PostInvoiceitemsBodyPeriodParams,
    )
    from ..models.post_invoiceitems_body_price_data import (
        PostInvoiceitemsBodyPriceData,
        PostInvoiceitemsBodyPriceDataParams,
    )
    from ..models.post_invoiceitems_body_pricing import (
        PostInvoiceitemsBodyPricing,
        PostInvoiceitemsBodyPricingParams,
    )


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PostInvoiceitemsBody(Model):
    """PostInvoiceitemsBody

    Parsing is tolerant: anything not modelled, and any value of another type than its field
    declares, is kept in `additional_properties`, so `from_dict(data).to_dict() == data`.
    Reading a field that the data lacks, or held with another type, raises
    `FieldNotAvailableError` (an AttributeError); optional fields read as `UNSET` when absent.
    """

    amount: int | Unset = UNSET
    currency: str | Unset = UNSET
    customer: str | Unset = UNSET
    customer_account: str | Unset = UNSET
    description: str | Unset = UNSET
    discountable: bool | Unset = UNSET
    discounts: (
        list[PostInvoiceitemsBodyDiscountsType0Item] | PostInvoiceitemsBodyDiscountsType1 | Unset
    ) = UNSET
    expand: list[str] | Unset = UNSET
    invoice: str | Unset = UNSET
    metadata: PostInvoiceitemsBodyMetadataType0 | PostInvoiceitemsBodyMetadataType1 | Unset = UNSET
    period: PostInvoiceitemsBodyPeriod | Unset = UNSET
    price_data: PostInvoiceitemsBodyPriceData | Unset = UNSET
    pricing: PostInvoiceitemsBodyPricing | Unset = UNSET
    quantity: int | Unset = UNSET
    quantity_decimal: str | Unset = UNSET
    subscription: str | Unset = UNSET
    tax_behavior: PostInvoiceitemsBodyTaxBehavior | Unset = UNSET
    tax_code: PostInvoiceitemsBodyTaxCodeType1 | str | Unset = UNSET
    tax_rates: list[str] | Unset = UNSET
    unit_amount_decimal: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("amount", "amount", "int"),
        ("currency", "currency", "str"),
        ("customer", "customer", "str"),
        ("customer_account", "customer_account", "str"),
        ("description", "description", "str"),
        ("discountable", "discountable", "bool"),
        (
            "discounts",
            "discounts",
            "list[PostInvoiceitemsBodyDiscountsType0Item] | PostInvoiceitemsBodyDiscountsType1",
        ),
        ("expand", "expand", "list[str]"),
        ("invoice", "invoice", "str"),
        (
            "metadata",
            "metadata",
            "PostInvoiceitemsBodyMetadataType0 | PostInvoiceitemsBodyMetadataType1",
        ),
        ("period", "period", "PostInvoiceitemsBodyPeriod"),
        ("price_data", "price_data", "PostInvoiceitemsBodyPriceData"),
        ("pricing", "pricing", "PostInvoiceitemsBodyPricing"),
        ("quantity", "quantity", "int"),
        ("quantity_decimal", "quantity_decimal", "str"),
        ("subscription", "subscription", "str"),
        ("tax_behavior", "tax_behavior", "PostInvoiceitemsBodyTaxBehavior"),
        ("tax_code", "tax_code", "PostInvoiceitemsBodyTaxCodeType1 | str"),
        ("tax_rates", "tax_rates", "list[str]"),
        ("unit_amount_decimal", "unit_amount_decimal", "str"),
    )

    def to_dict(self) -> dict[str, Any]:
        # An unfilled field raises AttributeError; what was received for it, if anything, is
        # already in additional_properties.
        data: dict[str, Any] = dict(self.additional_properties)
        try:
            v_amount = self.amount
        except AttributeError:
            pass
        else:
            if not isinstance(v_amount, Unset):
                data["amount"] = v_amount
        try:
            v_currency = self.currency
        except AttributeError:
            pass
        else:
            if not isinstance(v_currency, Unset):
                data["currency"] = v_currency
        try:
            v_customer = self.customer
        except AttributeError:
            pass
        else:
            if not isinstance(v_customer, Unset):
                data["customer"] = v_customer
        try:
            v_customer_account = self.customer_account
        except AttributeError:
            pass
        else:
            if not isinstance(v_customer_account, Unset):
                data["customer_account"] = v_customer_account
        try:
            v_description = self.description
        except AttributeError:
            pass
        else:
            if not isinstance(v_description, Unset):
                data["description"] = v_description
        try:
            v_discountable = self.discountable
        except AttributeError:
            pass
        else:
            if not isinstance(v_discountable, Unset):
                data["discountable"] = v_discountable
        try:
            v_discounts = self.discounts
        except AttributeError:
            pass
        else:
            if not isinstance(v_discounts, Unset):
                data["discounts"] = (
                    [item0.to_dict() for item0 in v_discounts]
                    if isinstance(v_discounts, list)
                    else v_discounts
                )
        try:
            v_expand = self.expand
        except AttributeError:
            pass
        else:
            if not isinstance(v_expand, Unset):
                data["expand"] = v_expand
        try:
            v_invoice = self.invoice
        except AttributeError:
            pass
        else:
            if not isinstance(v_invoice, Unset):
                data["invoice"] = v_invoice
        try:
            v_metadata = self.metadata
        except AttributeError:
            pass
        else:
            if not isinstance(v_metadata, Unset):
                data["metadata"] = v_metadata
        try:
            v_period = self.period
        except AttributeError:
            pass
        else:
            if not isinstance(v_period, Unset):
                data["period"] = v_period.to_dict()
        try:
            v_price_data = self.price_data
        except AttributeError:
            pass
        else:
            if not isinstance(v_price_data, Unset):
                data["price_data"] = v_price_data.to_dict()
        try:
            v_pricing = self.pricing
        except AttributeError:
            pass
        else:
            if not isinstance(v_pricing, Unset):
                data["pricing"] = v_pricing.to_dict()
        try:
            v_quantity = self.quantity
        except AttributeError:
            pass
        else:
            if not isinstance(v_quantity, Unset):
                data["quantity"] = v_quantity
        try:
            v_quantity_decimal = self.quantity_decimal
        except AttributeError:
            pass
        else:
            if not isinstance(v_quantity_decimal, Unset):
                data["quantity_decimal"] = v_quantity_decimal
        try:
            v_subscription = self.subscription
        except AttributeError:
            pass
        else:
            if not isinstance(v_subscription, Unset):
                data["subscription"] = v_subscription
        try:
            v_tax_behavior = self.tax_behavior
        except AttributeError:
            pass
        else:
            if not isinstance(v_tax_behavior, Unset):
                data["tax_behavior"] = v_tax_behavior
        try:
            v_tax_code = self.tax_code
        except AttributeError:
            pass
        else:
            if not isinstance(v_tax_code, Unset):
                data["tax_code"] = v_tax_code
        try:
            v_tax_rates = self.tax_rates
        except AttributeError:
            pass
        else:
            if not isinstance(v_tax_rates, Unset):
                data["tax_rates"] = v_tax_rates
        try:
            v_unit_amount_decimal = self.unit_amount_decimal
        except AttributeError:
            pass
        else:
            if not isinstance(v_unit_amount_decimal, Unset):
                data["unit_amount_decimal"] = v_unit_amount_decimal
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PostInvoiceitemsBody:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal; the checks below are what makes each stored value fit its field.
        # A value that does not fit stays in `d` (the additional properties), its field unfilled.
        fill: Any = obj
        v_amount = d.pop("amount", UNSET)
        if v_amount is UNSET:
            fill.amount = UNSET
        elif type(v_amount) is int:
            fill.amount = v_amount
        else:
            d["amount"] = v_amount
        v_currency = d.pop("currency", UNSET)
        if v_currency is UNSET:
            fill.currency = UNSET
        elif type(v_currency) is str:
            fill.currency = v_currency
        else:
            d["currency"] = v_currency
        v_customer = d.pop("customer", UNSET)
        if v_customer is UNSET:
            fill.customer = UNSET
        elif type(v_customer) is str:
            fill.customer = v_customer
        else:
            d["customer"] = v_customer
        v_customer_account = d.pop("customer_account", UNSET)
        if v_customer_account is UNSET:
            fill.customer_account = UNSET
        elif type(v_customer_account) is str:
            fill.customer_account = v_customer_account
        else:
            d["customer_account"] = v_customer_account
        v_description = d.pop("description", UNSET)
        if v_description is UNSET:
            fill.description = UNSET
        elif type(v_description) is str:
            fill.description = v_description
        else:
            d["description"] = v_description
        v_discountable = d.pop("discountable", UNSET)
        if v_discountable is UNSET:
            fill.discountable = UNSET
        elif type(v_discountable) is bool:
            fill.discountable = v_discountable
        else:
            d["discountable"] = v_discountable
        v_discounts = d.pop("discounts", UNSET)
        if v_discounts is UNSET:
            fill.discounts = UNSET
        elif (type(v_discounts) is list and all(type(item0) is dict for item0 in v_discounts)) or (
            v_discounts == ""
        ):
            fill.discounts = (
                [PostInvoiceitemsBodyDiscountsType0Item.from_dict(item0) for item0 in v_discounts]
                if type(v_discounts) is list and all(type(item0) is dict for item0 in v_discounts)
                else v_discounts
            )
        else:
            d["discounts"] = v_discounts
        v_expand = d.pop("expand", UNSET)
        if v_expand is UNSET:
            fill.expand = UNSET
        elif type(v_expand) is list and all(type(item0) is str for item0 in v_expand):
            fill.expand = v_expand
        else:
            d["expand"] = v_expand
        v_invoice = d.pop("invoice", UNSET)
        if v_invoice is UNSET:
            fill.invoice = UNSET
        elif type(v_invoice) is str:
            fill.invoice = v_invoice
        else:
            d["invoice"] = v_invoice
        v_metadata = d.pop("metadata", UNSET)
        if v_metadata is UNSET:
            fill.metadata = UNSET
        elif (
            type(v_metadata) is dict and all(type(item0) is str for item0 in v_metadata.values())
        ) or (v_metadata == ""):
            fill.metadata = v_metadata
        else:
            d["metadata"] = v_metadata
        v_period = d.pop("period", UNSET)
        if v_period is UNSET:
            fill.period = UNSET
        elif type(v_period) is dict:
            fill.period = PostInvoiceitemsBodyPeriod.from_dict(v_period)
        else:
            d["period"] = v_period
        v_price_data = d.pop("price_data", UNSET)
        if v_price_data is UNSET:
            fill.price_data = UNSET
        elif type(v_price_data) is dict:
            fill.price_data = PostInvoiceitemsBodyPriceData.from_dict(v_price_data)
        else:
            d["price_data"] = v_price_data
        v_pricing = d.pop("pricing", UNSET)
        if v_pricing is UNSET:
            fill.pricing = UNSET
        elif type(v_pricing) is dict:
            fill.pricing = PostInvoiceitemsBodyPricing.from_dict(v_pricing)
        else:
            d["pricing"] = v_pricing
        v_quantity = d.pop("quantity", UNSET)
        if v_quantity is UNSET:
            fill.quantity = UNSET
        elif type(v_quantity) is int:
            fill.quantity = v_quantity
        else:
            d["quantity"] = v_quantity
        v_quantity_decimal = d.pop("quantity_decimal", UNSET)
        if v_quantity_decimal is UNSET:
            fill.quantity_decimal = UNSET
        elif type(v_quantity_decimal) is str:
            fill.quantity_decimal = v_quantity_decimal
        else:
            d["quantity_decimal"] = v_quantity_decimal
        v_subscription = d.pop("subscription", UNSET)
        if v_subscription is UNSET:
            fill.subscription = UNSET
        elif type(v_subscription) is str:
            fill.subscription = v_subscription
        else:
            d["subscription"] = v_subscription
        v_tax_behavior = d.pop("tax_behavior", UNSET)
        if v_tax_behavior is UNSET:
            fill.tax_behavior = UNSET
        elif type(v_tax_behavior) is str:
            fill.tax_behavior = v_tax_behavior
        else:
            d["tax_behavior"] = v_tax_behavior
        v_tax_code = d.pop("tax_code", UNSET)
        if v_tax_code is UNSET:
            fill.tax_code = UNSET
        elif (type(v_tax_code) is str) or (v_tax_code == ""):
            fill.tax_code = v_tax_code
        else:
            d["tax_code"] = v_tax_code
        v_tax_rates = d.pop("tax_rates", UNSET)
        if v_tax_rates is UNSET:
            fill.tax_rates = UNSET
        elif type(v_tax_rates) is list and all(type(item0) is str for item0 in v_tax_rates):
            fill.tax_rates = v_tax_rates
        else:
            d["tax_rates"] = v_tax_rates
        v_unit_amount_decimal = d.pop("unit_amount_decimal", UNSET)
        if v_unit_amount_decimal is UNSET:
            fill.unit_amount_decimal = UNSET
        elif type(v_unit_amount_decimal) is str:
            fill.unit_amount_decimal = v_unit_amount_decimal
        else:
            d["unit_amount_decimal"] = v_unit_amount_decimal
        fill.additional_properties = d
        return obj


class PostInvoiceitemsBodyParams(TypedDict, total=False):
    """PostInvoiceitemsBody as plain data, for request parameters."""

    amount: int
    currency: str
    customer: str
    customer_account: str
    description: str
    discountable: bool
    discounts: (
        list[PostInvoiceitemsBodyDiscountsType0ItemParams | PostInvoiceitemsBodyDiscountsType0Item]
        | PostInvoiceitemsBodyDiscountsType1
    )
    expand: list[str]
    invoice: str
    metadata: Mapping[str, str] | PostInvoiceitemsBodyMetadataType1
    period: PostInvoiceitemsBodyPeriodParams | PostInvoiceitemsBodyPeriod
    price_data: PostInvoiceitemsBodyPriceDataParams | PostInvoiceitemsBodyPriceData
    pricing: PostInvoiceitemsBodyPricingParams | PostInvoiceitemsBodyPricing
    quantity: int
    quantity_decimal: str
    subscription: str
    tax_behavior: PostInvoiceitemsBodyTaxBehavior
    tax_code: str | PostInvoiceitemsBodyTaxCodeType1
    tax_rates: list[str]
    unit_amount_decimal: str


# Imported last: models refer to each other in cycles, and are only needed at call time.
from ..models.post_invoiceitems_body_discounts_type_0_item import (
    PostInvoiceitemsBodyDiscountsType0Item,  # noqa: E402
)
from ..models.post_invoiceitems_body_metadata_type_0 import PostInvoiceitemsBodyMetadataType0  # noqa: E402
from ..models.post_invoiceitems_body_period import PostInvoiceitemsBodyPeriod  # noqa: E402
from ..models.post_invoiceitems_body_price_data import PostInvoiceitemsBodyPriceData  # noqa: E402
from ..models.post_invoiceitems_body_pricing import PostInvoiceitemsBodyPricing  # noqa: E402
