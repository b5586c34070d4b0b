from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    pass


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemBillingThresholdsType0(Model):
    """PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemBillingThresholdsType0

    Parsing is tolerant: anything not modelled, and any value of another type than its field
    declares, is kept in `additional_properties`, so `from_dict(data).to_dict() == data`.
    Reading a field that the data lacks, or held with another type, raises
    `FieldNotAvailableError` (an AttributeError); optional fields read as `UNSET` when absent.
    """

    amount_gte: int | Unset = UNSET
    reset_billing_cycle_anchor: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("amount_gte", "amount_gte", "int"),
        ("reset_billing_cycle_anchor", "reset_billing_cycle_anchor", "bool"),
    )

    def to_dict(self) -> dict[str, Any]:
        # An unfilled field raises AttributeError; what was received for it, if anything, is
        # already in additional_properties.
        data: dict[str, Any] = dict(self.additional_properties)
        try:
            v_amount_gte = self.amount_gte
        except AttributeError:
            pass
        else:
            if not isinstance(v_amount_gte, Unset):
                data["amount_gte"] = v_amount_gte
        try:
            v_reset_billing_cycle_anchor = self.reset_billing_cycle_anchor
        except AttributeError:
            pass
        else:
            if not isinstance(v_reset_billing_cycle_anchor, Unset):
                data["reset_billing_cycle_anchor"] = v_reset_billing_cycle_anchor
        return data

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemBillingThresholdsType0:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal; the checks below are what makes each stored value fit its field.
        # A value that does not fit stays in `d` (the additional properties), its field unfilled.
        fill: Any = obj
        v_amount_gte = d.pop("amount_gte", UNSET)
        if v_amount_gte is UNSET:
            fill.amount_gte = UNSET
        elif type(v_amount_gte) is int:
            fill.amount_gte = v_amount_gte
        else:
            d["amount_gte"] = v_amount_gte
        v_reset_billing_cycle_anchor = d.pop("reset_billing_cycle_anchor", UNSET)
        if v_reset_billing_cycle_anchor is UNSET:
            fill.reset_billing_cycle_anchor = UNSET
        elif type(v_reset_billing_cycle_anchor) is bool:
            fill.reset_billing_cycle_anchor = v_reset_billing_cycle_anchor
        else:
            d["reset_billing_cycle_anchor"] = v_reset_billing_cycle_anchor
        fill.additional_properties = d
        return obj


class PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemBillingThresholdsType0Params(
    TypedDict, total=False
):
    """PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemBillingThresholdsType0 as plain data, for request parameters."""

    amount_gte: int
    reset_billing_cycle_anchor: bool


# Imported last: models refer to each other in cycles, and are only needed at call time.
