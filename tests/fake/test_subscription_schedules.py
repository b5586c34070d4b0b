"""Subscription schedules on the wire: every answer and event at the pinned shape, `expand[]`
as the spec allows, a phase ending mid-period prorated, refusals that change nothing."""

from __future__ import annotations

from typing import Any

from stripe_invoicing_client.testing import FakeStripe

from .support import Api, assert_pinned_shape, error_of, event_types

DAY = 86_400


def _schedule(api: Api, fake: FakeStripe, **params: Any) -> Any:
    customer = api.customer()
    phases = [
        {"items": [{"price": fake.create_price(1000)}], "duration": {"interval": "month"}},
        {"items": [{"price": fake.create_price(3000), "quantity": 2}]},
    ]
    body = {"customer": customer["id"], "phases": phases, "metadata": {"deal": "7"}}
    return api.post("/v1/subscription_schedules", {**body, **params})


def test_every_schedule_answer_is_at_the_pinned_shape(api: Api, fake: FakeStripe) -> None:
    schedule = _schedule(api, fake, default_settings={"description": "Plan"})
    assert_pinned_shape(schedule)
    assert schedule["id"].startswith("sub_sched_") and schedule["status"] == "active"
    assert_pinned_shape(api.get(f"/v1/subscription_schedules/{schedule['id']}"))
    assert_pinned_shape(api.get(f"/v1/subscriptions/{schedule['subscription']}"))
    updated = api.post(f"/v1/subscription_schedules/{schedule['id']}", {"metadata": {"a": "b"}})
    assert_pinned_shape(updated)
    assert updated["metadata"] == {"deal": "7", "a": "b"}
    assert_pinned_shape(api.get("/v1/subscription_schedules"))
    assert_pinned_shape(api.post(f"/v1/subscription_schedules/{schedule['id']}/release"))
    other = _schedule(api, fake, start_date=fake.clock.now() + DAY)
    assert (other["status"], other["subscription"]) == ("not_started", None)
    assert_pinned_shape(api.post(f"/v1/subscription_schedules/{other['id']}/cancel"))
    for event in fake.events:
        assert_pinned_shape(event)
    types = event_types(fake, "subscription_schedule.")
    assert types == [
        "subscription_schedule.created",
        "subscription_schedule.updated",
        "subscription_schedule.released",
        "subscription_schedule.created",
        "subscription_schedule.canceled",
    ]


def test_expand_takes_the_schedule_s_own_paths(api: Api, fake: FakeStripe) -> None:
    schedule = _schedule(api, fake)
    expanded = api.get(
        f"/v1/subscription_schedules/{schedule['id']}",
        {"expand": ["customer", "subscription", "test_clock"]},
    )
    assert expanded["customer"]["object"] == "customer"
    assert expanded["subscription"]["schedule"] == schedule["id"]
    assert_pinned_shape(expanded)
    listed = api.get("/v1/subscription_schedules", {"expand": ["data.customer"]})
    assert listed["data"][0]["customer"]["object"] == "customer"
    refused = api.raw("GET", f"/v1/subscription_schedules/{schedule['id']}", {"expand": ["phases"]})
    assert refused.status_code == 400
    assert error_of(refused.json())["param"] == "expand"


def test_a_phase_ending_mid_period_prorates_the_change(api: Api, fake: FakeStripe) -> None:
    now = fake.clock.now()
    clock = api.post("/v1/test_helpers/test_clocks", {"frozen_time": now})
    # Paying its first invoice: an unpaid one would leave it to expire 23 hours on.
    customer = api.customer_with_card(test_clock=clock["id"])
    cheap, dear = fake.create_price(3000), fake.create_price(6000)
    schedule = api.post(
        "/v1/subscription_schedules",
        {
            "customer": customer["id"],
            "phases": [
                {"items": [{"price": cheap}], "end_date": now + 10 * DAY},
                {"items": [{"price": dear}], "end_date": now + 40 * DAY},
            ],
        },
    )
    api.post(f"/v1/test_helpers/test_clocks/{clock['id']}/advance", {"frozen_time": now + 11 * DAY})
    pending = api.get("/v1/invoiceitems", {"customer": customer["id"], "pending": True})["data"]
    amounts = sorted(item["amount"] for item in pending)
    assert len(amounts) == 2 and amounts[0] < 0 < amounts[1]  # credit, then the new price
    assert all(item["proration"] for item in pending)
    subscription = api.get(f"/v1/subscriptions/{schedule['subscription']}")
    assert [item["price"]["id"] for item in subscription["items"]["data"]] == [dear]


