from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.post_invoices_invoice_body_payment_settings_payment_method_options_billie_type_0_company_details_type_0_registered_address_type_1 import (
    PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsBillieType0CompanyDetailsType0RegisteredAddressType1,
)
from ..models.post_invoices_invoice_body_payment_settings_payment_method_options_billie_type_0_company_details_type_0_registration_type_type_0 import (
    PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsBillieType0CompanyDetailsType0RegistrationTypeType0,
)
from ..models.post_invoices_invoice_body_payment_settings_payment_method_options_billie_type_0_company_details_type_0_registration_type_type_1 import (
    PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsBillieType0CompanyDetailsType0RegistrationTypeType1,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.post_invoices_invoice_body_payment_settings_payment_method_options_billie_type_0_company_details_type_0_registered_address_type_0 import (
        PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsBillieType0CompanyDetailsType0RegisteredAddressType0,
        PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsBillieType0CompanyDetailsType0RegisteredAddressType0Params,
    )


@_attrs_define
class PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsBillieType0CompanyDetailsType0:
    """PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsBillieType0CompanyDetailsType0

    Parsing is tolerant: a field missing from the data, or of another type than described,
    reads as `UNSET`, and anything not modelled is kept in `additional_properties`, so
    `from_dict(data).to_dict() == data`.
    """

    registered_address: (
        PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsBillieType0CompanyDetailsType0RegisteredAddressType0
        | PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsBillieType0CompanyDetailsType0RegisteredAddressType1
        | Unset
    ) = UNSET
    registered_name: str | Unset = UNSET
    registration_number: str | Unset = UNSET
    registration_type: (
        PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsBillieType0CompanyDetailsType0RegistrationTypeType0
        | PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsBillieType0CompanyDetailsType0RegistrationTypeType1
        | Unset
    ) = UNSET
    vat: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = dict(self.additional_properties)
        v_registered_address = self.registered_address
        if not isinstance(v_registered_address, Unset):
            data["registered_address"] = (
                v_registered_address.to_dict()
                if isinstance(
                    v_registered_address,
                    PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsBillieType0CompanyDetailsType0RegisteredAddressType0,
                )
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
    ) -> PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsBillieType0CompanyDetailsType0:
        d = dict(src_dict)
        v_registered_address = d.pop("registered_address", UNSET)
        if v_registered_address is not UNSET:
            if (type(v_registered_address) is dict) or (v_registered_address == ""):
                v_registered_address = (
                    PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsBillieType0CompanyDetailsType0RegisteredAddressType0.from_dict(
                        v_registered_address
                    )
                    if type(v_registered_address) is dict
                    else v_registered_address
                )
            else:
                d["registered_address"] = v_registered_address
                v_registered_address = UNSET
        v_registered_name = d.pop("registered_name", UNSET)
        if v_registered_name is not UNSET and not (type(v_registered_name) is str):
            d["registered_name"] = v_registered_name
            v_registered_name = UNSET
        v_registration_number = d.pop("registration_number", UNSET)
        if v_registration_number is not UNSET and not (type(v_registration_number) is str):
            d["registration_number"] = v_registration_number
            v_registration_number = UNSET
        v_registration_type = d.pop("registration_type", UNSET)
        if v_registration_type is not UNSET and not (
            (type(v_registration_type) is str) or (v_registration_type == "")
        ):
            d["registration_type"] = v_registration_type
            v_registration_type = UNSET
        v_vat = d.pop("vat", UNSET)
        if v_vat is not UNSET and not (type(v_vat) is str):
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


class PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsBillieType0CompanyDetailsType0Params(
    TypedDict, total=False
):
    """PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsBillieType0CompanyDetailsType0 as plain data, for request parameters."""

    registered_address: (
        PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsBillieType0CompanyDetailsType0RegisteredAddressType0Params
        | PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsBillieType0CompanyDetailsType0RegisteredAddressType0
        | PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsBillieType0CompanyDetailsType0RegisteredAddressType1
    )
    registered_name: str
    registration_number: str
    registration_type: (
        PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsBillieType0CompanyDetailsType0RegistrationTypeType0
        | PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsBillieType0CompanyDetailsType0RegistrationTypeType1
    )
    vat: str


# Imported last: models refer to each other in cycles, and are only needed at call time.
from ..models.post_invoices_invoice_body_payment_settings_payment_method_options_billie_type_0_company_details_type_0_registered_address_type_0 import (
    PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsBillieType0CompanyDetailsType0RegisteredAddressType0,  # noqa: E402
)
