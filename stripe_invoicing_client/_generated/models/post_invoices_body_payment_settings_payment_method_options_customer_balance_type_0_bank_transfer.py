from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.post_invoices_body_payment_settings_payment_method_options_customer_balance_type_0_bank_transfer_eu_bank_transfer import (
        PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCustomerBalanceType0BankTransferEuBankTransfer,
        PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCustomerBalanceType0BankTransferEuBankTransferParams,
    )


@_attrs_define
class PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCustomerBalanceType0BankTransfer:
    """PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCustomerBalanceType0BankTransfer

    Parsing is tolerant: a field missing from the data, or of another type than described,
    reads as `UNSET`, and anything not modelled is kept in `additional_properties`, so
    `from_dict(data).to_dict() == data`.
    """

    eu_bank_transfer: (
        PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCustomerBalanceType0BankTransferEuBankTransfer
        | Unset
    ) = UNSET
    type_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = dict(self.additional_properties)
        v_eu_bank_transfer = self.eu_bank_transfer
        if not isinstance(v_eu_bank_transfer, Unset):
            data["eu_bank_transfer"] = v_eu_bank_transfer.to_dict()
        v_type_ = self.type_
        if not isinstance(v_type_, Unset):
            data["type"] = v_type_
        return data

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCustomerBalanceType0BankTransfer:
        d = dict(src_dict)
        v_eu_bank_transfer = d.pop("eu_bank_transfer", UNSET)
        if v_eu_bank_transfer is not UNSET:
            if type(v_eu_bank_transfer) is dict:
                v_eu_bank_transfer = PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCustomerBalanceType0BankTransferEuBankTransfer.from_dict(
                    v_eu_bank_transfer
                )
            else:
                d["eu_bank_transfer"] = v_eu_bank_transfer
                v_eu_bank_transfer = UNSET
        v_type_ = d.pop("type", UNSET)
        if v_type_ is not UNSET and not (type(v_type_) is str):
            d["type"] = v_type_
            v_type_ = UNSET
        obj = cls(
            eu_bank_transfer=v_eu_bank_transfer,
            type_=v_type_,
        )
        obj.additional_properties = d
        return obj

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


class PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCustomerBalanceType0BankTransferParams(
    TypedDict, total=False
):
    """PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCustomerBalanceType0BankTransfer as plain data, for request parameters."""

    eu_bank_transfer: (
        PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCustomerBalanceType0BankTransferEuBankTransferParams
        | PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCustomerBalanceType0BankTransferEuBankTransfer
    )
    type: str


# Imported last: models refer to each other in cycles, and are only needed at call time.
from ..models.post_invoices_body_payment_settings_payment_method_options_customer_balance_type_0_bank_transfer_eu_bank_transfer import (
    PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCustomerBalanceType0BankTransferEuBankTransfer,  # noqa: E402
)
