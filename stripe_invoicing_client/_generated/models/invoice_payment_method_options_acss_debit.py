from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..models.invoice_payment_method_options_acss_debit_verification_method import (
    InvoicePaymentMethodOptionsAcssDebitVerificationMethod,
)
from ..types import UNSET

if TYPE_CHECKING:
    from typing_extensions import Required

    from ..models.invoice_payment_method_options_acss_debit_mandate_options import (
        InvoicePaymentMethodOptionsAcssDebitMandateOptions,
        InvoicePaymentMethodOptionsAcssDebitMandateOptionsParams,
    )


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class InvoicePaymentMethodOptionsAcssDebit(Model):
    """Embedded object found at `invoice.payment_settings.payment_method_options.acss_debit`.

    Parsing is tolerant: anything not modelled, and any value of another type than its field
    declares, is kept in `additional_properties`, so `from_dict(data).to_dict() == data`.
    Reading a field that the data lacks, or held with another type, raises
    `FieldNotAvailableError` (an AttributeError); optional fields read as `UNSET` when absent.
    """

    mandate_options: InvoicePaymentMethodOptionsAcssDebitMandateOptions | None
    verification_method: InvoicePaymentMethodOptionsAcssDebitVerificationMethod | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        (
            "mandate_options",
            "mandate_options",
            "InvoicePaymentMethodOptionsAcssDebitMandateOptions | None",
        ),
        (
            "verification_method",
            "verification_method",
            "InvoicePaymentMethodOptionsAcssDebitVerificationMethod | None",
        ),
    )

    def to_dict(self) -> dict[str, Any]:
        # An unfilled field raises AttributeError; what was received for it, if anything, is
        # already in additional_properties.
        data: dict[str, Any] = dict(self.additional_properties)
        try:
            v_mandate_options = self.mandate_options
        except AttributeError:
            pass
        else:
            data["mandate_options"] = (
                v_mandate_options.to_dict()
                if isinstance(v_mandate_options, InvoicePaymentMethodOptionsAcssDebitMandateOptions)
                else v_mandate_options
            )
        try:
            v_verification_method = self.verification_method
        except AttributeError:
            pass
        else:
            data["verification_method"] = v_verification_method
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> InvoicePaymentMethodOptionsAcssDebit:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal; the checks below are what makes each stored value fit its field.
        # A value that does not fit stays in `d` (the additional properties), its field unfilled.
        fill: Any = obj
        v_mandate_options = d.pop("mandate_options", UNSET)
        if v_mandate_options is not UNSET:
            if (type(v_mandate_options) is dict) or (v_mandate_options is None):
                fill.mandate_options = (
                    InvoicePaymentMethodOptionsAcssDebitMandateOptions.from_dict(v_mandate_options)
                    if type(v_mandate_options) is dict
                    else v_mandate_options
                )
            else:
                d["mandate_options"] = v_mandate_options
        v_verification_method = d.pop("verification_method", UNSET)
        if v_verification_method is not UNSET:
            if (type(v_verification_method) is str) or (v_verification_method is None):
                fill.verification_method = v_verification_method
            else:
                d["verification_method"] = v_verification_method
        fill.additional_properties = d
        return obj


class InvoicePaymentMethodOptionsAcssDebitParams(TypedDict, total=False):
    """InvoicePaymentMethodOptionsAcssDebit as plain data, for request parameters."""

    mandate_options: Required[
        InvoicePaymentMethodOptionsAcssDebitMandateOptionsParams
        | InvoicePaymentMethodOptionsAcssDebitMandateOptions
    ]
    verification_method: Required[InvoicePaymentMethodOptionsAcssDebitVerificationMethod]


# Imported last: models refer to each other in cycles, and are only needed at call time.
from ..models.invoice_payment_method_options_acss_debit_mandate_options import (
    InvoicePaymentMethodOptionsAcssDebitMandateOptions,  # noqa: E402
)
