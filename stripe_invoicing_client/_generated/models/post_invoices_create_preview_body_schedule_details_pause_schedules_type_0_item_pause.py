from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
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


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemPause(Model):
    """PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemPause

    Parsing is tolerant: anything not modelled, and any value of another type than its field
    declares, is kept in `additional_properties`, so `from_dict(data).to_dict() == data`.
    Reading a field that the data lacks, or held with another type, raises
    `FieldNotAvailableError` (an AttributeError); optional fields read as `UNSET` when absent.
    """

    pause_at: (
        PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemPausePauseAt | Unset
    ) = UNSET
    settings: (
        PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemPauseSettings | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        (
            "pause_at",
            "pause_at",
            "PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemPausePauseAt",
        ),
        (
            "settings",
            "settings",
            "PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemPauseSettings",
        ),
    )

    def to_dict(self) -> dict[str, Any]:
        # An unfilled field raises AttributeError; what was received for it, if anything, is
        # already in additional_properties.
        data: dict[str, Any] = dict(self.additional_properties)
        try:
            v_pause_at = self.pause_at
        except AttributeError:
            pass
        else:
            if not isinstance(v_pause_at, Unset):
                data["pause_at"] = v_pause_at.to_dict()
        try:
            v_settings = self.settings
        except AttributeError:
            pass
        else:
            if not isinstance(v_settings, Unset):
                data["settings"] = v_settings.to_dict()
        return data

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemPause:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal; the checks below are what makes each stored value fit its field.
        # A value that does not fit stays in `d` (the additional properties), its field unfilled.
        fill: Any = obj
        v_pause_at = d.pop("pause_at", UNSET)
        if v_pause_at is UNSET:
            fill.pause_at = UNSET
        elif type(v_pause_at) is dict:
            fill.pause_at = PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemPausePauseAt.from_dict(
                v_pause_at
            )
        else:
            d["pause_at"] = v_pause_at
        v_settings = d.pop("settings", UNSET)
        if v_settings is UNSET:
            fill.settings = UNSET
        elif type(v_settings) is dict:
            fill.settings = PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemPauseSettings.from_dict(
                v_settings
            )
        else:
            d["settings"] = v_settings
        fill.additional_properties = d
        return obj


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
