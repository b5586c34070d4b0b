"""Payment intents on the fake, sync and async: charging an invoice makes one (succeeded, or
requires_payment_method with the card's error when the card declines), its invoice payment
refers to it (expandable), and it can be retrieved, listed and searched; paying out of band
makes none."""

from __future__ import annotations

from typing import Any

import pytest

from stripe_invoicing_client import (
    CardError,
    InvalidRequestError,
    NotFoundError,
    PaymentIntentSearch,
)
from stripe_invoicing_client.models import PaymentIntent
from stripe_invoicing_client.testing import FakeStripe

from ..support import event_types
from ._support import DAY, MONTHLY, START, customer, draft, items, on_clock, run, webhooks


async def _open(client: Any, customer_id: str, amount: int = 2500) -> str:
    invoice = await draft(client, customer_id, (amount,), collection_method="charge_automatically")
    await run(client.invoices.finalize(str(invoice.id)))
    return str(invoice.id)


async def _payment_of(client: Any, invoice_id: str, **params: Any) -> Any:
    (payment,) = await items(client.invoice_payments.list(invoice=invoice_id, **params))
    return payment


async def test_paying_with_a_card_makes_a_succeeded_payment_intent(
    client: Any, fake: FakeStripe
) -> None:
    ada = await customer(client)
    invoice_id = await _open(client, str(ada.id))
    await run(client.invoices.pay(invoice_id, payment_method="pm_card_visa"))

    payment = await _payment_of(client, invoice_id)
    intent_id = payment.payment.payment_intent
    assert payment.payment.type_ == "payment_intent" and intent_id.startswith("pi_")
    intent = await run(client.payment_intents.retrieve(intent_id))
    assert isinstance(intent, PaymentIntent)
    assert (intent.status, intent.amount, intent.amount_received) == ("succeeded", 2500, 2500)
    assert (intent.currency, intent.customer, intent.payment_method) == (
        "usd",
        ada.id,
        "pm_card_visa",
    )
    assert intent.last_payment_error is None

    expanded = await _payment_of(client, invoice_id, expand=["data.payment.payment_intent"])
    assert isinstance(expanded.payment.payment_intent, PaymentIntent)
    assert expanded.payment.payment_intent.id == intent_id

    types = event_types(fake, "payment_intent.")
    assert types == ["payment_intent.created", "payment_intent.succeeded"]
    event = await run(
        client.events.retrieve(
            next(e["id"] for e in fake.events if e["type"] == "payment_intent.succeeded")
        )
    )
    assert isinstance(event.data.object, PaymentIntent)


async def test_a_declined_card_leaves_the_intent_awaiting_a_payment_method(
    client: Any, fake: FakeStripe
) -> None:
    ada = await customer(client)
    invoice_id = await _open(client, str(ada.id))
    with pytest.raises(CardError):
        await run(
            client.invoices.pay(
                invoice_id, payment_method="pm_card_visa_chargeDeclinedInsufficientFunds"
            )
        )
    (intent,) = await items(client.payment_intents.list(customer=str(ada.id)))
    assert intent.status == "requires_payment_method"
    error = intent.last_payment_error
    assert (error.type_, error.code, error.decline_code) == (
        "card_error",
        "card_declined",
        "insufficient_funds",
    )
    assert event_types(fake, "payment_intent.") == [
        "payment_intent.created",
        "payment_intent.payment_failed",
    ]

    # Another card pays the invoice through the same intent.
    await run(client.invoices.pay(invoice_id, payment_method="pm_card_mastercard"))
    again = await run(client.payment_intents.retrieve(str(intent.id)))
    assert (again.status, again.payment_method, again.last_payment_error) == (
        "succeeded",
        "pm_card_mastercard",
        None,
    )
    payment = await _payment_of(client, invoice_id)
    assert payment.payment.payment_intent == intent.id


async def test_paying_out_of_band_makes_no_payment_intent(client: Any, fake: FakeStripe) -> None:
    ada = await customer(client)
    invoice_id = await _open(client, str(ada.id))
    await run(client.invoices.pay(invoice_id, paid_out_of_band=True))
    assert await items(client.payment_intents.list()) == []
    assert not any(e["type"].startswith("payment_intent.") for e in fake.events)


async def test_the_default_payment_method_is_charged(client: Any, fake: FakeStripe) -> None:
    ada = await customer(client, invoice_settings={"default_payment_method": "pm_card_amex"})
    invoice_id = await _open(client, str(ada.id), 900)
    await run(client.invoices.pay(invoice_id))
    (intent,) = await items(client.payment_intents.list())
    assert (intent.payment_method, intent.amount, intent.status) == (
        "pm_card_amex",
        900,
        "succeeded",
    )


