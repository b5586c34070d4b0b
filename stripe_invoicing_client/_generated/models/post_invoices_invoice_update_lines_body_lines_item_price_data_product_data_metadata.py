"""PostInvoicesInvoiceUpdateLinesBodyLinesItemPriceDataProductDataMetadata: a mapping, kept as a plain dict."""

from __future__ import annotations

from typing import TypeAlias

PostInvoicesInvoiceUpdateLinesBodyLinesItemPriceDataProductDataMetadata: TypeAlias = (
    "dict[str, str]"
)
