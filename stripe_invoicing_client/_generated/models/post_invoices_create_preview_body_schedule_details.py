from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
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


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PostInvoicesCreatePreviewBodyScheduleDetails(Model):
    """PostInvoicesCreatePreviewBodyScheduleDetails

    Parsing is tolerant: anything not modelled, and any value of another type than its field
    declares, is kept in `additional_properties`, so `from_dict(data).to_dict() == data`.
    Reading a field that the data lacks, or held with another type, raises
    `FieldNotAvailableError` (an AttributeError); optional fields read as `UNSET` when absent.
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
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("billing_mode", "billing_mode", "PostInvoicesCreatePreviewBodyScheduleDetailsBillingMode"),
        ("end_behavior", "end_behavior", "PostInvoicesCreatePreviewBodyScheduleDetailsEndBehavior"),
        (
            "pause_schedules",
            "pause_schedules",
            "list[PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0Item] | PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType1",
        ),
        ("phases", "phases", "list[PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItem]"),
        (
            "proration_behavior",
            "proration_behavior",
            "PostInvoicesCreatePreviewBodyScheduleDetailsProrationBehavior",
        ),
    )

    def to_dict(self) -> dict[str, Any]:
        # An unfilled field raises AttributeError; what was received for it, if anything, is
        # already in additional_properties.
        data: dict[str, Any] = dict(self.additional_properties)
        try:
            v_billing_mode = self.billing_mode
        except AttributeError:
            pass
        else:
            if not isinstance(v_billing_mode, Unset):
                data["billing_mode"] = v_billing_mode.to_dict()
        try:
            v_end_behavior = self.end_behavior
        except AttributeError:
            pass
        else:
            if not isinstance(v_end_behavior, Unset):
                data["end_behavior"] = v_end_behavior
        try:
            v_pause_schedules = self.pause_schedules
        except AttributeError:
            pass
        else:
            if not isinstance(v_pause_schedules, Unset):
                data["pause_schedules"] = (
                    [item0.to_dict() for item0 in v_pause_schedules]
                    if isinstance(v_pause_schedules, list)
                    else v_pause_schedules
                )
        try:
            v_phases = self.phases
        except AttributeError:
            pass
        else:
            if not isinstance(v_phases, Unset):
                data["phases"] = [item0.to_dict() for item0 in v_phases]
        try:
            v_proration_behavior = self.proration_behavior
        except AttributeError:
            pass
        else:
            if not isinstance(v_proration_behavior, Unset):
                data["proration_behavior"] = v_proration_behavior
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PostInvoicesCreatePreviewBodyScheduleDetails:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal; the checks below are what makes each stored value fit its field.
        # A value that does not fit stays in `d` (the additional properties), its field unfilled.
        fill: Any = obj
        v_billing_mode = d.pop("billing_mode", UNSET)
        if v_billing_mode is UNSET:
            fill.billing_mode = UNSET
        elif type(v_billing_mode) is dict:
            fill.billing_mode = PostInvoicesCreatePreviewBodyScheduleDetailsBillingMode.from_dict(
                v_billing_mode
            )
        else:
            d["billing_mode"] = v_billing_mode
        v_end_behavior = d.pop("end_behavior", UNSET)
        if v_end_behavior is UNSET:
            fill.end_behavior = UNSET
        elif type(v_end_behavior) is str:
            fill.end_behavior = v_end_behavior
        else:
            d["end_behavior"] = v_end_behavior
        v_pause_schedules = d.pop("pause_schedules", UNSET)
        if v_pause_schedules is UNSET:
            fill.pause_schedules = UNSET
        elif (
            type(v_pause_schedules) is list
            and all(type(item0) is dict for item0 in v_pause_schedules)
        ) or (v_pause_schedules == ""):
            fill.pause_schedules = (
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
        v_phases = d.pop("phases", UNSET)
        if v_phases is UNSET:
            fill.phases = UNSET
        elif type(v_phases) is list and all(type(item0) is dict for item0 in v_phases):
            fill.phases = [
                PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItem.from_dict(item0)
                for item0 in v_phases
            ]
        else:
            d["phases"] = v_phases
        v_proration_behavior = d.pop("proration_behavior", UNSET)
        if v_proration_behavior is UNSET:
            fill.proration_behavior = UNSET
        elif type(v_proration_behavior) is str:
            fill.proration_behavior = v_proration_behavior
        else:
            d["proration_behavior"] = v_proration_behavior
        fill.additional_properties = d
        return obj


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
