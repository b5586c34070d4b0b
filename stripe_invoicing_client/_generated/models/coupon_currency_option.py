from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from typing_extensions import Required


@_attrs_define
class CouponCurrencyOption:
    """Embedded object found at `coupon.currency_options`.

    Parsing is tolerant: a field missing from the data, or of another type than described,
    reads as `UNSET`, and anything not modelled is kept in `additional_properties`, so
    `from_dict(data).to_dict() == data`.
    """

    amount_off: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = dict(self.additional_properties)
        v_amount_off = self.amount_off
        if not isinstance(v_amount_off, Unset):
            data["amount_off"] = v_amount_off
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> CouponCurrencyOption:
        d = dict(src_dict)
        v_amount_off = d.pop("amount_off", UNSET)
        if v_amount_off is not UNSET and not (type(v_amount_off) is int):
            d["amount_off"] = v_amount_off
            v_amount_off = UNSET
        obj = cls(
            amount_off=v_amount_off,
        )
        obj.additional_properties = d
        return obj

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


class CouponCurrencyOptionParams(TypedDict, total=False):
    """CouponCurrencyOption as plain data, for request parameters."""

    amount_off: Required[int]


# Imported last: models refer to each other in cycles, and are only needed at call time.
