"""Resuming a paused subscription (`subscriptions.resume`)."""

from __future__ import annotations

from typing import Any

from . import _invoice_status as invoice_status
from ._objects import expand_paths
from ._payment_behavior import check_resume_behavior
from ._recurring import DAY, bill_period
from ._state import JsonObject, RequestContext
from ._subscription_cycle import start_period
from ._subscription_lifecycle import require
from ._subscription_views import emit_updated, live_subscription, now_for, subscription_view


def resume(call: RequestContext, ids: dict[str, str], params: dict[str, Any]) -> JsonObject:
    state = call.state
    subscription = live_subscription(state, ids["subscription"])
    check_resume_behavior(params)
    at = now_for(call, subscription.test_clock)
    status = require(subscription, "resume")
    before = subscription_view(state, subscription)
    subscription.status = status
    # `billing_cycle_anchor[type]`: `now` (the default) starts a new period, billed at once;
    # `unchanged` keeps the paused period (its remainder is not prorated here).
    anchor = params.get("billing_cycle_anchor") or {}
    restart = not isinstance(anchor, dict) or anchor.get("type", "now") == "now"
    if restart:
        subscription.billing_cycle_anchor = at.now()
        start_period(subscription, at.now())
    emit_updated(at, before, subscription)
    call.emit("customer.subscription.resumed", subscription_view(state, subscription))
    if not restart:
        return subscription_view(state, subscription, expand_paths(params, in_list=False))
    invoice = bill_period(at, subscription, "subscription_update")
    invoice_status.finalize_invoice(at, invoice)
    if invoice.status == "open" and subscription.collection_method == "send_invoice":
        invoice.due_date = at.now() + (subscription.days_until_due or 30) * DAY
        invoice_status.send_invoice(at, invoice)
    elif invoice.status == "open":
        invoice_status.attempt_payment(at, invoice)
    return subscription_view(state, subscription, expand_paths(params, in_list=False))


__all__ = ["resume"]
