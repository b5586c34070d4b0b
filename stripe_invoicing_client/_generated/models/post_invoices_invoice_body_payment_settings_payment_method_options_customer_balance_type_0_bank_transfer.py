from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.post_invoices_invoice_body_payment_settings_payment_method_options_customer_balance_type_0_bank_transfer_eu_bank_transfer import (
        PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsCustomerBalanceType0BankTransferEuBankTransfer,
        PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsCustomerBalanceType0BankTransferEuBankTransferParams,
    )


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsCustomerBalanceType0BankTransfer(
    Model
):
    """PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsCustomerBalanceType0BankTransfer

    Parsing is tolerant: anything not modelled, and any value of another type than its field
    declares, is kept in `additional_properties`, so `from_dict(data).to_dict() == data`.
    Reading a field that the data lacks, or held with another type, raises
    `FieldNotAvailableError` (an AttributeError); optional fields read as `UNSET` when absent.
    """

    eu_bank_transfer: (
        PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsCustomerBalanceType0BankTransferEuBankTransfer
        | Unset
    ) = UNSET
    type_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        (
            "eu_bank_transfer",
            "eu_bank_transfer",
            "PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsCustomerBalanceType0BankTransferEuBankTransfer",
        ),
        ("type_", "type", "str"),
    )

    def to_dict(self) -> dict[str, Any]:
        # An unfilled field raises AttributeError; what was received for it, if anything, is
        # already in additional_properties.
        data: dict[str, Any] = dict(self.additional_properties)
        try:
            v_eu_bank_transfer = self.eu_bank_transfer
        except AttributeError:
            pass
        else:
            if not isinstance(v_eu_bank_transfer, Unset):
                data["eu_bank_transfer"] = v_eu_bank_transfer.to_dict()
        try:
            v_type_ = self.type_
        except AttributeError:
            pass
        else:
            if not isinstance(v_type_, Unset):
                data["type"] = v_type_
        return data

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsCustomerBalanceType0BankTransfer:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal; the checks below are what makes each stored value fit its field.
        # A value that does not fit stays in `d` (the additional properties), its field unfilled.
        fill: Any = obj
        v_eu_bank_transfer = d.pop("eu_bank_transfer", UNSET)
        if v_eu_bank_transfer is UNSET:
            fill.eu_bank_transfer = UNSET
        elif type(v_eu_bank_transfer) is dict:
            fill.eu_bank_transfer = PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsCustomerBalanceType0BankTransferEuBankTransfer.from_dict(
                v_eu_bank_transfer
            )
        else:
            d["eu_bank_transfer"] = v_eu_bank_transfer
        v_type_ = d.pop("type", UNSET)
        if v_type_ is UNSET:
            fill.type_ = UNSET
        elif type(v_type_) is str:
            fill.type_ = v_type_
        else:
            d["type"] = v_type_
        fill.additional_properties = d
        return obj


class PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsCustomerBalanceType0BankTransferParams(
    TypedDict, total=False
):
    """PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsCustomerBalanceType0BankTransfer as plain data, for request parameters."""

    eu_bank_transfer: (
        PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsCustomerBalanceType0BankTransferEuBankTransferParams
        | PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsCustomerBalanceType0BankTransferEuBankTransfer
    )
    type: str


# Imported last: models refer to each other in cycles, and are only needed at call time.
from ..models.post_invoices_invoice_body_payment_settings_payment_method_options_customer_balance_type_0_bank_transfer_eu_bank_transfer import (
    PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsCustomerBalanceType0BankTransferEuBankTransfer,  # noqa: E402
)
