from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.post_invoices_body_payment_settings_payment_method_options_acss_debit_type_0_verification_method import (
    PostInvoicesBodyPaymentSettingsPaymentMethodOptionsAcssDebitType0VerificationMethod,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.post_invoices_body_payment_settings_payment_method_options_acss_debit_type_0_mandate_options import (
        PostInvoicesBodyPaymentSettingsPaymentMethodOptionsAcssDebitType0MandateOptions,
        PostInvoicesBodyPaymentSettingsPaymentMethodOptionsAcssDebitType0MandateOptionsParams,
    )


@_attrs_define
class PostInvoicesBodyPaymentSettingsPaymentMethodOptionsAcssDebitType0:
    """PostInvoicesBodyPaymentSettingsPaymentMethodOptionsAcssDebitType0

    Parsing is tolerant: a field missing from the data, or of another type than described,
    reads as `UNSET`, and anything not modelled is kept in `additional_properties`, so
    `from_dict(data).to_dict() == data`.
    """

    mandate_options: (
        PostInvoicesBodyPaymentSettingsPaymentMethodOptionsAcssDebitType0MandateOptions | Unset
    ) = UNSET
    verification_method: (
        PostInvoicesBodyPaymentSettingsPaymentMethodOptionsAcssDebitType0VerificationMethod | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = dict(self.additional_properties)
        v_mandate_options = self.mandate_options
        if not isinstance(v_mandate_options, Unset):
            data["mandate_options"] = v_mandate_options.to_dict()
        v_verification_method = self.verification_method
        if not isinstance(v_verification_method, Unset):
            data["verification_method"] = v_verification_method
        return data

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> PostInvoicesBodyPaymentSettingsPaymentMethodOptionsAcssDebitType0:
        d = dict(src_dict)
        v_mandate_options = d.pop("mandate_options", UNSET)
        if v_mandate_options is not UNSET:
            if type(v_mandate_options) is dict:
                v_mandate_options = PostInvoicesBodyPaymentSettingsPaymentMethodOptionsAcssDebitType0MandateOptions.from_dict(
                    v_mandate_options
                )
            else:
                d["mandate_options"] = v_mandate_options
                v_mandate_options = UNSET
        v_verification_method = d.pop("verification_method", UNSET)
        if v_verification_method is not UNSET and not (type(v_verification_method) is str):
            d["verification_method"] = v_verification_method
            v_verification_method = UNSET
        obj = cls(
            mandate_options=v_mandate_options,
            verification_method=v_verification_method,
        )
        obj.additional_properties = d
        return obj

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


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
