from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
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


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemResumeType0Settings(Model):
    """PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemResumeType0Settings

    Parsing is tolerant: anything not modelled, and any value of another type than its field
    declares, is kept in `additional_properties`, so `from_dict(data).to_dict() == data`.
    Reading a field that the data lacks, or held with another type, raises
    `FieldNotAvailableError` (an AttributeError); optional fields read as `UNSET` when absent.
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
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        (
            "billing_cycle_anchor",
            "billing_cycle_anchor",
            "PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemResumeType0SettingsBillingCycleAnchor",
        ),
        (
            "payment_behavior",
            "payment_behavior",
            "PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemResumeType0SettingsPaymentBehavior",
        ),
        (
            "proration_behavior",
            "proration_behavior",
            "PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemResumeType0SettingsProrationBehavior",
        ),
    )

    def to_dict(self) -> dict[str, Any]:
        # An unfilled field raises AttributeError; what was received for it, if anything, is
        # already in additional_properties.
        data: dict[str, Any] = dict(self.additional_properties)
        try:
            v_billing_cycle_anchor = self.billing_cycle_anchor
        except AttributeError:
            pass
        else:
            if not isinstance(v_billing_cycle_anchor, Unset):
                data["billing_cycle_anchor"] = v_billing_cycle_anchor
        try:
            v_payment_behavior = self.payment_behavior
        except AttributeError:
            pass
        else:
            if not isinstance(v_payment_behavior, Unset):
                data["payment_behavior"] = v_payment_behavior
        try:
            v_proration_behavior = self.proration_behavior
        except AttributeError:
            pass
        else:
            if not isinstance(v_proration_behavior, Unset):
                data["proration_behavior"] = v_proration_behavior
        return data

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemResumeType0Settings:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal; the checks below are what makes each stored value fit its field.
        # A value that does not fit stays in `d` (the additional properties), its field unfilled.
        fill: Any = obj
        v_billing_cycle_anchor = d.pop("billing_cycle_anchor", UNSET)
        if v_billing_cycle_anchor is UNSET:
            fill.billing_cycle_anchor = UNSET
        elif type(v_billing_cycle_anchor) is str:
            fill.billing_cycle_anchor = v_billing_cycle_anchor
        else:
            d["billing_cycle_anchor"] = v_billing_cycle_anchor
        v_payment_behavior = d.pop("payment_behavior", UNSET)
        if v_payment_behavior is UNSET:
            fill.payment_behavior = UNSET
        elif type(v_payment_behavior) is str:
            fill.payment_behavior = v_payment_behavior
        else:
            d["payment_behavior"] = v_payment_behavior
        v_proration_behavior = d.pop("proration_behavior", UNSET)
        if v_proration_behavior is UNSET:
            fill.proration_behavior = UNSET
        elif type(v_proration_behavior) is str:
            fill.proration_behavior = v_proration_behavior
        else:
            d["proration_behavior"] = v_proration_behavior
        fill.additional_properties = d
        return obj


class PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemResumeType0SettingsParams(
    TypedDict, total=False
):
    """PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemResumeType0Settings as plain data, for request parameters."""

    billing_cycle_anchor: PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemResumeType0SettingsBillingCycleAnchor
    payment_behavior: PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemResumeType0SettingsPaymentBehavior
    proration_behavior: PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemResumeType0SettingsProrationBehavior


# Imported last: models refer to each other in cycles, and are only needed at call time.
