"""Item changes that reset a subscription's billing cycle anchor, sync and async, as Stripe's
change-price and billing cycle guides say: a price of another billing period (`interval`
and `interval_count` together) bills from the day of the change, and a paid price joining
zero-amount ones resets the period; the reset is invoiced at once, the unused time
credited, as `billing_cycle_anchor=now` is (`test_billing_cycle_anchor_resets`). What the
fake doesn't model is a 400 naming the parameter, nothing changed.

A customer on a clock at 2026-01-01 pays 30.00 a month; the change comes on January 11, with
21 of January's 31 days unused."""

from __future__ import annotations

from contextlib import nullcontext
from typing import Any

import pytest

from stripe_invoicing_client import CardError, InvalidRequestError
from stripe_invoicing_client.testing import FakeStripe

from ._support import DAY, MONTHLY, START, run, subscribe
from .test_billing_cycle_anchor_resets import (
    CREDIT,
    FEB_1,
    FEB_11,
    NOW,
    _active,
    _flexible,
    _scheduled,
    _trialing,
)
from .test_billing_cycle_anchors import advance, billed, customer_at, invoices_of

pytestmark = pytest.mark.usefixtures("team_plan")

YEARLY = {**MONTHLY, "unit_amount": 30000, "recurring": {"interval": "year"}}
QUARTERLY = {
    **MONTHLY,
    "unit_amount": 8000,
    "recurring": {"interval": "month", "interval_count": 3},
}
FREE = {**MONTHLY, "unit_amount": 0}
JAN_11_2027 = NOW + 365 * DAY
APR_11 = FEB_11 + 28 * DAY + 31 * DAY


async def _subscribed(
    client: Any, fake: FakeStripe, card: str = "good", **params: Any
) -> tuple[str, Any]:
    """A clock and its customer's monthly subscription (with `params`), moved on to NOW; the
    customer's card declined from then on when `card` is "fail"."""
    clock, who = await customer_at(client, START)
    sub = await subscribe(client, who, **params)
    if card == "fail":
        fake.fail_payments_for(who)
    await advance(client, clock, NOW)
    return clock, sub


async def _change_by_update(client: Any, sub: Any, price: dict[str, Any], **extra: Any) -> None:
    item = {"id": sub.items.data[0].id, "price_data": price}
    await run(client.subscriptions.update(str(sub.id), items=[item], **extra))


async def _change_by_item(client: Any, sub: Any, price: dict[str, Any], **extra: Any) -> None:
    await run(
        client.subscription_items.update(str(sub.items.data[0].id), price_data=price, **extra)
    )


async def _swap_by_delete_and_add(
    client: Any, sub: Any, price: dict[str, Any], **extra: Any
) -> None:
    items = [{"id": sub.items.data[0].id, "deleted": True}, {"price_data": price}]
    await run(client.subscriptions.update(str(sub.id), items=items, **extra))


# Each case: the new price, its first period's end, the request's extra parameters and the
# credit of January's unused time it makes.
_DATED = START + 5 * DAY  # credited from January 6: 26/31 of 3000 = 2516.13
_Line = tuple[int, int, int, bool]
_CASES: dict[str, tuple[dict[str, Any], int, dict[str, Any], list[_Line]]] = {
    "yearly": (YEARLY, JAN_11_2027, {}, [(CREDIT, NOW, FEB_1, True)]),
    "quarterly": (QUARTERLY, APR_11, {}, [(CREDIT, NOW, FEB_1, True)]),  # interval_count alone
    "none": (YEARLY, JAN_11_2027, {"proration_behavior": "none"}, []),
    "proration_date": (
        YEARLY,
        JAN_11_2027,
        {"proration_date": _DATED},
        [(-2516, _DATED, FEB_1, True)],
    ),
}


