"""Resuming a paused subscription on the fake, sync and async, as Stripe documents it (the API
reference's resume a subscription, stripe-python 16.1's `Subscription.resume`, the 2026-05-27
changelog): the resumption invoice is finalized at once and the subscription stays `paused`
until it is paid or marked uncollectible (`active`); `resume_on_payment_attempt` (the
default) leaves it uncharged, and a payment that then fails makes the subscription `past_due`;
`resume_on_payment_success` charges it in the request and stays `paused` while it is unpaid;
voided, or not attempted within 23 hours (then voided), it leaves the subscription `paused`.
Nothing to pay now (the anchor unchanged, or a credit) resumes at once. A declined one is
retried on `set_retry_schedule`'s schedule, a retry paid settling it as a payment does."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

import pytest

from stripe_invoicing_client import CardError, InvalidRequestError
from stripe_invoicing_client import models as m
from stripe_invoicing_client.testing import FakeStripe

from ..support import event_types
from ._support import (
    DAY,
    GOOD,
    HOUR,
    START,
    items,
    objects,
    on_clock,
    on_clock_by_invoice,
    run,
    subscribe,
    webhooks,
)

pytestmark = pytest.mark.usefixtures("team_plan")

PAUSED_AT = START + 7 * DAY  # where the trial of `paused` ends, without a payment method
RESUMED_AT = START + 8 * DAY  # where its clock stands when the tests resume it
ATTEMPT, SUCCESS = "resume_on_payment_attempt", "resume_on_payment_success"
UPDATED, RESUMED = "customer.subscription.updated", "customer.subscription.resumed"


class Paused:
    """A subscription charged automatically, paused as its trial ended without a payment
    method, on its own test clock."""

    def __init__(self, client: Any, clock: m.TestClock, sub: m.Subscription) -> None:
        self.client, self.clock, self.sub = client, clock, sub

    async def move_to(self, when: int) -> None:
        await run(self.client.test_helpers.test_clocks.advance(self.clock.id, frozen_time=when))

    async def now(self) -> m.Subscription:
        found: m.Subscription = await run(self.client.subscriptions.retrieve(str(self.sub.id)))
        return found

    async def resume(self, **params: Any) -> m.Subscription:
        resumed: m.Subscription = await run(
            self.client.subscriptions.resume(str(self.sub.id), **params)
        )
        return resumed

    async def invoice(self, of: m.Subscription | m.Invoice) -> m.Invoice:
        """A subscription's latest invoice, or an invoice, as it is now."""
        invoice_id = of.latest_invoice if isinstance(of, m.Subscription) else of.id
        found: m.Invoice = await run(self.client.invoices.retrieve(str(invoice_id)))
        return found


async def paused(client: Any, fake: FakeStripe, card: str | None, at: int = RESUMED_AT) -> Paused:
    """A `Paused` subscription whose invoices then charge `card` (GOOD pays, `fail` is
    declined, None finds nothing on file), its clock moved on to `at`."""
    clock, who = await on_clock(client)
    pause = {"end_behavior": {"missing_payment_method": "pause"}}
    sub = await subscribe(client, str(who.id), trial_period_days=7, trial_settings=pause)
    made = Paused(client, clock, sub)
    await made.move_to(at)
    if card is not None:
        settings = {"default_payment_method": GOOD}
        await run(client.customers.update(str(who.id), invoice_settings=settings))
    if card == "fail":
        fake.fail_payments_for(str(who.id))
    assert (await made.now()).status == "paused"
    return made


# After the request: the subscription's status, its resumption invoice's, and how many
# payments were attempted.
Outcome = tuple[str, str, int]


