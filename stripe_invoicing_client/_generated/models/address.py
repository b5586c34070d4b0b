from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from typing_extensions import Required


@_attrs_define
class Address:
    """Postal address parts; any of them may be empty.

    Parsing is tolerant: a field missing from the data, or of another type than described,
    reads as `UNSET`, and anything not modelled is kept in `additional_properties`, so
    `from_dict(data).to_dict() == data`.
    """

    city: None | str
    country: None | str
    line1: None | str
    line2: None | str
    postal_code: None | str
    state: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = dict(self.additional_properties)
        v_city = self.city
        if not isinstance(v_city, Unset):
            data["city"] = v_city
        v_country = self.country
        if not isinstance(v_country, Unset):
            data["country"] = v_country
        v_line1 = self.line1
        if not isinstance(v_line1, Unset):
            data["line1"] = v_line1
        v_line2 = self.line2
        if not isinstance(v_line2, Unset):
            data["line2"] = v_line2
        v_postal_code = self.postal_code
        if not isinstance(v_postal_code, Unset):
            data["postal_code"] = v_postal_code
        v_state = self.state
        if not isinstance(v_state, Unset):
            data["state"] = v_state
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Address:
        d = dict(src_dict)
        v_city = d.pop("city", UNSET)
        if v_city is not UNSET and not ((type(v_city) is str) or (v_city is None)):
            d["city"] = v_city
            v_city = UNSET
        v_country = d.pop("country", UNSET)
        if v_country is not UNSET and not ((type(v_country) is str) or (v_country is None)):
            d["country"] = v_country
            v_country = UNSET
        v_line1 = d.pop("line1", UNSET)
        if v_line1 is not UNSET and not ((type(v_line1) is str) or (v_line1 is None)):
            d["line1"] = v_line1
            v_line1 = UNSET
        v_line2 = d.pop("line2", UNSET)
        if v_line2 is not UNSET and not ((type(v_line2) is str) or (v_line2 is None)):
            d["line2"] = v_line2
            v_line2 = UNSET
        v_postal_code = d.pop("postal_code", UNSET)
        if v_postal_code is not UNSET and not (
            (type(v_postal_code) is str) or (v_postal_code is None)
        ):
            d["postal_code"] = v_postal_code
            v_postal_code = UNSET
        v_state = d.pop("state", UNSET)
        if v_state is not UNSET and not ((type(v_state) is str) or (v_state is None)):
            d["state"] = v_state
            v_state = UNSET
        obj = cls(
            city=v_city,
            country=v_country,
            line1=v_line1,
            line2=v_line2,
            postal_code=v_postal_code,
            state=v_state,
        )
        obj.additional_properties = d
        return obj

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


class AddressParams(TypedDict, total=False):
    """Address as plain data, for request parameters."""

    city: Required[str]
    country: Required[str]
    line1: Required[str]
    line2: Required[str]
    postal_code: Required[str]
    state: Required[str]


# Imported last: models refer to each other in cycles, and are only needed at call time.
