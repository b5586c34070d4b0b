from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
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


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PostInvoicesCreatePreviewBodySubscriptionDetailsBillingMode(Model):
    """PostInvoicesCreatePreviewBodySubscriptionDetailsBillingMode

    Parsing is tolerant: anything not modelled, and any value of another type than its field
    declares, is kept in `additional_properties`, so `from_dict(data).to_dict() == data`.
    Reading a field that the data lacks, or held with another type, raises
    `FieldNotAvailableError` (an AttributeError); optional fields read as `UNSET` when absent.
    """

    type_: PostInvoicesCreatePreviewBodySubscriptionDetailsBillingModeType
    flexible: PostInvoicesCreatePreviewBodySubscriptionDetailsBillingModeFlexible | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("type_", "type", "PostInvoicesCreatePreviewBodySubscriptionDetailsBillingModeType"),
        (
            "flexible",
            "flexible",
            "PostInvoicesCreatePreviewBodySubscriptionDetailsBillingModeFlexible",
        ),
    )

    def to_dict(self) -> dict[str, Any]:
        # An unfilled field raises AttributeError; what was received for it, if anything, is
        # already in additional_properties.
        data: dict[str, Any] = dict(self.additional_properties)
        try:
            v_type_ = self.type_
        except AttributeError:
            pass
        else:
            data["type"] = v_type_
        try:
            v_flexible = self.flexible
        except AttributeError:
            pass
        else:
            if not isinstance(v_flexible, Unset):
                data["flexible"] = v_flexible.to_dict()
        return data

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> PostInvoicesCreatePreviewBodySubscriptionDetailsBillingMode:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal; the checks below are what makes each stored value fit its field.
        # A value that does not fit stays in `d` (the additional properties), its field unfilled.
        fill: Any = obj
        v_type_ = d.pop("type", UNSET)
        if v_type_ is not UNSET:
            if type(v_type_) is str:
                fill.type_ = v_type_
            else:
                d["type"] = v_type_
        v_flexible = d.pop("flexible", UNSET)
        if v_flexible is UNSET:
            fill.flexible = UNSET
        elif type(v_flexible) is dict:
            fill.flexible = (
                PostInvoicesCreatePreviewBodySubscriptionDetailsBillingModeFlexible.from_dict(
                    v_flexible
                )
            )
        else:
            d["flexible"] = v_flexible
        fill.additional_properties = d
        return obj


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
