from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.post_invoices_create_preview_body_subscription_details_pause_bill_for_outstanding_usage_through import (
        PostInvoicesCreatePreviewBodySubscriptionDetailsPauseBillForOutstandingUsageThrough,
        PostInvoicesCreatePreviewBodySubscriptionDetailsPauseBillForOutstandingUsageThroughParams,
    )
    from ..models.post_invoices_create_preview_body_subscription_details_pause_bill_for_unused_time_from import (
        PostInvoicesCreatePreviewBodySubscriptionDetailsPauseBillForUnusedTimeFrom,
        PostInvoicesCreatePreviewBodySubscriptionDetailsPauseBillForUnusedTimeFromParams,
    )


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PostInvoicesCreatePreviewBodySubscriptionDetailsPauseBillFor(Model):
    """PostInvoicesCreatePreviewBodySubscriptionDetailsPauseBillFor

    Parsing is tolerant: anything not modelled, and any value of another type than its field
    declares, is kept in `additional_properties`, so `from_dict(data).to_dict() == data`.
    Reading a field that the data lacks, or held with another type, raises
    `FieldNotAvailableError` (an AttributeError); optional fields read as `UNSET` when absent.
    """

    outstanding_usage_through: (
        PostInvoicesCreatePreviewBodySubscriptionDetailsPauseBillForOutstandingUsageThrough | Unset
    ) = UNSET
    unused_time_from: (
        PostInvoicesCreatePreviewBodySubscriptionDetailsPauseBillForUnusedTimeFrom | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        (
            "outstanding_usage_through",
            "outstanding_usage_through",
            "PostInvoicesCreatePreviewBodySubscriptionDetailsPauseBillForOutstandingUsageThrough",
        ),
        (
            "unused_time_from",
            "unused_time_from",
            "PostInvoicesCreatePreviewBodySubscriptionDetailsPauseBillForUnusedTimeFrom",
        ),
    )

    def to_dict(self) -> dict[str, Any]:
        # An unfilled field raises AttributeError; what was received for it, if anything, is
        # already in additional_properties.
        data: dict[str, Any] = dict(self.additional_properties)
        try:
            v_outstanding_usage_through = self.outstanding_usage_through
        except AttributeError:
            pass
        else:
            if not isinstance(v_outstanding_usage_through, Unset):
                data["outstanding_usage_through"] = v_outstanding_usage_through.to_dict()
        try:
            v_unused_time_from = self.unused_time_from
        except AttributeError:
            pass
        else:
            if not isinstance(v_unused_time_from, Unset):
                data["unused_time_from"] = v_unused_time_from.to_dict()
        return data

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> PostInvoicesCreatePreviewBodySubscriptionDetailsPauseBillFor:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal; the checks below are what makes each stored value fit its field.
        # A value that does not fit stays in `d` (the additional properties), its field unfilled.
        fill: Any = obj
        v_outstanding_usage_through = d.pop("outstanding_usage_through", UNSET)
        if v_outstanding_usage_through is UNSET:
            fill.outstanding_usage_through = UNSET
        elif type(v_outstanding_usage_through) is dict:
            fill.outstanding_usage_through = PostInvoicesCreatePreviewBodySubscriptionDetailsPauseBillForOutstandingUsageThrough.from_dict(
                v_outstanding_usage_through
            )
        else:
            d["outstanding_usage_through"] = v_outstanding_usage_through
        v_unused_time_from = d.pop("unused_time_from", UNSET)
        if v_unused_time_from is UNSET:
            fill.unused_time_from = UNSET
        elif type(v_unused_time_from) is dict:
            fill.unused_time_from = PostInvoicesCreatePreviewBodySubscriptionDetailsPauseBillForUnusedTimeFrom.from_dict(
                v_unused_time_from
            )
        else:
            d["unused_time_from"] = v_unused_time_from
        fill.additional_properties = d
        return obj


class PostInvoicesCreatePreviewBodySubscriptionDetailsPauseBillForParams(TypedDict, total=False):
    """PostInvoicesCreatePreviewBodySubscriptionDetailsPauseBillFor as plain data, for request parameters."""

    outstanding_usage_through: (
        PostInvoicesCreatePreviewBodySubscriptionDetailsPauseBillForOutstandingUsageThroughParams
        | PostInvoicesCreatePreviewBodySubscriptionDetailsPauseBillForOutstandingUsageThrough
    )
    unused_time_from: (
        PostInvoicesCreatePreviewBodySubscriptionDetailsPauseBillForUnusedTimeFromParams
        | PostInvoicesCreatePreviewBodySubscriptionDetailsPauseBillForUnusedTimeFrom
    )


# Imported last: models refer to each other in cycles, and are only needed at call time.
from ..models.post_invoices_create_preview_body_subscription_details_pause_bill_for_outstanding_usage_through import (
    PostInvoicesCreatePreviewBodySubscriptionDetailsPauseBillForOutstandingUsageThrough,  # noqa: E402
)
from ..models.post_invoices_create_preview_body_subscription_details_pause_bill_for_unused_time_from import (
    PostInvoicesCreatePreviewBodySubscriptionDetailsPauseBillForUnusedTimeFrom,  # noqa: E402
)
