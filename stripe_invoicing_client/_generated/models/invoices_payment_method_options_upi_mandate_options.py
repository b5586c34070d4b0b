from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..models.invoices_payment_method_options_upi_mandate_options_amount_type import (
    InvoicesPaymentMethodOptionsUpiMandateOptionsAmountType,
)
from ..types import UNSET

if TYPE_CHECKING:
    from typing_extensions import Required


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class InvoicesPaymentMethodOptionsUpiMandateOptions(Model):
    """Embedded object found at
    `invoice.payment_settings.payment_method_options.upi.mandate_options`.

    Parsing is tolerant: anything not modelled, and any value of another type than its field
    declares, is kept in `additional_properties`, so `from_dict(data).to_dict() == data`.
    Reading a field that the data lacks, or held with another type, raises
    `FieldNotAvailableError` (an AttributeError); optional fields read as `UNSET` when absent.
    """

    amount: int | None
    amount_type: InvoicesPaymentMethodOptionsUpiMandateOptionsAmountType | None
    description: None | str
    end_date: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("amount", "amount", "int | None"),
        (
            "amount_type",
            "amount_type",
            "InvoicesPaymentMethodOptionsUpiMandateOptionsAmountType | None",
        ),
        ("description", "description", "str | None"),
        ("end_date", "end_date", "int | None"),
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
            data["amount"] = v_amount
        try:
            v_amount_type = self.amount_type
        except AttributeError:
            pass
        else:
            data["amount_type"] = v_amount_type
        try:
            v_description = self.description
        except AttributeError:
            pass
        else:
            data["description"] = v_description
        try:
            v_end_date = self.end_date
        except AttributeError:
            pass
        else:
            data["end_date"] = v_end_date
        return data

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> InvoicesPaymentMethodOptionsUpiMandateOptions:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal; the checks below are what makes each stored value fit its field.
        # A value that does not fit stays in `d` (the additional properties), its field unfilled.
        fill: Any = obj
        v_amount = d.pop("amount", UNSET)
        if v_amount is not UNSET:
            if (type(v_amount) is int) or (v_amount is None):
                fill.amount = v_amount
            else:
                d["amount"] = v_amount
        v_amount_type = d.pop("amount_type", UNSET)
        if v_amount_type is not UNSET:
            if (type(v_amount_type) is str) or (v_amount_type is None):
                fill.amount_type = v_amount_type
            else:
                d["amount_type"] = v_amount_type
        v_description = d.pop("description", UNSET)
        if v_description is not UNSET:
            if (type(v_description) is str) or (v_description is None):
                fill.description = v_description
            else:
                d["description"] = v_description
        v_end_date = d.pop("end_date", UNSET)
        if v_end_date is not UNSET:
            if (type(v_end_date) is int) or (v_end_date is None):
                fill.end_date = v_end_date
            else:
                d["end_date"] = v_end_date
        fill.additional_properties = d
        return obj


class InvoicesPaymentMethodOptionsUpiMandateOptionsParams(TypedDict, total=False):
    """InvoicesPaymentMethodOptionsUpiMandateOptions as plain data, for request parameters."""

    amount: Required[int]
    amount_type: Required[InvoicesPaymentMethodOptionsUpiMandateOptionsAmountType]
    description: Required[str]
    end_date: Required[int]


# Imported last: models refer to each other in cycles, and are only needed at call time.
