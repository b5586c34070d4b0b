"""PostInvoicesBodyShippingCostShippingRateDataMetadata: a mapping, kept as a plain dict."""

from __future__ import annotations

from typing import TypeAlias

PostInvoicesBodyShippingCostShippingRateDataMetadata: TypeAlias = "dict[str, str]"
