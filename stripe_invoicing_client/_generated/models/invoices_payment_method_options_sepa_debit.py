"""InvoicesPaymentMethodOptionsSepaDebit: a mapping, kept as a plain dict."""

from __future__ import annotations

from typing import Any, TypeAlias

InvoicesPaymentMethodOptionsSepaDebit: TypeAlias = "dict[str, Any]"
