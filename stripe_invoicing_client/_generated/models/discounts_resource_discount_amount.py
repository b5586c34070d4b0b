from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET

if TYPE_CHECKING:
    from typing_extensions import Required

    from ..models.deleted_discount import DeletedDiscount, DeletedDiscountParams
    from ..models.discount import Discount, DiscountParams


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class DiscountsResourceDiscountAmount(Model):
    """Embedded object found at `invoice.total_discount_amounts`.

    Parsing is tolerant: anything not modelled, and any value of another type than its field
    declares, is kept in `additional_properties`, so `from_dict(data).to_dict() == data`.
    Reading a field that the data lacks, or held with another type, raises
    `FieldNotAvailableError` (an AttributeError); optional fields read as `UNSET` when absent.
    """

    amount: int
    discount: DeletedDiscount | Discount | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("amount", "amount", "int"),
        ("discount", "discount", "DeletedDiscount | Discount | str"),
    )

    def to_dict(self) -> dict[str, Any]:
        # An unfilled field raises AttributeError; what was received for it, if anything, is
        # already in additional_properties.
        data: dict[str, Any] = dict(self.additional_properties)
        try:
            v_amount = self.amount
        except AttributeError:
            pass
        else:
            data["amount"] = v_amount
        try:
            v_discount = self.discount
        except AttributeError:
            pass
        else:
            data["discount"] = (
                v_discount.to_dict()
                if isinstance(v_discount, Discount)
                else (
                    v_discount.to_dict() if isinstance(v_discount, DeletedDiscount) else v_discount
                )
            )
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> DiscountsResourceDiscountAmount:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal; the checks below are what makes each stored value fit its field.
        # A value that does not fit stays in `d` (the additional properties), its field unfilled.
        fill: Any = obj
        v_amount = d.pop("amount", UNSET)
        if v_amount is not UNSET:
            if type(v_amount) is int:
                fill.amount = v_amount
            else:
                d["amount"] = v_amount
        v_discount = d.pop("discount", UNSET)
        if v_discount is not UNSET:
            if (
                (type(v_discount) is dict)
                or (type(v_discount) is dict)
                or (type(v_discount) is str)
            ):
                fill.discount = (
                    DeletedDiscount.from_dict(v_discount)
                    if type(v_discount) is dict
                    and v_discount.get("deleted") is True
                    and v_discount.get("object") == "discount"
                    else (
                        Discount.from_dict(v_discount) if type(v_discount) is dict else v_discount
                    )
                )
            else:
                d["discount"] = v_discount
        fill.additional_properties = d
        return obj


class DiscountsResourceDiscountAmountParams(TypedDict, total=False):
    """DiscountsResourceDiscountAmount as plain data, for request parameters."""

    amount: Required[int]
    discount: Required[str | DiscountParams | Discount | DeletedDiscountParams | DeletedDiscount]


# Imported last: models refer to each other in cycles, and are only needed at call time.
from ..models.deleted_discount import DeletedDiscount  # noqa: E402
from ..models.discount import Discount  # noqa: E402
