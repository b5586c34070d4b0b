from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.post_invoiceitems_invoiceitem_body_discounts_type_1 import (
    PostInvoiceitemsInvoiceitemBodyDiscountsType1,
)
from ..models.post_invoiceitems_invoiceitem_body_invoicing_rules import (
    PostInvoiceitemsInvoiceitemBodyInvoicingRules,
)
from ..models.post_invoiceitems_invoiceitem_body_metadata_type_1 import (
    PostInvoiceitemsInvoiceitemBodyMetadataType1,
)
from ..models.post_invoiceitems_invoiceitem_body_tax_behavior import (
    PostInvoiceitemsInvoiceitemBodyTaxBehavior,
)
from ..models.post_invoiceitems_invoiceitem_body_tax_code_type_1 import (
    PostInvoiceitemsInvoiceitemBodyTaxCodeType1,
)
from ..models.post_invoiceitems_invoiceitem_body_tax_rates_type_1 import (
    PostInvoiceitemsInvoiceitemBodyTaxRatesType1,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.post_invoiceitems_invoiceitem_body_discounts_type_0_item import (
        PostInvoiceitemsInvoiceitemBodyDiscountsType0Item,
        PostInvoiceitemsInvoiceitemBodyDiscountsType0ItemParams,
    )
    from ..models.post_invoiceitems_invoiceitem_body_metadata_type_0 import (
        PostInvoiceitemsInvoiceitemBodyMetadataType0,
    )
    from ..models.post_invoiceitems_invoiceitem_body_period import (
        PostInvoiceitemsInvoiceitemBodyPeriod,
        PostInvoiceitemsInvoiceitemBodyPeriodParams,
    )
    from ..models.post_invoiceitems_invoiceitem_body_price_data import (
        PostInvoiceitemsInvoiceitemBodyPriceData,
        PostInvoiceitemsInvoiceitemBodyPriceDataParams,
    )
    from ..models.post_invoiceitems_invoiceitem_body_pricing import (
        PostInvoiceitemsInvoiceitemBodyPricing,
        PostInvoiceitemsInvoiceitemBodyPricingParams,
    )


@_attrs_define
class PostInvoiceitemsInvoiceitemBody:
    """PostInvoiceitemsInvoiceitemBody

    Parsing is tolerant: a field missing from the data, or of another type than described,
    reads as `UNSET`, and anything not modelled is kept in `additional_properties`, so
    `from_dict(data).to_dict() == data`.
    """

    amount: int | Unset = UNSET
    description: str | Unset = UNSET
    discountable: bool | Unset = UNSET
    discounts: (
        list[PostInvoiceitemsInvoiceitemBodyDiscountsType0Item]
        | PostInvoiceitemsInvoiceitemBodyDiscountsType1
        | Unset
    ) = UNSET
    expand: list[str] | Unset = UNSET
    invoicing_rules: PostInvoiceitemsInvoiceitemBodyInvoicingRules | Unset = UNSET
    metadata: (
        PostInvoiceitemsInvoiceitemBodyMetadataType0
        | PostInvoiceitemsInvoiceitemBodyMetadataType1
        | Unset
    ) = UNSET
    period: PostInvoiceitemsInvoiceitemBodyPeriod | Unset = UNSET
    price_data: PostInvoiceitemsInvoiceitemBodyPriceData | Unset = UNSET
    pricing: PostInvoiceitemsInvoiceitemBodyPricing | Unset = UNSET
    quantity: int | Unset = UNSET
    quantity_decimal: str | Unset = UNSET
    tax_behavior: PostInvoiceitemsInvoiceitemBodyTaxBehavior | Unset = UNSET
    tax_code: PostInvoiceitemsInvoiceitemBodyTaxCodeType1 | str | Unset = UNSET
    tax_rates: list[str] | PostInvoiceitemsInvoiceitemBodyTaxRatesType1 | Unset = UNSET
    unit_amount_decimal: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = dict(self.additional_properties)
        v_amount = self.amount
        if not isinstance(v_amount, Unset):
            data["amount"] = v_amount
        v_description = self.description
        if not isinstance(v_description, Unset):
            data["description"] = v_description
        v_discountable = self.discountable
        if not isinstance(v_discountable, Unset):
            data["discountable"] = v_discountable
        v_discounts = self.discounts
        if not isinstance(v_discounts, Unset):
            data["discounts"] = (
                [item0.to_dict() for item0 in v_discounts]
                if isinstance(v_discounts, list)
                else v_discounts
            )
        v_expand = self.expand
        if not isinstance(v_expand, Unset):
            data["expand"] = v_expand
        v_invoicing_rules = self.invoicing_rules
        if not isinstance(v_invoicing_rules, Unset):
            data["invoicing_rules"] = v_invoicing_rules
        v_metadata = self.metadata
        if not isinstance(v_metadata, Unset):
            data["metadata"] = v_metadata
        v_period = self.period
        if not isinstance(v_period, Unset):
            data["period"] = v_period.to_dict()
        v_price_data = self.price_data
        if not isinstance(v_price_data, Unset):
            data["price_data"] = v_price_data.to_dict()
        v_pricing = self.pricing
        if not isinstance(v_pricing, Unset):
            data["pricing"] = v_pricing.to_dict()
        v_quantity = self.quantity
        if not isinstance(v_quantity, Unset):
            data["quantity"] = v_quantity
        v_quantity_decimal = self.quantity_decimal
        if not isinstance(v_quantity_decimal, Unset):
            data["quantity_decimal"] = v_quantity_decimal
        v_tax_behavior = self.tax_behavior
        if not isinstance(v_tax_behavior, Unset):
            data["tax_behavior"] = v_tax_behavior
        v_tax_code = self.tax_code
        if not isinstance(v_tax_code, Unset):
            data["tax_code"] = v_tax_code
        v_tax_rates = self.tax_rates
        if not isinstance(v_tax_rates, Unset):
            data["tax_rates"] = v_tax_rates
        v_unit_amount_decimal = self.unit_amount_decimal
        if not isinstance(v_unit_amount_decimal, Unset):
            data["unit_amount_decimal"] = v_unit_amount_decimal
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PostInvoiceitemsInvoiceitemBody:
        d = dict(src_dict)
        v_amount = d.pop("amount", UNSET)
        if v_amount is not UNSET and not (type(v_amount) is int):
            d["amount"] = v_amount
            v_amount = UNSET
        v_description = d.pop("description", UNSET)
        if v_description is not UNSET and not (type(v_description) is str):
            d["description"] = v_description
            v_description = UNSET
        v_discountable = d.pop("discountable", UNSET)
        if v_discountable is not UNSET and not (type(v_discountable) is bool):
            d["discountable"] = v_discountable
            v_discountable = UNSET
        v_discounts = d.pop("discounts", UNSET)
        if v_discounts is not UNSET:
            if (
                type(v_discounts) is list and all(type(item0) is dict for item0 in v_discounts)
            ) or (v_discounts == ""):
                v_discounts = (
                    [
                        PostInvoiceitemsInvoiceitemBodyDiscountsType0Item.from_dict(item0)
                        for item0 in v_discounts
                    ]
                    if type(v_discounts) is list
                    and all(type(item0) is dict for item0 in v_discounts)
                    else v_discounts
                )
            else:
                d["discounts"] = v_discounts
                v_discounts = UNSET
        v_expand = d.pop("expand", UNSET)
        if v_expand is not UNSET and not (
            type(v_expand) is list and all(type(item0) is str for item0 in v_expand)
        ):
            d["expand"] = v_expand
            v_expand = UNSET
        v_invoicing_rules = d.pop("invoicing_rules", UNSET)
        if v_invoicing_rules is not UNSET and not (v_invoicing_rules == ""):
            d["invoicing_rules"] = v_invoicing_rules
            v_invoicing_rules = UNSET
        v_metadata = d.pop("metadata", UNSET)
        if v_metadata is not UNSET and not (
            (type(v_metadata) is dict and all(type(item0) is str for item0 in v_metadata.values()))
            or (v_metadata == "")
        ):
            d["metadata"] = v_metadata
            v_metadata = UNSET
        v_period = d.pop("period", UNSET)
        if v_period is not UNSET:
            if type(v_period) is dict:
                v_period = PostInvoiceitemsInvoiceitemBodyPeriod.from_dict(v_period)
            else:
                d["period"] = v_period
                v_period = UNSET
        v_price_data = d.pop("price_data", UNSET)
        if v_price_data is not UNSET:
            if type(v_price_data) is dict:
                v_price_data = PostInvoiceitemsInvoiceitemBodyPriceData.from_dict(v_price_data)
            else:
                d["price_data"] = v_price_data
                v_price_data = UNSET
        v_pricing = d.pop("pricing", UNSET)
        if v_pricing is not UNSET:
            if type(v_pricing) is dict:
                v_pricing = PostInvoiceitemsInvoiceitemBodyPricing.from_dict(v_pricing)
            else:
                d["pricing"] = v_pricing
                v_pricing = UNSET
        v_quantity = d.pop("quantity", UNSET)
        if v_quantity is not UNSET and not (type(v_quantity) is int):
            d["quantity"] = v_quantity
            v_quantity = UNSET
        v_quantity_decimal = d.pop("quantity_decimal", UNSET)
        if v_quantity_decimal is not UNSET and not (type(v_quantity_decimal) is str):
            d["quantity_decimal"] = v_quantity_decimal
            v_quantity_decimal = UNSET
        v_tax_behavior = d.pop("tax_behavior", UNSET)
        if v_tax_behavior is not UNSET and not (type(v_tax_behavior) is str):
            d["tax_behavior"] = v_tax_behavior
            v_tax_behavior = UNSET
        v_tax_code = d.pop("tax_code", UNSET)
        if v_tax_code is not UNSET and not ((type(v_tax_code) is str) or (v_tax_code == "")):
            d["tax_code"] = v_tax_code
            v_tax_code = UNSET
        v_tax_rates = d.pop("tax_rates", UNSET)
        if v_tax_rates is not UNSET and not (
            (type(v_tax_rates) is list and all(type(item0) is str for item0 in v_tax_rates))
            or (v_tax_rates == "")
        ):
            d["tax_rates"] = v_tax_rates
            v_tax_rates = UNSET
        v_unit_amount_decimal = d.pop("unit_amount_decimal", UNSET)
        if v_unit_amount_decimal is not UNSET and not (type(v_unit_amount_decimal) is str):
            d["unit_amount_decimal"] = v_unit_amount_decimal
            v_unit_amount_decimal = UNSET
        obj = cls(
            amount=v_amount,
            description=v_description,
            discountable=v_discountable,
            discounts=v_discounts,
            expand=v_expand,
            invoicing_rules=v_invoicing_rules,
            metadata=v_metadata,
            period=v_period,
            price_data=v_price_data,
            pricing=v_pricing,
            quantity=v_quantity,
            quantity_decimal=v_quantity_decimal,
            tax_behavior=v_tax_behavior,
            tax_code=v_tax_code,
            tax_rates=v_tax_rates,
            unit_amount_decimal=v_unit_amount_decimal,
        )
        obj.additional_properties = d
        return obj

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


class PostInvoiceitemsInvoiceitemBodyParams(TypedDict, total=False):
    """PostInvoiceitemsInvoiceitemBody as plain data, for request parameters."""

    amount: int
    description: str
    discountable: bool
    discounts: (
        list[
            PostInvoiceitemsInvoiceitemBodyDiscountsType0ItemParams
            | PostInvoiceitemsInvoiceitemBodyDiscountsType0Item
        ]
        | PostInvoiceitemsInvoiceitemBodyDiscountsType1
    )
    expand: list[str]
    invoicing_rules: PostInvoiceitemsInvoiceitemBodyInvoicingRules
    metadata: Mapping[str, str] | PostInvoiceitemsInvoiceitemBodyMetadataType1
    period: PostInvoiceitemsInvoiceitemBodyPeriodParams | PostInvoiceitemsInvoiceitemBodyPeriod
    price_data: (
        PostInvoiceitemsInvoiceitemBodyPriceDataParams | PostInvoiceitemsInvoiceitemBodyPriceData
    )
    pricing: PostInvoiceitemsInvoiceitemBodyPricingParams | PostInvoiceitemsInvoiceitemBodyPricing
    quantity: int
    quantity_decimal: str
    tax_behavior: PostInvoiceitemsInvoiceitemBodyTaxBehavior
    tax_code: str | PostInvoiceitemsInvoiceitemBodyTaxCodeType1
    tax_rates: list[str] | PostInvoiceitemsInvoiceitemBodyTaxRatesType1
    unit_amount_decimal: str


# Imported last: models refer to each other in cycles, and are only needed at call time.
from ..models.post_invoiceitems_invoiceitem_body_discounts_type_0_item import (
    PostInvoiceitemsInvoiceitemBodyDiscountsType0Item,  # noqa: E402
)
from ..models.post_invoiceitems_invoiceitem_body_metadata_type_0 import (
    PostInvoiceitemsInvoiceitemBodyMetadataType0,  # noqa: E402
)
from ..models.post_invoiceitems_invoiceitem_body_period import PostInvoiceitemsInvoiceitemBodyPeriod  # noqa: E402
from ..models.post_invoiceitems_invoiceitem_body_price_data import (
    PostInvoiceitemsInvoiceitemBodyPriceData,  # noqa: E402
)
from ..models.post_invoiceitems_invoiceitem_body_pricing import (
    PostInvoiceitemsInvoiceitemBodyPricing,  # noqa: E402
)
