"""Request parameters of invoice_rendering_templates, as TypedDicts (generated; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypedDict

from ..._core.key_docs import document_keys

if TYPE_CHECKING:
    pass


from ._shared import ExpandParams


class InvoiceRenderingTemplateListParams(TypedDict, total=False):
    """Parameters of `invoice_rendering_templates.list` (GetInvoiceRenderingTemplates)."""

    ending_before: str
    """Object id to page backwards from: the page ends with the object listed right before it."""
    expand: list[str]
    """Dotted paths of fields to return as full objects instead of ids."""
    limit: int
    """How many objects to return on one page, from 1 to 100; 10 when omitted."""
    starting_after: str
    """Object id to page forwards from: the page begins with the object listed right after it."""
    status: Literal["active", "archived"]
    """Only templates in this status."""


class InvoiceRenderingTemplateRetrieveParams(TypedDict, total=False):
    """Parameters of `invoice_rendering_templates.retrieve` (GetInvoiceRenderingTemplatesTemplate)."""

    expand: list[str]
    """Dotted paths of fields to return as full objects instead of ids."""
    version: int
    """The version to fetch; the latest one when omitted."""


# Operations whose parameters have the shape of another's.
InvoiceRenderingTemplateArchiveParams = ExpandParams
InvoiceRenderingTemplateUnarchiveParams = ExpandParams

document_keys(__name__)

__all__ = [
    "InvoiceRenderingTemplateArchiveParams",
    "InvoiceRenderingTemplateListParams",
    "InvoiceRenderingTemplateRetrieveParams",
    "InvoiceRenderingTemplateUnarchiveParams",
]
