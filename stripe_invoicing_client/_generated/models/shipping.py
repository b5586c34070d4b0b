from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from typing_extensions import Required

    from ..models.address import Address, AddressParams


@_attrs_define
class Shipping:
    """Recipient, address and carrier data for a delivery.

    Parsing is tolerant: a field missing from the data, or of another type than described,
    reads as `UNSET`, and anything not modelled is kept in `additional_properties`, so
    `from_dict(data).to_dict() == data`.
    """

    address: Address | None
    carrier: None | str
    name: None | str
    phone: None | str
    tracking_number: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = dict(self.additional_properties)
        v_address = self.address
        if not isinstance(v_address, Unset):
            data["address"] = v_address.to_dict() if isinstance(v_address, Address) else v_address
        v_carrier = self.carrier
        if not isinstance(v_carrier, Unset):
            data["carrier"] = v_carrier
        v_name = self.name
        if not isinstance(v_name, Unset):
            data["name"] = v_name
        v_phone = self.phone
        if not isinstance(v_phone, Unset):
            data["phone"] = v_phone
        v_tracking_number = self.tracking_number
        if not isinstance(v_tracking_number, Unset):
            data["tracking_number"] = v_tracking_number
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Shipping:
        d = dict(src_dict)
        v_address = d.pop("address", UNSET)
        if v_address is not UNSET:
            if (type(v_address) is dict) or (v_address is None):
                v_address = Address.from_dict(v_address) if type(v_address) is dict else v_address
            else:
                d["address"] = v_address
                v_address = UNSET
        v_carrier = d.pop("carrier", UNSET)
        if v_carrier is not UNSET and not ((type(v_carrier) is str) or (v_carrier is None)):
            d["carrier"] = v_carrier
            v_carrier = UNSET
        v_name = d.pop("name", UNSET)
        if v_name is not UNSET and not ((type(v_name) is str) or (v_name is None)):
            d["name"] = v_name
            v_name = UNSET
        v_phone = d.pop("phone", UNSET)
        if v_phone is not UNSET and not ((type(v_phone) is str) or (v_phone is None)):
            d["phone"] = v_phone
            v_phone = UNSET
        v_tracking_number = d.pop("tracking_number", UNSET)
        if v_tracking_number is not UNSET and not (
            (type(v_tracking_number) is str) or (v_tracking_number is None)
        ):
            d["tracking_number"] = v_tracking_number
            v_tracking_number = UNSET
        obj = cls(
            address=v_address,
            carrier=v_carrier,
            name=v_name,
            phone=v_phone,
            tracking_number=v_tracking_number,
        )
        obj.additional_properties = d
        return obj

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


class ShippingParams(TypedDict, total=False):
    """Shipping as plain data, for request parameters."""

    address: Required[AddressParams | Address]
    carrier: Required[str]
    name: Required[str]
    phone: Required[str]
    tracking_number: Required[str]


# Imported last: models refer to each other in cycles, and are only needed at call time.
from ..models.address import Address  # noqa: E402
