"""PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemAddInvoiceItemsItemMetadata: a mapping, kept as a plain dict."""

from __future__ import annotations

from typing import TypeAlias

PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemAddInvoiceItemsItemMetadata: TypeAlias = (
    "dict[str, str]"
)
