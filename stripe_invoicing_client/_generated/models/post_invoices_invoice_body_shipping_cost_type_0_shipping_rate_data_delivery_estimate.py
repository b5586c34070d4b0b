from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.post_invoices_invoice_body_shipping_cost_type_0_shipping_rate_data_delivery_estimate_maximum import (
        PostInvoicesInvoiceBodyShippingCostType0ShippingRateDataDeliveryEstimateMaximum,
        PostInvoicesInvoiceBodyShippingCostType0ShippingRateDataDeliveryEstimateMaximumParams,
    )
    from ..models.post_invoices_invoice_body_shipping_cost_type_0_shipping_rate_data_delivery_estimate_minimum import (
        PostInvoicesInvoiceBodyShippingCostType0ShippingRateDataDeliveryEstimateMinimum,
        PostInvoicesInvoiceBodyShippingCostType0ShippingRateDataDeliveryEstimateMinimumParams,
    )


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PostInvoicesInvoiceBodyShippingCostType0ShippingRateDataDeliveryEstimate(Model):
    """PostInvoicesInvoiceBodyShippingCostType0ShippingRateDataDeliveryEstimate

    Parsing is tolerant: anything not modelled, and any value of another type than its field
    declares, is kept in `additional_properties`, so `from_dict(data).to_dict() == data`.
    Reading a field that the data lacks, or held with another type, raises
    `FieldNotAvailableError` (an AttributeError); optional fields read as `UNSET` when absent.
    """

    maximum: (
        PostInvoicesInvoiceBodyShippingCostType0ShippingRateDataDeliveryEstimateMaximum | Unset
    ) = UNSET
    minimum: (
        PostInvoicesInvoiceBodyShippingCostType0ShippingRateDataDeliveryEstimateMinimum | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        (
            "maximum",
            "maximum",
            "PostInvoicesInvoiceBodyShippingCostType0ShippingRateDataDeliveryEstimateMaximum",
        ),
        (
            "minimum",
            "minimum",
            "PostInvoicesInvoiceBodyShippingCostType0ShippingRateDataDeliveryEstimateMinimum",
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
    ) -> PostInvoicesInvoiceBodyShippingCostType0ShippingRateDataDeliveryEstimate:
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
            fill.maximum = PostInvoicesInvoiceBodyShippingCostType0ShippingRateDataDeliveryEstimateMaximum.from_dict(
                v_maximum
            )
        else:
            d["maximum"] = v_maximum
        v_minimum = d.pop("minimum", UNSET)
        if v_minimum is UNSET:
            fill.minimum = UNSET
        elif type(v_minimum) is dict:
            fill.minimum = PostInvoicesInvoiceBodyShippingCostType0ShippingRateDataDeliveryEstimateMinimum.from_dict(
                v_minimum
            )
        else:
            d["minimum"] = v_minimum
        fill.additional_properties = d
        return obj


class PostInvoicesInvoiceBodyShippingCostType0ShippingRateDataDeliveryEstimateParams(
    TypedDict, total=False
):
    """PostInvoicesInvoiceBodyShippingCostType0ShippingRateDataDeliveryEstimate as plain data, for request parameters."""

    maximum: (
        PostInvoicesInvoiceBodyShippingCostType0ShippingRateDataDeliveryEstimateMaximumParams
        | PostInvoicesInvoiceBodyShippingCostType0ShippingRateDataDeliveryEstimateMaximum
    )
    minimum: (
        PostInvoicesInvoiceBodyShippingCostType0ShippingRateDataDeliveryEstimateMinimumParams
        | PostInvoicesInvoiceBodyShippingCostType0ShippingRateDataDeliveryEstimateMinimum
    )


# Imported last: models refer to each other in cycles, and are only needed at call time.
from ..models.post_invoices_invoice_body_shipping_cost_type_0_shipping_rate_data_delivery_estimate_maximum import (
    PostInvoicesInvoiceBodyShippingCostType0ShippingRateDataDeliveryEstimateMaximum,  # noqa: E402
)
from ..models.post_invoices_invoice_body_shipping_cost_type_0_shipping_rate_data_delivery_estimate_minimum import (
    PostInvoicesInvoiceBodyShippingCostType0ShippingRateDataDeliveryEstimateMinimum,  # noqa: E402
)
