from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.invoice_payment_method_options_customer_balance_bank_transfer_eu_bank_transfer_country import (
    InvoicePaymentMethodOptionsCustomerBalanceBankTransferEuBankTransferCountry,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from typing_extensions import Required


@_attrs_define
class InvoicePaymentMethodOptionsCustomerBalanceBankTransferEuBankTransfer:
    """Embedded object found at `invoice.payment_settings.payment_method_options.customer_balance.b
    ank_transfer.eu_bank_transfer`.

    Parsing is tolerant: a field missing from the data, or of another type than described,
    reads as `UNSET`, and anything not modelled is kept in `additional_properties`, so
    `from_dict(data).to_dict() == data`.
    """

    country: InvoicePaymentMethodOptionsCustomerBalanceBankTransferEuBankTransferCountry
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = dict(self.additional_properties)
        v_country = self.country
        if not isinstance(v_country, Unset):
            data["country"] = v_country
        return data

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> InvoicePaymentMethodOptionsCustomerBalanceBankTransferEuBankTransfer:
        d = dict(src_dict)
        v_country = d.pop("country", UNSET)
        if v_country is not UNSET and not (type(v_country) is str):
            d["country"] = v_country
            v_country = UNSET
        obj = cls(
            country=v_country,
        )
        obj.additional_properties = d
        return obj

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


class InvoicePaymentMethodOptionsCustomerBalanceBankTransferEuBankTransferParams(
    TypedDict, total=False
):
    """InvoicePaymentMethodOptionsCustomerBalanceBankTransferEuBankTransfer as plain data, for request parameters."""

    country: Required[InvoicePaymentMethodOptionsCustomerBalanceBankTransferEuBankTransferCountry]


# Imported last: models refer to each other in cycles, and are only needed at call time.
