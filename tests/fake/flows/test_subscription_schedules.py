"""Subscription schedules on the fake, sync and async: phases that start and drive a
subscription as the customer's test clock passes them, ending by release or cancel; the
release and cancel calls and their refusals; updates, lists and typed webhook events."""

from __future__ import annotations

from typing import Any

import pytest

from stripe_invoicing_client import InvalidRequestError
from stripe_invoicing_client import models as m
from stripe_invoicing_client.testing import FakeStripe
from stripe_invoicing_client.webhooks import construct_event

from ._support import DAY, customer, items, paying_with, run, sent

START = 1_767_225_600  # 2026-01-01 00:00 UTC
FEB_1 = START + 31 * DAY
MAR_1 = FEB_1 + 28 * DAY
APR_1 = MAR_1 + 31 * DAY
SECRET = "whsec_e2eSchedules"


async def _on_clock(client: Any) -> tuple[m.TestClock, m.Customer]:
    """A test clock at START, and a customer on it holding a card its subscriptions charge."""
    clock = await run(client.test_helpers.test_clocks.create(frozen_time=START))
    return clock, await customer(client, test_clock=clock.id, **paying_with("pm_card_visa"))


async def _advance(client: Any, clock: m.TestClock, when: int) -> None:
    await run(client.test_helpers.test_clocks.advance(clock.id, frozen_time=when))


def _two_phases(fake: FakeStripe) -> tuple[str, str, list[dict[str, Any]]]:
    """A month of 1 x 10.00, then a month of 2 x 25.00 (monthly prices)."""
    basic, pro = fake.create_price(1000), fake.create_price(2500)
    phases = [
        {"items": [{"price": basic, "quantity": 1}], "duration": {"interval": "month"}},
        {"items": [{"price": pro, "quantity": 2}], "duration": {"interval": "month"}},
    ]
    return basic, pro, phases


async def _amounts(client: Any, customer_id: str) -> list[int]:
    found = await items(client.invoices.list(customer=customer_id))
    return [invoice.total for invoice in sorted(found, key=lambda i: i.created)]


async def test_phases_drive_the_subscription_then_release_it(client: Any, fake: FakeStripe) -> None:
    clock, who = await _on_clock(client)
    basic, pro, phases = _two_phases(fake)
    schedule = await run(
        client.subscription_schedules.create(
            customer=who.id,
            start_date="now",
            phases=phases,
            default_settings={"description": "Scheduled plan"},
        )
    )
    assert isinstance(schedule, m.SubscriptionSchedule)
    assert (schedule.status, schedule.end_behavior) == ("active", "release")
    assert [(p.start_date, p.end_date) for p in schedule.phases] == [
        (START, FEB_1),
        (FEB_1, MAR_1),
    ]
    current = sent(schedule.current_phase)
    assert (current.start_date, current.end_date) == (START, FEB_1)
    sub = await run(client.subscriptions.retrieve(str(schedule.subscription)))
    assert sub.schedule == schedule.id
    assert (sub.collection_method, sub.description) == ("charge_automatically", "Scheduled plan")
    assert [(i.price.id, i.quantity) for i in sub.items.data] == [(basic, 1)]
    assert await _amounts(client, who.id) == [1000]

    await _advance(client, clock, FEB_1 + DAY)
    sub = await run(client.subscriptions.retrieve(sub.id))
    assert [(i.price.id, i.quantity) for i in sub.items.data] == [(pro, 2)]
    assert await _amounts(client, who.id) == [1000, 5000]  # the renewal bills the new phase
    schedule = await run(client.subscription_schedules.retrieve(schedule.id))
    assert schedule.current_phase.start_date == FEB_1

    await _advance(client, clock, MAR_1 + DAY)
    schedule = await run(client.subscription_schedules.retrieve(schedule.id))
    assert (schedule.status, schedule.released_at) == ("released", MAR_1)
    assert (schedule.subscription, schedule.released_subscription) == (None, sub.id)
    assert schedule.current_phase is None
    sub = await run(client.subscriptions.retrieve(sub.id))
    assert (sub.status, sub.schedule) == ("active", None)
    assert await _amounts(client, who.id) == [1000, 5000, 5000]  # it keeps renewing

    parsed: list[Any] = []
    fake.deliver_events(lambda body, sig: parsed.append(construct_event(body, sig, SECRET)), SECRET)
    kinds = [e.type for e in parsed if e.type.startswith("subscription_schedule.")]
    assert kinds[0] == "subscription_schedule.created"
    assert "subscription_schedule.updated" in kinds
    assert kinds[-1] == "subscription_schedule.released"
    assert all(
        isinstance(e.data.object, m.SubscriptionSchedule)
        for e in parsed
        if e.type.startswith("subscription_schedule.")
    )