def test_refusals_are_400s_naming_the_param_and_change_nothing(api: Api, fake: FakeStripe) -> None:
    customer = api.customer()
    price = fake.create_price(1000)
    writes = fake.write_count()
    cases: list[tuple[dict[str, object], str]] = [
        ({"phases": [{"items": [{"price": price}], "trial": True}]}, "phases[0][trial]"),
        ({"phases": [{"items": [{"price": price}]}], "end_behavior": "renew"}, "end_behavior"),
        (
            {
                "phases": [{"items": [{"price": price}], "collection_method": "send_invoice"}],
            },
            "phases[0][invoice_settings][days_until_due]",
        ),
        ({"phases": [{"items": [{"quantity": 2}]}]}, "phases[0][items][0][price]"),
        ({"phases": [{"items": [{"price": price}]}], "start_date": "soon"}, "start_date"),
    ]
    for params, param in cases:
        response = api.raw(
            "POST", "/v1/subscription_schedules", {"customer": customer["id"], **params}
        )
        assert response.status_code == 400, response.text
        assert error_of(response.json())["param"] == param
    assert fake.write_count() == writes
    assert api.get("/v1/subscription_schedules")["data"] == []
    assert api.get("/v1/subscriptions")["data"] == []


def test_new_phases_of_a_schedule_not_started_keep_its_start(api: Api, fake: FakeStripe) -> None:
    start = fake.clock.now() + 5 * DAY
    schedule = _schedule(api, fake, start_date=start)
    price = fake.create_price(2000)
    updated = api.post(
        f"/v1/subscription_schedules/{schedule['id']}", {"phases": [{"items": [{"price": price}]}]}
    )
    assert (updated["status"], updated["phases"][0]["start_date"]) == ("not_started", start)
    assert [p["items"][0]["price"] for p in updated["phases"]] == [price]
    moved = api.post(
        f"/v1/subscription_schedules/{schedule['id']}",
        {"phases": [{"items": [{"price": price}], "start_date": "now"}]},
    )
    assert moved["status"] == "active" and moved["subscription"] is not None
    late = api.raw(
        "POST",
        f"/v1/subscription_schedules/{schedule['id']}",
        {"phases": [{"items": [{"price": price}], "start_date": start}]},
    )
    assert error_of(late.json())["param"] == "phases[0][start_date]"


def test_a_schedule_whose_customer_is_gone_is_canceled_when_it_starts(
    api: Api, fake: FakeStripe
) -> None:
    now = fake.clock.now()
    clock = api.post("/v1/test_helpers/test_clocks", {"frozen_time": now})
    customer = api.customer(test_clock=clock["id"])
    schedule = api.post(
        "/v1/subscription_schedules",
        {
            "customer": customer["id"],
            "start_date": now + DAY,
            "phases": [{"items": [{"price": fake.create_price(1000)}]}],
        },
    )
    api.delete(f"/v1/customers/{customer['id']}")
    api.post(f"/v1/test_helpers/test_clocks/{clock['id']}/advance", {"frozen_time": now + 2 * DAY})
    gone = api.get(f"/v1/subscription_schedules/{schedule['id']}")
    assert (gone["status"], gone["canceled_at"], gone["subscription"]) == (
        "canceled",
        now + DAY,
        None,
    )


def test_deleting_the_customer_cancels_a_running_schedule_and_its_subscription(
    api: Api, fake: FakeStripe
) -> None:
    now = fake.clock.now()
    clock = api.post("/v1/test_helpers/test_clocks", {"frozen_time": now})
    customer = api.customer(test_clock=clock["id"])
    phases = [
        {"items": [{"price": fake.create_price(1000)}], "duration": {"interval": "month"}},
        {"items": [{"price": fake.create_price(3000)}]},
    ]
    body = {"customer": customer["id"], "phases": phases}
    schedule = api.post("/v1/subscription_schedules", body)
    api.delete(f"/v1/customers/{customer['id']}")
    advance = f"/v1/test_helpers/test_clocks/{clock['id']}/advance"
    api.post(advance, {"frozen_time": now + 70 * DAY})  # past the phase's end and a renewal
    gone = api.get(f"/v1/subscription_schedules/{schedule['id']}")
    assert (gone["status"], gone["canceled_at"]) == ("canceled", now)
    subscription = api.get(f"/v1/subscriptions/{schedule['subscription']}")
    assert (subscription["status"], subscription["canceled_at"]) == ("canceled", now)
    assert [i["billing_reason"] for i in api.get("/v1/invoices")["data"]] == ["subscription_create"]
    types = event_types(fake, "subscription_schedule.")
    assert types[-1] == "subscription_schedule.canceled"


