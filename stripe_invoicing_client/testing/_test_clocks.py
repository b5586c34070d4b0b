"""Test clocks: create, retrieve, list, delete, advance.

Advancing is synchronous here: everything due on the way (renewals, finalizations, emails,
overdue invoices; `_recurring.run_until`) happens inside the request, and the clock answers
`ready`. A clock never moves backwards.
"""

from __future__ import annotations

from typing import Any

from ._errors import ApiError
from ._listing import Listing, list_handler, rendered_alone
from ._objects import deleted_stub
from ._recurring import DAY, run_until
from ._state import Finder, JsonObject, RequestContext, at_time
from ._test_clock_store import TestClock, render_test_clock

# Stripe deletes a test clock 30 days after it was created.
LIFETIME = 30 * DAY


live_clock = Finder(lambda state: state.test_clocks, "test_clock", "test_clock")


def _frozen_time(params: dict[str, Any]) -> int:
    if "frozen_time" not in params:
        raise ApiError.missing_param("frozen_time")
    return int(params["frozen_time"])


def create(call: RequestContext, ids: dict[str, str], params: dict[str, Any]) -> JsonObject:
    state = call.state
    clock = call.new(
        TestClock,
        "clock",
        deletes_after=call.now() + LIFETIME,
        frozen_time=_frozen_time(params),
        name=params.get("name"),
    )
    if "customer" in params:
        customer = state.customers.get(params["customer"])
        if customer is None:
            raise ApiError.missing("customer", params["customer"], "customer")
        customer.test_clock = clock.id
    state.test_clocks[clock.id] = clock
    call.emit("test_helpers.test_clock.created", render_test_clock(clock))
    return render_test_clock(clock)


def retrieve(call: RequestContext, ids: dict[str, str], params: dict[str, Any]) -> JsonObject:
    return render_test_clock(live_clock(call.state, ids["test_clock"]))


list_all = list_handler(
    Listing(
        "/v1/test_helpers/test_clocks",
        "test_clock",
        "test_clocks",
        rendered_alone(render_test_clock),
        ranges=(),
    )
)


def delete(call: RequestContext, ids: dict[str, str], params: dict[str, Any]) -> JsonObject:
    """The clock goes, and with it the customers, subscriptions and quotes that followed it."""
    state = call.state
    clock = live_clock(state, ids["test_clock"])
    for subscription_id in [s.id for s in state.subscriptions.values() if s.test_clock == clock.id]:
        del state.subscriptions[subscription_id]  # its items go with it
    for schedule_id in [
        s.id for s in state.subscription_schedules.values() if s.test_clock == clock.id
    ]:
        del state.subscription_schedules[schedule_id]
    for quote_id in [q.id for q in state.quotes.values() if q.test_clock == clock.id]:
        del state.quotes[quote_id]
    for customer_id in [c.id for c in state.customers.values() if c.test_clock == clock.id]:
        del state.customers[customer_id]
        state.deleted_customers.add(customer_id)
    del state.test_clocks[clock.id]
    call.emit("test_helpers.test_clock.deleted", render_test_clock(clock))
    return deleted_stub("test_helpers.test_clock", clock.id)


def advance(call: RequestContext, ids: dict[str, str], params: dict[str, Any]) -> JsonObject:
    state = call.state
    clock = live_clock(state, ids["test_clock"])
    target = _frozen_time(params)
    if target <= clock.frozen_time:
        raise ApiError.invalid_request(
            f"The clock is at {clock.frozen_time}; frozen_time must be later than that "
            "(a test clock never moves backwards).",
            param="frozen_time",
        )
    clock.advancing_to = target
    call.emit("test_helpers.test_clock.advancing", render_test_clock(clock))
    run_until(call, clock.id, target)
    clock.frozen_time = target
    clock.advancing_to = None
    at_time(call, target).emit("test_helpers.test_clock.ready", render_test_clock(clock))
    return render_test_clock(clock)


__all__ = ["advance", "create", "delete", "list_all", "live_clock", "retrieve"]
