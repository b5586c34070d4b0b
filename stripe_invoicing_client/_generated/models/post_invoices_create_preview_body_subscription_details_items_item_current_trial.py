from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from typing_extensions import Required


@_attrs_define
class PostInvoicesCreatePreviewBodySubscriptionDetailsItemsItemCurrentTrial:
    """PostInvoicesCreatePreviewBodySubscriptionDetailsItemsItemCurrentTrial

    Parsing is tolerant: a field missing from the data, or of another type than described,
    reads as `UNSET`, and anything not modelled is kept in `additional_properties`, so
    `from_dict(data).to_dict() == data`.
    """

    trial_offer: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = dict(self.additional_properties)
        v_trial_offer = self.trial_offer
        if not isinstance(v_trial_offer, Unset):
            data["trial_offer"] = v_trial_offer
        return data

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> PostInvoicesCreatePreviewBodySubscriptionDetailsItemsItemCurrentTrial:
        d = dict(src_dict)
        v_trial_offer = d.pop("trial_offer", UNSET)
        if v_trial_offer is not UNSET and not (type(v_trial_offer) is str):
            d["trial_offer"] = v_trial_offer
            v_trial_offer = UNSET
        obj = cls(
            trial_offer=v_trial_offer,
        )
        obj.additional_properties = d
        return obj

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


class PostInvoicesCreatePreviewBodySubscriptionDetailsItemsItemCurrentTrialParams(
    TypedDict, total=False
):
    """PostInvoicesCreatePreviewBodySubscriptionDetailsItemsItemCurrentTrial as plain data, for request parameters."""

    trial_offer: Required[str]


# Imported last: models refer to each other in cycles, and are only needed at call time.
