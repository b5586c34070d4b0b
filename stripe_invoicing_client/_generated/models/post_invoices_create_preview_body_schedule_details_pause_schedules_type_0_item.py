from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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


@_attrs_define
class PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0Item:
    """PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0Item

    Parsing is tolerant: a field missing from the data, or of another type than described,
    reads as `UNSET`, and anything not modelled is kept in `additional_properties`, so
    `from_dict(data).to_dict() == data`.
    """

    key: str | Unset = UNSET
    pause: PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemPause | Unset = UNSET
    resume: (
        PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemResumeType0
        | PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemResumeType1
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = dict(self.additional_properties)
        v_key = self.key
        if not isinstance(v_key, Unset):
            data["key"] = v_key
        v_pause = self.pause
        if not isinstance(v_pause, Unset):
            data["pause"] = v_pause.to_dict()
        v_resume = self.resume
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
        v_key = d.pop("key", UNSET)
        if v_key is not UNSET and not (type(v_key) is str):
            d["key"] = v_key
            v_key = UNSET
        v_pause = d.pop("pause", UNSET)
        if v_pause is not UNSET:
            if type(v_pause) is dict:
                v_pause = PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemPause.from_dict(
                    v_pause
                )
            else:
                d["pause"] = v_pause
                v_pause = UNSET
        v_resume = d.pop("resume", UNSET)
        if v_resume is not UNSET:
            if (type(v_resume) is dict) or (v_resume == ""):
                v_resume = (
                    PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemResumeType0.from_dict(
                        v_resume
                    )
                    if type(v_resume) is dict
                    else v_resume
                )
            else:
                d["resume"] = v_resume
                v_resume = UNSET
        obj = cls(
            key=v_key,
            pause=v_pause,
            resume=v_resume,
        )
        obj.additional_properties = d
        return obj

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


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
