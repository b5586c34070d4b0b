from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.post_invoices_invoice_body_payment_settings_payment_method_options_customer_balance_type_0_bank_transfer import (
        PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsCustomerBalanceType0BankTransfer,
        PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsCustomerBalanceType0BankTransferParams,
    )


@_attrs_define
class PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsCustomerBalanceType0:
    """PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsCustomerBalanceType0

    Parsing is tolerant: a field missing from the data, or of another type than described,
    reads as `UNSET`, and anything not modelled is kept in `additional_properties`, so
    `from_dict(data).to_dict() == data`.
    """

    bank_transfer: (
        PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsCustomerBalanceType0BankTransfer
        | Unset
    ) = UNSET
    funding_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = dict(self.additional_properties)
        v_bank_transfer = self.bank_transfer
        if not isinstance(v_bank_transfer, Unset):
            data["bank_transfer"] = v_bank_transfer.to_dict()
        v_funding_type = self.funding_type
        if not isinstance(v_funding_type, Unset):
            data["funding_type"] = v_funding_type
        return data

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsCustomerBalanceType0:
        d = dict(src_dict)
        v_bank_transfer = d.pop("bank_transfer", UNSET)
        if v_bank_transfer is not UNSET:
            if type(v_bank_transfer) is dict:
                v_bank_transfer = PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsCustomerBalanceType0BankTransfer.from_dict(
                    v_bank_transfer
                )
            else:
                d["bank_transfer"] = v_bank_transfer
                v_bank_transfer = UNSET
        v_funding_type = d.pop("funding_type", UNSET)
        if v_funding_type is not UNSET and not (type(v_funding_type) is str):
            d["funding_type"] = v_funding_type
            v_funding_type = UNSET
        obj = cls(
            bank_transfer=v_bank_transfer,
            funding_type=v_funding_type,
        )
        obj.additional_properties = d
        return obj

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


class PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsCustomerBalanceType0Params(
    TypedDict, total=False
):
    """PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsCustomerBalanceType0 as plain data, for request parameters."""

    bank_transfer: (
        PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsCustomerBalanceType0BankTransferParams
        | PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsCustomerBalanceType0BankTransfer
    )
    funding_type: str


# Imported last: models refer to each other in cycles, and are only needed at call time.
from ..models.post_invoices_invoice_body_payment_settings_payment_method_options_customer_balance_type_0_bank_transfer import (
    PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsCustomerBalanceType0BankTransfer,  # noqa: E402
)
