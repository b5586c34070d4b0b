"""A subscription's `pending_invoice_item_interval` (stripe-python 16.1's
`SubscriptionCreateParams` / `SubscriptionModifyParams`; `""` unsets it on an update): how
often its pending invoice items are invoiced between its periods, as an invoice created for
the subscription at that interval would (`_billing.pending_for_subscription`: only the items
naming it; the customer's others stay pending). It is shown with
`next_pending_invoice_item_invoice`, when the next such invoice is due.

Stripe documents the values (`day`, `week`, `month`, `year`) and the longest interval (a year:
1 year, 12 months, 52 weeks; 365 days is taken as a year of days). Where it says nothing, the
fake takes the conservative side:

- an interval not shorter than the subscription's billing interval (however the calendar
  falls) is refused by name, since a renewal bills the pending items first;
- the invoices fall each interval from when it was set (resending the same one keeps them);
- at its time with nothing pending, no invoice is made (an invoice for a subscription bills
  its pending items) and the next time is set; a paused subscription makes none either.
"""

from __future__ import annotations

import calendar
from collections.abc import Sequence
from typing import Any

from ._errors import ApiError
from ._proration import bill_pending, has_pending
from ._reactions import PENDING_ITEMS_DUE, reacts_to
from ._recurring import add_interval, boundary_after
from ._shapes import UNSET
from ._state import JsonObject, RequestContext
from ._subscription_store import PendingItemInterval, Subscription

PARAM = "pending_invoice_item_interval"
BILLING_REASON = "automatic_pending_invoice_item_invoice"
# Stripe's longest interval, a year, in each unit.
_MOST = {"day": 365, "week": 52, "month": 12, "year": 1}


def _days_spanned(interval: str, count: int) -> tuple[int, int]:
    """The fewest and the most days `count` intervals span, wherever they start."""
    if interval in ("day", "week"):
        days = count * (7 if interval == "week" else 1)
        return days, days
    months = count * (12 if interval == "year" else 1)
    spans = [  # from each month of a whole leap cycle
        sum(
            calendar.monthrange(2000 + m // 12, m % 12 + 1)[1] for m in range(first, first + months)
        )
        for first in range(48)
    ]
    return min(spans), max(spans)


def _check_shorter(wanted: PendingItemInterval, prices: Sequence[JsonObject], scope: str) -> None:
    longest = _days_spanned(wanted.interval, wanted.count)[1]
    for price in prices:
        recurring = price["recurring"]
        if longest >= _days_spanned(recurring["interval"], recurring["interval_count"])[0]:
            raise ApiError.not_modelled(
                PARAM,
                scope,
                "a pending invoice item interval not shorter than the billing interval "
                f"({wanted.count} x {wanted.interval} against {recurring['interval_count']} x "
                f"{recurring['interval']})",
            )


def requested_interval(
    call: RequestContext,
    params: dict[str, Any],
    prices: Sequence[JsonObject],
    subscription: Subscription | None,
) -> PendingItemInterval | None:
    """The interval a create (`subscription` None) or an update of `subscription` leaves (the
    one sent, none for `""`, else the current one), checked against the billing intervals of
    `prices` (the subscription's once the request is made) before anything changes."""
    current = None if subscription is None else subscription.pending_invoice_item_interval
    scope = "POST /v1/subscriptions" + (
        "" if subscription is None else "/{subscription_exposed_id}"
    )
    wanted = current
    if PARAM in params:
        given = params[PARAM]
        if given is UNSET:
            return None
        interval, count = given["interval"], given.get("interval_count", 1)
        if not 1 <= count <= _MOST[interval]:
            raise ApiError.invalid_request(
                f"Invalid {PARAM}[interval_count]: {interval} intervals must number from 1 to "
                f"{_MOST[interval]} (at most a year).",
                param=f"{PARAM}[interval_count]",
            )
        if current is None or (current.interval, current.count) != (interval, count):
            wanted = PendingItemInterval(interval, count, call.now())
    if wanted is not None:
        _check_shorter(wanted, prices, scope)
    return wanted


def set_interval(subscription: Subscription, wanted: PendingItemInterval | None) -> None:
    """`wanted` kept on the subscription; a new one's first invoice is an interval on."""
    if wanted is subscription.pending_invoice_item_interval:
        return
    subscription.pending_invoice_item_interval = wanted
    subscription.next_pending_invoice_item_invoice = (
        None if wanted is None else add_interval(wanted.anchor, wanted.interval, wanted.count, 1)
    )


@reacts_to(PENDING_ITEMS_DUE)
def invoice_pending_items(call: RequestContext, subscription: Subscription) -> None:
    """At `next_pending_invoice_item_invoice`: the subscription's pending items invoiced (left
    to advance as a renewal's invoice does), if any; the next time an interval on."""
    interval = subscription.pending_invoice_item_interval
    assert interval is not None  # the time is cleared with the interval
    if subscription.status != "paused" and has_pending(call.state, subscription):
        bill_pending(call, subscription, BILLING_REASON)
    subscription.next_pending_invoice_item_invoice = boundary_after(
        interval.anchor, interval.interval, interval.count, call.now(), None
    )


__all__ = ["BILLING_REASON", "invoice_pending_items", "requested_interval", "set_interval"]
