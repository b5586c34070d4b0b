from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from typing_extensions import Required


@_attrs_define
class PostInvoicesCreatePreviewBodySubscriptionDetailsItemsItemBillingThresholdsType0:
    """PostInvoicesCreatePreviewBodySubscriptionDetailsItemsItemBillingThresholdsType0

    Parsing is tolerant: a field missing from the data, or of another type than described,
    reads as `UNSET`, and anything not modelled is kept in `additional_properties`, so
    `from_dict(data).to_dict() == data`.
    """

    usage_gte: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = dict(self.additional_properties)
        v_usage_gte = self.usage_gte
        if not isinstance(v_usage_gte, Unset):
            data["usage_gte"] = v_usage_gte
        return data

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> PostInvoicesCreatePreviewBodySubscriptionDetailsItemsItemBillingThresholdsType0:
        d = dict(src_dict)
        v_usage_gte = d.pop("usage_gte", UNSET)
        if v_usage_gte is not UNSET and not (type(v_usage_gte) is int):
            d["usage_gte"] = v_usage_gte
            v_usage_gte = UNSET
        obj = cls(
            usage_gte=v_usage_gte,
        )
        obj.additional_properties = d
        return obj

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


class PostInvoicesCreatePreviewBodySubscriptionDetailsItemsItemBillingThresholdsType0Params(
    TypedDict, total=False
):
    """PostInvoicesCreatePreviewBodySubscriptionDetailsItemsItemBillingThresholdsType0 as plain data, for request parameters."""

    usage_gte: Required[int]


# Imported last: models refer to each other in cycles, and are only needed at call time.
