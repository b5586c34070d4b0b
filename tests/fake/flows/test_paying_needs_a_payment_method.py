"""Paying an invoice charges a payment method on file, as Stripe does (docs.stripe.com/
invoicing/automatic-charging), on the fake, sync and async: the one `pay` names, else the
invoice's default, its subscription's, then the customer's default for invoices and its
default source. With none, the fake refuses the payment (400) and changes nothing; paying out
of band, or an invoice the customer's credit covers, needs none."""

from __future__ import annotations

from typing import Any

import pytest

from stripe_invoicing_client import CardError, InvalidRequestError
from stripe_invoicing_client.models import Customer, Invoice
from stripe_invoicing_client.testing import DECLINE_METADATA_KEY, FakeStripe

from ._support import by_invoice, customer, draft, items, run


async def _refused(client: Any, invoice_id: str, **params: Any) -> InvalidRequestError:
    with pytest.raises(InvalidRequestError) as info:
        await run(client.invoices.pay(invoice_id, **params))
    error = info.value
    assert (error.http_status, error.type, error.code) == (400, "invalid_request_error", None)
    assert "no payment method to charge" in error.message
    for way in ("invoice_settings.default_payment_method", "payment_method", "paid_out_of_band"):
        assert way in error.message
    return error


@pytest.mark.parametrize("status", ["draft", "open", "uncollectible"])
# Attached but not the default: Stripe charges a default only.
@pytest.mark.parametrize("holding", [{}, {"payment_method": "pm_card_visa"}])
async def test_paying_with_nothing_on_file_is_refused_and_changes_nothing(
    client: Any, fake: FakeStripe, status: str, holding: dict[str, Any]
) -> None:
    ada = await customer(client, **holding)
    invoice = await draft(client, str(ada.id), collection_method="charge_automatically")
    if status != "draft":
        await run(client.invoices.finalize(str(invoice.id), auto_advance=False))
    if status == "uncollectible":
        await run(client.invoices.mark_uncollectible(str(invoice.id)))
    before = await run(client.invoices.retrieve(str(invoice.id)))
    events, writes = len(fake.events), fake.write_count()

    await _refused(client, str(invoice.id))

    after: Invoice = await run(client.invoices.retrieve(str(invoice.id)))
    assert after.to_dict() == before.to_dict()
    assert (after.status, after.attempt_count, after.amount_remaining) == (status, 0, 4200)
    assert len(fake.events) == events and fake.write_count() == writes
    assert await items(client.payment_intents.list()) == []


async def _subscription_invoice(client: Any, ada: Customer) -> tuple[str, str]:
    """A subscription of `ada`'s and its first invoice (open, 30.00 USD due): the ids."""
    subscription = await by_invoice(client, str(ada.id))
    invoice: Invoice = await run(client.invoices.retrieve(str(subscription.latest_invoice)))
    assert (invoice.status, invoice.amount_remaining) == ("open", 3000)
    return str(subscription.id), str(invoice.id)


# Where the payment method comes from, in the order Stripe looks: the place, whose parameters
# set it, and the payment method (`pm_`) or source (`card_`) it holds.
ORDER: list[tuple[str, str, dict[str, Any]]] = [
    ("pay", "pm_card_amex", {"payment_method": "pm_card_amex"}),
    ("pay", "card_pay", {"source": "card_pay"}),
    ("invoice", "pm_card_mastercard", {"default_payment_method": "pm_card_mastercard"}),
    ("invoice", "card_invoice", {"default_source": "card_invoice"}),
    ("subscription", "pm_card_discover", {"default_payment_method": "pm_card_discover"}),
    ("subscription", "card_subscription", {"default_source": "card_subscription"}),
    ("customer", "pm_card_visa", {"invoice_settings": {"default_payment_method": "pm_card_visa"}}),
    ("customer", "card_customer", {"default_source": "card_customer"}),
]


