from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.post_invoices_invoice_body_shipping_cost_type_0_shipping_rate_data_tax_behavior import (
    PostInvoicesInvoiceBodyShippingCostType0ShippingRateDataTaxBehavior,
)
from ..models.post_invoices_invoice_body_shipping_cost_type_0_shipping_rate_data_type import (
    PostInvoicesInvoiceBodyShippingCostType0ShippingRateDataType,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from typing_extensions import Required

    from ..models.post_invoices_invoice_body_shipping_cost_type_0_shipping_rate_data_delivery_estimate import (
        PostInvoicesInvoiceBodyShippingCostType0ShippingRateDataDeliveryEstimate,
        PostInvoicesInvoiceBodyShippingCostType0ShippingRateDataDeliveryEstimateParams,
    )
    from ..models.post_invoices_invoice_body_shipping_cost_type_0_shipping_rate_data_fixed_amount import (
        PostInvoicesInvoiceBodyShippingCostType0ShippingRateDataFixedAmount,
        PostInvoicesInvoiceBodyShippingCostType0ShippingRateDataFixedAmountParams,
    )
    from ..models.post_invoices_invoice_body_shipping_cost_type_0_shipping_rate_data_metadata import (
        PostInvoicesInvoiceBodyShippingCostType0ShippingRateDataMetadata,
    )


@_attrs_define
class PostInvoicesInvoiceBodyShippingCostType0ShippingRateData:
    """PostInvoicesInvoiceBodyShippingCostType0ShippingRateData

    Parsing is tolerant: a field missing from the data, or of another type than described,
    reads as `UNSET`, and anything not modelled is kept in `additional_properties`, so
    `from_dict(data).to_dict() == data`.
    """

    display_name: str
    delivery_estimate: (
        PostInvoicesInvoiceBodyShippingCostType0ShippingRateDataDeliveryEstimate | Unset
    ) = UNSET
    fixed_amount: PostInvoicesInvoiceBodyShippingCostType0ShippingRateDataFixedAmount | Unset = (
        UNSET
    )
    metadata: PostInvoicesInvoiceBodyShippingCostType0ShippingRateDataMetadata | Unset = UNSET
    tax_behavior: PostInvoicesInvoiceBodyShippingCostType0ShippingRateDataTaxBehavior | Unset = (
        UNSET
    )
    tax_code: str | Unset = UNSET
    type_: PostInvoicesInvoiceBodyShippingCostType0ShippingRateDataType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = dict(self.additional_properties)
        v_display_name = self.display_name
        if not isinstance(v_display_name, Unset):
            data["display_name"] = v_display_name
        v_delivery_estimate = self.delivery_estimate
        if not isinstance(v_delivery_estimate, Unset):
            data["delivery_estimate"] = v_delivery_estimate.to_dict()
        v_fixed_amount = self.fixed_amount
        if not isinstance(v_fixed_amount, Unset):
            data["fixed_amount"] = v_fixed_amount.to_dict()
        v_metadata = self.metadata
        if not isinstance(v_metadata, Unset):
            data["metadata"] = v_metadata
        v_tax_behavior = self.tax_behavior
        if not isinstance(v_tax_behavior, Unset):
            data["tax_behavior"] = v_tax_behavior
        v_tax_code = self.tax_code
        if not isinstance(v_tax_code, Unset):
            data["tax_code"] = v_tax_code
        v_type_ = self.type_
        if not isinstance(v_type_, Unset):
            data["type"] = v_type_
        return data

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> PostInvoicesInvoiceBodyShippingCostType0ShippingRateData:
        d = dict(src_dict)
        v_display_name = d.pop("display_name", UNSET)
        if v_display_name is not UNSET and not (type(v_display_name) is str):
            d["display_name"] = v_display_name
            v_display_name = UNSET
        v_delivery_estimate = d.pop("delivery_estimate", UNSET)
        if v_delivery_estimate is not UNSET:
            if type(v_delivery_estimate) is dict:
                v_delivery_estimate = PostInvoicesInvoiceBodyShippingCostType0ShippingRateDataDeliveryEstimate.from_dict(
                    v_delivery_estimate
                )
            else:
                d["delivery_estimate"] = v_delivery_estimate
                v_delivery_estimate = UNSET
        v_fixed_amount = d.pop("fixed_amount", UNSET)
        if v_fixed_amount is not UNSET:
            if type(v_fixed_amount) is dict:
                v_fixed_amount = (
                    PostInvoicesInvoiceBodyShippingCostType0ShippingRateDataFixedAmount.from_dict(
                        v_fixed_amount
                    )
                )
            else:
                d["fixed_amount"] = v_fixed_amount
                v_fixed_amount = UNSET
        v_metadata = d.pop("metadata", UNSET)
        if v_metadata is not UNSET and not (
            type(v_metadata) is dict and all(type(item0) is str for item0 in v_metadata.values())
        ):
            d["metadata"] = v_metadata
            v_metadata = UNSET
        v_tax_behavior = d.pop("tax_behavior", UNSET)
        if v_tax_behavior is not UNSET and not (type(v_tax_behavior) is str):
            d["tax_behavior"] = v_tax_behavior
            v_tax_behavior = UNSET
        v_tax_code = d.pop("tax_code", UNSET)
        if v_tax_code is not UNSET and not (type(v_tax_code) is str):
            d["tax_code"] = v_tax_code
            v_tax_code = UNSET
        v_type_ = d.pop("type", UNSET)
        if v_type_ is not UNSET and not (type(v_type_) is str):
            d["type"] = v_type_
            v_type_ = UNSET
        obj = cls(
            display_name=v_display_name,
            delivery_estimate=v_delivery_estimate,
            fixed_amount=v_fixed_amount,
            metadata=v_metadata,
            tax_behavior=v_tax_behavior,
            tax_code=v_tax_code,
            type_=v_type_,
        )
        obj.additional_properties = d
        return obj

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


class PostInvoicesInvoiceBodyShippingCostType0ShippingRateDataParams(TypedDict, total=False):
    """PostInvoicesInvoiceBodyShippingCostType0ShippingRateData as plain data, for request parameters."""

    display_name: Required[str]
    delivery_estimate: (
        PostInvoicesInvoiceBodyShippingCostType0ShippingRateDataDeliveryEstimateParams
        | PostInvoicesInvoiceBodyShippingCostType0ShippingRateDataDeliveryEstimate
    )
    fixed_amount: (
        PostInvoicesInvoiceBodyShippingCostType0ShippingRateDataFixedAmountParams
        | PostInvoicesInvoiceBodyShippingCostType0ShippingRateDataFixedAmount
    )
    metadata: Mapping[str, str]
    tax_behavior: PostInvoicesInvoiceBodyShippingCostType0ShippingRateDataTaxBehavior
    tax_code: str
    type: PostInvoicesInvoiceBodyShippingCostType0ShippingRateDataType


# Imported last: models refer to each other in cycles, and are only needed at call time.
from ..models.post_invoices_invoice_body_shipping_cost_type_0_shipping_rate_data_delivery_estimate import (
    PostInvoicesInvoiceBodyShippingCostType0ShippingRateDataDeliveryEstimate,  # noqa: E402
)
from ..models.post_invoices_invoice_body_shipping_cost_type_0_shipping_rate_data_fixed_amount import (
    PostInvoicesInvoiceBodyShippingCostType0ShippingRateDataFixedAmount,  # noqa: E402
)
from ..models.post_invoices_invoice_body_shipping_cost_type_0_shipping_rate_data_metadata import (
    PostInvoicesInvoiceBodyShippingCostType0ShippingRateDataMetadata,  # noqa: E402
)
