"""Cursor pagination (`limit`, `starting_after`, `ending_before`) and range filters."""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence
from typing import Any

from ._errors import ApiError
from ._state import JsonObject

DEFAULT_LIMIT = 10
MAX_LIMIT = 100


def page_limit(params: dict[str, Any]) -> int:
    limit = params.get("limit", DEFAULT_LIMIT)
    if not isinstance(limit, int) or not 1 <= limit <= MAX_LIMIT:
        raise ApiError.invalid_request(
            f"Invalid limit: must be between 1 and {MAX_LIMIT}, got {limit}.", param="limit"
        )
    return limit


def in_range(value: int | None, condition: Any) -> bool:
    """`created=5` or `created[gte]=3&created[lt]=9`, as list filters take them."""
    if value is None:
        return False
    if isinstance(condition, int):
        return value == condition
    checks: dict[str, Callable[[int, int], bool]] = {
        "gt": lambda a, b: a > b,
        "gte": lambda a, b: a >= b,
        "lt": lambda a, b: a < b,
        "lte": lambda a, b: a <= b,
    }
    return all(checks[op](value, bound) for op, bound in condition.items())


def _json_id(obj: JsonObject) -> str:
    return str(obj["id"])


def list_page(
    ordered: Sequence[Any],
    params: dict[str, Any],
    url: str,
    kind: str,
    render: Callable[[Any], JsonObject],
    id_of: Callable[[Any], str] = _json_id,
    *,
    unfiltered: Sequence[Any] | None = None,
) -> JsonObject:
    """One page of `ordered` (already in the API's order) as a list envelope; `id_of` reads
    a stored object's id (cursors name objects by id).

    `unfiltered`, when `ordered` is a filter's pick of it (in the same order), is what a
    cursor may name: an object that no longer matches the filter (a draft finalized since
    the last page) still marks its place in the list."""
    limit = page_limit(params)
    after = params.get("starting_after")
    before = params.get("ending_before")
    if after is not None and before is not None:
        raise ApiError.exclusive(
            "Use either starting_after or ending_before, not both.", "ending_before"
        )
    every = ordered if unfiltered is None else unfiltered
    place = {id_of(obj): number for number, obj in enumerate(every)}
    places = [place[id_of(obj)] for obj in ordered]  # rising: `ordered` keeps the order
    if before is not None:
        if before not in place:
            raise ApiError.missing(kind, before, "ending_before")
        end = bisect.bisect_left(places, place[before])
        start = max(0, end - limit)
        chunk, has_more = ordered[start:end], start > 0
    else:
        start = 0
        if after is not None:
            if after not in place:
                raise ApiError.missing(kind, after, "starting_after")
            start = bisect.bisect_right(places, place[after])
        chunk = ordered[start : start + limit]
        has_more = start + limit < len(ordered)
    return envelope("list", [render(obj) for obj in chunk], has_more, url)


def envelope(
    kind: str, data: list[JsonObject], has_more: bool, url: str, **more: Any
) -> JsonObject:
    """A page as answered: a `list` or a `search_result` (which adds `next_page`)."""
    return {"object": kind, "data": data, "has_more": has_more, **more, "url": url}


__all__ = ["DEFAULT_LIMIT", "MAX_LIMIT", "envelope", "in_range", "list_page", "page_limit"]
