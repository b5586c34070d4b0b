from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..models.billing_bill_resource_invoicing_pricing_pricing_type import (
    BillingBillResourceInvoicingPricingPricingType,
)
from ..types import UNSET

if TYPE_CHECKING:
    from typing_extensions import Required

    from ..models.billing_bill_resource_invoicing_pricing_pricing_price_details import (
        BillingBillResourceInvoicingPricingPricingPriceDetails,
        BillingBillResourceInvoicingPricingPricingPriceDetailsParams,
    )


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class BillingBillResourceInvoicingPricingPricing(Model):
    """Embedded object found at `line_item.pricing`.

    Parsing is tolerant: anything not modelled, and any value of another type than its field
    declares, is kept in `additional_properties`, so `from_dict(data).to_dict() == data`.
    Reading a field that the data lacks, or held with another type, raises
    `FieldNotAvailableError` (an AttributeError); optional fields read as `UNSET` when absent.
    """

    price_details: BillingBillResourceInvoicingPricingPricingPriceDetails | None
    type_: BillingBillResourceInvoicingPricingPricingType
    unit_amount_decimal: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        (
            "price_details",
            "price_details",
            "BillingBillResourceInvoicingPricingPricingPriceDetails | None",
        ),
        ("type_", "type", "BillingBillResourceInvoicingPricingPricingType"),
        ("unit_amount_decimal", "unit_amount_decimal", "str | None"),
    )

    def to_dict(self) -> dict[str, Any]:
        # An unfilled field raises AttributeError; what was received for it, if anything, is
        # already in additional_properties.
        data: dict[str, Any] = dict(self.additional_properties)
        try:
            v_price_details = self.price_details
        except AttributeError:
            pass
        else:
            data["price_details"] = (
                v_price_details.to_dict()
                if isinstance(
                    v_price_details, BillingBillResourceInvoicingPricingPricingPriceDetails
                )
                else v_price_details
            )
        try:
            v_type_ = self.type_
        except AttributeError:
            pass
        else:
            data["type"] = v_type_
        try:
            v_unit_amount_decimal = self.unit_amount_decimal
        except AttributeError:
            pass
        else:
            data["unit_amount_decimal"] = v_unit_amount_decimal
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> BillingBillResourceInvoicingPricingPricing:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal; the checks below are what makes each stored value fit its field.
        # A value that does not fit stays in `d` (the additional properties), its field unfilled.
        fill: Any = obj
        v_price_details = d.pop("price_details", UNSET)
        if v_price_details is not UNSET:
            if (type(v_price_details) is dict) or (v_price_details is None):
                fill.price_details = (
                    BillingBillResourceInvoicingPricingPricingPriceDetails.from_dict(
                        v_price_details
                    )
                    if type(v_price_details) is dict
                    else v_price_details
                )
            else:
                d["price_details"] = v_price_details
        v_type_ = d.pop("type", UNSET)
        if v_type_ is not UNSET:
            if type(v_type_) is str:
                fill.type_ = v_type_
            else:
                d["type"] = v_type_
        v_unit_amount_decimal = d.pop("unit_amount_decimal", UNSET)
        if v_unit_amount_decimal is not UNSET:
            if (type(v_unit_amount_decimal) is str) or (v_unit_amount_decimal is None):
                fill.unit_amount_decimal = v_unit_amount_decimal
            else:
                d["unit_amount_decimal"] = v_unit_amount_decimal
        fill.additional_properties = d
        return obj


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
