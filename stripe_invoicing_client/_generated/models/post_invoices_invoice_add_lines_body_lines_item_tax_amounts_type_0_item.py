from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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


@_attrs_define
class PostInvoicesInvoiceAddLinesBodyLinesItemTaxAmountsType0Item:
    """PostInvoicesInvoiceAddLinesBodyLinesItemTaxAmountsType0Item

    Parsing is tolerant: a field missing from the data, or of another type than described,
    reads as `UNSET`, and anything not modelled is kept in `additional_properties`, so
    `from_dict(data).to_dict() == data`.
    """

    amount: int
    tax_rate_data: PostInvoicesInvoiceAddLinesBodyLinesItemTaxAmountsType0ItemTaxRateData
    taxable_amount: int
    taxability_reason: (
        PostInvoicesInvoiceAddLinesBodyLinesItemTaxAmountsType0ItemTaxabilityReason | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = dict(self.additional_properties)
        v_amount = self.amount
        if not isinstance(v_amount, Unset):
            data["amount"] = v_amount
        v_tax_rate_data = self.tax_rate_data
        if not isinstance(v_tax_rate_data, Unset):
            data["tax_rate_data"] = v_tax_rate_data.to_dict()
        v_taxable_amount = self.taxable_amount
        if not isinstance(v_taxable_amount, Unset):
            data["taxable_amount"] = v_taxable_amount
        v_taxability_reason = self.taxability_reason
        if not isinstance(v_taxability_reason, Unset):
            data["taxability_reason"] = v_taxability_reason
        return data

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> PostInvoicesInvoiceAddLinesBodyLinesItemTaxAmountsType0Item:
        d = dict(src_dict)
        v_amount = d.pop("amount", UNSET)
        if v_amount is not UNSET and not (type(v_amount) is int):
            d["amount"] = v_amount
            v_amount = UNSET
        v_tax_rate_data = d.pop("tax_rate_data", UNSET)
        if v_tax_rate_data is not UNSET:
            if type(v_tax_rate_data) is dict:
                v_tax_rate_data = PostInvoicesInvoiceAddLinesBodyLinesItemTaxAmountsType0ItemTaxRateData.from_dict(
                    v_tax_rate_data
                )
            else:
                d["tax_rate_data"] = v_tax_rate_data
                v_tax_rate_data = UNSET
        v_taxable_amount = d.pop("taxable_amount", UNSET)
        if v_taxable_amount is not UNSET and not (type(v_taxable_amount) is int):
            d["taxable_amount"] = v_taxable_amount
            v_taxable_amount = UNSET
        v_taxability_reason = d.pop("taxability_reason", UNSET)
        if v_taxability_reason is not UNSET and not (type(v_taxability_reason) is str):
            d["taxability_reason"] = v_taxability_reason
            v_taxability_reason = UNSET
        obj = cls(
            amount=v_amount,
            tax_rate_data=v_tax_rate_data,
            taxable_amount=v_taxable_amount,
            taxability_reason=v_taxability_reason,
        )
        obj.additional_properties = d
        return obj

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


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
