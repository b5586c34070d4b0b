from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.post_invoices_create_preview_body_schedule_details_phases_item_items_item_billing_thresholds_type_1 import (
    PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemItemsItemBillingThresholdsType1,
)
from ..models.post_invoices_create_preview_body_schedule_details_phases_item_items_item_discounts_type_1 import (
    PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemItemsItemDiscountsType1,
)
from ..models.post_invoices_create_preview_body_schedule_details_phases_item_items_item_tax_rates_type_1 import (
    PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemItemsItemTaxRatesType1,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.post_invoices_create_preview_body_schedule_details_phases_item_items_item_billing_thresholds_type_0 import (
        PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemItemsItemBillingThresholdsType0,
        PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemItemsItemBillingThresholdsType0Params,
    )
    from ..models.post_invoices_create_preview_body_schedule_details_phases_item_items_item_discounts_type_0_item import (
        PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemItemsItemDiscountsType0Item,
        PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemItemsItemDiscountsType0ItemParams,
    )
    from ..models.post_invoices_create_preview_body_schedule_details_phases_item_items_item_metadata import (
        PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemItemsItemMetadata,
    )
    from ..models.post_invoices_create_preview_body_schedule_details_phases_item_items_item_price_data import (
        PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemItemsItemPriceData,
        PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemItemsItemPriceDataParams,
    )


@_attrs_define
class PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemItemsItem:
    """PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemItemsItem

    Parsing is tolerant: a field missing from the data, or of another type than described,
    reads as `UNSET`, and anything not modelled is kept in `additional_properties`, so
    `from_dict(data).to_dict() == data`.
    """

    billing_thresholds: (
        PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemItemsItemBillingThresholdsType0
        | PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemItemsItemBillingThresholdsType1
        | Unset
    ) = UNSET
    discounts: (
        list[PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemItemsItemDiscountsType0Item]
        | PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemItemsItemDiscountsType1
        | Unset
    ) = UNSET
    metadata: PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemItemsItemMetadata | Unset = (
        UNSET
    )
    plan: str | Unset = UNSET
    price: str | Unset = UNSET
    price_data: PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemItemsItemPriceData | Unset = (
        UNSET
    )
    quantity: int | Unset = UNSET
    tax_rates: (
        list[str]
        | PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemItemsItemTaxRatesType1
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = dict(self.additional_properties)
        v_billing_thresholds = self.billing_thresholds
        if not isinstance(v_billing_thresholds, Unset):
            data["billing_thresholds"] = (
                v_billing_thresholds.to_dict()
                if isinstance(
                    v_billing_thresholds,
                    PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemItemsItemBillingThresholdsType0,
                )
                else v_billing_thresholds
            )
        v_discounts = self.discounts
        if not isinstance(v_discounts, Unset):
            data["discounts"] = (
                [item0.to_dict() for item0 in v_discounts]
                if isinstance(v_discounts, list)
                else v_discounts
            )
        v_metadata = self.metadata
        if not isinstance(v_metadata, Unset):
            data["metadata"] = v_metadata
        v_plan = self.plan
        if not isinstance(v_plan, Unset):
            data["plan"] = v_plan
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
    ) -> PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemItemsItem:
        d = dict(src_dict)
        v_billing_thresholds = d.pop("billing_thresholds", UNSET)
        if v_billing_thresholds is not UNSET:
            if (type(v_billing_thresholds) is dict) or (v_billing_thresholds == ""):
                v_billing_thresholds = (
                    PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemItemsItemBillingThresholdsType0.from_dict(
                        v_billing_thresholds
                    )
                    if type(v_billing_thresholds) is dict
                    else v_billing_thresholds
                )
            else:
                d["billing_thresholds"] = v_billing_thresholds
                v_billing_thresholds = UNSET
        v_discounts = d.pop("discounts", UNSET)
        if v_discounts is not UNSET:
            if (
                type(v_discounts) is list and all(type(item0) is dict for item0 in v_discounts)
            ) or (v_discounts == ""):
                v_discounts = (
                    [
                        PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemItemsItemDiscountsType0Item.from_dict(
                            item0
                        )
                        for item0 in v_discounts
                    ]
                    if type(v_discounts) is list
                    and all(type(item0) is dict for item0 in v_discounts)
                    else v_discounts
                )
            else:
                d["discounts"] = v_discounts
                v_discounts = UNSET
        v_metadata = d.pop("metadata", UNSET)
        if v_metadata is not UNSET and not (
            type(v_metadata) is dict and all(type(item0) is str for item0 in v_metadata.values())
        ):
            d["metadata"] = v_metadata
            v_metadata = UNSET
        v_plan = d.pop("plan", UNSET)
        if v_plan is not UNSET and not (type(v_plan) is str):
            d["plan"] = v_plan
            v_plan = UNSET
        v_price = d.pop("price", UNSET)
        if v_price is not UNSET and not (type(v_price) is str):
            d["price"] = v_price
            v_price = UNSET
        v_price_data = d.pop("price_data", UNSET)
        if v_price_data is not UNSET:
            if type(v_price_data) is dict:
                v_price_data = PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemItemsItemPriceData.from_dict(
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
            billing_thresholds=v_billing_thresholds,
            discounts=v_discounts,
            metadata=v_metadata,
            plan=v_plan,
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


class PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemItemsItemParams(TypedDict, total=False):
    """PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemItemsItem as plain data, for request parameters."""

    billing_thresholds: (
        PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemItemsItemBillingThresholdsType0Params
        | PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemItemsItemBillingThresholdsType0
        | PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemItemsItemBillingThresholdsType1
    )
    discounts: (
        list[
            PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemItemsItemDiscountsType0ItemParams
            | PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemItemsItemDiscountsType0Item
        ]
        | PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemItemsItemDiscountsType1
    )
    metadata: Mapping[str, str]
    plan: str
    price: str
    price_data: (
        PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemItemsItemPriceDataParams
        | PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemItemsItemPriceData
    )
    quantity: int
    tax_rates: (
        list[str] | PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemItemsItemTaxRatesType1
    )


# Imported last: models refer to each other in cycles, and are only needed at call time.
from ..models.post_invoices_create_preview_body_schedule_details_phases_item_items_item_billing_thresholds_type_0 import (
    PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemItemsItemBillingThresholdsType0,  # noqa: E402
)
from ..models.post_invoices_create_preview_body_schedule_details_phases_item_items_item_discounts_type_0_item import (
    PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemItemsItemDiscountsType0Item,  # noqa: E402
)
from ..models.post_invoices_create_preview_body_schedule_details_phases_item_items_item_metadata import (
    PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemItemsItemMetadata,  # noqa: E402
)
from ..models.post_invoices_create_preview_body_schedule_details_phases_item_items_item_price_data import (
    PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemItemsItemPriceData,  # noqa: E402
)
