from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.post_invoices_create_preview_body_subscription_details_billing_schedules_type_0_item_bill_until_duration_interval import (
    PostInvoicesCreatePreviewBodySubscriptionDetailsBillingSchedulesType0ItemBillUntilDurationInterval,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from typing_extensions import Required


@_attrs_define
class PostInvoicesCreatePreviewBodySubscriptionDetailsBillingSchedulesType0ItemBillUntilDuration:
    """PostInvoicesCreatePreviewBodySubscriptionDetailsBillingSchedulesType0ItemBillUntilDuration

    Parsing is tolerant: a field missing from the data, or of another type than described,
    reads as `UNSET`, and anything not modelled is kept in `additional_properties`, so
    `from_dict(data).to_dict() == data`.
    """

    interval: PostInvoicesCreatePreviewBodySubscriptionDetailsBillingSchedulesType0ItemBillUntilDurationInterval
    interval_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = dict(self.additional_properties)
        v_interval = self.interval
        if not isinstance(v_interval, Unset):
            data["interval"] = v_interval
        v_interval_count = self.interval_count
        if not isinstance(v_interval_count, Unset):
            data["interval_count"] = v_interval_count
        return data

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> PostInvoicesCreatePreviewBodySubscriptionDetailsBillingSchedulesType0ItemBillUntilDuration:
        d = dict(src_dict)
        v_interval = d.pop("interval", UNSET)
        if v_interval is not UNSET and not (type(v_interval) is str):
            d["interval"] = v_interval
            v_interval = UNSET
        v_interval_count = d.pop("interval_count", UNSET)
        if v_interval_count is not UNSET and not (type(v_interval_count) is int):
            d["interval_count"] = v_interval_count
            v_interval_count = UNSET
        obj = cls(
            interval=v_interval,
            interval_count=v_interval_count,
        )
        obj.additional_properties = d
        return obj

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


class PostInvoicesCreatePreviewBodySubscriptionDetailsBillingSchedulesType0ItemBillUntilDurationParams(
    TypedDict, total=False
):
    """PostInvoicesCreatePreviewBodySubscriptionDetailsBillingSchedulesType0ItemBillUntilDuration as plain data, for request parameters."""

    interval: Required[
        PostInvoicesCreatePreviewBodySubscriptionDetailsBillingSchedulesType0ItemBillUntilDurationInterval
    ]
    interval_count: int


# Imported last: models refer to each other in cycles, and are only needed at call time.
