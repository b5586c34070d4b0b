from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..models.post_invoices_invoice_update_lines_body_lines_item_discounts_type_1 import (
    PostInvoicesInvoiceUpdateLinesBodyLinesItemDiscountsType1,
)
from ..models.post_invoices_invoice_update_lines_body_lines_item_metadata_type_1 import (
    PostInvoicesInvoiceUpdateLinesBodyLinesItemMetadataType1,
)
from ..models.post_invoices_invoice_update_lines_body_lines_item_tax_amounts_type_1 import (
    PostInvoicesInvoiceUpdateLinesBodyLinesItemTaxAmountsType1,
)
from ..models.post_invoices_invoice_update_lines_body_lines_item_tax_rates_type_1 import (
    PostInvoicesInvoiceUpdateLinesBodyLinesItemTaxRatesType1,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from typing_extensions import Required

    from ..models.post_invoices_invoice_update_lines_body_lines_item_discounts_type_0_item import (
        PostInvoicesInvoiceUpdateLinesBodyLinesItemDiscountsType0Item,
        PostInvoicesInvoiceUpdateLinesBodyLinesItemDiscountsType0ItemParams,
    )
    from ..models.post_invoices_invoice_update_lines_body_lines_item_metadata_type_0 import (
        PostInvoicesInvoiceUpdateLinesBodyLinesItemMetadataType0,
    )
    from ..models.post_invoices_invoice_update_lines_body_lines_item_period import (
        PostInvoicesInvoiceUpdateLinesBodyLinesItemPeriod,
        PostInvoicesInvoiceUpdateLinesBodyLinesItemPeriodParams,
    )
    from ..models.post_invoices_invoice_update_lines_body_lines_item_price_data import (
        PostInvoicesInvoiceUpdateLinesBodyLinesItemPriceData,
        PostInvoicesInvoiceUpdateLinesBodyLinesItemPriceDataParams,
    )
    from ..models.post_invoices_invoice_update_lines_body_lines_item_pricing import (
        PostInvoicesInvoiceUpdateLinesBodyLinesItemPricing,
        PostInvoicesInvoiceUpdateLinesBodyLinesItemPricingParams,
    )
    from ..models.post_invoices_invoice_update_lines_body_lines_item_tax_amounts_type_0_item import (
        PostInvoicesInvoiceUpdateLinesBodyLinesItemTaxAmountsType0Item,
        PostInvoicesInvoiceUpdateLinesBodyLinesItemTaxAmountsType0ItemParams,
    )


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PostInvoicesInvoiceUpdateLinesBodyLinesItem(Model):
    """PostInvoicesInvoiceUpdateLinesBodyLinesItem

    Parsing is tolerant: anything not modelled, and any value of another type than its field
    declares, is kept in `additional_properties`, so `from_dict(data).to_dict() == data`.
    Reading a field that the data lacks, or held with another type, raises
    `FieldNotAvailableError` (an AttributeError); optional fields read as `UNSET` when absent.
    """

    id: str
    amount: int | Unset = UNSET
    description: str | Unset = UNSET
    discountable: bool | Unset = UNSET
    discounts: (
        list[PostInvoicesInvoiceUpdateLinesBodyLinesItemDiscountsType0Item]
        | PostInvoicesInvoiceUpdateLinesBodyLinesItemDiscountsType1
        | Unset
    ) = UNSET
    metadata: (
        PostInvoicesInvoiceUpdateLinesBodyLinesItemMetadataType0
        | PostInvoicesInvoiceUpdateLinesBodyLinesItemMetadataType1
        | Unset
    ) = UNSET
    period: PostInvoicesInvoiceUpdateLinesBodyLinesItemPeriod | Unset = UNSET
    price_data: PostInvoicesInvoiceUpdateLinesBodyLinesItemPriceData | Unset = UNSET
    pricing: PostInvoicesInvoiceUpdateLinesBodyLinesItemPricing | Unset = UNSET
    quantity: int | Unset = UNSET
    quantity_decimal: str | Unset = UNSET
    tax_amounts: (
        list[PostInvoicesInvoiceUpdateLinesBodyLinesItemTaxAmountsType0Item]
        | PostInvoicesInvoiceUpdateLinesBodyLinesItemTaxAmountsType1
        | Unset
    ) = UNSET
    tax_rates: list[str] | PostInvoicesInvoiceUpdateLinesBodyLinesItemTaxRatesType1 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("id", "id", "str"),
        ("amount", "amount", "int"),
        ("description", "description", "str"),
        ("discountable", "discountable", "bool"),
        (
            "discounts",
            "discounts",
            "list[PostInvoicesInvoiceUpdateLinesBodyLinesItemDiscountsType0Item] | PostInvoicesInvoiceUpdateLinesBodyLinesItemDiscountsType1",
        ),
        (
            "metadata",
            "metadata",
            "PostInvoicesInvoiceUpdateLinesBodyLinesItemMetadataType0 | PostInvoicesInvoiceUpdateLinesBodyLinesItemMetadataType1",
        ),
        ("period", "period", "PostInvoicesInvoiceUpdateLinesBodyLinesItemPeriod"),
        ("price_data", "price_data", "PostInvoicesInvoiceUpdateLinesBodyLinesItemPriceData"),
        ("pricing", "pricing", "PostInvoicesInvoiceUpdateLinesBodyLinesItemPricing"),
        ("quantity", "quantity", "int"),
        ("quantity_decimal", "quantity_decimal", "str"),
        (
            "tax_amounts",
            "tax_amounts",
            "list[PostInvoicesInvoiceUpdateLinesBodyLinesItemTaxAmountsType0Item] | PostInvoicesInvoiceUpdateLinesBodyLinesItemTaxAmountsType1",
        ),
        (
            "tax_rates",
            "tax_rates",
            "list[str] | PostInvoicesInvoiceUpdateLinesBodyLinesItemTaxRatesType1",
        ),
    )

    def to_dict(self) -> dict[str, Any]:
        # An unfilled field raises AttributeError; what was received for it, if anything, is
        # already in additional_properties.
        data: dict[str, Any] = dict(self.additional_properties)
        try:
            v_id = self.id
        except AttributeError:
            pass
        else:
            data["id"] = v_id
        try:
            v_amount = self.amount
        except AttributeError:
            pass
        else:
            if not isinstance(v_amount, Unset):
                data["amount"] = v_amount
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
            v_tax_amounts = self.tax_amounts
        except AttributeError:
            pass
        else:
            if not isinstance(v_tax_amounts, Unset):
                data["tax_amounts"] = (
                    [item0.to_dict() for item0 in v_tax_amounts]
                    if isinstance(v_tax_amounts, list)
                    else v_tax_amounts
                )
        try:
            v_tax_rates = self.tax_rates
        except AttributeError:
            pass
        else:
            if not isinstance(v_tax_rates, Unset):
                data["tax_rates"] = v_tax_rates
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PostInvoicesInvoiceUpdateLinesBodyLinesItem:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal; the checks below are what makes each stored value fit its field.
        # A value that does not fit stays in `d` (the additional properties), its field unfilled.
        fill: Any = obj
        v_id = d.pop("id", UNSET)
        if v_id is not UNSET:
            if type(v_id) is str:
                fill.id = v_id
            else:
                d["id"] = v_id
        v_amount = d.pop("amount", UNSET)
        if v_amount is UNSET:
            fill.amount = UNSET
        elif type(v_amount) is int:
            fill.amount = v_amount
        else:
            d["amount"] = v_amount
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
                [
                    PostInvoicesInvoiceUpdateLinesBodyLinesItemDiscountsType0Item.from_dict(item0)
                    for item0 in v_discounts
                ]
                if type(v_discounts) is list and all(type(item0) is dict for item0 in v_discounts)
                else v_discounts
            )
        else:
            d["discounts"] = v_discounts
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
            fill.period = PostInvoicesInvoiceUpdateLinesBodyLinesItemPeriod.from_dict(v_period)
        else:
            d["period"] = v_period
        v_price_data = d.pop("price_data", UNSET)
        if v_price_data is UNSET:
            fill.price_data = UNSET
        elif type(v_price_data) is dict:
            fill.price_data = PostInvoicesInvoiceUpdateLinesBodyLinesItemPriceData.from_dict(
                v_price_data
            )
        else:
            d["price_data"] = v_price_data
        v_pricing = d.pop("pricing", UNSET)
        if v_pricing is UNSET:
            fill.pricing = UNSET
        elif type(v_pricing) is dict:
            fill.pricing = PostInvoicesInvoiceUpdateLinesBodyLinesItemPricing.from_dict(v_pricing)
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
        v_tax_amounts = d.pop("tax_amounts", UNSET)
        if v_tax_amounts is UNSET:
            fill.tax_amounts = UNSET
        elif (
            type(v_tax_amounts) is list and all(type(item0) is dict for item0 in v_tax_amounts)
        ) or (v_tax_amounts == ""):
            fill.tax_amounts = (
                [
                    PostInvoicesInvoiceUpdateLinesBodyLinesItemTaxAmountsType0Item.from_dict(item0)
                    for item0 in v_tax_amounts
                ]
                if type(v_tax_amounts) is list
                and all(type(item0) is dict for item0 in v_tax_amounts)
                else v_tax_amounts
            )
        else:
            d["tax_amounts"] = v_tax_amounts
        v_tax_rates = d.pop("tax_rates", UNSET)
        if v_tax_rates is UNSET:
            fill.tax_rates = UNSET
        elif (type(v_tax_rates) is list and all(type(item0) is str for item0 in v_tax_rates)) or (
            v_tax_rates == ""
        ):
            fill.tax_rates = v_tax_rates
        else:
            d["tax_rates"] = v_tax_rates
        fill.additional_properties = d
        return obj


