"""Tax rates: created, retrieved, updated (not the percentage) and listed."""

from __future__ import annotations

import copy
from typing import Any

from ._errors import ApiError, live
from ._listing import Listing, as_stored, list_handler, retrieve_handler
from ._objects import merged_metadata, store_created
from ._state import Call, JsonObject, State


def live_tax_rate(state: State, rate_id: str, param: str = "tax_rate") -> JsonObject:
    return live(state.tax_rates, "tax_rate", rate_id, param)


_TAX_RATE_FIELDS = ("country", "description", "jurisdiction", "state", "tax_type")


def create_tax_rate(call: Call, ids: dict[str, str], params: dict[str, Any]) -> JsonObject:
    percentage = params["percentage"]
    if not 0 <= percentage <= 100:
        raise ApiError.invalid_request("percentage must be between 0 and 100.", param="percentage")
    rate: JsonObject = {
        "id": call.new_id("txr"),
        "object": "tax_rate",
        "active": params.get("active", True),
        "country": None,
        "created": call.now(),
        "description": None,
        "display_name": params["display_name"],
        "effective_percentage": percentage,
        "flat_amount": None,
        "inclusive": params["inclusive"],
        "jurisdiction": None,
        "jurisdiction_level": None,
        "livemode": False,
        "metadata": merged_metadata({}, params.get("metadata", {})),
        "percentage": percentage,
        "rate_type": "percentage",
        "state": None,
        "tax_type": None,
    }
    for name in _TAX_RATE_FIELDS:
        if name in params:
            rate[name] = params[name]
    return store_created(call, call.state.tax_rates, rate, "tax_rate.created")


retrieve_tax_rate = retrieve_handler(live_tax_rate, "tax_rate", as_stored)


def update_tax_rate(call: Call, ids: dict[str, str], params: dict[str, Any]) -> JsonObject:
    rate = live_tax_rate(call.state, ids["tax_rate"])
    before = copy.deepcopy(rate)
    for name in ("active", "display_name", *_TAX_RATE_FIELDS):
        if name in params:
            rate[name] = params[name]
    if "metadata" in params:
        rate["metadata"] = merged_metadata(rate["metadata"], params["metadata"])
    call.emit_update("tax_rate.updated", before, copy.deepcopy(rate))
    return copy.deepcopy(rate)


list_tax_rates = list_handler(
    Listing(
        "/v1/tax_rates",
        "tax_rate",
        "tax_rates",
        equal=("active", "inclusive"),
    )
)


__all__ = [
    "create_tax_rate",
    "list_tax_rates",
    "live_tax_rate",
    "retrieve_tax_rate",
    "update_tax_rate",
]
