"""PostInvoicesBodyPaymentSettingsPaymentMethodOptionsSepaDebitType0: a mapping, kept as a plain dict."""

from __future__ import annotations

from typing import Any, TypeAlias

PostInvoicesBodyPaymentSettingsPaymentMethodOptionsSepaDebitType0: TypeAlias = "dict[str, Any]"
