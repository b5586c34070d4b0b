from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..models.post_invoices_create_preview_body_schedule_details_billing_mode_flexible_proration_discounts import (
    PostInvoicesCreatePreviewBodyScheduleDetailsBillingModeFlexibleProrationDiscounts,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    pass


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PostInvoicesCreatePreviewBodyScheduleDetailsBillingModeFlexible(Model):
    """PostInvoicesCreatePreviewBodyScheduleDetailsBillingModeFlexible

    Parsing is tolerant: anything not modelled, and any value of another type than its field
    declares, is kept in `additional_properties`, so `from_dict(data).to_dict() == data`.
    Reading a field that the data lacks, or held with another type, raises
    `FieldNotAvailableError` (an AttributeError); optional fields read as `UNSET` when absent.
    """

    proration_discounts: (
        PostInvoicesCreatePreviewBodyScheduleDetailsBillingModeFlexibleProrationDiscounts | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        (
            "proration_discounts",
            "proration_discounts",
            "PostInvoicesCreatePreviewBodyScheduleDetailsBillingModeFlexibleProrationDiscounts",
        ),
    )

    def to_dict(self) -> dict[str, Any]:
        # An unfilled field raises AttributeError; what was received for it, if anything, is
        # already in additional_properties.
        data: dict[str, Any] = dict(self.additional_properties)
        try:
            v_proration_discounts = self.proration_discounts
        except AttributeError:
            pass
        else:
            if not isinstance(v_proration_discounts, Unset):
                data["proration_discounts"] = v_proration_discounts
        return data

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> PostInvoicesCreatePreviewBodyScheduleDetailsBillingModeFlexible:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal; the checks below are what makes each stored value fit its field.
        # A value that does not fit stays in `d` (the additional properties), its field unfilled.
        fill: Any = obj
        v_proration_discounts = d.pop("proration_discounts", UNSET)
        if v_proration_discounts is UNSET:
            fill.proration_discounts = UNSET
        elif type(v_proration_discounts) is str:
            fill.proration_discounts = v_proration_discounts
        else:
            d["proration_discounts"] = v_proration_discounts
        fill.additional_properties = d
        return obj


class PostInvoicesCreatePreviewBodyScheduleDetailsBillingModeFlexibleParams(TypedDict, total=False):
    """PostInvoicesCreatePreviewBodyScheduleDetailsBillingModeFlexible as plain data, for request parameters."""

    proration_discounts: (
        PostInvoicesCreatePreviewBodyScheduleDetailsBillingModeFlexibleProrationDiscounts
    )


# Imported last: models refer to each other in cycles, and are only needed at call time.
