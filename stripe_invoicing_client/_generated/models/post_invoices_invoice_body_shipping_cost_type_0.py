from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.post_invoices_invoice_body_shipping_cost_type_0_shipping_rate_data import (
        PostInvoicesInvoiceBodyShippingCostType0ShippingRateData,
        PostInvoicesInvoiceBodyShippingCostType0ShippingRateDataParams,
    )


@_attrs_define
class PostInvoicesInvoiceBodyShippingCostType0:
    """PostInvoicesInvoiceBodyShippingCostType0

    Parsing is tolerant: a field missing from the data, or of another type than described,
    reads as `UNSET`, and anything not modelled is kept in `additional_properties`, so
    `from_dict(data).to_dict() == data`.
    """

    shipping_rate: str | Unset = UNSET
    shipping_rate_data: PostInvoicesInvoiceBodyShippingCostType0ShippingRateData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = dict(self.additional_properties)
        v_shipping_rate = self.shipping_rate
        if not isinstance(v_shipping_rate, Unset):
            data["shipping_rate"] = v_shipping_rate
        v_shipping_rate_data = self.shipping_rate_data
        if not isinstance(v_shipping_rate_data, Unset):
            data["shipping_rate_data"] = v_shipping_rate_data.to_dict()
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PostInvoicesInvoiceBodyShippingCostType0:
        d = dict(src_dict)
        v_shipping_rate = d.pop("shipping_rate", UNSET)
        if v_shipping_rate is not UNSET and not (type(v_shipping_rate) is str):
            d["shipping_rate"] = v_shipping_rate
            v_shipping_rate = UNSET
        v_shipping_rate_data = d.pop("shipping_rate_data", UNSET)
        if v_shipping_rate_data is not UNSET:
            if type(v_shipping_rate_data) is dict:
                v_shipping_rate_data = (
                    PostInvoicesInvoiceBodyShippingCostType0ShippingRateData.from_dict(
                        v_shipping_rate_data
                    )
                )
            else:
                d["shipping_rate_data"] = v_shipping_rate_data
                v_shipping_rate_data = UNSET
        obj = cls(
            shipping_rate=v_shipping_rate,
            shipping_rate_data=v_shipping_rate_data,
        )
        obj.additional_properties = d
        return obj

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


class PostInvoicesInvoiceBodyShippingCostType0Params(TypedDict, total=False):
    """PostInvoicesInvoiceBodyShippingCostType0 as plain data, for request parameters."""

    shipping_rate: str
    shipping_rate_data: (
        PostInvoicesInvoiceBodyShippingCostType0ShippingRateDataParams
        | PostInvoicesInvoiceBodyShippingCostType0ShippingRateData
    )


# Imported last: models refer to each other in cycles, and are only needed at call time.
from ..models.post_invoices_invoice_body_shipping_cost_type_0_shipping_rate_data import (
    PostInvoicesInvoiceBodyShippingCostType0ShippingRateData,  # noqa: E402
)
