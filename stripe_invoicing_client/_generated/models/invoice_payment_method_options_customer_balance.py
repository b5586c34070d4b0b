from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..models.invoice_payment_method_options_customer_balance_funding_type import (
    InvoicePaymentMethodOptionsCustomerBalanceFundingType,
)
from ..types import UNSET

if TYPE_CHECKING:
    from typing_extensions import Required

    from ..models.invoice_payment_method_options_customer_balance_bank_transfer import (
        InvoicePaymentMethodOptionsCustomerBalanceBankTransfer,
        InvoicePaymentMethodOptionsCustomerBalanceBankTransferParams,
    )


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class InvoicePaymentMethodOptionsCustomerBalance(Model):
    """Embedded object found at `invoice.payment_settings.payment_method_options.customer_balance`.

    Parsing is tolerant: anything not modelled, and any value of another type than its field
    declares, is kept in `additional_properties`, so `from_dict(data).to_dict() == data`.
    Reading a field that the data lacks, or held with another type, raises
    `FieldNotAvailableError` (an AttributeError); optional fields read as `UNSET` when absent.
    """

    bank_transfer: InvoicePaymentMethodOptionsCustomerBalanceBankTransfer | None
    funding_type: InvoicePaymentMethodOptionsCustomerBalanceFundingType | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        (
            "bank_transfer",
            "bank_transfer",
            "InvoicePaymentMethodOptionsCustomerBalanceBankTransfer | None",
        ),
        (
            "funding_type",
            "funding_type",
            "InvoicePaymentMethodOptionsCustomerBalanceFundingType | None",
        ),
    )

    def to_dict(self) -> dict[str, Any]:
        # An unfilled field raises AttributeError; what was received for it, if anything, is
        # already in additional_properties.
        data: dict[str, Any] = dict(self.additional_properties)
        try:
            v_bank_transfer = self.bank_transfer
        except AttributeError:
            pass
        else:
            data["bank_transfer"] = (
                v_bank_transfer.to_dict()
                if isinstance(
                    v_bank_transfer, InvoicePaymentMethodOptionsCustomerBalanceBankTransfer
                )
                else v_bank_transfer
            )
        try:
            v_funding_type = self.funding_type
        except AttributeError:
            pass
        else:
            data["funding_type"] = v_funding_type
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> InvoicePaymentMethodOptionsCustomerBalance:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal; the checks below are what makes each stored value fit its field.
        # A value that does not fit stays in `d` (the additional properties), its field unfilled.
        fill: Any = obj
        v_bank_transfer = d.pop("bank_transfer", UNSET)
        if v_bank_transfer is not UNSET:
            if (type(v_bank_transfer) is dict) or (v_bank_transfer is None):
                fill.bank_transfer = (
                    InvoicePaymentMethodOptionsCustomerBalanceBankTransfer.from_dict(
                        v_bank_transfer
                    )
                    if type(v_bank_transfer) is dict
                    else v_bank_transfer
                )
            else:
                d["bank_transfer"] = v_bank_transfer
        v_funding_type = d.pop("funding_type", UNSET)
        if v_funding_type is not UNSET:
            if (type(v_funding_type) is str) or (v_funding_type is None):
                fill.funding_type = v_funding_type
            else:
                d["funding_type"] = v_funding_type
        fill.additional_properties = d
        return obj


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
