from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..models.invoices_payment_method_options_pix_amount_includes_iof import (
    InvoicesPaymentMethodOptionsPixAmountIncludesIof,
)
from ..types import UNSET

if TYPE_CHECKING:
    from typing_extensions import Required


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class InvoicesPaymentMethodOptionsPix(Model):
    """Embedded object found at `invoice.payment_settings.payment_method_options.pix`.

    Parsing is tolerant: anything not modelled, and any value of another type than its field
    declares, is kept in `additional_properties`, so `from_dict(data).to_dict() == data`.
    Reading a field that the data lacks, or held with another type, raises
    `FieldNotAvailableError` (an AttributeError); optional fields read as `UNSET` when absent.
    """

    amount_includes_iof: InvoicesPaymentMethodOptionsPixAmountIncludesIof | None
    expires_after_seconds: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        (
            "amount_includes_iof",
            "amount_includes_iof",
            "InvoicesPaymentMethodOptionsPixAmountIncludesIof | None",
        ),
        ("expires_after_seconds", "expires_after_seconds", "int | None"),
    )

    def to_dict(self) -> dict[str, Any]:
        # An unfilled field raises AttributeError; what was received for it, if anything, is
        # already in additional_properties.
        data: dict[str, Any] = dict(self.additional_properties)
        try:
            v_amount_includes_iof = self.amount_includes_iof
        except AttributeError:
            pass
        else:
            data["amount_includes_iof"] = v_amount_includes_iof
        try:
            v_expires_after_seconds = self.expires_after_seconds
        except AttributeError:
            pass
        else:
            data["expires_after_seconds"] = v_expires_after_seconds
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> InvoicesPaymentMethodOptionsPix:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal; the checks below are what makes each stored value fit its field.
        # A value that does not fit stays in `d` (the additional properties), its field unfilled.
        fill: Any = obj
        v_amount_includes_iof = d.pop("amount_includes_iof", UNSET)
        if v_amount_includes_iof is not UNSET:
            if (type(v_amount_includes_iof) is str) or (v_amount_includes_iof is None):
                fill.amount_includes_iof = v_amount_includes_iof
            else:
                d["amount_includes_iof"] = v_amount_includes_iof
        v_expires_after_seconds = d.pop("expires_after_seconds", UNSET)
        if v_expires_after_seconds is not UNSET:
            if (type(v_expires_after_seconds) is int) or (v_expires_after_seconds is None):
                fill.expires_after_seconds = v_expires_after_seconds
            else:
                d["expires_after_seconds"] = v_expires_after_seconds
        fill.additional_properties = d
        return obj


class InvoicesPaymentMethodOptionsPixParams(TypedDict, total=False):
    """InvoicesPaymentMethodOptionsPix as plain data, for request parameters."""

    amount_includes_iof: Required[InvoicesPaymentMethodOptionsPixAmountIncludesIof]
    expires_after_seconds: Required[int]


# Imported last: models refer to each other in cycles, and are only needed at call time.
