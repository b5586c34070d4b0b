"""Events: what `FakeStripe.events` recorded, listed and fetched as `/v1/events` serves them.

The list is newest first and filters by `type` (where `*` stands for any part, as in
`invoice.*`), `types` (any of up to 20), `created` and `delivery_success` (every event counts as
still waiting for its webhook delivery: the fake has no endpoints to deliver to).
"""

from __future__ import annotations

import copy
import re
from typing import Any

from ._errors import ApiError
from ._event_store import Event, render_event
from ._pagination import in_range, list_page
from ._state import JsonObject, RequestContext

MAX_TYPES = 20


def _type_pattern(wanted: str) -> re.Pattern[str]:
    return re.compile(".*".join(re.escape(part) for part in wanted.split("*")))


def _matches(event: Event, params: dict[str, Any]) -> bool:
    if "type" in params and not _type_pattern(params["type"]).fullmatch(event.type):
        return False
    if "types" in params and event.type not in params["types"]:
        return False
    if params.get("delivery_success") is True:
        return False
    return "created" not in params or in_range(event.created, params["created"])


def list_all(call: RequestContext, ids: dict[str, str], params: dict[str, Any]) -> JsonObject:
    if "type" in params and "types" in params:
        raise ApiError.invalid_request(
            "Send type or types, not both.", param="types", code="parameters_exclusive"
        )
    if len(params.get("types", [])) > MAX_TYPES:
        raise ApiError.invalid_request(
            f"types takes at most {MAX_TYPES} event types.", param="types"
        )
    found = [e for e in reversed(call.state.events) if _matches(e, params)]
    return list_page(
        found,
        params,
        "/v1/events",
        "event",
        lambda event: copy.deepcopy(render_event(event)),
        lambda event: event.id,
    )


def retrieve(call: RequestContext, ids: dict[str, str], params: dict[str, Any]) -> JsonObject:
    for event in call.state.events:
        if event.id == ids["id"]:
            return copy.deepcopy(render_event(event))
    raise ApiError.missing("event", ids["id"], "id")


__all__ = ["list_all", "retrieve"]
