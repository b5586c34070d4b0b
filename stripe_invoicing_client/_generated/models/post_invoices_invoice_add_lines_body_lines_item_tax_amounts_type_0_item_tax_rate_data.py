from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..models.post_invoices_invoice_add_lines_body_lines_item_tax_amounts_type_0_item_tax_rate_data_jurisdiction_level import (
    PostInvoicesInvoiceAddLinesBodyLinesItemTaxAmountsType0ItemTaxRateDataJurisdictionLevel,
)
from ..models.post_invoices_invoice_add_lines_body_lines_item_tax_amounts_type_0_item_tax_rate_data_tax_type import (
    PostInvoicesInvoiceAddLinesBodyLinesItemTaxAmountsType0ItemTaxRateDataTaxType,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from typing_extensions import Required


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PostInvoicesInvoiceAddLinesBodyLinesItemTaxAmountsType0ItemTaxRateData(Model):
    """PostInvoicesInvoiceAddLinesBodyLinesItemTaxAmountsType0ItemTaxRateData

    Parsing is tolerant: anything not modelled, and any value of another type than its field
    declares, is kept in `additional_properties`, so `from_dict(data).to_dict() == data`.
    Reading a field that the data lacks, or held with another type, raises
    `FieldNotAvailableError` (an AttributeError); optional fields read as `UNSET` when absent.
    """

    display_name: str
    inclusive: bool
    percentage: float
    country: str | Unset = UNSET
    description: str | Unset = UNSET
    jurisdiction: str | Unset = UNSET
    jurisdiction_level: (
        PostInvoicesInvoiceAddLinesBodyLinesItemTaxAmountsType0ItemTaxRateDataJurisdictionLevel
        | Unset
    ) = UNSET
    state: str | Unset = UNSET
    tax_type: (
        PostInvoicesInvoiceAddLinesBodyLinesItemTaxAmountsType0ItemTaxRateDataTaxType | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("display_name", "display_name", "str"),
        ("inclusive", "inclusive", "bool"),
        ("percentage", "percentage", "float"),
        ("country", "country", "str"),
        ("description", "description", "str"),
        ("jurisdiction", "jurisdiction", "str"),
        (
            "jurisdiction_level",
            "jurisdiction_level",
            "PostInvoicesInvoiceAddLinesBodyLinesItemTaxAmountsType0ItemTaxRateDataJurisdictionLevel",
        ),
        ("state", "state", "str"),
        (
            "tax_type",
            "tax_type",
            "PostInvoicesInvoiceAddLinesBodyLinesItemTaxAmountsType0ItemTaxRateDataTaxType",
        ),
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
            v_inclusive = self.inclusive
        except AttributeError:
            pass
        else:
            data["inclusive"] = v_inclusive
        try:
            v_percentage = self.percentage
        except AttributeError:
            pass
        else:
            data["percentage"] = v_percentage
        try:
            v_country = self.country
        except AttributeError:
            pass
        else:
            if not isinstance(v_country, Unset):
                data["country"] = v_country
        try:
            v_description = self.description
        except AttributeError:
            pass
        else:
            if not isinstance(v_description, Unset):
                data["description"] = v_description
        try:
            v_jurisdiction = self.jurisdiction
        except AttributeError:
            pass
        else:
            if not isinstance(v_jurisdiction, Unset):
                data["jurisdiction"] = v_jurisdiction
        try:
            v_jurisdiction_level = self.jurisdiction_level
        except AttributeError:
            pass
        else:
            if not isinstance(v_jurisdiction_level, Unset):
                data["jurisdiction_level"] = v_jurisdiction_level
        try:
            v_state = self.state
        except AttributeError:
            pass
        else:
            if not isinstance(v_state, Unset):
                data["state"] = v_state
        try:
            v_tax_type = self.tax_type
        except AttributeError:
            pass
        else:
            if not isinstance(v_tax_type, Unset):
                data["tax_type"] = v_tax_type
        return data

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> PostInvoicesInvoiceAddLinesBodyLinesItemTaxAmountsType0ItemTaxRateData:
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
        v_inclusive = d.pop("inclusive", UNSET)
        if v_inclusive is not UNSET:
            if type(v_inclusive) is bool:
                fill.inclusive = v_inclusive
            else:
                d["inclusive"] = v_inclusive
        v_percentage = d.pop("percentage", UNSET)
        if v_percentage is not UNSET:
            if type(v_percentage) is float or type(v_percentage) is int:
                fill.percentage = v_percentage
            else:
                d["percentage"] = v_percentage
        v_country = d.pop("country", UNSET)
        if v_country is UNSET:
            fill.country = UNSET
        elif type(v_country) is str:
            fill.country = v_country
        else:
            d["country"] = v_country
        v_description = d.pop("description", UNSET)
        if v_description is UNSET:
            fill.description = UNSET
        elif type(v_description) is str:
            fill.description = v_description
        else:
            d["description"] = v_description
        v_jurisdiction = d.pop("jurisdiction", UNSET)
        if v_jurisdiction is UNSET:
            fill.jurisdiction = UNSET
        elif type(v_jurisdiction) is str:
            fill.jurisdiction = v_jurisdiction
        else:
            d["jurisdiction"] = v_jurisdiction
        v_jurisdiction_level = d.pop("jurisdiction_level", UNSET)
        if v_jurisdiction_level is UNSET:
            fill.jurisdiction_level = UNSET
        elif type(v_jurisdiction_level) is str:
            fill.jurisdiction_level = v_jurisdiction_level
        else:
            d["jurisdiction_level"] = v_jurisdiction_level
        v_state = d.pop("state", UNSET)
        if v_state is UNSET:
            fill.state = UNSET
        elif type(v_state) is str:
            fill.state = v_state
        else:
            d["state"] = v_state
        v_tax_type = d.pop("tax_type", UNSET)
        if v_tax_type is UNSET:
            fill.tax_type = UNSET
        elif type(v_tax_type) is str:
            fill.tax_type = v_tax_type
        else:
            d["tax_type"] = v_tax_type
        fill.additional_properties = d
        return obj


class PostInvoicesInvoiceAddLinesBodyLinesItemTaxAmountsType0ItemTaxRateDataParams(
    TypedDict, total=False
):
    """PostInvoicesInvoiceAddLinesBodyLinesItemTaxAmountsType0ItemTaxRateData as plain data, for request parameters."""

    display_name: Required[str]
    inclusive: Required[bool]
    percentage: Required[float]
    country: str
    description: str
    jurisdiction: str
    jurisdiction_level: (
        PostInvoicesInvoiceAddLinesBodyLinesItemTaxAmountsType0ItemTaxRateDataJurisdictionLevel
    )
    state: str
    tax_type: PostInvoicesInvoiceAddLinesBodyLinesItemTaxAmountsType0ItemTaxRateDataTaxType


# Imported last: models refer to each other in cycles, and are only needed at call time.
