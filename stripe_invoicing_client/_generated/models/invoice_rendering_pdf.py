from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..models.invoice_rendering_pdf_page_size import (
    InvoiceRenderingPdfPageSize,
)
from ..types import UNSET

if TYPE_CHECKING:
    from typing_extensions import Required


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class InvoiceRenderingPdf(Model):
    """Embedded object found at `invoice.rendering.pdf`.

    Parsing is tolerant: anything not modelled, and any value of another type than its field
    declares, is kept in `additional_properties`, so `from_dict(data).to_dict() == data`.
    Reading a field that the data lacks, or held with another type, raises
    `FieldNotAvailableError` (an AttributeError); optional fields read as `UNSET` when absent.
    """

    page_size: InvoiceRenderingPdfPageSize | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("page_size", "page_size", "InvoiceRenderingPdfPageSize | None"),
    )

    def to_dict(self) -> dict[str, Any]:
        # An unfilled field raises AttributeError; what was received for it, if anything, is
        # already in additional_properties.
        data: dict[str, Any] = dict(self.additional_properties)
        try:
            v_page_size = self.page_size
        except AttributeError:
            pass
        else:
            data["page_size"] = v_page_size
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> InvoiceRenderingPdf:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal; the checks below are what makes each stored value fit its field.
        # A value that does not fit stays in `d` (the additional properties), its field unfilled.
        fill: Any = obj
        v_page_size = d.pop("page_size", UNSET)
        if v_page_size is not UNSET:
            if (type(v_page_size) is str) or (v_page_size is None):
                fill.page_size = v_page_size
            else:
                d["page_size"] = v_page_size
        fill.additional_properties = d
        return obj


class InvoiceRenderingPdfParams(TypedDict, total=False):
    """InvoiceRenderingPdf as plain data, for request parameters."""

    page_size: Required[InvoiceRenderingPdfPageSize]


# Imported last: models refer to each other in cycles, and are only needed at call time.
