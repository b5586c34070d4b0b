from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.post_invoices_create_preview_body_schedule_details_pause_schedules_type_0_item_pause_settings_invoicing_behavior import (
    PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemPauseSettingsInvoicingBehavior,
)
from ..models.post_invoices_create_preview_body_schedule_details_pause_schedules_type_0_item_pause_settings_type import (
    PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemPauseSettingsType,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.post_invoices_create_preview_body_schedule_details_pause_schedules_type_0_item_pause_settings_bill_for import (
        PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemPauseSettingsBillFor,
        PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemPauseSettingsBillForParams,
    )


@_attrs_define
class PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemPauseSettings:
    """PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemPauseSettings

    Parsing is tolerant: a field missing from the data, or of another type than described,
    reads as `UNSET`, and anything not modelled is kept in `additional_properties`, so
    `from_dict(data).to_dict() == data`.
    """

    bill_for: (
        PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemPauseSettingsBillFor
        | Unset
    ) = UNSET
    invoicing_behavior: (
        PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemPauseSettingsInvoicingBehavior
        | Unset
    ) = UNSET
    type_: (
        PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemPauseSettingsType | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = dict(self.additional_properties)
        v_bill_for = self.bill_for
        if not isinstance(v_bill_for, Unset):
            data["bill_for"] = v_bill_for.to_dict()
        v_invoicing_behavior = self.invoicing_behavior
        if not isinstance(v_invoicing_behavior, Unset):
            data["invoicing_behavior"] = v_invoicing_behavior
        v_type_ = self.type_
        if not isinstance(v_type_, Unset):
            data["type"] = v_type_
        return data

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemPauseSettings:
        d = dict(src_dict)
        v_bill_for = d.pop("bill_for", UNSET)
        if v_bill_for is not UNSET:
            if type(v_bill_for) is dict:
                v_bill_for = PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemPauseSettingsBillFor.from_dict(
                    v_bill_for
                )
            else:
                d["bill_for"] = v_bill_for
                v_bill_for = UNSET
        v_invoicing_behavior = d.pop("invoicing_behavior", UNSET)
        if v_invoicing_behavior is not UNSET and not (type(v_invoicing_behavior) is str):
            d["invoicing_behavior"] = v_invoicing_behavior
            v_invoicing_behavior = UNSET
        v_type_ = d.pop("type", UNSET)
        if v_type_ is not UNSET and not (type(v_type_) is str):
            d["type"] = v_type_
            v_type_ = UNSET
        obj = cls(
            bill_for=v_bill_for,
            invoicing_behavior=v_invoicing_behavior,
            type_=v_type_,
        )
        obj.additional_properties = d
        return obj

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


class PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemPauseSettingsParams(
    TypedDict, total=False
):
    """PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemPauseSettings as plain data, for request parameters."""

    bill_for: (
        PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemPauseSettingsBillForParams
        | PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemPauseSettingsBillFor
    )
    invoicing_behavior: PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemPauseSettingsInvoicingBehavior
    type: PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemPauseSettingsType


# Imported last: models refer to each other in cycles, and are only needed at call time.
from ..models.post_invoices_create_preview_body_schedule_details_pause_schedules_type_0_item_pause_settings_bill_for import (
    PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemPauseSettingsBillFor,  # noqa: E402
)
