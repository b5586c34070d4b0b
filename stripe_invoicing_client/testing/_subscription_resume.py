"""Resuming a paused subscription (`subscriptions.resume`), and what later takes it out of
`paused`: its resumption invoice paid, marked uncollectible, declined or left 23 hours.

As Stripe documents it (the API reference's resume a subscription; stripe-python 16.1's
`Subscription.resume` and `SubscriptionResumeParams`; the 2026-05-27 changelog's pause
subscriptions):

- only a subscription charged automatically can be resumed;
- `billing_cycle_anchor=now` (the default) starts a new period now, invoiced at once (the
  resumption invoice); `unchanged` moves the periods on to the one around now, keeping the
  anchor, and prorates its rest as `proration_behavior` says: `create_prorations` (the
  default) leaves the charge pending for the next invoice, `always_invoice` invoices it now,
  `none` charges nothing;
- with no resumption invoice, or one with nothing to pay, the subscription is active at once;
  otherwise the invoice is finalized at once and the subscription stays `paused` until it is
  paid or marked uncollectible (then `active`);
- `payment_behavior=resume_on_payment_attempt` (the default) doesn't charge it in the request:
  a payment that fails later (`invoices.pay`) makes the subscription `past_due`;
  `resume_on_payment_success` charges it in the request, and the subscription stays `paused`
  until it is paid (Stripe retries it: the fake does on `set_retry_schedule`'s schedule, a
  retry paid settling it as any payment does, and by default never);
- voided by hand, the invoice leaves the subscription `paused`; with no payment attempted 23
  hours on, Stripe voids it, and the subscription stays `paused`.

Leaving `paused` is `customer.subscription.updated` then `customer.subscription.resumed`
(which Stripe sends whenever a subscription is no longer paused).

Not documented, so the fake's least surprising choice (each marked "Undocumented" where it is
made): the new period and anchor are set by the request, the subscription still paused while
it waits; a second `resume` while the resumption invoice is open is refused; the invoice's
`billing_reason` is `subscription_update`; a `past_due` reached by a declined resumption is
dunned as any (`set_overdue_policy`, `set_retry_schedule`); a declined
`resume_on_payment_success` invoice is never voided by the fake, and once the retry schedule
ends on it, the schedule's setting for the invoice applies (marked uncollectible, the
subscription is `active`, as after a mark by hand; left open, it stays `paused`).
"""

from __future__ import annotations

from typing import Any

from . import _invoice_status as invoice_status
from ._clock_time import now_for
from ._errors import ApiError
from ._invoice_store import Invoice
from ._line_descriptions import describe
from ._objects import expand_paths
from ._payment_behavior import RESUME_ON_PAYMENT_ATTEMPT, RESUME_ON_PAYMENT_SUCCESS
from ._payment_intents import open_intent
from ._proration import bill_pending, has_pending, prorated, proration_behavior
from ._reactions import (
    INVOICE_MARKED_UNCOLLECTIBLE,
    INVOICE_PAID,
    INVOICE_PAYMENT_FAILED,
    RESUMPTION_LAPSES,
    reacts_to,
)
from ._recurring import add_subscription_line, bill_period, is_metered
from ._state import CallAt, JsonObject, RequestContext, State, at_time, time_on
from ._subscription_cycle import start_period
from ._subscription_lifecycle import PAST_DUE, PAUSED, require
from ._subscription_store import Resumption, Subscription
from ._subscription_views import emit_updated, live_subscription, subscription_view

# How long a resumption invoice waits for a payment attempt before Stripe voids it.
RESUMPTION_WINDOW = 23 * 3_600


def resume(call: RequestContext, ids: dict[str, str], params: dict[str, Any]) -> JsonObject:
    state = call.state
    subscription = live_subscription(state, ids["subscription"])
    at = now_for(call, subscription.test_clock)
    require(subscription, "resume")
    _check_resumable(state, subscription)
    behavior = str(params.get("payment_behavior", RESUME_ON_PAYMENT_ATTEMPT))
    before = subscription_view(state, subscription)
    subscription.resumption = None  # one whose invoice was voided is over
    invoice = _bill_resumption(at, subscription, params)
    if invoice is not None:
        invoice_status.finalize_invoice(at, invoice)  # one with nothing to pay is paid now
    if invoice is None or invoice.status != "open":
        _leave_pause(subscription, require(subscription, "resumption_settled"))
    else:
        voids_at = at.now() + RESUMPTION_WINDOW
        subscription.resumption = Resumption(invoice.id, behavior, voids_at)
    emit_updated(at, before, subscription)
    if subscription.status != PAUSED:
        at.emit("customer.subscription.resumed", subscription_view(state, subscription))
    elif invoice is not None and behavior == RESUME_ON_PAYMENT_SUCCESS:
        invoice_status.attempt_payment(at, invoice)  # paid, its reaction resumes it
    elif invoice is not None:
        open_intent(at, invoice)  # the payment to come: nothing is charged now
    return subscription_view(state, subscription, expand_paths(params, in_list=False))


