from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
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


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PostInvoicesBodyShippingCostShippingRateDataDeliveryEstimate(Model):
    """PostInvoicesBodyShippingCostShippingRateDataDeliveryEstimate

    Parsing is tolerant: anything not modelled, and any value of another type than its field
    declares, is kept in `additional_properties`, so `from_dict(data).to_dict() == data`.
    Reading a field that the data lacks, or held with another type, raises
    `FieldNotAvailableError` (an AttributeError); optional fields read as `UNSET` when absent.
    """

    maximum: PostInvoicesBodyShippingCostShippingRateDataDeliveryEstimateMaximum | Unset = UNSET
    minimum: PostInvoicesBodyShippingCostShippingRateDataDeliveryEstimateMinimum | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        (
            "maximum",
            "maximum",
            "PostInvoicesBodyShippingCostShippingRateDataDeliveryEstimateMaximum",
        ),
        (
            "minimum",
            "minimum",
            "PostInvoicesBodyShippingCostShippingRateDataDeliveryEstimateMinimum",
        ),
    )

    def to_dict(self) -> dict[str, Any]:
        # An unfilled field raises AttributeError; what was received for it, if anything, is
        # already in additional_properties.
        data: dict[str, Any] = dict(self.additional_properties)
        try:
            v_maximum = self.maximum
        except AttributeError:
            pass
        else:
            if not isinstance(v_maximum, Unset):
                data["maximum"] = v_maximum.to_dict()
        try:
            v_minimum = self.minimum
        except AttributeError:
            pass
        else:
            if not isinstance(v_minimum, Unset):
                data["minimum"] = v_minimum.to_dict()
        return data

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> PostInvoicesBodyShippingCostShippingRateDataDeliveryEstimate:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal; the checks below are what makes each stored value fit its field.
        # A value that does not fit stays in `d` (the additional properties), its field unfilled.
        fill: Any = obj
        v_maximum = d.pop("maximum", UNSET)
        if v_maximum is UNSET:
            fill.maximum = UNSET
        elif type(v_maximum) is dict:
            fill.maximum = (
                PostInvoicesBodyShippingCostShippingRateDataDeliveryEstimateMaximum.from_dict(
                    v_maximum
                )
            )
        else:
            d["maximum"] = v_maximum
        v_minimum = d.pop("minimum", UNSET)
        if v_minimum is UNSET:
            fill.minimum = UNSET
        elif type(v_minimum) is dict:
            fill.minimum = (
                PostInvoicesBodyShippingCostShippingRateDataDeliveryEstimateMinimum.from_dict(
                    v_minimum
                )
            )
        else:
            d["minimum"] = v_minimum
        fill.additional_properties = d
        return obj


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
