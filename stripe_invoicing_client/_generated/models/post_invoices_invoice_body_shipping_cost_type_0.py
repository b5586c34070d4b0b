from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.post_invoices_invoice_body_shipping_cost_type_0_shipping_rate_data import (
        PostInvoicesInvoiceBodyShippingCostType0ShippingRateData,
        PostInvoicesInvoiceBodyShippingCostType0ShippingRateDataParams,
    )


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PostInvoicesInvoiceBodyShippingCostType0(Model):
    """PostInvoicesInvoiceBodyShippingCostType0

    Parsing is tolerant: anything not modelled, and any value of another type than its field
    declares, is kept in `additional_properties`, so `from_dict(data).to_dict() == data`.
    Reading a field that the data lacks, or held with another type, raises
    `FieldNotAvailableError` (an AttributeError); optional fields read as `UNSET` when absent.
    """

    shipping_rate: str | Unset = UNSET
    shipping_rate_data: PostInvoicesInvoiceBodyShippingCostType0ShippingRateData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("shipping_rate", "shipping_rate", "str"),
        (
            "shipping_rate_data",
            "shipping_rate_data",
            "PostInvoicesInvoiceBodyShippingCostType0ShippingRateData",
        ),
    )

    def to_dict(self) -> dict[str, Any]:
        # An unfilled field raises AttributeError; what was received for it, if anything, is
        # already in additional_properties.
        data: dict[str, Any] = dict(self.additional_properties)
        try:
            v_shipping_rate = self.shipping_rate
        except AttributeError:
            pass
        else:
            if not isinstance(v_shipping_rate, Unset):
                data["shipping_rate"] = v_shipping_rate
        try:
            v_shipping_rate_data = self.shipping_rate_data
        except AttributeError:
            pass
        else:
            if not isinstance(v_shipping_rate_data, Unset):
                data["shipping_rate_data"] = v_shipping_rate_data.to_dict()
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PostInvoicesInvoiceBodyShippingCostType0:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal; the checks below are what makes each stored value fit its field.
        # A value that does not fit stays in `d` (the additional properties), its field unfilled.
        fill: Any = obj
        v_shipping_rate = d.pop("shipping_rate", UNSET)
        if v_shipping_rate is UNSET:
            fill.shipping_rate = UNSET
        elif type(v_shipping_rate) is str:
            fill.shipping_rate = v_shipping_rate
        else:
            d["shipping_rate"] = v_shipping_rate
        v_shipping_rate_data = d.pop("shipping_rate_data", UNSET)
        if v_shipping_rate_data is UNSET:
            fill.shipping_rate_data = UNSET
        elif type(v_shipping_rate_data) is dict:
            fill.shipping_rate_data = (
                PostInvoicesInvoiceBodyShippingCostType0ShippingRateData.from_dict(
                    v_shipping_rate_data
                )
            )
        else:
            d["shipping_rate_data"] = v_shipping_rate_data
        fill.additional_properties = d
        return obj


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
