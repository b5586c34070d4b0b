from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..models.post_invoices_invoice_body_shipping_cost_type_0_shipping_rate_data_fixed_amount_currency_options_additional_property_tax_behavior import (
    PostInvoicesInvoiceBodyShippingCostType0ShippingRateDataFixedAmountCurrencyOptionsAdditionalPropertyTaxBehavior,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from typing_extensions import Required


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PostInvoicesInvoiceBodyShippingCostType0ShippingRateDataFixedAmountCurrencyOptionsAdditionalProperty(
    Model
):
    """PostInvoicesInvoiceBodyShippingCostType0ShippingRateDataFixedAmountCurrencyOptionsAdditional
    Property

    Parsing is tolerant: anything not modelled, and any value of another type than its field
    declares, is kept in `additional_properties`, so `from_dict(data).to_dict() == data`.
    Reading a field that the data lacks, or held with another type, raises
    `FieldNotAvailableError` (an AttributeError); optional fields read as `UNSET` when absent.
    """

    amount: int
    tax_behavior: (
        PostInvoicesInvoiceBodyShippingCostType0ShippingRateDataFixedAmountCurrencyOptionsAdditionalPropertyTaxBehavior
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("amount", "amount", "int"),
        (
            "tax_behavior",
            "tax_behavior",
            "PostInvoicesInvoiceBodyShippingCostType0ShippingRateDataFixedAmountCurrencyOptionsAdditionalPropertyTaxBehavior",
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
            v_tax_behavior = self.tax_behavior
        except AttributeError:
            pass
        else:
            if not isinstance(v_tax_behavior, Unset):
                data["tax_behavior"] = v_tax_behavior
        return data

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> PostInvoicesInvoiceBodyShippingCostType0ShippingRateDataFixedAmountCurrencyOptionsAdditionalProperty:
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
        v_tax_behavior = d.pop("tax_behavior", UNSET)
        if v_tax_behavior is UNSET:
            fill.tax_behavior = UNSET
        elif type(v_tax_behavior) is str:
            fill.tax_behavior = v_tax_behavior
        else:
            d["tax_behavior"] = v_tax_behavior
        fill.additional_properties = d
        return obj


class PostInvoicesInvoiceBodyShippingCostType0ShippingRateDataFixedAmountCurrencyOptionsAdditionalPropertyParams(
    TypedDict, total=False
):
    """PostInvoicesInvoiceBodyShippingCostType0ShippingRateDataFixedAmountCurrencyOptionsAdditionalProperty as plain data, for request parameters."""

    amount: Required[int]
    tax_behavior: PostInvoicesInvoiceBodyShippingCostType0ShippingRateDataFixedAmountCurrencyOptionsAdditionalPropertyTaxBehavior


# Imported last: models refer to each other in cycles, and are only needed at call time.
