from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.post_invoices_create_preview_body_schedule_details_phases_item_billing_cycle_anchor import (
    PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemBillingCycleAnchor,
)
from ..models.post_invoices_create_preview_body_schedule_details_phases_item_billing_thresholds_type_1 import (
    PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemBillingThresholdsType1,
)
from ..models.post_invoices_create_preview_body_schedule_details_phases_item_collection_method import (
    PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemCollectionMethod,
)
from ..models.post_invoices_create_preview_body_schedule_details_phases_item_default_tax_rates_type_1 import (
    PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemDefaultTaxRatesType1,
)
from ..models.post_invoices_create_preview_body_schedule_details_phases_item_description_type_1 import (
    PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemDescriptionType1,
)
from ..models.post_invoices_create_preview_body_schedule_details_phases_item_discounts_type_1 import (
    PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemDiscountsType1,
)
from ..models.post_invoices_create_preview_body_schedule_details_phases_item_end_date_type_1 import (
    PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemEndDateType1,
)
from ..models.post_invoices_create_preview_body_schedule_details_phases_item_proration_behavior import (
    PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemProrationBehavior,
)
from ..models.post_invoices_create_preview_body_schedule_details_phases_item_start_date_type_1 import (
    PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemStartDateType1,
)
from ..models.post_invoices_create_preview_body_schedule_details_phases_item_trial_end_type_1 import (
    PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemTrialEndType1,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from typing_extensions import Required

    from ..models.post_invoices_create_preview_body_schedule_details_phases_item_add_invoice_items_item import (
        PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemAddInvoiceItemsItem,
        PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemAddInvoiceItemsItemParams,
    )
    from ..models.post_invoices_create_preview_body_schedule_details_phases_item_automatic_tax import (
        PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemAutomaticTax,
        PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemAutomaticTaxParams,
    )
    from ..models.post_invoices_create_preview_body_schedule_details_phases_item_billing_thresholds_type_0 import (
        PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemBillingThresholdsType0,
        PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemBillingThresholdsType0Params,
    )
    from ..models.post_invoices_create_preview_body_schedule_details_phases_item_discounts_type_0_item import (
        PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemDiscountsType0Item,
        PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemDiscountsType0ItemParams,
    )
    from ..models.post_invoices_create_preview_body_schedule_details_phases_item_duration import (
        PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemDuration,
        PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemDurationParams,
    )
    from ..models.post_invoices_create_preview_body_schedule_details_phases_item_invoice_settings import (
        PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemInvoiceSettings,
        PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemInvoiceSettingsParams,
    )
    from ..models.post_invoices_create_preview_body_schedule_details_phases_item_items_item import (
        PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemItemsItem,
        PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemItemsItemParams,
    )
    from ..models.post_invoices_create_preview_body_schedule_details_phases_item_metadata import (
        PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemMetadata,
    )
    from ..models.post_invoices_create_preview_body_schedule_details_phases_item_transfer_data import (
        PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemTransferData,
        PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemTransferDataParams,
    )


@_attrs_define
class PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItem:
    """PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItem

    Parsing is tolerant: a field missing from the data, or of another type than described,
    reads as `UNSET`, and anything not modelled is kept in `additional_properties`, so
    `from_dict(data).to_dict() == data`.
    """

    items: list[PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemItemsItem]
    add_invoice_items: (
        list[PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemAddInvoiceItemsItem] | Unset
    ) = UNSET
    application_fee_percent: float | Unset = UNSET
    automatic_tax: PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemAutomaticTax | Unset = (
        UNSET
    )
    billing_cycle_anchor: (
        PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemBillingCycleAnchor | Unset
    ) = UNSET
    billing_thresholds: (
        PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemBillingThresholdsType0
        | PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemBillingThresholdsType1
        | Unset
    ) = UNSET
    collection_method: (
        PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemCollectionMethod | Unset
    ) = UNSET
    currency: str | Unset = UNSET
    default_payment_method: str | Unset = UNSET
    default_tax_rates: (
        list[str]
        | PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemDefaultTaxRatesType1
        | Unset
    ) = UNSET
    description: (
        PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemDescriptionType1 | str | Unset
    ) = UNSET
    discounts: (
        list[PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemDiscountsType0Item]
        | PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemDiscountsType1
        | Unset
    ) = UNSET
    duration: PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemDuration | Unset = UNSET
    end_date: int | PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemEndDateType1 | Unset = (
        UNSET
    )
    invoice_settings: (
        PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemInvoiceSettings | Unset
    ) = UNSET
    metadata: PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemMetadata | Unset = UNSET
    on_behalf_of: str | Unset = UNSET
    proration_behavior: (
        PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemProrationBehavior | Unset
    ) = UNSET
    start_date: (
        int | PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemStartDateType1 | Unset
    ) = UNSET
    transfer_data: PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemTransferData | Unset = (
        UNSET
    )
    trial: bool | Unset = UNSET
    trial_end: int | PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemTrialEndType1 | Unset = (
        UNSET
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = dict(self.additional_properties)
        v_items = self.items
        if not isinstance(v_items, Unset):
            data["items"] = [item0.to_dict() for item0 in v_items]
        v_add_invoice_items = self.add_invoice_items
        if not isinstance(v_add_invoice_items, Unset):
            data["add_invoice_items"] = [item0.to_dict() for item0 in v_add_invoice_items]
        v_application_fee_percent = self.application_fee_percent
        if not isinstance(v_application_fee_percent, Unset):
            data["application_fee_percent"] = v_application_fee_percent
        v_automatic_tax = self.automatic_tax
        if not isinstance(v_automatic_tax, Unset):
            data["automatic_tax"] = v_automatic_tax.to_dict()
        v_billing_cycle_anchor = self.billing_cycle_anchor
        if not isinstance(v_billing_cycle_anchor, Unset):
            data["billing_cycle_anchor"] = v_billing_cycle_anchor
        v_billing_thresholds = self.billing_thresholds
        if not isinstance(v_billing_thresholds, Unset):
            data["billing_thresholds"] = (
                v_billing_thresholds.to_dict()
                if isinstance(
                    v_billing_thresholds,
                    PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemBillingThresholdsType0,
                )
                else v_billing_thresholds
            )
        v_collection_method = self.collection_method
        if not isinstance(v_collection_method, Unset):
            data["collection_method"] = v_collection_method
        v_currency = self.currency
        if not isinstance(v_currency, Unset):
            data["currency"] = v_currency
        v_default_payment_method = self.default_payment_method
        if not isinstance(v_default_payment_method, Unset):
            data["default_payment_method"] = v_default_payment_method
        v_default_tax_rates = self.default_tax_rates
        if not isinstance(v_default_tax_rates, Unset):
            data["default_tax_rates"] = v_default_tax_rates
        v_description = self.description
        if not isinstance(v_description, Unset):
            data["description"] = v_description
        v_discounts = self.discounts
        if not isinstance(v_discounts, Unset):
            data["discounts"] = (
                [item0.to_dict() for item0 in v_discounts]
                if isinstance(v_discounts, list)
                else v_discounts
            )
        v_duration = self.duration
        if not isinstance(v_duration, Unset):
            data["duration"] = v_duration.to_dict()
        v_end_date = self.end_date
        if not isinstance(v_end_date, Unset):
            data["end_date"] = v_end_date
        v_invoice_settings = self.invoice_settings
        if not isinstance(v_invoice_settings, Unset):
            data["invoice_settings"] = v_invoice_settings.to_dict()
        v_metadata = self.metadata
        if not isinstance(v_metadata, Unset):
            data["metadata"] = v_metadata
        v_on_behalf_of = self.on_behalf_of
        if not isinstance(v_on_behalf_of, Unset):
            data["on_behalf_of"] = v_on_behalf_of
        v_proration_behavior = self.proration_behavior
        if not isinstance(v_proration_behavior, Unset):
            data["proration_behavior"] = v_proration_behavior
        v_start_date = self.start_date
        if not isinstance(v_start_date, Unset):
            data["start_date"] = v_start_date
        v_transfer_data = self.transfer_data
        if not isinstance(v_transfer_data, Unset):
            data["transfer_data"] = v_transfer_data.to_dict()
        v_trial = self.trial
        if not isinstance(v_trial, Unset):
            data["trial"] = v_trial
        v_trial_end = self.trial_end
        if not isinstance(v_trial_end, Unset):
            data["trial_end"] = v_trial_end
        return data

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItem:
        d = dict(src_dict)
        v_items = d.pop("items", UNSET)
        if v_items is not UNSET:
            if type(v_items) is list and all(type(item0) is dict for item0 in v_items):
                v_items = [
                    PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemItemsItem.from_dict(item0)
                    for item0 in v_items
                ]
            else:
                d["items"] = v_items
                v_items = UNSET
        v_add_invoice_items = d.pop("add_invoice_items", UNSET)
        if v_add_invoice_items is not UNSET:
            if type(v_add_invoice_items) is list and all(
                type(item0) is dict for item0 in v_add_invoice_items
            ):
                v_add_invoice_items = [
                    PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemAddInvoiceItemsItem.from_dict(
                        item0
                    )
                    for item0 in v_add_invoice_items
                ]
            else:
                d["add_invoice_items"] = v_add_invoice_items
                v_add_invoice_items = UNSET
        v_application_fee_percent = d.pop("application_fee_percent", UNSET)
        if v_application_fee_percent is not UNSET and not (
            type(v_application_fee_percent) is float or type(v_application_fee_percent) is int
        ):
            d["application_fee_percent"] = v_application_fee_percent
            v_application_fee_percent = UNSET
        v_automatic_tax = d.pop("automatic_tax", UNSET)
        if v_automatic_tax is not UNSET:
            if type(v_automatic_tax) is dict:
                v_automatic_tax = (
                    PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemAutomaticTax.from_dict(
                        v_automatic_tax
                    )
                )
            else:
                d["automatic_tax"] = v_automatic_tax
                v_automatic_tax = UNSET
        v_billing_cycle_anchor = d.pop("billing_cycle_anchor", UNSET)
        if v_billing_cycle_anchor is not UNSET and not (type(v_billing_cycle_anchor) is str):
            d["billing_cycle_anchor"] = v_billing_cycle_anchor
            v_billing_cycle_anchor = UNSET
        v_billing_thresholds = d.pop("billing_thresholds", UNSET)
        if v_billing_thresholds is not UNSET:
            if (type(v_billing_thresholds) is dict) or (v_billing_thresholds == ""):
                v_billing_thresholds = (
                    PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemBillingThresholdsType0.from_dict(
                        v_billing_thresholds
                    )
                    if type(v_billing_thresholds) is dict
                    else v_billing_thresholds
                )
            else:
                d["billing_thresholds"] = v_billing_thresholds
                v_billing_thresholds = UNSET
        v_collection_method = d.pop("collection_method", UNSET)
        if v_collection_method is not UNSET and not (type(v_collection_method) is str):
            d["collection_method"] = v_collection_method
            v_collection_method = UNSET
        v_currency = d.pop("currency", UNSET)
        if v_currency is not UNSET and not (type(v_currency) is str):
            d["currency"] = v_currency
            v_currency = UNSET
        v_default_payment_method = d.pop("default_payment_method", UNSET)
        if v_default_payment_method is not UNSET and not (type(v_default_payment_method) is str):
            d["default_payment_method"] = v_default_payment_method
            v_default_payment_method = UNSET
        v_default_tax_rates = d.pop("default_tax_rates", UNSET)
        if v_default_tax_rates is not UNSET and not (
            (
                type(v_default_tax_rates) is list
                and all(type(item0) is str for item0 in v_default_tax_rates)
            )
            or (v_default_tax_rates == "")
        ):
            d["default_tax_rates"] = v_default_tax_rates
            v_default_tax_rates = UNSET
        v_description = d.pop("description", UNSET)
        if v_description is not UNSET and not (
            (type(v_description) is str) or (v_description == "")
        ):
            d["description"] = v_description
            v_description = UNSET
        v_discounts = d.pop("discounts", UNSET)
        if v_discounts is not UNSET:
            if (
                type(v_discounts) is list and all(type(item0) is dict for item0 in v_discounts)
            ) or (v_discounts == ""):
                v_discounts = (
                    [
                        PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemDiscountsType0Item.from_dict(
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
        v_duration = d.pop("duration", UNSET)
        if v_duration is not UNSET:
            if type(v_duration) is dict:
                v_duration = (
                    PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemDuration.from_dict(
                        v_duration
                    )
                )
            else:
                d["duration"] = v_duration
                v_duration = UNSET
        v_end_date = d.pop("end_date", UNSET)
        if v_end_date is not UNSET and not ((type(v_end_date) is int) or (type(v_end_date) is str)):
            d["end_date"] = v_end_date
            v_end_date = UNSET
        v_invoice_settings = d.pop("invoice_settings", UNSET)
        if v_invoice_settings is not UNSET:
            if type(v_invoice_settings) is dict:
                v_invoice_settings = (
                    PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemInvoiceSettings.from_dict(
                        v_invoice_settings
                    )
                )
            else:
                d["invoice_settings"] = v_invoice_settings
                v_invoice_settings = UNSET
        v_metadata = d.pop("metadata", UNSET)
        if v_metadata is not UNSET and not (
            type(v_metadata) is dict and all(type(item0) is str for item0 in v_metadata.values())
        ):
            d["metadata"] = v_metadata
            v_metadata = UNSET
        v_on_behalf_of = d.pop("on_behalf_of", UNSET)
        if v_on_behalf_of is not UNSET and not (type(v_on_behalf_of) is str):
            d["on_behalf_of"] = v_on_behalf_of
            v_on_behalf_of = UNSET
        v_proration_behavior = d.pop("proration_behavior", UNSET)
        if v_proration_behavior is not UNSET and not (type(v_proration_behavior) is str):
            d["proration_behavior"] = v_proration_behavior
            v_proration_behavior = UNSET
        v_start_date = d.pop("start_date", UNSET)
        if v_start_date is not UNSET and not (
            (type(v_start_date) is int) or (type(v_start_date) is str)
        ):
            d["start_date"] = v_start_date
            v_start_date = UNSET
        v_transfer_data = d.pop("transfer_data", UNSET)
        if v_transfer_data is not UNSET:
            if type(v_transfer_data) is dict:
                v_transfer_data = (
                    PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemTransferData.from_dict(
                        v_transfer_data
                    )
                )
            else:
                d["transfer_data"] = v_transfer_data
                v_transfer_data = UNSET
        v_trial = d.pop("trial", UNSET)
        if v_trial is not UNSET and not (type(v_trial) is bool):
            d["trial"] = v_trial
            v_trial = UNSET
        v_trial_end = d.pop("trial_end", UNSET)
        if v_trial_end is not UNSET and not (
            (type(v_trial_end) is int) or (type(v_trial_end) is str)
        ):
            d["trial_end"] = v_trial_end
            v_trial_end = UNSET
        obj = cls(
            items=v_items,
            add_invoice_items=v_add_invoice_items,
            application_fee_percent=v_application_fee_percent,
            automatic_tax=v_automatic_tax,
            billing_cycle_anchor=v_billing_cycle_anchor,
            billing_thresholds=v_billing_thresholds,
            collection_method=v_collection_method,
            currency=v_currency,
            default_payment_method=v_default_payment_method,
            default_tax_rates=v_default_tax_rates,
            description=v_description,
            discounts=v_discounts,
            duration=v_duration,
            end_date=v_end_date,
            invoice_settings=v_invoice_settings,
            metadata=v_metadata,
            on_behalf_of=v_on_behalf_of,
            proration_behavior=v_proration_behavior,
            start_date=v_start_date,
            transfer_data=v_transfer_data,
            trial=v_trial,
            trial_end=v_trial_end,
        )
        obj.additional_properties = d
        return obj

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


class PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemParams(TypedDict, total=False):
    """PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItem as plain data, for request parameters."""

    items: Required[
        list[
            PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemItemsItemParams
            | PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemItemsItem
        ]
    ]
    add_invoice_items: list[
        PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemAddInvoiceItemsItemParams
        | PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemAddInvoiceItemsItem
    ]
    application_fee_percent: float
    automatic_tax: (
        PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemAutomaticTaxParams
        | PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemAutomaticTax
    )
    billing_cycle_anchor: PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemBillingCycleAnchor
    billing_thresholds: (
        PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemBillingThresholdsType0Params
        | PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemBillingThresholdsType0
        | PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemBillingThresholdsType1
    )
    collection_method: PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemCollectionMethod
    currency: str
    default_payment_method: str
    default_tax_rates: (
        list[str] | PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemDefaultTaxRatesType1
    )
    description: str | PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemDescriptionType1
    discounts: (
        list[
            PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemDiscountsType0ItemParams
            | PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemDiscountsType0Item
        ]
        | PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemDiscountsType1
    )
    duration: (
        PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemDurationParams
        | PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemDuration
    )
    end_date: int | PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemEndDateType1
    invoice_settings: (
        PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemInvoiceSettingsParams
        | PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemInvoiceSettings
    )
    metadata: Mapping[str, str]
    on_behalf_of: str
    proration_behavior: PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemProrationBehavior
    start_date: int | PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemStartDateType1
    transfer_data: (
        PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemTransferDataParams
        | PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemTransferData
    )
    trial: bool
    trial_end: int | PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemTrialEndType1


# Imported last: models refer to each other in cycles, and are only needed at call time.
from ..models.post_invoices_create_preview_body_schedule_details_phases_item_add_invoice_items_item import (
    PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemAddInvoiceItemsItem,  # noqa: E402
)
from ..models.post_invoices_create_preview_body_schedule_details_phases_item_automatic_tax import (
    PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemAutomaticTax,  # noqa: E402
)
from ..models.post_invoices_create_preview_body_schedule_details_phases_item_billing_thresholds_type_0 import (
    PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemBillingThresholdsType0,  # noqa: E402
)
from ..models.post_invoices_create_preview_body_schedule_details_phases_item_discounts_type_0_item import (
    PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemDiscountsType0Item,  # noqa: E402
)
from ..models.post_invoices_create_preview_body_schedule_details_phases_item_duration import (
    PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemDuration,  # noqa: E402
)
from ..models.post_invoices_create_preview_body_schedule_details_phases_item_invoice_settings import (
    PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemInvoiceSettings,  # noqa: E402
)
from ..models.post_invoices_create_preview_body_schedule_details_phases_item_items_item import (
    PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemItemsItem,  # noqa: E402
)
from ..models.post_invoices_create_preview_body_schedule_details_phases_item_metadata import (
    PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemMetadata,  # noqa: E402
)
from ..models.post_invoices_create_preview_body_schedule_details_phases_item_transfer_data import (
    PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemTransferData,  # noqa: E402
)
