from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
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


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItem(Model):
    """PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItem

    Parsing is tolerant: anything not modelled, and any value of another type than its field
    declares, is kept in `additional_properties`, so `from_dict(data).to_dict() == data`.
    Reading a field that the data lacks, or held with another type, raises
    `FieldNotAvailableError` (an AttributeError); optional fields read as `UNSET` when absent.
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
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("items", "items", "list[PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemItemsItem]"),
        (
            "add_invoice_items",
            "add_invoice_items",
            "list[PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemAddInvoiceItemsItem]",
        ),
        ("application_fee_percent", "application_fee_percent", "float"),
        (
            "automatic_tax",
            "automatic_tax",
            "PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemAutomaticTax",
        ),
        (
            "billing_cycle_anchor",
            "billing_cycle_anchor",
            "PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemBillingCycleAnchor",
        ),
        (
            "billing_thresholds",
            "billing_thresholds",
            "PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemBillingThresholdsType0 | PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemBillingThresholdsType1",
        ),
        (
            "collection_method",
            "collection_method",
            "PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemCollectionMethod",
        ),
        ("currency", "currency", "str"),
        ("default_payment_method", "default_payment_method", "str"),
        (
            "default_tax_rates",
            "default_tax_rates",
            "list[str] | PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemDefaultTaxRatesType1",
        ),
        (
            "description",
            "description",
            "PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemDescriptionType1 | str",
        ),
        (
            "discounts",
            "discounts",
            "list[PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemDiscountsType0Item] | PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemDiscountsType1",
        ),
        ("duration", "duration", "PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemDuration"),
        (
            "end_date",
            "end_date",
            "int | PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemEndDateType1",
        ),
        (
            "invoice_settings",
            "invoice_settings",
            "PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemInvoiceSettings",
        ),
        ("metadata", "metadata", "PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemMetadata"),
        ("on_behalf_of", "on_behalf_of", "str"),
        (
            "proration_behavior",
            "proration_behavior",
            "PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemProrationBehavior",
        ),
        (
            "start_date",
            "start_date",
            "int | PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemStartDateType1",
        ),
        (
            "transfer_data",
            "transfer_data",
            "PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemTransferData",
        ),
        ("trial", "trial", "bool"),
        (
            "trial_end",
            "trial_end",
            "int | PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemTrialEndType1",
        ),
    )

    def to_dict(self) -> dict[str, Any]:
        # An unfilled field raises AttributeError; what was received for it, if anything, is
        # already in additional_properties.
        data: dict[str, Any] = dict(self.additional_properties)
        try:
            v_items = self.items
        except AttributeError:
            pass
        else:
            data["items"] = [item0.to_dict() for item0 in v_items]
        try:
            v_add_invoice_items = self.add_invoice_items
        except AttributeError:
            pass
        else:
            if not isinstance(v_add_invoice_items, Unset):
                data["add_invoice_items"] = [item0.to_dict() for item0 in v_add_invoice_items]
        try:
            v_application_fee_percent = self.application_fee_percent
        except AttributeError:
            pass
        else:
            if not isinstance(v_application_fee_percent, Unset):
                data["application_fee_percent"] = v_application_fee_percent
        try:
            v_automatic_tax = self.automatic_tax
        except AttributeError:
            pass
        else:
            if not isinstance(v_automatic_tax, Unset):
                data["automatic_tax"] = v_automatic_tax.to_dict()
        try:
            v_billing_cycle_anchor = self.billing_cycle_anchor
        except AttributeError:
            pass
        else:
            if not isinstance(v_billing_cycle_anchor, Unset):
                data["billing_cycle_anchor"] = v_billing_cycle_anchor
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
                        PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemBillingThresholdsType0,
                    )
                    else v_billing_thresholds
                )
        try:
            v_collection_method = self.collection_method
        except AttributeError:
            pass
        else:
            if not isinstance(v_collection_method, Unset):
                data["collection_method"] = v_collection_method
        try:
            v_currency = self.currency
        except AttributeError:
            pass
        else:
            if not isinstance(v_currency, Unset):
                data["currency"] = v_currency
        try:
            v_default_payment_method = self.default_payment_method
        except AttributeError:
            pass
        else:
            if not isinstance(v_default_payment_method, Unset):
                data["default_payment_method"] = v_default_payment_method
        try:
            v_default_tax_rates = self.default_tax_rates
        except AttributeError:
            pass
        else:
            if not isinstance(v_default_tax_rates, Unset):
                data["default_tax_rates"] = v_default_tax_rates
        try:
            v_description = self.description
        except AttributeError:
            pass
        else:
            if not isinstance(v_description, Unset):
                data["description"] = v_description
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
            v_duration = self.duration
        except AttributeError:
            pass
        else:
            if not isinstance(v_duration, Unset):
                data["duration"] = v_duration.to_dict()
        try:
            v_end_date = self.end_date
        except AttributeError:
            pass
        else:
            if not isinstance(v_end_date, Unset):
                data["end_date"] = v_end_date
        try:
            v_invoice_settings = self.invoice_settings
        except AttributeError:
            pass
        else:
            if not isinstance(v_invoice_settings, Unset):
                data["invoice_settings"] = v_invoice_settings.to_dict()
        try:
            v_metadata = self.metadata
        except AttributeError:
            pass
        else:
            if not isinstance(v_metadata, Unset):
                data["metadata"] = v_metadata
        try:
            v_on_behalf_of = self.on_behalf_of
        except AttributeError:
            pass
        else:
            if not isinstance(v_on_behalf_of, Unset):
                data["on_behalf_of"] = v_on_behalf_of
        try:
            v_proration_behavior = self.proration_behavior
        except AttributeError:
            pass
        else:
            if not isinstance(v_proration_behavior, Unset):
                data["proration_behavior"] = v_proration_behavior
        try:
            v_start_date = self.start_date
        except AttributeError:
            pass
        else:
            if not isinstance(v_start_date, Unset):
                data["start_date"] = v_start_date
        try:
            v_transfer_data = self.transfer_data
        except AttributeError:
            pass
        else:
            if not isinstance(v_transfer_data, Unset):
                data["transfer_data"] = v_transfer_data.to_dict()
        try:
            v_trial = self.trial
        except AttributeError:
            pass
        else:
            if not isinstance(v_trial, Unset):
                data["trial"] = v_trial
        try:
            v_trial_end = self.trial_end
        except AttributeError:
            pass
        else:
            if not isinstance(v_trial_end, Unset):
                data["trial_end"] = v_trial_end
        return data

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItem:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal; the checks below are what makes each stored value fit its field.
        # A value that does not fit stays in `d` (the additional properties), its field unfilled.
        fill: Any = obj
        v_items = d.pop("items", UNSET)
        if v_items is not UNSET:
            if type(v_items) is list and all(type(item0) is dict for item0 in v_items):
                fill.items = [
                    PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemItemsItem.from_dict(item0)
                    for item0 in v_items
                ]
            else:
                d["items"] = v_items
        v_add_invoice_items = d.pop("add_invoice_items", UNSET)
        if v_add_invoice_items is UNSET:
            fill.add_invoice_items = UNSET
        elif type(v_add_invoice_items) is list and all(
            type(item0) is dict for item0 in v_add_invoice_items
        ):
            fill.add_invoice_items = [
                PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemAddInvoiceItemsItem.from_dict(
                    item0
                )
                for item0 in v_add_invoice_items
            ]
        else:
            d["add_invoice_items"] = v_add_invoice_items
        v_application_fee_percent = d.pop("application_fee_percent", UNSET)
        if v_application_fee_percent is UNSET:
            fill.application_fee_percent = UNSET
        elif type(v_application_fee_percent) is float or type(v_application_fee_percent) is int:
            fill.application_fee_percent = v_application_fee_percent
        else:
            d["application_fee_percent"] = v_application_fee_percent
        v_automatic_tax = d.pop("automatic_tax", UNSET)
        if v_automatic_tax is UNSET:
            fill.automatic_tax = UNSET
        elif type(v_automatic_tax) is dict:
            fill.automatic_tax = (
                PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemAutomaticTax.from_dict(
                    v_automatic_tax
                )
            )
        else:
            d["automatic_tax"] = v_automatic_tax
        v_billing_cycle_anchor = d.pop("billing_cycle_anchor", UNSET)
        if v_billing_cycle_anchor is UNSET:
            fill.billing_cycle_anchor = UNSET
        elif type(v_billing_cycle_anchor) is str:
            fill.billing_cycle_anchor = v_billing_cycle_anchor
        else:
            d["billing_cycle_anchor"] = v_billing_cycle_anchor
        v_billing_thresholds = d.pop("billing_thresholds", UNSET)
        if v_billing_thresholds is UNSET:
            fill.billing_thresholds = UNSET
        elif (type(v_billing_thresholds) is dict) or (v_billing_thresholds == ""):
            fill.billing_thresholds = (
                PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemBillingThresholdsType0.from_dict(
                    v_billing_thresholds
                )
                if type(v_billing_thresholds) is dict
                else v_billing_thresholds
            )
        else:
            d["billing_thresholds"] = v_billing_thresholds
        v_collection_method = d.pop("collection_method", UNSET)
        if v_collection_method is UNSET:
            fill.collection_method = UNSET
        elif type(v_collection_method) is str:
            fill.collection_method = v_collection_method
        else:
            d["collection_method"] = v_collection_method
        v_currency = d.pop("currency", UNSET)
        if v_currency is UNSET:
            fill.currency = UNSET
        elif type(v_currency) is str:
            fill.currency = v_currency
        else:
            d["currency"] = v_currency
        v_default_payment_method = d.pop("default_payment_method", UNSET)
        if v_default_payment_method is UNSET:
            fill.default_payment_method = UNSET
        elif type(v_default_payment_method) is str:
            fill.default_payment_method = v_default_payment_method
        else:
            d["default_payment_method"] = v_default_payment_method
        v_default_tax_rates = d.pop("default_tax_rates", UNSET)
        if v_default_tax_rates is UNSET:
            fill.default_tax_rates = UNSET
        elif (
            type(v_default_tax_rates) is list
            and all(type(item0) is str for item0 in v_default_tax_rates)
        ) or (v_default_tax_rates == ""):
            fill.default_tax_rates = v_default_tax_rates
        else:
            d["default_tax_rates"] = v_default_tax_rates
        v_description = d.pop("description", UNSET)
        if v_description is UNSET:
            fill.description = UNSET
        elif (type(v_description) is str) or (v_description == ""):
            fill.description = v_description
        else:
            d["description"] = v_description
        v_discounts = d.pop("discounts", UNSET)
        if v_discounts is UNSET:
            fill.discounts = UNSET
        elif (type(v_discounts) is list and all(type(item0) is dict for item0 in v_discounts)) or (
            v_discounts == ""
        ):
            fill.discounts = (
                [
                    PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemDiscountsType0Item.from_dict(
                        item0
                    )
                    for item0 in v_discounts
                ]
                if type(v_discounts) is list and all(type(item0) is dict for item0 in v_discounts)
                else v_discounts
            )
        else:
            d["discounts"] = v_discounts
        v_duration = d.pop("duration", UNSET)
        if v_duration is UNSET:
            fill.duration = UNSET
        elif type(v_duration) is dict:
            fill.duration = (
                PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemDuration.from_dict(v_duration)
            )
        else:
            d["duration"] = v_duration
        v_end_date = d.pop("end_date", UNSET)
        if v_end_date is UNSET:
            fill.end_date = UNSET
        elif (type(v_end_date) is int) or (type(v_end_date) is str):
            fill.end_date = v_end_date
        else:
            d["end_date"] = v_end_date
        v_invoice_settings = d.pop("invoice_settings", UNSET)
        if v_invoice_settings is UNSET:
            fill.invoice_settings = UNSET
        elif type(v_invoice_settings) is dict:
            fill.invoice_settings = (
                PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemInvoiceSettings.from_dict(
                    v_invoice_settings
                )
            )
        else:
            d["invoice_settings"] = v_invoice_settings
        v_metadata = d.pop("metadata", UNSET)
        if v_metadata is UNSET:
            fill.metadata = UNSET
        elif type(v_metadata) is dict and all(type(item0) is str for item0 in v_metadata.values()):
            fill.metadata = v_metadata
        else:
            d["metadata"] = v_metadata
        v_on_behalf_of = d.pop("on_behalf_of", UNSET)
        if v_on_behalf_of is UNSET:
            fill.on_behalf_of = UNSET
        elif type(v_on_behalf_of) is str:
            fill.on_behalf_of = v_on_behalf_of
        else:
            d["on_behalf_of"] = v_on_behalf_of
        v_proration_behavior = d.pop("proration_behavior", UNSET)
        if v_proration_behavior is UNSET:
            fill.proration_behavior = UNSET
        elif type(v_proration_behavior) is str:
            fill.proration_behavior = v_proration_behavior
        else:
            d["proration_behavior"] = v_proration_behavior
        v_start_date = d.pop("start_date", UNSET)
        if v_start_date is UNSET:
            fill.start_date = UNSET
        elif (type(v_start_date) is int) or (type(v_start_date) is str):
            fill.start_date = v_start_date
        else:
            d["start_date"] = v_start_date
        v_transfer_data = d.pop("transfer_data", UNSET)
        if v_transfer_data is UNSET:
            fill.transfer_data = UNSET
        elif type(v_transfer_data) is dict:
            fill.transfer_data = (
                PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemTransferData.from_dict(
                    v_transfer_data
                )
            )
        else:
            d["transfer_data"] = v_transfer_data
        v_trial = d.pop("trial", UNSET)
        if v_trial is UNSET:
            fill.trial = UNSET
        elif type(v_trial) is bool:
            fill.trial = v_trial
        else:
            d["trial"] = v_trial
        v_trial_end = d.pop("trial_end", UNSET)
        if v_trial_end is UNSET:
            fill.trial_end = UNSET
        elif (type(v_trial_end) is int) or (type(v_trial_end) is str):
            fill.trial_end = v_trial_end
        else:
            d["trial_end"] = v_trial_end
        fill.additional_properties = d
        return obj


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
