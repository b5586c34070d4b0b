from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    pass


@_attrs_define
class PostInvoicesInvoiceUpdateLinesBodyLinesItemDiscountsType0Item:
    """PostInvoicesInvoiceUpdateLinesBodyLinesItemDiscountsType0Item

    Parsing is tolerant: a field missing from the data, or of another type than described,
    reads as `UNSET`, and anything not modelled is kept in `additional_properties`, so
    `from_dict(data).to_dict() == data`.
    """

    coupon: str | Unset = UNSET
    discount: str | Unset = UNSET
    promotion_code: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = dict(self.additional_properties)
        v_coupon = self.coupon
        if not isinstance(v_coupon, Unset):
            data["coupon"] = v_coupon
        v_discount = self.discount
        if not isinstance(v_discount, Unset):
            data["discount"] = v_discount
        v_promotion_code = self.promotion_code
        if not isinstance(v_promotion_code, Unset):
            data["promotion_code"] = v_promotion_code
        return data

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> PostInvoicesInvoiceUpdateLinesBodyLinesItemDiscountsType0Item:
        d = dict(src_dict)
        v_coupon = d.pop("coupon", UNSET)
        if v_coupon is not UNSET and not (type(v_coupon) is str):
            d["coupon"] = v_coupon
            v_coupon = UNSET
        v_discount = d.pop("discount", UNSET)
        if v_discount is not UNSET and not (type(v_discount) is str):
            d["discount"] = v_discount
            v_discount = UNSET
        v_promotion_code = d.pop("promotion_code", UNSET)
        if v_promotion_code is not UNSET and not (type(v_promotion_code) is str):
            d["promotion_code"] = v_promotion_code
            v_promotion_code = UNSET
        obj = cls(
            coupon=v_coupon,
            discount=v_discount,
            promotion_code=v_promotion_code,
        )
        obj.additional_properties = d
        return obj

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


class PostInvoicesInvoiceUpdateLinesBodyLinesItemDiscountsType0ItemParams(TypedDict, total=False):
    """PostInvoicesInvoiceUpdateLinesBodyLinesItemDiscountsType0Item as plain data, for request parameters."""

    coupon: str
    discount: str
    promotion_code: str


# Imported last: models refer to each other in cycles, and are only needed at call time.
