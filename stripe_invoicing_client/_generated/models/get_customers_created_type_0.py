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
class GetCustomersCreatedType0(Model):
    """GetCustomersCreatedType0

    Parsing is tolerant: anything not modelled, and any value of another type than its field
    declares, is kept in `additional_properties`, so `from_dict(data).to_dict() == data`.
    Reading a field that the data lacks, or held with another type, raises
    `FieldNotAvailableError` (an AttributeError); optional fields read as `UNSET` when absent.
    """

    gt: int | Unset = UNSET
    gte: int | Unset = UNSET
    lt: int | Unset = UNSET
    lte: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("gt", "gt", "int"),
        ("gte", "gte", "int"),
        ("lt", "lt", "int"),
        ("lte", "lte", "int"),
    )

    def to_dict(self) -> dict[str, Any]:
        # An unfilled field raises AttributeError; what was received for it, if anything, is
        # already in additional_properties.
        data: dict[str, Any] = dict(self.additional_properties)
        try:
            v_gt = self.gt
        except AttributeError:
            pass
        else:
            if not isinstance(v_gt, Unset):
                data["gt"] = v_gt
        try:
            v_gte = self.gte
        except AttributeError:
            pass
        else:
            if not isinstance(v_gte, Unset):
                data["gte"] = v_gte
        try:
            v_lt = self.lt
        except AttributeError:
            pass
        else:
            if not isinstance(v_lt, Unset):
                data["lt"] = v_lt
        try:
            v_lte = self.lte
        except AttributeError:
            pass
        else:
            if not isinstance(v_lte, Unset):
                data["lte"] = v_lte
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> GetCustomersCreatedType0:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal; the checks below are what makes each stored value fit its field.
        # A value that does not fit stays in `d` (the additional properties), its field unfilled.
        fill: Any = obj
        v_gt = d.pop("gt", UNSET)
        if v_gt is UNSET:
            fill.gt = UNSET
        elif type(v_gt) is int:
            fill.gt = v_gt
        else:
            d["gt"] = v_gt
        v_gte = d.pop("gte", UNSET)
        if v_gte is UNSET:
            fill.gte = UNSET
        elif type(v_gte) is int:
            fill.gte = v_gte
        else:
            d["gte"] = v_gte
        v_lt = d.pop("lt", UNSET)
        if v_lt is UNSET:
            fill.lt = UNSET
        elif type(v_lt) is int:
            fill.lt = v_lt
        else:
            d["lt"] = v_lt
        v_lte = d.pop("lte", UNSET)
        if v_lte is UNSET:
            fill.lte = UNSET
        elif type(v_lte) is int:
            fill.lte = v_lte
        else:
            d["lte"] = v_lte
        fill.additional_properties = d
        return obj


class GetCustomersCreatedType0Params(TypedDict, total=False):
    """GetCustomersCreatedType0 as plain data, for request parameters."""

    gt: int
    gte: int
    lt: int
    lte: int


# Imported last: models refer to each other in cycles, and are only needed at call time.
