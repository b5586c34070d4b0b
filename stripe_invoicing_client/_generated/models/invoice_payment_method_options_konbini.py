"""InvoicePaymentMethodOptionsKonbini: a mapping, kept as a plain dict."""

from __future__ import annotations

from typing import Any, TypeAlias

InvoicePaymentMethodOptionsKonbini: TypeAlias = "dict[str, Any]"
