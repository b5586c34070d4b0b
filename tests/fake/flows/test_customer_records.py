"""A customer's tax IDs and balance on the fake, sync and async: tax IDs are printed on the
invoices finalized after they were added; balance transactions move `customer.balance`, and
finalizing an invoice applies the balance (`starting_balance`, `ending_balance`)."""

from __future__ import annotations

from typing import Any

import pytest

from stripe_invoicing_client import InvalidRequestError, NotFoundError
from stripe_invoicing_client.models import CustomerBalanceTransaction, DeletedTaxId, TaxId
from stripe_invoicing_client.testing import FakeStripe

from ._support import customer, draft, invoice_in, item, items, paying_with, run, sent


async def test_tax_ids_are_created_listed_and_deleted(client: Any, fake: FakeStripe) -> None:
    ada = await customer(client)
    vat = await run(client.customers.tax_ids.create(ada.id, type="eu_vat", value="FR12345678901"))
    ein = await run(client.customers.tax_ids.create(ada.id, type="us_ein", value="12-3456789"))
    assert isinstance(vat, TaxId)
    verification, owner = sent(vat.verification), sent(vat.owner)
    assert (vat.country, verification.status, owner.customer) == ("FR", "pending", ada.id)
    assert (ein.country, ein.verification.status) == ("US", "unavailable")
    listed = await items(client.customers.tax_ids.list(ada.id))
    assert [t.id for t in listed] == [ein.id, vat.id]
    assert (await run(client.customers.tax_ids.retrieve(ada.id, vat.id))).value == "FR12345678901"
    gone = await run(client.customers.tax_ids.delete(ada.id, vat.id))
    assert isinstance(gone, DeletedTaxId) and gone.deleted is True
    with pytest.raises(NotFoundError):
        await run(client.customers.tax_ids.retrieve(ada.id, vat.id))
    types = [e["type"] for e in fake.events]
    assert "customer.tax_id.created" in types and "customer.tax_id.deleted" in types


async def test_a_tax_id_belongs_to_its_customer(client: Any) -> None:
    ada, bob = await customer(client), await customer(client, "Bob Stone")
    vat = await run(client.customers.tax_ids.create(ada.id, type="eu_vat", value="DE123456789"))
    with pytest.raises(NotFoundError):
        await run(client.customers.tax_ids.retrieve(bob.id, vat.id))
    with pytest.raises(InvalidRequestError, match="Invalid value for eu_vat"):
        await run(client.customers.tax_ids.create(ada.id, type="eu_vat", value="123"))


async def test_finalized_invoices_show_the_customer_s_tax_ids(client: Any) -> None:
    ada = await customer(client)
    await run(client.customers.tax_ids.create(ada.id, type="eu_vat", value="NL123456789B01"))
    invoice = await draft(client, str(ada.id))
    finalized = await run(client.invoices.finalize(str(invoice.id)))
    assert [(t.type_, t.value) for t in finalized.customer_tax_ids] == [
        ("eu_vat", "NL123456789B01")
    ]


async def test_a_draft_shows_the_customer_as_it_is_now_a_finalized_invoice_as_it_was(
    client: Any,
) -> None:
    # Stripe: until an invoice is finalized, its customer_* fields and customer_tax_ids equal
    # the customer's, and starting_balance is the customer's current balance.
    ada = await customer(client)
    invoice = await draft(client, str(ada.id), (4200,))
    await run(client.customers.update(str(ada.id), email="accounts@example.com", name="Ada L."))
    await run(client.customers.tax_ids.create(ada.id, type="eu_vat", value="NL123456789B01"))
    await run(client.customers.balance_transactions.create(ada.id, amount=-700, currency="usd"))
    shown = await run(client.invoices.retrieve(str(invoice.id)))
    assert (shown.customer_email, shown.customer_name) == ("accounts@example.com", "Ada L.")
    assert [(t.type_, t.value) for t in shown.customer_tax_ids] == [("eu_vat", "NL123456789B01")]
    assert (shown.starting_balance, shown.ending_balance) == (-700, None)
    finalized = await run(client.invoices.finalize(str(invoice.id)))
    assert (finalized.starting_balance, finalized.amount_due) == (-700, 3500)
    await run(client.customers.update(str(ada.id), email="later@example.com"))
    kept = await run(client.invoices.retrieve(str(invoice.id)))
    assert (kept.customer_email, kept.starting_balance) == ("accounts@example.com", -700)