@pytest.mark.parametrize("change", [_change_by_update, _change_by_item, _swap_by_delete_and_add])
@pytest.mark.parametrize("case", list(_CASES))
async def test_a_price_of_another_billing_period_bills_a_new_period_from_now(
    client: Any, fake: FakeStripe, change: Any, case: str
) -> None:
    price, ends, extra, credit = _CASES[case]
    clock, sub = await _subscribed(client, fake)
    since = len(fake.events)
    await change(client, sub, price, **extra)
    changed = await run(client.subscriptions.retrieve(str(sub.id)))
    item = changed.items.data[0]
    assert (changed.status, changed.billing_cycle_anchor) == ("active", NOW)
    assert (item.current_period_start, item.current_period_end) == (NOW, ends)
    _, invoice = await invoices_of(client, sub)
    assert billed(invoice) == [*credit, (price["unit_amount"], NOW, ends, False)]
    assert (invoice.billing_reason, invoice.status) == ("subscription_update", "paid")
    assert invoice.amount_paid == price["unit_amount"] + sum(line[0] for line in credit)
    told = [e["type"] for e in fake.events[since:] if e["type"].startswith("invoice.")]
    assert told[:3] == ["invoice.created", "invoice.finalized", "invoice.paid"]
    # Renewed a period on, at the full price.
    await advance(client, clock, ends + 2 * 3_600)
    assert billed((await invoices_of(client, sub))[-1])[0][:2] == (price["unit_amount"], ends)


@pytest.mark.parametrize(
    "items",
    [
        lambda sub: [{"price_data": MONTHLY}],  # a paid price added
        lambda sub: [{"id": sub.items.data[0].id, "price_data": MONTHLY}],  # the free one paid
    ],
    ids=["added", "changed"],
)
async def test_a_paid_price_joining_free_ones_resets_the_period(
    client: Any, fake: FakeStripe, items: Any
) -> None:
    _, sub = await _subscribed(client, fake, items=[{"price_data": FREE}])
    changed = await run(client.subscriptions.update(str(sub.id), items=items(sub)))
    assert (changed.billing_cycle_anchor, changed.items.data[-1].current_period_end) == (
        NOW,
        FEB_11,
    )
    invoice = (await invoices_of(client, sub))[-1]
    # Nothing to credit of a free price; every item bills the new period.
    lines = [(line.amount, line.period.end) for line in invoice.lines.data]
    assert sorted(lines) == sorted([(3000, FEB_11)] + [(0, FEB_11)] * (len(lines) - 1))
    assert (invoice.billing_reason, invoice.amount_paid) == ("subscription_update", 3000)


@pytest.mark.parametrize(
    ("params", "change"),
    [
        # `unchanged` keeps the anchor: the paid price is prorated, 21/31 of 3000, pending.
        ({"items": [{"price_data": FREE}]}, {"billing_cycle_anchor": {"type": "unchanged"}}),
        # A paid price's quantity going from zero doesn't reset it (the change-price guide).
        ({"items": [{"price_data": MONTHLY, "quantity": 0}]}, {}),
    ],
    ids=["unchanged", "quantity_from_zero"],
)
async def test_what_keeps_the_anchor_when_paying_starts(
    client: Any, fake: FakeStripe, params: dict[str, Any], change: dict[str, Any]
) -> None:
    _, sub = await _subscribed(client, fake, **params)
    if "billing_cycle_anchor" in change:
        change["items"] = [{"price_data": MONTHLY}]
    else:
        change["items"] = [{"id": sub.items.data[0].id, "quantity": 1}]
    kept = await run(client.subscriptions.update(str(sub.id), **change))
    assert (kept.billing_cycle_anchor, kept.items.data[-1].current_period_end) == (START, FEB_1)
    assert len(await invoices_of(client, sub)) == 1
    preview = await run(client.invoices.create_preview(subscription=str(sub.id)))
    assert (2032, NOW, FEB_1, True) in billed(preview)


# A change whose invoice is declined: the subscription's status, anchor and monthly price
# left, how many invoices it has; with `error_if_incomplete`, a 402 and nothing changed.
_OUTCOMES = {
    "allow_incomplete": ("past_due", NOW, 30000, 2),
    "error_if_incomplete": ("active", START, 3000, 1),
}


