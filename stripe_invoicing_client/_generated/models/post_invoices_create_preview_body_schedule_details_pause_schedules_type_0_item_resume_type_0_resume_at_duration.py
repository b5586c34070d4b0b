from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..models.post_invoices_create_preview_body_schedule_details_pause_schedules_type_0_item_resume_type_0_resume_at_duration_interval import (
    PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemResumeType0ResumeAtDurationInterval,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from typing_extensions import Required


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemResumeType0ResumeAtDuration(
    Model
):
    """PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemResumeType0ResumeAtDurati
    on

    Parsing is tolerant: anything not modelled, and any value of another type than its field
    declares, is kept in `additional_properties`, so `from_dict(data).to_dict() == data`.
    Reading a field that the data lacks, or held with another type, raises
    `FieldNotAvailableError` (an AttributeError); optional fields read as `UNSET` when absent.
    """

    interval: PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemResumeType0ResumeAtDurationInterval
    interval_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        (
            "interval",
            "interval",
            "PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemResumeType0ResumeAtDurationInterval",
        ),
        ("interval_count", "interval_count", "int"),
    )

    def to_dict(self) -> dict[str, Any]:
        # An unfilled field raises AttributeError; what was received for it, if anything, is
        # already in additional_properties.
        data: dict[str, Any] = dict(self.additional_properties)
        try:
            v_interval = self.interval
        except AttributeError:
            pass
        else:
            data["interval"] = v_interval
        try:
            v_interval_count = self.interval_count
        except AttributeError:
            pass
        else:
            if not isinstance(v_interval_count, Unset):
                data["interval_count"] = v_interval_count
        return data

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemResumeType0ResumeAtDuration:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal; the checks below are what makes each stored value fit its field.
        # A value that does not fit stays in `d` (the additional properties), its field unfilled.
        fill: Any = obj
        v_interval = d.pop("interval", UNSET)
        if v_interval is not UNSET:
            if type(v_interval) is str:
                fill.interval = v_interval
            else:
                d["interval"] = v_interval
        v_interval_count = d.pop("interval_count", UNSET)
        if v_interval_count is UNSET:
            fill.interval_count = UNSET
        elif type(v_interval_count) is int:
            fill.interval_count = v_interval_count
        else:
            d["interval_count"] = v_interval_count
        fill.additional_properties = d
        return obj


class PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemResumeType0ResumeAtDurationParams(
    TypedDict, total=False
):
    """PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemResumeType0ResumeAtDuration as plain data, for request parameters."""

    interval: Required[
        PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemResumeType0ResumeAtDurationInterval
    ]
    interval_count: int


# Imported last: models refer to each other in cycles, and are only needed at call time.
