"""Retries of a failed automatic payment on the fake, sync and async
(`FakeStripe.set_retry_schedule`, a custom retry schedule of Stripe's Billing settings): each
retry comes the given days after the attempt before it, charges what is on file then, counts
in `attempt_count` and sends `invoice.payment_failed` when it fails, and shows in
`next_payment_attempt` until none is left; then the settings for afterwards apply to the
subscription and the invoice. A manual payment after the first attempt leaves the schedule
as it is (stripe-python 16.1's `Invoice.attempt_count`). By default nothing is retried
(test_next_payment_attempt.py)."""

from __future__ import annotations

from typing import Any

import pytest

from stripe_invoicing_client import CardError
from stripe_invoicing_client.models import Invoice, Subscription
from stripe_invoicing_client.testing import FakeStripe

from ._support import (
    DAY,
    DECLINING,
    GOOD,
    HOUR,
    START,
    TIMES,
    draft,
    on_clock,
    payer,
    paying_with,
    run,
    sent,
    subscribe,
    time_mover,
)

RENEWAL = START + 31 * DAY  # the first renewal of a subscription made at START
CHARGED = RENEWAL + HOUR  # its draft finalized and charged


@pytest.fixture(autouse=True)
async def products(team_plan: None) -> None:
    """The product of `MONTHLY`, the plan these tests subscribe to."""


def failures(fake: FakeStripe, invoice_id: str) -> int:
    """How many `invoice.payment_failed` events were sent for the invoice."""
    return sum(
        1
        for event in fake.events
        if event["type"] == "invoice.payment_failed" and event["data"]["object"]["id"] == invoice_id
    )


async def declined_renewal(client: Any, fake: FakeStripe) -> tuple[Any, Subscription, Invoice]:
    """A subscription charged automatically whose first renewal was declined at CHARGED:
    its clock, the subscription, and the renewal."""
    clock, who = await on_clock(client, **paying_with(GOOD))
    sub = await subscribe(client, str(who.id))
    fake.fail_payments_for(str(who.id))
    await run(client.test_helpers.test_clocks.advance(clock.id, frozen_time=CHARGED))
    sub = await run(client.subscriptions.retrieve(sub.id))
    renewal: Invoice = await run(client.invoices.retrieve(str(sub.latest_invoice)))
    assert (sub.status, renewal.billing_reason, renewal.status) == (
        "past_due",
        "subscription_cycle",
        "open",
    )
    return clock, sub, renewal


async def test_a_declined_renewal_is_retried_on_the_schedule_until_paid(
    client: Any, fake: FakeStripe
) -> None:
    fake.set_retry_schedule([1, 3, 5])
    clock, sub, renewal = await declined_renewal(client, fake)
    assert (renewal.attempt_count, renewal.next_payment_attempt) == (1, CHARGED + DAY)
    assert failures(fake, str(renewal.id)) == 1
    # The event shows the retry to come, as the invoice does.
    [failed] = [e for e in fake.events if e["type"] == "invoice.payment_failed"]
    assert failed["data"]["object"]["next_payment_attempt"] == CHARGED + DAY

    clocks = client.test_helpers.test_clocks
    await run(clocks.advance(clock.id, frozen_time=CHARGED + DAY - 1))
    waiting: Invoice = await run(client.invoices.retrieve(str(renewal.id)))
    assert (waiting.attempt_count, failures(fake, str(renewal.id))) == (1, 1)

    await run(clocks.advance(clock.id, frozen_time=CHARGED + DAY))
    retried: Invoice = await run(client.invoices.retrieve(str(renewal.id)))
    assert (retried.status, retried.attempt_count) == ("open", 2)
    assert retried.next_payment_attempt == CHARGED + 4 * DAY  # 3 days after the retry
    assert failures(fake, str(renewal.id)) == 2

    # The customer's card works again: the next retry charges it.
    fake.allow_payments_for(str(sub.customer))
    await run(clocks.advance(clock.id, frozen_time=CHARGED + 4 * DAY))
    paid: Invoice = await run(client.invoices.retrieve(str(renewal.id)))
    assert (paid.status, paid.attempt_count, paid.next_payment_attempt) == ("paid", 3, None)
    assert failures(fake, str(renewal.id)) == 2
    assert (await run(client.subscriptions.retrieve(sub.id))).status == "active"