@pytest.mark.parametrize(
    ("behavior", "card", "outcome"),
    [
        (None, GOOD, ("paused", "open", 0)),  # the default, resume_on_payment_attempt
        (ATTEMPT, None, ("paused", "open", 0)),
        (SUCCESS, GOOD, ("active", "paid", 1)),
        (SUCCESS, "fail", ("paused", "open", 1)),
        (SUCCESS, None, ("paused", "open", 1)),
    ],
)
async def test_the_request_charges_the_resumption_invoice_only_to_wait_for_its_success(
    client: Any, fake: FakeStripe, behavior: str | None, card: str | None, outcome: Outcome
) -> None:
    waiting = await paused(client, fake, card)
    params = {} if behavior is None else {"payment_behavior": behavior}
    resumed = await waiting.resume(**params)
    invoice = await waiting.invoice(resumed)
    assert (resumed.status, invoice.status, invoice.attempt_count) == outcome
    # A new period from now, invoiced at once; paused, it still says why and since when.
    assert (invoice.billing_reason, invoice.amount_due) == ("subscription_update", 3000)
    assert resumed.billing_cycle_anchor == RESUMED_AT
    assert resumed.items.data[0].current_period_start == RESUMED_AT
    active = resumed.status == "active"
    assert (resumed.status_details is None, len(event_types(fake, RESUMED))) == (active, active)


async def pay(client: Any, invoice: m.Invoice) -> None:
    await run(client.invoices.pay(str(invoice.id)))


async def pay_declined(client: Any, invoice: m.Invoice) -> None:
    with pytest.raises(CardError):
        await run(client.invoices.pay(str(invoice.id)))


async def pay_out_of_band(client: Any, invoice: m.Invoice) -> None:
    await run(client.invoices.pay(str(invoice.id), paid_out_of_band=True))


async def mark_uncollectible(client: Any, invoice: m.Invoice) -> None:
    await run(client.invoices.mark_uncollectible(str(invoice.id)))


async def void(client: Any, invoice: m.Invoice) -> None:
    await run(client.invoices.void(str(invoice.id)))


Settle = Callable[[Any, m.Invoice], Awaitable[None]]


@pytest.mark.parametrize(
    ("card", "settle", "status", "invoice_status"),
    [
        (GOOD, pay, "active", "paid"),
        ("fail", pay_declined, "past_due", "open"),
        (None, pay_out_of_band, "active", "paid"),
        (None, mark_uncollectible, "active", "uncollectible"),
        (None, void, "paused", "void"),
    ],
    ids=["paid", "declined", "paid-out-of-band", "uncollectible", "voided"],
)
async def test_what_becomes_of_the_resumption_invoice_settles_the_status(
    client: Any,
    fake: FakeStripe,
    card: str | None,
    settle: Settle,
    status: str,
    invoice_status: str,
) -> None:
    waiting = await paused(client, fake, card)
    invoice = await waiting.invoice(await waiting.resume())
    seen = len(event_types(fake, "customer.subscription."))
    await settle(client, invoice)
    sub = await waiting.now()
    assert (sub.status, (await waiting.invoice(sub)).status) == (status, invoice_status)
    told = event_types(fake, "customer.subscription.")[seen:]
    if status == "paused":
        assert told == []
    else:  # no longer paused: the status change, then `resumed`
        assert told == [UPDATED, RESUMED]
        [resumed] = objects(webhooks(fake, RESUMED), m.Subscription)
        assert (resumed.status, resumed.status_details) == (status, None)


async def test_not_attempted_within_23_hours_it_is_voided_and_still_paused(
    client: Any, fake: FakeStripe
) -> None:
    waiting = await paused(client, fake, GOOD)
    invoice = await waiting.invoice(await waiting.resume())
    await waiting.move_to(RESUMED_AT + 23 * HOUR - 1)
    assert (await waiting.invoice(invoice)).status == "open"
    await waiting.move_to(RESUMED_AT + 23 * HOUR)
    sub = await waiting.now()
    assert (sub.status, (await waiting.invoice(sub)).status) == ("paused", "void")
    assert event_types(fake, RESUMED) == []
    # Over, so it can be resumed anew: a new invoice, charged this time.
    again = await waiting.resume(payment_behavior=SUCCESS)
    assert (again.status, (await waiting.invoice(again)).status) == ("active", "paid")
    assert again.latest_invoice != invoice.id


