"""A subscription's billing cycle anchor reset by `subscriptions.update`, sync and async
(stripe-python 16.1's `billing_cycle_anchor={"type": "now"}`): a new period from now,
invoiced at once with the old period's unused time credited (unless
`proration_behavior=none`), collected as `payment_behavior` says; `unchanged` changes
nothing; what the fake doesn't model is a 400 naming the parameter, nothing changed.

A customer on a clock at 2026-01-01 pays 30.00 a month; the reset comes on January 11, with
21 of January's 31 days unused."""

from __future__ import annotations

from contextlib import nullcontext
from typing import Any

import pytest

from stripe_invoicing_client import CardError, InvalidRequestError
from stripe_invoicing_client.testing import FakeStripe

from ._support import DAY, MONTHLY, START, meter, metered_price, run, subscribe
from .test_billing_cycle_anchors import advance, billed, customer_at, invoices_of

pytestmark = pytest.mark.usefixtures("team_plan")

NOW = START + 10 * DAY  # January 11
FEB_1 = START + 31 * DAY
FEB_11 = NOW + 31 * DAY
MAR_11 = FEB_11 + 28 * DAY
RESET = {"type": "now"}
CREDIT = -2032  # 21/31 of 3000 = 2032.26, rounded half up


async def _subscribed(client: Any, fake: FakeStripe, card: str = "good") -> tuple[str, str, Any]:
    """A clock, its customer (paying with a card the fake declines when `card` is "fail")
    and their monthly subscription, the clock moved on to NOW."""
    clock, who = await customer_at(client, START)
    sub = await subscribe(client, who)
    if card == "fail":
        fake.fail_payments_for(who)
    await advance(client, clock, NOW)
    return clock, who, sub


@pytest.mark.parametrize(
    ("extra", "credit"),
    [
        ({}, [(CREDIT, NOW, FEB_1, True)]),
        ({"proration_behavior": "always_invoice"}, [(CREDIT, NOW, FEB_1, True)]),
        # Credited from January 6: 26/31 of 3000 = 2516.13.
        ({"proration_date": START + 5 * DAY}, [(-2516, START + 5 * DAY, FEB_1, True)]),
        ({"proration_behavior": "none"}, []),
    ],
    ids=["prorated", "always_invoice", "proration_date", "none"],
)
async def test_a_reset_starts_a_period_now_invoiced_at_once_less_the_unused_time(
    client: Any, fake: FakeStripe, extra: dict[str, Any], credit: list[Any]
) -> None:
    clock, _, sub = await _subscribed(client, fake)
    since = len(fake.events)
    reset = await run(client.subscriptions.update(str(sub.id), billing_cycle_anchor=RESET, **extra))
    item = reset.items.data[0]
    assert (reset.status, reset.billing_cycle_anchor) == ("active", NOW)
    assert (item.current_period_start, item.current_period_end) == (NOW, FEB_11)
    first, invoice = await invoices_of(client, sub)
    assert billed(invoice) == [*credit, (3000, NOW, FEB_11, False)]
    assert (invoice.billing_reason, invoice.status) == ("subscription_update", "paid")
    assert invoice.amount_paid == 3000 + sum(line[0] for line in credit)
    assert reset.latest_invoice == invoice.id
    told = [e for e in fake.events[since:] if e["type"].startswith(("customer.", "invoice."))]
    assert [e["type"] for e in told] == [
        "customer.subscription.updated",
        "invoice.created",
        "invoice.finalized",
        "invoice.paid",
        "invoice.payment_succeeded",
    ]
    assert told[0]["data"]["previous_attributes"]["billing_cycle_anchor"] == START
    # The next renewal comes one month after the reset, at the full price.
    await advance(client, clock, FEB_11 + 2 * 3_600)
    renewal = (await invoices_of(client, sub))[-1]
    assert (renewal.billing_reason, renewal.status) == ("subscription_cycle", "paid")
    assert billed(renewal) == [(3000, FEB_11, MAR_11, False)]
    assert first.billing_reason == "subscription_create"


