from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET

if TYPE_CHECKING:
    from typing_extensions import Required

    from ..models.line_items_tax_amount import LineItemsTaxAmount, LineItemsTaxAmountParams
    from ..models.stripe_object import StripeObject


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class InvoicesResourceShippingCost(Model):
    """Embedded object found at `invoice.shipping_cost`.

    Parsing is tolerant: anything not modelled, and any value of another type than its field
    declares, is kept in `additional_properties`, so `from_dict(data).to_dict() == data`.
    Reading a field that the data lacks, or held with another type, raises
    `FieldNotAvailableError` (an AttributeError); optional fields read as `UNSET` when absent.
    """

    amount_subtotal: int
    amount_tax: int
    amount_total: int
    shipping_rate: None | str | StripeObject
    taxes: list[LineItemsTaxAmount] | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("amount_subtotal", "amount_subtotal", "int"),
        ("amount_tax", "amount_tax", "int"),
        ("amount_total", "amount_total", "int"),
        ("shipping_rate", "shipping_rate", "str | StripeObject | None"),
        ("taxes", "taxes", "list[LineItemsTaxAmount] | None"),
    )

    def to_dict(self) -> dict[str, Any]:
        # An unfilled field raises AttributeError; what was received for it, if anything, is
        # already in additional_properties.
        data: dict[str, Any] = dict(self.additional_properties)
        try:
            v_amount_subtotal = self.amount_subtotal
        except AttributeError:
            pass
        else:
            data["amount_subtotal"] = v_amount_subtotal
        try:
            v_amount_tax = self.amount_tax
        except AttributeError:
            pass
        else:
            data["amount_tax"] = v_amount_tax
        try:
            v_amount_total = self.amount_total
        except AttributeError:
            pass
        else:
            data["amount_total"] = v_amount_total
        try:
            v_shipping_rate = self.shipping_rate
        except AttributeError:
            pass
        else:
            data["shipping_rate"] = v_shipping_rate
        try:
            v_taxes = self.taxes
        except AttributeError:
            pass
        else:
            data["taxes"] = (
                [item0.to_dict() for item0 in v_taxes] if isinstance(v_taxes, list) else v_taxes
            )
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> InvoicesResourceShippingCost:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal; the checks below are what makes each stored value fit its field.
        # A value that does not fit stays in `d` (the additional properties), its field unfilled.
        fill: Any = obj
        v_amount_subtotal = d.pop("amount_subtotal", UNSET)
        if v_amount_subtotal is not UNSET:
            if type(v_amount_subtotal) is int:
                fill.amount_subtotal = v_amount_subtotal
            else:
                d["amount_subtotal"] = v_amount_subtotal
        v_amount_tax = d.pop("amount_tax", UNSET)
        if v_amount_tax is not UNSET:
            if type(v_amount_tax) is int:
                fill.amount_tax = v_amount_tax
            else:
                d["amount_tax"] = v_amount_tax
        v_amount_total = d.pop("amount_total", UNSET)
        if v_amount_total is not UNSET:
            if type(v_amount_total) is int:
                fill.amount_total = v_amount_total
            else:
                d["amount_total"] = v_amount_total
        v_shipping_rate = d.pop("shipping_rate", UNSET)
        if v_shipping_rate is not UNSET:
            if (
                (type(v_shipping_rate) is str)
                or (type(v_shipping_rate) is dict)
                or (v_shipping_rate is None)
            ):
                fill.shipping_rate = v_shipping_rate
            else:
                d["shipping_rate"] = v_shipping_rate
        v_taxes = d.pop("taxes", UNSET)
        if v_taxes is not UNSET:
            if (type(v_taxes) is list and all(type(item0) is dict for item0 in v_taxes)) or (
                v_taxes is None
            ):
                fill.taxes = (
                    [LineItemsTaxAmount.from_dict(item0) for item0 in v_taxes]
                    if type(v_taxes) is list and all(type(item0) is dict for item0 in v_taxes)
                    else v_taxes
                )
            else:
                d["taxes"] = v_taxes
        fill.additional_properties = d
        return obj


class InvoicesResourceShippingCostParams(TypedDict, total=False):
    """InvoicesResourceShippingCost as plain data, for request parameters."""

    amount_subtotal: Required[int]
    amount_tax: Required[int]
    amount_total: Required[int]
    shipping_rate: Required[str | Mapping[str, Any]]
    taxes: Required[list[LineItemsTaxAmountParams | LineItemsTaxAmount]]


# Imported last: models refer to each other in cycles, and are only needed at call time.
from ..models.line_items_tax_amount import LineItemsTaxAmount  # noqa: E402
from ..models.stripe_object import StripeObject  # noqa: E402
