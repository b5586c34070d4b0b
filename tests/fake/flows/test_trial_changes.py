"""A subscription's trial changed by `subscriptions.update`, sync and async: `trial_end=now`
ends it and bills at once (collected as `payment_behavior` says), a future `trial_end` moves
its end (or starts one on an active subscription, crediting the time paid for),
`trial_from_plan` takes the price's trial; what Stripe refuses, and what the fake doesn't
model, is a 400 naming the parameter, nothing changed."""

from __future__ import annotations

from typing import Any

import pytest

from stripe_invoicing_client import CardError, InvalidRequestError
from stripe_invoicing_client.testing import FakeStripe

from ._support import (
    DAY,
    GOOD,
    START,
    catalog_price,
    items,
    on_clock,
    paying_with,
    run,
    sent,
    subscribe,
)

pytestmark = pytest.mark.usefixtures("team_plan")


async def _trialing(client: Any, fake: FakeStripe, card: str) -> tuple[Any, Any, Any]:
    """A customer on a clock at START paying with `card` ("fail": one the fake declines),
    subscribed to MONTHLY with a 7-day trial; the clock moved on 3 days."""
    clock, who = await on_clock(client, **paying_with(GOOD))
    if card == "fail":
        fake.fail_payments_for(str(who.id))
    sub = await subscribe(client, str(who.id), trial_period_days=7)
    await _advance(client, clock, START + 3 * DAY)
    return clock, who, sub


async def _advance(client: Any, clock: Any, when: int) -> None:
    await run(client.test_helpers.test_clocks.advance(clock.id, frozen_time=when))


async def _invoices(client: Any, customer_id: str) -> list[Any]:
    """The customer's invoices, oldest first."""
    made = await items(client.invoices.list(customer=customer_id))
    return sorted(made, key=lambda invoice: invoice.created)


# What the update leaves: the subscription's status, its first invoice's.
_OUTCOMES = {
    ("good", "allow_incomplete"): ("active", "paid"),
    ("fail", "allow_incomplete"): ("past_due", "open"),
    ("good", "default_incomplete"): ("past_due", "open"),  # the client is to confirm it
}


@pytest.mark.parametrize(("card", "payment_behavior"), list(_OUTCOMES))
async def test_ending_a_trial_now_bills_the_first_period_at_once(
    client: Any, fake: FakeStripe, card: str, payment_behavior: str
) -> None:
    status, invoice_status = _OUTCOMES[card, payment_behavior]
    _, who, sub = await _trialing(client, fake, card)
    ended = await run(
        client.subscriptions.update(str(sub.id), trial_end="now", payment_behavior=payment_behavior)
    )
    now = START + 3 * DAY
    assert ended.status == status
    assert (ended.billing_cycle_anchor, ended.items.data[0].current_period_start) == (now, now)
    first = (await _invoices(client, str(who.id)))[-1]
    assert (first.billing_reason, first.total, first.status) == (
        "subscription_update",
        3000,
        invoice_status,
    )
    assert ended.latest_invoice == first.id
    told = [e["type"] for e in fake.events if e["type"].startswith("customer.subscription.")]
    assert "customer.subscription.trial_will_end" in told
    changes = [e for e in fake.events if e["type"] == "customer.subscription.updated"]
    assert any(e["data"]["previous_attributes"].get("status") == "trialing" for e in changes)


async def test_a_declined_payment_with_error_if_incomplete_keeps_the_trial(
    client: Any, fake: FakeStripe
) -> None:
    _, who, sub = await _trialing(client, fake, "fail")
    with pytest.raises(CardError):
        await run(
            client.subscriptions.update(
                str(sub.id), trial_end="now", payment_behavior="error_if_incomplete"
            )
        )
    kept = await run(client.subscriptions.retrieve(str(sub.id)))
    assert (kept.status, kept.trial_end) == ("trialing", sub.trial_end)
    assert len(await _invoices(client, str(who.id))) == 1  # the trial's own zero invoice


@pytest.mark.parametrize("new_end", [START + 20 * DAY, START + 5 * DAY], ids=["later", "sooner"])
async def test_moving_a_trials_end_moves_the_first_invoice(
    client: Any, fake: FakeStripe, new_end: int
) -> None:
    clock, who, sub = await _trialing(client, fake, "good")
    moved = await run(client.subscriptions.update(str(sub.id), trial_end=new_end))
    assert (moved.status, moved.trial_end, moved.billing_cycle_anchor) == (
        "trialing",
        new_end,
        new_end,
    )
    assert moved.items.data[0].current_period_end == new_end
    preview = await run(client.invoices.create_preview(subscription=str(sub.id)))
    assert (preview.period_start, preview.total) == (new_end, 3000)
    (told,) = [e for e in fake.events if e["type"] == "customer.subscription.updated"]
    assert told["data"]["previous_attributes"]["trial_end"] == START + 7 * DAY
    await _advance(client, clock, new_end - DAY)
    assert (await run(client.subscriptions.retrieve(str(sub.id)))).status == "trialing"
    assert len(await _invoices(client, str(who.id))) == 1
    await _advance(client, clock, new_end + 2 * DAY)
    renewed = await run(client.subscriptions.retrieve(str(sub.id)))
    assert (renewed.status, renewed.billing_cycle_anchor) == ("active", new_end)
    first = (await _invoices(client, str(who.id)))[-1]
    assert (first.period_start, first.total, first.status) == (new_end, 3000, "paid")