async def test_a_price_changed_with_the_reset_bills_the_new_price_for_the_new_period(
    client: Any, fake: FakeStripe
) -> None:
    _, _, sub = await _subscribed(client, fake)
    dearer = {**MONTHLY, "unit_amount": 5000}
    reset = await run(
        client.subscriptions.update(
            str(sub.id),
            billing_cycle_anchor=RESET,
            items=[{"id": sub.items.data[0].id, "price_data": dearer}],
        )
    )
    assert reset.items.data[0].price.unit_amount == 5000
    invoice = (await invoices_of(client, sub))[-1]
    # The old price's unused time credited; the change itself isn't prorated.
    assert billed(invoice) == [(CREDIT, NOW, FEB_1, True), (5000, NOW, FEB_11, False)]
    assert invoice.amount_paid == 5000 + CREDIT


async def test_a_reset_bills_a_metered_item_s_usage_so_far(client: Any, fake: FakeStripe) -> None:
    price = await metered_price(client, (await meter(client, "searches")).id, unit_amount=5)
    clock, who = await customer_at(client, START)
    sub = await subscribe(client, who, items=[{"price": price.id}])
    await advance(client, clock, NOW)
    for when, value in ((START + 5 * DAY, "300"), (NOW, "7")):  # the latter counts after it
        usage = {"stripe_customer_id": who, "value": value}
        await run(
            client.billing.meter_events.create(event_name="searches", payload=usage, timestamp=when)
        )
    await run(client.subscriptions.update(str(sub.id), billing_cycle_anchor=RESET))
    reset = (await invoices_of(client, sub))[-1]
    # The usage of the period cut short, in arrears; the new period's, at its end.
    assert billed(reset) == [(1500, START, NOW, False), (0, NOW, FEB_11, False)]
    await advance(client, clock, FEB_11 + 2 * 3_600)
    assert billed((await invoices_of(client, sub))[-1])[0] == (35, NOW, FEB_11, False)


async def test_unchanged_changes_nothing(client: Any, fake: FakeStripe) -> None:
    _, _, sub = await _subscribed(client, fake)
    kept = await run(
        client.subscriptions.update(str(sub.id), billing_cycle_anchor={"type": "unchanged"})
    )
    assert (kept.billing_cycle_anchor, kept.items.data[0].current_period_end) == (START, FEB_1)
    assert len(await invoices_of(client, sub)) == 1


# What a reset declined leaves: the subscription's status and anchor, how many invoices it has
# (its last open); with `error_if_incomplete`, a 402 and nothing changed.
_OUTCOMES = {
    "allow_incomplete": ("past_due", NOW, 2),
    "default_incomplete": ("past_due", NOW, 2),  # the client is to confirm it
    "error_if_incomplete": ("active", START, 1),
}


@pytest.mark.parametrize("payment_behavior", list(_OUTCOMES))
async def test_a_reset_whose_invoice_isn_t_paid_leaves_it_past_due_or_unchanged(
    client: Any, fake: FakeStripe, payment_behavior: str
) -> None:
    _, _, sub = await _subscribed(client, fake, "fail")
    declined = payment_behavior == "error_if_incomplete"
    with pytest.raises(CardError) if declined else nullcontext():
        await run(
            client.subscriptions.update(
                str(sub.id), billing_cycle_anchor=RESET, payment_behavior=payment_behavior
            )
        )
    kept = await run(client.subscriptions.retrieve(str(sub.id)))
    made = await invoices_of(client, kept)
    assert (kept.status, kept.billing_cycle_anchor, len(made)) == _OUTCOMES[payment_behavior]
    assert made[-1].status == ("paid" if declined else "open")


async def _trialing(client: Any, fake: FakeStripe) -> Any:
    _, who = await customer_at(client, START)
    return await subscribe(client, who, trial_period_days=7)


async def _active(client: Any, fake: FakeStripe) -> Any:
    return (await _subscribed(client, fake))[2]


async def _scheduled(client: Any, fake: FakeStripe) -> Any:
    sub = await _active(client, fake)
    await run(client.subscription_schedules.create(from_subscription=str(sub.id)))
    return sub


