from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..models.post_invoices_create_preview_body_schedule_details_pause_schedules_type_0_item_pause_settings_bill_for_outstanding_usage_through_type import (
    PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemPauseSettingsBillForOutstandingUsageThroughType,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    pass


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemPauseSettingsBillForOutstandingUsageThrough(
    Model
):
    """PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemPauseSettingsBillForOutst
    andingUsageThrough

    Parsing is tolerant: anything not modelled, and any value of another type than its field
    declares, is kept in `additional_properties`, so `from_dict(data).to_dict() == data`.
    Reading a field that the data lacks, or held with another type, raises
    `FieldNotAvailableError` (an AttributeError); optional fields read as `UNSET` when absent.
    """

    type_: (
        PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemPauseSettingsBillForOutstandingUsageThroughType
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        (
            "type_",
            "type",
            "PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemPauseSettingsBillForOutstandingUsageThroughType",
        ),
    )

    def to_dict(self) -> dict[str, Any]:
        # An unfilled field raises AttributeError; what was received for it, if anything, is
        # already in additional_properties.
        data: dict[str, Any] = dict(self.additional_properties)
        try:
            v_type_ = self.type_
        except AttributeError:
            pass
        else:
            if not isinstance(v_type_, Unset):
                data["type"] = v_type_
        return data

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemPauseSettingsBillForOutstandingUsageThrough:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal; the checks below are what makes each stored value fit its field.
        # A value that does not fit stays in `d` (the additional properties), its field unfilled.
        fill: Any = obj
        v_type_ = d.pop("type", UNSET)
        if v_type_ is UNSET:
            fill.type_ = UNSET
        elif type(v_type_) is str:
            fill.type_ = v_type_
        else:
            d["type"] = v_type_
        fill.additional_properties = d
        return obj


class PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemPauseSettingsBillForOutstandingUsageThroughParams(
    TypedDict, total=False
):
    """PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemPauseSettingsBillForOutstandingUsageThrough as plain data, for request parameters."""

    type: PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemPauseSettingsBillForOutstandingUsageThroughType


# Imported last: models refer to each other in cycles, and are only needed at call time.
