from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..models.post_invoices_body_payment_settings_payment_method_options_billie_type_0_company_details_type_0_registered_address_type_1 import (
    PostInvoicesBodyPaymentSettingsPaymentMethodOptionsBillieType0CompanyDetailsType0RegisteredAddressType1,
)
from ..models.post_invoices_body_payment_settings_payment_method_options_billie_type_0_company_details_type_0_registration_type_type_0 import (
    PostInvoicesBodyPaymentSettingsPaymentMethodOptionsBillieType0CompanyDetailsType0RegistrationTypeType0,
)
from ..models.post_invoices_body_payment_settings_payment_method_options_billie_type_0_company_details_type_0_registration_type_type_1 import (
    PostInvoicesBodyPaymentSettingsPaymentMethodOptionsBillieType0CompanyDetailsType0RegistrationTypeType1,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.post_invoices_body_payment_settings_payment_method_options_billie_type_0_company_details_type_0_registered_address_type_0 import (
        PostInvoicesBodyPaymentSettingsPaymentMethodOptionsBillieType0CompanyDetailsType0RegisteredAddressType0,
        PostInvoicesBodyPaymentSettingsPaymentMethodOptionsBillieType0CompanyDetailsType0RegisteredAddressType0Params,
    )


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PostInvoicesBodyPaymentSettingsPaymentMethodOptionsBillieType0CompanyDetailsType0(Model):
    """PostInvoicesBodyPaymentSettingsPaymentMethodOptionsBillieType0CompanyDetailsType0

    Parsing is tolerant: anything not modelled, and any value of another type than its field
    declares, is kept in `additional_properties`, so `from_dict(data).to_dict() == data`.
    Reading a field that the data lacks, or held with another type, raises
    `FieldNotAvailableError` (an AttributeError); optional fields read as `UNSET` when absent.
    """

    registered_address: (
        PostInvoicesBodyPaymentSettingsPaymentMethodOptionsBillieType0CompanyDetailsType0RegisteredAddressType0
        | PostInvoicesBodyPaymentSettingsPaymentMethodOptionsBillieType0CompanyDetailsType0RegisteredAddressType1
        | Unset
    ) = UNSET
    registered_name: str | Unset = UNSET
    registration_number: str | Unset = UNSET
    registration_type: (
        PostInvoicesBodyPaymentSettingsPaymentMethodOptionsBillieType0CompanyDetailsType0RegistrationTypeType0
        | PostInvoicesBodyPaymentSettingsPaymentMethodOptionsBillieType0CompanyDetailsType0RegistrationTypeType1
        | Unset
    ) = UNSET
    vat: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        (
            "registered_address",
            "registered_address",
            "PostInvoicesBodyPaymentSettingsPaymentMethodOptionsBillieType0CompanyDetailsType0RegisteredAddressType0 | PostInvoicesBodyPaymentSettingsPaymentMethodOptionsBillieType0CompanyDetailsType0RegisteredAddressType1",
        ),
        ("registered_name", "registered_name", "str"),
        ("registration_number", "registration_number", "str"),
        (
            "registration_type",
            "registration_type",
            "PostInvoicesBodyPaymentSettingsPaymentMethodOptionsBillieType0CompanyDetailsType0RegistrationTypeType0 | PostInvoicesBodyPaymentSettingsPaymentMethodOptionsBillieType0CompanyDetailsType0RegistrationTypeType1",
        ),
        ("vat", "vat", "str"),
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
            if not isinstance(v_registered_address, Unset):
                data["registered_address"] = (
                    v_registered_address.to_dict()
                    if isinstance(
                        v_registered_address,
                        PostInvoicesBodyPaymentSettingsPaymentMethodOptionsBillieType0CompanyDetailsType0RegisteredAddressType0,
                    )
                    else v_registered_address
                )
        try:
            v_registered_name = self.registered_name
        except AttributeError:
            pass
        else:
            if not isinstance(v_registered_name, Unset):
                data["registered_name"] = v_registered_name
        try:
            v_registration_number = self.registration_number
        except AttributeError:
            pass
        else:
            if not isinstance(v_registration_number, Unset):
                data["registration_number"] = v_registration_number
        try:
            v_registration_type = self.registration_type
        except AttributeError:
            pass
        else:
            if not isinstance(v_registration_type, Unset):
                data["registration_type"] = v_registration_type
        try:
            v_vat = self.vat
        except AttributeError:
            pass
        else:
            if not isinstance(v_vat, Unset):
                data["vat"] = v_vat
        return data

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> PostInvoicesBodyPaymentSettingsPaymentMethodOptionsBillieType0CompanyDetailsType0:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal; the checks below are what makes each stored value fit its field.
        # A value that does not fit stays in `d` (the additional properties), its field unfilled.
        fill: Any = obj
        v_registered_address = d.pop("registered_address", UNSET)
        if v_registered_address is UNSET:
            fill.registered_address = UNSET
        elif (type(v_registered_address) is dict) or (v_registered_address == ""):
            fill.registered_address = (
                PostInvoicesBodyPaymentSettingsPaymentMethodOptionsBillieType0CompanyDetailsType0RegisteredAddressType0.from_dict(
                    v_registered_address
                )
                if type(v_registered_address) is dict
                else v_registered_address
            )
        else:
            d["registered_address"] = v_registered_address
        v_registered_name = d.pop("registered_name", UNSET)
        if v_registered_name is UNSET:
            fill.registered_name = UNSET
        elif type(v_registered_name) is str:
            fill.registered_name = v_registered_name
        else:
            d["registered_name"] = v_registered_name
        v_registration_number = d.pop("registration_number", UNSET)
        if v_registration_number is UNSET:
            fill.registration_number = UNSET
        elif type(v_registration_number) is str:
            fill.registration_number = v_registration_number
        else:
            d["registration_number"] = v_registration_number
        v_registration_type = d.pop("registration_type", UNSET)
        if v_registration_type is UNSET:
            fill.registration_type = UNSET
        elif (type(v_registration_type) is str) or (v_registration_type == ""):
            fill.registration_type = v_registration_type
        else:
            d["registration_type"] = v_registration_type
        v_vat = d.pop("vat", UNSET)
        if v_vat is UNSET:
            fill.vat = UNSET
        elif type(v_vat) is str:
            fill.vat = v_vat
        else:
            d["vat"] = v_vat
        fill.additional_properties = d
        return obj


class PostInvoicesBodyPaymentSettingsPaymentMethodOptionsBillieType0CompanyDetailsType0Params(
    TypedDict, total=False
):
    """PostInvoicesBodyPaymentSettingsPaymentMethodOptionsBillieType0CompanyDetailsType0 as plain data, for request parameters."""

    registered_address: (
        PostInvoicesBodyPaymentSettingsPaymentMethodOptionsBillieType0CompanyDetailsType0RegisteredAddressType0Params
        | PostInvoicesBodyPaymentSettingsPaymentMethodOptionsBillieType0CompanyDetailsType0RegisteredAddressType0
        | PostInvoicesBodyPaymentSettingsPaymentMethodOptionsBillieType0CompanyDetailsType0RegisteredAddressType1
    )
    registered_name: str
    registration_number: str
    registration_type: (
        PostInvoicesBodyPaymentSettingsPaymentMethodOptionsBillieType0CompanyDetailsType0RegistrationTypeType0
        | PostInvoicesBodyPaymentSettingsPaymentMethodOptionsBillieType0CompanyDetailsType0RegistrationTypeType1
    )
    vat: str


# Imported last: models refer to each other in cycles, and are only needed at call time.
from ..models.post_invoices_body_payment_settings_payment_method_options_billie_type_0_company_details_type_0_registered_address_type_0 import (
    PostInvoicesBodyPaymentSettingsPaymentMethodOptionsBillieType0CompanyDetailsType0RegisteredAddressType0,  # noqa: E402
)
