from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..models.post_invoiceitems_invoiceitem_body_price_data_tax_behavior import (
    PostInvoiceitemsInvoiceitemBodyPriceDataTaxBehavior,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from typing_extensions import Required


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PostInvoiceitemsInvoiceitemBodyPriceData(Model):
    """PostInvoiceitemsInvoiceitemBodyPriceData

    Parsing is tolerant: anything not modelled, and any value of another type than its field
    declares, is kept in `additional_properties`, so `from_dict(data).to_dict() == data`.
    Reading a field that the data lacks, or held with another type, raises
    `FieldNotAvailableError` (an AttributeError); optional fields read as `UNSET` when absent.
    """

    currency: str
    product: str
    tax_behavior: PostInvoiceitemsInvoiceitemBodyPriceDataTaxBehavior | Unset = UNSET
    unit_amount: int | Unset = UNSET
    unit_amount_decimal: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("currency", "currency", "str"),
        ("product", "product", "str"),
        ("tax_behavior", "tax_behavior", "PostInvoiceitemsInvoiceitemBodyPriceDataTaxBehavior"),
        ("unit_amount", "unit_amount", "int"),
        ("unit_amount_decimal", "unit_amount_decimal", "str"),
    )

    def to_dict(self) -> dict[str, Any]:
        # An unfilled field raises AttributeError; what was received for it, if anything, is
        # already in additional_properties.
        data: dict[str, Any] = dict(self.additional_properties)
        try:
            v_currency = self.currency
        except AttributeError:
            pass
        else:
            data["currency"] = v_currency
        try:
            v_product = self.product
        except AttributeError:
            pass
        else:
            data["product"] = v_product
        try:
            v_tax_behavior = self.tax_behavior
        except AttributeError:
            pass
        else:
            if not isinstance(v_tax_behavior, Unset):
                data["tax_behavior"] = v_tax_behavior
        try:
            v_unit_amount = self.unit_amount
        except AttributeError:
            pass
        else:
            if not isinstance(v_unit_amount, Unset):
                data["unit_amount"] = v_unit_amount
        try:
            v_unit_amount_decimal = self.unit_amount_decimal
        except AttributeError:
            pass
        else:
            if not isinstance(v_unit_amount_decimal, Unset):
                data["unit_amount_decimal"] = v_unit_amount_decimal
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PostInvoiceitemsInvoiceitemBodyPriceData:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal; the checks below are what makes each stored value fit its field.
        # A value that does not fit stays in `d` (the additional properties), its field unfilled.
        fill: Any = obj
        v_currency = d.pop("currency", UNSET)
        if v_currency is not UNSET:
            if type(v_currency) is str:
                fill.currency = v_currency
            else:
                d["currency"] = v_currency
        v_product = d.pop("product", UNSET)
        if v_product is not UNSET:
            if type(v_product) is str:
                fill.product = v_product
            else:
                d["product"] = v_product
        v_tax_behavior = d.pop("tax_behavior", UNSET)
        if v_tax_behavior is UNSET:
            fill.tax_behavior = UNSET
        elif type(v_tax_behavior) is str:
            fill.tax_behavior = v_tax_behavior
        else:
            d["tax_behavior"] = v_tax_behavior
        v_unit_amount = d.pop("unit_amount", UNSET)
        if v_unit_amount is UNSET:
            fill.unit_amount = UNSET
        elif type(v_unit_amount) is int:
            fill.unit_amount = v_unit_amount
        else:
            d["unit_amount"] = v_unit_amount
        v_unit_amount_decimal = d.pop("unit_amount_decimal", UNSET)
        if v_unit_amount_decimal is UNSET:
            fill.unit_amount_decimal = UNSET
        elif type(v_unit_amount_decimal) is str:
            fill.unit_amount_decimal = v_unit_amount_decimal
        else:
            d["unit_amount_decimal"] = v_unit_amount_decimal
        fill.additional_properties = d
        return obj


class PostInvoiceitemsInvoiceitemBodyPriceDataParams(TypedDict, total=False):
    """PostInvoiceitemsInvoiceitemBodyPriceData as plain data, for request parameters."""

    currency: Required[str]
    product: Required[str]
    tax_behavior: PostInvoiceitemsInvoiceitemBodyPriceDataTaxBehavior
    unit_amount: int
    unit_amount_decimal: str


# Imported last: models refer to each other in cycles, and are only needed at call time.
