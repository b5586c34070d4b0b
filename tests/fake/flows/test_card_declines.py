"""Card declines offline: Stripe's declining test payment methods, and FailRequest's card
errors, reach a program as `CardError` with Stripe's code and decline code (both clients)."""

from __future__ import annotations

from typing import Any

import pytest

from stripe_invoicing_client import CardError
from stripe_invoicing_client.models import Invoice
from stripe_invoicing_client.testing import DECLINING_CARDS, FailRequest, FakeStripe

from ._support import customer, draft, paying_with, run

# Written out here, apart from the fake's table, so a slip in either shows up. Stripe's
# testing docs (docs.stripe.com/testing, "Declined payments"): the payment method, then the
# error's code and decline code.
DOCUMENTED = [
    ("pm_card_visa_chargeDeclined", "card_declined", "generic_decline"),
    ("pm_card_chargeDeclined", "card_declined", "generic_decline"),
    ("pm_card_visa_chargeDeclinedInsufficientFunds", "card_declined", "insufficient_funds"),
    ("pm_card_chargeDeclinedInsufficientFunds", "card_declined", "insufficient_funds"),
    ("pm_card_visa_chargeDeclinedLostCard", "card_declined", "lost_card"),
    ("pm_card_visa_chargeDeclinedStolenCard", "card_declined", "stolen_card"),
    ("pm_card_chargeDeclinedExpiredCard", "expired_card", None),
    ("pm_card_chargeDeclinedIncorrectCvc", "incorrect_cvc", None),
    ("pm_card_chargeDeclinedProcessingError", "processing_error", None),
    (
        "pm_card_visa_chargeDeclinedVelocityLimitExceeded",
        "card_declined",
        "card_velocity_exceeded",
    ),
    ("pm_card_chargeCustomerFail", "card_declined", "generic_decline"),
]


def payment_failures(fake: FakeStripe, invoice_id: str) -> int:
    return sum(
        1
        for event in fake.events
        if event["type"] == "invoice.payment_failed"
        and event["data"]["object"].get("id") == invoice_id
    )


async def open_invoice(client: Any, **customer_params: Any) -> str:
    ada = await customer(client, **customer_params)
    invoice = await draft(client, str(ada.id), (2500,), collection_method="charge_automatically")
    await run(client.invoices.finalize(str(invoice.id)))
    return str(invoice.id)


@pytest.mark.parametrize(("payment_method", "code", "decline_code"), DOCUMENTED)
async def test_declining_test_payment_method(
    client: Any, fake: FakeStripe, payment_method: str, code: str, decline_code: str | None
) -> None:
    invoice_id = await open_invoice(client)

    with pytest.raises(CardError) as info:
        await run(client.invoices.pay(invoice_id, payment_method=payment_method))
    error = info.value
    assert (error.http_status, error.type, error.code) == (402, "card_error", code)
    assert error.decline_code == decline_code
    assert payment_method not in str(error)  # the message is Stripe's, about the card

    after: Invoice = await run(client.invoices.retrieve(invoice_id))
    assert after.status == "open"
    assert after.attempt_count == 1 and after.attempted is True
    assert after.amount_paid == 0 and after.amount_remaining == 2500
    assert payment_failures(fake, invoice_id) == 1

    # Another card pays it; the declined attempt was the first, and a manual payment after
    # the first isn't counted (stripe-python 16.1's `Invoice.attempt_count`).
    paid: Invoice = await run(client.invoices.pay(invoice_id, payment_method="pm_card_visa"))
    assert paid.status == "paid" and paid.attempt_count == 1


def test_the_table_holds_stripes_documented_cards() -> None:
    documented = {pm: (code, decline) for pm, code, decline in DOCUMENTED}
    listed = {
        pm: (card.code, card.decline_code)
        for card in DECLINING_CARDS
        for pm in card.payment_methods
    }
    assert listed == documented
    numbers = {card.number: card.decline_code or card.code for card in DECLINING_CARDS}
    assert numbers["4000000000000002"] == "generic_decline"
    assert numbers["4000000000009995"] == "insufficient_funds"
    assert numbers["4000000000000069"] == "expired_card"
    assert numbers["4000000000000341"] == "generic_decline"


async def test_a_declining_default_payment_method_declines_pay(
    client: Any, fake: FakeStripe
) -> None:
    # The card Stripe charges without a payment_method: the customer's default for invoices.
    invoice_id = await open_invoice(
        client,
        **paying_with("pm_card_chargeCustomerFail"),
    )
    with pytest.raises(CardError) as info:
        await run(client.invoices.pay(invoice_id))
    assert info.value.decline_code == "generic_decline"
    assert payment_failures(fake, invoice_id) == 1
    # A payment_method given to pay is the one charged.
    paid: Invoice = await run(client.invoices.pay(invoice_id, payment_method="pm_card_visa"))
    assert paid.status == "paid"


async def test_an_ordinary_test_card_still_pays(client: Any, fake: FakeStripe) -> None:
    invoice_id = await open_invoice(client)
    paid: Invoice = await run(client.invoices.pay(invoice_id, payment_method="pm_card_visa"))
    assert paid.status == "paid" and paid.attempt_count == 1
    assert payment_failures(fake, invoice_id) == 0


# --- FailRequest's card errors ------------------------------------------------------------


async def test_fail_request_with_type_code_and_decline_code(client: Any, fake: FakeStripe) -> None:
    invoice_id = await open_invoice(client)
    fake.inject(
        FailRequest(
            status=402, type="card_error", code="card_declined", decline_code="insufficient_funds"
        )
    )
    with pytest.raises(CardError) as info:
        await run(client.invoices.pay(invoice_id))
    error = info.value
    assert (error.http_status, error.type) == (402, "card_error")
    assert (error.code, error.decline_code) == ("card_declined", "insufficient_funds")


async def test_a_bare_402_is_a_generic_card_decline(client: Any, fake: FakeStripe) -> None:
    invoice_id = await open_invoice(client)
    fake.inject(FailRequest(status=402))
    with pytest.raises(CardError) as info:
        await run(client.invoices.pay(invoice_id))
    error = info.value
    assert (error.type, error.code, error.decline_code) == (
        "card_error",
        "card_declined",
        "generic_decline",
    )


def test_fail_request_keeps_its_earlier_spelling() -> None:
    assert FailRequest(400, error_type="invalid_request_error").error_type == (
        "invalid_request_error"
    )
    assert FailRequest(429, "rate_limit_error").error_type == "rate_limit_error"
    assert FailRequest(500).error_type == "api_error"
    assert FailRequest(500).decline_code is None


def test_only_card_errors_have_a_decline_code() -> None:
    with pytest.raises(ValueError, match="card_error"):
        FailRequest(500, decline_code="insufficient_funds")
    with pytest.raises(ValueError, match="card_error"):
        FailRequest(402, "api_error", decline_code="insufficient_funds")


def test_fail_request_takes_the_type_once() -> None:
    with pytest.raises(TypeError, match="type"):
        FailRequest(402, type="card_error", error_type="card_error")
