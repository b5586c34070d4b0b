"""The demo's invoicing flows, end to end on the fake, through both clients."""

from __future__ import annotations

from typing import Any

import pytest

from stripe_invoicing_client import CardError, InvalidRequestError
from stripe_invoicing_client.models import Invoice
from stripe_invoicing_client.testing import DECLINE_METADATA_KEY, FakeStripe

from ._support import DAY, customer, draft, invoice_in, item, items, paying_with, run


def event_types(fake: FakeStripe, invoice_id: str) -> list[str]:
    return [
        str(event["type"])
        for event in fake.events
        if event["data"]["object"].get("id") == invoice_id
    ]


async def test_one_time_invoice_sent_and_paid_out_of_band(client: Any, fake: FakeStripe) -> None:
    ada = await customer(client, "Ada Lovelace")
    first = await item(client, str(ada.id), 4200, "Analytical engine consulting")
    second = await item(client, str(ada.id), 1300, "Punched cards")
    assert first.invoice is None and second.invoice is None

    invoice: Invoice = await run(
        client.invoices.create(
            customer=str(ada.id),
            collection_method="send_invoice",
            days_until_due=30,
            pending_invoice_items_behavior="include",
        )
    )
    invoice_id = str(invoice.id)
    assert invoice.status == "draft"
    assert invoice.collection_method == "send_invoice"
    assert invoice.customer == ada.id
    assert invoice.number is None  # numbers are given at finalization
    assert invoice.due_date == invoice.created + 30 * DAY
    # The totals follow the lines, which are the pending items in creation order.
    lines = invoice.lines.data
    assert [line.amount for line in lines] == [4200, 1300]
    assert [line.description for line in lines] == ["Analytical engine consulting", "Punched cards"]
    assert invoice.subtotal == invoice.total == invoice.amount_due == 5500
    assert invoice.amount_remaining == 5500 and invoice.amount_paid == 0
    listed = await items(client.invoices.list_lines(invoice_id))
    assert [line.id for line in listed] == [line.id for line in lines]
    # The items now belong to the invoice.
    attached = await run(client.invoice_items.retrieve(str(first.id)))
    assert attached.invoice == invoice_id

    finalized: Invoice = await run(client.invoices.finalize(invoice_id))
    assert finalized.status == "open"
    assert isinstance(finalized.number, str) and finalized.number.endswith("-0001")
    assert finalized.total == 5500 and finalized.amount_remaining == 5500
    assert finalized.due_date == invoice.due_date
    assert finalized.status_transitions.finalized_at is not None
    assert fake.sent_invoices == []

    sent: Invoice = await run(client.invoices.send(invoice_id))
    assert sent.status == "open"
    assert len(fake.sent_invoices) == 1
    delivery = fake.sent_invoices[0]
    assert delivery.invoice == invoice_id
    assert delivery.number == finalized.number
    assert delivery.customer == ada.id
    assert delivery.email == "ada@example.com"
    assert delivery.hosted_invoice_url == sent.hosted_invoice_url

    paid: Invoice = await run(client.invoices.pay(invoice_id, paid_out_of_band=True))
    assert paid.status == "paid"
    assert paid.amount_paid == 5500 and paid.amount_remaining == 0
    assert paid.amount_paid_off_stripe == 5500
    assert paid.status_transitions.paid_at is not None
    assert paid.number == finalized.number
    # Retrieving gives the same final state.
    again: Invoice = await run(client.invoices.retrieve(invoice_id))
    assert again.to_dict() == paid.to_dict()

    assert event_types(fake, invoice_id) == [
        "invoice.created",
        "invoice.finalized",
        "invoice.sent",
        "invoice.paid",
    ]
    assert fake.write_count("PostInvoicesInvoiceSend") == 1


