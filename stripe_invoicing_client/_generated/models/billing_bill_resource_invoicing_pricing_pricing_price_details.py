from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from typing_extensions import Required

    from ..models.stripe_object import StripeObject


@_attrs_define
class BillingBillResourceInvoicingPricingPricingPriceDetails:
    """Embedded object found at `line_item.pricing.price_details`.

    Parsing is tolerant: a field missing from the data, or of another type than described,
    reads as `UNSET`, and anything not modelled is kept in `additional_properties`, so
    `from_dict(data).to_dict() == data`.
    """

    price: str | StripeObject
    product: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = dict(self.additional_properties)
        v_price = self.price
        if not isinstance(v_price, Unset):
            data["price"] = v_price
        v_product = self.product
        if not isinstance(v_product, Unset):
            data["product"] = v_product
        return data

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> BillingBillResourceInvoicingPricingPricingPriceDetails:
        d = dict(src_dict)
        v_price = d.pop("price", UNSET)
        if v_price is not UNSET and not ((type(v_price) is str) or (type(v_price) is dict)):
            d["price"] = v_price
            v_price = UNSET
        v_product = d.pop("product", UNSET)
        if v_product is not UNSET and not (type(v_product) is str):
            d["product"] = v_product
            v_product = UNSET
        obj = cls(
            price=v_price,
            product=v_product,
        )
        obj.additional_properties = d
        return obj

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


class BillingBillResourceInvoicingPricingPricingPriceDetailsParams(TypedDict, total=False):
    """BillingBillResourceInvoicingPricingPricingPriceDetails as plain data, for request parameters."""

    price: Required[str | Mapping[str, Any]]
    product: Required[str]


# Imported last: models refer to each other in cycles, and are only needed at call time.
from ..models.stripe_object import StripeObject  # noqa: E402
