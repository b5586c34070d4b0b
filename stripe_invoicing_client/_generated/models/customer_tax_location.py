from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..models.customer_tax_location_source import (
    CustomerTaxLocationSource,
)
from ..types import UNSET

if TYPE_CHECKING:
    from typing_extensions import Required


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class CustomerTaxLocation(Model):
    """Embedded object found at `customer.tax.location`.

    Parsing is tolerant: anything not modelled, and any value of another type than its field
    declares, is kept in `additional_properties`, so `from_dict(data).to_dict() == data`.
    Reading a field that the data lacks, or held with another type, raises
    `FieldNotAvailableError` (an AttributeError); optional fields read as `UNSET` when absent.
    """

    country: str
    source: CustomerTaxLocationSource
    state: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("country", "country", "str"),
        ("source", "source", "CustomerTaxLocationSource"),
        ("state", "state", "str | None"),
    )

    def to_dict(self) -> dict[str, Any]:
        # An unfilled field raises AttributeError; what was received for it, if anything, is
        # already in additional_properties.
        data: dict[str, Any] = dict(self.additional_properties)
        try:
            v_country = self.country
        except AttributeError:
            pass
        else:
            data["country"] = v_country
        try:
            v_source = self.source
        except AttributeError:
            pass
        else:
            data["source"] = v_source
        try:
            v_state = self.state
        except AttributeError:
            pass
        else:
            data["state"] = v_state
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> CustomerTaxLocation:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal; the checks below are what makes each stored value fit its field.
        # A value that does not fit stays in `d` (the additional properties), its field unfilled.
        fill: Any = obj
        v_country = d.pop("country", UNSET)
        if v_country is not UNSET:
            if type(v_country) is str:
                fill.country = v_country
            else:
                d["country"] = v_country
        v_source = d.pop("source", UNSET)
        if v_source is not UNSET:
            if type(v_source) is str:
                fill.source = v_source
            else:
                d["source"] = v_source
        v_state = d.pop("state", UNSET)
        if v_state is not UNSET:
            if (type(v_state) is str) or (v_state is None):
                fill.state = v_state
            else:
                d["state"] = v_state
        fill.additional_properties = d
        return obj


class CustomerTaxLocationParams(TypedDict, total=False):
    """CustomerTaxLocation as plain data, for request parameters."""

    country: Required[str]
    source: Required[CustomerTaxLocationSource]
    state: Required[str]


# Imported last: models refer to each other in cycles, and are only needed at call time.
