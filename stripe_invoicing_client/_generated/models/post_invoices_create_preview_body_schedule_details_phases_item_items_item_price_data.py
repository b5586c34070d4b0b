from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.post_invoices_create_preview_body_schedule_details_phases_item_items_item_price_data_tax_behavior import (
    PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemItemsItemPriceDataTaxBehavior,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from typing_extensions import Required

    from ..models.post_invoices_create_preview_body_schedule_details_phases_item_items_item_price_data_recurring import (
        PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemItemsItemPriceDataRecurring,
        PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemItemsItemPriceDataRecurringParams,
    )


@_attrs_define
class PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemItemsItemPriceData:
    """PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemItemsItemPriceData

    Parsing is tolerant: a field missing from the data, or of another type than described,
    reads as `UNSET`, and anything not modelled is kept in `additional_properties`, so
    `from_dict(data).to_dict() == data`.
    """

    currency: str
    product: str
    recurring: PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemItemsItemPriceDataRecurring
    tax_behavior: (
        PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemItemsItemPriceDataTaxBehavior | Unset
    ) = UNSET
    unit_amount: int | Unset = UNSET
    unit_amount_decimal: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = dict(self.additional_properties)
        v_currency = self.currency
        if not isinstance(v_currency, Unset):
            data["currency"] = v_currency
        v_product = self.product
        if not isinstance(v_product, Unset):
            data["product"] = v_product
        v_recurring = self.recurring
        if not isinstance(v_recurring, Unset):
            data["recurring"] = v_recurring.to_dict()
        v_tax_behavior = self.tax_behavior
        if not isinstance(v_tax_behavior, Unset):
            data["tax_behavior"] = v_tax_behavior
        v_unit_amount = self.unit_amount
        if not isinstance(v_unit_amount, Unset):
            data["unit_amount"] = v_unit_amount
        v_unit_amount_decimal = self.unit_amount_decimal
        if not isinstance(v_unit_amount_decimal, Unset):
            data["unit_amount_decimal"] = v_unit_amount_decimal
        return data

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemItemsItemPriceData:
        d = dict(src_dict)
        v_currency = d.pop("currency", UNSET)
        if v_currency is not UNSET and not (type(v_currency) is str):
            d["currency"] = v_currency
            v_currency = UNSET
        v_product = d.pop("product", UNSET)
        if v_product is not UNSET and not (type(v_product) is str):
            d["product"] = v_product
            v_product = UNSET
        v_recurring = d.pop("recurring", UNSET)
        if v_recurring is not UNSET:
            if type(v_recurring) is dict:
                v_recurring = PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemItemsItemPriceDataRecurring.from_dict(
                    v_recurring
                )
            else:
                d["recurring"] = v_recurring
                v_recurring = UNSET
        v_tax_behavior = d.pop("tax_behavior", UNSET)
        if v_tax_behavior is not UNSET and not (type(v_tax_behavior) is str):
            d["tax_behavior"] = v_tax_behavior
            v_tax_behavior = UNSET
        v_unit_amount = d.pop("unit_amount", UNSET)
        if v_unit_amount is not UNSET and not (type(v_unit_amount) is int):
            d["unit_amount"] = v_unit_amount
            v_unit_amount = UNSET
        v_unit_amount_decimal = d.pop("unit_amount_decimal", UNSET)
        if v_unit_amount_decimal is not UNSET and not (type(v_unit_amount_decimal) is str):
            d["unit_amount_decimal"] = v_unit_amount_decimal
            v_unit_amount_decimal = UNSET
        obj = cls(
            currency=v_currency,
            product=v_product,
            recurring=v_recurring,
            tax_behavior=v_tax_behavior,
            unit_amount=v_unit_amount,
            unit_amount_decimal=v_unit_amount_decimal,
        )
        obj.additional_properties = d
        return obj

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


class PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemItemsItemPriceDataParams(
    TypedDict, total=False
):
    """PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemItemsItemPriceData as plain data, for request parameters."""

    currency: Required[str]
    product: Required[str]
    recurring: Required[
        PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemItemsItemPriceDataRecurringParams
        | PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemItemsItemPriceDataRecurring
    ]
    tax_behavior: (
        PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemItemsItemPriceDataTaxBehavior
    )
    unit_amount: int
    unit_amount_decimal: str


# Imported last: models refer to each other in cycles, and are only needed at call time.
from ..models.post_invoices_create_preview_body_schedule_details_phases_item_items_item_price_data_recurring import (
    PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemItemsItemPriceDataRecurring,  # noqa: E402
)
