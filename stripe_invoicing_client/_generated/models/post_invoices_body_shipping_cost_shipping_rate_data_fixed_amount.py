from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from typing_extensions import Required

    from ..models.post_invoices_body_shipping_cost_shipping_rate_data_fixed_amount_currency_options import (
        PostInvoicesBodyShippingCostShippingRateDataFixedAmountCurrencyOptions,
    )
    from ..models.post_invoices_body_shipping_cost_shipping_rate_data_fixed_amount_currency_options_additional_property import (
        PostInvoicesBodyShippingCostShippingRateDataFixedAmountCurrencyOptionsAdditionalProperty,
    )


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PostInvoicesBodyShippingCostShippingRateDataFixedAmount(Model):
    """PostInvoicesBodyShippingCostShippingRateDataFixedAmount

    Parsing is tolerant: anything not modelled, and any value of another type than its field
    declares, is kept in `additional_properties`, so `from_dict(data).to_dict() == data`.
    Reading a field that the data lacks, or held with another type, raises
    `FieldNotAvailableError` (an AttributeError); optional fields read as `UNSET` when absent.
    """

    amount: int
    currency: str
    currency_options: (
        PostInvoicesBodyShippingCostShippingRateDataFixedAmountCurrencyOptions | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("amount", "amount", "int"),
        ("currency", "currency", "str"),
        (
            "currency_options",
            "currency_options",
            "PostInvoicesBodyShippingCostShippingRateDataFixedAmountCurrencyOptions",
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
            data["amount"] = v_amount
        try:
            v_currency = self.currency
        except AttributeError:
            pass
        else:
            data["currency"] = v_currency
        try:
            v_currency_options = self.currency_options
        except AttributeError:
            pass
        else:
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
        v_currency = d.pop("currency", UNSET)
        if v_currency is not UNSET:
            if type(v_currency) is str:
                fill.currency = v_currency
            else:
                d["currency"] = v_currency
        v_currency_options = d.pop("currency_options", UNSET)
        if v_currency_options is UNSET:
            fill.currency_options = UNSET
        elif type(v_currency_options) is dict and all(
            type(item0) is dict for item0 in v_currency_options.values()
        ):
            fill.currency_options = {
                k0: PostInvoicesBodyShippingCostShippingRateDataFixedAmountCurrencyOptionsAdditionalProperty.from_dict(
                    item0
                )
                for k0, item0 in v_currency_options.items()
            }
        else:
            d["currency_options"] = v_currency_options
        fill.additional_properties = d
        return obj


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
