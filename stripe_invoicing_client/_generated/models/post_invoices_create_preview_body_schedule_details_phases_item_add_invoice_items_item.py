from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..models.post_invoices_create_preview_body_schedule_details_phases_item_add_invoice_items_item_tax_rates_type_1 import (
    PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemAddInvoiceItemsItemTaxRatesType1,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.post_invoices_create_preview_body_schedule_details_phases_item_add_invoice_items_item_discounts_item import (
        PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemAddInvoiceItemsItemDiscountsItem,
        PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemAddInvoiceItemsItemDiscountsItemParams,
    )
    from ..models.post_invoices_create_preview_body_schedule_details_phases_item_add_invoice_items_item_metadata import (
        PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemAddInvoiceItemsItemMetadata,
    )
    from ..models.post_invoices_create_preview_body_schedule_details_phases_item_add_invoice_items_item_period import (
        PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemAddInvoiceItemsItemPeriod,
        PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemAddInvoiceItemsItemPeriodParams,
    )
    from ..models.post_invoices_create_preview_body_schedule_details_phases_item_add_invoice_items_item_price_data import (
        PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemAddInvoiceItemsItemPriceData,
        PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemAddInvoiceItemsItemPriceDataParams,
    )


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemAddInvoiceItemsItem(Model):
    """PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemAddInvoiceItemsItem

    Parsing is tolerant: anything not modelled, and any value of another type than its field
    declares, is kept in `additional_properties`, so `from_dict(data).to_dict() == data`.
    Reading a field that the data lacks, or held with another type, raises
    `FieldNotAvailableError` (an AttributeError); optional fields read as `UNSET` when absent.
    """

    discountable: bool | Unset = UNSET
    discounts: (
        list[PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemAddInvoiceItemsItemDiscountsItem]
        | Unset
    ) = UNSET
    metadata: (
        PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemAddInvoiceItemsItemMetadata | Unset
    ) = UNSET
    period: (
        PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemAddInvoiceItemsItemPeriod | Unset
    ) = UNSET
    price: str | Unset = UNSET
    price_data: (
        PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemAddInvoiceItemsItemPriceData | Unset
    ) = UNSET
    quantity: int | Unset = UNSET
    tax_rates: (
        list[str]
        | PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemAddInvoiceItemsItemTaxRatesType1
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("discountable", "discountable", "bool"),
        (
            "discounts",
            "discounts",
            "list[PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemAddInvoiceItemsItemDiscountsItem]",
        ),
        (
            "metadata",
            "metadata",
            "PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemAddInvoiceItemsItemMetadata",
        ),
        (
            "period",
            "period",
            "PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemAddInvoiceItemsItemPeriod",
        ),
        ("price", "price", "str"),
        (
            "price_data",
            "price_data",
            "PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemAddInvoiceItemsItemPriceData",
        ),
        ("quantity", "quantity", "int"),
        (
            "tax_rates",
            "tax_rates",
            "list[str] | PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemAddInvoiceItemsItemTaxRatesType1",
        ),
    )

    def to_dict(self) -> dict[str, Any]:
        # An unfilled field raises AttributeError; what was received for it, if anything, is
        # already in additional_properties.
        data: dict[str, Any] = dict(self.additional_properties)
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
                data["discounts"] = [item0.to_dict() for item0 in v_discounts]
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
            v_tax_rates = self.tax_rates
        except AttributeError:
            pass
        else:
            if not isinstance(v_tax_rates, Unset):
                data["tax_rates"] = v_tax_rates
        return data

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemAddInvoiceItemsItem:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal; the checks below are what makes each stored value fit its field.
        # A value that does not fit stays in `d` (the additional properties), its field unfilled.
        fill: Any = obj
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
        elif type(v_discounts) is list and all(type(item0) is dict for item0 in v_discounts):
            fill.discounts = [
                PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemAddInvoiceItemsItemDiscountsItem.from_dict(
                    item0
                )
                for item0 in v_discounts
            ]
        else:
            d["discounts"] = v_discounts
        v_metadata = d.pop("metadata", UNSET)
        if v_metadata is UNSET:
            fill.metadata = UNSET
        elif type(v_metadata) is dict and all(type(item0) is str for item0 in v_metadata.values()):
            fill.metadata = v_metadata
        else:
            d["metadata"] = v_metadata
        v_period = d.pop("period", UNSET)
        if v_period is UNSET:
            fill.period = UNSET
        elif type(v_period) is dict:
            fill.period = PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemAddInvoiceItemsItemPeriod.from_dict(
                v_period
            )
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
            fill.price_data = PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemAddInvoiceItemsItemPriceData.from_dict(
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


class PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemAddInvoiceItemsItemParams(
    TypedDict, total=False
):
    """PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemAddInvoiceItemsItem as plain data, for request parameters."""

    discountable: bool
    discounts: list[
        PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemAddInvoiceItemsItemDiscountsItemParams
        | PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemAddInvoiceItemsItemDiscountsItem
    ]
    metadata: Mapping[str, str]
    period: (
        PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemAddInvoiceItemsItemPeriodParams
        | PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemAddInvoiceItemsItemPeriod
    )
    price: str
    price_data: (
        PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemAddInvoiceItemsItemPriceDataParams
        | PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemAddInvoiceItemsItemPriceData
    )
    quantity: int
    tax_rates: (
        list[str]
        | PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemAddInvoiceItemsItemTaxRatesType1
    )


# Imported last: models refer to each other in cycles, and are only needed at call time.
from ..models.post_invoices_create_preview_body_schedule_details_phases_item_add_invoice_items_item_discounts_item import (
    PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemAddInvoiceItemsItemDiscountsItem,  # noqa: E402
)
from ..models.post_invoices_create_preview_body_schedule_details_phases_item_add_invoice_items_item_metadata import (
    PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemAddInvoiceItemsItemMetadata,  # noqa: E402
)
from ..models.post_invoices_create_preview_body_schedule_details_phases_item_add_invoice_items_item_period import (
    PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemAddInvoiceItemsItemPeriod,  # noqa: E402
)
from ..models.post_invoices_create_preview_body_schedule_details_phases_item_add_invoice_items_item_price_data import (
    PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemAddInvoiceItemsItemPriceData,  # noqa: E402
)
