from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.post_invoices_body_shipping_cost_shipping_rate_data_delivery_estimate_maximum import (
        PostInvoicesBodyShippingCostShippingRateDataDeliveryEstimateMaximum,
        PostInvoicesBodyShippingCostShippingRateDataDeliveryEstimateMaximumParams,
    )
    from ..models.post_invoices_body_shipping_cost_shipping_rate_data_delivery_estimate_minimum import (
        PostInvoicesBodyShippingCostShippingRateDataDeliveryEstimateMinimum,
        PostInvoicesBodyShippingCostShippingRateDataDeliveryEstimateMinimumParams,
    )


@_attrs_define
class PostInvoicesBodyShippingCostShippingRateDataDeliveryEstimate:
    """PostInvoicesBodyShippingCostShippingRateDataDeliveryEstimate

    Parsing is tolerant: a field missing from the data, or of another type than described,
    reads as `UNSET`, and anything not modelled is kept in `additional_properties`, so
    `from_dict(data).to_dict() == data`.
    """

    maximum: PostInvoicesBodyShippingCostShippingRateDataDeliveryEstimateMaximum | Unset = UNSET
    minimum: PostInvoicesBodyShippingCostShippingRateDataDeliveryEstimateMinimum | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = dict(self.additional_properties)
        v_maximum = self.maximum
        if not isinstance(v_maximum, Unset):
            data["maximum"] = v_maximum.to_dict()
        v_minimum = self.minimum
        if not isinstance(v_minimum, Unset):
            data["minimum"] = v_minimum.to_dict()
        return data

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> PostInvoicesBodyShippingCostShippingRateDataDeliveryEstimate:
        d = dict(src_dict)
        v_maximum = d.pop("maximum", UNSET)
        if v_maximum is not UNSET:
            if type(v_maximum) is dict:
                v_maximum = (
                    PostInvoicesBodyShippingCostShippingRateDataDeliveryEstimateMaximum.from_dict(
                        v_maximum
                    )
                )
            else:
                d["maximum"] = v_maximum
                v_maximum = UNSET
        v_minimum = d.pop("minimum", UNSET)
        if v_minimum is not UNSET:
            if type(v_minimum) is dict:
                v_minimum = (
                    PostInvoicesBodyShippingCostShippingRateDataDeliveryEstimateMinimum.from_dict(
                        v_minimum
                    )
                )
            else:
                d["minimum"] = v_minimum
                v_minimum = UNSET
        obj = cls(
            maximum=v_maximum,
            minimum=v_minimum,
        )
        obj.additional_properties = d
        return obj

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


class PostInvoicesBodyShippingCostShippingRateDataDeliveryEstimateParams(TypedDict, total=False):
    """PostInvoicesBodyShippingCostShippingRateDataDeliveryEstimate as plain data, for request parameters."""

    maximum: (
        PostInvoicesBodyShippingCostShippingRateDataDeliveryEstimateMaximumParams
        | PostInvoicesBodyShippingCostShippingRateDataDeliveryEstimateMaximum
    )
    minimum: (
        PostInvoicesBodyShippingCostShippingRateDataDeliveryEstimateMinimumParams
        | PostInvoicesBodyShippingCostShippingRateDataDeliveryEstimateMinimum
    )


# Imported last: models refer to each other in cycles, and are only needed at call time.
from ..models.post_invoices_body_shipping_cost_shipping_rate_data_delivery_estimate_maximum import (
    PostInvoicesBodyShippingCostShippingRateDataDeliveryEstimateMaximum,  # noqa: E402
)
from ..models.post_invoices_body_shipping_cost_shipping_rate_data_delivery_estimate_minimum import (
    PostInvoicesBodyShippingCostShippingRateDataDeliveryEstimateMinimum,  # noqa: E402
)
