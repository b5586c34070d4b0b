from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    pass


@_attrs_define
class PostInvoiceitemsBodyPricing:
    """PostInvoiceitemsBodyPricing

    Parsing is tolerant: a field missing from the data, or of another type than described,
    reads as `UNSET`, and anything not modelled is kept in `additional_properties`, so
    `from_dict(data).to_dict() == data`.
    """

    price: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = dict(self.additional_properties)
        v_price = self.price
        if not isinstance(v_price, Unset):
            data["price"] = v_price
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PostInvoiceitemsBodyPricing:
        d = dict(src_dict)
        v_price = d.pop("price", UNSET)
        if v_price is not UNSET and not (type(v_price) is str):
            d["price"] = v_price
            v_price = UNSET
        obj = cls(
            price=v_price,
        )
        obj.additional_properties = d
        return obj

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


class PostInvoiceitemsBodyPricingParams(TypedDict, total=False):
    """PostInvoiceitemsBodyPricing as plain data, for request parameters."""

    price: str


# Imported last: models refer to each other in cycles, and are only needed at call time.