async def test_a_moved_trial_ended_now_starts_a_full_period_now(
    client: Any, fake: FakeStripe
) -> None:
    # The moved end is the anchor while the trial lasts; ended early, it gives way to now
    # (not kept as an anchor sent on creation would be, which would prorate up to it).
    _, who, sub = await _trialing(client, fake, "good")
    await run(client.subscriptions.update(str(sub.id), trial_end=START + 20 * DAY))
    ended = await run(client.subscriptions.update(str(sub.id), trial_end="now"))
    now = START + 3 * DAY
    assert (ended.status, ended.billing_cycle_anchor) == ("active", now)
    first = (await _invoices(client, str(who.id)))[-1]
    lines = [(line.amount, line.period.start, line.period.end) for line in first.lines.data]
    assert lines == [(3000, now, START + 34 * DAY)]  # Jan 4 to Feb 4, not to the moved end


@pytest.mark.parametrize(
    ("proration_behavior", "total"),
    # 21 of January's 31 days were paid for and are credited: 3000 * 21 / 31 = 2032.
    [("create_prorations", 3000 - 2032), ("none", 3000)],
)
async def test_a_trial_added_to_an_active_subscription_credits_the_time_paid_for(
    client: Any, proration_behavior: str, total: int
) -> None:
    clock, who = await on_clock(client, **paying_with(GOOD))
    sub = await subscribe(client, str(who.id))
    await _advance(client, clock, START + 10 * DAY)
    trial_end = START + 40 * DAY
    trialing = await run(
        client.subscriptions.update(
            str(sub.id), trial_end=trial_end, proration_behavior=proration_behavior
        )
    )
    assert (trialing.status, sent(trialing.trial_start)) == ("trialing", START + 10 * DAY)
    period = trialing.items.data[0]
    assert (period.current_period_start, period.current_period_end) == (START + 10 * DAY, trial_end)
    # Nothing more is billed until the trial's end, not even at January's end.
    await _advance(client, clock, trial_end - DAY)
    assert len(await _invoices(client, str(who.id))) == 1
    await _advance(client, clock, trial_end + 2 * DAY)
    after = await _invoices(client, str(who.id))
    assert [(i.period_start, i.total) for i in after[1:]] == [(trial_end, total)]
    assert (await run(client.subscriptions.retrieve(str(sub.id)))).status == "active"


async def test_trial_from_plan_on_update_takes_the_prices_trial(client: Any) -> None:
    price = await catalog_price(client, recurring={"interval": "month", "trial_period_days": 14})
    clock, who = await on_clock(client, **paying_with(GOOD))
    sub = await subscribe(client, str(who.id), items=[{"price": price.id}])
    await _advance(client, clock, START + 5 * DAY)
    trialing = await run(client.subscriptions.update(str(sub.id), trial_from_plan=True))
    assert (trialing.status, trialing.trial_end) == ("trialing", START + 19 * DAY)


async def _canceled(client: Any, fake: FakeStripe) -> Any:
    _, _, sub = await _trialing(client, fake, "good")
    return await run(client.subscriptions.cancel(str(sub.id)))


async def _active(client: Any, fake: FakeStripe) -> Any:
    _, who = await on_clock(client, **paying_with(GOOD))
    return await subscribe(client, str(who.id))


async def _trialing_only(client: Any, fake: FakeStripe) -> Any:
    return (await _trialing(client, fake, "good"))[2]


@pytest.mark.parametrize(
    ("make", "params", "param", "says"),
    [
        (_trialing_only, {"trial_end": START + DAY}, "trial_end", "in the future"),
        (
            _trialing_only,
            {"trial_end": START + 9 * DAY, "trial_from_plan": True},
            "trial_from_plan",
            "together",
        ),
        (_active, {"trial_end": "now"}, "trial_end", "does not model"),
        (_canceled, {"trial_end": START + 9 * DAY}, None, "canceled"),
        (
            _trialing_only,
            {"trial_settings": {"end_behavior": {"billing_cycle_anchor": "unchanged"}}},
            "trial_settings",
            "does not model",
        ),
    ],
    ids=["past", "with_trial_from_plan", "now_without_a_trial", "canceled", "anchor_unchanged"],
)
async def test_trial_changes_stripe_or_the_fake_refuse_change_nothing(
    client: Any, fake: FakeStripe, make: Any, params: dict[str, Any], param: str | None, says: str
) -> None:
    sub = await make(client, fake)
    before = len(fake.events)
    with pytest.raises(InvalidRequestError, match=says) as refused:
        await run(client.subscriptions.update(str(sub.id), **params))
    assert refused.value.param == param
    kept = await run(client.subscriptions.retrieve(str(sub.id)))
    assert (kept.status, kept.trial_end) == (sub.status, sub.trial_end)
    assert len(fake.events) == before
