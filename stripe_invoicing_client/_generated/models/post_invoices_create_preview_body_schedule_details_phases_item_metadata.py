"""PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemMetadata: a mapping, kept as a plain dict."""

from __future__ import annotations

from typing import TypeAlias

PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemMetadata: TypeAlias = "dict[str, str]"
