from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.post_invoices_invoice_body_rendering_amount_tax_display_type_0 import (
    PostInvoicesInvoiceBodyRenderingAmountTaxDisplayType0,
)
from ..models.post_invoices_invoice_body_rendering_amount_tax_display_type_1 import (
    PostInvoicesInvoiceBodyRenderingAmountTaxDisplayType1,
)
from ..models.post_invoices_invoice_body_rendering_template_version_type_1 import (
    PostInvoicesInvoiceBodyRenderingTemplateVersionType1,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.post_invoices_invoice_body_rendering_pdf import (
        PostInvoicesInvoiceBodyRenderingPdf,
        PostInvoicesInvoiceBodyRenderingPdfParams,
    )


@_attrs_define
class PostInvoicesInvoiceBodyRendering:
    """PostInvoicesInvoiceBodyRendering

    Parsing is tolerant: a field missing from the data, or of another type than described,
    reads as `UNSET`, and anything not modelled is kept in `additional_properties`, so
    `from_dict(data).to_dict() == data`.
    """

    amount_tax_display: (
        PostInvoicesInvoiceBodyRenderingAmountTaxDisplayType0
        | PostInvoicesInvoiceBodyRenderingAmountTaxDisplayType1
        | Unset
    ) = UNSET
    pdf: PostInvoicesInvoiceBodyRenderingPdf | Unset = UNSET
    template: str | Unset = UNSET
    template_version: int | PostInvoicesInvoiceBodyRenderingTemplateVersionType1 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = dict(self.additional_properties)
        v_amount_tax_display = self.amount_tax_display
        if not isinstance(v_amount_tax_display, Unset):
            data["amount_tax_display"] = v_amount_tax_display
        v_pdf = self.pdf
        if not isinstance(v_pdf, Unset):
            data["pdf"] = v_pdf.to_dict()
        v_template = self.template
        if not isinstance(v_template, Unset):
            data["template"] = v_template
        v_template_version = self.template_version
        if not isinstance(v_template_version, Unset):
            data["template_version"] = v_template_version
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PostInvoicesInvoiceBodyRendering:
        d = dict(src_dict)
        v_amount_tax_display = d.pop("amount_tax_display", UNSET)
        if v_amount_tax_display is not UNSET and not (
            (type(v_amount_tax_display) is str) or (v_amount_tax_display == "")
        ):
            d["amount_tax_display"] = v_amount_tax_display
            v_amount_tax_display = UNSET
        v_pdf = d.pop("pdf", UNSET)
        if v_pdf is not UNSET:
            if type(v_pdf) is dict:
                v_pdf = PostInvoicesInvoiceBodyRenderingPdf.from_dict(v_pdf)
            else:
                d["pdf"] = v_pdf
                v_pdf = UNSET
        v_template = d.pop("template", UNSET)
        if v_template is not UNSET and not (type(v_template) is str):
            d["template"] = v_template
            v_template = UNSET
        v_template_version = d.pop("template_version", UNSET)
        if v_template_version is not UNSET and not (
            (type(v_template_version) is int) or (v_template_version == "")
        ):
            d["template_version"] = v_template_version
            v_template_version = UNSET
        obj = cls(
            amount_tax_display=v_amount_tax_display,
            pdf=v_pdf,
            template=v_template,
            template_version=v_template_version,
        )
        obj.additional_properties = d
        return obj

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


class PostInvoicesInvoiceBodyRenderingParams(TypedDict, total=False):
    """PostInvoicesInvoiceBodyRendering as plain data, for request parameters."""

    amount_tax_display: (
        PostInvoicesInvoiceBodyRenderingAmountTaxDisplayType0
        | PostInvoicesInvoiceBodyRenderingAmountTaxDisplayType1
    )
    pdf: PostInvoicesInvoiceBodyRenderingPdfParams | PostInvoicesInvoiceBodyRenderingPdf
    template: str
    template_version: int | PostInvoicesInvoiceBodyRenderingTemplateVersionType1


# Imported last: models refer to each other in cycles, and are only needed at call time.
from ..models.post_invoices_invoice_body_rendering_pdf import PostInvoicesInvoiceBodyRenderingPdf  # noqa: E402