@pytest.mark.parametrize("payment_behavior", list(_OUTCOMES))
async def test_a_change_whose_invoice_isn_t_paid_leaves_it_past_due_or_unchanged(
    client: Any, fake: FakeStripe, payment_behavior: str
) -> None:
    _, sub = await _subscribed(client, fake, "fail")
    declined = payment_behavior == "error_if_incomplete"
    with pytest.raises(CardError) if declined else nullcontext():
        await _change_by_update(client, sub, YEARLY, payment_behavior=payment_behavior)
    kept = await run(client.subscriptions.retrieve(str(sub.id)))
    made = await invoices_of(client, kept)
    price = kept.items.data[0].price.unit_amount
    assert (kept.status, kept.billing_cycle_anchor, price, len(made)) == _OUTCOMES[payment_behavior]


async def _add_yearly(client: Any, sub: Any, price: dict[str, Any], **extra: Any) -> None:
    items = [{"price_data": price}]
    await run(client.subscriptions.update(str(sub.id), items=items, **extra))


_UNCHANGED = {"billing_cycle_anchor": {"type": "unchanged"}}


@pytest.mark.parametrize(
    ("make", "change", "extra", "refusal"),  # refusal: the parameter named, and what it says
    [
        (_trialing, _change_by_update, {}, "items:trialing"),
        (_trialing, _change_by_item, {}, "price:trialing"),
        (_active, _change_by_update, {"trial_end": NOW + 9 * DAY}, "items:trial change"),
        (_scheduled, _change_by_update, {}, "items:schedule"),
        (_flexible, _change_by_update, {}, "items:flexible"),
        (_active, _change_by_update, _UNCHANGED, "billing_cycle_anchor:period changes"),
        (_active, _add_yearly, {}, "items:mixed-interval"),
    ],
    ids=["trialing", "trialing_item", "trial_end", "scheduled", "flexible", "unchanged", "mixed"],
)
async def test_a_reset_the_fake_doesn_t_model_is_refused_and_changes_nothing(
    client: Any, fake: FakeStripe, make: Any, change: Any, extra: dict[str, Any], refusal: str
) -> None:
    param, says = refusal.split(":")
    sub, events = await make(client, fake), len(fake.events)
    with pytest.raises(InvalidRequestError, match=says) as refused:
        await change(client, sub, YEARLY, **extra)
    assert (refused.value.http_status, refused.value.param) == (400, param)
    kept = await run(client.subscriptions.retrieve(str(sub.id)))
    assert (kept.billing_cycle_anchor, len(kept.items.data)) == (sub.billing_cycle_anchor, 1)
    assert kept.items.data[0].price.unit_amount == 3000
    assert len(fake.events) == events


@pytest.mark.parametrize(
    ("params", "items"),
    [
        ({}, lambda sub: [{"id": sub.items.data[0].id, "price_data": YEARLY}]),
        ({"items": [{"price_data": FREE}]}, lambda sub: [{"price_data": MONTHLY}]),
    ],
    ids=["yearly", "free_to_paid"],
)
async def test_a_preview_of_a_resetting_change_is_the_invoice_it_makes(
    client: Any, fake: FakeStripe, params: dict[str, Any], items: Any
) -> None:
    _, sub = await _subscribed(client, fake, **params)
    change = {"items": items(sub)}
    before = len(fake.events)
    preview = await run(
        client.invoices.create_preview(subscription=str(sub.id), subscription_details=change)
    )
    assert (len(fake.events), len(await invoices_of(client, sub))) == (before, 1)
    await run(client.subscriptions.update(str(sub.id), **change))
    invoice = (await invoices_of(client, sub))[-1]
    assert invoice.billing_reason == "subscription_update"
    assert (billed(preview), preview.total) == (billed(invoice), invoice.total)


async def test_a_preview_of_a_resetting_change_the_fake_doesn_t_model_is_refused(
    client: Any, fake: FakeStripe
) -> None:
    sub = await _trialing(client, fake)
    change = {"items": [{"id": sub.items.data[0].id, "price_data": YEARLY}]}
    with pytest.raises(InvalidRequestError, match="trialing") as refused:
        await run(
            client.invoices.create_preview(subscription=str(sub.id), subscription_details=change)
        )
    assert refused.value.param == "subscription_details[items]"
