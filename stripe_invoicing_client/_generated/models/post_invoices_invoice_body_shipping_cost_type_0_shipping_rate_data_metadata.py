"""PostInvoicesInvoiceBodyShippingCostType0ShippingRateDataMetadata: a mapping, kept as a plain dict."""

from __future__ import annotations

from typing import TypeAlias

PostInvoicesInvoiceBodyShippingCostType0ShippingRateDataMetadata: TypeAlias = "dict[str, str]"
