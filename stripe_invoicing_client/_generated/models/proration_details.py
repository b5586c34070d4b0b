from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET

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


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class ProrationDetails(Model):
    """Embedded object found at `invoiceitem.proration_details`.

    Parsing is tolerant: anything not modelled, and any value of another type than its field
    declares, is kept in `additional_properties`, so `from_dict(data).to_dict() == data`.
    Reading a field that the data lacks, or held with another type, raises
    `FieldNotAvailableError` (an AttributeError); optional fields read as `UNSET` when absent.
    """

    credited_items: None | ProrationDetailsCreditedItems
    discount_amounts: list[DiscountsResourceDiscountAmount]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("credited_items", "credited_items", "ProrationDetailsCreditedItems | None"),
        ("discount_amounts", "discount_amounts", "list[DiscountsResourceDiscountAmount]"),
    )

    def to_dict(self) -> dict[str, Any]:
        # An unfilled field raises AttributeError; what was received for it, if anything, is
        # already in additional_properties.
        data: dict[str, Any] = dict(self.additional_properties)
        try:
            v_credited_items = self.credited_items
        except AttributeError:
            pass
        else:
            data["credited_items"] = (
                v_credited_items.to_dict()
                if isinstance(v_credited_items, ProrationDetailsCreditedItems)
                else v_credited_items
            )
        try:
            v_discount_amounts = self.discount_amounts
        except AttributeError:
            pass
        else:
            data["discount_amounts"] = [item0.to_dict() for item0 in v_discount_amounts]
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> ProrationDetails:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal; the checks below are what makes each stored value fit its field.
        # A value that does not fit stays in `d` (the additional properties), its field unfilled.
        fill: Any = obj
        v_credited_items = d.pop("credited_items", UNSET)
        if v_credited_items is not UNSET:
            if (type(v_credited_items) is dict) or (v_credited_items is None):
                fill.credited_items = (
                    ProrationDetailsCreditedItems.from_dict(v_credited_items)
                    if type(v_credited_items) is dict
                    else v_credited_items
                )
            else:
                d["credited_items"] = v_credited_items
        v_discount_amounts = d.pop("discount_amounts", UNSET)
        if v_discount_amounts is not UNSET:
            if type(v_discount_amounts) is list and all(
                type(item0) is dict for item0 in v_discount_amounts
            ):
                fill.discount_amounts = [
                    DiscountsResourceDiscountAmount.from_dict(item0) for item0 in v_discount_amounts
                ]
            else:
                d["discount_amounts"] = v_discount_amounts
        fill.additional_properties = d
        return obj


class ProrationDetailsParams(TypedDict, total=False):
    """ProrationDetails as plain data, for request parameters."""

    credited_items: Required[ProrationDetailsCreditedItemsParams | ProrationDetailsCreditedItems]
    discount_amounts: Required[
        list[DiscountsResourceDiscountAmountParams | DiscountsResourceDiscountAmount]
    ]


# Imported last: models refer to each other in cycles, and are only needed at call time.
from ..models.discounts_resource_discount_amount import DiscountsResourceDiscountAmount  # noqa: E402
from ..models.proration_details_credited_items import ProrationDetailsCreditedItems  # noqa: E402
