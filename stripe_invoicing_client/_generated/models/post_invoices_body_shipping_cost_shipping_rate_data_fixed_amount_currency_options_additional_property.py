from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.post_invoices_body_shipping_cost_shipping_rate_data_fixed_amount_currency_options_additional_property_tax_behavior import (
    PostInvoicesBodyShippingCostShippingRateDataFixedAmountCurrencyOptionsAdditionalPropertyTaxBehavior,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from typing_extensions import Required


@_attrs_define
class PostInvoicesBodyShippingCostShippingRateDataFixedAmountCurrencyOptionsAdditionalProperty:
    """PostInvoicesBodyShippingCostShippingRateDataFixedAmountCurrencyOptionsAdditionalProperty

    Parsing is tolerant: a field missing from the data, or of another type than described,
    reads as `UNSET`, and anything not modelled is kept in `additional_properties`, so
    `from_dict(data).to_dict() == data`.
    """

    amount: int
    tax_behavior: (
        PostInvoicesBodyShippingCostShippingRateDataFixedAmountCurrencyOptionsAdditionalPropertyTaxBehavior
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = dict(self.additional_properties)
        v_amount = self.amount
        if not isinstance(v_amount, Unset):
            data["amount"] = v_amount
        v_tax_behavior = self.tax_behavior
        if not isinstance(v_tax_behavior, Unset):
            data["tax_behavior"] = v_tax_behavior
        return data

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> PostInvoicesBodyShippingCostShippingRateDataFixedAmountCurrencyOptionsAdditionalProperty:
        d = dict(src_dict)
        v_amount = d.pop("amount", UNSET)
        if v_amount is not UNSET and not (type(v_amount) is int):
            d["amount"] = v_amount
            v_amount = UNSET
        v_tax_behavior = d.pop("tax_behavior", UNSET)
        if v_tax_behavior is not UNSET and not (type(v_tax_behavior) is str):
            d["tax_behavior"] = v_tax_behavior
            v_tax_behavior = UNSET
        obj = cls(
            amount=v_amount,
            tax_behavior=v_tax_behavior,
        )
        obj.additional_properties = d
        return obj

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


class PostInvoicesBodyShippingCostShippingRateDataFixedAmountCurrencyOptionsAdditionalPropertyParams(
    TypedDict, total=False
):
    """PostInvoicesBodyShippingCostShippingRateDataFixedAmountCurrencyOptionsAdditionalProperty as plain data, for request parameters."""

    amount: Required[int]
    tax_behavior: PostInvoicesBodyShippingCostShippingRateDataFixedAmountCurrencyOptionsAdditionalPropertyTaxBehavior


# Imported last: models refer to each other in cycles, and are only needed at call time.
