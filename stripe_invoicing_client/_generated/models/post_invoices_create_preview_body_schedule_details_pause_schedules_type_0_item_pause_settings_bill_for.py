from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.post_invoices_create_preview_body_schedule_details_pause_schedules_type_0_item_pause_settings_bill_for_outstanding_usage_through import (
        PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemPauseSettingsBillForOutstandingUsageThrough,
        PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemPauseSettingsBillForOutstandingUsageThroughParams,
    )
    from ..models.post_invoices_create_preview_body_schedule_details_pause_schedules_type_0_item_pause_settings_bill_for_unused_time_from import (
        PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemPauseSettingsBillForUnusedTimeFrom,
        PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemPauseSettingsBillForUnusedTimeFromParams,
    )


@_attrs_define
class PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemPauseSettingsBillFor:
    """PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemPauseSettingsBillFor

    Parsing is tolerant: a field missing from the data, or of another type than described,
    reads as `UNSET`, and anything not modelled is kept in `additional_properties`, so
    `from_dict(data).to_dict() == data`.
    """

    outstanding_usage_through: (
        PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemPauseSettingsBillForOutstandingUsageThrough
        | Unset
    ) = UNSET
    unused_time_from: (
        PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemPauseSettingsBillForUnusedTimeFrom
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = dict(self.additional_properties)
        v_outstanding_usage_through = self.outstanding_usage_through
        if not isinstance(v_outstanding_usage_through, Unset):
            data["outstanding_usage_through"] = v_outstanding_usage_through.to_dict()
        v_unused_time_from = self.unused_time_from
        if not isinstance(v_unused_time_from, Unset):
            data["unused_time_from"] = v_unused_time_from.to_dict()
        return data

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemPauseSettingsBillFor:
        d = dict(src_dict)
        v_outstanding_usage_through = d.pop("outstanding_usage_through", UNSET)
        if v_outstanding_usage_through is not UNSET:
            if type(v_outstanding_usage_through) is dict:
                v_outstanding_usage_through = PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemPauseSettingsBillForOutstandingUsageThrough.from_dict(
                    v_outstanding_usage_through
                )
            else:
                d["outstanding_usage_through"] = v_outstanding_usage_through
                v_outstanding_usage_through = UNSET
        v_unused_time_from = d.pop("unused_time_from", UNSET)
        if v_unused_time_from is not UNSET:
            if type(v_unused_time_from) is dict:
                v_unused_time_from = PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemPauseSettingsBillForUnusedTimeFrom.from_dict(
                    v_unused_time_from
                )
            else:
                d["unused_time_from"] = v_unused_time_from
                v_unused_time_from = UNSET
        obj = cls(
            outstanding_usage_through=v_outstanding_usage_through,
            unused_time_from=v_unused_time_from,
        )
        obj.additional_properties = d
        return obj

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


class PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemPauseSettingsBillForParams(
    TypedDict, total=False
):
    """PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemPauseSettingsBillFor as plain data, for request parameters."""

    outstanding_usage_through: (
        PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemPauseSettingsBillForOutstandingUsageThroughParams
        | PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemPauseSettingsBillForOutstandingUsageThrough
    )
    unused_time_from: (
        PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemPauseSettingsBillForUnusedTimeFromParams
        | PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemPauseSettingsBillForUnusedTimeFrom
    )


# Imported last: models refer to each other in cycles, and are only needed at call time.
from ..models.post_invoices_create_preview_body_schedule_details_pause_schedules_type_0_item_pause_settings_bill_for_outstanding_usage_through import (
    PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemPauseSettingsBillForOutstandingUsageThrough,  # noqa: E402
)
from ..models.post_invoices_create_preview_body_schedule_details_pause_schedules_type_0_item_pause_settings_bill_for_unused_time_from import (
    PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemPauseSettingsBillForUnusedTimeFrom,  # noqa: E402
)
