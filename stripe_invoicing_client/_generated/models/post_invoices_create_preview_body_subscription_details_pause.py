from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.post_invoices_create_preview_body_subscription_details_pause_invoicing_behavior import (
    PostInvoicesCreatePreviewBodySubscriptionDetailsPauseInvoicingBehavior,
)
from ..models.post_invoices_create_preview_body_subscription_details_pause_type import (
    PostInvoicesCreatePreviewBodySubscriptionDetailsPauseType,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.post_invoices_create_preview_body_subscription_details_pause_bill_for import (
        PostInvoicesCreatePreviewBodySubscriptionDetailsPauseBillFor,
        PostInvoicesCreatePreviewBodySubscriptionDetailsPauseBillForParams,
    )


@_attrs_define
class PostInvoicesCreatePreviewBodySubscriptionDetailsPause:
    """PostInvoicesCreatePreviewBodySubscriptionDetailsPause

    Parsing is tolerant: a field missing from the data, or of another type than described,
    reads as `UNSET`, and anything not modelled is kept in `additional_properties`, so
    `from_dict(data).to_dict() == data`.
    """

    bill_for: PostInvoicesCreatePreviewBodySubscriptionDetailsPauseBillFor | Unset = UNSET
    invoicing_behavior: (
        PostInvoicesCreatePreviewBodySubscriptionDetailsPauseInvoicingBehavior | Unset
    ) = UNSET
    type_: PostInvoicesCreatePreviewBodySubscriptionDetailsPauseType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = dict(self.additional_properties)
        v_bill_for = self.bill_for
        if not isinstance(v_bill_for, Unset):
            data["bill_for"] = v_bill_for.to_dict()
        v_invoicing_behavior = self.invoicing_behavior
        if not isinstance(v_invoicing_behavior, Unset):
            data["invoicing_behavior"] = v_invoicing_behavior
        v_type_ = self.type_
        if not isinstance(v_type_, Unset):
            data["type"] = v_type_
        return data

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> PostInvoicesCreatePreviewBodySubscriptionDetailsPause:
        d = dict(src_dict)
        v_bill_for = d.pop("bill_for", UNSET)
        if v_bill_for is not UNSET:
            if type(v_bill_for) is dict:
                v_bill_for = PostInvoicesCreatePreviewBodySubscriptionDetailsPauseBillFor.from_dict(
                    v_bill_for
                )
            else:
                d["bill_for"] = v_bill_for
                v_bill_for = UNSET
        v_invoicing_behavior = d.pop("invoicing_behavior", UNSET)
        if v_invoicing_behavior is not UNSET and not (type(v_invoicing_behavior) is str):
            d["invoicing_behavior"] = v_invoicing_behavior
            v_invoicing_behavior = UNSET
        v_type_ = d.pop("type", UNSET)
        if v_type_ is not UNSET and not (type(v_type_) is str):
            d["type"] = v_type_
            v_type_ = UNSET
        obj = cls(
            bill_for=v_bill_for,
            invoicing_behavior=v_invoicing_behavior,
            type_=v_type_,
        )
        obj.additional_properties = d
        return obj

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


class PostInvoicesCreatePreviewBodySubscriptionDetailsPauseParams(TypedDict, total=False):
    """PostInvoicesCreatePreviewBodySubscriptionDetailsPause as plain data, for request parameters."""

    bill_for: (
        PostInvoicesCreatePreviewBodySubscriptionDetailsPauseBillForParams
        | PostInvoicesCreatePreviewBodySubscriptionDetailsPauseBillFor
    )
    invoicing_behavior: PostInvoicesCreatePreviewBodySubscriptionDetailsPauseInvoicingBehavior
    type: PostInvoicesCreatePreviewBodySubscriptionDetailsPauseType


# Imported last: models refer to each other in cycles, and are only needed at call time.
from ..models.post_invoices_create_preview_body_subscription_details_pause_bill_for import (
    PostInvoicesCreatePreviewBodySubscriptionDetailsPauseBillFor,  # noqa: E402
)
