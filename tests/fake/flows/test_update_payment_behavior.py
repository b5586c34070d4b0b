"""A subscription update's `payment_behavior` when the update invoices at once
(`proration_behavior=always_invoice`) and that invoice needs a payment (the API reference's
update-a-subscription parameter), on the fake, sync and async, through
`subscriptions.update` and `subscription_items.update`: `allow_incomplete` (the default)
charges it and leaves the subscription `past_due` when that fails, `default_incomplete`
leaves it uncharged for the client and the subscription `past_due`, and
`error_if_incomplete` refuses the update when the payment fails and changes nothing.
`pending_if_incomplete` is refused: test_payment_behavior."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

import pytest

from stripe_invoicing_client import CardError, InvalidRequestError
from stripe_invoicing_client import models as m
from stripe_invoicing_client.testing import FakeStripe

from ._support import (
    GOOD,
    about,
    assert_refused_for_the_payment,
    items,
    payer,
    run,
    subscribe,
)

Change = Callable[..., Awaitable[Any]]


@pytest.fixture(autouse=True)
async def products(team_plan: None) -> None:
    """The product of `MONTHLY`, the plan these tests subscribe to."""


async def now(client: Any, sub: m.Subscription) -> m.Subscription:
    found: m.Subscription = await run(client.subscriptions.retrieve(str(sub.id)))
    return found


async def paying_subscription(client: Any, fake: FakeStripe, card: str | None) -> m.Subscription:
    """An active subscription (its first invoice paid) whose next charge meets `card`: GOOD
    pays, `fail` is declined, None finds nothing on file."""
    if card is None:  # its first invoice paid by a card named then, none made a default
        customer_id = await payer(client, fake, None)
        sub = await subscribe(client, customer_id, payment_behavior="default_incomplete")
        await run(client.invoices.pay(str(sub.latest_invoice), payment_method=GOOD))
        sub = await now(client, sub)
    else:
        sub = await subscribe(client, await payer(client, fake, GOOD))
        if card == "fail":
            fake.fail_payments_for(str(sub.customer))
    assert sub.status == "active"
    return sub


def by_subscription(client: Any, sub: m.Subscription) -> Change:
    """Two seats instead of one, invoiced at once, through `subscriptions.update`."""
    [item] = sub.items.data
    changes = {"items": [{"id": str(item.id), "quantity": 2}]}
    return lambda **params: run(
        client.subscriptions.update(
            str(sub.id), proration_behavior="always_invoice", **changes, **params
        )
    )


def by_item(client: Any, sub: m.Subscription) -> Change:
    """Two seats instead of one, invoiced at once, through `subscription_items.update`."""
    [item] = sub.items.data
    return lambda **params: run(
        client.subscription_items.update(
            str(item.id), quantity=2, proration_behavior="always_invoice", **params
        )
    )


# behavior (None: not sent), card -> the subscription's status, the update's invoice's status,
# and how many charges it saw.
APPLIED = [
    (None, "fail", "past_due", "open", 1),
    ("allow_incomplete", "fail", "past_due", "open", 1),
    ("allow_incomplete", GOOD, "active", "paid", 1),
    ("default_incomplete", GOOD, "past_due", "open", 0),
    ("default_incomplete", "fail", "past_due", "open", 0),
    ("error_if_incomplete", GOOD, "active", "paid", 1),
]


@pytest.mark.parametrize("via", [by_subscription, by_item])
@pytest.mark.parametrize(("behavior", "card", "status", "invoice_status", "attempts"), APPLIED)
async def test_the_update_is_made_and_its_invoice_collected_as_the_behavior_says(
    client: Any,
    fake: FakeStripe,
    via: Callable[[Any, m.Subscription], Change],
    behavior: str | None,
    card: str,
    status: str,
    invoice_status: str,
    attempts: int,
) -> None:
    sub = await paying_subscription(client, fake, card)
    sent = {} if behavior is None else {"payment_behavior": behavior}
    await via(client, sub)(**sent)

    changed = await now(client, sub)
    assert changed.items.data[0].quantity == 2
    assert changed.status == status
    invoice: m.Invoice = await run(client.invoices.retrieve(str(changed.latest_invoice)))
    assert (invoice.billing_reason, invoice.amount_due) == ("subscription_update", 3000)
    assert (invoice.status, invoice.attempt_count) == (invoice_status, attempts)
    failed = "invoice.payment_failed" in about(fake, str(sub.customer))
    assert failed == (card == "fail" and attempts > 0)
    if status == "active":
        return
    # Paid afterwards (with a card that pays), the subscription is active again.
    fake.allow_payments_for(str(sub.customer))
    await run(client.invoices.pay(str(invoice.id), payment_method=GOOD))
    assert (await now(client, sub)).status == "active"


@pytest.mark.parametrize("via", [by_subscription, by_item])
@pytest.mark.parametrize("card", ["fail", None])
async def test_error_if_incomplete_refuses_an_update_whose_payment_fails(
    client: Any,
    fake: FakeStripe,
    via: Callable[[Any, m.Subscription], Change],
    card: str | None,
) -> None:
    sub = await paying_subscription(client, fake, card)
    events_before = len(fake.events)
    intents_before = await items(client.payment_intents.list(customer=str(sub.customer)))

    with pytest.raises((CardError, InvalidRequestError)) as info:
        await via(client, sub)(payment_behavior="error_if_incomplete")

    assert_refused_for_the_payment(info.value, card, "the subscription was not changed")
    unchanged = await now(client, sub)
    assert (unchanged.status, unchanged.items.data[0].quantity) == ("active", 1)
    assert unchanged.latest_invoice == sub.latest_invoice
    assert len(fake.events) == events_before
    assert len(await items(client.invoices.list(customer=str(sub.customer)))) == 1
    after = await items(client.payment_intents.list(customer=str(sub.customer)))
    assert [i.id for i in after] == [i.id for i in intents_before]
    pending = await items(client.invoice_items.list(customer=str(sub.customer), pending=True))
    assert pending == []
