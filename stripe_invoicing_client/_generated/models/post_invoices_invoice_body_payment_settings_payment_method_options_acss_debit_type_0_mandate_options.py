from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..models.post_invoices_invoice_body_payment_settings_payment_method_options_acss_debit_type_0_mandate_options_transaction_type import (
    PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsAcssDebitType0MandateOptionsTransactionType,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    pass


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsAcssDebitType0MandateOptions(Model):
    """PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsAcssDebitType0MandateOptions

    Parsing is tolerant: anything not modelled, and any value of another type than its field
    declares, is kept in `additional_properties`, so `from_dict(data).to_dict() == data`.
    Reading a field that the data lacks, or held with another type, raises
    `FieldNotAvailableError` (an AttributeError); optional fields read as `UNSET` when absent.
    """

    transaction_type: (
        PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsAcssDebitType0MandateOptionsTransactionType
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        (
            "transaction_type",
            "transaction_type",
            "PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsAcssDebitType0MandateOptionsTransactionType",
        ),
    )

    def to_dict(self) -> dict[str, Any]:
        # An unfilled field raises AttributeError; what was received for it, if anything, is
        # already in additional_properties.
        data: dict[str, Any] = dict(self.additional_properties)
        try:
            v_transaction_type = self.transaction_type
        except AttributeError:
            pass
        else:
            if not isinstance(v_transaction_type, Unset):
                data["transaction_type"] = v_transaction_type
        return data

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsAcssDebitType0MandateOptions:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal; the checks below are what makes each stored value fit its field.
        # A value that does not fit stays in `d` (the additional properties), its field unfilled.
        fill: Any = obj
        v_transaction_type = d.pop("transaction_type", UNSET)
        if v_transaction_type is UNSET:
            fill.transaction_type = UNSET
        elif type(v_transaction_type) is str:
            fill.transaction_type = v_transaction_type
        else:
            d["transaction_type"] = v_transaction_type
        fill.additional_properties = d
        return obj


class PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsAcssDebitType0MandateOptionsParams(
    TypedDict, total=False
):
    """PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsAcssDebitType0MandateOptions as plain data, for request parameters."""

    transaction_type: PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsAcssDebitType0MandateOptionsTransactionType


# Imported last: models refer to each other in cycles, and are only needed at call time.
