from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from typing_extensions import Required

    from ..models.line_items_tax_amount import LineItemsTaxAmount, LineItemsTaxAmountParams
    from ..models.stripe_object import StripeObject


@_attrs_define
class InvoicesResourceShippingCost:
    """Embedded object found at `invoice.shipping_cost`.

    Parsing is tolerant: a field missing from the data, or of another type than described,
    reads as `UNSET`, and anything not modelled is kept in `additional_properties`, so
    `from_dict(data).to_dict() == data`.
    """

    amount_subtotal: int
    amount_tax: int
    amount_total: int
    shipping_rate: None | str | StripeObject
    taxes: list[LineItemsTaxAmount] | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = dict(self.additional_properties)
        v_amount_subtotal = self.amount_subtotal
        if not isinstance(v_amount_subtotal, Unset):
            data["amount_subtotal"] = v_amount_subtotal
        v_amount_tax = self.amount_tax
        if not isinstance(v_amount_tax, Unset):
            data["amount_tax"] = v_amount_tax
        v_amount_total = self.amount_total
        if not isinstance(v_amount_total, Unset):
            data["amount_total"] = v_amount_total
        v_shipping_rate = self.shipping_rate
        if not isinstance(v_shipping_rate, Unset):
            data["shipping_rate"] = v_shipping_rate
        v_taxes = self.taxes
        if not isinstance(v_taxes, Unset):
            data["taxes"] = (
                [item0.to_dict() for item0 in v_taxes] if isinstance(v_taxes, list) else v_taxes
            )
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> InvoicesResourceShippingCost:
        d = dict(src_dict)
        v_amount_subtotal = d.pop("amount_subtotal", UNSET)
        if v_amount_subtotal is not UNSET and not (type(v_amount_subtotal) is int):
            d["amount_subtotal"] = v_amount_subtotal
            v_amount_subtotal = UNSET
        v_amount_tax = d.pop("amount_tax", UNSET)
        if v_amount_tax is not UNSET and not (type(v_amount_tax) is int):
            d["amount_tax"] = v_amount_tax
            v_amount_tax = UNSET
        v_amount_total = d.pop("amount_total", UNSET)
        if v_amount_total is not UNSET and not (type(v_amount_total) is int):
            d["amount_total"] = v_amount_total
            v_amount_total = UNSET
        v_shipping_rate = d.pop("shipping_rate", UNSET)
        if v_shipping_rate is not UNSET and not (
            (type(v_shipping_rate) is str)
            or (type(v_shipping_rate) is dict)
            or (v_shipping_rate is None)
        ):
            d["shipping_rate"] = v_shipping_rate
            v_shipping_rate = UNSET
        v_taxes = d.pop("taxes", UNSET)
        if v_taxes is not UNSET:
            if (type(v_taxes) is list and all(type(item0) is dict for item0 in v_taxes)) or (
                v_taxes is None
            ):
                v_taxes = (
                    [LineItemsTaxAmount.from_dict(item0) for item0 in v_taxes]
                    if type(v_taxes) is list and all(type(item0) is dict for item0 in v_taxes)
                    else v_taxes
                )
            else:
                d["taxes"] = v_taxes
                v_taxes = UNSET
        obj = cls(
            amount_subtotal=v_amount_subtotal,
            amount_tax=v_amount_tax,
            amount_total=v_amount_total,
            shipping_rate=v_shipping_rate,
            taxes=v_taxes,
        )
        obj.additional_properties = d
        return obj

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


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
