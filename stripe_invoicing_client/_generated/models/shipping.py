from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET

if TYPE_CHECKING:
    from typing_extensions import Required

    from ..models.address import Address, AddressParams


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class Shipping(Model):
    """Recipient, address and carrier data for a delivery.

    Parsing is tolerant: anything not modelled, and any value of another type than its field
    declares, is kept in `additional_properties`, so `from_dict(data).to_dict() == data`.
    Reading a field that the data lacks, or held with another type, raises
    `FieldNotAvailableError` (an AttributeError); optional fields read as `UNSET` when absent.
    """

    address: Address | None
    carrier: None | str
    name: None | str
    phone: None | str
    tracking_number: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("address", "address", "Address | None"),
        ("carrier", "carrier", "str | None"),
        ("name", "name", "str | None"),
        ("phone", "phone", "str | None"),
        ("tracking_number", "tracking_number", "str | None"),
    )

    def to_dict(self) -> dict[str, Any]:
        # An unfilled field raises AttributeError; what was received for it, if anything, is
        # already in additional_properties.
        data: dict[str, Any] = dict(self.additional_properties)
        try:
            v_address = self.address
        except AttributeError:
            pass
        else:
            data["address"] = v_address.to_dict() if isinstance(v_address, Address) else v_address
        try:
            v_carrier = self.carrier
        except AttributeError:
            pass
        else:
            data["carrier"] = v_carrier
        try:
            v_name = self.name
        except AttributeError:
            pass
        else:
            data["name"] = v_name
        try:
            v_phone = self.phone
        except AttributeError:
            pass
        else:
            data["phone"] = v_phone
        try:
            v_tracking_number = self.tracking_number
        except AttributeError:
            pass
        else:
            data["tracking_number"] = v_tracking_number
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Shipping:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal; the checks below are what makes each stored value fit its field.
        # A value that does not fit stays in `d` (the additional properties), its field unfilled.
        fill: Any = obj
        v_address = d.pop("address", UNSET)
        if v_address is not UNSET:
            if (type(v_address) is dict) or (v_address is None):
                fill.address = (
                    Address.from_dict(v_address) if type(v_address) is dict else v_address
                )
            else:
                d["address"] = v_address
        v_carrier = d.pop("carrier", UNSET)
        if v_carrier is not UNSET:
            if (type(v_carrier) is str) or (v_carrier is None):
                fill.carrier = v_carrier
            else:
                d["carrier"] = v_carrier
        v_name = d.pop("name", UNSET)
        if v_name is not UNSET:
            if (type(v_name) is str) or (v_name is None):
                fill.name = v_name
            else:
                d["name"] = v_name
        v_phone = d.pop("phone", UNSET)
        if v_phone is not UNSET:
            if (type(v_phone) is str) or (v_phone is None):
                fill.phone = v_phone
            else:
                d["phone"] = v_phone
        v_tracking_number = d.pop("tracking_number", UNSET)
        if v_tracking_number is not UNSET:
            if (type(v_tracking_number) is str) or (v_tracking_number is None):
                fill.tracking_number = v_tracking_number
            else:
                d["tracking_number"] = v_tracking_number
        fill.additional_properties = d
        return obj


class ShippingParams(TypedDict, total=False):
    """Shipping as plain data, for request parameters."""

    address: Required[AddressParams | Address]
    carrier: Required[str]
    name: Required[str]
    phone: Required[str]
    tracking_number: Required[str]


# Imported last: models refer to each other in cycles, and are only needed at call time.
from ..models.address import Address  # noqa: E402
