from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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


@_attrs_define
class PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemAddInvoiceItemsItem:
    """PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemAddInvoiceItemsItem

    Parsing is tolerant: a field missing from the data, or of another type than described,
    reads as `UNSET`, and anything not modelled is kept in `additional_properties`, so
    `from_dict(data).to_dict() == data`.
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

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = dict(self.additional_properties)
        v_discountable = self.discountable
        if not isinstance(v_discountable, Unset):
            data["discountable"] = v_discountable
        v_discounts = self.discounts
        if not isinstance(v_discounts, Unset):
            data["discounts"] = [item0.to_dict() for item0 in v_discounts]
        v_metadata = self.metadata
        if not isinstance(v_metadata, Unset):
            data["metadata"] = v_metadata
        v_period = self.period
        if not isinstance(v_period, Unset):
            data["period"] = v_period.to_dict()
        v_price = self.price
        if not isinstance(v_price, Unset):
            data["price"] = v_price
        v_price_data = self.price_data
        if not isinstance(v_price_data, Unset):
            data["price_data"] = v_price_data.to_dict()
        v_quantity = self.quantity
        if not isinstance(v_quantity, Unset):
            data["quantity"] = v_quantity
        v_tax_rates = self.tax_rates
        if not isinstance(v_tax_rates, Unset):
            data["tax_rates"] = v_tax_rates
        return data

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemAddInvoiceItemsItem:
        d = dict(src_dict)
        v_discountable = d.pop("discountable", UNSET)
        if v_discountable is not UNSET and not (type(v_discountable) is bool):
            d["discountable"] = v_discountable
            v_discountable = UNSET
        v_discounts = d.pop("discounts", UNSET)
        if v_discounts is not UNSET:
            if type(v_discounts) is list and all(type(item0) is dict for item0 in v_discounts):
                v_discounts = [
                    PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemAddInvoiceItemsItemDiscountsItem.from_dict(
                        item0
                    )
                    for item0 in v_discounts
                ]
            else:
                d["discounts"] = v_discounts
                v_discounts = UNSET
        v_metadata = d.pop("metadata", UNSET)
        if v_metadata is not UNSET and not (
            type(v_metadata) is dict and all(type(item0) is str for item0 in v_metadata.values())
        ):
            d["metadata"] = v_metadata
            v_metadata = UNSET
        v_period = d.pop("period", UNSET)
        if v_period is not UNSET:
            if type(v_period) is dict:
                v_period = PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemAddInvoiceItemsItemPeriod.from_dict(
                    v_period
                )
            else:
                d["period"] = v_period
                v_period = UNSET
        v_price = d.pop("price", UNSET)
        if v_price is not UNSET and not (type(v_price) is str):
            d["price"] = v_price
            v_price = UNSET
        v_price_data = d.pop("price_data", UNSET)
        if v_price_data is not UNSET:
            if type(v_price_data) is dict:
                v_price_data = PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemAddInvoiceItemsItemPriceData.from_dict(
                    v_price_data
                )
            else:
                d["price_data"] = v_price_data
                v_price_data = UNSET
        v_quantity = d.pop("quantity", UNSET)
        if v_quantity is not UNSET and not (type(v_quantity) is int):
            d["quantity"] = v_quantity
            v_quantity = UNSET
        v_tax_rates = d.pop("tax_rates", UNSET)
        if v_tax_rates is not UNSET and not (
            (type(v_tax_rates) is list and all(type(item0) is str for item0 in v_tax_rates))
            or (v_tax_rates == "")
        ):
            d["tax_rates"] = v_tax_rates
            v_tax_rates = UNSET
        obj = cls(
            discountable=v_discountable,
            discounts=v_discounts,
            metadata=v_metadata,
            period=v_period,
            price=v_price,
            price_data=v_price_data,
            quantity=v_quantity,
            tax_rates=v_tax_rates,
        )
        obj.additional_properties = d
        return obj

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


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
