from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..models.post_invoices_create_preview_body_subscription_details_billing_schedules_type_0_item_bill_until_type import (
    PostInvoicesCreatePreviewBodySubscriptionDetailsBillingSchedulesType0ItemBillUntilType,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from typing_extensions import Required

    from ..models.post_invoices_create_preview_body_subscription_details_billing_schedules_type_0_item_bill_until_duration import (
        PostInvoicesCreatePreviewBodySubscriptionDetailsBillingSchedulesType0ItemBillUntilDuration,
        PostInvoicesCreatePreviewBodySubscriptionDetailsBillingSchedulesType0ItemBillUntilDurationParams,
    )


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PostInvoicesCreatePreviewBodySubscriptionDetailsBillingSchedulesType0ItemBillUntil(Model):
    """PostInvoicesCreatePreviewBodySubscriptionDetailsBillingSchedulesType0ItemBillUntil

    Parsing is tolerant: anything not modelled, and any value of another type than its field
    declares, is kept in `additional_properties`, so `from_dict(data).to_dict() == data`.
    Reading a field that the data lacks, or held with another type, raises
    `FieldNotAvailableError` (an AttributeError); optional fields read as `UNSET` when absent.
    """

    type_: PostInvoicesCreatePreviewBodySubscriptionDetailsBillingSchedulesType0ItemBillUntilType
    duration: (
        PostInvoicesCreatePreviewBodySubscriptionDetailsBillingSchedulesType0ItemBillUntilDuration
        | Unset
    ) = UNSET
    timestamp: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        (
            "type_",
            "type",
            "PostInvoicesCreatePreviewBodySubscriptionDetailsBillingSchedulesType0ItemBillUntilType",
        ),
        (
            "duration",
            "duration",
            "PostInvoicesCreatePreviewBodySubscriptionDetailsBillingSchedulesType0ItemBillUntilDuration",
        ),
        ("timestamp", "timestamp", "int"),
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
            data["type"] = v_type_
        try:
            v_duration = self.duration
        except AttributeError:
            pass
        else:
            if not isinstance(v_duration, Unset):
                data["duration"] = v_duration.to_dict()
        try:
            v_timestamp = self.timestamp
        except AttributeError:
            pass
        else:
            if not isinstance(v_timestamp, Unset):
                data["timestamp"] = v_timestamp
        return data

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> PostInvoicesCreatePreviewBodySubscriptionDetailsBillingSchedulesType0ItemBillUntil:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal; the checks below are what makes each stored value fit its field.
        # A value that does not fit stays in `d` (the additional properties), its field unfilled.
        fill: Any = obj
        v_type_ = d.pop("type", UNSET)
        if v_type_ is not UNSET:
            if type(v_type_) is str:
                fill.type_ = v_type_
            else:
                d["type"] = v_type_
        v_duration = d.pop("duration", UNSET)
        if v_duration is UNSET:
            fill.duration = UNSET
        elif type(v_duration) is dict:
            fill.duration = PostInvoicesCreatePreviewBodySubscriptionDetailsBillingSchedulesType0ItemBillUntilDuration.from_dict(
                v_duration
            )
        else:
            d["duration"] = v_duration
        v_timestamp = d.pop("timestamp", UNSET)
        if v_timestamp is UNSET:
            fill.timestamp = UNSET
        elif type(v_timestamp) is int:
            fill.timestamp = v_timestamp
        else:
            d["timestamp"] = v_timestamp
        fill.additional_properties = d
        return obj


class PostInvoicesCreatePreviewBodySubscriptionDetailsBillingSchedulesType0ItemBillUntilParams(
    TypedDict, total=False
):
    """PostInvoicesCreatePreviewBodySubscriptionDetailsBillingSchedulesType0ItemBillUntil as plain data, for request parameters."""

    type: Required[
        PostInvoicesCreatePreviewBodySubscriptionDetailsBillingSchedulesType0ItemBillUntilType
    ]
    duration: (
        PostInvoicesCreatePreviewBodySubscriptionDetailsBillingSchedulesType0ItemBillUntilDurationParams
        | PostInvoicesCreatePreviewBodySubscriptionDetailsBillingSchedulesType0ItemBillUntilDuration
    )
    timestamp: int


# Imported last: models refer to each other in cycles, and are only needed at call time.
from ..models.post_invoices_create_preview_body_subscription_details_billing_schedules_type_0_item_bill_until_duration import (
    PostInvoicesCreatePreviewBodySubscriptionDetailsBillingSchedulesType0ItemBillUntilDuration,  # noqa: E402
)