def test_new_phases_of_a_running_schedule_keep_its_currency(api: Api, fake: FakeStripe) -> None:
    schedule = _schedule(api, fake)
    euro = fake.create_price(1000, "eur")
    refused = api.raw(
        "POST",
        f"/v1/subscription_schedules/{schedule['id']}",
        {"phases": [{"items": [{"price": euro}]}]},
    )
    assert refused.status_code == 400
    assert error_of(refused.json())["param"] == "phases[0][items]"
    assert api.get(f"/v1/subscription_schedules/{schedule['id']}")["phases"] == schedule["phases"]


def test_its_subscription_canceled_elsewhere_ends_the_schedule(api: Api, fake: FakeStripe) -> None:
    now = fake.clock.now()
    clock = api.post("/v1/test_helpers/test_clocks", {"frozen_time": now})
    advance = f"/v1/test_helpers/test_clocks/{clock['id']}/advance"
    schedules = []
    for has_card in (True, True, False):
        made = api.customer_with_card if has_card else api.customer
        customer = made(test_clock=clock["id"])
        phases = [{"items": [{"price": fake.create_price(1000)}], "end_date": now + 90 * DAY}]
        body = {"customer": customer["id"], "phases": phases}
        schedules.append(api.post("/v1/subscription_schedules", body))
    # One is canceled by request; the next one's renewal is declined until dunning gives up;
    # the last one's first invoice, with nothing to charge, goes unpaid until it expires.
    api.delete(f"/v1/subscriptions/{schedules[0]['subscription']}")
    fake.fail_payments_for(schedules[1]["customer"])
    fake.set_overdue_policy("cancel", after_days=3)
    api.post(advance, {"frozen_time": now + 40 * DAY})
    ended = [api.get(f"/v1/subscription_schedules/{s['id']}") for s in schedules]
    assert [s["status"] for s in ended] == ["canceled"] * 3
    expired = api.get(f"/v1/subscriptions/{schedules[2]['subscription']}")
    assert expired["status"] == "incomplete_expired"
    types = event_types(fake, "subscription_schedule.")
    canceled, aborted = "subscription_schedule.canceled", "subscription_schedule.aborted"
    assert types[-3:] == [canceled, canceled, aborted]


def test_a_schedule_on_the_fake_s_own_clock_starts_as_it_passes(api: Api, fake: FakeStripe) -> None:
    customer = api.customer()["id"]
    start = fake.clock.now() + DAY
    phases = [{"items": [{"price": fake.create_price(1000)}], "duration": {"interval": "month"}}]
    body = {"customer": customer, "start_date": start, "phases": phases}
    schedule = api.post("/v1/subscription_schedules", body)
    assert schedule["status"] == "not_started"
    fake.clock.advance(2 * DAY)
    # Any request catches up with what came due meanwhile: here, a list of invoices.
    [invoice] = api.get("/v1/invoices", {"customer": customer})["data"]
    assert invoice["billing_reason"] == "subscription_create"


def test_an_update_s_refusal_names_the_phase_as_sent(api: Api, fake: FakeStripe) -> None:
    customer = api.customer_with_card()
    first, then = fake.create_price(1000), fake.create_price(3000)
    month = {"interval": "month"}
    phases = [{"items": [{"price": first}], "duration": month}, {"items": [{"price": then}]}]
    schedule = api.post(
        "/v1/subscription_schedules", {"customer": customer["id"], "phases": phases}
    )
    fake.clock.advance(40 * DAY)  # into the second phase: the first is past
    running = api.get(f"/v1/subscription_schedules/{schedule['id']}")
    assert running["current_phase"]["start_date"] == running["phases"][1]["start_date"]
    sent = [
        {"items": [{"price": then}], "duration": month},
        {"items": [{"price": first}], "collection_method": "send_invoice"},
    ]
    refused = api.raw("POST", f"/v1/subscription_schedules/{schedule['id']}", {"phases": sent})
    # The request's phases start at the current one: the second sent is `phases[1]`.
    assert error_of(refused.json())["param"] == "phases[1][invoice_settings][days_until_due]"