@pytest.mark.parametrize(
    ("then_subscription", "then_invoice", "subscription_status", "invoice_status"),
    [
        ("cancel", "mark_uncollectible", "canceled", "uncollectible"),
        ("cancel", "leave_past_due", "canceled", "open"),
        ("mark_unpaid", "leave_past_due", "unpaid", "open"),
        ("leave_past_due", "mark_uncollectible", "past_due", "uncollectible"),
        ("leave_past_due", "leave_past_due", "past_due", "open"),
    ],
)
async def test_once_every_retry_failed_the_settings_for_afterwards_apply(
    client: Any,
    fake: FakeStripe,
    then_subscription: Any,
    then_invoice: Any,
    subscription_status: str,
    invoice_status: str,
) -> None:
    fake.set_retry_schedule([1, 2], then_subscription=then_subscription, then_invoice=then_invoice)
    clock, sub, renewal = await declined_renewal(client, fake)
    clocks = client.test_helpers.test_clocks
    await run(clocks.advance(clock.id, frozen_time=CHARGED + 3 * DAY - 1))
    before: Subscription = await run(client.subscriptions.retrieve(sub.id))
    assert before.status == "past_due"  # the last retry is still to come

    await run(clocks.advance(clock.id, frozen_time=CHARGED + 10 * DAY))
    after: Invoice = await run(client.invoices.retrieve(str(renewal.id)))
    assert (after.status, after.attempt_count, after.next_payment_attempt) == (
        invoice_status,
        3,
        None,
    )
    assert failures(fake, str(renewal.id)) == 3  # the first attempt and two retries, no more
    # Left open, it is still collected automatically, unless the cancel stopped that.
    assert after.auto_advance is (invoice_status == "open" and subscription_status != "canceled")
    ended: Subscription = await run(client.subscriptions.retrieve(sub.id))
    assert ended.status == subscription_status
    if subscription_status == "canceled":
        assert sent(ended.cancellation_details).reason == "payment_failed"


@pytest.mark.parametrize("time", TIMES)
@pytest.mark.parametrize("fixed", [True, False], ids=["card_replaced", "never_fixed"])
async def test_a_one_off_invoice_retry_charges_the_payment_method_on_file_then(
    client: Any, fake: FakeStripe, time: str, fixed: bool
) -> None:
    fake.set_retry_schedule([2], then_invoice="mark_uncollectible")
    on_time, move_to = await time_mover(client, fake, time)
    who = await payer(client, fake, DECLINING, **on_time)
    made = await draft(
        client, who, (2500,), collection_method="charge_automatically", auto_advance=True
    )
    await move_to(START + HOUR)
    declined: Invoice = await run(client.invoices.retrieve(str(made.id)))
    assert (declined.status, declined.attempt_count) == ("open", 1)
    assert declined.next_payment_attempt == START + HOUR + 2 * DAY
    if fixed:
        card = {"default_payment_method": GOOD}
        await run(client.customers.update(who, invoice_settings=card))

    await move_to(START + 5 * DAY)
    after: Invoice = await run(client.invoices.retrieve(str(made.id)))
    assert (after.status, after.attempt_count, after.next_payment_attempt) == (
        "paid" if fixed else "uncollectible",
        2,
        None,
    )


@pytest.mark.parametrize("close", ["pay_by_hand", "void", "mark_uncollectible", "auto_advance_off"])
async def test_an_invoice_settled_or_taken_out_of_automatic_collection_is_not_retried(
    client: Any, fake: FakeStripe, close: str
) -> None:
    fake.set_retry_schedule([1])
    clock, _, renewal = await declined_renewal(client, fake)
    invoices = client.invoices
    if close == "pay_by_hand":
        await run(invoices.pay(str(renewal.id), paid_out_of_band=True))
    elif close == "void":
        await run(invoices.void(str(renewal.id)))
    elif close == "mark_uncollectible":
        await run(invoices.mark_uncollectible(str(renewal.id)))
        # Still editable; turned on again, it brings back no retry.
        await run(invoices.update(str(renewal.id), auto_advance=True))
    else:
        await run(invoices.update(str(renewal.id), auto_advance=False))
    closed: Invoice = await run(invoices.retrieve(str(renewal.id)))
    assert closed.next_payment_attempt is None

    await run(client.test_helpers.test_clocks.advance(clock.id, frozen_time=CHARGED + 3 * DAY))
    after: Invoice = await run(invoices.retrieve(str(renewal.id)))
    assert (after.attempt_count, failures(fake, str(renewal.id))) == (1, 1)


