from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..models.post_invoices_create_preview_body_invoice_items_item_discounts_type_1 import (
    PostInvoicesCreatePreviewBodyInvoiceItemsItemDiscountsType1,
)
from ..models.post_invoices_create_preview_body_invoice_items_item_metadata_type_1 import (
    PostInvoicesCreatePreviewBodyInvoiceItemsItemMetadataType1,
)
from ..models.post_invoices_create_preview_body_invoice_items_item_tax_behavior import (
    PostInvoicesCreatePreviewBodyInvoiceItemsItemTaxBehavior,
)
from ..models.post_invoices_create_preview_body_invoice_items_item_tax_code_type_1 import (
    PostInvoicesCreatePreviewBodyInvoiceItemsItemTaxCodeType1,
)
from ..models.post_invoices_create_preview_body_invoice_items_item_tax_rates_type_1 import (
    PostInvoicesCreatePreviewBodyInvoiceItemsItemTaxRatesType1,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.post_invoices_create_preview_body_invoice_items_item_discounts_type_0_item import (
        PostInvoicesCreatePreviewBodyInvoiceItemsItemDiscountsType0Item,
        PostInvoicesCreatePreviewBodyInvoiceItemsItemDiscountsType0ItemParams,
    )
    from ..models.post_invoices_create_preview_body_invoice_items_item_metadata_type_0 import (
        PostInvoicesCreatePreviewBodyInvoiceItemsItemMetadataType0,
    )
    from ..models.post_invoices_create_preview_body_invoice_items_item_period import (
        PostInvoicesCreatePreviewBodyInvoiceItemsItemPeriod,
        PostInvoicesCreatePreviewBodyInvoiceItemsItemPeriodParams,
    )
    from ..models.post_invoices_create_preview_body_invoice_items_item_price_data import (
        PostInvoicesCreatePreviewBodyInvoiceItemsItemPriceData,
        PostInvoicesCreatePreviewBodyInvoiceItemsItemPriceDataParams,
    )


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PostInvoicesCreatePreviewBodyInvoiceItemsItem(Model):
    """PostInvoicesCreatePreviewBodyInvoiceItemsItem

    Parsing is tolerant: anything not modelled, and any value of another type than its field
    declares, is kept in `additional_properties`, so `from_dict(data).to_dict() == data`.
    Reading a field that the data lacks, or held with another type, raises
    `FieldNotAvailableError` (an AttributeError); optional fields read as `UNSET` when absent.
    """

    amount: int | Unset = UNSET
    currency: str | Unset = UNSET
    description: str | Unset = UNSET
    discountable: bool | Unset = UNSET
    discounts: (
        list[PostInvoicesCreatePreviewBodyInvoiceItemsItemDiscountsType0Item]
        | PostInvoicesCreatePreviewBodyInvoiceItemsItemDiscountsType1
        | Unset
    ) = UNSET
    invoiceitem: str | Unset = UNSET
    metadata: (
        PostInvoicesCreatePreviewBodyInvoiceItemsItemMetadataType0
        | PostInvoicesCreatePreviewBodyInvoiceItemsItemMetadataType1
        | Unset
    ) = UNSET
    period: PostInvoicesCreatePreviewBodyInvoiceItemsItemPeriod | Unset = UNSET
    price: str | Unset = UNSET
    price_data: PostInvoicesCreatePreviewBodyInvoiceItemsItemPriceData | Unset = UNSET
    quantity: int | Unset = UNSET
    quantity_decimal: str | Unset = UNSET
    tax_behavior: PostInvoicesCreatePreviewBodyInvoiceItemsItemTaxBehavior | Unset = UNSET
    tax_code: PostInvoicesCreatePreviewBodyInvoiceItemsItemTaxCodeType1 | str | Unset = UNSET
    tax_rates: list[str] | PostInvoicesCreatePreviewBodyInvoiceItemsItemTaxRatesType1 | Unset = (
        UNSET
    )
    unit_amount: int | Unset = UNSET
    unit_amount_decimal: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("amount", "amount", "int"),
        ("currency", "currency", "str"),
        ("description", "description", "str"),
        ("discountable", "discountable", "bool"),
        (
            "discounts",
            "discounts",
            "list[PostInvoicesCreatePreviewBodyInvoiceItemsItemDiscountsType0Item] | PostInvoicesCreatePreviewBodyInvoiceItemsItemDiscountsType1",
        ),
        ("invoiceitem", "invoiceitem", "str"),
        (
            "metadata",
            "metadata",
            "PostInvoicesCreatePreviewBodyInvoiceItemsItemMetadataType0 | PostInvoicesCreatePreviewBodyInvoiceItemsItemMetadataType1",
        ),
        ("period", "period", "PostInvoicesCreatePreviewBodyInvoiceItemsItemPeriod"),
        ("price", "price", "str"),
        ("price_data", "price_data", "PostInvoicesCreatePreviewBodyInvoiceItemsItemPriceData"),
        ("quantity", "quantity", "int"),
        ("quantity_decimal", "quantity_decimal", "str"),
        (
            "tax_behavior",
            "tax_behavior",
            "PostInvoicesCreatePreviewBodyInvoiceItemsItemTaxBehavior",
        ),
        ("tax_code", "tax_code", "PostInvoicesCreatePreviewBodyInvoiceItemsItemTaxCodeType1 | str"),
        (
            "tax_rates",
            "tax_rates",
            "list[str] | PostInvoicesCreatePreviewBodyInvoiceItemsItemTaxRatesType1",
        ),
        ("unit_amount", "unit_amount", "int"),
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
            v_invoiceitem = self.invoiceitem
        except AttributeError:
            pass
        else:
            if not isinstance(v_invoiceitem, Unset):
                data["invoiceitem"] = v_invoiceitem
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
            v_price = self.price
        except AttributeError:
            pass
        else:
            if not isinstance(v_price, Unset):
                data["price"] = v_price
        try:
            v_price_data = self.price_data
        except AttributeError:
            pass
        else:
            if not isinstance(v_price_data, Unset):
                data["price_data"] = v_price_data.to_dict()
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
            v_unit_amount = self.unit_amount
        except AttributeError:
            pass
        else:
            if not isinstance(v_unit_amount, Unset):
                data["unit_amount"] = v_unit_amount
        try:
            v_unit_amount_decimal = self.unit_amount_decimal
        except AttributeError:
            pass
        else:
            if not isinstance(v_unit_amount_decimal, Unset):
                data["unit_amount_decimal"] = v_unit_amount_decimal
        return data

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> PostInvoicesCreatePreviewBodyInvoiceItemsItem:
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
                    PostInvoicesCreatePreviewBodyInvoiceItemsItemDiscountsType0Item.from_dict(item0)
                    for item0 in v_discounts
                ]
                if type(v_discounts) is list and all(type(item0) is dict for item0 in v_discounts)
                else v_discounts
            )
        else:
            d["discounts"] = v_discounts
        v_invoiceitem = d.pop("invoiceitem", UNSET)
        if v_invoiceitem is UNSET:
            fill.invoiceitem = UNSET
        elif type(v_invoiceitem) is str:
            fill.invoiceitem = v_invoiceitem
        else:
            d["invoiceitem"] = v_invoiceitem
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
            fill.period = PostInvoicesCreatePreviewBodyInvoiceItemsItemPeriod.from_dict(v_period)
        else:
            d["period"] = v_period
        v_price = d.pop("price", UNSET)
        if v_price is UNSET:
            fill.price = UNSET
        elif type(v_price) is str:
            fill.price = v_price
        else:
            d["price"] = v_price
        v_price_data = d.pop("price_data", UNSET)
        if v_price_data is UNSET:
            fill.price_data = UNSET
        elif type(v_price_data) is dict:
            fill.price_data = PostInvoicesCreatePreviewBodyInvoiceItemsItemPriceData.from_dict(
                v_price_data
            )
        else:
            d["price_data"] = v_price_data
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
        elif (type(v_tax_rates) is list and all(type(item0) is str for item0 in v_tax_rates)) or (
            v_tax_rates == ""
        ):
            fill.tax_rates = v_tax_rates
        else:
            d["tax_rates"] = v_tax_rates
        v_unit_amount = d.pop("unit_amount", UNSET)
        if v_unit_amount is UNSET:
            fill.unit_amount = UNSET
        elif type(v_unit_amount) is int:
            fill.unit_amount = v_unit_amount
        else:
            d["unit_amount"] = v_unit_amount
        v_unit_amount_decimal = d.pop("unit_amount_decimal", UNSET)
        if v_unit_amount_decimal is UNSET:
            fill.unit_amount_decimal = UNSET
        elif type(v_unit_amount_decimal) is str:
            fill.unit_amount_decimal = v_unit_amount_decimal
        else:
            d["unit_amount_decimal"] = v_unit_amount_decimal
        fill.additional_properties = d
        return obj


