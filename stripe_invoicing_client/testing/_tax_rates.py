"""Tax rates: created, retrieved, updated (not the percentage) and listed."""

from __future__ import annotations

from typing import Any

from ._catalog_store import TaxRate, render_tax_rate
from ._errors import ApiError
from ._listing import Listing, list_handler, rendered_alone, update_handler
from ._objects import merged_metadata
from ._state import Finder, JsonObject, RequestContext

live_tax_rate = Finder(lambda state: state.tax_rates, "tax_rate", "tax_rate")


_TAX_RATE_FIELDS = ("country", "description", "jurisdiction", "state", "tax_type")


def create_tax_rate(
    call: RequestContext, ids: dict[str, str], params: dict[str, Any]
) -> JsonObject:
    percentage = params["percentage"]
    if not 0 <= percentage <= 100:
        raise ApiError.invalid_request("percentage must be between 0 and 100.", param="percentage")
    rate = call.new(
        TaxRate,
        "txr",
        display_name=params["display_name"],
        percentage=percentage,
        inclusive=params["inclusive"],
        active=params.get("active", True),
        metadata=merged_metadata({}, params.get("metadata", {})),
    )
    _set_fields(rate, params, _TAX_RATE_FIELDS)
    call.state.tax_rates[rate.id] = rate
    call.emit("tax_rate.created", render_tax_rate(rate))
    return render_tax_rate(rate)


def _set_fields(rate: TaxRate, params: dict[str, Any], names: tuple[str, ...]) -> None:
    for name in names:
        if name in params:
            setattr(rate, name, params[name])


def retrieve_tax_rate(
    call: RequestContext, ids: dict[str, str], params: dict[str, Any]
) -> JsonObject:
    return render_tax_rate(live_tax_rate(call.state, ids["tax_rate"]))


def _update_tax_rate(call: RequestContext, rate: TaxRate, params: dict[str, Any]) -> None:
    _set_fields(rate, params, ("active", "display_name", *_TAX_RATE_FIELDS))
    if "metadata" in params:
        rate.metadata = merged_metadata(rate.metadata, params["metadata"])


update_tax_rate = update_handler(
    live_tax_rate, "tax_rate", "tax_rate.updated", rendered_alone(render_tax_rate), _update_tax_rate
)


list_tax_rates = list_handler(
    Listing(
        "/v1/tax_rates",
        "tax_rate",
        "tax_rates",
        rendered_alone(render_tax_rate),
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
