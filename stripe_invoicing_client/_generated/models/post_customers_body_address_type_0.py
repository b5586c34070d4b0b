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
class PostCustomersBodyAddressType0(Model):
    """PostCustomersBodyAddressType0

    Parsing is tolerant: anything not modelled, and any value of another type than its field
    declares, is kept in `additional_properties`, so `from_dict(data).to_dict() == data`.
    Reading a field that the data lacks, or held with another type, raises
    `FieldNotAvailableError` (an AttributeError); optional fields read as `UNSET` when absent.
    """

    city: str | Unset = UNSET
    country: str | Unset = UNSET
    line1: str | Unset = UNSET
    line2: str | Unset = UNSET
    postal_code: str | Unset = UNSET
    state: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("city", "city", "str"),
        ("country", "country", "str"),
        ("line1", "line1", "str"),
        ("line2", "line2", "str"),
        ("postal_code", "postal_code", "str"),
        ("state", "state", "str"),
    )

    def to_dict(self) -> dict[str, Any]:
        # An unfilled field raises AttributeError; what was received for it, if anything, is
        # already in additional_properties.
        data: dict[str, Any] = dict(self.additional_properties)
        try:
            v_city = self.city
        except AttributeError:
            pass
        else:
            if not isinstance(v_city, Unset):
                data["city"] = v_city
        try:
            v_country = self.country
        except AttributeError:
            pass
        else:
            if not isinstance(v_country, Unset):
                data["country"] = v_country
        try:
            v_line1 = self.line1
        except AttributeError:
            pass
        else:
            if not isinstance(v_line1, Unset):
                data["line1"] = v_line1
        try:
            v_line2 = self.line2
        except AttributeError:
            pass
        else:
            if not isinstance(v_line2, Unset):
                data["line2"] = v_line2
        try:
            v_postal_code = self.postal_code
        except AttributeError:
            pass
        else:
            if not isinstance(v_postal_code, Unset):
                data["postal_code"] = v_postal_code
        try:
            v_state = self.state
        except AttributeError:
            pass
        else:
            if not isinstance(v_state, Unset):
                data["state"] = v_state
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PostCustomersBodyAddressType0:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal; the checks below are what makes each stored value fit its field.
        # A value that does not fit stays in `d` (the additional properties), its field unfilled.
        fill: Any = obj
        v_city = d.pop("city", UNSET)
        if v_city is UNSET:
            fill.city = UNSET
        elif type(v_city) is str:
            fill.city = v_city
        else:
            d["city"] = v_city
        v_country = d.pop("country", UNSET)
        if v_country is UNSET:
            fill.country = UNSET
        elif type(v_country) is str:
            fill.country = v_country
        else:
            d["country"] = v_country
        v_line1 = d.pop("line1", UNSET)
        if v_line1 is UNSET:
            fill.line1 = UNSET
        elif type(v_line1) is str:
            fill.line1 = v_line1
        else:
            d["line1"] = v_line1
        v_line2 = d.pop("line2", UNSET)
        if v_line2 is UNSET:
            fill.line2 = UNSET
        elif type(v_line2) is str:
            fill.line2 = v_line2
        else:
            d["line2"] = v_line2
        v_postal_code = d.pop("postal_code", UNSET)
        if v_postal_code is UNSET:
            fill.postal_code = UNSET
        elif type(v_postal_code) is str:
            fill.postal_code = v_postal_code
        else:
            d["postal_code"] = v_postal_code
        v_state = d.pop("state", UNSET)
        if v_state is UNSET:
            fill.state = UNSET
        elif type(v_state) is str:
            fill.state = v_state
        else:
            d["state"] = v_state
        fill.additional_properties = d
        return obj


class PostCustomersBodyAddressType0Params(TypedDict, total=False):
    """PostCustomersBodyAddressType0 as plain data, for request parameters."""

    city: str
    country: str
    line1: str
    line2: str
    postal_code: str
    state: str


# Imported last: models refer to each other in cycles, and are only needed at call time.
