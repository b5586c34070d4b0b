from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.customer_tax_location_source import (
    CustomerTaxLocationSource,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from typing_extensions import Required


@_attrs_define
class CustomerTaxLocation:
    """Embedded object found at `customer.tax.location`.

    Parsing is tolerant: a field missing from the data, or of another type than described,
    reads as `UNSET`, and anything not modelled is kept in `additional_properties`, so
    `from_dict(data).to_dict() == data`.
    """

    country: str
    source: CustomerTaxLocationSource
    state: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = dict(self.additional_properties)
        v_country = self.country
        if not isinstance(v_country, Unset):
            data["country"] = v_country
        v_source = self.source
        if not isinstance(v_source, Unset):
            data["source"] = v_source
        v_state = self.state
        if not isinstance(v_state, Unset):
            data["state"] = v_state
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> CustomerTaxLocation:
        d = dict(src_dict)
        v_country = d.pop("country", UNSET)
        if v_country is not UNSET and not (type(v_country) is str):
            d["country"] = v_country
            v_country = UNSET
        v_source = d.pop("source", UNSET)
        if v_source is not UNSET and not (type(v_source) is str):
            d["source"] = v_source
            v_source = UNSET
        v_state = d.pop("state", UNSET)
        if v_state is not UNSET and not ((type(v_state) is str) or (v_state is None)):
            d["state"] = v_state
            v_state = UNSET
        obj = cls(
            country=v_country,
            source=v_source,
            state=v_state,
        )
        obj.additional_properties = d
        return obj

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


class CustomerTaxLocationParams(TypedDict, total=False):
    """CustomerTaxLocation as plain data, for request parameters."""

    country: Required[str]
    source: Required[CustomerTaxLocationSource]
    state: Required[str]


# Imported last: models refer to each other in cycles, and are only needed at call time.
