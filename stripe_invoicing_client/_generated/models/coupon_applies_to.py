from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET

if TYPE_CHECKING:
    from typing_extensions import Required


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class CouponAppliesTo(Model):
    """Embedded object found at `coupon.applies_to`.

    Parsing is tolerant: anything not modelled, and any value of another type than its field
    declares, is kept in `additional_properties`, so `from_dict(data).to_dict() == data`.
    Reading a field that the data lacks, or held with another type, raises
    `FieldNotAvailableError` (an AttributeError); optional fields read as `UNSET` when absent.
    """

    products: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (("products", "products", "list[str]"),)

    def to_dict(self) -> dict[str, Any]:
        # An unfilled field raises AttributeError; what was received for it, if anything, is
        # already in additional_properties.
        data: dict[str, Any] = dict(self.additional_properties)
        try:
            v_products = self.products
        except AttributeError:
            pass
        else:
            data["products"] = v_products
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> CouponAppliesTo:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal; the checks below are what makes each stored value fit its field.
        # A value that does not fit stays in `d` (the additional properties), its field unfilled.
        fill: Any = obj
        v_products = d.pop("products", UNSET)
        if v_products is not UNSET:
            if type(v_products) is list and all(type(item0) is str for item0 in v_products):
                fill.products = v_products
            else:
                d["products"] = v_products
        fill.additional_properties = d
        return obj


class CouponAppliesToParams(TypedDict, total=False):
    """CouponAppliesTo as plain data, for request parameters."""

    products: Required[list[str]]


# Imported last: models refer to each other in cycles, and are only needed at call time.
