"""A schedule phase's `billing_cycle_anchor` on the wire, a test clock moving into the next
phase: `automatic` (the default) resets the anchor to the phase's start only when its prices
bill on another period (as an update's item change does), `phase_start` always; a reset
credits the unused time and invoices the new period at once, and a preview of the
subscription shows that invoice. What Stripe refuses, or the fake doesn't model, is a 400
naming the parameter, nothing changed.

A customer on a clock at 2026-01-01 pays 30.00 a month; the next phase starts on January 11,
with 21 of January's 31 days unused (credited: 2032)."""

from __future__ import annotations

from typing import Any

from stripe_invoicing_client.testing import FakeStripe

from .support import Api, assert_pinned_shape, error_of

DAY = 86_400
JAN_1 = 1_767_225_600
JAN_11 = JAN_1 + 10 * DAY
FEB_1, FEB_11 = JAN_1 + 31 * DAY, JAN_11 + 31 * DAY
JAN_11_2027 = JAN_11 + 365 * DAY
CREDIT = -2032  # 21/31 of 30.00


def _price(api: Api, amount: int, interval: str = "month") -> str:
    product = api.post("/v1/products", {"name": "Team"})["id"]
    body = {"product": product, "currency": "usd", "unit_amount": amount}
    return str(api.post("/v1/prices", {**body, "recurring": {"interval": interval}})["id"])


def _customer(api: Api) -> tuple[str, str]:
    clock = api.post("/v1/test_helpers/test_clocks", {"frozen_time": JAN_1})["id"]
    return clock, api.customer_with_card(test_clock=clock)["id"]


def _schedule(api: Api, customer: str, then: dict[str, Any]) -> Any:
    """A schedule of 30.00 a month until January 11, then the phase `then`."""
    first = {"items": [{"price": _price(api, 3000)}], "end_date": JAN_11}
    body = {"customer": customer, "phases": [first, then]}
    return api.post("/v1/subscription_schedules", body)


def _advance(api: Api, clock: str, when: int) -> None:
    api.post(f"/v1/test_helpers/test_clocks/{clock}/advance", {"frozen_time": when})


def _period(subscription: Any) -> tuple[int, int, int]:
    item = subscription["items"]["data"][0]
    return (
        subscription["billing_cycle_anchor"],
        item["current_period_start"],
        item["current_period_end"],
    )


def _invoices(api: Api, subscription: str) -> list[Any]:
    """The subscription's invoices, oldest first."""
    return list(reversed(api.get("/v1/invoices", {"subscription": subscription})["data"]))


def _lines(invoice: Any) -> list[tuple[int, int, int]]:
    return [
        (li["amount"], li["period"]["start"], li["period"]["end"])
        for li in invoice["lines"]["data"]
    ]


def test_a_phase_billing_yearly_resets_the_anchor_and_invoices_at_once(api: Api) -> None:
    clock, customer = _customer(api)
    yearly = _price(api, 30000, "year")
    schedule = _schedule(api, customer, {"items": [{"price": yearly}]})
    assert schedule["phases"][1]["billing_cycle_anchor"] is None  # not set: automatic
    sub = schedule["subscription"]
    # Previewed before the phase starts, the invoice its start makes.
    preview = api.post("/v1/invoices/create_preview", {"subscription": sub})
    _advance(api, clock, JAN_11 + DAY)
    subscription = api.get(f"/v1/subscriptions/{sub}")
    assert _period(subscription) == (JAN_11, JAN_11, JAN_11_2027)
    assert [i["billing_reason"] for i in _invoices(api, sub)] == [
        "subscription_create",
        "subscription_update",
    ]
    reset = _invoices(api, sub)[-1]
    assert (reset["billing_reason"], reset["created"], reset["status"]) == (
        "subscription_update",
        JAN_11,
        "paid",
    )
    assert _lines(reset) == [(CREDIT, JAN_11, FEB_1), (30000, JAN_11, JAN_11_2027)]
    assert reset["total"] == 30000 + CREDIT
    assert (_lines(preview), preview["total"]) == (_lines(reset), reset["total"])
    # Nothing more until the year is out: the month's renewal no longer comes.
    _advance(api, clock, FEB_11 + DAY)
    assert len(_invoices(api, sub)) == 2


def test_a_phase_on_the_same_interval_keeps_the_anchor(api: Api) -> None:
    clock, customer = _customer(api)
    schedule = _schedule(api, customer, {"items": [{"price": _price(api, 6000)}]})
    sub = schedule["subscription"]
    _advance(api, clock, JAN_11 + DAY)
    assert _period(api.get(f"/v1/subscriptions/{sub}")) == (JAN_1, JAN_1, FEB_1)
    assert len(_invoices(api, sub)) == 1  # the change prorated, pending for February's
    pending = api.get("/v1/invoiceitems", {"customer": customer, "pending": True})["data"]
    assert sorted(item["amount"] for item in pending) == [CREDIT, 4065]  # 21/31 of 60.00


