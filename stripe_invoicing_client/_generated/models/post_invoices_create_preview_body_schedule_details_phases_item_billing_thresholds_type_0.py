from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    pass


@_attrs_define
class PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemBillingThresholdsType0:
    """PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemBillingThresholdsType0

    Parsing is tolerant: a field missing from the data, or of another type than described,
    reads as `UNSET`, and anything not modelled is kept in `additional_properties`, so
    `from_dict(data).to_dict() == data`.
    """

    amount_gte: int | Unset = UNSET
    reset_billing_cycle_anchor: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = dict(self.additional_properties)
        v_amount_gte = self.amount_gte
        if not isinstance(v_amount_gte, Unset):
            data["amount_gte"] = v_amount_gte
        v_reset_billing_cycle_anchor = self.reset_billing_cycle_anchor
        if not isinstance(v_reset_billing_cycle_anchor, Unset):
            data["reset_billing_cycle_anchor"] = v_reset_billing_cycle_anchor
        return data

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemBillingThresholdsType0:
        d = dict(src_dict)
        v_amount_gte = d.pop("amount_gte", UNSET)
        if v_amount_gte is not UNSET and not (type(v_amount_gte) is int):
            d["amount_gte"] = v_amount_gte
            v_amount_gte = UNSET
        v_reset_billing_cycle_anchor = d.pop("reset_billing_cycle_anchor", UNSET)
        if v_reset_billing_cycle_anchor is not UNSET and not (
            type(v_reset_billing_cycle_anchor) is bool
        ):
            d["reset_billing_cycle_anchor"] = v_reset_billing_cycle_anchor
            v_reset_billing_cycle_anchor = UNSET
        obj = cls(
            amount_gte=v_amount_gte,
            reset_billing_cycle_anchor=v_reset_billing_cycle_anchor,
        )
        obj.additional_properties = d
        return obj

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


class PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemBillingThresholdsType0Params(
    TypedDict, total=False
):
    """PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemBillingThresholdsType0 as plain data, for request parameters."""

    amount_gte: int
    reset_billing_cycle_anchor: bool


# Imported last: models refer to each other in cycles, and are only needed at call time.