async def test_invoice_numbers_follow_the_customers_sequence(client: Any) -> None:
    ada = await customer(client)
    first = await invoice_in(client, "open", str(ada.id))
    second = await invoice_in(client, "open", str(ada.id))
    assert isinstance(first.number, str) and isinstance(second.number, str)
    prefix = first.number.rsplit("-", 1)[0]
    assert (first.number, second.number) == (f"{prefix}-0001", f"{prefix}-0002")


async def test_due_date_can_be_given_directly(client: Any, fake: FakeStripe) -> None:
    ada = await customer(client)
    due = fake.clock.now() + 7 * DAY
    invoice = await draft(client, str(ada.id), due_date=due)
    assert invoice.due_date == due
    # An auto-charged invoice has no due date.
    charged = await draft(client, str(ada.id), collection_method="charge_automatically")
    assert charged.due_date is None


@pytest.mark.parametrize("days", [-1, 10**9], ids=["negative", "billion"])
async def test_days_until_due_out_of_range_is_refused_as_stripe_does(
    client: Any, fake: FakeStripe, days: int
) -> None:
    """Issue 21.6: a typed 400 naming the parameter, and no invoice made."""
    ada = await customer(client)
    with pytest.raises(InvalidRequestError) as caught:
        await run(
            client.invoices.create(
                customer=str(ada.id), collection_method="send_invoice", days_until_due=days
            )
        )
    assert caught.value.http_status == 400
    assert caught.value.param == "days_until_due"
    assert fake.write_count("PostInvoices") == 0


async def test_totals_follow_line_edits(client: Any) -> None:
    ada = await customer(client)
    invoice = await draft(client, str(ada.id), (1000, 2000))
    invoice_id = str(invoice.id)
    added: Invoice = await run(
        client.invoices.add_lines(invoice_id, lines=[{"amount": 500, "description": "Extra"}])
    )
    assert [line.amount for line in added.lines.data] == [1000, 2000, 500]
    assert added.total == added.amount_due == 3500
    extra = added.lines.data[2]
    line = await run(client.invoices.update_line(invoice_id, str(extra.id), amount=700))
    assert line.amount == 700
    assert (await run(client.invoices.retrieve(invoice_id))).total == 3700
    updated: Invoice = await run(
        client.invoices.update_lines(invoice_id, lines=[{"id": str(extra.id), "amount": 900}])
    )
    assert updated.total == 3900
    removed: Invoice = await run(
        client.invoices.remove_lines(
            invoice_id, lines=[{"id": str(extra.id), "behavior": "delete"}]
        )
    )
    assert [line.amount for line in removed.lines.data] == [1000, 2000]
    assert removed.total == removed.amount_remaining == 3000
    finalized: Invoice = await run(client.invoices.finalize(invoice_id))
    assert finalized.total == 3000


async def test_auto_charged_invoice_paid_with_pay(client: Any, fake: FakeStripe) -> None:
    grace = await customer(
        client,
        "Grace Hopper",
        **paying_with("pm_card_visa"),
    )
    invoice = await draft(client, str(grace.id), (9900,), collection_method="charge_automatically")
    assert invoice.collection_method == "charge_automatically"
    assert invoice.due_date is None and invoice.total == 9900
    invoice_id = str(invoice.id)
    finalized: Invoice = await run(client.invoices.finalize(invoice_id, auto_advance=False))
    assert finalized.status == "open" and finalized.auto_advance is False
    paid: Invoice = await run(client.invoices.pay(invoice_id))
    assert paid.status == "paid"
    assert paid.amount_paid == 9900 and paid.amount_remaining == 0
    assert paid.amount_paid_off_stripe == 0
    assert paid.attempt_count == 1 and paid.attempted is True
    assert "invoice.payment_succeeded" in event_types(fake, invoice_id)
    assert fake.sent_invoices == []  # charged, never emailed


