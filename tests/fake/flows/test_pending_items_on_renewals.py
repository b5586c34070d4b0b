"""Pending invoice items and the renewals that bill them, on the fake, sync and async. An item
made for the customer alone goes on their next scheduled invoice, a subscription's renewal
(Stripe's subscription invoices guide: invoice items go on the next invoice to be charged); one
made with `subscription` waits for that subscription's next invoice, other subscriptions'
renewals leaving it pending (stripe-python 16.1's `InvoiceItemCreateParams.subscription`).
`subscription` names a subscription of the item's customer, in the item's currency."""

from __future__ import annotations

from typing import Any

import pytest

from stripe_invoicing_client import APIStatusError, InvalidRequestError, NotFoundError
from stripe_invoicing_client.models import Invoice, InvoiceItem, Subscription

from ._support import DAY, MONTHLY, START, customer, on_clock, run, sent

RENEWED = START + 31 * DAY  # the monthly subscription renewed, the yearly one not
YEARLY = {**MONTHLY, "recurring": {"interval": "year"}}


@pytest.fixture(autouse=True)
async def products(team_plan: None) -> None:
    """The product of `MONTHLY` and `YEARLY`, the plans these tests subscribe to."""


async def two_plans(client: Any) -> tuple[Any, str, dict[str, Subscription]]:
    """A customer on a clock at START with a monthly and a yearly subscription, billed by
    invoice: (clock, customer id, subscriptions by plan)."""
    clock, who = await on_clock(client)
    subs = {}
    for plan, price in (("monthly", MONTHLY), ("yearly", YEARLY)):
        subs[plan] = await run(
            client.subscriptions.create(
                customer=who.id,
                items=[{"price_data": price}],
                collection_method="send_invoice",
                days_until_due=30,
            )
        )
    return clock, str(who.id), subs


@pytest.mark.parametrize(
    ("made_for", "currency", "on_renewal"),
    [
        (None, "usd", True),
        ("monthly", "usd", True),
        ("yearly", "usd", False),
        (None, "eur", False),
    ],
    ids=["the_customer", "the_renewing_subscription", "another_subscription", "other_currency"],
)
async def test_a_renewal_bills_the_pending_items_it_is_the_next_invoice_for(
    client: Any, made_for: str | None, currency: str, on_renewal: bool
) -> None:
    clock, who, subs = await two_plans(client)
    params: dict[str, Any] = {"subscription": subs[made_for].id} if made_for else {}
    pending: InvoiceItem = await run(
        client.invoice_items.create(customer=who, amount=700, currency=currency, **params)
    )
    parent = pending.parent.subscription_details if pending.parent else None
    assert (parent.subscription if parent else None) == params.get("subscription")

    await run(client.test_helpers.test_clocks.advance(clock.id, frozen_time=RENEWED))
    monthly: Subscription = await run(client.subscriptions.retrieve(str(subs["monthly"].id)))
    renewal: Invoice = await run(client.invoices.retrieve(str(monthly.latest_invoice)))
    assert (renewal.billing_reason, renewal.status) == ("subscription_cycle", "draft")
    on_it = [sent(line.parent).invoice_item_details for line in renewal.lines.data]
    billed = [details.invoice_item for details in on_it if details is not None]
    assert billed == ([pending.id] if on_renewal else [])
    assert renewal.amount_due == 3000 + (700 if on_renewal else 0)
    after: InvoiceItem = await run(client.invoice_items.retrieve(str(pending.id)))
    assert after.invoice == (renewal.id if on_renewal else None)


async def test_an_invoice_for_a_subscription_takes_the_items_made_for_it(client: Any) -> None:
    _clock, who, subs = await two_plans(client)
    yearly = str(subs["yearly"].id)
    own = await run(client.invoice_items.create(customer=who, amount=700, subscription=yearly))
    await run(client.invoice_items.create(customer=who, amount=300, currency="usd"))
    invoice: Invoice = await run(client.invoices.create(customer=who, subscription=yearly))
    on_it = [sent(sent(line.parent).invoice_item_details) for line in invoice.lines.data]
    assert [details.invoice_item for details in on_it] == [own.id]


@pytest.mark.parametrize(
    ("whose", "currency", "error", "says"),
    [
        ("unknown", "usd", NotFoundError, "No such subscription: 'sub_unknown'"),
        ("another_customer", "usd", InvalidRequestError, "belongs to customer"),
        ("theirs", "eur", InvalidRequestError, "differs from the subscription's (usd)"),
    ],
    ids=["unknown", "another_customer", "other_currency"],
)
async def test_the_subscription_named_must_be_the_customer_s_in_the_item_s_currency(
    client: Any, whose: str, currency: str, error: type[APIStatusError], says: str
) -> None:
    _clock, who, subs = await two_plans(client)
    named = {
        "unknown": "sub_unknown",
        "another_customer": str(subs["monthly"].id),
        "theirs": str(subs["monthly"].id),
    }[whose]
    for_whom = (
        str((await customer(client, "Bob Babbage")).id) if whose == "another_customer" else who
    )
    with pytest.raises(error) as refused:
        await run(
            client.invoice_items.create(
                customer=for_whom, amount=700, currency=currency, subscription=named
            )
        )
    assert says in refused.value.message
    assert refused.value.param == ("currency" if whose == "theirs" else "subscription")
