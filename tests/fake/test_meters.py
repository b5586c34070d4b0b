"""Usage-based billing on the wire: every answer and event at the pinned shape, pages of meters
and of summaries, and refusals that name their parameter before anything changes."""

from __future__ import annotations

from typing import Any

from stripe_invoicing_client.testing import FakeStripe

from .support import Api, assert_pinned_shape, error_of

HOUR = 3_600


def _meter(api: Api, event_name: str = "api_calls", **params: Any) -> Any:
    body = {
        "display_name": "API calls",
        "event_name": event_name,
        "default_aggregation": {"formula": "sum"},
        **params,
    }
    return api.post("/v1/billing/meters", body)


def test_every_meter_answer_is_at_the_pinned_shape(api: Api, fake: FakeStripe) -> None:
    meter = _meter(
        api,
        customer_mapping={"event_payload_key": "account", "type": "by_id"},
        value_settings={"event_payload_key": "calls"},
        event_time_window="hour",
    )
    assert (meter["customer_mapping"]["event_payload_key"], meter["event_time_window"]) == (
        "account",
        "hour",
    )
    assert_pinned_shape(meter)
    customer = api.customer()
    event = api.post(
        "/v1/billing/meter_events",
        {"event_name": "api_calls", "payload": {"account": customer["id"], "calls": "2.5"}},
    )
    assert_pinned_shape(event)
    adjustment = api.post(
        "/v1/billing/meter_event_adjustments",
        {
            "event_name": "api_calls",
            "type": "cancel",
            "cancel": {"identifier": event["identifier"]},
        },
    )
    assert_pinned_shape(adjustment)
    now = fake.clock.now()
    summaries = api.get(
        f"/v1/billing/meters/{meter['id']}/event_summaries",
        {"customer": customer["id"], "start_time": now - HOUR, "end_time": now + 60},
    )
    assert_pinned_shape(summaries)
    assert [s["aggregated_value"] for s in summaries["data"]] == [0]
    assert_pinned_shape(api.post(f"/v1/billing/meters/{meter['id']}", {"display_name": "Calls"}))
    assert_pinned_shape(api.post(f"/v1/billing/meters/{meter['id']}/deactivate"))
    assert_pinned_shape(api.post(f"/v1/billing/meters/{meter['id']}/reactivate"))
    assert_pinned_shape(api.get("/v1/billing/meters"))
    for webhook in fake.events:
        assert_pinned_shape(webhook)


def test_meters_and_summaries_page_by_cursor(api: Api, fake: FakeStripe) -> None:
    made = [_meter(api, f"event_{n}")["id"] for n in range(3)]
    first = api.get("/v1/billing/meters", {"limit": 2})
    assert [m["id"] for m in first["data"]] == made[:0:-1] and first["has_more"]
    rest = api.get("/v1/billing/meters", {"limit": 2, "starting_after": made[1]})
    assert [m["id"] for m in rest["data"]] == [made[0]]
    customer = api.customer()["id"]
    day_start = fake.clock.now() - fake.clock.now() % 86_400
    query = {"customer": customer, "start_time": day_start, "end_time": day_start + 5 * HOUR}
    url = f"/v1/billing/meters/{made[0]}/event_summaries"
    page = api.get(url, {**query, "value_grouping_window": "hour", "limit": 3})
    assert len(page["data"]) == 3 and page["has_more"]
    after = api.get(
        url,
        {**query, "value_grouping_window": "hour", "starting_after": page["data"][-1]["id"]},
    )
    starts = [s["start_time"] for s in page["data"] + after["data"]]
    assert sorted(starts, reverse=True) == starts and len(set(starts)) == 5


def test_refusals_name_the_parameter_and_change_nothing(api: Api, fake: FakeStripe) -> None:
    meter = _meter(api)
    customer = api.customer()["id"]
    cases: list[tuple[str, dict[str, Any], str, int]] = [
        ("/v1/billing/meters", {"display_name": "x", "event_name": "api_calls",
                                "default_aggregation": {"formula": "sum"}}, "event_name", 400),
        ("/v1/billing/meter_events",
         {"event_name": "nobody", "payload": {"stripe_customer_id": customer, "value": "1"}},
         "event_name", 400),
        ("/v1/billing/meter_events",
         {"event_name": "api_calls",
          "payload": {"stripe_customer_id": "cus_missing", "value": "1"}},
         "payload[stripe_customer_id]", 404),
        ("/v1/billing/meter_events",
         {"event_name": "api_calls", "payload": {"stripe_customer_id": customer}},
         "payload[value]", 400),
        ("/v1/billing/meter_event_adjustments",
         {"event_name": "api_calls", "type": "cancel", "cancel": {"identifier": "never_sent"}},
         "cancel[identifier]", 400),
        ("/v1/billing/meter_event_adjustments", {"event_name": "api_calls", "type": "cancel"},
         "cancel[identifier]", 400),
    ]  # fmt: skip
    for path, body, param, status in cases:
        answer = api.raw("POST", path, body)
        assert answer.status_code == status, (path, answer.text)
        assert error_of(answer.json())["param"] == param
    assert len(api.get("/v1/billing/meters")["data"]) == 1
    now = fake.clock.now()
    url = f"/v1/billing/meters/{meter['id']}/event_summaries"
    everything = {"customer": customer, "start_time": now - 86_400, "end_time": now + 60}
    assert [s["aggregated_value"] for s in api.get(url, everything)["data"]] == [0]
    for query, param in (
        ({"start_time": now + 1, "end_time": now + 120}, "start_time"),
        ({"start_time": now, "end_time": now}, "end_time"),
        ({"start_time": now, "end_time": now + 90, "value_grouping_window": "day"}, "end_time"),
    ):
        answer = api.raw("GET", url, {"customer": customer, **query})
        assert answer.status_code == 400
        assert error_of(answer.json())["param"] == param
    deactivated = api.post(f"/v1/billing/meters/{meter['id']}/deactivate")
    again = api.raw("POST", f"/v1/billing/meters/{meter['id']}/deactivate")
    assert again.status_code == 400
    assert api.get(f"/v1/billing/meters/{meter['id']}") == deactivated


def test_nothing_on_a_meter_expands(api: Api, fake: FakeStripe) -> None:
    meter = _meter(api)
    customer = api.customer()["id"]
    now = fake.clock.now()
    for method, path, params in (
        ("GET", f"/v1/billing/meters/{meter['id']}", {"expand": ["customer"]}),
        ("GET", "/v1/billing/meters", {"expand": ["data.customer"]}),
        (
            "GET",
            f"/v1/billing/meters/{meter['id']}/event_summaries",
            {
                "customer": customer,
                "start_time": now,
                "end_time": now + 60,
                "expand": ["data.meter"],
            },
        ),
        (
            "POST",
            "/v1/billing/meter_events",
            {
                "event_name": "api_calls",
                "payload": {"stripe_customer_id": customer, "value": "1"},
                "expand": ["customer"],
            },
        ),
    ):
        answer = api.raw(method, path, params)
        assert answer.status_code == 400, (path, answer.text)
        assert error_of(answer.json())["param"] == "expand"