async def test_end_behavior_cancel_cancels_the_subscription(client: Any, fake: FakeStripe) -> None:
    clock, who = await _on_clock(client)
    _, _, phases = _two_phases(fake)
    schedule = await run(
        client.subscription_schedules.create(
            customer=who.id, start_date="now", phases=phases, end_behavior="cancel"
        )
    )
    await _advance(client, clock, MAR_1 + DAY)
    schedule = await run(client.subscription_schedules.retrieve(schedule.id))
    assert (schedule.status, schedule.completed_at) == ("completed", MAR_1)
    sub = await run(client.subscriptions.retrieve(str(schedule.subscription)))
    assert (sub.status, sub.ended_at) == ("canceled", MAR_1)
    types = [e["type"] for e in fake.events]
    assert "subscription_schedule.completed" in types
    assert "customer.subscription.deleted" in types


async def test_a_future_start_waits_not_started(client: Any, fake: FakeStripe) -> None:
    clock, who = await _on_clock(client)
    _, _, phases = _two_phases(fake)
    schedule = await run(
        client.subscription_schedules.create(
            customer=who.id, start_date=START + 10 * DAY, phases=phases
        )
    )
    assert (schedule.status, schedule.subscription, schedule.current_phase) == (
        "not_started",
        None,
        None,
    )
    assert schedule.phases[0].start_date == START + 10 * DAY
    assert await _amounts(client, who.id) == []
    scheduled = await items(client.subscription_schedules.list(scheduled=True))
    assert [s.id for s in scheduled] == [schedule.id]
    await _advance(client, clock, START + 11 * DAY)
    schedule = await run(client.subscription_schedules.retrieve(schedule.id))
    assert schedule.status == "active" and schedule.subscription is not None
    sub = await run(client.subscriptions.retrieve(str(schedule.subscription)))
    assert (sub.start_date, sub.schedule) == (START + 10 * DAY, schedule.id)
    assert await _amounts(client, who.id) == [1000]


async def test_cancel_ends_schedule_and_subscription(client: Any, fake: FakeStripe) -> None:
    _, who = await _on_clock(client)
    _, _, phases = _two_phases(fake)
    schedule = await run(
        client.subscription_schedules.create(customer=who.id, start_date="now", phases=phases)
    )
    canceled = await run(client.subscription_schedules.cancel(schedule.id, prorate=False))
    assert (canceled.status, canceled.canceled_at) == ("canceled", START)
    sub = await run(client.subscriptions.retrieve(str(canceled.subscription)))
    assert sub.status == "canceled"
    for again in (client.subscription_schedules.cancel, client.subscription_schedules.release):
        with pytest.raises(InvalidRequestError, match="canceled"):
            await run(again(schedule.id))
    assert [e["type"] for e in fake.events].count("subscription_schedule.canceled") == 1


async def test_release_leaves_the_subscription_running(client: Any, fake: FakeStripe) -> None:
    clock, who = await _on_clock(client)
    basic, _, phases = _two_phases(fake)
    schedule = await run(
        client.subscription_schedules.create(customer=who.id, start_date="now", phases=phases)
    )
    released = await run(client.subscription_schedules.release(schedule.id))
    assert (released.status, released.released_at) == ("released", START)
    assert (released.subscription, released.released_subscription) == (None, schedule.subscription)
    await _advance(client, clock, FEB_1 + DAY)
    sub = await run(client.subscriptions.retrieve(str(schedule.subscription)))
    assert (sub.status, sub.schedule) == ("active", None)
    assert [(i.price.id, i.quantity) for i in sub.items.data] == [(basic, 1)]  # no phase 2
    with pytest.raises(InvalidRequestError, match="released"):
        await run(client.subscription_schedules.cancel(schedule.id))


