from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
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


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PostInvoicesInvoiceBodyRendering(Model):
    """PostInvoicesInvoiceBodyRendering

    Parsing is tolerant: anything not modelled, and any value of another type than its field
    declares, is kept in `additional_properties`, so `from_dict(data).to_dict() == data`.
    Reading a field that the data lacks, or held with another type, raises
    `FieldNotAvailableError` (an AttributeError); optional fields read as `UNSET` when absent.
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
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        (
            "amount_tax_display",
            "amount_tax_display",
            "PostInvoicesInvoiceBodyRenderingAmountTaxDisplayType0 | PostInvoicesInvoiceBodyRenderingAmountTaxDisplayType1",
        ),
        ("pdf", "pdf", "PostInvoicesInvoiceBodyRenderingPdf"),
        ("template", "template", "str"),
        (
            "template_version",
            "template_version",
            "int | PostInvoicesInvoiceBodyRenderingTemplateVersionType1",
        ),
    )

    def to_dict(self) -> dict[str, Any]:
        # An unfilled field raises AttributeError; what was received for it, if anything, is
        # already in additional_properties.
        data: dict[str, Any] = dict(self.additional_properties)
        try:
            v_amount_tax_display = self.amount_tax_display
        except AttributeError:
            pass
        else:
            if not isinstance(v_amount_tax_display, Unset):
                data["amount_tax_display"] = v_amount_tax_display
        try:
            v_pdf = self.pdf
        except AttributeError:
            pass
        else:
            if not isinstance(v_pdf, Unset):
                data["pdf"] = v_pdf.to_dict()
        try:
            v_template = self.template
        except AttributeError:
            pass
        else:
            if not isinstance(v_template, Unset):
                data["template"] = v_template
        try:
            v_template_version = self.template_version
        except AttributeError:
            pass
        else:
            if not isinstance(v_template_version, Unset):
                data["template_version"] = v_template_version
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PostInvoicesInvoiceBodyRendering:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal; the checks below are what makes each stored value fit its field.
        # A value that does not fit stays in `d` (the additional properties), its field unfilled.
        fill: Any = obj
        v_amount_tax_display = d.pop("amount_tax_display", UNSET)
        if v_amount_tax_display is UNSET:
            fill.amount_tax_display = UNSET
        elif (type(v_amount_tax_display) is str) or (v_amount_tax_display == ""):
            fill.amount_tax_display = v_amount_tax_display
        else:
            d["amount_tax_display"] = v_amount_tax_display
        v_pdf = d.pop("pdf", UNSET)
        if v_pdf is UNSET:
            fill.pdf = UNSET
        elif type(v_pdf) is dict:
            fill.pdf = PostInvoicesInvoiceBodyRenderingPdf.from_dict(v_pdf)
        else:
            d["pdf"] = v_pdf
        v_template = d.pop("template", UNSET)
        if v_template is UNSET:
            fill.template = UNSET
        elif type(v_template) is str:
            fill.template = v_template
        else:
            d["template"] = v_template
        v_template_version = d.pop("template_version", UNSET)
        if v_template_version is UNSET:
            fill.template_version = UNSET
        elif (type(v_template_version) is int) or (v_template_version == ""):
            fill.template_version = v_template_version
        else:
            d["template_version"] = v_template_version
        fill.additional_properties = d
        return obj


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
