from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..models.post_invoices_invoice_remove_lines_body_invoice_metadata_type_1 import (
    PostInvoicesInvoiceRemoveLinesBodyInvoiceMetadataType1,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from typing_extensions import Required

    from ..models.post_invoices_invoice_remove_lines_body_invoice_metadata_type_0 import (
        PostInvoicesInvoiceRemoveLinesBodyInvoiceMetadataType0,
    )
    from ..models.post_invoices_invoice_remove_lines_body_lines_item import (
        PostInvoicesInvoiceRemoveLinesBodyLinesItem,
        PostInvoicesInvoiceRemoveLinesBodyLinesItemParams,
    )


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PostInvoicesInvoiceRemoveLinesBody(Model):
    """PostInvoicesInvoiceRemoveLinesBody

    Parsing is tolerant: anything not modelled, and any value of another type than its field
    declares, is kept in `additional_properties`, so `from_dict(data).to_dict() == data`.
    Reading a field that the data lacks, or held with another type, raises
    `FieldNotAvailableError` (an AttributeError); optional fields read as `UNSET` when absent.
    """

    lines: list[PostInvoicesInvoiceRemoveLinesBodyLinesItem]
    expand: list[str] | Unset = UNSET
    invoice_metadata: (
        PostInvoicesInvoiceRemoveLinesBodyInvoiceMetadataType0
        | PostInvoicesInvoiceRemoveLinesBodyInvoiceMetadataType1
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("lines", "lines", "list[PostInvoicesInvoiceRemoveLinesBodyLinesItem]"),
        ("expand", "expand", "list[str]"),
        (
            "invoice_metadata",
            "invoice_metadata",
            "PostInvoicesInvoiceRemoveLinesBodyInvoiceMetadataType0 | PostInvoicesInvoiceRemoveLinesBodyInvoiceMetadataType1",
        ),
    )

    def to_dict(self) -> dict[str, Any]:
        # An unfilled field raises AttributeError; what was received for it, if anything, is
        # already in additional_properties.
        data: dict[str, Any] = dict(self.additional_properties)
        try:
            v_lines = self.lines
        except AttributeError:
            pass
        else:
            data["lines"] = [item0.to_dict() for item0 in v_lines]
        try:
            v_expand = self.expand
        except AttributeError:
            pass
        else:
            if not isinstance(v_expand, Unset):
                data["expand"] = v_expand
        try:
            v_invoice_metadata = self.invoice_metadata
        except AttributeError:
            pass
        else:
            if not isinstance(v_invoice_metadata, Unset):
                data["invoice_metadata"] = v_invoice_metadata
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PostInvoicesInvoiceRemoveLinesBody:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal; the checks below are what makes each stored value fit its field.
        # A value that does not fit stays in `d` (the additional properties), its field unfilled.
        fill: Any = obj
        v_lines = d.pop("lines", UNSET)
        if v_lines is not UNSET:
            if type(v_lines) is list and all(type(item0) is dict for item0 in v_lines):
                fill.lines = [
                    PostInvoicesInvoiceRemoveLinesBodyLinesItem.from_dict(item0)
                    for item0 in v_lines
                ]
            else:
                d["lines"] = v_lines
        v_expand = d.pop("expand", UNSET)
        if v_expand is UNSET:
            fill.expand = UNSET
        elif type(v_expand) is list and all(type(item0) is str for item0 in v_expand):
            fill.expand = v_expand
        else:
            d["expand"] = v_expand
        v_invoice_metadata = d.pop("invoice_metadata", UNSET)
        if v_invoice_metadata is UNSET:
            fill.invoice_metadata = UNSET
        elif (
            type(v_invoice_metadata) is dict
            and all(type(item0) is str for item0 in v_invoice_metadata.values())
        ) or (v_invoice_metadata == ""):
            fill.invoice_metadata = v_invoice_metadata
        else:
            d["invoice_metadata"] = v_invoice_metadata
        fill.additional_properties = d
        return obj


class PostInvoicesInvoiceRemoveLinesBodyParams(TypedDict, total=False):
    """PostInvoicesInvoiceRemoveLinesBody as plain data, for request parameters."""

    lines: Required[
        list[
            PostInvoicesInvoiceRemoveLinesBodyLinesItemParams
            | PostInvoicesInvoiceRemoveLinesBodyLinesItem
        ]
    ]
    expand: list[str]
    invoice_metadata: Mapping[str, str] | PostInvoicesInvoiceRemoveLinesBodyInvoiceMetadataType1


# Imported last: models refer to each other in cycles, and are only needed at call time.
from ..models.post_invoices_invoice_remove_lines_body_invoice_metadata_type_0 import (
    PostInvoicesInvoiceRemoveLinesBodyInvoiceMetadataType0,  # noqa: E402
)
from ..models.post_invoices_invoice_remove_lines_body_lines_item import (
    PostInvoicesInvoiceRemoveLinesBodyLinesItem,  # noqa: E402
)