async def _flexible(client: Any, fake: FakeStripe) -> Any:
    sub = await _active(client, fake)
    return await run(client.subscriptions.migrate(str(sub.id), billing_mode={"type": "flexible"}))


@pytest.mark.parametrize(
    ("make", "params", "param", "says"),
    [
        (_trialing, {}, "billing_cycle_anchor", "trialing"),
        (_active, {"trial_end": NOW + 9 * DAY}, "billing_cycle_anchor", "trial"),
        (_scheduled, {}, "billing_cycle_anchor", "schedule"),
        (_flexible, {}, "billing_cycle_anchor", "flexible"),
        # Stripe's own rules for `proration_date`: within the period, with prorations.
        (_active, {"proration_date": FEB_1 + DAY}, "proration_date", "current period"),
        (
            _active,
            {"proration_date": NOW, "proration_behavior": "none"},
            "proration_behavior",
            "needs prorations",
        ),
    ],
    ids=[
        "trialing",
        "with_trial_end",
        "scheduled",
        "flexible",
        "proration_date_later",
        "proration_date_none",
    ],
)
async def test_a_reset_refused_changes_nothing(
    client: Any, fake: FakeStripe, make: Any, params: dict[str, Any], param: str, says: str
) -> None:
    sub = await make(client, fake)
    before = len(fake.events)
    with pytest.raises(InvalidRequestError, match=says) as refused:
        await run(client.subscriptions.update(str(sub.id), billing_cycle_anchor=RESET, **params))
    assert (refused.value.http_status, refused.value.param) == (400, param)
    kept = await run(client.subscriptions.retrieve(str(sub.id)))
    assert (kept.status, kept.billing_cycle_anchor) == (sub.status, sub.billing_cycle_anchor)
    assert len(fake.events) == before


@pytest.mark.parametrize(
    "extra",
    [{}, {"proration_behavior": "none"}, {"proration_date": START + 5 * DAY}],
    ids=["prorated", "none", "proration_date"],
)
async def test_a_preview_of_a_reset_is_the_invoice_the_reset_makes(
    client: Any, fake: FakeStripe, extra: dict[str, Any]
) -> None:
    _, _, sub = await _subscribed(client, fake)
    change = {"billing_cycle_anchor": RESET, **extra}
    change["items"] = [{"id": sub.items.data[0].id, "quantity": 2}]
    before = len(fake.events)
    preview = await run(
        client.invoices.create_preview(subscription=str(sub.id), subscription_details=change)
    )
    assert (len(fake.events), len(await invoices_of(client, sub))) == (before, 1)
    assert (preview.billing_reason, preview.status) == ("upcoming", "draft")
    await run(client.subscriptions.update(str(sub.id), **change))
    invoice = (await invoices_of(client, sub))[-1]
    assert billed(preview) == billed(invoice)
    assert (preview.total, billed(invoice)[-1]) == (invoice.total, (6000, NOW, FEB_11, False))


async def _customer_only(sub: Any) -> dict[str, Any]:
    return {"customer": str(sub.customer)}


async def _of_subscription(sub: Any) -> dict[str, Any]:
    return {"subscription": str(sub.id)}


@pytest.mark.parametrize(
    ("make", "who", "anchor"),
    [
        (_active, _of_subscription, {"type": "timestamp", "timestamp": FEB_11}),
        (_active, _customer_only, RESET),
        (_trialing, _of_subscription, RESET),
    ],
    ids=["timestamp", "no_subscription", "trialing"],
)
async def test_a_preview_of_a_reset_the_fake_doesn_t_model_is_refused(
    client: Any, fake: FakeStripe, make: Any, who: Any, anchor: dict[str, Any]
) -> None:
    sub = await make(client, fake)
    details = {"billing_cycle_anchor": anchor}
    with pytest.raises(InvalidRequestError, match="does not model") as refused:
        await run(client.invoices.create_preview(**await who(sub), subscription_details=details))
    assert refused.value.param == "subscription_details[billing_cycle_anchor]"
