from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET

if TYPE_CHECKING:
    from typing_extensions import Required

    from ..models.invoices_payment_method_options_billie_company_details import (
        InvoicesPaymentMethodOptionsBillieCompanyDetails,
        InvoicesPaymentMethodOptionsBillieCompanyDetailsParams,
    )


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class InvoicesPaymentMethodOptionsBillie(Model):
    """Embedded object found at `invoice.payment_settings.payment_method_options.billie`.

    Parsing is tolerant: anything not modelled, and any value of another type than its field
    declares, is kept in `additional_properties`, so `from_dict(data).to_dict() == data`.
    Reading a field that the data lacks, or held with another type, raises
    `FieldNotAvailableError` (an AttributeError); optional fields read as `UNSET` when absent.
    """

    company_details: InvoicesPaymentMethodOptionsBillieCompanyDetails | None
    reference: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        (
            "company_details",
            "company_details",
            "InvoicesPaymentMethodOptionsBillieCompanyDetails | None",
        ),
        ("reference", "reference", "str | None"),
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
            data["company_details"] = (
                v_company_details.to_dict()
                if isinstance(v_company_details, InvoicesPaymentMethodOptionsBillieCompanyDetails)
                else v_company_details
            )
        try:
            v_reference = self.reference
        except AttributeError:
            pass
        else:
            data["reference"] = v_reference
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> InvoicesPaymentMethodOptionsBillie:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal; the checks below are what makes each stored value fit its field.
        # A value that does not fit stays in `d` (the additional properties), its field unfilled.
        fill: Any = obj
        v_company_details = d.pop("company_details", UNSET)
        if v_company_details is not UNSET:
            if (type(v_company_details) is dict) or (v_company_details is None):
                fill.company_details = (
                    InvoicesPaymentMethodOptionsBillieCompanyDetails.from_dict(v_company_details)
                    if type(v_company_details) is dict
                    else v_company_details
                )
            else:
                d["company_details"] = v_company_details
        v_reference = d.pop("reference", UNSET)
        if v_reference is not UNSET:
            if (type(v_reference) is str) or (v_reference is None):
                fill.reference = v_reference
            else:
                d["reference"] = v_reference
        fill.additional_properties = d
        return obj


class InvoicesPaymentMethodOptionsBillieParams(TypedDict, total=False):
    """InvoicesPaymentMethodOptionsBillie as plain data, for request parameters."""

    company_details: Required[
        InvoicesPaymentMethodOptionsBillieCompanyDetailsParams
        | InvoicesPaymentMethodOptionsBillieCompanyDetails
    ]
    reference: Required[str]


# Imported last: models refer to each other in cycles, and are only needed at call time.
from ..models.invoices_payment_method_options_billie_company_details import (
    InvoicesPaymentMethodOptionsBillieCompanyDetails,  # noqa: E402
)
