from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.post_invoices_create_preview_body_schedule_details_pause_schedules_type_0_item_resume_type_0_settings_billing_cycle_anchor import (
    PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemResumeType0SettingsBillingCycleAnchor,
)
from ..models.post_invoices_create_preview_body_schedule_details_pause_schedules_type_0_item_resume_type_0_settings_payment_behavior import (
    PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemResumeType0SettingsPaymentBehavior,
)
from ..models.post_invoices_create_preview_body_schedule_details_pause_schedules_type_0_item_resume_type_0_settings_proration_behavior import (
    PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemResumeType0SettingsProrationBehavior,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    pass


@_attrs_define
class PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemResumeType0Settings:
    """PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemResumeType0Settings

    Parsing is tolerant: a field missing from the data, or of another type than described,
    reads as `UNSET`, and anything not modelled is kept in `additional_properties`, so
    `from_dict(data).to_dict() == data`.
    """

    billing_cycle_anchor: (
        PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemResumeType0SettingsBillingCycleAnchor
        | Unset
    ) = UNSET
    payment_behavior: (
        PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemResumeType0SettingsPaymentBehavior
        | Unset
    ) = UNSET
    proration_behavior: (
        PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemResumeType0SettingsProrationBehavior
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = dict(self.additional_properties)
        v_billing_cycle_anchor = self.billing_cycle_anchor
        if not isinstance(v_billing_cycle_anchor, Unset):
            data["billing_cycle_anchor"] = v_billing_cycle_anchor
        v_payment_behavior = self.payment_behavior
        if not isinstance(v_payment_behavior, Unset):
            data["payment_behavior"] = v_payment_behavior
        v_proration_behavior = self.proration_behavior
        if not isinstance(v_proration_behavior, Unset):
            data["proration_behavior"] = v_proration_behavior
        return data

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemResumeType0Settings:
        d = dict(src_dict)
        v_billing_cycle_anchor = d.pop("billing_cycle_anchor", UNSET)
        if v_billing_cycle_anchor is not UNSET and not (type(v_billing_cycle_anchor) is str):
            d["billing_cycle_anchor"] = v_billing_cycle_anchor
            v_billing_cycle_anchor = UNSET
        v_payment_behavior = d.pop("payment_behavior", UNSET)
        if v_payment_behavior is not UNSET and not (type(v_payment_behavior) is str):
            d["payment_behavior"] = v_payment_behavior
            v_payment_behavior = UNSET
        v_proration_behavior = d.pop("proration_behavior", UNSET)
        if v_proration_behavior is not UNSET and not (type(v_proration_behavior) is str):
            d["proration_behavior"] = v_proration_behavior
            v_proration_behavior = UNSET
        obj = cls(
            billing_cycle_anchor=v_billing_cycle_anchor,
            payment_behavior=v_payment_behavior,
            proration_behavior=v_proration_behavior,
        )
        obj.additional_properties = d
        return obj

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


class PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemResumeType0SettingsParams(
    TypedDict, total=False
):
    """PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemResumeType0Settings as plain data, for request parameters."""

    billing_cycle_anchor: PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemResumeType0SettingsBillingCycleAnchor
    payment_behavior: PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemResumeType0SettingsPaymentBehavior
    proration_behavior: PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemResumeType0SettingsProrationBehavior


# Imported last: models refer to each other in cycles, and are only needed at call time.
