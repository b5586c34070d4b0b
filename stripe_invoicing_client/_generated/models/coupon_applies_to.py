from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from typing_extensions import Required


@_attrs_define
class CouponAppliesTo:
    """Embedded object found at `coupon.applies_to`.

    Parsing is tolerant: a field missing from the data, or of another type than described,
    reads as `UNSET`, and anything not modelled is kept in `additional_properties`, so
    `from_dict(data).to_dict() == data`.
    """

    products: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = dict(self.additional_properties)
        v_products = self.products
        if not isinstance(v_products, Unset):
            data["products"] = v_products
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> CouponAppliesTo:
        d = dict(src_dict)
        v_products = d.pop("products", UNSET)
        if v_products is not UNSET and not (
            type(v_products) is list and all(type(item0) is str for item0 in v_products)
        ):
            d["products"] = v_products
            v_products = UNSET
        obj = cls(
            products=v_products,
        )
        obj.additional_properties = d
        return obj

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


class CouponAppliesToParams(TypedDict, total=False):
    """CouponAppliesTo as plain data, for request parameters."""

    products: Required[list[str]]


# Imported last: models refer to each other in cycles, and are only needed at call time.
