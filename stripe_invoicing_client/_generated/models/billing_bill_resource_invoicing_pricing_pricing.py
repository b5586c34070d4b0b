from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.billing_bill_resource_invoicing_pricing_pricing_type import (
    BillingBillResourceInvoicingPricingPricingType,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from typing_extensions import Required

    from ..models.billing_bill_resource_invoicing_pricing_pricing_price_details import (
        BillingBillResourceInvoicingPricingPricingPriceDetails,
        BillingBillResourceInvoicingPricingPricingPriceDetailsParams,
    )


@_attrs_define
class BillingBillResourceInvoicingPricingPricing:
    """Embedded object found at `line_item.pricing`.

    Parsing is tolerant: a field missing from the data, or of another type than described,
    reads as `UNSET`, and anything not modelled is kept in `additional_properties`, so
    `from_dict(data).to_dict() == data`.
    """

    price_details: BillingBillResourceInvoicingPricingPricingPriceDetails | None
    type_: BillingBillResourceInvoicingPricingPricingType
    unit_amount_decimal: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = dict(self.additional_properties)
        v_price_details = self.price_details
        if not isinstance(v_price_details, Unset):
            data["price_details"] = (
                v_price_details.to_dict()
                if isinstance(
                    v_price_details, BillingBillResourceInvoicingPricingPricingPriceDetails
                )
                else v_price_details
            )
        v_type_ = self.type_
        if not isinstance(v_type_, Unset):
            data["type"] = v_type_
        v_unit_amount_decimal = self.unit_amount_decimal
        if not isinstance(v_unit_amount_decimal, Unset):
            data["unit_amount_decimal"] = v_unit_amount_decimal
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> BillingBillResourceInvoicingPricingPricing:
        d = dict(src_dict)
        v_price_details = d.pop("price_details", UNSET)
        if v_price_details is not UNSET:
            if (type(v_price_details) is dict) or (v_price_details is None):
                v_price_details = (
                    BillingBillResourceInvoicingPricingPricingPriceDetails.from_dict(
                        v_price_details
                    )
                    if type(v_price_details) is dict
                    else v_price_details
                )
            else:
                d["price_details"] = v_price_details
                v_price_details = UNSET
        v_type_ = d.pop("type", UNSET)
        if v_type_ is not UNSET and not (type(v_type_) is str):
            d["type"] = v_type_
            v_type_ = UNSET
        v_unit_amount_decimal = d.pop("unit_amount_decimal", UNSET)
        if v_unit_amount_decimal is not UNSET and not (
            (type(v_unit_amount_decimal) is str) or (v_unit_amount_decimal is None)
        ):
            d["unit_amount_decimal"] = v_unit_amount_decimal
            v_unit_amount_decimal = UNSET
        obj = cls(
            price_details=v_price_details,
            type_=v_type_,
            unit_amount_decimal=v_unit_amount_decimal,
        )
        obj.additional_properties = d
        return obj

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


class BillingBillResourceInvoicingPricingPricingParams(TypedDict, total=False):
    """BillingBillResourceInvoicingPricingPricing as plain data, for request parameters."""

    price_details: Required[
        BillingBillResourceInvoicingPricingPricingPriceDetailsParams
        | BillingBillResourceInvoicingPricingPricingPriceDetails
    ]
    type: Required[BillingBillResourceInvoicingPricingPricingType]
    unit_amount_decimal: Required[str]


# Imported last: models refer to each other in cycles, and are only needed at call time.
from ..models.billing_bill_resource_invoicing_pricing_pricing_price_details import (
    BillingBillResourceInvoicingPricingPricingPriceDetails,  # noqa: E402
)