async def test_a_declined_payment_waiting_for_success_is_not_voided_and_can_be_paid_later(
    client: Any, fake: FakeStripe
) -> None:
    waiting = await paused(client, fake, "fail")
    resumed = await waiting.resume(payment_behavior=SUCCESS)
    await waiting.move_to(RESUMED_AT + 2 * DAY)
    sub = await waiting.now()
    assert (sub.status, (await waiting.invoice(resumed)).status) == ("paused", "open")
    fake.allow_payments_for(str(sub.customer))
    await pay(client, await waiting.invoice(resumed))
    assert (await waiting.now()).status == "active"


async def test_past_due_after_a_declined_resumption_it_is_dunned_as_any(
    client: Any, fake: FakeStripe
) -> None:
    fake.set_overdue_policy("mark_unpaid", after_days=7)
    waiting = await paused(client, fake, "fail")
    await pay_declined(client, await waiting.invoice(await waiting.resume()))
    await waiting.move_to(RESUMED_AT + 6 * DAY)
    assert (await waiting.now()).status == "past_due"
    await waiting.move_to(RESUMED_AT + 7 * DAY)
    assert (await waiting.now()).status == "unpaid"


def remaining(sub: m.Subscription, since: int) -> int:
    """What one seat of 30.00 costs from `since` to the end of `sub`'s current period."""
    item = sub.items.data[0]
    start, end = item.current_period_start, item.current_period_end
    return round(3000 * (end - since) / (end - start))


UNCHANGED = {"type": "unchanged"}


@pytest.mark.parametrize(
    ("proration_behavior", "status", "pending", "invoiced"),
    [
        (None, "active", True, False),  # create_prorations, the default: for the next invoice
        ("none", "active", False, False),
        ("always_invoice", "paused", False, True),
    ],
)
async def test_with_the_anchor_unchanged_the_period_around_now_is_prorated(
    client: Any,
    fake: FakeStripe,
    proration_behavior: str | None,
    status: str,
    pending: bool,
    invoiced: bool,
) -> None:
    resumed_at = START + 40 * DAY  # paused since day 7: past the end of a whole month
    waiting = await paused(client, fake, GOOD, at=resumed_at)
    params: dict[str, Any] = {"billing_cycle_anchor": UNCHANGED}
    if proration_behavior is not None:
        params["proration_behavior"] = proration_behavior
    resumed = await waiting.resume(**params)
    assert (resumed.status, resumed.billing_cycle_anchor) == (
        status,
        waiting.sub.billing_cycle_anchor,
    )
    item = resumed.items.data[0]
    assert item.current_period_start <= resumed_at < item.current_period_end
    assert item.current_period_start > PAUSED_AT  # moved on, no period billed while paused
    charge = remaining(resumed, resumed_at)
    customer_id = str(resumed.customer)
    listed = await items(client.invoice_items.list(customer=customer_id, pending=True))
    assert [i.amount for i in listed] == ([charge] if pending else [])
    latest = await waiting.invoice(resumed)
    if invoiced:
        assert (latest.status, latest.amount_due) == ("open", charge)
    else:  # still the trial's
        assert latest.id == waiting.sub.latest_invoice
    assert len(event_types(fake, RESUMED)) == (status == "active")


async def test_with_nothing_to_pay_now_it_is_active_at_once(client: Any, fake: FakeStripe) -> None:
    waiting = await paused(client, fake, None)
    await run(client.customers.update(str(waiting.sub.customer), balance=-5000))
    resumed = await waiting.resume()
    invoice = await waiting.invoice(resumed)
    assert (resumed.status, invoice.status, invoice.amount_due) == ("active", "paid", 0)
    assert event_types(fake, "customer.subscription.")[-2:] == [UPDATED, RESUMED]


