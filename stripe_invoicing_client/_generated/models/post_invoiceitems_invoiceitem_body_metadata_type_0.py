"""PostInvoiceitemsInvoiceitemBodyMetadataType0: a mapping, kept as a plain dict."""

from __future__ import annotations

from typing import TypeAlias

PostInvoiceitemsInvoiceitemBodyMetadataType0: TypeAlias = "dict[str, str]"
