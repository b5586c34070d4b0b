from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.post_invoices_body_shipping_cost_shipping_rate_data_delivery_estimate_minimum_unit import (
    PostInvoicesBodyShippingCostShippingRateDataDeliveryEstimateMinimumUnit,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from typing_extensions import Required


@_attrs_define
class PostInvoicesBodyShippingCostShippingRateDataDeliveryEstimateMinimum:
    """PostInvoicesBodyShippingCostShippingRateDataDeliveryEstimateMinimum

    Parsing is tolerant: a field missing from the data, or of another type than described,
    reads as `UNSET`, and anything not modelled is kept in `additional_properties`, so
    `from_dict(data).to_dict() == data`.
    """

    unit: PostInvoicesBodyShippingCostShippingRateDataDeliveryEstimateMinimumUnit
    value: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = dict(self.additional_properties)
        v_unit = self.unit
        if not isinstance(v_unit, Unset):
            data["unit"] = v_unit
        v_value = self.value
        if not isinstance(v_value, Unset):
            data["value"] = v_value
        return data

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> PostInvoicesBodyShippingCostShippingRateDataDeliveryEstimateMinimum:
        d = dict(src_dict)
        v_unit = d.pop("unit", UNSET)
        if v_unit is not UNSET and not (type(v_unit) is str):
            d["unit"] = v_unit
            v_unit = UNSET
        v_value = d.pop("value", UNSET)
        if v_value is not UNSET and not (type(v_value) is int):
            d["value"] = v_value
            v_value = UNSET
        obj = cls(
            unit=v_unit,
            value=v_value,
        )
        obj.additional_properties = d
        return obj

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


class PostInvoicesBodyShippingCostShippingRateDataDeliveryEstimateMinimumParams(
    TypedDict, total=False
):
    """PostInvoicesBodyShippingCostShippingRateDataDeliveryEstimateMinimum as plain data, for request parameters."""

    unit: Required[PostInvoicesBodyShippingCostShippingRateDataDeliveryEstimateMinimumUnit]
    value: Required[int]


# Imported last: models refer to each other in cycles, and are only needed at call time.
