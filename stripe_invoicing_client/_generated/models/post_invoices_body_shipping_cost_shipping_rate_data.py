from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..models.post_invoices_body_shipping_cost_shipping_rate_data_tax_behavior import (
    PostInvoicesBodyShippingCostShippingRateDataTaxBehavior,
)
from ..models.post_invoices_body_shipping_cost_shipping_rate_data_type import (
    PostInvoicesBodyShippingCostShippingRateDataType,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from typing_extensions import Required

    from ..models.post_invoices_body_shipping_cost_shipping_rate_data_delivery_estimate import (
        PostInvoicesBodyShippingCostShippingRateDataDeliveryEstimate,
        PostInvoicesBodyShippingCostShippingRateDataDeliveryEstimateParams,
    )
    from ..models.post_invoices_body_shipping_cost_shipping_rate_data_fixed_amount import (
        PostInvoicesBodyShippingCostShippingRateDataFixedAmount,
        PostInvoicesBodyShippingCostShippingRateDataFixedAmountParams,
    )
    from ..models.post_invoices_body_shipping_cost_shipping_rate_data_metadata import (
        PostInvoicesBodyShippingCostShippingRateDataMetadata,
    )


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PostInvoicesBodyShippingCostShippingRateData(Model):
    """PostInvoicesBodyShippingCostShippingRateData

    Parsing is tolerant: anything not modelled, and any value of another type than its field
    declares, is kept in `additional_properties`, so `from_dict(data).to_dict() == data`.
    Reading a field that the data lacks, or held with another type, raises
    `FieldNotAvailableError` (an AttributeError); optional fields read as `UNSET` when absent.
    """

    display_name: str
    delivery_estimate: PostInvoicesBodyShippingCostShippingRateDataDeliveryEstimate | Unset = UNSET
    fixed_amount: PostInvoicesBodyShippingCostShippingRateDataFixedAmount | Unset = UNSET
    metadata: PostInvoicesBodyShippingCostShippingRateDataMetadata | Unset = UNSET
    tax_behavior: PostInvoicesBodyShippingCostShippingRateDataTaxBehavior | Unset = UNSET
    tax_code: str | Unset = UNSET
    type_: PostInvoicesBodyShippingCostShippingRateDataType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("display_name", "display_name", "str"),
        (
            "delivery_estimate",
            "delivery_estimate",
            "PostInvoicesBodyShippingCostShippingRateDataDeliveryEstimate",
        ),
        ("fixed_amount", "fixed_amount", "PostInvoicesBodyShippingCostShippingRateDataFixedAmount"),
        ("metadata", "metadata", "PostInvoicesBodyShippingCostShippingRateDataMetadata"),
        ("tax_behavior", "tax_behavior", "PostInvoicesBodyShippingCostShippingRateDataTaxBehavior"),
        ("tax_code", "tax_code", "str"),
        ("type_", "type", "PostInvoicesBodyShippingCostShippingRateDataType"),
    )

    def to_dict(self) -> dict[str, Any]:
        # An unfilled field raises AttributeError; what was received for it, if anything, is
        # already in additional_properties.
        data: dict[str, Any] = dict(self.additional_properties)
        try:
            v_display_name = self.display_name
        except AttributeError:
            pass
        else:
            data["display_name"] = v_display_name
        try:
            v_delivery_estimate = self.delivery_estimate
        except AttributeError:
            pass
        else:
            if not isinstance(v_delivery_estimate, Unset):
                data["delivery_estimate"] = v_delivery_estimate.to_dict()
        try:
            v_fixed_amount = self.fixed_amount
        except AttributeError:
            pass
        else:
            if not isinstance(v_fixed_amount, Unset):
                data["fixed_amount"] = v_fixed_amount.to_dict()
        try:
            v_metadata = self.metadata
        except AttributeError:
            pass
        else:
            if not isinstance(v_metadata, Unset):
                data["metadata"] = v_metadata
        try:
            v_tax_behavior = self.tax_behavior
        except AttributeError:
            pass
        else:
            if not isinstance(v_tax_behavior, Unset):
                data["tax_behavior"] = v_tax_behavior
        try:
            v_tax_code = self.tax_code
        except AttributeError:
            pass
        else:
            if not isinstance(v_tax_code, Unset):
                data["tax_code"] = v_tax_code
        try:
            v_type_ = self.type_
        except AttributeError:
            pass
        else:
            if not isinstance(v_type_, Unset):
                data["type"] = v_type_
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PostInvoicesBodyShippingCostShippingRateData:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal; the checks below are what makes each stored value fit its field.
        # A value that does not fit stays in `d` (the additional properties), its field unfilled.
        fill: Any = obj
        v_display_name = d.pop("display_name", UNSET)
        if v_display_name is not UNSET:
            if type(v_display_name) is str:
                fill.display_name = v_display_name
            else:
                d["display_name"] = v_display_name
        v_delivery_estimate = d.pop("delivery_estimate", UNSET)
        if v_delivery_estimate is UNSET:
            fill.delivery_estimate = UNSET
        elif type(v_delivery_estimate) is dict:
            fill.delivery_estimate = (
                PostInvoicesBodyShippingCostShippingRateDataDeliveryEstimate.from_dict(
                    v_delivery_estimate
                )
            )
        else:
            d["delivery_estimate"] = v_delivery_estimate
        v_fixed_amount = d.pop("fixed_amount", UNSET)
        if v_fixed_amount is UNSET:
            fill.fixed_amount = UNSET
        elif type(v_fixed_amount) is dict:
            fill.fixed_amount = PostInvoicesBodyShippingCostShippingRateDataFixedAmount.from_dict(
                v_fixed_amount
            )
        else:
            d["fixed_amount"] = v_fixed_amount
        v_metadata = d.pop("metadata", UNSET)
        if v_metadata is UNSET:
            fill.metadata = UNSET
        elif type(v_metadata) is dict and all(type(item0) is str for item0 in v_metadata.values()):
            fill.metadata = v_metadata
        else:
            d["metadata"] = v_metadata
        v_tax_behavior = d.pop("tax_behavior", UNSET)
        if v_tax_behavior is UNSET:
            fill.tax_behavior = UNSET
        elif type(v_tax_behavior) is str:
            fill.tax_behavior = v_tax_behavior
        else:
            d["tax_behavior"] = v_tax_behavior
        v_tax_code = d.pop("tax_code", UNSET)
        if v_tax_code is UNSET:
            fill.tax_code = UNSET
        elif type(v_tax_code) is str:
            fill.tax_code = v_tax_code
        else:
            d["tax_code"] = v_tax_code
        v_type_ = d.pop("type", UNSET)
        if v_type_ is UNSET:
            fill.type_ = UNSET
        elif type(v_type_) is str:
            fill.type_ = v_type_
        else:
            d["type"] = v_type_
        fill.additional_properties = d
        return obj


