from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.post_invoices_body_payment_settings_payment_method_options_customer_balance_type_0_bank_transfer import (
        PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCustomerBalanceType0BankTransfer,
        PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCustomerBalanceType0BankTransferParams,
    )


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCustomerBalanceType0(Model):
    """PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCustomerBalanceType0

    Parsing is tolerant: anything not modelled, and any value of another type than its field
    declares, is kept in `additional_properties`, so `from_dict(data).to_dict() == data`.
    Reading a field that the data lacks, or held with another type, raises
    `FieldNotAvailableError` (an AttributeError); optional fields read as `UNSET` when absent.
    """

    bank_transfer: (
        PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCustomerBalanceType0BankTransfer | Unset
    ) = UNSET
    funding_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        (
            "bank_transfer",
            "bank_transfer",
            "PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCustomerBalanceType0BankTransfer",
        ),
        ("funding_type", "funding_type", "str"),
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
            if not isinstance(v_bank_transfer, Unset):
                data["bank_transfer"] = v_bank_transfer.to_dict()
        try:
            v_funding_type = self.funding_type
        except AttributeError:
            pass
        else:
            if not isinstance(v_funding_type, Unset):
                data["funding_type"] = v_funding_type
        return data

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCustomerBalanceType0:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal; the checks below are what makes each stored value fit its field.
        # A value that does not fit stays in `d` (the additional properties), its field unfilled.
        fill: Any = obj
        v_bank_transfer = d.pop("bank_transfer", UNSET)
        if v_bank_transfer is UNSET:
            fill.bank_transfer = UNSET
        elif type(v_bank_transfer) is dict:
            fill.bank_transfer = PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCustomerBalanceType0BankTransfer.from_dict(
                v_bank_transfer
            )
        else:
            d["bank_transfer"] = v_bank_transfer
        v_funding_type = d.pop("funding_type", UNSET)
        if v_funding_type is UNSET:
            fill.funding_type = UNSET
        elif type(v_funding_type) is str:
            fill.funding_type = v_funding_type
        else:
            d["funding_type"] = v_funding_type
        fill.additional_properties = d
        return obj


class PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCustomerBalanceType0Params(
    TypedDict, total=False
):
    """PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCustomerBalanceType0 as plain data, for request parameters."""

    bank_transfer: (
        PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCustomerBalanceType0BankTransferParams
        | PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCustomerBalanceType0BankTransfer
    )
    funding_type: str


# Imported last: models refer to each other in cycles, and are only needed at call time.
from ..models.post_invoices_body_payment_settings_payment_method_options_customer_balance_type_0_bank_transfer import (
    PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCustomerBalanceType0BankTransfer,  # noqa: E402
)
