from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.invoices_payment_method_options_billie_company_details_registration_type import (
    InvoicesPaymentMethodOptionsBillieCompanyDetailsRegistrationType,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from typing_extensions import Required

    from ..models.address import Address, AddressParams


@_attrs_define
class InvoicesPaymentMethodOptionsBillieCompanyDetails:
    """Embedded object found at
    `invoice.payment_settings.payment_method_options.billie.company_details`.

    Parsing is tolerant: a field missing from the data, or of another type than described,
    reads as `UNSET`, and anything not modelled is kept in `additional_properties`, so
    `from_dict(data).to_dict() == data`.
    """

    registered_address: Address | None
    registered_name: None | str
    registration_number: None | str
    registration_type: InvoicesPaymentMethodOptionsBillieCompanyDetailsRegistrationType | None
    vat: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = dict(self.additional_properties)
        v_registered_address = self.registered_address
        if not isinstance(v_registered_address, Unset):
            data["registered_address"] = (
                v_registered_address.to_dict()
                if isinstance(v_registered_address, Address)
                else v_registered_address
            )
        v_registered_name = self.registered_name
        if not isinstance(v_registered_name, Unset):
            data["registered_name"] = v_registered_name
        v_registration_number = self.registration_number
        if not isinstance(v_registration_number, Unset):
            data["registration_number"] = v_registration_number
        v_registration_type = self.registration_type
        if not isinstance(v_registration_type, Unset):
            data["registration_type"] = v_registration_type
        v_vat = self.vat
        if not isinstance(v_vat, Unset):
            data["vat"] = v_vat
        return data

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> InvoicesPaymentMethodOptionsBillieCompanyDetails:
        d = dict(src_dict)
        v_registered_address = d.pop("registered_address", UNSET)
        if v_registered_address is not UNSET:
            if (type(v_registered_address) is dict) or (v_registered_address is None):
                v_registered_address = (
                    Address.from_dict(v_registered_address)
                    if type(v_registered_address) is dict
                    else v_registered_address
                )
            else:
                d["registered_address"] = v_registered_address
                v_registered_address = UNSET
        v_registered_name = d.pop("registered_name", UNSET)
        if v_registered_name is not UNSET and not (
            (type(v_registered_name) is str) or (v_registered_name is None)
        ):
            d["registered_name"] = v_registered_name
            v_registered_name = UNSET
        v_registration_number = d.pop("registration_number", UNSET)
        if v_registration_number is not UNSET and not (
            (type(v_registration_number) is str) or (v_registration_number is None)
        ):
            d["registration_number"] = v_registration_number
            v_registration_number = UNSET
        v_registration_type = d.pop("registration_type", UNSET)
        if v_registration_type is not UNSET and not (
            (type(v_registration_type) is str) or (v_registration_type is None)
        ):
            d["registration_type"] = v_registration_type
            v_registration_type = UNSET
        v_vat = d.pop("vat", UNSET)
        if v_vat is not UNSET and not ((type(v_vat) is str) or (v_vat is None)):
            d["vat"] = v_vat
            v_vat = UNSET
        obj = cls(
            registered_address=v_registered_address,
            registered_name=v_registered_name,
            registration_number=v_registration_number,
            registration_type=v_registration_type,
            vat=v_vat,
        )
        obj.additional_properties = d
        return obj

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


class InvoicesPaymentMethodOptionsBillieCompanyDetailsParams(TypedDict, total=False):
    """InvoicesPaymentMethodOptionsBillieCompanyDetails as plain data, for request parameters."""

    registered_address: Required[AddressParams | Address]
    registered_name: Required[str]
    registration_number: Required[str]
    registration_type: Required[InvoicesPaymentMethodOptionsBillieCompanyDetailsRegistrationType]
    vat: Required[str]


# Imported last: models refer to each other in cycles, and are only needed at call time.
from ..models.address import Address  # noqa: E402