def test_phase_start_resets_the_anchor_of_a_same_interval_phase(api: Api) -> None:
    clock, customer = _customer(api)
    then = {"items": [{"price": _price(api, 6000)}], "billing_cycle_anchor": "phase_start"}
    schedule = _schedule(api, customer, then)
    assert [p["billing_cycle_anchor"] for p in schedule["phases"]] == [None, "phase_start"]
    assert_pinned_shape(schedule)
    sub = schedule["subscription"]
    _advance(api, clock, JAN_11 + DAY)
    assert _period(api.get(f"/v1/subscriptions/{sub}")) == (JAN_11, JAN_11, FEB_11)
    reset = _invoices(api, sub)[-1]
    assert (reset["billing_reason"], reset["created"]) == ("subscription_update", JAN_11)
    assert _lines(reset) == [(CREDIT, JAN_11, FEB_1), (6000, JAN_11, FEB_11)]
    kept = api.get(f"/v1/subscription_schedules/{schedule['id']}")["phases"]
    assert [p["billing_cycle_anchor"] for p in kept] == [None, "phase_start"]


def test_a_schedule_update_moving_the_current_phase_to_yearly_resets_now(api: Api) -> None:
    clock, customer = _customer(api)
    monthly = _price(api, 3000)
    phases = [{"items": [{"price": monthly}], "end_date": FEB_11}]
    schedule = api.post("/v1/subscription_schedules", {"customer": customer, "phases": phases})
    _advance(api, clock, JAN_11)
    yearly = {"items": [{"price": _price(api, 30000, "year")}], "start_date": JAN_1}
    path = f"/v1/subscription_schedules/{schedule['id']}"
    api.post(path, {"phases": [{**yearly, "end_date": FEB_11}]})
    sub = schedule["subscription"]
    assert _period(api.get(f"/v1/subscriptions/{sub}")) == (JAN_11, JAN_11, JAN_11_2027)
    assert _lines(_invoices(api, sub)[-1]) == [
        (CREDIT, JAN_11, FEB_1),
        (30000, JAN_11, JAN_11_2027),
    ]


def test_refusals_name_the_param_and_change_nothing(api: Api, fake: FakeStripe) -> None:
    _, customer = _customer(api)
    monthly, yearly = _price(api, 3000), _price(api, 30000, "year")
    first = {"items": [{"price": monthly}], "end_date": JAN_11}
    anchored = {"items": [{"price": monthly}], "billing_cycle_anchor": "phase_start"}
    mixed = {"items": [{"price": monthly}, {"price": yearly}]}
    cases: list[tuple[dict[str, Any], str]] = [
        # Stripe's rule: phase_start can't go with a trial.
        ({"phases": [first, {**anchored, "trial": True}]}, "phases[1][billing_cycle_anchor]"),
        ({"phases": [first, {**anchored, "trial_end": FEB_1}]}, "phases[1][billing_cycle_anchor]"),
        # The fake's: a period change with mixed intervals, a default anchor.
        ({"phases": [first, mixed]}, "phases[1][items]"),
        ({"phases": [first, {**mixed, "billing_cycle_anchor": "phase_start"}]}, "phases[1][items]"),
        (
            {"phases": [first], "default_settings": {"billing_cycle_anchor": "phase_start"}},
            "default_settings[billing_cycle_anchor]",
        ),
    ]
    writes = fake.write_count()
    for params, param in cases:
        body = {"customer": customer, **params}
        response = api.raw("POST", "/v1/subscription_schedules", body)
        assert response.status_code == 400, response.text
        assert error_of(response.json())["param"] == param
    assert fake.write_count() == writes
    schedule = api.post("/v1/subscription_schedules", {"customer": customer, "phases": [first]})
    # phase_start set on the phase already running: Stripe doesn't say what it does.
    current = {**first, "start_date": JAN_1, "billing_cycle_anchor": "phase_start"}
    path = f"/v1/subscription_schedules/{schedule['id']}"
    refused = api.raw("POST", path, {"phases": [current]})
    assert error_of(refused.json())["param"] == "phases[0][billing_cycle_anchor]"
    assert api.get(path)["phases"] == schedule["phases"]


def test_a_reset_with_proration_behavior_none_credits_nothing(api: Api) -> None:
    clock, customer = _customer(api)
    then = {"items": [{"price": _price(api, 30000, "year")}], "proration_behavior": "none"}
    sub = _schedule(api, customer, then)["subscription"]
    _advance(api, clock, JAN_11 + DAY)
    assert _lines(_invoices(api, sub)[-1]) == [(30000, JAN_11, JAN_11_2027)]
