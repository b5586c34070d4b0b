"""Automatic collection charges a payment method on file, as `pay` does (docs.stripe.com/
invoicing/automatic-charging), on the fake, sync and async. With none, a subscription's
first invoice and its renewals fail as a declined card does: the invoice stays open with the
attempt counted, `invoice.payment_failed`, and the subscription `incomplete` or `past_due`.
An invoice with nothing to pay is paid without one."""

from __future__ import annotations

from typing import Any

import pytest

from stripe_invoicing_client import models as m
from stripe_invoicing_client.testing import FakeStripe

from ._support import (
    DAY,
    HOUR,
    START,
    customer,
    items,
    on_clock,
    paying_with,
    run,
    subscribe,
)

BEHAVIORS = [None, "allow_incomplete"]


@pytest.fixture(autouse=True)
async def products(team_plan: None) -> None:
    """The product of `MONTHLY`, the plan these tests subscribe to."""


def failures(fake: FakeStripe, invoice_id: str) -> int:
    return sum(
        1
        for event in fake.events
        if event["type"] == "invoice.payment_failed"
        and event["data"]["object"].get("id") == invoice_id
    )


async def unpaid_intents(client: Any, customer_id: str) -> list[m.PaymentIntent]:
    """The customer's PaymentIntents that have not succeeded."""
    found = await items(client.payment_intents.list(customer=customer_id))
    return [intent for intent in found if intent.status != "succeeded"]


async def assert_failed_for_want_of_a_payment_method(client: Any, customer_id: str) -> None:
    """The PaymentIntent of the customer's unpaid invoice awaits a payment method, saying
    there was none to charge (no card error: nothing was charged)."""
    [intent] = await unpaid_intents(client, customer_id)
    assert (intent.status, intent.payment_method, intent.amount_received) == (
        "requires_payment_method",
        None,
        0,
    )
    error = sent(intent.last_payment_error).to_dict()
    assert error["type"] == "invalid_request_error"
    assert "no payment method to charge" in error["message"]
    assert not {"code", "decline_code", "payment_method_type"} & error.keys()


def sent(value: Any) -> Any:
    assert value is not None and not isinstance(value, m.Unset)
    return value


@pytest.mark.parametrize("behavior", BEHAVIORS)
async def test_first_invoice_with_nothing_on_file_fails_as_a_decline_does(
    client: Any, fake: FakeStripe, behavior: str | None
) -> None:
    given = {} if behavior is None else {"payment_behavior": behavior}
    ada = await customer(client)
    sub = await subscribe(client, str(ada.id), **given)

    invoice: m.Invoice = await run(client.invoices.retrieve(str(sub.latest_invoice)))
    assert sub.status == "incomplete"
    assert (invoice.status, invoice.amount_remaining, invoice.amount_paid) == ("open", 3000, 0)
    assert (invoice.attempt_count, invoice.attempted) == (1, True)
    assert failures(fake, str(invoice.id)) == 1
    await assert_failed_for_want_of_a_payment_method(client, str(ada.id))
    assert await items(client.payment_intents.list(customer=str(ada.id))) != []

    # The same as a customer whose card declines, under the same payment_behavior.
    linus = await customer(client, "Linus Torvalds", **paying_with("pm_card_visa"))
    fake.fail_payments_for(str(linus.id))
    declined = await subscribe(client, str(linus.id), **given)
    other: m.Invoice = await run(client.invoices.retrieve(str(declined.latest_invoice)))
    assert declined.status == sub.status
    seen = (other.status, other.attempt_count, other.next_payment_attempt)
    assert seen == (invoice.status, invoice.attempt_count, invoice.next_payment_attempt)

    # Given a card, paying the invoice makes the subscription active.
    card = {"default_payment_method": "pm_card_visa"}
    await run(client.customers.update(str(ada.id), invoice_settings=card))
    paid: m.Invoice = await run(client.invoices.pay(str(invoice.id)))
    # A manual payment after the first attempt isn't counted (stripe-python 16.1's
    # `Invoice.attempt_count`: only automatic retries are, after the first).
    assert (paid.status, paid.attempt_count) == ("paid", 1)
    assert (await run(client.subscriptions.retrieve(str(sub.id)))).status == "active"