async def _active(client: Any, fake: FakeStripe) -> str:
    _, who = await on_clock(client, payment_method=GOOD)
    settings = {"default_payment_method": GOOD}
    await run(client.customers.update(str(who.id), invoice_settings=settings))
    return str((await subscribe(client, str(who.id))).id)


async def _paused_by_invoice(client: Any, fake: FakeStripe) -> str:
    _, _, sub = await on_clock_by_invoice(client)
    return str((await run(client.subscriptions.pause(str(sub.id)))).id)


async def _resuming(client: Any, fake: FakeStripe) -> str:
    waiting = await paused(client, fake, None)
    await waiting.resume()
    return str(waiting.sub.id)


@pytest.mark.parametrize(
    ("make", "status", "says"),
    [
        (_active, "active", "only paused subscriptions can be resumed"),
        (_paused_by_invoice, "paused", "charged automatically"),
        (_resuming, "paused", "already resuming"),
    ],
    ids=["not-paused", "send-invoice", "already-resuming"],
)
async def test_what_can_t_be_resumed_is_a_400_that_changes_nothing(
    client: Any,
    fake: FakeStripe,
    make: Callable[[Any, FakeStripe], Awaitable[str]],
    status: str,
    says: str,
) -> None:
    sub_id = await make(client, fake)
    before = len(fake.events)
    with pytest.raises(InvalidRequestError, match=says) as refused:
        await run(client.subscriptions.resume(sub_id))
    assert refused.value.http_status == 400
    assert (await run(client.subscriptions.retrieve(sub_id))).status == status
    assert len(fake.events) == before


@pytest.mark.parametrize(
    ("behavior", "fixed", "then", "outcome"),
    [
        (SUCCESS, True, ("leave_past_due", "leave_past_due"), ("active", "paid", 2)),
        (ATTEMPT, True, ("leave_past_due", "leave_past_due"), ("active", "paid", 2)),
        # Marked uncollectible as the schedule ends: settled, as by hand.
        (SUCCESS, False, ("leave_past_due", "mark_uncollectible"), ("active", "uncollectible", 2)),
        (SUCCESS, False, ("leave_past_due", "leave_past_due"), ("paused", "open", 2)),
        (ATTEMPT, False, ("mark_unpaid", "leave_past_due"), ("unpaid", "open", 2)),  # as any
    ],
    ids=["success-paid", "attempt-paid", "success-uncollectible", "success-open", "attempt-unpaid"],
)
async def test_a_declined_resumption_invoice_is_retried_on_the_schedule(
    client: Any, fake: FakeStripe, behavior: str, fixed: bool, then: Any, outcome: Outcome
) -> None:
    """`set_retry_schedule`: its retry paid resumes the subscription as a payment by hand does,
    from `paused` or from the `past_due` a declined `resume_on_payment_attempt` left."""
    fake.set_retry_schedule([2], then_subscription=then[0], then_invoice=then[1])
    waiting = await paused(client, fake, "fail")
    invoice = await waiting.invoice(await waiting.resume(payment_behavior=behavior))
    if behavior == ATTEMPT:
        await pay_declined(client, invoice)
    declined = await waiting.invoice(invoice)
    assert (declined.attempt_count, declined.next_payment_attempt) == (1, RESUMED_AT + 2 * DAY)
    assert (await waiting.now()).status == ("paused" if behavior == SUCCESS else "past_due")
    if fixed:
        fake.allow_payments_for(str(invoice.customer))

    await waiting.move_to(RESUMED_AT + 3 * DAY)
    sub, after = await waiting.now(), await waiting.invoice(invoice)
    assert (sub.status, after.status, after.attempt_count) == outcome
    assert after.next_payment_attempt is None
    assert len(event_types(fake, RESUMED)) == (sub.status != "paused")