class PostInvoicesBodyShippingCostShippingRateDataParams(TypedDict, total=False):
    """PostInvoicesBodyShippingCostShippingRateData as plain data, for request parameters."""

    display_name: Required[str]
    delivery_estimate: (
        PostInvoicesBodyShippingCostShippingRateDataDeliveryEstimateParams
        | PostInvoicesBodyShippingCostShippingRateDataDeliveryEstimate
    )
    fixed_amount: (
        PostInvoicesBodyShippingCostShippingRateDataFixedAmountParams
        | PostInvoicesBodyShippingCostShippingRateDataFixedAmount
    )
    metadata: Mapping[str, str]
    tax_behavior: PostInvoicesBodyShippingCostShippingRateDataTaxBehavior
    tax_code: str
    type: PostInvoicesBodyShippingCostShippingRateDataType


# Imported last: models refer to each other in cycles, and are only needed at call time.
from ..models.post_invoices_body_shipping_cost_shipping_rate_data_delivery_estimate import (
    PostInvoicesBodyShippingCostShippingRateDataDeliveryEstimate,  # noqa: E402
)
from ..models.post_invoices_body_shipping_cost_shipping_rate_data_fixed_amount import (
    PostInvoicesBodyShippingCostShippingRateDataFixedAmount,  # noqa: E402
)
from ..models.post_invoices_body_shipping_cost_shipping_rate_data_metadata import (
    PostInvoicesBodyShippingCostShippingRateDataMetadata,  # noqa: E402
)
