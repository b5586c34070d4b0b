from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..models.post_invoices_create_preview_body_subscription_details_billing_schedules_type_1 import (
    PostInvoicesCreatePreviewBodySubscriptionDetailsBillingSchedulesType1,
)
from ..models.post_invoices_create_preview_body_subscription_details_cancel_at_type_1 import (
    PostInvoicesCreatePreviewBodySubscriptionDetailsCancelAtType1,
)
from ..models.post_invoices_create_preview_body_subscription_details_cancel_at_type_2 import (
    PostInvoicesCreatePreviewBodySubscriptionDetailsCancelAtType2,
)
from ..models.post_invoices_create_preview_body_subscription_details_default_tax_rates_type_1 import (
    PostInvoicesCreatePreviewBodySubscriptionDetailsDefaultTaxRatesType1,
)
from ..models.post_invoices_create_preview_body_subscription_details_metadata_type_1 import (
    PostInvoicesCreatePreviewBodySubscriptionDetailsMetadataType1,
)
from ..models.post_invoices_create_preview_body_subscription_details_proration_behavior import (
    PostInvoicesCreatePreviewBodySubscriptionDetailsProrationBehavior,
)
from ..models.post_invoices_create_preview_body_subscription_details_resume_at import (
    PostInvoicesCreatePreviewBodySubscriptionDetailsResumeAt,
)
from ..models.post_invoices_create_preview_body_subscription_details_trial_end_type_1 import (
    PostInvoicesCreatePreviewBodySubscriptionDetailsTrialEndType1,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.post_invoices_create_preview_body_subscription_details_billing_cycle_anchor import (
        PostInvoicesCreatePreviewBodySubscriptionDetailsBillingCycleAnchor,
        PostInvoicesCreatePreviewBodySubscriptionDetailsBillingCycleAnchorParams,
    )
    from ..models.post_invoices_create_preview_body_subscription_details_billing_mode import (
        PostInvoicesCreatePreviewBodySubscriptionDetailsBillingMode,
        PostInvoicesCreatePreviewBodySubscriptionDetailsBillingModeParams,
    )
    from ..models.post_invoices_create_preview_body_subscription_details_billing_schedules_type_0_item import (
        PostInvoicesCreatePreviewBodySubscriptionDetailsBillingSchedulesType0Item,
        PostInvoicesCreatePreviewBodySubscriptionDetailsBillingSchedulesType0ItemParams,
    )
    from ..models.post_invoices_create_preview_body_subscription_details_items_item import (
        PostInvoicesCreatePreviewBodySubscriptionDetailsItemsItem,
        PostInvoicesCreatePreviewBodySubscriptionDetailsItemsItemParams,
    )
    from ..models.post_invoices_create_preview_body_subscription_details_metadata_type_0 import (
        PostInvoicesCreatePreviewBodySubscriptionDetailsMetadataType0,
    )
    from ..models.post_invoices_create_preview_body_subscription_details_pause import (
        PostInvoicesCreatePreviewBodySubscriptionDetailsPause,
        PostInvoicesCreatePreviewBodySubscriptionDetailsPauseParams,
    )


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PostInvoicesCreatePreviewBodySubscriptionDetails(Model):
    """PostInvoicesCreatePreviewBodySubscriptionDetails

    Parsing is tolerant: anything not modelled, and any value of another type than its field
    declares, is kept in `additional_properties`, so `from_dict(data).to_dict() == data`.
    Reading a field that the data lacks, or held with another type, raises
    `FieldNotAvailableError` (an AttributeError); optional fields read as `UNSET` when absent.
    """

    billing_cycle_anchor: (
        PostInvoicesCreatePreviewBodySubscriptionDetailsBillingCycleAnchor | Unset
    ) = UNSET
    billing_mode: PostInvoicesCreatePreviewBodySubscriptionDetailsBillingMode | Unset = UNSET
    billing_schedules: (
        list[PostInvoicesCreatePreviewBodySubscriptionDetailsBillingSchedulesType0Item]
        | PostInvoicesCreatePreviewBodySubscriptionDetailsBillingSchedulesType1
        | Unset
    ) = UNSET
    cancel_at: (
        int
        | PostInvoicesCreatePreviewBodySubscriptionDetailsCancelAtType1
        | PostInvoicesCreatePreviewBodySubscriptionDetailsCancelAtType2
        | Unset
    ) = UNSET
    cancel_at_period_end: bool | Unset = UNSET
    cancel_now: bool | Unset = UNSET
    default_tax_rates: (
        list[str] | PostInvoicesCreatePreviewBodySubscriptionDetailsDefaultTaxRatesType1 | Unset
    ) = UNSET
    items: list[PostInvoicesCreatePreviewBodySubscriptionDetailsItemsItem] | Unset = UNSET
    metadata: (
        PostInvoicesCreatePreviewBodySubscriptionDetailsMetadataType0
        | PostInvoicesCreatePreviewBodySubscriptionDetailsMetadataType1
        | Unset
    ) = UNSET
    pause: PostInvoicesCreatePreviewBodySubscriptionDetailsPause | Unset = UNSET
    proration_behavior: (
        PostInvoicesCreatePreviewBodySubscriptionDetailsProrationBehavior | Unset
    ) = UNSET
    proration_date: int | Unset = UNSET
    resume_at: PostInvoicesCreatePreviewBodySubscriptionDetailsResumeAt | Unset = UNSET
    start_date: int | Unset = UNSET
    trial_end: int | PostInvoicesCreatePreviewBodySubscriptionDetailsTrialEndType1 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        (
            "billing_cycle_anchor",
            "billing_cycle_anchor",
            "PostInvoicesCreatePreviewBodySubscriptionDetailsBillingCycleAnchor",
        ),
        (
            "billing_mode",
            "billing_mode",
            "PostInvoicesCreatePreviewBodySubscriptionDetailsBillingMode",
        ),
        (
            "billing_schedules",
            "billing_schedules",
            "list[PostInvoicesCreatePreviewBodySubscriptionDetailsBillingSchedulesType0Item] | PostInvoicesCreatePreviewBodySubscriptionDetailsBillingSchedulesType1",
        ),
        (
            "cancel_at",
            "cancel_at",
            "int | PostInvoicesCreatePreviewBodySubscriptionDetailsCancelAtType1 | PostInvoicesCreatePreviewBodySubscriptionDetailsCancelAtType2",
        ),
        ("cancel_at_period_end", "cancel_at_period_end", "bool"),
        ("cancel_now", "cancel_now", "bool"),
        (
            "default_tax_rates",
            "default_tax_rates",
            "list[str] | PostInvoicesCreatePreviewBodySubscriptionDetailsDefaultTaxRatesType1",
        ),
        ("items", "items", "list[PostInvoicesCreatePreviewBodySubscriptionDetailsItemsItem]"),
        (
            "metadata",
            "metadata",
            "PostInvoicesCreatePreviewBodySubscriptionDetailsMetadataType0 | PostInvoicesCreatePreviewBodySubscriptionDetailsMetadataType1",
        ),
        ("pause", "pause", "PostInvoicesCreatePreviewBodySubscriptionDetailsPause"),
        (
            "proration_behavior",
            "proration_behavior",
            "PostInvoicesCreatePreviewBodySubscriptionDetailsProrationBehavior",
        ),
        ("proration_date", "proration_date", "int"),
        ("resume_at", "resume_at", "PostInvoicesCreatePreviewBodySubscriptionDetailsResumeAt"),
        ("start_date", "start_date", "int"),
        (
            "trial_end",
            "trial_end",
            "int | PostInvoicesCreatePreviewBodySubscriptionDetailsTrialEndType1",
        ),
    )

    def to_dict(self) -> dict[str, Any]:
        # An unfilled field raises AttributeError; what was received for it, if anything, is
        # already in additional_properties.
        data: dict[str, Any] = dict(self.additional_properties)
        try:
            v_billing_cycle_anchor = self.billing_cycle_anchor
        except AttributeError:
            pass
        else:
            if not isinstance(v_billing_cycle_anchor, Unset):
                data["billing_cycle_anchor"] = v_billing_cycle_anchor.to_dict()
        try:
            v_billing_mode = self.billing_mode
        except AttributeError:
            pass
        else:
            if not isinstance(v_billing_mode, Unset):
                data["billing_mode"] = v_billing_mode.to_dict()
        try:
            v_billing_schedules = self.billing_schedules
        except AttributeError:
            pass
        else:
            if not isinstance(v_billing_schedules, Unset):
                data["billing_schedules"] = (
                    [item0.to_dict() for item0 in v_billing_schedules]
                    if isinstance(v_billing_schedules, list)
                    else v_billing_schedules
                )
        try:
            v_cancel_at = self.cancel_at
        except AttributeError:
            pass
        else:
            if not isinstance(v_cancel_at, Unset):
                data["cancel_at"] = v_cancel_at
        try:
            v_cancel_at_period_end = self.cancel_at_period_end
        except AttributeError:
            pass
        else:
            if not isinstance(v_cancel_at_period_end, Unset):
                data["cancel_at_period_end"] = v_cancel_at_period_end
        try:
            v_cancel_now = self.cancel_now
        except AttributeError:
            pass
        else:
            if not isinstance(v_cancel_now, Unset):
                data["cancel_now"] = v_cancel_now
        try:
            v_default_tax_rates = self.default_tax_rates
        except AttributeError:
            pass
        else:
            if not isinstance(v_default_tax_rates, Unset):
                data["default_tax_rates"] = v_default_tax_rates
        try:
            v_items = self.items
        except AttributeError:
            pass
        else:
            if not isinstance(v_items, Unset):
                data["items"] = [item0.to_dict() for item0 in v_items]
        try:
            v_metadata = self.metadata
        except AttributeError:
            pass
        else:
            if not isinstance(v_metadata, Unset):
                data["metadata"] = v_metadata
        try:
            v_pause = self.pause
        except AttributeError:
            pass
        else:
            if not isinstance(v_pause, Unset):
                data["pause"] = v_pause.to_dict()
        try:
            v_proration_behavior = self.proration_behavior
        except AttributeError:
            pass
        else:
            if not isinstance(v_proration_behavior, Unset):
                data["proration_behavior"] = v_proration_behavior
        try:
            v_proration_date = self.proration_date
        except AttributeError:
            pass
        else:
            if not isinstance(v_proration_date, Unset):
                data["proration_date"] = v_proration_date
        try:
            v_resume_at = self.resume_at
        except AttributeError:
            pass
        else:
            if not isinstance(v_resume_at, Unset):
                data["resume_at"] = v_resume_at
        try:
            v_start_date = self.start_date
        except AttributeError:
            pass
        else:
            if not isinstance(v_start_date, Unset):
                data["start_date"] = v_start_date
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
    ) -> PostInvoicesCreatePreviewBodySubscriptionDetails:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal; the checks below are what makes each stored value fit its field.
        # A value that does not fit stays in `d` (the additional properties), its field unfilled.
        fill: Any = obj
        v_billing_cycle_anchor = d.pop("billing_cycle_anchor", UNSET)
        if v_billing_cycle_anchor is UNSET:
            fill.billing_cycle_anchor = UNSET
        elif type(v_billing_cycle_anchor) is dict:
            fill.billing_cycle_anchor = (
                PostInvoicesCreatePreviewBodySubscriptionDetailsBillingCycleAnchor.from_dict(
                    v_billing_cycle_anchor
                )
            )
        else:
            d["billing_cycle_anchor"] = v_billing_cycle_anchor
        v_billing_mode = d.pop("billing_mode", UNSET)
        if v_billing_mode is UNSET:
            fill.billing_mode = UNSET
        elif type(v_billing_mode) is dict:
            fill.billing_mode = (
                PostInvoicesCreatePreviewBodySubscriptionDetailsBillingMode.from_dict(
                    v_billing_mode
                )
            )
        else:
            d["billing_mode"] = v_billing_mode
        v_billing_schedules = d.pop("billing_schedules", UNSET)
        if v_billing_schedules is UNSET:
            fill.billing_schedules = UNSET
        elif (
            type(v_billing_schedules) is list
            and all(type(item0) is dict for item0 in v_billing_schedules)
        ) or (v_billing_schedules == ""):
            fill.billing_schedules = (
                [
                    PostInvoicesCreatePreviewBodySubscriptionDetailsBillingSchedulesType0Item.from_dict(
                        item0
                    )
                    for item0 in v_billing_schedules
                ]
                if type(v_billing_schedules) is list
                and all(type(item0) is dict for item0 in v_billing_schedules)
                else v_billing_schedules
            )
        else:
            d["billing_schedules"] = v_billing_schedules
        v_cancel_at = d.pop("cancel_at", UNSET)
        if v_cancel_at is UNSET:
            fill.cancel_at = UNSET
        elif (type(v_cancel_at) is int) or (type(v_cancel_at) is str) or (v_cancel_at == ""):
            fill.cancel_at = v_cancel_at
        else:
            d["cancel_at"] = v_cancel_at
        v_cancel_at_period_end = d.pop("cancel_at_period_end", UNSET)
        if v_cancel_at_period_end is UNSET:
            fill.cancel_at_period_end = UNSET
        elif type(v_cancel_at_period_end) is bool:
            fill.cancel_at_period_end = v_cancel_at_period_end
        else:
            d["cancel_at_period_end"] = v_cancel_at_period_end
        v_cancel_now = d.pop("cancel_now", UNSET)
        if v_cancel_now is UNSET:
            fill.cancel_now = UNSET
        elif type(v_cancel_now) is bool:
            fill.cancel_now = v_cancel_now
        else:
            d["cancel_now"] = v_cancel_now
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
        v_items = d.pop("items", UNSET)
        if v_items is UNSET:
            fill.items = UNSET
        elif type(v_items) is list and all(type(item0) is dict for item0 in v_items):
            fill.items = [
                PostInvoicesCreatePreviewBodySubscriptionDetailsItemsItem.from_dict(item0)
                for item0 in v_items
            ]
        else:
            d["items"] = v_items
        v_metadata = d.pop("metadata", UNSET)
        if v_metadata is UNSET:
            fill.metadata = UNSET
        elif (
            type(v_metadata) is dict and all(type(item0) is str for item0 in v_metadata.values())
        ) or (v_metadata == ""):
            fill.metadata = v_metadata
        else:
            d["metadata"] = v_metadata
        v_pause = d.pop("pause", UNSET)
        if v_pause is UNSET:
            fill.pause = UNSET
        elif type(v_pause) is dict:
            fill.pause = PostInvoicesCreatePreviewBodySubscriptionDetailsPause.from_dict(v_pause)
        else:
            d["pause"] = v_pause
        v_proration_behavior = d.pop("proration_behavior", UNSET)
        if v_proration_behavior is UNSET:
            fill.proration_behavior = UNSET
        elif type(v_proration_behavior) is str:
            fill.proration_behavior = v_proration_behavior
        else:
            d["proration_behavior"] = v_proration_behavior
        v_proration_date = d.pop("proration_date", UNSET)
        if v_proration_date is UNSET:
            fill.proration_date = UNSET
        elif type(v_proration_date) is int:
            fill.proration_date = v_proration_date
        else:
            d["proration_date"] = v_proration_date
        v_resume_at = d.pop("resume_at", UNSET)
        if v_resume_at is UNSET:
            fill.resume_at = UNSET
        elif type(v_resume_at) is str:
            fill.resume_at = v_resume_at
        else:
            d["resume_at"] = v_resume_at
        v_start_date = d.pop("start_date", UNSET)
        if v_start_date is UNSET:
            fill.start_date = UNSET
        elif type(v_start_date) is int:
            fill.start_date = v_start_date
        else:
            d["start_date"] = v_start_date
        v_trial_end = d.pop("trial_end", UNSET)
        if v_trial_end is UNSET:
            fill.trial_end = UNSET
        elif (type(v_trial_end) is int) or (type(v_trial_end) is str):
            fill.trial_end = v_trial_end
        else:
            d["trial_end"] = v_trial_end
        fill.additional_properties = d
        return obj


