from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.post_invoices_invoice_update_lines_body_lines_item_price_data_product_data_tax_details_tax_code_type_1 import (
    PostInvoicesInvoiceUpdateLinesBodyLinesItemPriceDataProductDataTaxDetailsTaxCodeType1,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    pass


@_attrs_define
class PostInvoicesInvoiceUpdateLinesBodyLinesItemPriceDataProductDataTaxDetails:
    """PostInvoicesInvoiceUpdateLinesBodyLinesItemPriceDataProductDataTaxDetails

    Parsing is tolerant: a field missing from the data, or of another type than described,
    reads as `UNSET`, and anything not modelled is kept in `additional_properties`, so
    `from_dict(data).to_dict() == data`.
    """

    performance_location: str | Unset = UNSET
    tax_code: (
        PostInvoicesInvoiceUpdateLinesBodyLinesItemPriceDataProductDataTaxDetailsTaxCodeType1
        | str
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = dict(self.additional_properties)
        v_performance_location = self.performance_location
        if not isinstance(v_performance_location, Unset):
            data["performance_location"] = v_performance_location
        v_tax_code = self.tax_code
        if not isinstance(v_tax_code, Unset):
            data["tax_code"] = v_tax_code
        return data

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> PostInvoicesInvoiceUpdateLinesBodyLinesItemPriceDataProductDataTaxDetails:
        d = dict(src_dict)
        v_performance_location = d.pop("performance_location", UNSET)
        if v_performance_location is not UNSET and not (type(v_performance_location) is str):
            d["performance_location"] = v_performance_location
            v_performance_location = UNSET
        v_tax_code = d.pop("tax_code", UNSET)
        if v_tax_code is not UNSET and not ((type(v_tax_code) is str) or (v_tax_code == "")):
            d["tax_code"] = v_tax_code
            v_tax_code = UNSET
        obj = cls(
            performance_location=v_performance_location,
            tax_code=v_tax_code,
        )
        obj.additional_properties = d
        return obj

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


class PostInvoicesInvoiceUpdateLinesBodyLinesItemPriceDataProductDataTaxDetailsParams(
    TypedDict, total=False
):
    """PostInvoicesInvoiceUpdateLinesBodyLinesItemPriceDataProductDataTaxDetails as plain data, for request parameters."""

    performance_location: str
    tax_code: (
        str | PostInvoicesInvoiceUpdateLinesBodyLinesItemPriceDataProductDataTaxDetailsTaxCodeType1
    )


# Imported last: models refer to each other in cycles, and are only needed at call time.
