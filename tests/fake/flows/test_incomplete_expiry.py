"""A subscription left `incomplete` expires 23 hours after its creation (the API reference's
subscription `status`): its open first invoice is voided (its PaymentIntent canceled), it ends
`incomplete_expired`, told by `customer.subscription.updated`, and it bills no more; paid before
then, it is active. On the fake, sync and async, with time moved by a test clock or by the
fake's own clock."""

from __future__ import annotations

from typing import Any

import pytest

from stripe_invoicing_client import InvalidRequestError
from stripe_invoicing_client import models as m
from stripe_invoicing_client.testing import FakeStripe

from ._support import (
    DAY,
    GOOD,
    HOUR,
    START,
    TIMES,
    MoveTo,
    about,
    items,
    payer,
    run,
    subscribe,
    time_mover,
)

WINDOW = 23 * HOUR
# How time moves on (see `incomplete`), and how a subscription is left incomplete: a declined
# first charge, or one left to the client.
LEFT_INCOMPLETE = [
    (time, card, behavior)
    for time in TIMES
    for card, behavior in (("fail", "allow_incomplete"), (GOOD, "default_incomplete"))
]

Incomplete = tuple[m.Subscription, MoveTo]


@pytest.fixture(autouse=True)
async def products(team_plan: None) -> None:
    """The product of `MONTHLY`, the plan these tests subscribe to."""


async def incomplete(
    client: Any, fake: FakeStripe, time: str, card: str, behavior: str
) -> tuple[m.Subscription, MoveTo]:
    """A subscription made `incomplete` at START, and how to move its time on: its customer's
    test clock, or (`fake_clock`) the fake's own clock, which a customer on no clock follows."""
    on_time, move_to = await time_mover(client, fake, time)
    customer_id = await payer(client, fake, card, **on_time)
    sub = await subscribe(client, customer_id, payment_behavior=behavior)
    assert (sub.status, sub.created) == ("incomplete", START)
    return sub, move_to


@pytest.fixture(params=LEFT_INCOMPLETE, ids="-".join)
async def left_incomplete(
    request: pytest.FixtureRequest, client: Any, fake: FakeStripe
) -> Incomplete:
    return await incomplete(client, fake, *request.param)


async def now_status(client: Any, sub: m.Subscription) -> tuple[str, str]:
    """The subscription's status and its first invoice's, as retrieved now."""
    found: m.Subscription = await run(client.subscriptions.retrieve(str(sub.id)))
    invoice: m.Invoice = await run(client.invoices.retrieve(str(sub.latest_invoice)))
    return str(found.status), str(invoice.status)


async def test_unpaid_for_23_hours_it_expires_for_good(
    client: Any, fake: FakeStripe, left_incomplete: Incomplete
) -> None:
    sub, move_to = left_incomplete
    customer_id = str(sub.customer)
    await move_to(START + WINDOW - 1)
    assert await now_status(client, sub) == ("incomplete", "open")
    seen = len(about(fake, customer_id))

    await move_to(START + WINDOW)
    assert await now_status(client, sub) == ("incomplete_expired", "void")
    # Told as a status change, not as a cancellation; the void cancels the first invoice's
    # PaymentIntent, which nothing will charge any more.
    assert about(fake, customer_id)[seen:] == [
        "invoice.voided",
        "payment_intent.canceled",
        "customer.subscription.updated",
    ]
    (intent,) = await items(client.payment_intents.list(customer=customer_id))
    assert (intent.status, intent.cancellation_reason, intent.canceled_at) == (
        "canceled",
        "void_invoice",
        START + WINDOW,
    )
    *_, change = (e for e in fake.events if e["type"] == "customer.subscription.updated")
    assert change["data"]["previous_attributes"]["status"] == "incomplete"
    expired: m.Subscription = await run(client.subscriptions.retrieve(str(sub.id)))
    assert (expired.canceled_at, expired.ended_at) == (START + WINDOW, START + WINDOW)

    # Terminal: no renewal, no change; listed among the ended.
    await move_to(START + 40 * DAY)
    assert [i.id for i in await items(client.invoices.list(customer=customer_id))] == [
        sub.latest_invoice
    ]
    with pytest.raises(InvalidRequestError) as refused:
        await run(client.subscriptions.update(str(sub.id), metadata={"plan": "again"}))
    assert "incomplete_expired" in refused.value.message
    for status in ("ended", "incomplete_expired"):
        listed = await items(client.subscriptions.list(customer=customer_id, status=status))
        assert [s.id for s in listed] == [sub.id]
    assert await items(client.subscriptions.list(customer=customer_id, status="canceled")) == []


async def test_paid_within_23_hours_it_is_active_and_stays(
    client: Any, fake: FakeStripe, left_incomplete: Incomplete
) -> None:
    sub, move_to = left_incomplete
    await move_to(START + WINDOW - 1)
    fake.allow_payments_for(str(sub.customer))
    await run(client.invoices.pay(str(sub.latest_invoice)))
    assert await now_status(client, sub) == ("active", "paid")

    await move_to(START + WINDOW + HOUR)
    assert await now_status(client, sub) == ("active", "paid")
    assert "invoice.voided" not in about(fake, str(sub.customer))
