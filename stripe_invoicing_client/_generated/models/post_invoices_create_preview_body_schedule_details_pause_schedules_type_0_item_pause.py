from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.post_invoices_create_preview_body_schedule_details_pause_schedules_type_0_item_pause_pause_at import (
        PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemPausePauseAt,
        PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemPausePauseAtParams,
    )
    from ..models.post_invoices_create_preview_body_schedule_details_pause_schedules_type_0_item_pause_settings import (
        PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemPauseSettings,
        PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemPauseSettingsParams,
    )


@_attrs_define
class PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemPause:
    """PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemPause

    Parsing is tolerant: a field missing from the data, or of another type than described,
    reads as `UNSET`, and anything not modelled is kept in `additional_properties`, so
    `from_dict(data).to_dict() == data`.
    """

    pause_at: (
        PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemPausePauseAt | Unset
    ) = UNSET
    settings: (
        PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemPauseSettings | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = dict(self.additional_properties)
        v_pause_at = self.pause_at
        if not isinstance(v_pause_at, Unset):
            data["pause_at"] = v_pause_at.to_dict()
        v_settings = self.settings
        if not isinstance(v_settings, Unset):
            data["settings"] = v_settings.to_dict()
        return data

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemPause:
        d = dict(src_dict)
        v_pause_at = d.pop("pause_at", UNSET)
        if v_pause_at is not UNSET:
            if type(v_pause_at) is dict:
                v_pause_at = PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemPausePauseAt.from_dict(
                    v_pause_at
                )
            else:
                d["pause_at"] = v_pause_at
                v_pause_at = UNSET
        v_settings = d.pop("settings", UNSET)
        if v_settings is not UNSET:
            if type(v_settings) is dict:
                v_settings = PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemPauseSettings.from_dict(
                    v_settings
                )
            else:
                d["settings"] = v_settings
                v_settings = UNSET
        obj = cls(
            pause_at=v_pause_at,
            settings=v_settings,
        )
        obj.additional_properties = d
        return obj

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


class PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemPauseParams(
    TypedDict, total=False
):
    """PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemPause as plain data, for request parameters."""

    pause_at: (
        PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemPausePauseAtParams
        | PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemPausePauseAt
    )
    settings: (
        PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemPauseSettingsParams
        | PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemPauseSettings
    )


# Imported last: models refer to each other in cycles, and are only needed at call time.
from ..models.post_invoices_create_preview_body_schedule_details_pause_schedules_type_0_item_pause_pause_at import (
    PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemPausePauseAt,  # noqa: E402
)
from ..models.post_invoices_create_preview_body_schedule_details_pause_schedules_type_0_item_pause_settings import (
    PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemPauseSettings,  # noqa: E402
)