async def test_a_manual_payment_after_the_first_attempt_leaves_the_schedule_alone(
    client: Any, fake: FakeStripe
) -> None:
    fake.set_retry_schedule([2, 2])
    clock, _, renewal = await declined_renewal(client, fake)
    with pytest.raises(CardError):
        await run(client.invoices.pay(str(renewal.id)))
    after: Invoice = await run(client.invoices.retrieve(str(renewal.id)))
    assert (after.attempt_count, after.next_payment_attempt) == (1, CHARGED + 2 * DAY)
    assert failures(fake, str(renewal.id)) == 2  # the event is sent all the same

    await run(client.test_helpers.test_clocks.advance(clock.id, frozen_time=CHARGED + 2 * DAY))
    retried: Invoice = await run(client.invoices.retrieve(str(renewal.id)))
    assert (retried.attempt_count, retried.next_payment_attempt) == (2, CHARGED + 4 * DAY)


@pytest.mark.parametrize(
    ("collection_method", "status"),
    [("charge_automatically", "past_due"), ("send_invoice", "canceled")],
)
async def test_the_overdue_policy_leaves_retried_subscriptions_to_the_retry_schedule(
    client: Any, fake: FakeStripe, collection_method: str, status: str
) -> None:
    fake.set_retry_schedule([20])
    fake.set_overdue_policy("cancel", after_days=1)
    clock, who = await on_clock(client, **paying_with(GOOD))
    if collection_method == "send_invoice":
        params: dict[str, Any] = {"collection_method": "send_invoice", "days_until_due": 1}
    else:
        params = {}
    sub = await subscribe(client, str(who.id), **params)
    fake.fail_payments_for(str(who.id))
    await run(client.test_helpers.test_clocks.advance(clock.id, frozen_time=RENEWAL + 5 * DAY))
    assert (await run(client.subscriptions.retrieve(sub.id))).status == status


@pytest.mark.parametrize(
    ("days", "then_subscription", "then_invoice", "error"),
    [
        ("1,3", "leave_past_due", "leave_past_due", TypeError),
        ([1, "3"], "leave_past_due", "leave_past_due", TypeError),
        ([1, True], "leave_past_due", "leave_past_due", TypeError),
        ([0], "leave_past_due", "leave_past_due", ValueError),
        ([366], "leave_past_due", "leave_past_due", ValueError),
        ([1], "delete", "leave_past_due", ValueError),
        ([1], "leave_past_due", "void", ValueError),
        (None, "past_due", "leave_past_due", ValueError),
    ],
)
def test_a_bad_schedule_is_refused_and_changes_nothing(
    days: Any, then_subscription: Any, then_invoice: Any, error: type[Exception]
) -> None:
    fake = FakeStripe()
    fake.set_retry_schedule([4])
    with pytest.raises(error):
        fake.set_retry_schedule(
            days, then_subscription=then_subscription, then_invoice=then_invoice
        )
    assert fake._state.retry_policy is not None and fake._state.retry_policy.days == (4,)


@pytest.mark.parametrize(
    ("param", "fixed", "outcome"),
    [
        ("source", True, ("paid", "active", 1)),
        ("source", False, ("open", "past_due", 2)),  # one more invoice.payment_failed
        ("default_source", True, ("open", "past_due", 1)),  # not a trigger
    ],
    ids=["new-source-pays", "new-source-declined", "default-source"],
)
async def test_a_new_source_retries_the_past_due_subscriptions_invoice_uncounted(
    client: Any, fake: FakeStripe, param: str, fixed: bool, outcome: tuple[str, str, int]
) -> None:
    """stripe-python 16.1's `customers.update`: `source` retries, at once, the latest open
    invoice of each past_due subscription charged automatically, an attempt that neither
    counts in `attempt_count` nor moves the schedule's next retry."""
    fake.set_retry_schedule([5])
    _, sub, renewal = await declined_renewal(client, fake)
    if fixed:
        fake.allow_payments_for(str(sub.customer))
    await run(client.customers.update(str(sub.customer), **{param: "src_new_card"}))
    after: Invoice = await run(client.invoices.retrieve(str(renewal.id)))
    status = (await run(client.subscriptions.retrieve(sub.id))).status
    assert (after.status, status, failures(fake, str(renewal.id))) == outcome
    assert after.attempt_count == 1
    if after.status == "open":
        assert after.next_payment_attempt == CHARGED + 5 * DAY
    customer = await run(client.customers.retrieve(str(sub.customer)))
    assert customer.default_source == "src_new_card"
