"""A subscription's `payment_behavior` on creation, on the fake, sync and async (the API
reference's create-a-subscription parameter): `default_incomplete` leaves the first invoice
for the client to pay, `error_if_incomplete` makes nothing when the first payment fails, and
`pending_if_incomplete` is refused. `allow_incomplete`, the default, is in
test_automatic_charging_needs_a_payment_method."""

from __future__ import annotations

from typing import Any

import pytest

from stripe_invoicing_client import CardError, InvalidRequestError
from stripe_invoicing_client import models as m
from stripe_invoicing_client.testing import FakeStripe

from ._support import (
    DECLINING,
    GOOD,
    about,
    assert_refused_for_the_payment,
    customer,
    items,
    payer,
    run,
    subscribe,
)


@pytest.fixture(autouse=True)
async def products(team_plan: None) -> None:
    """The product of `MONTHLY`, the plan these tests subscribe to."""


@pytest.mark.parametrize("card", [GOOD, DECLINING, None])
async def test_default_incomplete_leaves_the_first_invoice_to_the_client(
    client: Any, fake: FakeStripe, card: str | None
) -> None:
    customer_id = await payer(client, fake, card)
    sub = await subscribe(client, customer_id, payment_behavior="default_incomplete")

    # Finalized, not charged: no attempt, no failure; its PaymentIntent awaits confirmation.
    invoice: m.Invoice = await run(client.invoices.retrieve(str(sub.latest_invoice)))
    assert sub.status == "incomplete"
    assert (invoice.status, invoice.amount_remaining, invoice.amount_paid) == ("open", 3000, 0)
    assert (invoice.attempt_count, invoice.attempted) == (0, False)
    [intent] = await items(client.payment_intents.list(customer=customer_id))
    assert (intent.status, intent.amount, intent.amount_received) == (
        "requires_payment_method",
        3000,
        0,
    )
    assert intent.payment_method is None and intent.last_payment_error is None
    assert "invoice.payment_failed" not in about(fake, customer_id)

    # Paying the invoice (with the same PaymentIntent) makes the subscription active.
    if card == DECLINING:
        with pytest.raises(CardError):
            await run(client.invoices.pay(str(invoice.id)))
        assert (await run(client.subscriptions.retrieve(str(sub.id)))).status == "incomplete"
    if card != GOOD:
        await run(client.invoices.pay(str(invoice.id), payment_method=GOOD))
    else:
        await run(client.invoices.pay(str(invoice.id)))
    assert (await run(client.subscriptions.retrieve(str(sub.id)))).status == "active"
    [paid_by] = await items(client.payment_intents.list(customer=customer_id))
    assert (paid_by.id, paid_by.status) == (intent.id, "succeeded")


async def test_default_incomplete_with_nothing_to_pay_starts_active(client: Any) -> None:
    customer_id = str((await customer(client)).id)
    trial = await subscribe(
        client, customer_id, payment_behavior="default_incomplete", trial_period_days=7
    )
    assert trial.status == "trialing"


@pytest.mark.parametrize("card", [DECLINING, "fail", None])
async def test_error_if_incomplete_makes_nothing_when_the_first_payment_fails(
    client: Any, fake: FakeStripe, card: str | None
) -> None:
    customer_id = await payer(client, fake, card)
    events_before = len(fake.events)

    with pytest.raises((CardError, InvalidRequestError)) as info:
        await subscribe(client, customer_id, payment_behavior="error_if_incomplete")

    assert_refused_for_the_payment(info.value, card, "no subscription was created")
    assert len(fake.events) == events_before
    listed = client.subscriptions.list(customer=customer_id, status="all")
    assert await items(listed) == []
    assert await items(client.invoices.list(customer=customer_id)) == []
    assert await items(client.payment_intents.list(customer=customer_id)) == []

    # Once it can pay, it subscribes; its first invoice is its first number.
    if card == "fail":
        fake.allow_payments_for(customer_id)
    else:
        settings = {"default_payment_method": GOOD}
        await run(client.customers.update(customer_id, invoice_settings=settings))
    sub = await subscribe(client, customer_id, payment_behavior="error_if_incomplete")
    invoice: m.Invoice = await run(client.invoices.retrieve(str(sub.latest_invoice)))
    assert (sub.status, invoice.status) == ("active", "paid")
    assert str(invoice.number).endswith("-0001")


async def test_error_if_incomplete_with_a_card_that_pays(client: Any, fake: FakeStripe) -> None:
    customer_id = await payer(client, fake, GOOD)
    sub = await subscribe(client, customer_id, payment_behavior="error_if_incomplete")
    invoice: m.Invoice = await run(client.invoices.retrieve(str(sub.latest_invoice)))
    assert (sub.status, invoice.status, invoice.amount_paid) == ("active", "paid", 3000)


async def test_error_if_incomplete_with_nothing_to_pay(client: Any) -> None:
    customer_id = str((await customer(client)).id)
    trial = await subscribe(
        client, customer_id, payment_behavior="error_if_incomplete", trial_period_days=7
    )
    assert trial.status == "trialing"


async def test_pending_if_incomplete_is_refused(client: Any, fake: FakeStripe) -> None:
    customer_id = await payer(client, fake, GOOD)
    # Stripe's: only updates take it.
    with pytest.raises(InvalidRequestError) as info:
        await subscribe(client, customer_id, payment_behavior="pending_if_incomplete")
    assert (info.value.http_status, info.value.param) == (400, "payment_behavior")
    assert await items(client.subscriptions.list(customer=customer_id, status="all")) == []

    # The fake has no pending updates: refused, the subscription left as it was.
    sub = await subscribe(client, customer_id)
    [item] = sub.items.data

    def by_subscription() -> Any:
        return client.subscriptions.update(
            str(sub.id),
            items=[{"id": str(item.id), "quantity": 2}],
            payment_behavior="pending_if_incomplete",
        )

    def by_item() -> Any:
        return client.subscription_items.update(
            str(item.id), quantity=2, payment_behavior="pending_if_incomplete"
        )

    for change in (by_subscription, by_item):  # made inside `raises`: the sync client sends at once
        with pytest.raises(InvalidRequestError) as info:
            await run(change())
        assert info.value.param == "payment_behavior"
        assert "does not serve pending updates" in info.value.message
    after: m.Subscription = await run(client.subscriptions.retrieve(str(sub.id)))
    assert after.items.data[0].quantity == 1
