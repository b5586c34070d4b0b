from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..models.post_invoices_invoice_add_lines_body_lines_item_tax_amounts_type_0_item_taxability_reason import (
    PostInvoicesInvoiceAddLinesBodyLinesItemTaxAmountsType0ItemTaxabilityReason,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from typing_extensions import Required

    from ..models.post_invoices_invoice_add_lines_body_lines_item_tax_amounts_type_0_item_tax_rate_data import (
        PostInvoicesInvoiceAddLinesBodyLinesItemTaxAmountsType0ItemTaxRateData,
        PostInvoicesInvoiceAddLinesBodyLinesItemTaxAmountsType0ItemTaxRateDataParams,
    )


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PostInvoicesInvoiceAddLinesBodyLinesItemTaxAmountsType0Item(Model):
    """PostInvoicesInvoiceAddLinesBodyLinesItemTaxAmountsType0Item

    Parsing is tolerant: anything not modelled, and any value of another type than its field
    declares, is kept in `additional_properties`, so `from_dict(data).to_dict() == data`.
    Reading a field that the data lacks, or held with another type, raises
    `FieldNotAvailableError` (an AttributeError); optional fields read as `UNSET` when absent.
    """

    amount: int
    tax_rate_data: PostInvoicesInvoiceAddLinesBodyLinesItemTaxAmountsType0ItemTaxRateData
    taxable_amount: int
    taxability_reason: (
        PostInvoicesInvoiceAddLinesBodyLinesItemTaxAmountsType0ItemTaxabilityReason | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("amount", "amount", "int"),
        (
            "tax_rate_data",
            "tax_rate_data",
            "PostInvoicesInvoiceAddLinesBodyLinesItemTaxAmountsType0ItemTaxRateData",
        ),
        ("taxable_amount", "taxable_amount", "int"),
        (
            "taxability_reason",
            "taxability_reason",
            "PostInvoicesInvoiceAddLinesBodyLinesItemTaxAmountsType0ItemTaxabilityReason",
        ),
    )

    def to_dict(self) -> dict[str, Any]:
        # An unfilled field raises AttributeError; what was received for it, if anything, is
        # already in additional_properties.
        data: dict[str, Any] = dict(self.additional_properties)
        try:
            v_amount = self.amount
        except AttributeError:
            pass
        else:
            data["amount"] = v_amount
        try:
            v_tax_rate_data = self.tax_rate_data
        except AttributeError:
            pass
        else:
            data["tax_rate_data"] = v_tax_rate_data.to_dict()
        try:
            v_taxable_amount = self.taxable_amount
        except AttributeError:
            pass
        else:
            data["taxable_amount"] = v_taxable_amount
        try:
            v_taxability_reason = self.taxability_reason
        except AttributeError:
            pass
        else:
            if not isinstance(v_taxability_reason, Unset):
                data["taxability_reason"] = v_taxability_reason
        return data

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> PostInvoicesInvoiceAddLinesBodyLinesItemTaxAmountsType0Item:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal; the checks below are what makes each stored value fit its field.
        # A value that does not fit stays in `d` (the additional properties), its field unfilled.
        fill: Any = obj
        v_amount = d.pop("amount", UNSET)
        if v_amount is not UNSET:
            if type(v_amount) is int:
                fill.amount = v_amount
            else:
                d["amount"] = v_amount
        v_tax_rate_data = d.pop("tax_rate_data", UNSET)
        if v_tax_rate_data is not UNSET:
            if type(v_tax_rate_data) is dict:
                fill.tax_rate_data = PostInvoicesInvoiceAddLinesBodyLinesItemTaxAmountsType0ItemTaxRateData.from_dict(
                    v_tax_rate_data
                )
            else:
                d["tax_rate_data"] = v_tax_rate_data
        v_taxable_amount = d.pop("taxable_amount", UNSET)
        if v_taxable_amount is not UNSET:
            if type(v_taxable_amount) is int:
                fill.taxable_amount = v_taxable_amount
            else:
                d["taxable_amount"] = v_taxable_amount
        v_taxability_reason = d.pop("taxability_reason", UNSET)
        if v_taxability_reason is UNSET:
            fill.taxability_reason = UNSET
        elif type(v_taxability_reason) is str:
            fill.taxability_reason = v_taxability_reason
        else:
            d["taxability_reason"] = v_taxability_reason
        fill.additional_properties = d
        return obj


class PostInvoicesInvoiceAddLinesBodyLinesItemTaxAmountsType0ItemParams(TypedDict, total=False):
    """PostInvoicesInvoiceAddLinesBodyLinesItemTaxAmountsType0Item as plain data, for request parameters."""

    amount: Required[int]
    tax_rate_data: Required[
        PostInvoicesInvoiceAddLinesBodyLinesItemTaxAmountsType0ItemTaxRateDataParams
        | PostInvoicesInvoiceAddLinesBodyLinesItemTaxAmountsType0ItemTaxRateData
    ]
    taxable_amount: Required[int]
    taxability_reason: PostInvoicesInvoiceAddLinesBodyLinesItemTaxAmountsType0ItemTaxabilityReason


# Imported last: models refer to each other in cycles, and are only needed at call time.
from ..models.post_invoices_invoice_add_lines_body_lines_item_tax_amounts_type_0_item_tax_rate_data import (
    PostInvoicesInvoiceAddLinesBodyLinesItemTaxAmountsType0ItemTaxRateData,  # noqa: E402
)