def _check_resumable(state: State, subscription: Subscription) -> None:
    if subscription.collection_method != "charge_automatically":
        raise ApiError.invalid_request(
            f"Subscription {subscription.id} is collected by send_invoice; only subscriptions "
            "charged automatically (collection_method=charge_automatically) can be resumed.",
        )
    waiting = _open_resumption(state, subscription)
    if waiting is not None:  # Undocumented: refused rather than a second invoice
        raise ApiError.invalid_request(
            f"Subscription {subscription.id} is already resuming: it stays paused until its "
            f"resumption invoice {waiting.id} is paid or marked uncollectible (or voided, to "
            "resume it anew).",
        )


def _open_resumption(state: State, subscription: Subscription) -> Invoice | None:
    """The invoice a resume of `subscription` still waits on: open, not yet settled."""
    resumption = subscription.resumption
    invoice = None if resumption is None else state.invoices.get(resumption.invoice)
    return invoice if invoice is not None and invoice.status == "open" else None


def _bill_resumption(
    at: CallAt, subscription: Subscription, params: dict[str, Any]
) -> Invoice | None:
    """The resumption invoice (a draft), or None when the resume bills nothing now."""
    anchor = params.get("billing_cycle_anchor") or {}
    # Undocumented: the period moves now, though the subscription may stay paused a while.
    if anchor.get("type", "now") == "now":  # a new period from now, without prorations
        subscription.billing_cycle_anchor = at.now()
        start_period(subscription, at.now())
        return bill_period(at, subscription, "subscription_update")  # Undocumented: the reason
    # `unchanged`: on to the period around now, as its renewals would have moved it.
    while subscription.period_end <= at.now():
        start_period(subscription, subscription.period_end)
    behavior = proration_behavior(params)
    if behavior == "none":
        return None
    since = int(params.get("proration_date", at.now()))
    for item in (item for item in subscription.items if not is_metered(item.price)):
        charge = prorated(item, item.quantity, since)
        if charge:
            period = (since, item.current_period_end)
            text = describe(at.state, item, proration="Remaining", after=since)
            add_subscription_line(at, None, subscription, item, charge, period, text, True)
    if behavior != "always_invoice" or not has_pending(at.state, subscription):
        return None
    return bill_pending(at, subscription, "subscription_update")


def _leave_pause(subscription: Subscription, status: str) -> None:
    subscription.status = status
    subscription.resumption = None
    subscription.paused_reason = subscription.paused_at = None


def _resuming(state: State, invoice: Invoice) -> Subscription | None:
    """The paused subscription whose resume waits on `invoice`, if any."""
    subscription = state.subscriptions.get(invoice.subscription or "")
    if subscription is None or subscription.status != PAUSED:
        return None
    resumption = subscription.resumption
    return subscription if resumption is not None and resumption.invoice == invoice.id else None


def _unpause(told: RequestContext, subscription: Subscription, action: str) -> None:
    # At the subscription's time: what settles it (`invoices.pay`) may run at the fake's own.
    call = at_time(told, time_on(told.state, subscription.test_clock))
    before = subscription_view(call.state, subscription)
    _leave_pause(subscription, require(subscription, action))
    if subscription.status == PAST_DUE:  # Undocumented: dunned from now, as any past_due
        subscription.overdue_since = call.now()
    emit_updated(call, before, subscription)
    call.emit("customer.subscription.resumed", subscription_view(call.state, subscription))


@reacts_to(INVOICE_PAID)
@reacts_to(INVOICE_MARKED_UNCOLLECTIBLE)
def resumption_settled(call: RequestContext, invoice: Invoice) -> None:
    """A resumption invoice paid or marked uncollectible: its subscription is active."""
    subscription = _resuming(call.state, invoice)
    if subscription is not None:
        _unpause(call, subscription, "resumption_settled")


@reacts_to(INVOICE_PAYMENT_FAILED)
def resumption_declined(call: RequestContext, invoice: Invoice) -> None:
    """A resumption invoice's payment failed: past_due with `resume_on_payment_attempt`;
    with `resume_on_payment_success` the subscription stays paused."""
    subscription = _resuming(call.state, invoice)
    if subscription is None or subscription.resumption is None:
        return
    if subscription.resumption.payment_behavior != RESUME_ON_PAYMENT_SUCCESS:
        _unpause(call, subscription, "resumption_declined")


@reacts_to(RESUMPTION_LAPSES)
def resumption_lapses(call: RequestContext, subscription: Subscription) -> None:
    """23 hours on: a resumption invoice with no payment attempted is voided, and the
    subscription stays paused. Undocumented: one attempted and still open
    (`resume_on_payment_success`, declined) is left open, to be paid by hand or by the retry
    schedule (`set_retry_schedule`); what Stripe does once its retries end is not said."""
    resumption = subscription.resumption
    if resumption is None:
        return
    resumption.voids_at = None
    invoice = call.state.invoices.get(resumption.invoice)
    if invoice is not None and invoice.status == "open" and not invoice.attempted:
        invoice_status.void_invoice(call, invoice)
    if _open_resumption(call.state, subscription) is None:
        subscription.resumption = None


__all__ = [
    "RESUMPTION_WINDOW",
    "resume",
    "resumption_declined",
    "resumption_lapses",
    "resumption_settled",
]
