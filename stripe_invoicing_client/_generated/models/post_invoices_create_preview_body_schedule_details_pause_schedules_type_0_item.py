from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..models.post_invoices_create_preview_body_schedule_details_pause_schedules_type_0_item_resume_type_1 import (
    PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemResumeType1,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.post_invoices_create_preview_body_schedule_details_pause_schedules_type_0_item_pause import (
        PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemPause,
        PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemPauseParams,
    )
    from ..models.post_invoices_create_preview_body_schedule_details_pause_schedules_type_0_item_resume_type_0 import (
        PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemResumeType0,
        PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemResumeType0Params,
    )


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0Item(Model):
    """PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0Item

    Parsing is tolerant: anything not modelled, and any value of another type than its field
    declares, is kept in `additional_properties`, so `from_dict(data).to_dict() == data`.
    Reading a field that the data lacks, or held with another type, raises
    `FieldNotAvailableError` (an AttributeError); optional fields read as `UNSET` when absent.
    """

    key: str | Unset = UNSET
    pause: PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemPause | Unset = UNSET
    resume: (
        PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemResumeType0
        | PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemResumeType1
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("key", "key", "str"),
        (
            "pause",
            "pause",
            "PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemPause",
        ),
        (
            "resume",
            "resume",
            "PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemResumeType0 | PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemResumeType1",
        ),
    )

    def to_dict(self) -> dict[str, Any]:
        # An unfilled field raises AttributeError; what was received for it, if anything, is
        # already in additional_properties.
        data: dict[str, Any] = dict(self.additional_properties)
        try:
            v_key = self.key
        except AttributeError:
            pass
        else:
            if not isinstance(v_key, Unset):
                data["key"] = v_key
        try:
            v_pause = self.pause
        except AttributeError:
            pass
        else:
            if not isinstance(v_pause, Unset):
                data["pause"] = v_pause.to_dict()
        try:
            v_resume = self.resume
        except AttributeError:
            pass
        else:
            if not isinstance(v_resume, Unset):
                data["resume"] = (
                    v_resume.to_dict()
                    if isinstance(
                        v_resume,
                        PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemResumeType0,
                    )
                    else v_resume
                )
        return data

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0Item:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal; the checks below are what makes each stored value fit its field.
        # A value that does not fit stays in `d` (the additional properties), its field unfilled.
        fill: Any = obj
        v_key = d.pop("key", UNSET)
        if v_key is UNSET:
            fill.key = UNSET
        elif type(v_key) is str:
            fill.key = v_key
        else:
            d["key"] = v_key
        v_pause = d.pop("pause", UNSET)
        if v_pause is UNSET:
            fill.pause = UNSET
        elif type(v_pause) is dict:
            fill.pause = (
                PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemPause.from_dict(
                    v_pause
                )
            )
        else:
            d["pause"] = v_pause
        v_resume = d.pop("resume", UNSET)
        if v_resume is UNSET:
            fill.resume = UNSET
        elif (type(v_resume) is dict) or (v_resume == ""):
            fill.resume = (
                PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemResumeType0.from_dict(
                    v_resume
                )
                if type(v_resume) is dict
                else v_resume
            )
        else:
            d["resume"] = v_resume
        fill.additional_properties = d
        return obj


class PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemParams(
    TypedDict, total=False
):
    """PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0Item as plain data, for request parameters."""

    key: str
    pause: (
        PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemPauseParams
        | PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemPause
    )
    resume: (
        PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemResumeType0Params
        | PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemResumeType0
        | PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemResumeType1
    )


# Imported last: models refer to each other in cycles, and are only needed at call time.
from ..models.post_invoices_create_preview_body_schedule_details_pause_schedules_type_0_item_pause import (
    PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemPause,  # noqa: E402
)
from ..models.post_invoices_create_preview_body_schedule_details_pause_schedules_type_0_item_resume_type_0 import (
    PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemResumeType0,  # noqa: E402
)
