"""What is done to a customer's objects happens at their time, sync and async. Stripe freezes
all objects belonging to a test clock at its `frozen_time` (the Test Clock object), and a
customer made on a clock, with all of theirs, belongs to it; InvoiceItem, like Invoice, names
the clock it belongs to (`test_clock`). A customer on no clock follows the fake's own clock.

Each case acts on objects of a customer whose time is START (`time_mover`: on a test clock the
fake's own clock is set far away, so a time taken from the wrong clock shows) and answers the
times it stamped; every event about the customer's objects is at START too (the fake dates an
event at the time of the request that makes it, as its advances and subscriptions always have;
Stripe's docs don't say)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

import pytest

from stripe_invoicing_client.testing import FakeStripe

from ._support import (
    GOOD,
    START,
    TIMES,
    catalog_price,
    customer,
    draft,
    invoice_in,
    item,
    items,
    payer,
    run,
    time_mover,
)

# The times a case reads off what it did, by name.
Stamps = dict[str, int | None]
Case = Callable[[Any, FakeStripe, str], Awaitable[Stamps]]


async def _made_with_a_card(client: Any, fake: FakeStripe, who: str) -> Stamps:
    made = await run(client.customers.update(who, name="Ada King"))
    (card,) = await items(client.customers.payment_methods.list(who))
    return {"customer": made.created, "payment_method": card.created}


async def _deleted_with_a_subscription(client: Any, fake: FakeStripe, who: str) -> Stamps:
    price = await catalog_price(client)
    made = await run(client.subscriptions.create(customer=who, items=[{"price": price.id}]))
    await run(client.customers.delete(who))
    ended = await run(client.subscriptions.retrieve(str(made.id)))
    return {"canceled_at": ended.canceled_at, "ended_at": ended.ended_at}


async def _invoice_item(client: Any, fake: FakeStripe, who: str) -> Stamps:
    made = await item(client, who, 500)
    await run(client.invoice_items.update(str(made.id), description="Changed"))
    await run(client.invoice_items.delete(str(made.id)))
    return {"date": made.date, "period.start": made.period.start, "period.end": made.period.end}


async def _lines_changed(client: Any, fake: FakeStripe, who: str) -> Stamps:
    invoice_id = str((await draft(client, who)).id)
    invoices = client.invoices
    changed = await run(invoices.add_lines(invoice_id, lines=[{"amount": 700}]))
    added = changed.lines.data[-1]
    edit = [{"id": added.id, "description": "Extra"}]
    await run(invoices.update_lines(invoice_id, lines=edit))
    await run(invoices.remove_lines(invoice_id, lines=[{"id": added.id, "behavior": "delete"}]))
    await run(invoices.update(invoice_id, description="Changed"))
    await run(invoices.delete(invoice_id))
    return {"period.start": added.period.start, "period.end": added.period.end}


async def _previewed(client: Any, fake: FakeStripe, who: str) -> Stamps:
    await item(client, who, 500)
    preview = await run(client.invoices.create_preview(customer=who))
    return {"created": preview.created, "period_start": preview.period_start}


async def _finalized(client: Any, fake: FakeStripe, who: str) -> Stamps:
    await run(client.customers.balance_transactions.create(who, amount=-500, currency="usd"))
    invoice = await invoice_in(client, "open", who)
    (applied, _) = await items(client.customers.balance_transactions.list(who))
    transitions = invoice.status_transitions
    return {
        "finalized_at": transitions.finalized_at,
        "effective_at": invoice.effective_at,
        "applied_to_invoice": applied.created,
    }


async def _sent(client: Any, fake: FakeStripe, who: str) -> Stamps:
    invoice = await draft(client, who)
    sent = await run(client.invoices.send(str(invoice.id)))
    (record,) = fake.sent_invoices
    return {"finalized_at": sent.status_transitions.finalized_at, "sent_at": record.sent_at}


async def _paid_by_card(client: Any, fake: FakeStripe, who: str) -> Stamps:
    invoice = await invoice_in(client, "open", who)
    paid = await run(client.invoices.pay(str(invoice.id), payment_method=GOOD))
    (payment,) = await items(client.invoice_payments.list(invoice=invoice.id))
    intent = await run(client.payment_intents.retrieve(payment.payment.payment_intent))
    return {
        "paid_at": paid.status_transitions.paid_at,
        "invoice_payment": payment.created,
        "payment_intent": intent.created,
    }


async def _paid_out_of_band(client: Any, fake: FakeStripe, who: str) -> Stamps:
    invoice = await invoice_in(client, "paid", who)
    return {"paid_at": invoice.status_transitions.paid_at}


async def _paid_elsewhere(client: Any, fake: FakeStripe, who: str) -> Stamps:
    invoice = await invoice_in(client, "open", who)
    paid = await run(client.invoices.attach_payment(str(invoice.id), payment_intent="pi_ext"))
    (payment,) = await items(client.invoice_payments.list(invoice=invoice.id))
    return {"paid_at": paid.status_transitions.paid_at, "invoice_payment": payment.created}


async def _voided(client: Any, fake: FakeStripe, who: str) -> Stamps:
    invoice = await invoice_in(client, "void", who)
    return {"voided_at": invoice.status_transitions.voided_at}


async def _marked_uncollectible(client: Any, fake: FakeStripe, who: str) -> Stamps:
    invoice = await invoice_in(client, "uncollectible", who)
    return {"marked_uncollectible_at": invoice.status_transitions.marked_uncollectible_at}


async def _credited(client: Any, fake: FakeStripe, who: str) -> Stamps:
    invoice = await invoice_in(client, "paid", who)
    notes = client.credit_notes
    note = await run(notes.create(invoice=invoice.id, amount=1000, credit_amount=1000))
    await run(notes.update(str(note.id), memo="Goodwill"))
    voided = await run(notes.void(str(note.id)))
    (taken_back, credit) = await items(client.customers.balance_transactions.list(who))
    return {
        "created": note.created,
        "effective_at": note.effective_at,
        "credit": credit.created,
        "voided_at": voided.voided_at,
        "taken_back": taken_back.created,
    }


async def _balance_adjusted(client: Any, fake: FakeStripe, who: str) -> Stamps:
    made = await run(client.customers.balance_transactions.create(who, amount=300, currency="usd"))
    return {"created": made.created}


async def _tax_id(client: Any, fake: FakeStripe, who: str) -> Stamps:
    tax_ids = client.customers.tax_ids
    made = await run(tax_ids.create(who, type="eu_vat", value="DE123456789"))
    await run(tax_ids.delete(who, str(made.id)))
    return {"created": made.created}


CASES: dict[str, Case] = {
    "customer_with_a_card": _made_with_a_card,
    "customer_deleted": _deleted_with_a_subscription,
    "invoice_item": _invoice_item,
    "lines_changed": _lines_changed,
    "preview": _previewed,
    "finalized_with_a_balance": _finalized,
    "sent": _sent,
    "paid_by_card": _paid_by_card,
    "paid_out_of_band": _paid_out_of_band,
    "paid_elsewhere": _paid_elsewhere,
    "voided": _voided,
    "marked_uncollectible": _marked_uncollectible,
    "credited_then_voided": _credited,
    "balance_adjusted": _balance_adjusted,
    "tax_id": _tax_id,
}


@pytest.mark.parametrize("time", TIMES)
@pytest.mark.parametrize("case", CASES.values(), ids=CASES.keys())
async def test_what_is_done_to_a_customers_objects_happens_at_their_time(
    client: Any, fake: FakeStripe, time: str, case: Case
) -> None:
    on_time, _ = await time_mover(client, fake, time)
    who = await payer(client, fake, GOOD, **on_time)

    stamps = await case(client, fake, who)

    assert stamps == dict.fromkeys(stamps, START)
    about = [(e, e["data"]["object"]) for e in fake.events]
    theirs = [e for e, obj in about if who in (obj.get("customer"), obj.get("id"))]
    assert theirs and {e["type"]: e["created"] for e in theirs} == {
        e["type"]: START for e in theirs
    }


@pytest.mark.parametrize("time", TIMES)
async def test_what_is_made_for_a_customer_on_a_clock_names_it(
    client: Any, fake: FakeStripe, time: str
) -> None:
    on_time, _ = await time_mover(client, fake, time)
    who = str((await customer(client, **on_time)).id)
    invoice = await draft(client, who, ())
    await run(client.invoices.add_lines(str(invoice.id), lines=[{"amount": 700}]))
    (added,) = await items(client.invoice_items.list(invoice=invoice.id))
    pending = await item(client, who, 500)

    clocks = (pending.test_clock, added.test_clock, invoice.test_clock)
    assert clocks == (on_time.get("test_clock"),) * 3
