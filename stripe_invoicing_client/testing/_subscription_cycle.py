"""What time, invoices and customers do to subscriptions: renewals (a trial's end and its
warning: `_subscription_trials`), cancellation, an invoice finalized, overdue or paid, giving
up on an overdue subscription, an incomplete one expiring, and its customer deleted.

Each is a reaction (`_reactions`): time-driven work is found by `_recurring.run_until`, an
invoice paid is told by `_invoice_status`, a customer deleted by `_customers`."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from . import _invoice_status as invoice_status
from ._clock_time import now_for
from ._customer_store import Customer
from ._invoice_store import Invoice
from ._line_descriptions import describe
from ._objects import invoice_view
from ._proration import bill_pending, credit_unused, has_pending
from ._reactions import (
    CANCEL_AT_REACHED,
    CUSTOMER_DELETED,
    CUSTOMER_SOURCE_SET,
    INCOMPLETE_EXPIRES,
    INVOICE_DUE_TO_ADVANCE,
    INVOICE_OVERDUE,
    INVOICE_PAID,
    INVOICE_RETRIES_EXHAUSTED,
    OVERDUE_TOO_LONG,
    PERIOD_ENDED,
    reacts_to,
)
from ._recurring import (
    DAY,
    add_subscription_line,
    bill_period,
    boundary_after,
    is_metered,
    line_amount,
    metered_usage,
    refresh_usage,
)
from ._state import RequestContext, State
from ._subscription_lifecycle import CANCELED, ENDED, PAST_DUE, require
from ._subscription_store import Subscription, SubscriptionItem
from ._subscription_views import emit_updated, payment_missed, set_status, subscription_view


def subscription_of(state: State, invoice: Invoice) -> Subscription | None:
    return state.subscriptions.get(invoice.subscription or "")


@reacts_to(INVOICE_DUE_TO_ADVANCE)
def advance_invoice(call: RequestContext, invoice: Invoice) -> None:
    """An auto-advancing draft (a subscription's, or a one-off one), an hour on: finalized,
    then emailed or charged."""
    state = call.state
    subscription = subscription_of(state, invoice)
    pause = subscription.pause_collection if subscription else None
    if pause is not None and pause.behavior == "keep_as_draft":
        invoice.auto_advance = False
        return
    refresh_usage(call, invoice)
    invoice_status.finalize_invoice(call, invoice)
    if invoice.status != "open":  # nothing to pay
        return
    if pause is not None and pause.behavior == "void":
        invoice_status.void_invoice(call, invoice)
        return
    if pause is not None and pause.behavior == "mark_uncollectible":
        invoice_status.mark_invoice_uncollectible(call, invoice)
        return
    if invoice.collection_method == "send_invoice":
        if subscription is not None:  # a one-off invoice keeps the due date it was made with
            days = subscription.days_until_due
            invoice.due_date = call.now() + (days if days is not None else 30) * DAY
        invoice_status.send_invoice(call, invoice)
        return
    paid = invoice_status.attempt_payment(call, invoice)
    if not paid and subscription is not None and subscription.latest_invoice == invoice.id:
        # A declined renewal makes the subscription past due, as an overdue invoice does.
        payment_missed(call, subscription)


@reacts_to(INVOICE_OVERDUE)
def invoice_overdue(call: RequestContext, invoice: Invoice) -> None:
    """A `send_invoice` invoice passed its due date unpaid."""
    state = call.state
    state.overdue_invoices.add(invoice.id)
    call.emit("invoice.overdue", invoice_view(state, invoice))
    subscription = subscription_of(state, invoice)
    if subscription is None or subscription.latest_invoice != invoice.id:
        return
    if subscription.status in ENDED:
        return
    payment_missed(call, subscription)


@reacts_to(OVERDUE_TOO_LONG)
def give_up(call: RequestContext, subscription: Subscription) -> None:
    """Overdue for the configured days: `unpaid` or canceled, per `set_overdue_policy`."""
    subscription.overdue_since = None
    _give_up(call, subscription, call.state.overdue_action)


@reacts_to(INVOICE_RETRIES_EXHAUSTED)
def retries_failed(call: RequestContext, invoice: Invoice) -> None:
    """Every retry of the invoice failed: canceled, `unpaid` or left past_due, per
    `set_retry_schedule`; only for its latest invoice (Stripe leaves a subscription whose
    later invoice was paid as it is)."""
    subscription = subscription_of(call.state, invoice)
    policy = call.state.retry_policy
    if subscription is None or policy is None or subscription.latest_invoice != invoice.id:
        return
    if subscription.status == PAST_DUE:
        _give_up(call, subscription, policy.then_subscription)


def _give_up(call: RequestContext, subscription: Subscription, action: str | None) -> None:
    if action == "cancel":
        subscription.cancellation_details.reason = "payment_failed"
        set_status(call, subscription, require(subscription, "give_up_cancel"))
    elif action == "mark_unpaid":
        set_status(call, subscription, require(subscription, "give_up_unpaid"))


@reacts_to(INVOICE_PAID)
def invoice_paid(call: RequestContext, invoice: Invoice) -> None:
    """Called when any invoice is paid: its subscription is active again."""
    subscription = subscription_of(call.state, invoice)
    if subscription is None or subscription.status in ENDED:
        return
    still_open = [
        i
        for i in call.state.invoices.values()
        if subscription_of(call.state, i) is subscription
        and i.status == "open"
        and i.id in call.state.overdue_invoices
    ]
    if not still_open:
        set_status(call, subscription, require(subscription, "paid"))


def start_period(subscription: Subscription, start: int) -> None:
    """A new period for each item from `start`, to its interval's next boundary from the
    billing cycle anchor (the anchor itself while it is ahead); the subscription's ends with
    the last one."""
    end = start
    day = (subscription.billing_cycle_anchor_config or {}).get("day_of_month")
    for item in subscription.items:
        recurring = item.price["recurring"]
        item.current_period_start = start
        item.current_period_end = boundary_after(
            subscription.billing_cycle_anchor,
            recurring["interval"],
            recurring["interval_count"],
            start,
            day,
        )
        end = max(end, item.current_period_end) if end != start else item.current_period_end
    subscription.period_start = start
    subscription.period_end = end


@reacts_to(PERIOD_ENDED)
def renew(call: RequestContext, subscription: Subscription) -> None:
    require(subscription, "renew")
    if subscription.cancel_at_period_end:
        # The last period's metered usage is billed in arrears, on a final invoice.
        if bill_usage_so_far(call, subscription, until=subscription.period_end):
            bill_pending(call, subscription, "subscription_cycle")
        cancel_now(call, subscription, invoice_now=False, prorate=False)
        return
    before = subscription_view(call.state, subscription)
    # Metered items bill the usage of the period that ends, in arrears.
    ended = {
        item.id: (item.current_period_start, item.current_period_end)
        for item in subscription.items
        if is_metered(item.price)
    }
    start_period(subscription, subscription.period_end)
    emit_updated(call, before, subscription)
    if subscription.pause_collection is not None:
        resumes_at = subscription.pause_collection.resumes_at
        if resumes_at is not None and resumes_at <= call.now():
            subscription.pause_collection = None
    bill_period(call, subscription, "subscription_cycle", ended)


def cancel_now(
    call: RequestContext, subscription: Subscription, *, invoice_now: bool, prorate: bool
) -> None:
    """Ends the subscription now; with `prorate`, the unused time is credited, and with
    `invoice_now` a final invoice collects what is pending."""
    state = call.state
    require(subscription, "cancel")
    now = call.now()
    if prorate:
        for item in subscription.items:
            credit_unused(call, subscription, item, now)
    if invoice_now:
        # Usage reported at this very second counts too.
        bill_usage_so_far(call, subscription, until=now + 1)
    if invoice_now and has_pending(state, subscription):
        bill_pending(call, subscription, "subscription_update")
    subscription.canceled_at = subscription.canceled_at or now
    set_status(call, subscription, CANCELED)


def cancel_requested(
    call: RequestContext, subscription: Subscription, params: dict[str, Any], *, default: bool
) -> None:
    """Ends the subscription now as asked (`cancellation_requested`), invoicing and prorating
    as `params` say (`invoice_now`, `prorate`), else as `default`."""
    subscription.cancellation_details.reason = "cancellation_requested"
    cancel_now(
        call,
        subscription,
        invoice_now=bool(params.get("invoice_now", default)),
        prorate=bool(params.get("prorate", default)),
    )


def bill_usage_so_far(
    call: RequestContext,
    subscription: Subscription,
    until: int,
    items: Sequence[SubscriptionItem] | None = None,
) -> bool:
    """Each metered item's usage (of `items`, else the subscription's) from its period's start
    until `until` (excluded), pending for a final invoice; whether there was any."""
    now = call.now()
    billed = False
    for item in subscription.items if items is None else items:
        if not is_metered(item.price):
            continue
        period = (item.current_period_start, now)
        used = metered_usage(call.state, subscription, item.price, (period[0], until))
        if used:
            billed = True
            amount = line_amount(item.price, used)
            text = describe(call.state, item, used)
            add_subscription_line(
                call, None, subscription, item, amount, period, text, quantity=used
            )
    return billed


@reacts_to(CUSTOMER_DELETED)
def customer_deleted(call: RequestContext, customer: Customer) -> None:
    """Deleting a customer cancels their subscriptions at once, at each one's time, with no
    final invoice and no proration (what is pending stays uninvoiced)."""
    theirs = [s for s in call.state.subscriptions.values() if s.customer == customer.id]
    for subscription in theirs:
        at = now_for(call, subscription.test_clock)  # what was due before happens first
        if subscription.status not in ENDED:
            cancel_requested(at, subscription, {}, default=False)


@reacts_to(CUSTOMER_SOURCE_SET)
def retry_with_new_source(call: RequestContext, customer: Customer) -> None:
    """A new `source` (stripe-python 16.1's `customers.update`): each past_due subscription
    of theirs charged automatically has its latest open invoice with `auto_advance` charged
    at once, an attempt the retry schedule doesn't count (its next retry stays); paid, the
    subscription is active again (`invoice_paid`)."""
    state = call.state
    charged = [
        s
        for s in state.subscriptions.values()
        if s.customer == customer.id
        and s.status == PAST_DUE
        and s.collection_method == "charge_automatically"
    ]
    for subscription in charged:
        collected = [
            i
            for i in state.invoices.values()
            if subscription_of(state, i) is subscription and i.status == "open" and i.auto_advance
        ]
        if collected:  # the latest: the last made of those made last
            latest = sorted(collected, key=lambda invoice: invoice.created)[-1]
            invoice_status.charge_automatically(call, latest, counted=False)


@reacts_to(INCOMPLETE_EXPIRES)
def expire_incomplete(call: RequestContext, subscription: Subscription) -> None:
    """23 hours after its creation, its first invoice still unpaid: the invoice is voided and
    the subscription ends `incomplete_expired`, billing no more."""
    invoice = call.state.invoices.get(subscription.latest_invoice or "")
    if invoice is not None and invoice.status == "open":
        invoice_status.void_invoice(call, invoice)
    set_status(call, subscription, require(subscription, "expire"))


@reacts_to(CANCEL_AT_REACHED)
def cancel_at_reached(call: RequestContext, subscription: Subscription) -> None:
    cancel_now(call, subscription, invoice_now=False, prorate=False)


__all__ = [
    "advance_invoice",
    "cancel_at_reached",
    "cancel_now",
    "cancel_requested",
    "customer_deleted",
    "expire_incomplete",
    "give_up",
    "invoice_overdue",
    "invoice_paid",
    "renew",
    "retries_failed",
    "retry_with_new_source",
    "start_period",
    "subscription_of",
]