class PostInvoicesCreatePreviewBodySubscriptionDetailsParams(TypedDict, total=False):
    """PostInvoicesCreatePreviewBodySubscriptionDetails as plain data, for request parameters."""

    billing_cycle_anchor: (
        PostInvoicesCreatePreviewBodySubscriptionDetailsBillingCycleAnchorParams
        | PostInvoicesCreatePreviewBodySubscriptionDetailsBillingCycleAnchor
    )
    billing_mode: (
        PostInvoicesCreatePreviewBodySubscriptionDetailsBillingModeParams
        | PostInvoicesCreatePreviewBodySubscriptionDetailsBillingMode
    )
    billing_schedules: (
        list[
            PostInvoicesCreatePreviewBodySubscriptionDetailsBillingSchedulesType0ItemParams
            | PostInvoicesCreatePreviewBodySubscriptionDetailsBillingSchedulesType0Item
        ]
        | PostInvoicesCreatePreviewBodySubscriptionDetailsBillingSchedulesType1
    )
    cancel_at: (
        int
        | PostInvoicesCreatePreviewBodySubscriptionDetailsCancelAtType1
        | PostInvoicesCreatePreviewBodySubscriptionDetailsCancelAtType2
    )
    cancel_at_period_end: bool
    cancel_now: bool
    default_tax_rates: (
        list[str] | PostInvoicesCreatePreviewBodySubscriptionDetailsDefaultTaxRatesType1
    )
    items: list[
        PostInvoicesCreatePreviewBodySubscriptionDetailsItemsItemParams
        | PostInvoicesCreatePreviewBodySubscriptionDetailsItemsItem
    ]
    metadata: Mapping[str, str] | PostInvoicesCreatePreviewBodySubscriptionDetailsMetadataType1
    pause: (
        PostInvoicesCreatePreviewBodySubscriptionDetailsPauseParams
        | PostInvoicesCreatePreviewBodySubscriptionDetailsPause
    )
    proration_behavior: PostInvoicesCreatePreviewBodySubscriptionDetailsProrationBehavior
    proration_date: int
    resume_at: PostInvoicesCreatePreviewBodySubscriptionDetailsResumeAt
    start_date: int
    trial_end: int | PostInvoicesCreatePreviewBodySubscriptionDetailsTrialEndType1


# Imported last: models refer to each other in cycles, and are only needed at call time.
from ..models.post_invoices_create_preview_body_subscription_details_billing_cycle_anchor import (
    PostInvoicesCreatePreviewBodySubscriptionDetailsBillingCycleAnchor,  # noqa: E402
)
from ..models.post_invoices_create_preview_body_subscription_details_billing_mode import (
    PostInvoicesCreatePreviewBodySubscriptionDetailsBillingMode,  # noqa: E402
)
from ..models.post_invoices_create_preview_body_subscription_details_billing_schedules_type_0_item import (
    PostInvoicesCreatePreviewBodySubscriptionDetailsBillingSchedulesType0Item,  # noqa: E402
)
from ..models.post_invoices_create_preview_body_subscription_details_items_item import (
    PostInvoicesCreatePreviewBodySubscriptionDetailsItemsItem,  # noqa: E402
)
from ..models.post_invoices_create_preview_body_subscription_details_metadata_type_0 import (
    PostInvoicesCreatePreviewBodySubscriptionDetailsMetadataType0,  # noqa: E402
)
from ..models.post_invoices_create_preview_body_subscription_details_pause import (
    PostInvoicesCreatePreviewBodySubscriptionDetailsPause,  # noqa: E402
)
