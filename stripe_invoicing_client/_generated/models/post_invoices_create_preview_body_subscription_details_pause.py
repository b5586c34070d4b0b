from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
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


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PostInvoicesCreatePreviewBodySubscriptionDetailsPause(Model):
    """PostInvoicesCreatePreviewBodySubscriptionDetailsPause

    Parsing is tolerant: anything not modelled, and any value of another type than its field
    declares, is kept in `additional_properties`, so `from_dict(data).to_dict() == data`.
    Reading a field that the data lacks, or held with another type, raises
    `FieldNotAvailableError` (an AttributeError); optional fields read as `UNSET` when absent.
    """

    bill_for: PostInvoicesCreatePreviewBodySubscriptionDetailsPauseBillFor | Unset = UNSET
    invoicing_behavior: (
        PostInvoicesCreatePreviewBodySubscriptionDetailsPauseInvoicingBehavior | Unset
    ) = UNSET
    type_: PostInvoicesCreatePreviewBodySubscriptionDetailsPauseType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("bill_for", "bill_for", "PostInvoicesCreatePreviewBodySubscriptionDetailsPauseBillFor"),
        (
            "invoicing_behavior",
            "invoicing_behavior",
            "PostInvoicesCreatePreviewBodySubscriptionDetailsPauseInvoicingBehavior",
        ),
        ("type_", "type", "PostInvoicesCreatePreviewBodySubscriptionDetailsPauseType"),
    )

    def to_dict(self) -> dict[str, Any]:
        # An unfilled field raises AttributeError; what was received for it, if anything, is
        # already in additional_properties.
        data: dict[str, Any] = dict(self.additional_properties)
        try:
            v_bill_for = self.bill_for
        except AttributeError:
            pass
        else:
            if not isinstance(v_bill_for, Unset):
                data["bill_for"] = v_bill_for.to_dict()
        try:
            v_invoicing_behavior = self.invoicing_behavior
        except AttributeError:
            pass
        else:
            if not isinstance(v_invoicing_behavior, Unset):
                data["invoicing_behavior"] = v_invoicing_behavior
        try:
            v_type_ = self.type_
        except AttributeError:
            pass
        else:
            if not isinstance(v_type_, Unset):
                data["type"] = v_type_
        return data

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> PostInvoicesCreatePreviewBodySubscriptionDetailsPause:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal; the checks below are what makes each stored value fit its field.
        # A value that does not fit stays in `d` (the additional properties), its field unfilled.
        fill: Any = obj
        v_bill_for = d.pop("bill_for", UNSET)
        if v_bill_for is UNSET:
            fill.bill_for = UNSET
        elif type(v_bill_for) is dict:
            fill.bill_for = PostInvoicesCreatePreviewBodySubscriptionDetailsPauseBillFor.from_dict(
                v_bill_for
            )
        else:
            d["bill_for"] = v_bill_for
        v_invoicing_behavior = d.pop("invoicing_behavior", UNSET)
        if v_invoicing_behavior is UNSET:
            fill.invoicing_behavior = UNSET
        elif type(v_invoicing_behavior) is str:
            fill.invoicing_behavior = v_invoicing_behavior
        else:
            d["invoicing_behavior"] = v_invoicing_behavior
        v_type_ = d.pop("type", UNSET)
        if v_type_ is UNSET:
            fill.type_ = UNSET
        elif type(v_type_) is str:
            fill.type_ = v_type_
        else:
            d["type"] = v_type_
        fill.additional_properties = d
        return obj


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
