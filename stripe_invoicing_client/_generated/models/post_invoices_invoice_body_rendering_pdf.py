from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.post_invoices_invoice_body_rendering_pdf_page_size import (
    PostInvoicesInvoiceBodyRenderingPdfPageSize,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    pass


@_attrs_define
class PostInvoicesInvoiceBodyRenderingPdf:
    """PostInvoicesInvoiceBodyRenderingPdf

    Parsing is tolerant: a field missing from the data, or of another type than described,
    reads as `UNSET`, and anything not modelled is kept in `additional_properties`, so
    `from_dict(data).to_dict() == data`.
    """

    page_size: PostInvoicesInvoiceBodyRenderingPdfPageSize | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = dict(self.additional_properties)
        v_page_size = self.page_size
        if not isinstance(v_page_size, Unset):
            data["page_size"] = v_page_size
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PostInvoicesInvoiceBodyRenderingPdf:
        d = dict(src_dict)
        v_page_size = d.pop("page_size", UNSET)
        if v_page_size is not UNSET and not (type(v_page_size) is str):
            d["page_size"] = v_page_size
            v_page_size = UNSET
        obj = cls(
            page_size=v_page_size,
        )
        obj.additional_properties = d
        return obj

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


class PostInvoicesInvoiceBodyRenderingPdfParams(TypedDict, total=False):
    """PostInvoicesInvoiceBodyRenderingPdf as plain data, for request parameters."""

    page_size: PostInvoicesInvoiceBodyRenderingPdfPageSize


# Imported last: models refer to each other in cycles, and are only needed at call time.
