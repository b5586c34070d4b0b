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
class InvoiceLineItemPeriod(Model):
    """Embedded object found at `line_item.period`.

    Parsing is tolerant: anything not modelled, and any value of another type than its field
    declares, is kept in `additional_properties`, so `from_dict(data).to_dict() == data`.
    Reading a field that the data lacks, or held with another type, raises
    `FieldNotAvailableError` (an AttributeError); optional fields read as `UNSET` when absent.
    """

    end: int
    start: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("end", "end", "int"),
        ("start", "start", "int"),
    )

    def to_dict(self) -> dict[str, Any]:
        # An unfilled field raises AttributeError; what was received for it, if anything, is
        # already in additional_properties.
        data: dict[str, Any] = dict(self.additional_properties)
        try:
            v_end = self.end
        except AttributeError:
            pass
        else:
            data["end"] = v_end
        try:
            v_start = self.start
        except AttributeError:
            pass
        else:
            data["start"] = v_start
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> InvoiceLineItemPeriod:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal; the checks below are what makes each stored value fit its field.
        # A value that does not fit stays in `d` (the additional properties), its field unfilled.
        fill: Any = obj
        v_end = d.pop("end", UNSET)
        if v_end is not UNSET:
            if type(v_end) is int:
                fill.end = v_end
            else:
                d["end"] = v_end
        v_start = d.pop("start", UNSET)
        if v_start is not UNSET:
            if type(v_start) is int:
                fill.start = v_start
            else:
                d["start"] = v_start
        fill.additional_properties = d
        return obj


class InvoiceLineItemPeriodParams(TypedDict, total=False):
    """InvoiceLineItemPeriod as plain data, for request parameters."""

    end: Required[int]
    start: Required[int]


# Imported last: models refer to each other in cycles, and are only needed at call time.