class PostInvoicesCreatePreviewBodyInvoiceItemsItemParams(TypedDict, total=False):
    """PostInvoicesCreatePreviewBodyInvoiceItemsItem as plain data, for request parameters."""

    amount: int
    currency: str
    description: str
    discountable: bool
    discounts: (
        list[
            PostInvoicesCreatePreviewBodyInvoiceItemsItemDiscountsType0ItemParams
            | PostInvoicesCreatePreviewBodyInvoiceItemsItemDiscountsType0Item
        ]
        | PostInvoicesCreatePreviewBodyInvoiceItemsItemDiscountsType1
    )
    invoiceitem: str
    metadata: Mapping[str, str] | PostInvoicesCreatePreviewBodyInvoiceItemsItemMetadataType1
    period: (
        PostInvoicesCreatePreviewBodyInvoiceItemsItemPeriodParams
        | PostInvoicesCreatePreviewBodyInvoiceItemsItemPeriod
    )
    price: str
    price_data: (
        PostInvoicesCreatePreviewBodyInvoiceItemsItemPriceDataParams
        | PostInvoicesCreatePreviewBodyInvoiceItemsItemPriceData
    )
    quantity: int
    quantity_decimal: str
    tax_behavior: PostInvoicesCreatePreviewBodyInvoiceItemsItemTaxBehavior
    tax_code: str | PostInvoicesCreatePreviewBodyInvoiceItemsItemTaxCodeType1
    tax_rates: list[str] | PostInvoicesCreatePreviewBodyInvoiceItemsItemTaxRatesType1
    unit_amount: int
    unit_amount_decimal: str


# Imported last: models refer to each other in cycles, and are only needed at call time.
from ..models.post_invoices_create_preview_body_invoice_items_item_discounts_type_0_item import (
    PostInvoicesCreatePreviewBodyInvoiceItemsItemDiscountsType0Item,  # noqa: E402
)
from ..models.post_invoices_create_preview_body_invoice_items_item_metadata_type_0 import (
    PostInvoicesCreatePreviewBodyInvoiceItemsItemMetadataType0,  # noqa: E402
)
from ..models.post_invoices_create_preview_body_invoice_items_item_period import (
    PostInvoicesCreatePreviewBodyInvoiceItemsItemPeriod,  # noqa: E402
)
from ..models.post_invoices_create_preview_body_invoice_items_item_price_data import (
    PostInvoicesCreatePreviewBodyInvoiceItemsItemPriceData,  # noqa: E402
)
