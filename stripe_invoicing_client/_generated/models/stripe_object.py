"""StripeObject: a mapping, kept as a plain dict."""

from __future__ import annotations

from typing import Any, TypeAlias

StripeObject: TypeAlias = "dict[str, Any]"
