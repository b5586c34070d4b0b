from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.post_invoices_body_payment_settings_payment_method_options_acss_debit_type_0_mandate_options_transaction_type import (
    PostInvoicesBodyPaymentSettingsPaymentMethodOptionsAcssDebitType0MandateOptionsTransactionType,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    pass


@_attrs_define
class PostInvoicesBodyPaymentSettingsPaymentMethodOptionsAcssDebitType0MandateOptions:
    """PostInvoicesBodyPaymentSettingsPaymentMethodOptionsAcssDebitType0MandateOptions

    Parsing is tolerant: a field missing from the data, or of another type than described,
    reads as `UNSET`, and anything not modelled is kept in `additional_properties`, so
    `from_dict(data).to_dict() == data`.
    """

    transaction_type: (
        PostInvoicesBodyPaymentSettingsPaymentMethodOptionsAcssDebitType0MandateOptionsTransactionType
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = dict(self.additional_properties)
        v_transaction_type = self.transaction_type
        if not isinstance(v_transaction_type, Unset):
            data["transaction_type"] = v_transaction_type
        return data

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> PostInvoicesBodyPaymentSettingsPaymentMethodOptionsAcssDebitType0MandateOptions:
        d = dict(src_dict)
        v_transaction_type = d.pop("transaction_type", UNSET)
        if v_transaction_type is not UNSET and not (type(v_transaction_type) is str):
            d["transaction_type"] = v_transaction_type
            v_transaction_type = UNSET
        obj = cls(
            transaction_type=v_transaction_type,
        )
        obj.additional_properties = d
        return obj

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


class PostInvoicesBodyPaymentSettingsPaymentMethodOptionsAcssDebitType0MandateOptionsParams(
    TypedDict, total=False
):
    """PostInvoicesBodyPaymentSettingsPaymentMethodOptionsAcssDebitType0MandateOptions as plain data, for request parameters."""

    transaction_type: PostInvoicesBodyPaymentSettingsPaymentMethodOptionsAcssDebitType0MandateOptionsTransactionType


# Imported last: models refer to each other in cycles, and are only needed at call time.
