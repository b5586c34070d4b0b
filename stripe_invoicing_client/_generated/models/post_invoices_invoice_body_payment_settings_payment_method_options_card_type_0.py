from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.post_invoices_invoice_body_payment_settings_payment_method_options_card_type_0_request_three_d_secure import (
    PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsCardType0RequestThreeDSecure,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.post_invoices_invoice_body_payment_settings_payment_method_options_card_type_0_installments import (
        PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsCardType0Installments,
        PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsCardType0InstallmentsParams,
    )


@_attrs_define
class PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsCardType0:
    """PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsCardType0

    Parsing is tolerant: a field missing from the data, or of another type than described,
    reads as `UNSET`, and anything not modelled is kept in `additional_properties`, so
    `from_dict(data).to_dict() == data`.
    """

    installments: (
        PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsCardType0Installments | Unset
    ) = UNSET
    request_three_d_secure: (
        PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsCardType0RequestThreeDSecure
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = dict(self.additional_properties)
        v_installments = self.installments
        if not isinstance(v_installments, Unset):
            data["installments"] = v_installments.to_dict()
        v_request_three_d_secure = self.request_three_d_secure
        if not isinstance(v_request_three_d_secure, Unset):
            data["request_three_d_secure"] = v_request_three_d_secure
        return data

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsCardType0:
        d = dict(src_dict)
        v_installments = d.pop("installments", UNSET)
        if v_installments is not UNSET:
            if type(v_installments) is dict:
                v_installments = PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsCardType0Installments.from_dict(
                    v_installments
                )
            else:
                d["installments"] = v_installments
                v_installments = UNSET
        v_request_three_d_secure = d.pop("request_three_d_secure", UNSET)
        if v_request_three_d_secure is not UNSET and not (type(v_request_three_d_secure) is str):
            d["request_three_d_secure"] = v_request_three_d_secure
            v_request_three_d_secure = UNSET
        obj = cls(
            installments=v_installments,
            request_three_d_secure=v_request_three_d_secure,
        )
        obj.additional_properties = d
        return obj

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


class PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsCardType0Params(
    TypedDict, total=False
):
    """PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsCardType0 as plain data, for request parameters."""

    installments: (
        PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsCardType0InstallmentsParams
        | PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsCardType0Installments
    )
    request_three_d_secure: (
        PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsCardType0RequestThreeDSecure
    )


# Imported last: models refer to each other in cycles, and are only needed at call time.
from ..models.post_invoices_invoice_body_payment_settings_payment_method_options_card_type_0_installments import (
    PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsCardType0Installments,  # noqa: E402
)
