"""A subscription's trial as time goes by, sync and async: its first invoice is free as
`invoice.created` tells of it, `customer.subscription.trial_will_end` comes three days before
the trial's end (at once when less is left), once per trial, on a test clock or the fake's own
clock, and `trial_start` / `trial_end` stay as the trial's times once it is over."""

from __future__ import annotations

from typing import Any

import pytest

from stripe_invoicing_client.testing import FakeStripe

from ._support import (
    DAY,
    GOOD,
    START,
    TIMES,
    customer,
    paying_with,
    run,
    subscribe,
    time_mover,
)

pytestmark = pytest.mark.usefixtures("team_plan")

WARNED = "customer.subscription.trial_will_end"
TRIAL_END = START + 7 * DAY  # of the 7-day trials below


def _told(fake: FakeStripe, kind: str) -> list[dict[str, Any]]:
    return [event for event in fake.events if event["type"] == kind]


def _warnings(fake: FakeStripe) -> list[tuple[int, str, int]]:
    """Each trial_will_end told: (its time, the subscription's status, its trial_end)."""
    return [
        (event["created"], event["data"]["object"]["status"], event["data"]["object"]["trial_end"])
        for event in _told(fake, WARNED)
    ]


async def _trialing(client: Any, fake: FakeStripe, time: str = "test_clock") -> tuple[Any, Any]:
    """A customer whose objects live at START on `time`, subscribed with a 7-day trial; and
    how to move their time on (`time_mover`)."""
    on, move_to = await time_mover(client, fake, time)
    who = await customer(client, **on, **paying_with(GOOD))
    return await subscribe(client, str(who.id), trial_period_days=7), move_to


@pytest.mark.parametrize("one_time", [0, 4000], ids=["plain", "with_a_one_time_item"])
async def test_a_trials_first_invoice_is_free_when_it_is_told_created(
    client: Any, fake: FakeStripe, one_time: int
) -> None:
    # `add_invoice_items` are still due on it; the subscription's own lines are free.
    added = [{"price": fake.create_price(one_time), "quantity": 1}] if one_time else []
    who = await customer(client, **paying_with(GOOD))
    sub = await subscribe(client, str(who.id), trial_period_days=7, add_invoice_items=added)
    (created,) = [e["data"]["object"] for e in _told(fake, "invoice.created")]
    first = await run(client.invoices.retrieve(str(sub.latest_invoice)))
    assert created["id"] == first.id
    assert (created["subtotal"], created["total"], first.total) == (one_time, one_time, one_time)
    told_lines = sorted(line["amount"] for line in created["lines"]["data"])
    assert told_lines == sorted(line.amount for line in first.lines.data)
    assert told_lines == sorted([0, one_time] if one_time else [0])
    # The free line names the trial and the product, as Stripe's answers do.
    [free] = [line for line in first.lines.data if line.amount == 0]
    assert free.description == "Trial period for Team plan"


@pytest.mark.parametrize("time", TIMES)
async def test_trial_will_end_comes_three_days_before_the_trials_end_once(
    client: Any, fake: FakeStripe, time: str
) -> None:
    sub, move_to = await _trialing(client, fake, time)
    await move_to(TRIAL_END - 3 * DAY - 1)
    await run(client.subscriptions.retrieve(str(sub.id)))
    assert _warnings(fake) == []
    await move_to(TRIAL_END - DAY)
    await run(client.subscriptions.retrieve(str(sub.id)))
    assert _warnings(fake) == [(TRIAL_END - 3 * DAY, "trialing", TRIAL_END)]
    await move_to(TRIAL_END + 40 * DAY)  # the trial's end and a renewal: not told again
    ended = await run(client.subscriptions.retrieve(str(sub.id)))
    assert ended.status == "active"
    assert len(_warnings(fake)) == 1


# How a trial of less than three days is set, and the request telling of it at once.
_SHORT = {
    "created_short": ({"trial_period_days": 2}, None),
    "moved_close": ({"trial_period_days": 7}, {"trial_end": START + 2 * DAY}),
    "started_close": ({}, {"trial_end": START + 2 * DAY}),
}


@pytest.mark.parametrize("setup", list(_SHORT))
async def test_a_trial_with_less_than_three_days_left_is_told_at_once(
    client: Any, fake: FakeStripe, setup: str
) -> None:
    created, update = _SHORT[setup]
    on, move_to = await time_mover(client, fake, "test_clock")
    who = await customer(client, **on, **paying_with(GOOD))
    sub = await subscribe(client, str(who.id), **created)
    if update is not None:
        await run(client.subscriptions.update(str(sub.id), **update))
    assert _warnings(fake) == [(START, "trialing", START + 2 * DAY)]
    # Told after the event of the change that set the trial.
    kinds = [e["type"] for e in fake.events if e["type"].startswith("customer.subscription.")]
    assert kinds[-1] == WARNED
    await move_to(START + 5 * DAY)  # the trial's end: not told again
    await run(client.subscriptions.retrieve(str(sub.id)))
    assert len(_warnings(fake)) == 1


async def test_moving_a_trials_end_after_its_warning_warns_again_before_the_new_end(
    client: Any, fake: FakeStripe
) -> None:
    sub, move_to = await _trialing(client, fake)
    await move_to(TRIAL_END - 2 * DAY)
    new_end = START + 20 * DAY
    await run(client.subscriptions.update(str(sub.id), trial_end=new_end))
    assert len(_warnings(fake)) == 1  # the first trial's; the new end is 15 days away
    await move_to(new_end - DAY)
    await run(client.subscriptions.retrieve(str(sub.id)))
    assert _warnings(fake)[1:] == [(new_end - 3 * DAY, "trialing", new_end)]


@pytest.mark.parametrize("warned_first", [False, True], ids=["before_warning", "after_warning"])
async def test_ending_a_trial_now_tells_trial_will_end_unless_it_was_told(
    client: Any, fake: FakeStripe, warned_first: bool
) -> None:
    sub, move_to = await _trialing(client, fake)
    now = TRIAL_END - (2 if warned_first else 5) * DAY
    await move_to(now)
    await run(client.subscriptions.update(str(sub.id), trial_end="now"))
    expected = TRIAL_END - 3 * DAY if warned_first else now
    assert [when for when, _, _ in _warnings(fake)] == [expected]


# How a 7-day trial ends, and what `trial_end` then says: when it ended.
_ENDINGS = {"on_time": TRIAL_END, "now": START + 2 * DAY}


@pytest.mark.parametrize("ending", list(_ENDINGS))
async def test_a_trials_times_stay_once_it_is_over(
    client: Any, fake: FakeStripe, ending: str
) -> None:
    sub, move_to = await _trialing(client, fake)
    ended_at = _ENDINGS[ending]
    if ending == "now":
        await move_to(ended_at)
        await run(client.subscriptions.update(str(sub.id), trial_end="now"))
    else:
        await move_to(ended_at + DAY)
    over = await run(client.subscriptions.retrieve(str(sub.id)))
    assert (over.status, over.trial_start, over.trial_end) == ("active", START, ended_at)
    # Over, the trial doesn't hold billing back: the next month renews.
    first = over.latest_invoice
    await move_to(ended_at + 32 * DAY)
    renewed = await run(client.subscriptions.retrieve(str(sub.id)))
    assert renewed.latest_invoice != first
    assert (renewed.status, renewed.trial_end) == ("active", ended_at)
