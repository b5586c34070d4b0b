"""Credit notes and invoice payments on the fake, sync and async.

A credit note on an open invoice lowers what it asks for (`pre_payment_credit_notes_amount`);
on a paid one it goes to a refund, the customer's balance or outside Stripe
(`post_payment_credit_notes_amount`); it can't exceed what is left to credit, and voiding gives
back what it took. Paying an invoice records an invoice payment; `attach_payment` links one.
"""

from __future__ import annotations

from typing import Any

import pytest

from stripe_invoicing_client import InvalidRequestError, NotFoundError
from stripe_invoicing_client.models import CreditNote, CreditNoteLineItem, InvoicePayment
from stripe_invoicing_client.testing import FakeStripe

from ._support import customer, invoice_in, items, paying_with, run


async def _charged(client: Any, status: str = "open") -> Any:
    """A 42.00 USD send_invoice invoice; paid through Stripe (not out of band, with the
    customer's card) when asked."""
    ada = await customer(client, **paying_with("pm_card_visa"))
    invoice = await invoice_in(client, "open", str(ada.id))
    if status == "paid":
        invoice = await run(client.invoices.pay(str(invoice.id)))
    assert invoice.status == status
    return invoice


async def test_on_an_open_invoice_a_credit_note_lowers_what_is_owed(
    client: Any, fake: FakeStripe
) -> None:
    invoice = await _charged(client)
    note = await run(
        client.credit_notes.create(invoice=invoice.id, amount=1200, reason="order_change")
    )
    assert isinstance(note, CreditNote)
    assert (note.status, note.type_, note.reason) == ("issued", "pre_payment", "order_change")
    assert (note.pre_payment_amount, note.post_payment_amount, note.total) == (1200, 0, 1200)
    assert note.number == f"{invoice.number}-CN-01"
    after = await run(client.invoices.retrieve(str(invoice.id)))
    assert after.pre_payment_credit_notes_amount == 1200
    assert (after.amount_due, after.amount_remaining, after.status) == (3000, 3000, "open")
    types = [e["type"] for e in fake.events]
    assert "credit_note.created" in types and types[-2:] == [
        "invoice.updated",
        "credit_note.created",
    ]


async def test_crediting_all_that_is_owed_pays_the_invoice(client: Any) -> None:
    invoice = await _charged(client)
    await run(client.credit_notes.create(invoice=invoice.id, amount=4200))
    after = await run(client.invoices.retrieve(str(invoice.id)))
    assert (after.status, after.amount_remaining, after.amount_paid) == ("paid", 0, 0)
    # Nothing was paid: no invoice payment.
    assert await items(client.invoice_payments.list(invoice=invoice.id)) == []


async def test_on_a_paid_invoice_it_goes_to_the_balance_a_refund_or_out_of_band(
    client: Any,
) -> None:
    invoice = await _charged(client, "paid")
    note = await run(
        client.credit_notes.create(
            invoice=invoice.id,
            lines=[
                {
                    "type": "invoice_line_item",
                    "invoice_line_item": invoice.lines.data[0].id,
                    "quantity": 1,
                },
            ],
            credit_amount=2000,
            refund_amount=1000,
            out_of_band_amount=1200,
        )
    )
    assert (note.type_, note.pre_payment_amount, note.post_payment_amount) == (
        "post_payment",
        0,
        4200,
    )
    assert note.refunds[0].amount_refunded == 1000
    assert note.out_of_band_amount == 1200
    ada = await run(client.customers.retrieve(str(invoice.customer)))
    assert ada.balance == -2000
    after = await run(client.invoices.retrieve(str(invoice.id)))
    assert (after.post_payment_credit_notes_amount, after.status) == (4200, "paid")
    (line,) = await items(client.credit_notes.list_lines(str(note.id)))
    assert isinstance(line, CreditNoteLineItem)
    assert (line.type_, line.amount, line.invoice_line_item) == (
        "invoice_line_item",
        4200,
        invoice.lines.data[0].id,
    )


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"amount": 4201}, "more than is left to credit"),
        # 100 of a paid invoice must all go somewhere: 50 placed is refused.
        ({"amount": 100, "credit_amount": 50}, "must add up to 100"),
        ({}, "One of amount, lines or shipping_cost"),
    ],
    ids=["too_much", "post_payment_split", "nothing"],
)
async def test_refusals_change_nothing(client: Any, params: dict[str, Any], message: str) -> None:
    invoice = await _charged(client, "paid" if "credit_amount" in params else "open")
    with pytest.raises(InvalidRequestError, match=message):
        await run(client.credit_notes.create(invoice=invoice.id, **params))
    assert await items(client.credit_notes.list()) == []


async def test_it_cannot_exceed_what_is_left_after_other_credit_notes(client: Any) -> None:
    invoice = await _charged(client, "paid")
    await run(client.credit_notes.create(invoice=invoice.id, amount=4000, out_of_band_amount=4000))
    with pytest.raises(InvalidRequestError, match=r"left to credit on invoice .* \(200\)"):
        await run(
            client.credit_notes.create(invoice=invoice.id, amount=201, out_of_band_amount=201)
        )


async def test_drafts_and_void_invoices_cannot_be_credited(client: Any) -> None:
    ada = await customer(client)
    for status in ("draft", "void"):
        invoice = await invoice_in(client, status, str(ada.id))
        with pytest.raises(InvalidRequestError) as refused:
            await run(client.credit_notes.create(invoice=invoice.id, amount=100))
        assert refused.value.param == "invoice"


