from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..models.discount_source_type import DiscountSourceType
from ..types import UNSET

if TYPE_CHECKING:
    from typing_extensions import Required

    from ..models.coupon import Coupon, CouponParams


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class DiscountSource(Model):
    """Embedded object found at `discount.source`.

    Parsing is tolerant: anything not modelled, and any value of another type than its field
    declares, is kept in `additional_properties`, so `from_dict(data).to_dict() == data`.
    Reading a field that the data lacks, or held with another type, raises
    `FieldNotAvailableError` (an AttributeError); optional fields read as `UNSET` when absent.
    """

    coupon: Coupon | None | str
    type_: DiscountSourceType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("coupon", "coupon", "Coupon | str | None"),
        ("type_", "type", "DiscountSourceType"),
    )

    def to_dict(self) -> dict[str, Any]:
        # An unfilled field raises AttributeError; what was received for it, if anything, is
        # already in additional_properties.
        data: dict[str, Any] = dict(self.additional_properties)
        try:
            v_coupon = self.coupon
        except AttributeError:
            pass
        else:
            data["coupon"] = v_coupon.to_dict() if isinstance(v_coupon, Coupon) else v_coupon
        try:
            v_type_ = self.type_
        except AttributeError:
            pass
        else:
            data["type"] = v_type_
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> DiscountSource:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal; the checks below are what makes each stored value fit its field.
        # A value that does not fit stays in `d` (the additional properties), its field unfilled.
        fill: Any = obj
        v_coupon = d.pop("coupon", UNSET)
        if v_coupon is not UNSET:
            if (type(v_coupon) is dict) or (type(v_coupon) is str) or (v_coupon is None):
                fill.coupon = Coupon.from_dict(v_coupon) if type(v_coupon) is dict else v_coupon
            else:
                d["coupon"] = v_coupon
        v_type_ = d.pop("type", UNSET)
        if v_type_ is not UNSET:
            if type(v_type_) is str:
                fill.type_ = v_type_
            else:
                d["type"] = v_type_
        fill.additional_properties = d
        return obj


class DiscountSourceParams(TypedDict, total=False):
    """DiscountSource as plain data, for request parameters."""

    coupon: Required[str | CouponParams | Coupon]
    type: Required[DiscountSourceType]


# Imported last: models refer to each other in cycles, and are only needed at call time.
from ..models.coupon import Coupon  # noqa: E402
