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
class PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemAddInvoiceItemsItemDiscountsItem(Model):
    """PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemAddInvoiceItemsItemDiscountsItem

    Parsing is tolerant: anything not modelled, and any value of another type than its field
    declares, is kept in `additional_properties`, so `from_dict(data).to_dict() == data`.
    Reading a field that the data lacks, or held with another type, raises
    `FieldNotAvailableError` (an AttributeError); optional fields read as `UNSET` when absent.
    """

    coupon: str | Unset = UNSET
    discount: str | Unset = UNSET
    promotion_code: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("coupon", "coupon", "str"),
        ("discount", "discount", "str"),
        ("promotion_code", "promotion_code", "str"),
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
            if not isinstance(v_coupon, Unset):
                data["coupon"] = v_coupon
        try:
            v_discount = self.discount
        except AttributeError:
            pass
        else:
            if not isinstance(v_discount, Unset):
                data["discount"] = v_discount
        try:
            v_promotion_code = self.promotion_code
        except AttributeError:
            pass
        else:
            if not isinstance(v_promotion_code, Unset):
                data["promotion_code"] = v_promotion_code
        return data

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemAddInvoiceItemsItemDiscountsItem:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal; the checks below are what makes each stored value fit its field.
        # A value that does not fit stays in `d` (the additional properties), its field unfilled.
        fill: Any = obj
        v_coupon = d.pop("coupon", UNSET)
        if v_coupon is UNSET:
            fill.coupon = UNSET
        elif type(v_coupon) is str:
            fill.coupon = v_coupon
        else:
            d["coupon"] = v_coupon
        v_discount = d.pop("discount", UNSET)
        if v_discount is UNSET:
            fill.discount = UNSET
        elif type(v_discount) is str:
            fill.discount = v_discount
        else:
            d["discount"] = v_discount
        v_promotion_code = d.pop("promotion_code", UNSET)
        if v_promotion_code is UNSET:
            fill.promotion_code = UNSET
        elif type(v_promotion_code) is str:
            fill.promotion_code = v_promotion_code
        else:
            d["promotion_code"] = v_promotion_code
        fill.additional_properties = d
        return obj


class PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemAddInvoiceItemsItemDiscountsItemParams(
    TypedDict, total=False
):
    """PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemAddInvoiceItemsItemDiscountsItem as plain data, for request parameters."""

    coupon: str
    discount: str
    promotion_code: str


# Imported last: models refer to each other in cycles, and are only needed at call time.
