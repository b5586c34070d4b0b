from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.invoice_payment_method_options_customer_balance_funding_type import (
    InvoicePaymentMethodOptionsCustomerBalanceFundingType,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from typing_extensions import Required

    from ..models.invoice_payment_method_options_customer_balance_bank_transfer import (
        InvoicePaymentMethodOptionsCustomerBalanceBankTransfer,
        InvoicePaymentMethodOptionsCustomerBalanceBankTransferParams,
    )


@_attrs_define
class InvoicePaymentMethodOptionsCustomerBalance:
    """Embedded object found at `invoice.payment_settings.payment_method_options.customer_balance`.

    Parsing is tolerant: a field missing from the data, or of another type than described,
    reads as `UNSET`, and anything not modelled is kept in `additional_properties`, so
    `from_dict(data).to_dict() == data`.
    """

    bank_transfer: InvoicePaymentMethodOptionsCustomerBalanceBankTransfer | None
    funding_type: InvoicePaymentMethodOptionsCustomerBalanceFundingType | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = dict(self.additional_properties)
        v_bank_transfer = self.bank_transfer
        if not isinstance(v_bank_transfer, Unset):
            data["bank_transfer"] = (
                v_bank_transfer.to_dict()
                if isinstance(
                    v_bank_transfer, InvoicePaymentMethodOptionsCustomerBalanceBankTransfer
                )
                else v_bank_transfer
            )
        v_funding_type = self.funding_type
        if not isinstance(v_funding_type, Unset):
            data["funding_type"] = v_funding_type
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> InvoicePaymentMethodOptionsCustomerBalance:
        d = dict(src_dict)
        v_bank_transfer = d.pop("bank_transfer", UNSET)
        if v_bank_transfer is not UNSET:
            if (type(v_bank_transfer) is dict) or (v_bank_transfer is None):
                v_bank_transfer = (
                    InvoicePaymentMethodOptionsCustomerBalanceBankTransfer.from_dict(
                        v_bank_transfer
                    )
                    if type(v_bank_transfer) is dict
                    else v_bank_transfer
                )
            else:
                d["bank_transfer"] = v_bank_transfer
                v_bank_transfer = UNSET
        v_funding_type = d.pop("funding_type", UNSET)
        if v_funding_type is not UNSET and not (
            (type(v_funding_type) is str) or (v_funding_type is None)
        ):
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


class InvoicePaymentMethodOptionsCustomerBalanceParams(TypedDict, total=False):
    """InvoicePaymentMethodOptionsCustomerBalance as plain data, for request parameters."""

    bank_transfer: Required[
        InvoicePaymentMethodOptionsCustomerBalanceBankTransferParams
        | InvoicePaymentMethodOptionsCustomerBalanceBankTransfer
    ]
    funding_type: Required[InvoicePaymentMethodOptionsCustomerBalanceFundingType]


# Imported last: models refer to each other in cycles, and are only needed at call time.
from ..models.invoice_payment_method_options_customer_balance_bank_transfer import (
    InvoicePaymentMethodOptionsCustomerBalanceBankTransfer,  # noqa: E402
)
