"""Usage-based billing: meters (created, renamed, deactivated, reactivated, listed), the usage
events reported to them, adjustments that cancel an event, and a customer's event summaries.

Stripe checks some of a meter event asynchronously (no meter of its name, a customer it cannot
find) and reports them later; the fake refuses them at once, with the parameter named. A
customer on a test clock reports usage in the clock's time: an event's `timestamp` defaults to
the clock's now, and must be within the 35 days before it or the 5 minutes after. What a
metered price bills at renewal is `_meter_store.usage`, read by `_recurring`.
"""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet
from decimal import Decimal
from typing import Any

from ._customers import live_customer
from ._errors import ApiError
from ._listing import Listing, list_handler, retrieve_handler, update_handler
from ._meter_store import (
    ACTIVE,
    COUNT,
    INACTIVE,
    Meter,
    MeterEvent,
    render_adjustment,
    render_meter,
    render_meter_event,
    render_summary,
    usage,
)
from ._pagination import list_page
from ._state import Finder, JsonObject, RequestContext, State, time_on

MINUTE, HOUR, DAY = 60, 3_600, 86_400
PAST_WINDOW = 35 * DAY  # how old an event's timestamp may be
FUTURE_WINDOW = 5 * MINUTE  # how far ahead of now it may be
CANCEL_WINDOW = DAY  # how long after it was received an event may be cancelled
GROUPING = {"hour": HOUR, "day": DAY}
MAX_WINDOWS = 10_000  # summaries one request may ask for
# A value as an event's payload gives it: a plain decimal, not too long to bill.
_VALUE = re.compile(r"-?[0-9]{1,15}(?:\.[0-9]{1,12})?")


live_meter = Finder(lambda state: state.meters, "billing meter", "id")


def meter_view(state: State, meter: Meter, expand: AbstractSet[str] = frozenset()) -> JsonObject:
    return render_meter(meter)


def _active_named(state: State, event_name: str) -> Meter | None:
    return next(
        (m for m in state.meters.values() if m.event_name == event_name and m.status == ACTIVE),
        None,
    )


def _name_is_free(state: State, event_name: str) -> None:
    taken = _active_named(state, event_name)
    if taken is not None:
        raise ApiError.invalid_request(
            f"An active meter ({taken.id}) already has the event_name {event_name!r}; "
            "deactivate it first or choose another name.",
            param="event_name",
        )


def create(call: RequestContext, ids: dict[str, str], params: dict[str, Any]) -> JsonObject:
    state = call.state
    event_name = params["event_name"]
    _name_is_free(state, event_name)
    meter = call.new(
        Meter,
        "mtr",
        display_name=params["display_name"],
        event_name=event_name,
        formula=params["default_aggregation"]["formula"],
        event_time_window=params.get("event_time_window"),
    )
    if "customer_mapping" in params:
        meter.customer_key = params["customer_mapping"]["event_payload_key"]
    if "value_settings" in params:
        meter.value_key = params["value_settings"]["event_payload_key"]
    state.meters[meter.id] = meter
    call.emit("billing.meter.created", render_meter(meter))
    return render_meter(meter)


def _rename(call: RequestContext, meter: Meter, params: dict[str, Any]) -> None:
    if "display_name" in params:
        meter.display_name = params["display_name"]
        meter.updated = call.now()


retrieve = retrieve_handler(live_meter, "id", meter_view)
update = update_handler(live_meter, "id", "billing.meter.updated", meter_view, _rename)


def deactivate(call: RequestContext, ids: dict[str, str], params: dict[str, Any]) -> JsonObject:
    meter = live_meter(call.state, ids["id"])
    if meter.status != ACTIVE:
        raise ApiError.invalid_request(f"The meter {meter.id} is already inactive.")
    meter.status = INACTIVE
    meter.deactivated_at = meter.updated = call.now()
    call.emit("billing.meter.deactivated", render_meter(meter))
    return render_meter(meter)


def reactivate(call: RequestContext, ids: dict[str, str], params: dict[str, Any]) -> JsonObject:
    state = call.state
    meter = live_meter(state, ids["id"])
    if meter.status == ACTIVE:
        raise ApiError.invalid_request(f"The meter {meter.id} is already active.")
    _name_is_free(state, meter.event_name)
    meter.status = ACTIVE
    meter.updated = call.now()
    call.emit("billing.meter.reactivated", render_meter(meter))
    return render_meter(meter)


list_all = list_handler(
    Listing("/v1/billing/meters", "billing meter", "meters", meter_view, equal=("status",))
)


# -- meter events ------------------------------------------------------------------------------


def _meter_for_event(state: State, event_name: str) -> Meter:
    meter = _active_named(state, event_name)
    if meter is not None:
        return meter
    if any(m.event_name == event_name for m in state.meters.values()):
        message = f"The meter for event_name {event_name!r} is inactive: it takes no events."
    else:
        message = f"No active meter has the event_name {event_name!r}."
    raise ApiError.invalid_request(message, param="event_name")


