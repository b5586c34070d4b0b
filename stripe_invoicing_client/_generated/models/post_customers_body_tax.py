from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.post_customers_body_tax_ip_address_type_1 import (
    PostCustomersBodyTaxIpAddressType1,
)
from ..models.post_customers_body_tax_validate_location import (
    PostCustomersBodyTaxValidateLocation,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    pass


@_attrs_define
class PostCustomersBodyTax:
    """PostCustomersBodyTax

    Parsing is tolerant: a field missing from the data, or of another type than described,
    reads as `UNSET`, and anything not modelled is kept in `additional_properties`, so
    `from_dict(data).to_dict() == data`.
    """

    ip_address: PostCustomersBodyTaxIpAddressType1 | str | Unset = UNSET
    validate_location: PostCustomersBodyTaxValidateLocation | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = dict(self.additional_properties)
        v_ip_address = self.ip_address
        if not isinstance(v_ip_address, Unset):
            data["ip_address"] = v_ip_address
        v_validate_location = self.validate_location
        if not isinstance(v_validate_location, Unset):
            data["validate_location"] = v_validate_location
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PostCustomersBodyTax:
        d = dict(src_dict)
        v_ip_address = d.pop("ip_address", UNSET)
        if v_ip_address is not UNSET and not ((type(v_ip_address) is str) or (v_ip_address == "")):
            d["ip_address"] = v_ip_address
            v_ip_address = UNSET
        v_validate_location = d.pop("validate_location", UNSET)
        if v_validate_location is not UNSET and not (type(v_validate_location) is str):
            d["validate_location"] = v_validate_location
            v_validate_location = UNSET
        obj = cls(
            ip_address=v_ip_address,
            validate_location=v_validate_location,
        )
        obj.additional_properties = d
        return obj

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


class PostCustomersBodyTaxParams(TypedDict, total=False):
    """PostCustomersBodyTax as plain data, for request parameters."""

    ip_address: str | PostCustomersBodyTaxIpAddressType1
    validate_location: PostCustomersBodyTaxValidateLocation


# Imported last: models refer to each other in cycles, and are only needed at call time.
