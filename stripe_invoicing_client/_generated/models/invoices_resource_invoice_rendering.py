from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from typing_extensions import Required

    from ..models.invoice_rendering_pdf import InvoiceRenderingPdf, InvoiceRenderingPdfParams


@_attrs_define
class InvoicesResourceInvoiceRendering:
    """Embedded object found at `invoice.rendering`.

    Parsing is tolerant: a field missing from the data, or of another type than described,
    reads as `UNSET`, and anything not modelled is kept in `additional_properties`, so
    `from_dict(data).to_dict() == data`.
    """

    amount_tax_display: None | str
    pdf: InvoiceRenderingPdf | None
    template: None | str
    template_version: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = dict(self.additional_properties)
        v_amount_tax_display = self.amount_tax_display
        if not isinstance(v_amount_tax_display, Unset):
            data["amount_tax_display"] = v_amount_tax_display
        v_pdf = self.pdf
        if not isinstance(v_pdf, Unset):
            data["pdf"] = v_pdf.to_dict() if isinstance(v_pdf, InvoiceRenderingPdf) else v_pdf
        v_template = self.template
        if not isinstance(v_template, Unset):
            data["template"] = v_template
        v_template_version = self.template_version
        if not isinstance(v_template_version, Unset):
            data["template_version"] = v_template_version
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> InvoicesResourceInvoiceRendering:
        d = dict(src_dict)
        v_amount_tax_display = d.pop("amount_tax_display", UNSET)
        if v_amount_tax_display is not UNSET and not (
            (type(v_amount_tax_display) is str) or (v_amount_tax_display is None)
        ):
            d["amount_tax_display"] = v_amount_tax_display
            v_amount_tax_display = UNSET
        v_pdf = d.pop("pdf", UNSET)
        if v_pdf is not UNSET:
            if (type(v_pdf) is dict) or (v_pdf is None):
                v_pdf = InvoiceRenderingPdf.from_dict(v_pdf) if type(v_pdf) is dict else v_pdf
            else:
                d["pdf"] = v_pdf
                v_pdf = UNSET
        v_template = d.pop("template", UNSET)
        if v_template is not UNSET and not ((type(v_template) is str) or (v_template is None)):
            d["template"] = v_template
            v_template = UNSET
        v_template_version = d.pop("template_version", UNSET)
        if v_template_version is not UNSET and not (
            (type(v_template_version) is int) or (v_template_version is None)
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


class InvoicesResourceInvoiceRenderingParams(TypedDict, total=False):
    """InvoicesResourceInvoiceRendering as plain data, for request parameters."""

    amount_tax_display: Required[str]
    pdf: Required[InvoiceRenderingPdfParams | InvoiceRenderingPdf]
    template: Required[str]
    template_version: Required[int]


# Imported last: models refer to each other in cycles, and are only needed at call time.
from ..models.invoice_rendering_pdf import InvoiceRenderingPdf  # noqa: E402