def _value(meter: Meter, payload: dict[str, str]) -> Decimal:
    param = f"payload[{meter.value_key}]"
    given = payload.get(meter.value_key)
    if given is None:
        if meter.formula == COUNT:
            return Decimal(1)
        raise ApiError.missing_param(param)
    if not _VALUE.fullmatch(given):
        raise ApiError.invalid_request(
            f"The meter event's value must be a number, got {given!r}.", param=param
        )
    return Decimal(given)


def create_event(call: RequestContext, ids: dict[str, str], params: dict[str, Any]) -> JsonObject:
    state = call.state
    meter = _meter_for_event(state, params["event_name"])
    identifier = params.get("identifier") or call.new_id("mevt")
    if identifier in state.meter_events:
        raise ApiError.invalid_request(
            f"An event already exists with identifier {identifier}.", param="identifier"
        )
    payload = dict(params["payload"])
    customer_param = f"payload[{meter.customer_key}]"
    if meter.customer_key not in payload:
        raise ApiError.missing_param(customer_param)
    customer = live_customer(state, payload[meter.customer_key], customer_param)
    value = _value(meter, payload)
    now = time_on(state, customer.test_clock)
    timestamp = params.get("timestamp", now)
    if not now - PAST_WINDOW <= timestamp <= now + FUTURE_WINDOW:
        raise ApiError.invalid_request(
            "The timestamp must be within the past 35 days or up to 5 minutes in the future "
            f"(now is {now}).",
            param="timestamp",
        )
    event = MeterEvent(
        identifier=identifier,
        event_name=meter.event_name,
        created=now,
        timestamp=timestamp,
        payload=payload,
        meter=meter.id,
        customer=customer.id,
        value=value,
    )
    state.meter_events[identifier] = event
    return render_meter_event(event)


def create_adjustment(
    call: RequestContext, ids: dict[str, str], params: dict[str, Any]
) -> JsonObject:
    state = call.state
    identifier = (params.get("cancel") or {}).get("identifier")
    if identifier is None:
        raise ApiError.missing_param("cancel[identifier]")
    event = state.meter_events.get(identifier)
    if event is None or event.event_name != params["event_name"]:
        raise ApiError.invalid_request(
            f"No meter event {params['event_name']!r} has the identifier {identifier}.",
            param="cancel[identifier]",
        )
    if event.canceled:
        raise ApiError.invalid_request(
            f"The meter event {identifier} is already cancelled.", param="cancel[identifier]"
        )
    customer = state.customers.get(event.customer)
    if time_on(state, customer.test_clock if customer else None) > event.created + CANCEL_WINDOW:
        raise ApiError.invalid_request(
            f"The meter event {identifier} was received more than 24 hours ago: too late to "
            "cancel it.",
            param="cancel[identifier]",
        )
    event.canceled = True
    # Stripe applies an adjustment in the background; the fake has applied it already.
    return render_adjustment(event, "pending")


# -- event summaries ---------------------------------------------------------------------------


def _windows(params: dict[str, Any]) -> list[tuple[int, int]]:
    start, end = params["start_time"], params["end_time"]
    grouping = params.get("value_grouping_window")
    step = GROUPING[grouping] if grouping else MINUTE
    for name, value in (("start_time", start), ("end_time", end)):
        if value % step:
            boundary = f"{grouping} boundaries" if grouping else "minute boundaries"
            raise ApiError.invalid_request(f"{name} must be aligned with {boundary}.", param=name)
    if start >= end:
        raise ApiError.invalid_request("end_time must be after start_time.", param="end_time")
    if not grouping:
        return [(start, end)]
    if (end - start) // step > MAX_WINDOWS:
        raise ApiError.invalid_request(
            f"The range holds more than {MAX_WINDOWS} {grouping}s; ask for a shorter one.",
            param="end_time",
        )
    return [(at, at + step) for at in range(start, end, step)]


def event_summaries(
    call: RequestContext, ids: dict[str, str], params: dict[str, Any]
) -> JsonObject:
    state = call.state
    meter = live_meter(state, ids["id"])
    customer = live_customer(state, params["customer"], "customer")
    events = list(state.meter_events.values())
    newest_first = list(reversed(_windows(params)))
    summaries = [
        render_summary(meter, customer.id, window, usage(meter, events, customer.id, *window))
        for window in newest_first
    ]
    return list_page(
        summaries, params, f"/v1/billing/meters/{meter.id}/event_summaries", "summary", dict
    )


__all__ = [
    "create",
    "create_adjustment",
    "create_event",
    "deactivate",
    "event_summaries",
    "list_all",
    "live_meter",
    "reactivate",
    "retrieve",
    "update",
]
