from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET

if TYPE_CHECKING:
    from typing_extensions import Required


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class InvoicesStatusTransitions(Model):
    """Timestamps of the invoice's moves between statuses.

    Parsing is tolerant: anything not modelled, and any value of another type than its field
    declares, is kept in `additional_properties`, so `from_dict(data).to_dict() == data`.
    Reading a field that the data lacks, or held with another type, raises
    `FieldNotAvailableError` (an AttributeError); optional fields read as `UNSET` when absent.
    """

    finalized_at: int | None
    marked_uncollectible_at: int | None
    paid_at: int | None
    voided_at: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("finalized_at", "finalized_at", "int | None"),
        ("marked_uncollectible_at", "marked_uncollectible_at", "int | None"),
        ("paid_at", "paid_at", "int | None"),
        ("voided_at", "voided_at", "int | None"),
    )

    def to_dict(self) -> dict[str, Any]:
        # An unfilled field raises AttributeError; what was received for it, if anything, is
        # already in additional_properties.
        data: dict[str, Any] = dict(self.additional_properties)
        try:
            v_finalized_at = self.finalized_at
        except AttributeError:
            pass
        else:
            data["finalized_at"] = v_finalized_at
        try:
            v_marked_uncollectible_at = self.marked_uncollectible_at
        except AttributeError:
            pass
        else:
            data["marked_uncollectible_at"] = v_marked_uncollectible_at
        try:
            v_paid_at = self.paid_at
        except AttributeError:
            pass
        else:
            data["paid_at"] = v_paid_at
        try:
            v_voided_at = self.voided_at
        except AttributeError:
            pass
        else:
            data["voided_at"] = v_voided_at
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> InvoicesStatusTransitions:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal; the checks below are what makes each stored value fit its field.
        # A value that does not fit stays in `d` (the additional properties), its field unfilled.
        fill: Any = obj
        v_finalized_at = d.pop("finalized_at", UNSET)
        if v_finalized_at is not UNSET:
            if (type(v_finalized_at) is int) or (v_finalized_at is None):
                fill.finalized_at = v_finalized_at
            else:
                d["finalized_at"] = v_finalized_at
        v_marked_uncollectible_at = d.pop("marked_uncollectible_at", UNSET)
        if v_marked_uncollectible_at is not UNSET:
            if (type(v_marked_uncollectible_at) is int) or (v_marked_uncollectible_at is None):
                fill.marked_uncollectible_at = v_marked_uncollectible_at
            else:
                d["marked_uncollectible_at"] = v_marked_uncollectible_at
        v_paid_at = d.pop("paid_at", UNSET)
        if v_paid_at is not UNSET:
            if (type(v_paid_at) is int) or (v_paid_at is None):
                fill.paid_at = v_paid_at
            else:
                d["paid_at"] = v_paid_at
        v_voided_at = d.pop("voided_at", UNSET)
        if v_voided_at is not UNSET:
            if (type(v_voided_at) is int) or (v_voided_at is None):
                fill.voided_at = v_voided_at
            else:
                d["voided_at"] = v_voided_at
        fill.additional_properties = d
        return obj


class InvoicesStatusTransitionsParams(TypedDict, total=False):
    """InvoicesStatusTransitions as plain data, for request parameters."""

    finalized_at: Required[int]
    marked_uncollectible_at: Required[int]
    paid_at: Required[int]
    voided_at: Required[int]


# Imported last: models refer to each other in cycles, and are only needed at call time.
