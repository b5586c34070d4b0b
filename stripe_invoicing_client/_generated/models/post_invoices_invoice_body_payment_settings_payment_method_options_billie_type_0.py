from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..models.post_invoices_invoice_body_payment_settings_payment_method_options_billie_type_0_company_details_type_1 import (
    PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsBillieType0CompanyDetailsType1,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.post_invoices_invoice_body_payment_settings_payment_method_options_billie_type_0_company_details_type_0 import (
        PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsBillieType0CompanyDetailsType0,
        PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsBillieType0CompanyDetailsType0Params,
    )


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsBillieType0(Model):
    """PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsBillieType0

    Parsing is tolerant: anything not modelled, and any value of another type than its field
    declares, is kept in `additional_properties`, so `from_dict(data).to_dict() == data`.
    Reading a field that the data lacks, or held with another type, raises
    `FieldNotAvailableError` (an AttributeError); optional fields read as `UNSET` when absent.
    """

    company_details: (
        PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsBillieType0CompanyDetailsType0
        | PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsBillieType0CompanyDetailsType1
        | Unset
    ) = UNSET
    reference: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        (
            "company_details",
            "company_details",
            "PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsBillieType0CompanyDetailsType0 | PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsBillieType0CompanyDetailsType1",
        ),
        ("reference", "reference", "str"),
    )

    def to_dict(self) -> dict[str, Any]:
        # An unfilled field raises AttributeError; what was received for it, if anything, is
        # already in additional_properties.
        data: dict[str, Any] = dict(self.additional_properties)
        try:
            v_company_details = self.company_details
        except AttributeError:
            pass
        else:
            if not isinstance(v_company_details, Unset):
                data["company_details"] = (
                    v_company_details.to_dict()
                    if isinstance(
                        v_company_details,
                        PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsBillieType0CompanyDetailsType0,
                    )
                    else v_company_details
                )
        try:
            v_reference = self.reference
        except AttributeError:
            pass
        else:
            if not isinstance(v_reference, Unset):
                data["reference"] = v_reference
        return data

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsBillieType0:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal; the checks below are what makes each stored value fit its field.
        # A value that does not fit stays in `d` (the additional properties), its field unfilled.
        fill: Any = obj
        v_company_details = d.pop("company_details", UNSET)
        if v_company_details is UNSET:
            fill.company_details = UNSET
        elif (type(v_company_details) is dict) or (v_company_details == ""):
            fill.company_details = (
                PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsBillieType0CompanyDetailsType0.from_dict(
                    v_company_details
                )
                if type(v_company_details) is dict
                else v_company_details
            )
        else:
            d["company_details"] = v_company_details
        v_reference = d.pop("reference", UNSET)
        if v_reference is UNSET:
            fill.reference = UNSET
        elif type(v_reference) is str:
            fill.reference = v_reference
        else:
            d["reference"] = v_reference
        fill.additional_properties = d
        return obj


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
