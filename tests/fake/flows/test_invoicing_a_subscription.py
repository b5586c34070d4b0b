"""`invoices.create(subscription=...)` on the fake, sync and async: the invoice takes in only
that subscription's pending invoice items (its prorations) and belongs to the subscription
(stripe-python 16.1's `InvoiceCreateParams.subscription`); the subscription's own billing is
left alone. Sending `pending_invoice_items_behavior` with it is refused, as Stripe refuses
it."""

from __future__ import annotations

from typing import Any

import pytest

from stripe_invoicing_client import InvalidRequestError, NotFoundError
from stripe_invoicing_client.models import Invoice, Subscription

from ._support import by_invoice, customer, item, items, on_clock, run, sent


@pytest.fixture(autouse=True)
async def products(team_plan: None) -> None:
    """The product of `MONTHLY`, the plan these tests subscribe to."""


async def with_prorations(client: Any, customer_id: str) -> Subscription:
    """A subscription whose seats went from 1 to 3: its prorations are pending."""
    sub = await by_invoice(client, customer_id)
    [seat] = sub.items.data
    await run(client.subscription_items.update(seat.id, quantity=3))
    return sub


async def pending_of(client: Any, customer_id: str) -> dict[str | None, set[str]]:
    """The customer's pending invoice items by the subscription they belong to (None: none)."""
    found: dict[str | None, set[str]] = {}
    for pending in await items(client.invoice_items.list(customer=customer_id, pending=True)):
        parent = pending.parent.subscription_details if pending.parent else None
        found.setdefault(parent.subscription if parent else None, set()).add(pending.id)
    return found


async def test_the_invoice_takes_only_that_subscription_s_pending_items(client: Any) -> None:
    clock, who = await on_clock(client)
    first = await with_prorations(client, str(who.id))
    second = await with_prorations(client, str(who.id))
    await item(client, str(who.id), 700, "Setup")
    before = await pending_of(client, str(who.id))
    assert len(before[first.id]) == 2 and len(before[second.id]) == 2 and len(before[None]) == 1

    invoice: Invoice = await run(
        client.invoices.create(customer=who.id, subscription=first.id, auto_advance=False)
    )
    lines = invoice.lines.data
    made_from = {sent(sent(line.parent).subscription_item_details).invoice_item for line in lines}
    assert made_from == before[first.id]
    assert invoice.total == sum(line.amount for line in lines) != 0
    parent = sent(invoice.parent)
    assert (parent.type_, sent(parent.subscription_details).subscription, invoice.test_clock) == (
        "subscription_details",
        first.id,
        clock.id,
    )
    assert await pending_of(client, str(who.id)) == {
        second.id: before[second.id],
        None: before[None],
    }
    listed = await items(client.invoices.list(subscription=first.id))
    assert invoice.id in [i.id for i in listed]
    # Its billing cycle is left alone: the subscription's latest invoice is still its first.
    kept = await run(client.subscriptions.retrieve(first.id))
    assert kept.latest_invoice == first.latest_invoice


@pytest.mark.parametrize(
    ("which", "extra", "error", "param"),
    [
        ("sub_missing", {}, NotFoundError, "subscription"),
        ("another customer's", {}, InvalidRequestError, "subscription"),
        (
            "the customer's",
            {"pending_invoice_items_behavior": "include"},
            InvalidRequestError,
            "pending_invoice_items_behavior",
        ),
    ],
)
async def test_a_subscription_invoice_is_refused(
    client: Any, which: str, extra: dict[str, str], error: type[Exception], param: str
) -> None:
    ada = await customer(client)
    mine = await with_prorations(client, str(ada.id))
    bob = await customer(client, "Bob Stone")
    theirs = await with_prorations(client, str(bob.id))
    subscription = {"the customer's": mine.id, "another customer's": theirs.id}.get(which, which)
    before = await pending_of(client, str(ada.id))
    with pytest.raises(error) as refused:
        await run(client.invoices.create(customer=ada.id, subscription=subscription, **extra))
    assert getattr(refused.value, "param", None) == param
    # Nothing was made, and the pending items still wait.
    invoices = await items(client.invoices.list(customer=ada.id))
    assert [i.id for i in invoices] == [mine.latest_invoice]
    assert await pending_of(client, str(ada.id)) == before
