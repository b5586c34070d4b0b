from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from typing_extensions import Required

    from ..models.post_invoices_body_shipping_cost_shipping_rate_data_fixed_amount_currency_options import (
        PostInvoicesBodyShippingCostShippingRateDataFixedAmountCurrencyOptions,
    )
    from ..models.post_invoices_body_shipping_cost_shipping_rate_data_fixed_amount_currency_options_additional_property import (
        PostInvoicesBodyShippingCostShippingRateDataFixedAmountCurrencyOptionsAdditionalProperty,
    )


@_attrs_define
class PostInvoicesBodyShippingCostShippingRateDataFixedAmount:
    """PostInvoicesBodyShippingCostShippingRateDataFixedAmount

    Parsing is tolerant: a field missing from the data, or of another type than described,
    reads as `UNSET`, and anything not modelled is kept in `additional_properties`, so
    `from_dict(data).to_dict() == data`.
    """

    amount: int
    currency: str
    currency_options: (
        PostInvoicesBodyShippingCostShippingRateDataFixedAmountCurrencyOptions | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = dict(self.additional_properties)
        v_amount = self.amount
        if not isinstance(v_amount, Unset):
            data["amount"] = v_amount
        v_currency = self.currency
        if not isinstance(v_currency, Unset):
            data["currency"] = v_currency
        v_currency_options = self.currency_options
        if not isinstance(v_currency_options, Unset):
            data["currency_options"] = {
                k0: item0.to_dict() for k0, item0 in v_currency_options.items()
            }
        return data

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> PostInvoicesBodyShippingCostShippingRateDataFixedAmount:
        d = dict(src_dict)
        v_amount = d.pop("amount", UNSET)
        if v_amount is not UNSET and not (type(v_amount) is int):
            d["amount"] = v_amount
            v_amount = UNSET
        v_currency = d.pop("currency", UNSET)
        if v_currency is not UNSET and not (type(v_currency) is str):
            d["currency"] = v_currency
            v_currency = UNSET
        v_currency_options = d.pop("currency_options", UNSET)
        if v_currency_options is not UNSET:
            if type(v_currency_options) is dict and all(
                type(item0) is dict for item0 in v_currency_options.values()
            ):
                v_currency_options = {
                    k0: PostInvoicesBodyShippingCostShippingRateDataFixedAmountCurrencyOptionsAdditionalProperty.from_dict(
                        item0
                    )
                    for k0, item0 in v_currency_options.items()
                }
            else:
                d["currency_options"] = v_currency_options
                v_currency_options = UNSET
        obj = cls(
            amount=v_amount,
            currency=v_currency,
            currency_options=v_currency_options,
        )
        obj.additional_properties = d
        return obj

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


class PostInvoicesBodyShippingCostShippingRateDataFixedAmountParams(TypedDict, total=False):
    """PostInvoicesBodyShippingCostShippingRateDataFixedAmount as plain data, for request parameters."""

    amount: Required[int]
    currency: Required[str]
    currency_options: Mapping[
        str,
        PostInvoicesBodyShippingCostShippingRateDataFixedAmountCurrencyOptionsAdditionalProperty,
    ]


# Imported last: models refer to each other in cycles, and are only needed at call time.
from ..models.post_invoices_body_shipping_cost_shipping_rate_data_fixed_amount_currency_options import (
    PostInvoicesBodyShippingCostShippingRateDataFixedAmountCurrencyOptions,  # noqa: E402
)
