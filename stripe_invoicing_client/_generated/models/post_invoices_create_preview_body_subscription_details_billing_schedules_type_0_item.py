from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.post_invoices_create_preview_body_subscription_details_billing_schedules_type_0_item_applies_to_item import (
        PostInvoicesCreatePreviewBodySubscriptionDetailsBillingSchedulesType0ItemAppliesToItem,
        PostInvoicesCreatePreviewBodySubscriptionDetailsBillingSchedulesType0ItemAppliesToItemParams,
    )
    from ..models.post_invoices_create_preview_body_subscription_details_billing_schedules_type_0_item_bill_until import (
        PostInvoicesCreatePreviewBodySubscriptionDetailsBillingSchedulesType0ItemBillUntil,
        PostInvoicesCreatePreviewBodySubscriptionDetailsBillingSchedulesType0ItemBillUntilParams,
    )


@_attrs_define
class PostInvoicesCreatePreviewBodySubscriptionDetailsBillingSchedulesType0Item:
    """PostInvoicesCreatePreviewBodySubscriptionDetailsBillingSchedulesType0Item

    Parsing is tolerant: a field missing from the data, or of another type than described,
    reads as `UNSET`, and anything not modelled is kept in `additional_properties`, so
    `from_dict(data).to_dict() == data`.
    """

    applies_to: (
        list[PostInvoicesCreatePreviewBodySubscriptionDetailsBillingSchedulesType0ItemAppliesToItem]
        | Unset
    ) = UNSET
    bill_until: (
        PostInvoicesCreatePreviewBodySubscriptionDetailsBillingSchedulesType0ItemBillUntil | Unset
    ) = UNSET
    key: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = dict(self.additional_properties)
        v_applies_to = self.applies_to
        if not isinstance(v_applies_to, Unset):
            data["applies_to"] = [item0.to_dict() for item0 in v_applies_to]
        v_bill_until = self.bill_until
        if not isinstance(v_bill_until, Unset):
            data["bill_until"] = v_bill_until.to_dict()
        v_key = self.key
        if not isinstance(v_key, Unset):
            data["key"] = v_key
        return data

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> PostInvoicesCreatePreviewBodySubscriptionDetailsBillingSchedulesType0Item:
        d = dict(src_dict)
        v_applies_to = d.pop("applies_to", UNSET)
        if v_applies_to is not UNSET:
            if type(v_applies_to) is list and all(type(item0) is dict for item0 in v_applies_to):
                v_applies_to = [
                    PostInvoicesCreatePreviewBodySubscriptionDetailsBillingSchedulesType0ItemAppliesToItem.from_dict(
                        item0
                    )
                    for item0 in v_applies_to
                ]
            else:
                d["applies_to"] = v_applies_to
                v_applies_to = UNSET
        v_bill_until = d.pop("bill_until", UNSET)
        if v_bill_until is not UNSET:
            if type(v_bill_until) is dict:
                v_bill_until = PostInvoicesCreatePreviewBodySubscriptionDetailsBillingSchedulesType0ItemBillUntil.from_dict(
                    v_bill_until
                )
            else:
                d["bill_until"] = v_bill_until
                v_bill_until = UNSET
        v_key = d.pop("key", UNSET)
        if v_key is not UNSET and not (type(v_key) is str):
            d["key"] = v_key
            v_key = UNSET
        obj = cls(
            applies_to=v_applies_to,
            bill_until=v_bill_until,
            key=v_key,
        )
        obj.additional_properties = d
        return obj

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


class PostInvoicesCreatePreviewBodySubscriptionDetailsBillingSchedulesType0ItemParams(
    TypedDict, total=False
):
    """PostInvoicesCreatePreviewBodySubscriptionDetailsBillingSchedulesType0Item as plain data, for request parameters."""

    applies_to: list[
        PostInvoicesCreatePreviewBodySubscriptionDetailsBillingSchedulesType0ItemAppliesToItemParams
        | PostInvoicesCreatePreviewBodySubscriptionDetailsBillingSchedulesType0ItemAppliesToItem
    ]
    bill_until: (
        PostInvoicesCreatePreviewBodySubscriptionDetailsBillingSchedulesType0ItemBillUntilParams
        | PostInvoicesCreatePreviewBodySubscriptionDetailsBillingSchedulesType0ItemBillUntil
    )
    key: str


# Imported last: models refer to each other in cycles, and are only needed at call time.
from ..models.post_invoices_create_preview_body_subscription_details_billing_schedules_type_0_item_applies_to_item import (
    PostInvoicesCreatePreviewBodySubscriptionDetailsBillingSchedulesType0ItemAppliesToItem,  # noqa: E402
)
from ..models.post_invoices_create_preview_body_subscription_details_billing_schedules_type_0_item_bill_until import (
    PostInvoicesCreatePreviewBodySubscriptionDetailsBillingSchedulesType0ItemBillUntil,  # noqa: E402
)
