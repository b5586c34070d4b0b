from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.line_items_tax_amount_taxability_reason import (
    LineItemsTaxAmountTaxabilityReason,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from typing_extensions import Required

    from ..models.stripe_object import StripeObject


@_attrs_define
class LineItemsTaxAmount:
    """Embedded object found at `invoice.shipping_cost.taxes`.

    Parsing is tolerant: a field missing from the data, or of another type than described,
    reads as `UNSET`, and anything not modelled is kept in `additional_properties`, so
    `from_dict(data).to_dict() == data`.
    """

    amount: int
    rate: StripeObject
    taxability_reason: LineItemsTaxAmountTaxabilityReason | None
    taxable_amount: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = dict(self.additional_properties)
        v_amount = self.amount
        if not isinstance(v_amount, Unset):
            data["amount"] = v_amount
        v_rate = self.rate
        if not isinstance(v_rate, Unset):
            data["rate"] = v_rate
        v_taxability_reason = self.taxability_reason
        if not isinstance(v_taxability_reason, Unset):
            data["taxability_reason"] = v_taxability_reason
        v_taxable_amount = self.taxable_amount
        if not isinstance(v_taxable_amount, Unset):
            data["taxable_amount"] = v_taxable_amount
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> LineItemsTaxAmount:
        d = dict(src_dict)
        v_amount = d.pop("amount", UNSET)
        if v_amount is not UNSET and not (type(v_amount) is int):
            d["amount"] = v_amount
            v_amount = UNSET
        v_rate = d.pop("rate", UNSET)
        if v_rate is not UNSET and not (type(v_rate) is dict):
            d["rate"] = v_rate
            v_rate = UNSET
        v_taxability_reason = d.pop("taxability_reason", UNSET)
        if v_taxability_reason is not UNSET and not (
            (type(v_taxability_reason) is str) or (v_taxability_reason is None)
        ):
            d["taxability_reason"] = v_taxability_reason
            v_taxability_reason = UNSET
        v_taxable_amount = d.pop("taxable_amount", UNSET)
        if v_taxable_amount is not UNSET and not (
            (type(v_taxable_amount) is int) or (v_taxable_amount is None)
        ):
            d["taxable_amount"] = v_taxable_amount
            v_taxable_amount = UNSET
        obj = cls(
            amount=v_amount,
            rate=v_rate,
            taxability_reason=v_taxability_reason,
            taxable_amount=v_taxable_amount,
        )
        obj.additional_properties = d
        return obj

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


class LineItemsTaxAmountParams(TypedDict, total=False):
    """LineItemsTaxAmount as plain data, for request parameters."""

    amount: Required[int]
    rate: Required[Mapping[str, Any]]
    taxability_reason: Required[LineItemsTaxAmountTaxabilityReason]
    taxable_amount: Required[int]


# Imported last: models refer to each other in cycles, and are only needed at call time.
from ..models.stripe_object import StripeObject  # noqa: E402
