from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    pass


@_attrs_define
class PostCustomersBodyShippingType0Address:
    """PostCustomersBodyShippingType0Address

    Parsing is tolerant: a field missing from the data, or of another type than described,
    reads as `UNSET`, and anything not modelled is kept in `additional_properties`, so
    `from_dict(data).to_dict() == data`.
    """

    city: str | Unset = UNSET
    country: str | Unset = UNSET
    line1: str | Unset = UNSET
    line2: str | Unset = UNSET
    postal_code: str | Unset = UNSET
    state: str | Unset = UNSET
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
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PostCustomersBodyShippingType0Address:
        d = dict(src_dict)
        v_city = d.pop("city", UNSET)
        if v_city is not UNSET and not (type(v_city) is str):
            d["city"] = v_city
            v_city = UNSET
        v_country = d.pop("country", UNSET)
        if v_country is not UNSET and not (type(v_country) is str):
            d["country"] = v_country
            v_country = UNSET
        v_line1 = d.pop("line1", UNSET)
        if v_line1 is not UNSET and not (type(v_line1) is str):
            d["line1"] = v_line1
            v_line1 = UNSET
        v_line2 = d.pop("line2", UNSET)
        if v_line2 is not UNSET and not (type(v_line2) is str):
            d["line2"] = v_line2
            v_line2 = UNSET
        v_postal_code = d.pop("postal_code", UNSET)
        if v_postal_code is not UNSET and not (type(v_postal_code) is str):
            d["postal_code"] = v_postal_code
            v_postal_code = UNSET
        v_state = d.pop("state", UNSET)
        if v_state is not UNSET and not (type(v_state) is str):
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


class PostCustomersBodyShippingType0AddressParams(TypedDict, total=False):
    """PostCustomersBodyShippingType0Address as plain data, for request parameters."""

    city: str
    country: str
    line1: str
    line2: str
    postal_code: str
    state: str


# Imported last: models refer to each other in cycles, and are only needed at call time.
