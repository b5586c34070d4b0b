from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.post_invoices_invoice_body_payment_settings_payment_method_options_pix_type_0_amount_includes_iof import (
    PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsPixType0AmountIncludesIof,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    pass


@_attrs_define
class PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsPixType0:
    """PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsPixType0

    Parsing is tolerant: a field missing from the data, or of another type than described,
    reads as `UNSET`, and anything not modelled is kept in `additional_properties`, so
    `from_dict(data).to_dict() == data`.
    """

    amount_includes_iof: (
        PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsPixType0AmountIncludesIof | Unset
    ) = UNSET
    expires_after_seconds: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = dict(self.additional_properties)
        v_amount_includes_iof = self.amount_includes_iof
        if not isinstance(v_amount_includes_iof, Unset):
            data["amount_includes_iof"] = v_amount_includes_iof
        v_expires_after_seconds = self.expires_after_seconds
        if not isinstance(v_expires_after_seconds, Unset):
            data["expires_after_seconds"] = v_expires_after_seconds
        return data

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsPixType0:
        d = dict(src_dict)
        v_amount_includes_iof = d.pop("amount_includes_iof", UNSET)
        if v_amount_includes_iof is not UNSET and not (type(v_amount_includes_iof) is str):
            d["amount_includes_iof"] = v_amount_includes_iof
            v_amount_includes_iof = UNSET
        v_expires_after_seconds = d.pop("expires_after_seconds", UNSET)
        if v_expires_after_seconds is not UNSET and not (type(v_expires_after_seconds) is int):
            d["expires_after_seconds"] = v_expires_after_seconds
            v_expires_after_seconds = UNSET
        obj = cls(
            amount_includes_iof=v_amount_includes_iof,
            expires_after_seconds=v_expires_after_seconds,
        )
        obj.additional_properties = d
        return obj

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


class PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsPixType0Params(
    TypedDict, total=False
):
    """PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsPixType0 as plain data, for request parameters."""

    amount_includes_iof: (
        PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsPixType0AmountIncludesIof
    )
    expires_after_seconds: int


# Imported last: models refer to each other in cycles, and are only needed at call time.
