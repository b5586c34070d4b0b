from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.post_invoices_invoice_add_lines_body_invoice_metadata_type_1 import (
    PostInvoicesInvoiceAddLinesBodyInvoiceMetadataType1,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from typing_extensions import Required

    from ..models.post_invoices_invoice_add_lines_body_invoice_metadata_type_0 import (
        PostInvoicesInvoiceAddLinesBodyInvoiceMetadataType0,
    )
    from ..models.post_invoices_invoice_add_lines_body_lines_item import (
        PostInvoicesInvoiceAddLinesBodyLinesItem,
        PostInvoicesInvoiceAddLinesBodyLinesItemParams,
    )


@_attrs_define
class PostInvoicesInvoiceAddLinesBody:
    """PostInvoicesInvoiceAddLinesBody

    Parsing is tolerant: a field missing from the data, or of another type than described,
    reads as `UNSET`, and anything not modelled is kept in `additional_properties`, so
    `from_dict(data).to_dict() == data`.
    """

    lines: list[PostInvoicesInvoiceAddLinesBodyLinesItem]
    expand: list[str] | Unset = UNSET
    invoice_metadata: (
        PostInvoicesInvoiceAddLinesBodyInvoiceMetadataType0
        | PostInvoicesInvoiceAddLinesBodyInvoiceMetadataType1
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = dict(self.additional_properties)
        v_lines = self.lines
        if not isinstance(v_lines, Unset):
            data["lines"] = [item0.to_dict() for item0 in v_lines]
        v_expand = self.expand
        if not isinstance(v_expand, Unset):
            data["expand"] = v_expand
        v_invoice_metadata = self.invoice_metadata
        if not isinstance(v_invoice_metadata, Unset):
            data["invoice_metadata"] = v_invoice_metadata
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PostInvoicesInvoiceAddLinesBody:
        d = dict(src_dict)
        v_lines = d.pop("lines", UNSET)
        if v_lines is not UNSET:
            if type(v_lines) is list and all(type(item0) is dict for item0 in v_lines):
                v_lines = [
                    PostInvoicesInvoiceAddLinesBodyLinesItem.from_dict(item0) for item0 in v_lines
                ]
            else:
                d["lines"] = v_lines
                v_lines = UNSET
        v_expand = d.pop("expand", UNSET)
        if v_expand is not UNSET and not (
            type(v_expand) is list and all(type(item0) is str for item0 in v_expand)
        ):
            d["expand"] = v_expand
            v_expand = UNSET
        v_invoice_metadata = d.pop("invoice_metadata", UNSET)
        if v_invoice_metadata is not UNSET and not (
            (
                type(v_invoice_metadata) is dict
                and all(type(item0) is str for item0 in v_invoice_metadata.values())
            )
            or (v_invoice_metadata == "")
        ):
            d["invoice_metadata"] = v_invoice_metadata
            v_invoice_metadata = UNSET
        obj = cls(
            lines=v_lines,
            expand=v_expand,
            invoice_metadata=v_invoice_metadata,
        )
        obj.additional_properties = d
        return obj

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


class PostInvoicesInvoiceAddLinesBodyParams(TypedDict, total=False):
    """PostInvoicesInvoiceAddLinesBody as plain data, for request parameters."""

    lines: Required[
        list[
            PostInvoicesInvoiceAddLinesBodyLinesItemParams
            | PostInvoicesInvoiceAddLinesBodyLinesItem
        ]
    ]
    expand: list[str]
    invoice_metadata: Mapping[str, str] | PostInvoicesInvoiceAddLinesBodyInvoiceMetadataType1


# Imported last: models refer to each other in cycles, and are only needed at call time.
from ..models.post_invoices_invoice_add_lines_body_invoice_metadata_type_0 import (
    PostInvoicesInvoiceAddLinesBodyInvoiceMetadataType0,  # noqa: E402
)
from ..models.post_invoices_invoice_add_lines_body_lines_item import (
    PostInvoicesInvoiceAddLinesBodyLinesItem,  # noqa: E402
)