async def test_voiding_gives_back_what_the_note_took(client: Any, fake: FakeStripe) -> None:
    invoice = await _charged(client)
    note = await run(client.credit_notes.create(invoice=invoice.id, amount=1000))
    voided = await run(client.credit_notes.void(str(note.id)))
    assert (voided.status, voided.voided_at is not None) == ("void", True)
    after = await run(client.invoices.retrieve(str(invoice.id)))
    assert (after.amount_remaining, after.pre_payment_credit_notes_amount) == (4200, 0)
    with pytest.raises(InvalidRequestError, match="already void"):
        await run(client.credit_notes.void(str(note.id)))
    assert fake.events[-1]["type"] == "credit_note.voided"


async def test_voiding_a_balance_credit_takes_it_back(client: Any) -> None:
    invoice = await _charged(client, "paid")
    note = await run(client.credit_notes.create(invoice=invoice.id, amount=500, credit_amount=500))
    assert note.customer_balance_transaction is not None
    await run(client.credit_notes.void(str(note.id)))
    ada = await run(client.customers.retrieve(str(invoice.customer)))
    assert ada.balance == 0
    after = await run(client.invoices.retrieve(str(invoice.id)))
    assert after.post_payment_credit_notes_amount == 0


async def test_a_refund_cannot_be_voided(client: Any) -> None:
    invoice = await _charged(client, "paid")
    note = await run(client.credit_notes.create(invoice=invoice.id, amount=500, refund_amount=500))
    with pytest.raises(InvalidRequestError, match="refund can't be taken back"):
        await run(client.credit_notes.void(str(note.id)))


async def test_a_note_that_paid_the_invoice_cannot_be_voided(client: Any) -> None:
    invoice = await _charged(client)
    note = await run(client.credit_notes.create(invoice=invoice.id, amount=4200))
    with pytest.raises(InvalidRequestError, match="can no longer be voided"):
        await run(client.credit_notes.void(str(note.id)))


async def test_preview_issues_nothing(client: Any, fake: FakeStripe) -> None:
    invoice = await _charged(client)
    events = len(fake.events)
    preview = await run(client.credit_notes.preview(invoice=invoice.id, amount=700))
    assert (preview.amount, preview.pre_payment_amount) == (700, 700)
    lines = await items(
        client.credit_notes.preview_lines(
            invoice=invoice.id,
            lines=[
                {
                    "type": "custom_line_item",
                    "description": "Goodwill",
                    "unit_amount": 350,
                    "quantity": 2,
                }
            ],
        )
    )
    assert [(line.description, line.amount, line.quantity) for line in lines] == [
        ("Goodwill", 700, 2)
    ]
    assert len(fake.events) == events
    assert await items(client.credit_notes.list()) == []
    after = await run(client.invoices.retrieve(str(invoice.id)))
    assert after.amount_remaining == 4200


async def test_update_retrieve_and_list_by_invoice(client: Any) -> None:
    first = await _charged(client)
    second = await _charged(client)
    note = await run(client.credit_notes.create(invoice=first.id, amount=100))
    await run(client.credit_notes.create(invoice=second.id, amount=200))
    updated = await run(
        client.credit_notes.update(str(note.id), memo="Goodwill", metadata={"ticket": "7"})
    )
    assert (updated.memo, updated.metadata) == ("Goodwill", {"ticket": "7"})
    assert (await run(client.credit_notes.retrieve(str(note.id)))).memo == "Goodwill"
    assert [n.amount for n in await items(client.credit_notes.list(invoice=first.id))] == [100]
    assert [n.amount for n in await items(client.credit_notes.list())] == [200, 100]
    with pytest.raises(NotFoundError):
        await run(client.credit_notes.retrieve("cn_missing"))


async def test_paying_records_an_invoice_payment(client: Any, fake: FakeStripe) -> None:
    invoice = await _charged(client, "paid")
    (payment,) = await items(client.invoice_payments.list(invoice=invoice.id))
    assert isinstance(payment, InvoicePayment)
    assert (payment.amount_paid, payment.status, payment.is_default) == (4200, "paid", True)
    assert payment.payment.type_ == "payment_intent"
    assert str(payment.payment.payment_intent).startswith("pi_")
    again = await run(client.invoice_payments.retrieve(str(payment.id)))
    assert again.id == payment.id
    assert "invoice_payment.paid" in [e["type"] for e in fake.events]


async def test_paying_out_of_band_records_none(client: Any) -> None:
    ada = await customer(client)
    invoice = await invoice_in(client, "paid", str(ada.id))
    assert await items(client.invoice_payments.list(invoice=invoice.id)) == []


async def test_attach_payment_links_one_and_pays(client: Any) -> None:
    invoice = await _charged(client)
    paid = await run(client.invoices.attach_payment(str(invoice.id), payment_intent="pi_ext"))
    assert (paid.status, paid.amount_paid, paid.amount_remaining) == ("paid", 4200, 0)
    (payment,) = await items(client.invoice_payments.list(invoice=invoice.id))
    assert payment.payment.payment_intent == "pi_ext"
    by_payment = client.invoice_payments.list(
        payment={"type": "payment_intent", "payment_intent": "pi_ext"}
    )
    assert [p.id for p in await items(by_payment)] == [payment.id]
    with pytest.raises(InvalidRequestError):
        await run(client.invoices.attach_payment(str(invoice.id), payment_intent="pi_2"))


async def test_attach_payment_needs_one_payment_and_a_finalized_invoice(client: Any) -> None:
    ada = await customer(client)
    draft = await invoice_in(client, "draft", str(ada.id))
    with pytest.raises(InvalidRequestError, match="finalize it"):
        await run(client.invoices.attach_payment(str(draft.id), payment_intent="pi_1"))
    invoice = await _charged(client)
    with pytest.raises(InvalidRequestError, match="exactly one"):
        await run(client.invoices.attach_payment(str(invoice.id)))