@pytest.mark.parametrize("how", ["nothing_on_file", "declined"])
async def test_renewal_with_nothing_on_file_makes_the_subscription_past_due(
    client: Any, fake: FakeStripe, how: str
) -> None:
    # The first month is paid: by the customer's credit (nothing on file), or by a card that
    # declines from then on.
    if how == "nothing_on_file":
        clock, ada = await on_clock(client, balance=-3000)
    else:
        clock, ada = await on_clock(client, **paying_with("pm_card_visa"))
    sub = await subscribe(client, str(ada.id))
    assert sub.status == "active"
    if how == "declined":
        fake.fail_payments_for(str(ada.id))
    renewal = START + 31 * DAY
    await run(client.test_helpers.test_clocks.advance(clock.id, frozen_time=renewal + 2 * HOUR))

    sub = await run(client.subscriptions.retrieve(str(sub.id)))
    invoice: m.Invoice = await run(client.invoices.retrieve(str(sub.latest_invoice)))
    assert sub.status == "past_due"
    assert (invoice.billing_reason, invoice.status) == ("subscription_cycle", "open")
    assert (invoice.attempt_count, invoice.attempted, invoice.amount_remaining) == (1, True, 3000)
    assert failures(fake, str(invoice.id)) == 1
    [intent] = await unpaid_intents(client, str(ada.id))
    assert (intent.status, intent.amount) == ("requires_payment_method", 3000)
    if how == "nothing_on_file":
        await assert_failed_for_want_of_a_payment_method(client, str(ada.id))


async def test_with_a_card_on_file_the_first_invoice_and_renewal_are_charged(
    client: Any, fake: FakeStripe
) -> None:
    clock, ada = await on_clock(client, **paying_with("pm_card_visa"))
    sub = await subscribe(client, str(ada.id))
    assert sub.status == "active"
    await run(
        client.test_helpers.test_clocks.advance(clock.id, frozen_time=START + 31 * DAY + 2 * HOUR)
    )
    sub = await run(client.subscriptions.retrieve(str(sub.id)))
    assert sub.status == "active"
    found = await items(client.invoices.list(customer=str(ada.id)))
    assert sorted(i.status for i in found) == ["paid", "paid"]
    intents = await items(client.payment_intents.list(customer=str(ada.id)))
    assert [(i.status, i.payment_method) for i in intents] == [("succeeded", "pm_card_visa")] * 2
    assert not any(event["type"] == "invoice.payment_failed" for event in fake.events)


@pytest.mark.parametrize("zero", ["trial", "coupon", "credit"])
async def test_nothing_to_pay_is_paid_without_a_payment_method(
    client: Any, fake: FakeStripe, zero: str
) -> None:
    ada = await customer(client)
    params: dict[str, Any] = {}
    if zero == "trial":
        params["trial_period_days"] = 7
    elif zero == "coupon":
        coupon = await run(client.coupons.create(percent_off=100, duration="forever"))
        params["discounts"] = [{"coupon": coupon.id}]
    else:
        await run(client.customers.update(str(ada.id), balance=-3000))
    sub = await subscribe(client, str(ada.id), **params)
    invoice: m.Invoice = await run(client.invoices.retrieve(str(sub.latest_invoice)))
    assert (invoice.status, invoice.amount_remaining) == ("paid", 0)
    assert sub.status == ("trialing" if zero == "trial" else "active")
    assert await items(client.payment_intents.list()) == []
    assert failures(fake, str(invoice.id)) == 0


@pytest.mark.parametrize("holding", ["source", "declining"])
async def test_a_trial_ends_with_a_source_or_a_declining_card_as_something_to_charge(
    client: Any, fake: FakeStripe, holding: str
) -> None:
    # A source counts, as it does for `pay`; so does a customer made to decline.
    clock, ada = await on_clock(client)
    if holding == "source":
        await run(client.customers.update(str(ada.id), default_source="card_ada"))
    else:
        fake.fail_payments_for(str(ada.id))
    pause = {"end_behavior": {"missing_payment_method": "pause"}}
    sub = await subscribe(client, str(ada.id), trial_period_days=7, trial_settings=pause)
    await run(client.test_helpers.test_clocks.advance(clock.id, frozen_time=START + 8 * DAY))

    sub = await run(client.subscriptions.retrieve(str(sub.id)))
    invoice: m.Invoice = await run(client.invoices.retrieve(str(sub.latest_invoice)))
    assert (invoice.billing_reason, invoice.amount_due) == ("subscription_cycle", 3000)
    if holding == "source":
        assert (sub.status, invoice.status) == ("active", "paid")
        intents = await items(client.payment_intents.list(customer=str(ada.id)))
        assert [(i.status, i.source) for i in intents] == [("succeeded", "card_ada")]
    else:
        assert (sub.status, invoice.status, invoice.attempt_count) == ("past_due", "open", 1)
