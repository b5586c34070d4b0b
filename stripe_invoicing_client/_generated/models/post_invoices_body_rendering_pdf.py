from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..models.post_invoices_body_rendering_pdf_page_size import (
    PostInvoicesBodyRenderingPdfPageSize,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    pass


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PostInvoicesBodyRenderingPdf(Model):
    """PostInvoicesBodyRenderingPdf

    Parsing is tolerant: anything not modelled, and any value of another type than its field
    declares, is kept in `additional_properties`, so `from_dict(data).to_dict() == data`.
    Reading a field that the data lacks, or held with another type, raises
    `FieldNotAvailableError` (an AttributeError); optional fields read as `UNSET` when absent.
    """

    page_size: PostInvoicesBodyRenderingPdfPageSize | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("page_size", "page_size", "PostInvoicesBodyRenderingPdfPageSize"),
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
            if not isinstance(v_page_size, Unset):
                data["page_size"] = v_page_size
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PostInvoicesBodyRenderingPdf:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal; the checks below are what makes each stored value fit its field.
        # A value that does not fit stays in `d` (the additional properties), its field unfilled.
        fill: Any = obj
        v_page_size = d.pop("page_size", UNSET)
        if v_page_size is UNSET:
            fill.page_size = UNSET
        elif type(v_page_size) is str:
            fill.page_size = v_page_size
        else:
            d["page_size"] = v_page_size
        fill.additional_properties = d
        return obj


class PostInvoicesBodyRenderingPdfParams(TypedDict, total=False):
    """PostInvoicesBodyRenderingPdf as plain data, for request parameters."""

    page_size: PostInvoicesBodyRenderingPdfPageSize


# Imported last: models refer to each other in cycles, and are only needed at call time.
