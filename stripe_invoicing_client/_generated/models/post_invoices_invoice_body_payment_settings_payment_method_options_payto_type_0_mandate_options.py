from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..models.post_invoices_invoice_body_payment_settings_payment_method_options_payto_type_0_mandate_options_purpose import (
    PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsPaytoType0MandateOptionsPurpose,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    pass


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsPaytoType0MandateOptions(Model):
    """PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsPaytoType0MandateOptions

    Parsing is tolerant: anything not modelled, and any value of another type than its field
    declares, is kept in `additional_properties`, so `from_dict(data).to_dict() == data`.
    Reading a field that the data lacks, or held with another type, raises
    `FieldNotAvailableError` (an AttributeError); optional fields read as `UNSET` when absent.
    """

    amount: int | Unset = UNSET
    purpose: (
        PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsPaytoType0MandateOptionsPurpose
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("amount", "amount", "int"),
        (
            "purpose",
            "purpose",
            "PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsPaytoType0MandateOptionsPurpose",
        ),
    )

    def to_dict(self) -> dict[str, Any]:
        # An unfilled field raises AttributeError; what was received for it, if anything, is
        # already in additional_properties.
        data: dict[str, Any] = dict(self.additional_properties)
        try:
            v_amount = self.amount
        except AttributeError:
            pass
        else:
            if not isinstance(v_amount, Unset):
                data["amount"] = v_amount
        try:
            v_purpose = self.purpose
        except AttributeError:
            pass
        else:
            if not isinstance(v_purpose, Unset):
                data["purpose"] = v_purpose
        return data

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsPaytoType0MandateOptions:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal; the checks below are what makes each stored value fit its field.
        # A value that does not fit stays in `d` (the additional properties), its field unfilled.
        fill: Any = obj
        v_amount = d.pop("amount", UNSET)
        if v_amount is UNSET:
            fill.amount = UNSET
        elif type(v_amount) is int:
            fill.amount = v_amount
        else:
            d["amount"] = v_amount
        v_purpose = d.pop("purpose", UNSET)
        if v_purpose is UNSET:
            fill.purpose = UNSET
        elif type(v_purpose) is str:
            fill.purpose = v_purpose
        else:
            d["purpose"] = v_purpose
        fill.additional_properties = d
        return obj


class PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsPaytoType0MandateOptionsParams(
    TypedDict, total=False
):
    """PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsPaytoType0MandateOptions as plain data, for request parameters."""

    amount: int
    purpose: (
        PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsPaytoType0MandateOptionsPurpose
    )


# Imported last: models refer to each other in cycles, and are only needed at call time.