async def test_from_an_existing_subscription(client: Any, fake: FakeStripe) -> None:
    clock, who = await _on_clock(client)
    price = fake.create_price(1000)
    sub = await run(client.subscriptions.create(customer=who.id, items=[{"price": price}]))
    schedule = await run(client.subscription_schedules.create(from_subscription=sub.id))
    assert (schedule.status, schedule.subscription, schedule.customer) == (
        "active",
        sub.id,
        who.id,
    )
    assert [(p.start_date, p.end_date) for p in schedule.phases] == [(START, FEB_1)]
    assert [(i.price, i.quantity) for i in schedule.phases[0].items] == [(price, 1)]
    retrieved = await run(client.subscriptions.retrieve(sub.id))
    assert retrieved.schedule == schedule.id
    with pytest.raises(InvalidRequestError, match="schedule"):
        await run(client.subscription_schedules.create(from_subscription=sub.id))
    # Its one phase ends with the period: released, the subscription renews on its own.
    await _advance(client, clock, FEB_1 + DAY)
    schedule = await run(client.subscription_schedules.retrieve(schedule.id))
    assert schedule.status == "released"
    assert await _amounts(client, who.id) == [1000, 1000]


async def test_update_the_phases_of_an_active_schedule(client: Any, fake: FakeStripe) -> None:
    clock, who = await _on_clock(client)
    basic, _, phases = _two_phases(fake)
    schedule = await run(
        client.subscription_schedules.create(customer=who.id, start_date="now", phases=phases)
    )
    enterprise = fake.create_price(9900)
    updated = await run(
        client.subscription_schedules.update(
            schedule.id,
            phases=[
                {"items": [{"price": basic}], "start_date": START, "end_date": FEB_1},
                {"items": [{"price": enterprise, "quantity": 1}], "end_date": APR_1},
            ],
            end_behavior="cancel",
            metadata={"plan": "enterprise"},
        )
    )
    assert [(p.start_date, p.end_date) for p in updated.phases] == [(START, FEB_1), (FEB_1, APR_1)]
    assert (updated.end_behavior, updated.metadata) == ("cancel", {"plan": "enterprise"})
    await _advance(client, clock, FEB_1 + DAY)
    sub = await run(client.subscriptions.retrieve(str(updated.subscription)))
    assert [i.price.id for i in sub.items.data] == [enterprise]
    with pytest.raises(InvalidRequestError) as refused:
        await run(
            client.subscription_schedules.update(
                schedule.id, phases=[{"items": [{"price": basic}], "start_date": START}]
            )
        )
    assert refused.value.param == "phases[0][start_date]"


async def test_refusals_change_nothing(client: Any, fake: FakeStripe) -> None:
    _, who = await _on_clock(client)
    basic, _, phases = _two_phases(fake)
    cases: list[tuple[dict[str, Any], str]] = [
        ({"phases": phases}, "customer"),
        ({"customer": who.id}, "phases"),
        (
            {"customer": who.id, "phases": [{"items": [{"price": "price_nope"}]}]},
            "phases[0][items][0][price]",
        ),
        (
            {
                "customer": who.id,
                "phases": [{"items": [{"price": basic}], "end_date": START - DAY}],
            },
            "phases[0][end_date]",
        ),
        (
            {
                "customer": who.id,
                "phases": [
                    {
                        "items": [{"price": basic}],
                        "end_date": FEB_1,
                        "duration": {"interval": "day"},
                    }
                ],
            },
            "phases[0][duration]",
        ),
        ({"customer": who.id, "phases": phases, "from_subscription": "sub_x"}, "from_subscription"),
        ({"customer": who.id, "phases": phases, "start_date": START - DAY}, "start_date"),
    ]
    for params, param in cases:
        with pytest.raises(InvalidRequestError) as refused:
            await run(client.subscription_schedules.create(**params))
        assert refused.value.param == param, params
    assert await items(client.subscription_schedules.list()) == []
    assert await items(client.subscriptions.list(customer=who.id)) == []


async def test_list_filters_and_pages(client: Any, fake: FakeStripe) -> None:
    _, ada = await _on_clock(client)
    _, bob = await _on_clock(client)
    _, _, phases = _two_phases(fake)
    made = []
    for who in (ada, bob, ada):
        made.append(await run(client.subscription_schedules.create(customer=who.id, phases=phases)))
    of_ada = await items(client.subscription_schedules.list(customer=ada.id, limit=1))
    assert [s.id for s in of_ada] == [made[2].id, made[0].id]
    assert await items(client.subscription_schedules.list(scheduled=True)) == []
    await run(client.subscription_schedules.release(made[1].id))
    released = await items(client.subscription_schedules.list(released_at={"gte": START}))
    assert [s.id for s in released] == [made[1].id]
