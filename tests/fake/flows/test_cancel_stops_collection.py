"""A subscription canceled stops the automatic collection of its customer's finalized invoices
(stripe-python 16.1's `Subscription.cancel`; the API reference's cancel a subscription), on
the fake, sync and async: however it ends canceled, each open invoice of the customer gets
`auto_advance` off (`invoice.updated`), so none is retried (`set_retry_schedule`) until it is
turned on again. A draft, such as a final invoice, still advances."""

from __future__ import annotations

from typing import Any

import pytest

from stripe_invoicing_client.models import Invoice
from stripe_invoicing_client.testing import FakeStripe

from ._support import DAY, HOUR, draft, run
from .test_payment_retries import CHARGED, RENEWAL, declined_renewal, failures

RETRY = CHARGED + 40 * DAY  # the one retry of the schedule these tests set
PERIOD_END = RENEWAL + 28 * DAY  # the end of the period the declined renewal bills (March 1)


@pytest.fixture(autouse=True)
async def products(team_plan: None) -> None:
    """The product of `MONTHLY`, the plan these tests subscribe to."""


async def cancel_by(client: Any, clock: Any, subscription_id: str, way: str) -> None:
    """Ends the subscription canceled, the `way` asked."""
    subscriptions, schedules = client.subscriptions, client.subscription_schedules
    advance = client.test_helpers.test_clocks.advance
    if way == "cancel":
        await run(subscriptions.cancel(subscription_id))
    elif way == "cancel_invoice_now":
        await run(subscriptions.cancel(subscription_id, invoice_now=True, prorate=True))
    elif way == "cancel_at":
        await run(subscriptions.update(subscription_id, cancel_at=CHARGED + 2 * HOUR))
        await run(advance(clock.id, frozen_time=CHARGED + 2 * HOUR))
    elif way == "cancel_at_period_end":
        await run(subscriptions.update(subscription_id, cancel_at_period_end=True))
        await run(advance(clock.id, frozen_time=PERIOD_END))
    else:
        schedule = await run(schedules.create(from_subscription=subscription_id))
        if way == "schedule_cancel":
            await run(schedules.cancel(schedule.id))
        else:  # its one phase ends with the period, and so does the subscription
            await run(schedules.update(schedule.id, end_behavior="cancel"))
            await run(advance(clock.id, frozen_time=PERIOD_END))


@pytest.mark.parametrize(
    "way",
    [
        "cancel",
        "cancel_invoice_now",
        "cancel_at",
        "cancel_at_period_end",
        "schedule_cancel",
        "schedule_end_behavior",
    ],
)
async def test_a_canceled_subscription_stops_collecting_the_customers_open_invoices(
    client: Any, fake: FakeStripe, way: str
) -> None:
    fake.set_retry_schedule([40])
    clock, sub, renewal = await declined_renewal(client, fake)
    # The customer's one-off invoice, open and collected automatically: stopped as well.
    one_off = await draft(
        client, str(sub.customer), (900,), collection_method="charge_automatically"
    )
    await run(client.invoices.finalize(str(one_off.id), auto_advance=True))
    fake.allow_payments_for(str(sub.customer))  # anything still collected is now paid
    await cancel_by(client, clock, sub.id, way)
    ended = await run(client.subscriptions.retrieve(sub.id))
    assert ended.status == "canceled"

    for invoice_id in (str(renewal.id), str(one_off.id)):
        stopped: Invoice = await run(client.invoices.retrieve(invoice_id))
        assert (stopped.status, stopped.auto_advance, stopped.next_payment_attempt) == (
            "open",
            False,
            None,
        )
        [told] = [
            event
            for event in fake.events
            if event["type"] == "invoice.updated" and event["data"]["object"]["id"] == invoice_id
        ]
        assert told["data"]["previous_attributes"]["auto_advance"] is True
        assert told["data"]["object"]["auto_advance"] is False
    if way == "cancel_invoice_now":  # the final invoice is a draft: it still advances
        final: Invoice = await run(client.invoices.retrieve(str(ended.latest_invoice)))
        assert final.id != renewal.id
        assert (final.status, final.auto_advance) == ("draft", True)

    await run(client.test_helpers.test_clocks.advance(clock.id, frozen_time=RETRY + DAY))
    after: Invoice = await run(client.invoices.retrieve(str(renewal.id)))
    assert (after.status, after.attempt_count, failures(fake, str(renewal.id))) == ("open", 1, 1)


@pytest.mark.parametrize("turned_on", [CHARGED + DAY, RETRY + DAY], ids=["before", "after"])
async def test_collection_turned_on_again_after_a_cancel_retries_the_invoice(
    client: Any, fake: FakeStripe, turned_on: int
) -> None:
    """Before the retry's time, it comes then; after, it comes at once (the fake's choice:
    Stripe doesn't say)."""
    fake.set_retry_schedule([40])
    clock, sub, renewal = await declined_renewal(client, fake)
    await run(client.subscriptions.cancel(sub.id))
    clocks = client.test_helpers.test_clocks
    await run(clocks.advance(clock.id, frozen_time=turned_on))
    fake.allow_payments_for(str(sub.customer))
    on_again: Invoice = await run(client.invoices.update(str(renewal.id), auto_advance=True))
    retry_at = max(RETRY, turned_on)
    assert on_again.next_payment_attempt == retry_at

    await run(clocks.advance(clock.id, frozen_time=RETRY + 2 * DAY))
    paid: Invoice = await run(client.invoices.retrieve(str(renewal.id)))
    assert (paid.status, paid.attempt_count) == ("paid", 2)
    assert paid.status_transitions.paid_at == retry_at
