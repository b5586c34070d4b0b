from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.post_invoices_invoice_body_payment_settings_payment_method_options_payto_type_0_mandate_options_purpose import (
    PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsPaytoType0MandateOptionsPurpose,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    pass


@_attrs_define
class PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsPaytoType0MandateOptions:
    """PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsPaytoType0MandateOptions

    Parsing is tolerant: a field missing from the data, or of another type than described,
    reads as `UNSET`, and anything not modelled is kept in `additional_properties`, so
    `from_dict(data).to_dict() == data`.
    """

    amount: int | Unset = UNSET
    purpose: (
        PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsPaytoType0MandateOptionsPurpose
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = dict(self.additional_properties)
        v_amount = self.amount
        if not isinstance(v_amount, Unset):
            data["amount"] = v_amount
        v_purpose = self.purpose
        if not isinstance(v_purpose, Unset):
            data["purpose"] = v_purpose
        return data

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsPaytoType0MandateOptions:
        d = dict(src_dict)
        v_amount = d.pop("amount", UNSET)
        if v_amount is not UNSET and not (type(v_amount) is int):
            d["amount"] = v_amount
            v_amount = UNSET
        v_purpose = d.pop("purpose", UNSET)
        if v_purpose is not UNSET and not (type(v_purpose) is str):
            d["purpose"] = v_purpose
            v_purpose = UNSET
        obj = cls(
            amount=v_amount,
            purpose=v_purpose,
        )
        obj.additional_properties = d
        return obj

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


class PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsPaytoType0MandateOptionsParams(
    TypedDict, total=False
):
    """PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsPaytoType0MandateOptions as plain data, for request parameters."""

    amount: int
    purpose: (
        PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsPaytoType0MandateOptionsPurpose
    )


# Imported last: models refer to each other in cycles, and are only needed at call time.
