from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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


@_attrs_define
class PostInvoicesCreatePreviewBodySubscriptionDetailsBillingSchedulesType0ItemBillUntil:
    """PostInvoicesCreatePreviewBodySubscriptionDetailsBillingSchedulesType0ItemBillUntil

    Parsing is tolerant: a field missing from the data, or of another type than described,
    reads as `UNSET`, and anything not modelled is kept in `additional_properties`, so
    `from_dict(data).to_dict() == data`.
    """

    type_: PostInvoicesCreatePreviewBodySubscriptionDetailsBillingSchedulesType0ItemBillUntilType
    duration: (
        PostInvoicesCreatePreviewBodySubscriptionDetailsBillingSchedulesType0ItemBillUntilDuration
        | Unset
    ) = UNSET
    timestamp: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = dict(self.additional_properties)
        v_type_ = self.type_
        if not isinstance(v_type_, Unset):
            data["type"] = v_type_
        v_duration = self.duration
        if not isinstance(v_duration, Unset):
            data["duration"] = v_duration.to_dict()
        v_timestamp = self.timestamp
        if not isinstance(v_timestamp, Unset):
            data["timestamp"] = v_timestamp
        return data

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> PostInvoicesCreatePreviewBodySubscriptionDetailsBillingSchedulesType0ItemBillUntil:
        d = dict(src_dict)
        v_type_ = d.pop("type", UNSET)
        if v_type_ is not UNSET and not (type(v_type_) is str):
            d["type"] = v_type_
            v_type_ = UNSET
        v_duration = d.pop("duration", UNSET)
        if v_duration is not UNSET:
            if type(v_duration) is dict:
                v_duration = PostInvoicesCreatePreviewBodySubscriptionDetailsBillingSchedulesType0ItemBillUntilDuration.from_dict(
                    v_duration
                )
            else:
                d["duration"] = v_duration
                v_duration = UNSET
        v_timestamp = d.pop("timestamp", UNSET)
        if v_timestamp is not UNSET and not (type(v_timestamp) is int):
            d["timestamp"] = v_timestamp
            v_timestamp = UNSET
        obj = cls(
            type_=v_type_,
            duration=v_duration,
            timestamp=v_timestamp,
        )
        obj.additional_properties = d
        return obj

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


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
