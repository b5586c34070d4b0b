from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.post_invoices_create_preview_body_subscription_details_billing_mode_type import (
    PostInvoicesCreatePreviewBodySubscriptionDetailsBillingModeType,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from typing_extensions import Required

    from ..models.post_invoices_create_preview_body_subscription_details_billing_mode_flexible import (
        PostInvoicesCreatePreviewBodySubscriptionDetailsBillingModeFlexible,
        PostInvoicesCreatePreviewBodySubscriptionDetailsBillingModeFlexibleParams,
    )


@_attrs_define
class PostInvoicesCreatePreviewBodySubscriptionDetailsBillingMode:
    """PostInvoicesCreatePreviewBodySubscriptionDetailsBillingMode

    Parsing is tolerant: a field missing from the data, or of another type than described,
    reads as `UNSET`, and anything not modelled is kept in `additional_properties`, so
    `from_dict(data).to_dict() == data`.
    """

    type_: PostInvoicesCreatePreviewBodySubscriptionDetailsBillingModeType
    flexible: PostInvoicesCreatePreviewBodySubscriptionDetailsBillingModeFlexible | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = dict(self.additional_properties)
        v_type_ = self.type_
        if not isinstance(v_type_, Unset):
            data["type"] = v_type_
        v_flexible = self.flexible
        if not isinstance(v_flexible, Unset):
            data["flexible"] = v_flexible.to_dict()
        return data

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> PostInvoicesCreatePreviewBodySubscriptionDetailsBillingMode:
        d = dict(src_dict)
        v_type_ = d.pop("type", UNSET)
        if v_type_ is not UNSET and not (type(v_type_) is str):
            d["type"] = v_type_
            v_type_ = UNSET
        v_flexible = d.pop("flexible", UNSET)
        if v_flexible is not UNSET:
            if type(v_flexible) is dict:
                v_flexible = (
                    PostInvoicesCreatePreviewBodySubscriptionDetailsBillingModeFlexible.from_dict(
                        v_flexible
                    )
                )
            else:
                d["flexible"] = v_flexible
                v_flexible = UNSET
        obj = cls(
            type_=v_type_,
            flexible=v_flexible,
        )
        obj.additional_properties = d
        return obj

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


class PostInvoicesCreatePreviewBodySubscriptionDetailsBillingModeParams(TypedDict, total=False):
    """PostInvoicesCreatePreviewBodySubscriptionDetailsBillingMode as plain data, for request parameters."""

    type: Required[PostInvoicesCreatePreviewBodySubscriptionDetailsBillingModeType]
    flexible: (
        PostInvoicesCreatePreviewBodySubscriptionDetailsBillingModeFlexibleParams
        | PostInvoicesCreatePreviewBodySubscriptionDetailsBillingModeFlexible
    )


# Imported last: models refer to each other in cycles, and are only needed at call time.
from ..models.post_invoices_create_preview_body_subscription_details_billing_mode_flexible import (
    PostInvoicesCreatePreviewBodySubscriptionDetailsBillingModeFlexible,  # noqa: E402
)
