from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from typing_extensions import Required

    from ..models.invoice_payment_method_options_customer_balance_bank_transfer_eu_bank_transfer import (
        InvoicePaymentMethodOptionsCustomerBalanceBankTransferEuBankTransfer,
        InvoicePaymentMethodOptionsCustomerBalanceBankTransferEuBankTransferParams,
    )


@_attrs_define
class InvoicePaymentMethodOptionsCustomerBalanceBankTransfer:
    """Embedded object found at
    `invoice.payment_settings.payment_method_options.customer_balance.bank_transfer`.

    Parsing is tolerant: a field missing from the data, or of another type than described,
    reads as `UNSET`, and anything not modelled is kept in `additional_properties`, so
    `from_dict(data).to_dict() == data`.
    """

    eu_bank_transfer: InvoicePaymentMethodOptionsCustomerBalanceBankTransferEuBankTransfer | None
    type_: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = dict(self.additional_properties)
        v_eu_bank_transfer = self.eu_bank_transfer
        if not isinstance(v_eu_bank_transfer, Unset):
            data["eu_bank_transfer"] = (
                v_eu_bank_transfer.to_dict()
                if isinstance(
                    v_eu_bank_transfer,
                    InvoicePaymentMethodOptionsCustomerBalanceBankTransferEuBankTransfer,
                )
                else v_eu_bank_transfer
            )
        v_type_ = self.type_
        if not isinstance(v_type_, Unset):
            data["type"] = v_type_
        return data

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> InvoicePaymentMethodOptionsCustomerBalanceBankTransfer:
        d = dict(src_dict)
        v_eu_bank_transfer = d.pop("eu_bank_transfer", UNSET)
        if v_eu_bank_transfer is not UNSET:
            if (type(v_eu_bank_transfer) is dict) or (v_eu_bank_transfer is None):
                v_eu_bank_transfer = (
                    InvoicePaymentMethodOptionsCustomerBalanceBankTransferEuBankTransfer.from_dict(
                        v_eu_bank_transfer
                    )
                    if type(v_eu_bank_transfer) is dict
                    else v_eu_bank_transfer
                )
            else:
                d["eu_bank_transfer"] = v_eu_bank_transfer
                v_eu_bank_transfer = UNSET
        v_type_ = d.pop("type", UNSET)
        if v_type_ is not UNSET and not ((type(v_type_) is str) or (v_type_ is None)):
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


class InvoicePaymentMethodOptionsCustomerBalanceBankTransferParams(TypedDict, total=False):
    """InvoicePaymentMethodOptionsCustomerBalanceBankTransfer as plain data, for request parameters."""

    eu_bank_transfer: Required[
        InvoicePaymentMethodOptionsCustomerBalanceBankTransferEuBankTransferParams
        | InvoicePaymentMethodOptionsCustomerBalanceBankTransferEuBankTransfer
    ]
    type: Required[str]


# Imported last: models refer to each other in cycles, and are only needed at call time.
from ..models.invoice_payment_method_options_customer_balance_bank_transfer_eu_bank_transfer import (
    InvoicePaymentMethodOptionsCustomerBalanceBankTransferEuBankTransfer,  # noqa: E402
)