@pytest.mark.usefixtures("team_plan")
@pytest.mark.parametrize("first", range(len(ORDER)), ids=[f"{o}-{i}" for o, i, _ in ORDER])
async def test_the_first_payment_method_on_file_in_stripes_order_is_charged(
    client: Any, fake: FakeStripe, first: int
) -> None:
    ada = await customer(client)
    subscription_id, invoice_id = await _subscription_invoice(client, ada)
    # The place under test holds a payment method, and so does every place after it.
    params: dict[str, dict[str, Any]] = {"pay": {}, "invoice": {}, "subscription": {}}
    params["customer"] = {}
    for owner, _, setting in ORDER[first:]:
        params[owner].update(setting)
    # Refused while nothing is on file; then each is set, as a program adding a card would.
    await _refused(client, invoice_id)
    if params["customer"]:
        await run(client.customers.update(str(ada.id), **params["customer"]))
    if params["subscription"]:
        await run(client.subscriptions.update(subscription_id, **params["subscription"]))
    if params["invoice"]:
        await run(client.invoices.update(invoice_id, **params["invoice"]))

    paid: Invoice = await run(client.invoices.pay(invoice_id, **params["pay"]))

    assert (paid.status, paid.amount_paid, paid.attempt_count) == ("paid", 3000, 1)
    (intent,) = await items(client.payment_intents.list(customer=str(ada.id)))
    assert intent.status == "succeeded" and intent.amount_received == 3000
    charged = ORDER[first][1]
    is_source = charged.startswith("card_")
    assert intent.payment_method == (None if is_source else charged)
    assert intent.source == (charged if is_source else None)


async def test_without_a_card_only_paying_out_of_band_pays(client: Any, fake: FakeStripe) -> None:
    ada = await customer(client)
    invoice = await draft(client, str(ada.id), collection_method="charge_automatically")
    await run(client.invoices.finalize(str(invoice.id), auto_advance=False))
    await _refused(client, str(invoice.id))
    paid: Invoice = await run(client.invoices.pay(str(invoice.id), paid_out_of_band=True))
    assert (paid.status, paid.amount_paid, paid.amount_paid_off_stripe) == ("paid", 4200, 4200)
    assert await items(client.payment_intents.list()) == []


async def test_a_draft_the_credit_covers_is_paid_without_a_card(
    client: Any, fake: FakeStripe
) -> None:
    # (Finalizing it would have paid it already: an open invoice always has something due.)
    ada = await customer(client)
    credit = {"amount": -5000, "currency": "usd"}
    await run(client.customers.balance_transactions.create(str(ada.id), **credit))
    covered = await draft(client, str(ada.id), (4200,), collection_method="charge_automatically")
    paid: Invoice = await run(client.invoices.pay(str(covered.id)))
    assert (paid.status, paid.total, paid.amount_due, paid.amount_paid) == ("paid", 4200, 0, 0)
    assert await items(client.payment_intents.list()) == []
    # What is left of the credit (8.00 USD) doesn't cover the next one: that needs a card.
    rest = await draft(client, str(ada.id), (1000,), collection_method="charge_automatically")
    await _refused(client, str(rest.id))
    assert (await run(client.invoices.retrieve(str(rest.id)))).status == "draft"
    assert (await run(client.customers.retrieve(str(ada.id)))).balance == -800


@pytest.mark.parametrize("how", ["fail_payments_for", "metadata"])
async def test_a_customer_made_to_decline_has_a_card_on_file_until_allowed(
    client: Any, fake: FakeStripe, how: str
) -> None:
    # Declining stands for a card that declines: no card is needed to meet the decline.
    metadata = {DECLINE_METADATA_KEY: "insufficient_funds"} if how == "metadata" else {}
    linus = await customer(client, "Linus Torvalds", metadata=metadata)
    if how == "fail_payments_for":
        fake.fail_payments_for(str(linus.id), "insufficient_funds")
    invoice = await draft(client, str(linus.id), collection_method="charge_automatically")
    await run(client.invoices.finalize(str(invoice.id), auto_advance=False))
    with pytest.raises(CardError) as declined:
        await run(client.invoices.pay(str(invoice.id)))
    assert declined.value.decline_code == "insufficient_funds"
    # Once payments work again, the customer has no card left: paying needs one.
    if how == "fail_payments_for":
        fake.allow_payments_for(str(linus.id))
    else:
        await run(client.customers.update(str(linus.id), metadata={DECLINE_METADATA_KEY: ""}))
    await _refused(client, str(invoice.id))
    after = await run(client.invoices.retrieve(str(invoice.id)))
    assert (after.status, after.attempt_count) == ("open", 1)
