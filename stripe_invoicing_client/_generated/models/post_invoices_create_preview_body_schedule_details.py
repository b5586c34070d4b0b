from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.post_invoices_create_preview_body_schedule_details_end_behavior import (
    PostInvoicesCreatePreviewBodyScheduleDetailsEndBehavior,
)
from ..models.post_invoices_create_preview_body_schedule_details_pause_schedules_type_1 import (
    PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType1,
)
from ..models.post_invoices_create_preview_body_schedule_details_proration_behavior import (
    PostInvoicesCreatePreviewBodyScheduleDetailsProrationBehavior,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.post_invoices_create_preview_body_schedule_details_billing_mode import (
        PostInvoicesCreatePreviewBodyScheduleDetailsBillingMode,
        PostInvoicesCreatePreviewBodyScheduleDetailsBillingModeParams,
    )
    from ..models.post_invoices_create_preview_body_schedule_details_pause_schedules_type_0_item import (
        PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0Item,
        PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemParams,
    )
    from ..models.post_invoices_create_preview_body_schedule_details_phases_item import (
        PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItem,
        PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemParams,
    )


@_attrs_define
class PostInvoicesCreatePreviewBodyScheduleDetails:
    """PostInvoicesCreatePreviewBodyScheduleDetails

    Parsing is tolerant: a field missing from the data, or of another type than described,
    reads as `UNSET`, and anything not modelled is kept in `additional_properties`, so
    `from_dict(data).to_dict() == data`.
    """

    billing_mode: PostInvoicesCreatePreviewBodyScheduleDetailsBillingMode | Unset = UNSET
    end_behavior: PostInvoicesCreatePreviewBodyScheduleDetailsEndBehavior | Unset = UNSET
    pause_schedules: (
        list[PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0Item]
        | PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType1
        | Unset
    ) = UNSET
    phases: list[PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItem] | Unset = UNSET
    proration_behavior: PostInvoicesCreatePreviewBodyScheduleDetailsProrationBehavior | Unset = (
        UNSET
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = dict(self.additional_properties)
        v_billing_mode = self.billing_mode
        if not isinstance(v_billing_mode, Unset):
            data["billing_mode"] = v_billing_mode.to_dict()
        v_end_behavior = self.end_behavior
        if not isinstance(v_end_behavior, Unset):
            data["end_behavior"] = v_end_behavior
        v_pause_schedules = self.pause_schedules
        if not isinstance(v_pause_schedules, Unset):
            data["pause_schedules"] = (
                [item0.to_dict() for item0 in v_pause_schedules]
                if isinstance(v_pause_schedules, list)
                else v_pause_schedules
            )
        v_phases = self.phases
        if not isinstance(v_phases, Unset):
            data["phases"] = [item0.to_dict() for item0 in v_phases]
        v_proration_behavior = self.proration_behavior
        if not isinstance(v_proration_behavior, Unset):
            data["proration_behavior"] = v_proration_behavior
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PostInvoicesCreatePreviewBodyScheduleDetails:
        d = dict(src_dict)
        v_billing_mode = d.pop("billing_mode", UNSET)
        if v_billing_mode is not UNSET:
            if type(v_billing_mode) is dict:
                v_billing_mode = PostInvoicesCreatePreviewBodyScheduleDetailsBillingMode.from_dict(
                    v_billing_mode
                )
            else:
                d["billing_mode"] = v_billing_mode
                v_billing_mode = UNSET
        v_end_behavior = d.pop("end_behavior", UNSET)
        if v_end_behavior is not UNSET and not (type(v_end_behavior) is str):
            d["end_behavior"] = v_end_behavior
            v_end_behavior = UNSET
        v_pause_schedules = d.pop("pause_schedules", UNSET)
        if v_pause_schedules is not UNSET:
            if (
                type(v_pause_schedules) is list
                and all(type(item0) is dict for item0 in v_pause_schedules)
            ) or (v_pause_schedules == ""):
                v_pause_schedules = (
                    [
                        PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0Item.from_dict(
                            item0
                        )
                        for item0 in v_pause_schedules
                    ]
                    if type(v_pause_schedules) is list
                    and all(type(item0) is dict for item0 in v_pause_schedules)
                    else v_pause_schedules
                )
            else:
                d["pause_schedules"] = v_pause_schedules
                v_pause_schedules = UNSET
        v_phases = d.pop("phases", UNSET)
        if v_phases is not UNSET:
            if type(v_phases) is list and all(type(item0) is dict for item0 in v_phases):
                v_phases = [
                    PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItem.from_dict(item0)
                    for item0 in v_phases
                ]
            else:
                d["phases"] = v_phases
                v_phases = UNSET
        v_proration_behavior = d.pop("proration_behavior", UNSET)
        if v_proration_behavior is not UNSET and not (type(v_proration_behavior) is str):
            d["proration_behavior"] = v_proration_behavior
            v_proration_behavior = UNSET
        obj = cls(
            billing_mode=v_billing_mode,
            end_behavior=v_end_behavior,
            pause_schedules=v_pause_schedules,
            phases=v_phases,
            proration_behavior=v_proration_behavior,
        )
        obj.additional_properties = d
        return obj

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


class PostInvoicesCreatePreviewBodyScheduleDetailsParams(TypedDict, total=False):
    """PostInvoicesCreatePreviewBodyScheduleDetails as plain data, for request parameters."""

    billing_mode: (
        PostInvoicesCreatePreviewBodyScheduleDetailsBillingModeParams
        | PostInvoicesCreatePreviewBodyScheduleDetailsBillingMode
    )
    end_behavior: PostInvoicesCreatePreviewBodyScheduleDetailsEndBehavior
    pause_schedules: (
        list[
            PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemParams
            | PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0Item
        ]
        | PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType1
    )
    phases: list[
        PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemParams
        | PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItem
    ]
    proration_behavior: PostInvoicesCreatePreviewBodyScheduleDetailsProrationBehavior


# Imported last: models refer to each other in cycles, and are only needed at call time.
from ..models.post_invoices_create_preview_body_schedule_details_billing_mode import (
    PostInvoicesCreatePreviewBodyScheduleDetailsBillingMode,  # noqa: E402
)
from ..models.post_invoices_create_preview_body_schedule_details_pause_schedules_type_0_item import (
    PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0Item,  # noqa: E402
)
from ..models.post_invoices_create_preview_body_schedule_details_phases_item import (
    PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItem,  # noqa: E402
)
