from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.post_invoices_create_preview_body_schedule_details_pause_schedules_type_0_item_resume_type_0_resume_at import (
        PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemResumeType0ResumeAt,
        PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemResumeType0ResumeAtParams,
    )
    from ..models.post_invoices_create_preview_body_schedule_details_pause_schedules_type_0_item_resume_type_0_settings import (
        PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemResumeType0Settings,
        PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemResumeType0SettingsParams,
    )


@_attrs_define
class PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemResumeType0:
    """PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemResumeType0

    Parsing is tolerant: a field missing from the data, or of another type than described,
    reads as `UNSET`, and anything not modelled is kept in `additional_properties`, so
    `from_dict(data).to_dict() == data`.
    """

    resume_at: (
        PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemResumeType0ResumeAt
        | Unset
    ) = UNSET
    settings: (
        PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemResumeType0Settings
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = dict(self.additional_properties)
        v_resume_at = self.resume_at
        if not isinstance(v_resume_at, Unset):
            data["resume_at"] = v_resume_at.to_dict()
        v_settings = self.settings
        if not isinstance(v_settings, Unset):
            data["settings"] = v_settings.to_dict()
        return data

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemResumeType0:
        d = dict(src_dict)
        v_resume_at = d.pop("resume_at", UNSET)
        if v_resume_at is not UNSET:
            if type(v_resume_at) is dict:
                v_resume_at = PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemResumeType0ResumeAt.from_dict(
                    v_resume_at
                )
            else:
                d["resume_at"] = v_resume_at
                v_resume_at = UNSET
        v_settings = d.pop("settings", UNSET)
        if v_settings is not UNSET:
            if type(v_settings) is dict:
                v_settings = PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemResumeType0Settings.from_dict(
                    v_settings
                )
            else:
                d["settings"] = v_settings
                v_settings = UNSET
        obj = cls(
            resume_at=v_resume_at,
            settings=v_settings,
        )
        obj.additional_properties = d
        return obj

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


class PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemResumeType0Params(
    TypedDict, total=False
):
    """PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemResumeType0 as plain data, for request parameters."""

    resume_at: (
        PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemResumeType0ResumeAtParams
        | PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemResumeType0ResumeAt
    )
    settings: (
        PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemResumeType0SettingsParams
        | PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemResumeType0Settings
    )


# Imported last: models refer to each other in cycles, and are only needed at call time.
from ..models.post_invoices_create_preview_body_schedule_details_pause_schedules_type_0_item_resume_type_0_resume_at import (
    PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemResumeType0ResumeAt,  # noqa: E402
)
from ..models.post_invoices_create_preview_body_schedule_details_pause_schedules_type_0_item_resume_type_0_settings import (
    PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemResumeType0Settings,  # noqa: E402
)