async def test_list_filters_by_customer_and_pages(client: Any, fake: FakeStripe) -> None:
    ada, bob = await customer(client), await customer(client, "Bob Babbage")
    for who, amount in ((ada, 100), (ada, 200), (bob, 300), (ada, 400)):
        await run(
            client.invoices.pay(
                await _open(client, str(who.id), amount), payment_method="pm_card_visa"
            )
        )
    ada_intents = await items(client.payment_intents.list(customer=str(ada.id), limit=2))
    assert [i.amount for i in ada_intents] == [400, 200, 100]  # newest first, over two pages
    everyone = await items(client.payment_intents.list())
    assert len(everyone) == 4
    assert await items(client.payment_intents.list(customer_account="acct_1")) == []
    since = await items(client.payment_intents.list(created={"gt": everyone[0].created}))
    assert since == []


async def test_search_takes_the_fields_stripe_allows(client: Any, fake: FakeStripe) -> None:
    ada, bob = await customer(client), await customer(client, "Bob Babbage")
    for who, amount in ((ada, 1500), (bob, 700), (ada, 300)):
        await run(
            client.invoices.pay(
                await _open(client, str(who.id), amount), payment_method="pm_card_visa"
            )
        )
    found = await items(
        client.payment_intents.search(
            query=f'customer:"{ada.id}" AND amount>1000 AND status:"succeeded"'
        )
    )
    assert [i.amount for i in found] == [1500]
    built = PaymentIntentSearch.amount.lt(1000) & PaymentIntentSearch.customer.eq(str(bob.id))
    assert [i.amount for i in await items(client.payment_intents.search(query=built))] == [700]
    usd = await items(client.payment_intents.search(query='currency:"usd"', limit=1))
    assert [i.amount for i in usd] == [300, 700, 1500]
    with pytest.raises(InvalidRequestError, match="not a searchable field"):
        await items(client.payment_intents.search(query='description:"x"'))


async def test_retrieving_an_unknown_intent_is_a_404(client: Any) -> None:
    with pytest.raises(NotFoundError):
        await run(client.payment_intents.retrieve("pi_unknown"))


@pytest.mark.usefixtures("team_plan")
async def test_each_subscription_cycle_charges_through_a_new_intent(
    client: Any, fake: FakeStripe
) -> None:
    clock, ada = await on_clock(client, payment_method="pm_card_visa")
    sub = await run(
        client.subscriptions.create(
            customer=str(ada.id),
            items=[{"price_data": MONTHLY}],
            default_payment_method="pm_card_visa",
        )
    )
    assert sub.status == "active"
    await run(client.test_helpers.test_clocks.advance(clock.id, frozen_time=START + 32 * DAY))
    intents = await items(client.payment_intents.list(customer=str(ada.id)))
    assert [(i.amount, i.status, i.payment_method) for i in intents] == [
        (3000, "succeeded", "pm_card_visa"),
        (3000, "succeeded", "pm_card_visa"),
    ]
    payments = await items(client.invoice_payments.list())
    assert {p.payment.payment_intent for p in payments} == {i.id for i in intents}


@pytest.mark.parametrize(
    ("close", "status", "reason", "events"),
    [
        ("void", "canceled", "void_invoice", ["payment_intent.canceled"]),
        ("mark_uncollectible", "requires_payment_method", None, []),
    ],
)
async def test_voiding_the_invoice_cancels_its_intent(
    client: Any,
    fake: FakeStripe,
    close: str,
    status: str,
    reason: str | None,
    events: list[str],
) -> None:
    # Only a void ends the intent: an uncollectible invoice can still be paid through it.
    ada = await customer(client)
    invoice_id = await _open(client, str(ada.id))
    with pytest.raises(CardError):
        await run(client.invoices.pay(invoice_id, payment_method="pm_card_chargeDeclined"))
    seen = len(event_types(fake, "payment_intent."))
    await run(getattr(client.invoices, close)(invoice_id))

    (intent,) = await items(client.payment_intents.list(customer=str(ada.id)))
    assert (intent.status, intent.cancellation_reason) == (status, reason)
    assert intent.canceled_at == (None if reason is None else fake.clock.now())
    assert event_types(fake, "payment_intent.")[seen:] == events
    if events:
        (told,) = webhooks(fake, "payment_intent.canceled")
        assert isinstance(told.data.object, PaymentIntent)
        assert told.data.object.status == "canceled"
