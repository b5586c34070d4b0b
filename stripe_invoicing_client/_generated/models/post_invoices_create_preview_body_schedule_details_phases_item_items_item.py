from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
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


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemItemsItem(Model):
    """PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemItemsItem

    Parsing is tolerant: anything not modelled, and any value of another type than its field
    declares, is kept in `additional_properties`, so `from_dict(data).to_dict() == data`.
    Reading a field that the data lacks, or held with another type, raises
    `FieldNotAvailableError` (an AttributeError); optional fields read as `UNSET` when absent.
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
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        (
            "billing_thresholds",
            "billing_thresholds",
            "PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemItemsItemBillingThresholdsType0 | PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemItemsItemBillingThresholdsType1",
        ),
        (
            "discounts",
            "discounts",
            "list[PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemItemsItemDiscountsType0Item] | PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemItemsItemDiscountsType1",
        ),
        (
            "metadata",
            "metadata",
            "PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemItemsItemMetadata",
        ),
        ("plan", "plan", "str"),
        ("price", "price", "str"),
        (
            "price_data",
            "price_data",
            "PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemItemsItemPriceData",
        ),
        ("quantity", "quantity", "int"),
        (
            "tax_rates",
            "tax_rates",
            "list[str] | PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemItemsItemTaxRatesType1",
        ),
    )

    def to_dict(self) -> dict[str, Any]:
        # An unfilled field raises AttributeError; what was received for it, if anything, is
        # already in additional_properties.
        data: dict[str, Any] = dict(self.additional_properties)
        try:
            v_billing_thresholds = self.billing_thresholds
        except AttributeError:
            pass
        else:
            if not isinstance(v_billing_thresholds, Unset):
                data["billing_thresholds"] = (
                    v_billing_thresholds.to_dict()
                    if isinstance(
                        v_billing_thresholds,
                        PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemItemsItemBillingThresholdsType0,
                    )
                    else v_billing_thresholds
                )
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
            v_plan = self.plan
        except AttributeError:
            pass
        else:
            if not isinstance(v_plan, Unset):
                data["plan"] = v_plan
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
    ) -> PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemItemsItem:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal; the checks below are what makes each stored value fit its field.
        # A value that does not fit stays in `d` (the additional properties), its field unfilled.
        fill: Any = obj
        v_billing_thresholds = d.pop("billing_thresholds", UNSET)
        if v_billing_thresholds is UNSET:
            fill.billing_thresholds = UNSET
        elif (type(v_billing_thresholds) is dict) or (v_billing_thresholds == ""):
            fill.billing_thresholds = (
                PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemItemsItemBillingThresholdsType0.from_dict(
                    v_billing_thresholds
                )
                if type(v_billing_thresholds) is dict
                else v_billing_thresholds
            )
        else:
            d["billing_thresholds"] = v_billing_thresholds
        v_discounts = d.pop("discounts", UNSET)
        if v_discounts is UNSET:
            fill.discounts = UNSET
        elif (type(v_discounts) is list and all(type(item0) is dict for item0 in v_discounts)) or (
            v_discounts == ""
        ):
            fill.discounts = (
                [
                    PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemItemsItemDiscountsType0Item.from_dict(
                        item0
                    )
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
        elif type(v_metadata) is dict and all(type(item0) is str for item0 in v_metadata.values()):
            fill.metadata = v_metadata
        else:
            d["metadata"] = v_metadata
        v_plan = d.pop("plan", UNSET)
        if v_plan is UNSET:
            fill.plan = UNSET
        elif type(v_plan) is str:
            fill.plan = v_plan
        else:
            d["plan"] = v_plan
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
            fill.price_data = (
                PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemItemsItemPriceData.from_dict(
                    v_price_data
                )
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
