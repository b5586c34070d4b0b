from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.post_invoices_invoice_lines_line_item_id_body_discounts_type_1 import (
    PostInvoicesInvoiceLinesLineItemIdBodyDiscountsType1,
)
from ..models.post_invoices_invoice_lines_line_item_id_body_metadata_type_1 import (
    PostInvoicesInvoiceLinesLineItemIdBodyMetadataType1,
)
from ..models.post_invoices_invoice_lines_line_item_id_body_tax_amounts_type_1 import (
    PostInvoicesInvoiceLinesLineItemIdBodyTaxAmountsType1,
)
from ..models.post_invoices_invoice_lines_line_item_id_body_tax_rates_type_1 import (
    PostInvoicesInvoiceLinesLineItemIdBodyTaxRatesType1,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.post_invoices_invoice_lines_line_item_id_body_discounts_type_0_item import (
        PostInvoicesInvoiceLinesLineItemIdBodyDiscountsType0Item,
        PostInvoicesInvoiceLinesLineItemIdBodyDiscountsType0ItemParams,
    )
    from ..models.post_invoices_invoice_lines_line_item_id_body_metadata_type_0 import (
        PostInvoicesInvoiceLinesLineItemIdBodyMetadataType0,
    )
    from ..models.post_invoices_invoice_lines_line_item_id_body_period import (
        PostInvoicesInvoiceLinesLineItemIdBodyPeriod,
        PostInvoicesInvoiceLinesLineItemIdBodyPeriodParams,
    )
    from ..models.post_invoices_invoice_lines_line_item_id_body_price_data import (
        PostInvoicesInvoiceLinesLineItemIdBodyPriceData,
        PostInvoicesInvoiceLinesLineItemIdBodyPriceDataParams,
    )
    from ..models.post_invoices_invoice_lines_line_item_id_body_pricing import (
        PostInvoicesInvoiceLinesLineItemIdBodyPricing,
        PostInvoicesInvoiceLinesLineItemIdBodyPricingParams,
    )
    from ..models.post_invoices_invoice_lines_line_item_id_body_tax_amounts_type_0_item import (
        PostInvoicesInvoiceLinesLineItemIdBodyTaxAmountsType0Item,
        PostInvoicesInvoiceLinesLineItemIdBodyTaxAmountsType0ItemParams,
    )


@_attrs_define
class PostInvoicesInvoiceLinesLineItemIdBody:
    """PostInvoicesInvoiceLinesLineItemIdBody

    Parsing is tolerant: a field missing from the data, or of another type than described,
    reads as `UNSET`, and anything not modelled is kept in `additional_properties`, so
    `from_dict(data).to_dict() == data`.
    """

    amount: int | Unset = UNSET
    description: str | Unset = UNSET
    discountable: bool | Unset = UNSET
    discounts: (
        list[PostInvoicesInvoiceLinesLineItemIdBodyDiscountsType0Item]
        | PostInvoicesInvoiceLinesLineItemIdBodyDiscountsType1
        | Unset
    ) = UNSET
    expand: list[str] | Unset = UNSET
    metadata: (
        PostInvoicesInvoiceLinesLineItemIdBodyMetadataType0
        | PostInvoicesInvoiceLinesLineItemIdBodyMetadataType1
        | Unset
    ) = UNSET
    period: PostInvoicesInvoiceLinesLineItemIdBodyPeriod | Unset = UNSET
    price_data: PostInvoicesInvoiceLinesLineItemIdBodyPriceData | Unset = UNSET
    pricing: PostInvoicesInvoiceLinesLineItemIdBodyPricing | Unset = UNSET
    quantity: int | Unset = UNSET
    quantity_decimal: str | Unset = UNSET
    tax_amounts: (
        list[PostInvoicesInvoiceLinesLineItemIdBodyTaxAmountsType0Item]
        | PostInvoicesInvoiceLinesLineItemIdBodyTaxAmountsType1
        | Unset
    ) = UNSET
    tax_rates: list[str] | PostInvoicesInvoiceLinesLineItemIdBodyTaxRatesType1 | Unset = UNSET
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
        v_tax_amounts = self.tax_amounts
        if not isinstance(v_tax_amounts, Unset):
            data["tax_amounts"] = (
                [item0.to_dict() for item0 in v_tax_amounts]
                if isinstance(v_tax_amounts, list)
                else v_tax_amounts
            )
        v_tax_rates = self.tax_rates
        if not isinstance(v_tax_rates, Unset):
            data["tax_rates"] = v_tax_rates
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PostInvoicesInvoiceLinesLineItemIdBody:
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
                        PostInvoicesInvoiceLinesLineItemIdBodyDiscountsType0Item.from_dict(item0)
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
                v_period = PostInvoicesInvoiceLinesLineItemIdBodyPeriod.from_dict(v_period)
            else:
                d["period"] = v_period
                v_period = UNSET
        v_price_data = d.pop("price_data", UNSET)
        if v_price_data is not UNSET:
            if type(v_price_data) is dict:
                v_price_data = PostInvoicesInvoiceLinesLineItemIdBodyPriceData.from_dict(
                    v_price_data
                )
            else:
                d["price_data"] = v_price_data
                v_price_data = UNSET
        v_pricing = d.pop("pricing", UNSET)
        if v_pricing is not UNSET:
            if type(v_pricing) is dict:
                v_pricing = PostInvoicesInvoiceLinesLineItemIdBodyPricing.from_dict(v_pricing)
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
        v_tax_amounts = d.pop("tax_amounts", UNSET)
        if v_tax_amounts is not UNSET:
            if (
                type(v_tax_amounts) is list and all(type(item0) is dict for item0 in v_tax_amounts)
            ) or (v_tax_amounts == ""):
                v_tax_amounts = (
                    [
                        PostInvoicesInvoiceLinesLineItemIdBodyTaxAmountsType0Item.from_dict(item0)
                        for item0 in v_tax_amounts
                    ]
                    if type(v_tax_amounts) is list
                    and all(type(item0) is dict for item0 in v_tax_amounts)
                    else v_tax_amounts
                )
            else:
                d["tax_amounts"] = v_tax_amounts
                v_tax_amounts = UNSET
        v_tax_rates = d.pop("tax_rates", UNSET)
        if v_tax_rates is not UNSET and not (
            (type(v_tax_rates) is list and all(type(item0) is str for item0 in v_tax_rates))
            or (v_tax_rates == "")
        ):
            d["tax_rates"] = v_tax_rates
            v_tax_rates = UNSET
        obj = cls(
            amount=v_amount,
            description=v_description,
            discountable=v_discountable,
            discounts=v_discounts,
            expand=v_expand,
            metadata=v_metadata,
            period=v_period,
            price_data=v_price_data,
            pricing=v_pricing,
            quantity=v_quantity,
            quantity_decimal=v_quantity_decimal,
            tax_amounts=v_tax_amounts,
            tax_rates=v_tax_rates,
        )
        obj.additional_properties = d
        return obj

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


class PostInvoicesInvoiceLinesLineItemIdBodyParams(TypedDict, total=False):
    """PostInvoicesInvoiceLinesLineItemIdBody as plain data, for request parameters."""

    amount: int
    description: str
    discountable: bool
    discounts: (
        list[
            PostInvoicesInvoiceLinesLineItemIdBodyDiscountsType0ItemParams
            | PostInvoicesInvoiceLinesLineItemIdBodyDiscountsType0Item
        ]
        | PostInvoicesInvoiceLinesLineItemIdBodyDiscountsType1
    )
    expand: list[str]
    metadata: Mapping[str, str] | PostInvoicesInvoiceLinesLineItemIdBodyMetadataType1
    period: (
        PostInvoicesInvoiceLinesLineItemIdBodyPeriodParams
        | PostInvoicesInvoiceLinesLineItemIdBodyPeriod
    )
    price_data: (
        PostInvoicesInvoiceLinesLineItemIdBodyPriceDataParams
        | PostInvoicesInvoiceLinesLineItemIdBodyPriceData
    )
    pricing: (
        PostInvoicesInvoiceLinesLineItemIdBodyPricingParams
        | PostInvoicesInvoiceLinesLineItemIdBodyPricing
    )
    quantity: int
    quantity_decimal: str
    tax_amounts: (
        list[
            PostInvoicesInvoiceLinesLineItemIdBodyTaxAmountsType0ItemParams
            | PostInvoicesInvoiceLinesLineItemIdBodyTaxAmountsType0Item
        ]
        | PostInvoicesInvoiceLinesLineItemIdBodyTaxAmountsType1
    )
    tax_rates: list[str] | PostInvoicesInvoiceLinesLineItemIdBodyTaxRatesType1


# Imported last: models refer to each other in cycles, and are only needed at call time.
from ..models.post_invoices_invoice_lines_line_item_id_body_discounts_type_0_item import (
    PostInvoicesInvoiceLinesLineItemIdBodyDiscountsType0Item,  # noqa: E402
)
from ..models.post_invoices_invoice_lines_line_item_id_body_metadata_type_0 import (
    PostInvoicesInvoiceLinesLineItemIdBodyMetadataType0,  # noqa: E402
)
from ..models.post_invoices_invoice_lines_line_item_id_body_period import (
    PostInvoicesInvoiceLinesLineItemIdBodyPeriod,  # noqa: E402
)
from ..models.post_invoices_invoice_lines_line_item_id_body_price_data import (
    PostInvoicesInvoiceLinesLineItemIdBodyPriceData,  # noqa: E402
)
from ..models.post_invoices_invoice_lines_line_item_id_body_pricing import (
    PostInvoicesInvoiceLinesLineItemIdBodyPricing,  # noqa: E402
)
from ..models.post_invoices_invoice_lines_line_item_id_body_tax_amounts_type_0_item import (
    PostInvoicesInvoiceLinesLineItemIdBodyTaxAmountsType0Item,  # noqa: E402
)
