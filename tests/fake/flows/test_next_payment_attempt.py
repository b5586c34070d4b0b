"""`next_payment_attempt` on the fake, sync and async: when payment will next be attempted
(stripe-python 16.1's `Invoice.next_payment_attempt`; null for `send_invoice`). The fake
charges an auto-advancing draft as it finalizes it, an hour after creation or at its
`automatically_finalizes_at`, so such a draft shows that time (a one-off draft's:
test_auto_advancing_drafts.py). Without `set_retry_schedule` (the default) it never retries
a failed payment (with one: test_payment_retries.py), and attempts none without auto-advance,
for `send_invoice`, or while its subscription's collection is paused: those show null, and so
does every invoice once finalized."""

from __future__ import annotations

from typing import Any

import pytest

from stripe_invoicing_client.models import Invoice
from stripe_invoicing_client.testing import FakeStripe

from ._support import DAY, HOUR, MONTHLY, START, on_clock, paying_with, run

LATER = START + 6 * HOUR  # after every attempt below


@pytest.fixture(autouse=True)
async def products(team_plan: None) -> None:
    """The product of `MONTHLY`, the plan these tests subscribe to."""


@pytest.mark.parametrize(
    ("params", "pause", "declines", "attempt_at", "then"),
    [
        ({"auto_advance": True}, None, False, START + HOUR, "paid"),
        (
            {"auto_advance": True, "automatically_finalizes_at": START + 5 * HOUR},
            None,
            False,
            START + 5 * HOUR,
            "paid",
        ),
        ({"auto_advance": True}, None, True, START + HOUR, "open"),
        ({"auto_advance": False}, None, False, None, "draft"),
        (
            {"auto_advance": True, "collection_method": "send_invoice", "days_until_due": 30},
            None,
            False,
            None,
            "open",
        ),
        ({"auto_advance": True}, "keep_as_draft", False, None, "draft"),
    ],
    ids=["an_hour_on", "when_scheduled", "declined", "no_auto_advance", "send_invoice", "paused"],
)
async def test_a_draft_shows_when_the_fake_will_charge_it(
    client: Any,
    fake: FakeStripe,
    params: dict[str, Any],
    pause: str | None,
    declines: bool,
    attempt_at: int | None,
    then: str,
) -> None:
    clock, who = await on_clock(client, **paying_with("pm_card_visa"))
    sub = await run(client.subscriptions.create(customer=who.id, items=[{"price_data": MONTHLY}]))
    if pause is not None:
        await run(client.subscriptions.update(sub.id, pause_collection={"behavior": pause}))
    if declines:
        fake.fail_payments_for(str(who.id))
    draft: Invoice = await run(
        client.invoices.create(customer=who.id, subscription=sub.id, **params)
    )
    draft = await run(client.invoices.add_lines(str(draft.id), lines=[{"amount": 5000}]))
    assert (draft.status, draft.next_payment_attempt) == ("draft", attempt_at)

    await run(client.test_helpers.test_clocks.advance(clock.id, frozen_time=LATER))
    after: Invoice = await run(client.invoices.retrieve(str(draft.id)))
    # Charged when it said (once, never retried), or not at all; nothing is due any more.
    assert (after.status, after.attempt_count, after.next_payment_attempt) == (
        then,
        0 if attempt_at is None else 1,
        None,
    )
    if attempt_at is not None:
        assert after.status_transitions.finalized_at == attempt_at


async def test_a_renewal_draft_shows_when_it_will_be_charged(client: Any) -> None:
    clock, who = await on_clock(client, **paying_with("pm_card_visa"))
    sub = await run(client.subscriptions.create(customer=who.id, items=[{"price_data": MONTHLY}]))
    renewal = START + 31 * DAY
    await run(client.test_helpers.test_clocks.advance(clock.id, frozen_time=renewal))
    sub = await run(client.subscriptions.retrieve(sub.id))
    draft: Invoice = await run(client.invoices.retrieve(str(sub.latest_invoice)))
    assert (draft.status, draft.billing_reason) == ("draft", "subscription_cycle")
    assert draft.next_payment_attempt == draft.automatically_finalizes_at == renewal + HOUR
    await run(client.test_helpers.test_clocks.advance(clock.id, frozen_time=renewal + HOUR))
    paid: Invoice = await run(client.invoices.retrieve(str(draft.id)))
    assert (paid.status, paid.next_payment_attempt) == ("paid", None)