@pytest.mark.parametrize(
    ("balance", "amounts", "starting_balance", "amount_due"),
    [
        (0, (4200,), 0, 4200),
        (-1000, (4200,), -1000, 3200),
        (-5000, (4200,), -5000, 0),
        (300, (1000,), 300, 1300),
        (300, (1000, -3000), 300, 0),
    ],
)
async def test_previews_and_drafts_count_the_balance_finalizing_takes(
    client: Any, balance: int, amounts: tuple[int, ...], starting_balance: int, amount_due: int
) -> None:
    # Stripe (Invoice.starting_balance, .ending_balance, .amount_due): until an invoice is
    # finalized, starting_balance is the customer's current balance and ending_balance null,
    # and amount_due counts the balance, credit or debit; a preview is never finalized.
    ada = await customer(client)
    if balance:
        await run(
            client.customers.balance_transactions.create(ada.id, amount=balance, currency="usd")
        )
    for amount in amounts:
        await item(client, str(ada.id), amount)
    preview = await run(client.invoices.create_preview(customer=ada.id))
    invoice = await run(
        client.invoices.create(customer=ada.id, pending_invoice_items_behavior="include")
    )
    shown = [
        (i.starting_balance, i.ending_balance, i.amount_due, i.amount_remaining)
        for i in (preview, invoice)
    ]
    assert shown == [(starting_balance, None, amount_due, amount_due)] * 2
    finalized = await run(client.invoices.finalize(str(invoice.id)))
    assert (finalized.starting_balance, finalized.amount_due) == (starting_balance, amount_due)


async def test_balance_transactions_move_the_balance(client: Any) -> None:
    ada = await customer(client)
    credit = await run(
        client.customers.balance_transactions.create(
            ada.id, amount=-2500, currency="usd", description="Goodwill"
        )
    )
    assert isinstance(credit, CustomerBalanceTransaction)
    assert (credit.type_, credit.amount, credit.ending_balance) == ("adjustment", -2500, -2500)
    debit = await run(
        client.customers.balance_transactions.create(ada.id, amount=500, currency="usd")
    )
    assert debit.ending_balance == -2000
    assert (await run(client.customers.retrieve(str(ada.id)))).balance == -2000
    updated = await run(
        client.customers.balance_transactions.update(
            ada.id, credit.id, description="Goodwill credit", metadata={"ticket": "9"}
        )
    )
    assert (updated.description, updated.metadata) == ("Goodwill credit", {"ticket": "9"})
    fetched = await run(client.customers.balance_transactions.retrieve(ada.id, credit.id))
    assert (fetched.id, fetched.description) == (credit.id, "Goodwill credit")
    listed = await items(client.customers.balance_transactions.list(ada.id))
    assert [t.id for t in listed] == [debit.id, credit.id]
    with pytest.raises(InvalidRequestError, match="balance is in usd"):
        await run(client.customers.balance_transactions.create(ada.id, amount=1, currency="eur"))


async def test_finalizing_applies_a_credit_balance(client: Any) -> None:
    ada = await customer(client)
    await run(client.customers.balance_transactions.create(ada.id, amount=-1000, currency="usd"))
    invoice = await draft(client, str(ada.id), (4200,))
    finalized = await run(client.invoices.finalize(str(invoice.id)))
    assert (finalized.total, finalized.amount_due, finalized.amount_remaining) == (4200, 3200, 3200)
    assert (finalized.starting_balance, finalized.ending_balance) == (-1000, 0)
    assert (await run(client.customers.retrieve(str(ada.id)))).balance == 0
    applied = await items(client.customers.balance_transactions.list(ada.id, invoice=invoice.id))
    assert [(t.type_, t.amount) for t in applied] == [("applied_to_invoice", 1000)]


async def test_a_balance_given_at_creation_is_applied_to_the_first_invoice(client: Any) -> None:
    # Stripe: a negative balance is credit for the customer's next invoice. The customer has
    # no currency yet; the first invoice's is taken.
    ada = await customer(client, balance=-1000)
    assert (ada.balance, ada.currency) == (-1000, None)
    invoice = await draft(client, str(ada.id), (4200,))
    finalized = await run(client.invoices.finalize(str(invoice.id)))
    assert (finalized.amount_due, finalized.amount_remaining) == (3200, 3200)
    assert (finalized.starting_balance, finalized.ending_balance) == (-1000, 0)
    after = await run(client.customers.retrieve(str(ada.id)))
    assert (after.balance, after.currency) == (0, "usd")


async def test_a_credit_larger_than_the_invoice_pays_it_and_the_rest_stays(client: Any) -> None:
    ada = await customer(client)
    await run(client.customers.balance_transactions.create(ada.id, amount=-5000, currency="usd"))
    invoice = await draft(client, str(ada.id), (4200,))
    finalized = await run(client.invoices.finalize(str(invoice.id)))
    assert (finalized.amount_due, finalized.status) == (0, "paid")
    assert (finalized.starting_balance, finalized.ending_balance) == (-5000, -800)
    assert (await run(client.customers.retrieve(str(ada.id)))).balance == -800


