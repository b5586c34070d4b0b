from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from typing_extensions import Required

    from ..models.deleted_discount import DeletedDiscount, DeletedDiscountParams
    from ..models.discount import Discount, DiscountParams


@_attrs_define
class DiscountsResourceDiscountAmount:
    """Embedded object found at `invoice.total_discount_amounts`.

    Parsing is tolerant: a field missing from the data, or of another type than described,
    reads as `UNSET`, and anything not modelled is kept in `additional_properties`, so
    `from_dict(data).to_dict() == data`.
    """

    amount: int
    discount: DeletedDiscount | Discount | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = dict(self.additional_properties)
        v_amount = self.amount
        if not isinstance(v_amount, Unset):
            data["amount"] = v_amount
        v_discount = self.discount
        if not isinstance(v_discount, Unset):
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
        v_amount = d.pop("amount", UNSET)
        if v_amount is not UNSET and not (type(v_amount) is int):
            d["amount"] = v_amount
            v_amount = UNSET
        v_discount = d.pop("discount", UNSET)
        if v_discount is not UNSET:
            if (
                (type(v_discount) is dict)
                or (type(v_discount) is dict)
                or (type(v_discount) is str)
            ):
                v_discount = (
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
                v_discount = UNSET
        obj = cls(
            amount=v_amount,
            discount=v_discount,
        )
        obj.additional_properties = d
        return obj

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


class DiscountsResourceDiscountAmountParams(TypedDict, total=False):
    """DiscountsResourceDiscountAmount as plain data, for request parameters."""

    amount: Required[int]
    discount: Required[str | DiscountParams | Discount | DeletedDiscountParams | DeletedDiscount]


# Imported last: models refer to each other in cycles, and are only needed at call time.
from ..models.deleted_discount import DeletedDiscount  # noqa: E402
from ..models.discount import Discount  # noqa: E402
