"""The id of an object the API answered with, as a `str` whatever the spec says.

Our description requires `id` on the objects the facade works with; Stripe's older published
descriptions (2022) leave `Invoice.id` optional, so a package regenerated from one types it
`str | Unset`. The facade reads ids through `id_of` and type-checks either way.
"""

from __future__ import annotations

from typing import Any

from .errors import APIResponseError


def id_of(obj: Any) -> str:
    value = obj.id
    if not isinstance(value, str):
        raise APIResponseError(
            f"the {type(obj).__name__} has no id", http_status=200, request_id=None
        )
    return value
