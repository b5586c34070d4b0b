from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..models.post_invoices_body_payment_settings_payment_method_options_acss_debit_type_0_verification_method import (
    PostInvoicesBodyPaymentSettingsPaymentMethodOptionsAcssDebitType0VerificationMethod,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.post_invoices_body_payment_settings_payment_method_options_acss_debit_type_0_mandate_options import (
        PostInvoicesBodyPaymentSettingsPaymentMethodOptionsAcssDebitType0MandateOptions,
        PostInvoicesBodyPaymentSettingsPaymentMethodOptionsAcssDebitType0MandateOptionsParams,
    )


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PostInvoicesBodyPaymentSettingsPaymentMethodOptionsAcssDebitType0(Model):
    """PostInvoicesBodyPaymentSettingsPaymentMethodOptionsAcssDebitType0

    Parsing is tolerant: anything not modelled, and any value of another type than its field
    declares, is kept in `additional_properties`, so `from_dict(data).to_dict() == data`.
    Reading a field that the data lacks, or held with another type, raises
    `FieldNotAvailableError` (an AttributeError); optional fields read as `UNSET` when absent.
    """

    mandate_options: (
        PostInvoicesBodyPaymentSettingsPaymentMethodOptionsAcssDebitType0MandateOptions | Unset
    ) = UNSET
    verification_method: (
        PostInvoicesBodyPaymentSettingsPaymentMethodOptionsAcssDebitType0VerificationMethod | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        (
            "mandate_options",
            "mandate_options",
            "PostInvoicesBodyPaymentSettingsPaymentMethodOptionsAcssDebitType0MandateOptions",
        ),
        (
            "verification_method",
            "verification_method",
            "PostInvoicesBodyPaymentSettingsPaymentMethodOptionsAcssDebitType0VerificationMethod",
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
            if not isinstance(v_mandate_options, Unset):
                data["mandate_options"] = v_mandate_options.to_dict()
        try:
            v_verification_method = self.verification_method
        except AttributeError:
            pass
        else:
            if not isinstance(v_verification_method, Unset):
                data["verification_method"] = v_verification_method
        return data

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> PostInvoicesBodyPaymentSettingsPaymentMethodOptionsAcssDebitType0:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal; the checks below are what makes each stored value fit its field.
        # A value that does not fit stays in `d` (the additional properties), its field unfilled.
        fill: Any = obj
        v_mandate_options = d.pop("mandate_options", UNSET)
        if v_mandate_options is UNSET:
            fill.mandate_options = UNSET
        elif type(v_mandate_options) is dict:
            fill.mandate_options = PostInvoicesBodyPaymentSettingsPaymentMethodOptionsAcssDebitType0MandateOptions.from_dict(
                v_mandate_options
            )
        else:
            d["mandate_options"] = v_mandate_options
        v_verification_method = d.pop("verification_method", UNSET)
        if v_verification_method is UNSET:
            fill.verification_method = UNSET
        elif type(v_verification_method) is str:
            fill.verification_method = v_verification_method
        else:
            d["verification_method"] = v_verification_method
        fill.additional_properties = d
        return obj


class PostInvoicesBodyPaymentSettingsPaymentMethodOptionsAcssDebitType0Params(
    TypedDict, total=False
):
    """PostInvoicesBodyPaymentSettingsPaymentMethodOptionsAcssDebitType0 as plain data, for request parameters."""

    mandate_options: (
        PostInvoicesBodyPaymentSettingsPaymentMethodOptionsAcssDebitType0MandateOptionsParams
        | PostInvoicesBodyPaymentSettingsPaymentMethodOptionsAcssDebitType0MandateOptions
    )
    verification_method: (
        PostInvoicesBodyPaymentSettingsPaymentMethodOptionsAcssDebitType0VerificationMethod
    )


# Imported last: models refer to each other in cycles, and are only needed at call time.
from ..models.post_invoices_body_payment_settings_payment_method_options_acss_debit_type_0_mandate_options import (
    PostInvoicesBodyPaymentSettingsPaymentMethodOptionsAcssDebitType0MandateOptions,  # noqa: E402
)
