from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..models.post_invoices_invoice_lines_line_item_id_body_price_data_product_data_tax_details_tax_code_type_1 import (
    PostInvoicesInvoiceLinesLineItemIdBodyPriceDataProductDataTaxDetailsTaxCodeType1,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    pass


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PostInvoicesInvoiceLinesLineItemIdBodyPriceDataProductDataTaxDetails(Model):
    """PostInvoicesInvoiceLinesLineItemIdBodyPriceDataProductDataTaxDetails

    Parsing is tolerant: anything not modelled, and any value of another type than its field
    declares, is kept in `additional_properties`, so `from_dict(data).to_dict() == data`.
    Reading a field that the data lacks, or held with another type, raises
    `FieldNotAvailableError` (an AttributeError); optional fields read as `UNSET` when absent.
    """

    performance_location: str | Unset = UNSET
    tax_code: (
        PostInvoicesInvoiceLinesLineItemIdBodyPriceDataProductDataTaxDetailsTaxCodeType1
        | str
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("performance_location", "performance_location", "str"),
        (
            "tax_code",
            "tax_code",
            "PostInvoicesInvoiceLinesLineItemIdBodyPriceDataProductDataTaxDetailsTaxCodeType1 | str",
        ),
    )

    def to_dict(self) -> dict[str, Any]:
        # An unfilled field raises AttributeError; what was received for it, if anything, is
        # already in additional_properties.
        data: dict[str, Any] = dict(self.additional_properties)
        try:
            v_performance_location = self.performance_location
        except AttributeError:
            pass
        else:
            if not isinstance(v_performance_location, Unset):
                data["performance_location"] = v_performance_location
        try:
            v_tax_code = self.tax_code
        except AttributeError:
            pass
        else:
            if not isinstance(v_tax_code, Unset):
                data["tax_code"] = v_tax_code
        return data

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> PostInvoicesInvoiceLinesLineItemIdBodyPriceDataProductDataTaxDetails:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal; the checks below are what makes each stored value fit its field.
        # A value that does not fit stays in `d` (the additional properties), its field unfilled.
        fill: Any = obj
        v_performance_location = d.pop("performance_location", UNSET)
        if v_performance_location is UNSET:
            fill.performance_location = UNSET
        elif type(v_performance_location) is str:
            fill.performance_location = v_performance_location
        else:
            d["performance_location"] = v_performance_location
        v_tax_code = d.pop("tax_code", UNSET)
        if v_tax_code is UNSET:
            fill.tax_code = UNSET
        elif (type(v_tax_code) is str) or (v_tax_code == ""):
            fill.tax_code = v_tax_code
        else:
            d["tax_code"] = v_tax_code
        fill.additional_properties = d
        return obj


class PostInvoicesInvoiceLinesLineItemIdBodyPriceDataProductDataTaxDetailsParams(
    TypedDict, total=False
):
    """PostInvoicesInvoiceLinesLineItemIdBodyPriceDataProductDataTaxDetails as plain data, for request parameters."""

    performance_location: str
    tax_code: str | PostInvoicesInvoiceLinesLineItemIdBodyPriceDataProductDataTaxDetailsTaxCodeType1


# Imported last: models refer to each other in cycles, and are only needed at call time.