class PostInvoicesInvoiceUpdateLinesBodyLinesItemParams(TypedDict, total=False):
    """PostInvoicesInvoiceUpdateLinesBodyLinesItem as plain data, for request parameters."""

    id: Required[str]
    amount: int
    description: str
    discountable: bool
    discounts: (
        list[
            PostInvoicesInvoiceUpdateLinesBodyLinesItemDiscountsType0ItemParams
            | PostInvoicesInvoiceUpdateLinesBodyLinesItemDiscountsType0Item
        ]
        | PostInvoicesInvoiceUpdateLinesBodyLinesItemDiscountsType1
    )
    metadata: Mapping[str, str] | PostInvoicesInvoiceUpdateLinesBodyLinesItemMetadataType1
    period: (
        PostInvoicesInvoiceUpdateLinesBodyLinesItemPeriodParams
        | PostInvoicesInvoiceUpdateLinesBodyLinesItemPeriod
    )
    price_data: (
        PostInvoicesInvoiceUpdateLinesBodyLinesItemPriceDataParams
        | PostInvoicesInvoiceUpdateLinesBodyLinesItemPriceData
    )
    pricing: (
        PostInvoicesInvoiceUpdateLinesBodyLinesItemPricingParams
        | PostInvoicesInvoiceUpdateLinesBodyLinesItemPricing
    )
    quantity: int
    quantity_decimal: str
    tax_amounts: (
        list[
            PostInvoicesInvoiceUpdateLinesBodyLinesItemTaxAmountsType0ItemParams
            | PostInvoicesInvoiceUpdateLinesBodyLinesItemTaxAmountsType0Item
        ]
        | PostInvoicesInvoiceUpdateLinesBodyLinesItemTaxAmountsType1
    )
    tax_rates: list[str] | PostInvoicesInvoiceUpdateLinesBodyLinesItemTaxRatesType1


