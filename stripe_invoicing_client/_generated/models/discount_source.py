from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.discount_source_type import DiscountSourceType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from typing_extensions import Required

    from ..models.coupon import Coupon, CouponParams


@_attrs_define
class DiscountSource:
    """Embedded object found at `discount.source`.

    Parsing is tolerant: a field missing from the data, or of another type than described,
    reads as `UNSET`, and anything not modelled is kept in `additional_properties`, so
    `from_dict(data).to_dict() == data`.
    """

    coupon: Coupon | None | str
    type_: DiscountSourceType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = dict(self.additional_properties)
        v_coupon = self.coupon
        if not isinstance(v_coupon, Unset):
            data["coupon"] = v_coupon.to_dict() if isinstance(v_coupon, Coupon) else v_coupon
        v_type_ = self.type_
        if not isinstance(v_type_, Unset):
            data["type"] = v_type_
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> DiscountSource:
        d = dict(src_dict)
        v_coupon = d.pop("coupon", UNSET)
        if v_coupon is not UNSET:
            if (type(v_coupon) is dict) or (type(v_coupon) is str) or (v_coupon is None):
                v_coupon = Coupon.from_dict(v_coupon) if type(v_coupon) is dict else v_coupon
            else:
                d["coupon"] = v_coupon
                v_coupon = UNSET
        v_type_ = d.pop("type", UNSET)
        if v_type_ is not UNSET and not (type(v_type_) is str):
            d["type"] = v_type_
            v_type_ = UNSET
        obj = cls(
            coupon=v_coupon,
            type_=v_type_,
        )
        obj.additional_properties = d
        return obj

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


class DiscountSourceParams(TypedDict, total=False):
    """DiscountSource as plain data, for request parameters."""

    coupon: Required[str | CouponParams | Coupon]
    type: Required[DiscountSourceType]


# Imported last: models refer to each other in cycles, and are only needed at call time.
from ..models.coupon import Coupon  # noqa: E402
