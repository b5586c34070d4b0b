from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.post_invoices_invoice_update_lines_body_lines_item_tax_amounts_type_0_item_tax_rate_data_jurisdiction_level import (
    PostInvoicesInvoiceUpdateLinesBodyLinesItemTaxAmountsType0ItemTaxRateDataJurisdictionLevel,
)
from ..models.post_invoices_invoice_update_lines_body_lines_item_tax_amounts_type_0_item_tax_rate_data_tax_type import (
    PostInvoicesInvoiceUpdateLinesBodyLinesItemTaxAmountsType0ItemTaxRateDataTaxType,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from typing_extensions import Required


@_attrs_define
class PostInvoicesInvoiceUpdateLinesBodyLinesItemTaxAmountsType0ItemTaxRateData:
    """PostInvoicesInvoiceUpdateLinesBodyLinesItemTaxAmountsType0ItemTaxRateData

    Parsing is tolerant: a field missing from the data, or of another type than described,
    reads as `UNSET`, and anything not modelled is kept in `additional_properties`, so
    `from_dict(data).to_dict() == data`.
    """

    display_name: str
    inclusive: bool
    percentage: float
    country: str | Unset = UNSET
    description: str | Unset = UNSET
    jurisdiction: str | Unset = UNSET
    jurisdiction_level: (
        PostInvoicesInvoiceUpdateLinesBodyLinesItemTaxAmountsType0ItemTaxRateDataJurisdictionLevel
        | Unset
    ) = UNSET
    state: str | Unset = UNSET
    tax_type: (
        PostInvoicesInvoiceUpdateLinesBodyLinesItemTaxAmountsType0ItemTaxRateDataTaxType | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = dict(self.additional_properties)
        v_display_name = self.display_name
        if not isinstance(v_display_name, Unset):
            data["display_name"] = v_display_name
        v_inclusive = self.inclusive
        if not isinstance(v_inclusive, Unset):
            data["inclusive"] = v_inclusive
        v_percentage = self.percentage
        if not isinstance(v_percentage, Unset):
            data["percentage"] = v_percentage
        v_country = self.country
        if not isinstance(v_country, Unset):
            data["country"] = v_country
        v_description = self.description
        if not isinstance(v_description, Unset):
            data["description"] = v_description
        v_jurisdiction = self.jurisdiction
        if not isinstance(v_jurisdiction, Unset):
            data["jurisdiction"] = v_jurisdiction
        v_jurisdiction_level = self.jurisdiction_level
        if not isinstance(v_jurisdiction_level, Unset):
            data["jurisdiction_level"] = v_jurisdiction_level
        v_state = self.state
        if not isinstance(v_state, Unset):
            data["state"] = v_state
        v_tax_type = self.tax_type
        if not isinstance(v_tax_type, Unset):
            data["tax_type"] = v_tax_type
        return data

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> PostInvoicesInvoiceUpdateLinesBodyLinesItemTaxAmountsType0ItemTaxRateData:
        d = dict(src_dict)
        v_display_name = d.pop("display_name", UNSET)
        if v_display_name is not UNSET and not (type(v_display_name) is str):
            d["display_name"] = v_display_name
            v_display_name = UNSET
        v_inclusive = d.pop("inclusive", UNSET)
        if v_inclusive is not UNSET and not (type(v_inclusive) is bool):
            d["inclusive"] = v_inclusive
            v_inclusive = UNSET
        v_percentage = d.pop("percentage", UNSET)
        if v_percentage is not UNSET and not (
            type(v_percentage) is float or type(v_percentage) is int
        ):
            d["percentage"] = v_percentage
            v_percentage = UNSET
        v_country = d.pop("country", UNSET)
        if v_country is not UNSET and not (type(v_country) is str):
            d["country"] = v_country
            v_country = UNSET
        v_description = d.pop("description", UNSET)
        if v_description is not UNSET and not (type(v_description) is str):
            d["description"] = v_description
            v_description = UNSET
        v_jurisdiction = d.pop("jurisdiction", UNSET)
        if v_jurisdiction is not UNSET and not (type(v_jurisdiction) is str):
            d["jurisdiction"] = v_jurisdiction
            v_jurisdiction = UNSET
        v_jurisdiction_level = d.pop("jurisdiction_level", UNSET)
        if v_jurisdiction_level is not UNSET and not (type(v_jurisdiction_level) is str):
            d["jurisdiction_level"] = v_jurisdiction_level
            v_jurisdiction_level = UNSET
        v_state = d.pop("state", UNSET)
        if v_state is not UNSET and not (type(v_state) is str):
            d["state"] = v_state
            v_state = UNSET
        v_tax_type = d.pop("tax_type", UNSET)
        if v_tax_type is not UNSET and not (type(v_tax_type) is str):
            d["tax_type"] = v_tax_type
            v_tax_type = UNSET
        obj = cls(
            display_name=v_display_name,
            inclusive=v_inclusive,
            percentage=v_percentage,
            country=v_country,
            description=v_description,
            jurisdiction=v_jurisdiction,
            jurisdiction_level=v_jurisdiction_level,
            state=v_state,
            tax_type=v_tax_type,
        )
        obj.additional_properties = d
        return obj

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


class PostInvoicesInvoiceUpdateLinesBodyLinesItemTaxAmountsType0ItemTaxRateDataParams(
    TypedDict, total=False
):
    """PostInvoicesInvoiceUpdateLinesBodyLinesItemTaxAmountsType0ItemTaxRateData as plain data, for request parameters."""

    display_name: Required[str]
    inclusive: Required[bool]
    percentage: Required[float]
    country: str
    description: str
    jurisdiction: str
    jurisdiction_level: (
        PostInvoicesInvoiceUpdateLinesBodyLinesItemTaxAmountsType0ItemTaxRateDataJurisdictionLevel
    )
    state: str
    tax_type: PostInvoicesInvoiceUpdateLinesBodyLinesItemTaxAmountsType0ItemTaxRateDataTaxType


# Imported last: models refer to each other in cycles, and are only needed at call time.