async def test_voided_invoice(client: Any, fake: FakeStripe) -> None:
    ada = await customer(client)
    invoice = await invoice_in(client, "open", str(ada.id))
    voided: Invoice = await run(client.invoices.void(str(invoice.id)))
    assert voided.status == "void"
    assert voided.status_transitions.voided_at is not None
    assert voided.total == 4200 and voided.amount_paid == 0
    assert "invoice.voided" in event_types(fake, str(invoice.id))
    with pytest.raises(InvalidRequestError) as info:
        await run(client.invoices.pay(str(invoice.id), paid_out_of_band=True))
    assert info.value.code == "invoice_not_editable"


async def test_uncollectible_then_paid(client: Any, fake: FakeStripe) -> None:
    grace = await customer(client, "Grace Hopper")
    invoice = await draft(client, str(grace.id), (15000,), days_until_due=15)
    invoice_id = str(invoice.id)
    assert invoice.due_date == invoice.created + 15 * DAY
    await run(client.invoices.finalize(invoice_id))
    lost: Invoice = await run(client.invoices.mark_uncollectible(invoice_id))
    assert lost.status == "uncollectible"
    assert lost.amount_remaining == 15000
    assert lost.status_transitions.marked_uncollectible_at is not None
    paid: Invoice = await run(client.invoices.pay(invoice_id, paid_out_of_band=True))
    assert paid.status == "paid"
    assert paid.amount_paid == 15000 and paid.amount_remaining == 0
    assert event_types(fake, invoice_id)[-2:] == ["invoice.marked_uncollectible", "invoice.paid"]


@pytest.mark.parametrize("how", ["fail_payments_for", "metadata"])
async def test_declined_payment_raises_card_error(client: Any, fake: FakeStripe, how: str) -> None:
    card = paying_with("pm_card_visa")  # the card that declines, then pays once allowed
    if how == "metadata":
        metadata = {DECLINE_METADATA_KEY: "insufficient_funds"}
        linus = await customer(client, "Linus Torvalds", metadata=metadata, **card)
    else:
        linus = await customer(client, "Linus Torvalds", **card)
        fake.fail_payments_for(str(linus.id), "insufficient_funds")
    invoice = await draft(client, str(linus.id), (2500,), collection_method="charge_automatically")
    invoice_id = str(invoice.id)
    await run(client.invoices.finalize(invoice_id))
    before = len(fake.requests)

    with pytest.raises(CardError) as info:
        await run(client.invoices.pay(invoice_id))
    error = info.value
    assert error.http_status == 402
    assert error.code == "card_declined"
    assert error.decline_code == "insufficient_funds"
    assert error.type == "card_error"
    assert error.request_id is not None and error.request_id.startswith("req_")
    assert "insufficient_funds" in str(error)
    assert len(fake.requests) == before + 1  # a decline is final: never retried

    # The attempt is recorded; the invoice stays open with everything still due.
    after: Invoice = await run(client.invoices.retrieve(invoice_id))
    assert after.status == "open"
    assert after.attempt_count == 1 and after.attempted is True
    assert after.amount_remaining == 2500 and after.amount_paid == 0
    assert "invoice.payment_failed" in event_types(fake, invoice_id)

    if how == "fail_payments_for":
        fake.allow_payments_for(str(linus.id))
        paid: Invoice = await run(client.invoices.pay(invoice_id))
        assert paid.status == "paid" and paid.attempt_count == 1  # a manual retry: not counted


async def test_zero_amount_invoice_is_paid_on_finalize(client: Any) -> None:
    ada = await customer(client)
    invoice = await draft(client, str(ada.id), ())
    assert invoice.total == 0
    finalized: Invoice = await run(client.invoices.finalize(str(invoice.id)))
    assert finalized.status == "paid"


async def test_deleting_a_draft_returns_its_items_to_pending(client: Any) -> None:
    ada = await customer(client)
    invoice = await draft(client, str(ada.id), (1000,))
    deleted = await run(client.invoices.delete(str(invoice.id)))
    assert deleted.deleted is True and deleted.id == invoice.id
    again = await draft(client, str(ada.id), ())
    assert again.total == 1000  # the item of the deleted draft was picked up again
