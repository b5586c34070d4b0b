from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..models.line_items_tax_amount_taxability_reason import (
    LineItemsTaxAmountTaxabilityReason,
)
from ..types import UNSET

if TYPE_CHECKING:
    from typing_extensions import Required

    from ..models.stripe_object import StripeObject


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class LineItemsTaxAmount(Model):
    """Embedded object found at `invoice.shipping_cost.taxes`.

    Parsing is tolerant: anything not modelled, and any value of another type than its field
    declares, is kept in `additional_properties`, so `from_dict(data).to_dict() == data`.
    Reading a field that the data lacks, or held with another type, raises
    `FieldNotAvailableError` (an AttributeError); optional fields read as `UNSET` when absent.
    """

    amount: int
    rate: StripeObject
    taxability_reason: LineItemsTaxAmountTaxabilityReason | None
    taxable_amount: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("amount", "amount", "int"),
        ("rate", "rate", "StripeObject"),
        ("taxability_reason", "taxability_reason", "LineItemsTaxAmountTaxabilityReason | None"),
        ("taxable_amount", "taxable_amount", "int | None"),
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
            v_rate = self.rate
        except AttributeError:
            pass
        else:
            data["rate"] = v_rate
        try:
            v_taxability_reason = self.taxability_reason
        except AttributeError:
            pass
        else:
            data["taxability_reason"] = v_taxability_reason
        try:
            v_taxable_amount = self.taxable_amount
        except AttributeError:
            pass
        else:
            data["taxable_amount"] = v_taxable_amount
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> LineItemsTaxAmount:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal; the checks below are what makes each stored value fit its field.
        # A value that does not fit stays in `d` (the additional properties), its field unfilled.
        fill: Any = obj
        v_amount = d.pop("amount", UNSET)
        if v_amount is not UNSET:
            if type(v_amount) is int:
                fill.amount = v_amount
            else:
                d["amount"] = v_amount
        v_rate = d.pop("rate", UNSET)
        if v_rate is not UNSET:
            if type(v_rate) is dict:
                fill.rate = v_rate
            else:
                d["rate"] = v_rate
        v_taxability_reason = d.pop("taxability_reason", UNSET)
        if v_taxability_reason is not UNSET:
            if (type(v_taxability_reason) is str) or (v_taxability_reason is None):
                fill.taxability_reason = v_taxability_reason
            else:
                d["taxability_reason"] = v_taxability_reason
        v_taxable_amount = d.pop("taxable_amount", UNSET)
        if v_taxable_amount is not UNSET:
            if (type(v_taxable_amount) is int) or (v_taxable_amount is None):
                fill.taxable_amount = v_taxable_amount
            else:
                d["taxable_amount"] = v_taxable_amount
        fill.additional_properties = d
        return obj


class LineItemsTaxAmountParams(TypedDict, total=False):
    """LineItemsTaxAmount as plain data, for request parameters."""

    amount: Required[int]
    rate: Required[Mapping[str, Any]]
    taxability_reason: Required[LineItemsTaxAmountTaxabilityReason]
    taxable_amount: Required[int]


# Imported last: models refer to each other in cycles, and are only needed at call time.
from ..models.stripe_object import StripeObject  # noqa: E402
