from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.post_invoices_invoice_body_payment_settings_payment_method_options_billie_type_0_company_details_type_1 import (
    PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsBillieType0CompanyDetailsType1,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.post_invoices_invoice_body_payment_settings_payment_method_options_billie_type_0_company_details_type_0 import (
        PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsBillieType0CompanyDetailsType0,
        PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsBillieType0CompanyDetailsType0Params,
    )


@_attrs_define
class PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsBillieType0:
    """PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsBillieType0

    Parsing is tolerant: a field missing from the data, or of another type than described,
    reads as `UNSET`, and anything not modelled is kept in `additional_properties`, so
    `from_dict(data).to_dict() == data`.
    """

    company_details: (
        PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsBillieType0CompanyDetailsType0
        | PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsBillieType0CompanyDetailsType1
        | Unset
    ) = UNSET
    reference: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = dict(self.additional_properties)
        v_company_details = self.company_details
        if not isinstance(v_company_details, Unset):
            data["company_details"] = (
                v_company_details.to_dict()
                if isinstance(
                    v_company_details,
                    PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsBillieType0CompanyDetailsType0,
                )
                else v_company_details
            )
        v_reference = self.reference
        if not isinstance(v_reference, Unset):
            data["reference"] = v_reference
        return data

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsBillieType0:
        d = dict(src_dict)
        v_company_details = d.pop("company_details", UNSET)
        if v_company_details is not UNSET:
            if (type(v_company_details) is dict) or (v_company_details == ""):
                v_company_details = (
                    PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsBillieType0CompanyDetailsType0.from_dict(
                        v_company_details
                    )
                    if type(v_company_details) is dict
                    else v_company_details
                )
            else:
                d["company_details"] = v_company_details
                v_company_details = UNSET
        v_reference = d.pop("reference", UNSET)
        if v_reference is not UNSET and not (type(v_reference) is str):
            d["reference"] = v_reference
            v_reference = UNSET
        obj = cls(
            company_details=v_company_details,
            reference=v_reference,
        )
        obj.additional_properties = d
        return obj

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


class PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsBillieType0Params(
    TypedDict, total=False
):
    """PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsBillieType0 as plain data, for request parameters."""

    company_details: (
        PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsBillieType0CompanyDetailsType0Params
        | PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsBillieType0CompanyDetailsType0
        | PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsBillieType0CompanyDetailsType1
    )
    reference: str


# Imported last: models refer to each other in cycles, and are only needed at call time.
from ..models.post_invoices_invoice_body_payment_settings_payment_method_options_billie_type_0_company_details_type_0 import (
    PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsBillieType0CompanyDetailsType0,  # noqa: E402
)
