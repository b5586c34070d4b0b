"""CustomerInvoiceCreditBalanceType0: a mapping, kept as a plain dict."""

from __future__ import annotations

from typing import TypeAlias

CustomerInvoiceCreditBalanceType0: TypeAlias = "dict[str, int]"
