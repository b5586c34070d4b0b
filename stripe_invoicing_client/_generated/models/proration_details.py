from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from typing_extensions import Required

    from ..models.discounts_resource_discount_amount import (
        DiscountsResourceDiscountAmount,
        DiscountsResourceDiscountAmountParams,
    )
    from ..models.proration_details_credited_items import (
        ProrationDetailsCreditedItems,
        ProrationDetailsCreditedItemsParams,
    )


@_attrs_define
class ProrationDetails:
    """Embedded object found at `invoiceitem.proration_details`.

    Parsing is tolerant: a field missing from the data, or of another type than described,
    reads as `UNSET`, and anything not modelled is kept in `additional_properties`, so
    `from_dict(data).to_dict() == data`.
    """

    credited_items: None | ProrationDetailsCreditedItems
    discount_amounts: list[DiscountsResourceDiscountAmount]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = dict(self.additional_properties)
        v_credited_items = self.credited_items
        if not isinstance(v_credited_items, Unset):
            data["credited_items"] = (
                v_credited_items.to_dict()
                if isinstance(v_credited_items, ProrationDetailsCreditedItems)
                else v_credited_items
            )
        v_discount_amounts = self.discount_amounts
        if not isinstance(v_discount_amounts, Unset):
            data["discount_amounts"] = [item0.to_dict() for item0 in v_discount_amounts]
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> ProrationDetails:
        d = dict(src_dict)
        v_credited_items = d.pop("credited_items", UNSET)
        if v_credited_items is not UNSET:
            if (type(v_credited_items) is dict) or (v_credited_items is None):
                v_credited_items = (
                    ProrationDetailsCreditedItems.from_dict(v_credited_items)
                    if type(v_credited_items) is dict
                    else v_credited_items
                )
            else:
                d["credited_items"] = v_credited_items
                v_credited_items = UNSET
        v_discount_amounts = d.pop("discount_amounts", UNSET)
        if v_discount_amounts is not UNSET:
            if type(v_discount_amounts) is list and all(
                type(item0) is dict for item0 in v_discount_amounts
            ):
                v_discount_amounts = [
                    DiscountsResourceDiscountAmount.from_dict(item0) for item0 in v_discount_amounts
                ]
            else:
                d["discount_amounts"] = v_discount_amounts
                v_discount_amounts = UNSET
        obj = cls(
            credited_items=v_credited_items,
            discount_amounts=v_discount_amounts,
        )
        obj.additional_properties = d
        return obj

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


class ProrationDetailsParams(TypedDict, total=False):
    """ProrationDetails as plain data, for request parameters."""

    credited_items: Required[ProrationDetailsCreditedItemsParams | ProrationDetailsCreditedItems]
    discount_amounts: Required[
        list[DiscountsResourceDiscountAmountParams | DiscountsResourceDiscountAmount]
    ]


# Imported last: models refer to each other in cycles, and are only needed at call time.
from ..models.discounts_resource_discount_amount import DiscountsResourceDiscountAmount  # noqa: E402
from ..models.proration_details_credited_items import ProrationDetailsCreditedItems  # noqa: E402
