from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..models.invoices_payment_method_options_billie_company_details_registration_type import (
    InvoicesPaymentMethodOptionsBillieCompanyDetailsRegistrationType,
)
from ..types import UNSET

if TYPE_CHECKING:
    from typing_extensions import Required

    from ..models.address import Address, AddressParams


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class InvoicesPaymentMethodOptionsBillieCompanyDetails(Model):
    """Embedded object found at
    `invoice.payment_settings.payment_method_options.billie.company_details`.

    Parsing is tolerant: anything not modelled, and any value of another type than its field
    declares, is kept in `additional_properties`, so `from_dict(data).to_dict() == data`.
    Reading a field that the data lacks, or held with another type, raises
    `FieldNotAvailableError` (an AttributeError); optional fields read as `UNSET` when absent.
    """

    registered_address: Address | None
    registered_name: None | str
    registration_number: None | str
    registration_type: InvoicesPaymentMethodOptionsBillieCompanyDetailsRegistrationType | None
    vat: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("registered_address", "registered_address", "Address | None"),
        ("registered_name", "registered_name", "str | None"),
        ("registration_number", "registration_number", "str | None"),
        (
            "registration_type",
            "registration_type",
            "InvoicesPaymentMethodOptionsBillieCompanyDetailsRegistrationType | None",
        ),
        ("vat", "vat", "str | None"),
    )

    def to_dict(self) -> dict[str, Any]:
        # An unfilled field raises AttributeError; what was received for it, if anything, is
        # already in additional_properties.
        data: dict[str, Any] = dict(self.additional_properties)
        try:
            v_registered_address = self.registered_address
        except AttributeError:
            pass
        else:
            data["registered_address"] = (
                v_registered_address.to_dict()
                if isinstance(v_registered_address, Address)
                else v_registered_address
            )
        try:
            v_registered_name = self.registered_name
        except AttributeError:
            pass
        else:
            data["registered_name"] = v_registered_name
        try:
            v_registration_number = self.registration_number
        except AttributeError:
            pass
        else:
            data["registration_number"] = v_registration_number
        try:
            v_registration_type = self.registration_type
        except AttributeError:
            pass
        else:
            data["registration_type"] = v_registration_type
        try:
            v_vat = self.vat
        except AttributeError:
            pass
        else:
            data["vat"] = v_vat
        return data

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> InvoicesPaymentMethodOptionsBillieCompanyDetails:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal; the checks below are what makes each stored value fit its field.
        # A value that does not fit stays in `d` (the additional properties), its field unfilled.
        fill: Any = obj
        v_registered_address = d.pop("registered_address", UNSET)
        if v_registered_address is not UNSET:
            if (type(v_registered_address) is dict) or (v_registered_address is None):
                fill.registered_address = (
                    Address.from_dict(v_registered_address)
                    if type(v_registered_address) is dict
                    else v_registered_address
                )
            else:
                d["registered_address"] = v_registered_address
        v_registered_name = d.pop("registered_name", UNSET)
        if v_registered_name is not UNSET:
            if (type(v_registered_name) is str) or (v_registered_name is None):
                fill.registered_name = v_registered_name
            else:
                d["registered_name"] = v_registered_name
        v_registration_number = d.pop("registration_number", UNSET)
        if v_registration_number is not UNSET:
            if (type(v_registration_number) is str) or (v_registration_number is None):
                fill.registration_number = v_registration_number
            else:
                d["registration_number"] = v_registration_number
        v_registration_type = d.pop("registration_type", UNSET)
        if v_registration_type is not UNSET:
            if (type(v_registration_type) is str) or (v_registration_type is None):
                fill.registration_type = v_registration_type
            else:
                d["registration_type"] = v_registration_type
        v_vat = d.pop("vat", UNSET)
        if v_vat is not UNSET:
            if (type(v_vat) is str) or (v_vat is None):
                fill.vat = v_vat
            else:
                d["vat"] = v_vat
        fill.additional_properties = d
        return obj


class InvoicesPaymentMethodOptionsBillieCompanyDetailsParams(TypedDict, total=False):
    """InvoicesPaymentMethodOptionsBillieCompanyDetails as plain data, for request parameters."""

    registered_address: Required[AddressParams | Address]
    registered_name: Required[str]
    registration_number: Required[str]
    registration_type: Required[InvoicesPaymentMethodOptionsBillieCompanyDetailsRegistrationType]
    vat: Required[str]


# Imported last: models refer to each other in cycles, and are only needed at call time.
from ..models.address import Address  # noqa: E402
