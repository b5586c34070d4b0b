from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..models.customer_tax_automatic_tax import (
    CustomerTaxAutomaticTax,
)
from ..models.customer_tax_provider import CustomerTaxProvider
from ..types import UNSET

if TYPE_CHECKING:
    from typing_extensions import Required

    from ..models.customer_tax_location import CustomerTaxLocation, CustomerTaxLocationParams


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class CustomerTax(Model):
    """Embedded object found at `customer.tax`.

    Parsing is tolerant: anything not modelled, and any value of another type than its field
    declares, is kept in `additional_properties`, so `from_dict(data).to_dict() == data`.
    Reading a field that the data lacks, or held with another type, raises
    `FieldNotAvailableError` (an AttributeError); optional fields read as `UNSET` when absent.
    """

    automatic_tax: CustomerTaxAutomaticTax
    ip_address: None | str
    location: CustomerTaxLocation | None
    provider: CustomerTaxProvider
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("automatic_tax", "automatic_tax", "CustomerTaxAutomaticTax"),
        ("ip_address", "ip_address", "str | None"),
        ("location", "location", "CustomerTaxLocation | None"),
        ("provider", "provider", "CustomerTaxProvider"),
    )

    def to_dict(self) -> dict[str, Any]:
        # An unfilled field raises AttributeError; what was received for it, if anything, is
        # already in additional_properties.
        data: dict[str, Any] = dict(self.additional_properties)
        try:
            v_automatic_tax = self.automatic_tax
        except AttributeError:
            pass
        else:
            data["automatic_tax"] = v_automatic_tax
        try:
            v_ip_address = self.ip_address
        except AttributeError:
            pass
        else:
            data["ip_address"] = v_ip_address
        try:
            v_location = self.location
        except AttributeError:
            pass
        else:
            data["location"] = (
                v_location.to_dict() if isinstance(v_location, CustomerTaxLocation) else v_location
            )
        try:
            v_provider = self.provider
        except AttributeError:
            pass
        else:
            data["provider"] = v_provider
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> CustomerTax:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal; the checks below are what makes each stored value fit its field.
        # A value that does not fit stays in `d` (the additional properties), its field unfilled.
        fill: Any = obj
        v_automatic_tax = d.pop("automatic_tax", UNSET)
        if v_automatic_tax is not UNSET:
            if type(v_automatic_tax) is str:
                fill.automatic_tax = v_automatic_tax
            else:
                d["automatic_tax"] = v_automatic_tax
        v_ip_address = d.pop("ip_address", UNSET)
        if v_ip_address is not UNSET:
            if (type(v_ip_address) is str) or (v_ip_address is None):
                fill.ip_address = v_ip_address
            else:
                d["ip_address"] = v_ip_address
        v_location = d.pop("location", UNSET)
        if v_location is not UNSET:
            if (type(v_location) is dict) or (v_location is None):
                fill.location = (
                    CustomerTaxLocation.from_dict(v_location)
                    if type(v_location) is dict
                    else v_location
                )
            else:
                d["location"] = v_location
        v_provider = d.pop("provider", UNSET)
        if v_provider is not UNSET:
            if type(v_provider) is str:
                fill.provider = v_provider
            else:
                d["provider"] = v_provider
        fill.additional_properties = d
        return obj


class CustomerTaxParams(TypedDict, total=False):
    """CustomerTax as plain data, for request parameters."""

    automatic_tax: Required[CustomerTaxAutomaticTax]
    ip_address: Required[str]
    location: Required[CustomerTaxLocationParams | CustomerTaxLocation]
    provider: Required[CustomerTaxProvider]


# Imported last: models refer to each other in cycles, and are only needed at call time.
from ..models.customer_tax_location import CustomerTaxLocation  # noqa: E402