# Imported last: models refer to each other in cycles, and are only needed at call time.
from ..models.post_invoices_invoice_update_lines_body_lines_item_discounts_type_0_item import (
    PostInvoicesInvoiceUpdateLinesBodyLinesItemDiscountsType0Item,  # noqa: E402
)
from ..models.post_invoices_invoice_update_lines_body_lines_item_metadata_type_0 import (
    PostInvoicesInvoiceUpdateLinesBodyLinesItemMetadataType0,  # noqa: E402
)
from ..models.post_invoices_invoice_update_lines_body_lines_item_period import (
    PostInvoicesInvoiceUpdateLinesBodyLinesItemPeriod,  # noqa: E402
)
from ..models.post_invoices_invoice_update_lines_body_lines_item_price_data import (
    PostInvoicesInvoiceUpdateLinesBodyLinesItemPriceData,  # noqa: E402
)
from ..models.post_invoices_invoice_update_lines_body_lines_item_pricing import (
    PostInvoicesInvoiceUpdateLinesBodyLinesItemPricing,  # noqa: E402
)
from ..models.post_invoices_invoice_update_lines_body_lines_item_tax_amounts_type_0_item import (
    PostInvoicesInvoiceUpdateLinesBodyLinesItemTaxAmountsType0Item,  # noqa: E402
)
