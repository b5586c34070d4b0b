from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.post_invoices_create_preview_body_subscription_details_billing_mode_flexible_proration_discounts import (
    PostInvoicesCreatePreviewBodySubscriptionDetailsBillingModeFlexibleProrationDiscounts,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    pass


@_attrs_define
class PostInvoicesCreatePreviewBodySubscriptionDetailsBillingModeFlexible:
    """PostInvoicesCreatePreviewBodySubscriptionDetailsBillingModeFlexible

    Parsing is tolerant: a field missing from the data, or of another type than described,
    reads as `UNSET`, and anything not modelled is kept in `additional_properties`, so
    `from_dict(data).to_dict() == data`.
    """

    proration_discounts: (
        PostInvoicesCreatePreviewBodySubscriptionDetailsBillingModeFlexibleProrationDiscounts
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = dict(self.additional_properties)
        v_proration_discounts = self.proration_discounts
        if not isinstance(v_proration_discounts, Unset):
            data["proration_discounts"] = v_proration_discounts
        return data

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> PostInvoicesCreatePreviewBodySubscriptionDetailsBillingModeFlexible:
        d = dict(src_dict)
        v_proration_discounts = d.pop("proration_discounts", UNSET)
        if v_proration_discounts is not UNSET and not (type(v_proration_discounts) is str):
            d["proration_discounts"] = v_proration_discounts
            v_proration_discounts = UNSET
        obj = cls(
            proration_discounts=v_proration_discounts,
        )
        obj.additional_properties = d
        return obj

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


class PostInvoicesCreatePreviewBodySubscriptionDetailsBillingModeFlexibleParams(
    TypedDict, total=False
):
    """PostInvoicesCreatePreviewBodySubscriptionDetailsBillingModeFlexible as plain data, for request parameters."""

    proration_discounts: (
        PostInvoicesCreatePreviewBodySubscriptionDetailsBillingModeFlexibleProrationDiscounts
    )


# Imported last: models refer to each other in cycles, and are only needed at call time.
