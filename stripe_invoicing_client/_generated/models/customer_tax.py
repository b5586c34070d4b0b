from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.customer_tax_automatic_tax import (
    CustomerTaxAutomaticTax,
)
from ..models.customer_tax_provider import CustomerTaxProvider
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from typing_extensions import Required

    from ..models.customer_tax_location import CustomerTaxLocation, CustomerTaxLocationParams


@_attrs_define
class CustomerTax:
    """Embedded object found at `customer.tax`.

    Parsing is tolerant: a field missing from the data, or of another type than described,
    reads as `UNSET`, and anything not modelled is kept in `additional_properties`, so
    `from_dict(data).to_dict() == data`.
    """

    automatic_tax: CustomerTaxAutomaticTax
    ip_address: None | str
    location: CustomerTaxLocation | None
    provider: CustomerTaxProvider
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = dict(self.additional_properties)
        v_automatic_tax = self.automatic_tax
        if not isinstance(v_automatic_tax, Unset):
            data["automatic_tax"] = v_automatic_tax
        v_ip_address = self.ip_address
        if not isinstance(v_ip_address, Unset):
            data["ip_address"] = v_ip_address
        v_location = self.location
        if not isinstance(v_location, Unset):
            data["location"] = (
                v_location.to_dict() if isinstance(v_location, CustomerTaxLocation) else v_location
            )
        v_provider = self.provider
        if not isinstance(v_provider, Unset):
            data["provider"] = v_provider
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> CustomerTax:
        d = dict(src_dict)
        v_automatic_tax = d.pop("automatic_tax", UNSET)
        if v_automatic_tax is not UNSET and not (type(v_automatic_tax) is str):
            d["automatic_tax"] = v_automatic_tax
            v_automatic_tax = UNSET
        v_ip_address = d.pop("ip_address", UNSET)
        if v_ip_address is not UNSET and not (
            (type(v_ip_address) is str) or (v_ip_address is None)
        ):
            d["ip_address"] = v_ip_address
            v_ip_address = UNSET
        v_location = d.pop("location", UNSET)
        if v_location is not UNSET:
            if (type(v_location) is dict) or (v_location is None):
                v_location = (
                    CustomerTaxLocation.from_dict(v_location)
                    if type(v_location) is dict
                    else v_location
                )
            else:
                d["location"] = v_location
                v_location = UNSET
        v_provider = d.pop("provider", UNSET)
        if v_provider is not UNSET and not (type(v_provider) is str):
            d["provider"] = v_provider
            v_provider = UNSET
        obj = cls(
            automatic_tax=v_automatic_tax,
            ip_address=v_ip_address,
            location=v_location,
            provider=v_provider,
        )
        obj.additional_properties = d
        return obj

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


class CustomerTaxParams(TypedDict, total=False):
    """CustomerTax as plain data, for request parameters."""

    automatic_tax: Required[CustomerTaxAutomaticTax]
    ip_address: Required[str]
    location: Required[CustomerTaxLocationParams | CustomerTaxLocation]
    provider: Required[CustomerTaxProvider]


# Imported last: models refer to each other in cycles, and are only needed at call time.
from ..models.customer_tax_location import CustomerTaxLocation  # noqa: E402