async def test_a_debit_balance_is_added_to_the_next_invoice(client: Any) -> None:
    ada = await customer(client)
    await run(client.customers.balance_transactions.create(ada.id, amount=300, currency="usd"))
    invoice = await draft(client, str(ada.id), (1000,))
    finalized = await run(client.invoices.finalize(str(invoice.id)))
    assert (finalized.total, finalized.amount_due) == (1000, 1300)
    assert (finalized.starting_balance, finalized.ending_balance) == (300, 0)


async def test_a_credit_note_to_the_balance_pays_part_of_the_next_invoice(client: Any) -> None:
    ada = await customer(client, **paying_with("pm_card_visa"))
    first = await draft(client, str(ada.id), (2000,))
    first = await run(client.invoices.finalize(str(first.id)))
    await run(client.invoices.pay(str(first.id)))
    await run(client.credit_notes.create(invoice=first.id, amount=500, credit_amount=500))
    second = await draft(client, str(ada.id), (1500,))
    second = await run(client.invoices.finalize(str(second.id)))
    assert (second.starting_balance, second.amount_due) == (-500, 1000)


@pytest.mark.parametrize("status", ["open", "uncollectible"])
async def test_voiding_gives_the_applied_credit_back(client: Any, status: str) -> None:
    # Stripe (changelog 2019-12-03): a balance applied to an invoice is credited or debited
    # back to the customer when it is voided, traced by an `unapplied_from_invoice`
    # transaction paired with the `applied_to_invoice` one.
    ada = await customer(client)
    await run(client.customers.balance_transactions.create(ada.id, amount=-1000, currency="usd"))
    invoice = await draft(client, str(ada.id), (4200,))
    await run(client.invoices.finalize(str(invoice.id)))
    assert (await run(client.customers.retrieve(str(ada.id)))).balance == 0
    if status == "uncollectible":
        await run(client.invoices.mark_uncollectible(str(invoice.id)))
    voided = await run(client.invoices.void(str(invoice.id)))
    assert voided.status == "void"
    assert (await run(client.customers.retrieve(str(ada.id)))).balance == -1000
    moves = await items(client.customers.balance_transactions.list(ada.id, invoice=invoice.id))
    assert [(t.type_, t.amount, t.ending_balance) for t in moves] == [
        ("unapplied_from_invoice", -1000, -1000),
        ("applied_to_invoice", 1000, 0),
    ]


async def test_voiding_gives_an_invoiced_debit_back(client: Any) -> None:
    ada = await customer(client)
    await run(client.customers.balance_transactions.create(ada.id, amount=300, currency="usd"))
    invoice = await draft(client, str(ada.id), (1000,))
    await run(client.invoices.finalize(str(invoice.id)))
    await run(client.invoices.void(str(invoice.id)))
    assert (await run(client.customers.retrieve(str(ada.id)))).balance == 300


async def test_voiding_an_invoice_that_took_no_balance_records_nothing(client: Any) -> None:
    ada = await customer(client)
    invoice = await invoice_in(client, "void", str(ada.id))
    assert invoice.status == "void"
    assert await items(client.customers.balance_transactions.list(ada.id)) == []


async def test_a_negative_total_becomes_credit_for_the_next_invoice(client: Any) -> None:
    # Stripe: what an invoice owes can't go below zero; a credit larger than its charges (e.g.
    # a downgrade's proration) is added to the customer's balance for the next invoices.
    ada = await customer(client)
    invoice = await draft(client, str(ada.id), (1000, -3000))
    finalized = await run(client.invoices.finalize(str(invoice.id)))
    assert (finalized.total, finalized.amount_due, finalized.status) == (-2000, 0, "paid")
    assert (finalized.starting_balance, finalized.ending_balance) == (0, -2000)
    after = await run(client.customers.retrieve(str(ada.id)))
    assert (after.balance, after.currency) == (-2000, "usd")
    moves = await items(client.customers.balance_transactions.list(ada.id, invoice=invoice.id))
    assert [(t.type_, t.amount) for t in moves] == [("applied_to_invoice", -2000)]
    following = await draft(client, str(ada.id), (2500,))
    following = await run(client.invoices.finalize(str(following.id)))
    assert (following.starting_balance, following.amount_due) == (-2000, 500)


async def test_a_negative_total_first_settles_a_debit_balance(client: Any) -> None:
    ada = await customer(client)
    await run(client.customers.balance_transactions.create(ada.id, amount=300, currency="usd"))
    invoice = await draft(client, str(ada.id), (-1000,))
    finalized = await run(client.invoices.finalize(str(invoice.id)))
    assert (finalized.amount_due, finalized.starting_balance, finalized.ending_balance) == (
        0,
        300,
        -700,
    )
    assert (await run(client.customers.retrieve(str(ada.id)))).balance == -700


async def test_a_customer_without_a_discount_has_none_to_delete(client: Any) -> None:
    ada = await customer(client)
    with pytest.raises(NotFoundError, match="No active discount for customer") as raised:
        await run(client.customers.delete_discount(ada.id))
    assert raised.value.param == "customer"
