from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    pass


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PostInvoiceitemsInvoiceitemBodyPricing(Model):
    """PostInvoiceitemsInvoiceitemBodyPricing

    Parsing is tolerant: anything not modelled, and any value of another type than its field
    declares, is kept in `additional_properties`, so `from_dict(data).to_dict() == data`.
    Reading a field that the data lacks, or held with another type, raises
    `FieldNotAvailableError` (an AttributeError); optional fields read as `UNSET` when absent.
    """

    price: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (("price", "price", "str"),)

    def to_dict(self) -> dict[str, Any]:
        # An unfilled field raises AttributeError; what was received for it, if anything, is
        # already in additional_properties.
        data: dict[str, Any] = dict(self.additional_properties)
        try:
            v_price = self.price
        except AttributeError:
            pass
        else:
            if not isinstance(v_price, Unset):
                data["price"] = v_price
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PostInvoiceitemsInvoiceitemBodyPricing:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal; the checks below are what makes each stored value fit its field.
        # A value that does not fit stays in `d` (the additional properties), its field unfilled.
        fill: Any = obj
        v_price = d.pop("price", UNSET)
        if v_price is UNSET:
            fill.price = UNSET
        elif type(v_price) is str:
            fill.price = v_price
        else:
            d["price"] = v_price
        fill.additional_properties = d
        return obj


class PostInvoiceitemsInvoiceitemBodyPricingParams(TypedDict, total=False):
    """PostInvoiceitemsInvoiceitemBodyPricing as plain data, for request parameters."""

    price: str


# Imported last: models refer to each other in cycles, and are only needed at call time.
