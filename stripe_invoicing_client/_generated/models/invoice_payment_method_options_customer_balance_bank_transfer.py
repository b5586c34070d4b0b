from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET

if TYPE_CHECKING:
    from typing_extensions import Required

    from ..models.invoice_payment_method_options_customer_balance_bank_transfer_eu_bank_transfer import (
        InvoicePaymentMethodOptionsCustomerBalanceBankTransferEuBankTransfer,
        InvoicePaymentMethodOptionsCustomerBalanceBankTransferEuBankTransferParams,
    )


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class InvoicePaymentMethodOptionsCustomerBalanceBankTransfer(Model):
    """Embedded object found at
    `invoice.payment_settings.payment_method_options.customer_balance.bank_transfer`.

    Parsing is tolerant: anything not modelled, and any value of another type than its field
    declares, is kept in `additional_properties`, so `from_dict(data).to_dict() == data`.
    Reading a field that the data lacks, or held with another type, raises
    `FieldNotAvailableError` (an AttributeError); optional fields read as `UNSET` when absent.
    """

    eu_bank_transfer: InvoicePaymentMethodOptionsCustomerBalanceBankTransferEuBankTransfer | None
    type_: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        (
            "eu_bank_transfer",
            "eu_bank_transfer",
            "InvoicePaymentMethodOptionsCustomerBalanceBankTransferEuBankTransfer | None",
        ),
        ("type_", "type", "str | None"),
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
            data["eu_bank_transfer"] = (
                v_eu_bank_transfer.to_dict()
                if isinstance(
                    v_eu_bank_transfer,
                    InvoicePaymentMethodOptionsCustomerBalanceBankTransferEuBankTransfer,
                )
                else v_eu_bank_transfer
            )
        try:
            v_type_ = self.type_
        except AttributeError:
            pass
        else:
            data["type"] = v_type_
        return data

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> InvoicePaymentMethodOptionsCustomerBalanceBankTransfer:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal; the checks below are what makes each stored value fit its field.
        # A value that does not fit stays in `d` (the additional properties), its field unfilled.
        fill: Any = obj
        v_eu_bank_transfer = d.pop("eu_bank_transfer", UNSET)
        if v_eu_bank_transfer is not UNSET:
            if (type(v_eu_bank_transfer) is dict) or (v_eu_bank_transfer is None):
                fill.eu_bank_transfer = (
                    InvoicePaymentMethodOptionsCustomerBalanceBankTransferEuBankTransfer.from_dict(
                        v_eu_bank_transfer
                    )
                    if type(v_eu_bank_transfer) is dict
                    else v_eu_bank_transfer
                )
            else:
                d["eu_bank_transfer"] = v_eu_bank_transfer
        v_type_ = d.pop("type", UNSET)
        if v_type_ is not UNSET:
            if (type(v_type_) is str) or (v_type_ is None):
                fill.type_ = v_type_
            else:
                d["type"] = v_type_
        fill.additional_properties = d
        return obj


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
