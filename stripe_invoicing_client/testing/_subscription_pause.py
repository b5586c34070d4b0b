"""Pausing a subscription and migrating it to flexible billing.

Pause (an active, past_due or unpaid subscription that no schedule drives): the status
becomes `paused` (with `status_details.paused`, reason `pause_requested`); a paused
subscription neither renews nor bills until `resume`. `bill_for[unused_time_from]` credits the
licensed items' unused time from `now` (the default), from the start of the item's period, or
not at all (`none`); `invoicing_behavior` leaves the credit pending for the next invoice
(`pending_invoice_item`, the default) or invoices it at once (`invoice`), with the metered
items' usage so far (`bill_for[outstanding_usage_through]`: `now`, the default, or `none`).

Migrate: `classic` to `flexible` billing mode, once (`billing_mode.updated_at`), with
`flexible[proration_discounts]` as given (null when not: the fake claims no default).
"""

from __future__ import annotations

from typing import Any

from ._clock_time import now_for
from ._errors import ApiError
from ._line_descriptions import describe
from ._objects import expand_paths
from ._proration import bill_pending, has_pending, prorated
from ._recurring import add_subscription_line, is_metered
from ._state import JsonObject, RequestContext
from ._subscription_cycle import bill_usage_so_far
from ._subscription_lifecycle import require
from ._subscription_store import Subscription
from ._subscription_views import emit_updated, live_subscription, subscription_view


def _credit_unused_time(call: RequestContext, subscription: Subscription, since: str) -> None:
    if since == "none":
        return
    for item in (item for item in subscription.items if not is_metered(item.price)):
        start = item.current_period_start if since == "item_current_period_start" else call.now()
        credit = -prorated(item, item.quantity, start)
        if credit:
            period = (max(start, item.current_period_start), item.current_period_end)
            text = describe(call.state, item, proration="Unused", after=period[0])
            add_subscription_line(call, None, subscription, item, credit, period, text, True)


def pause(call: RequestContext, ids: dict[str, str], params: dict[str, Any]) -> JsonObject:
    state = call.state
    subscription = live_subscription(state, ids["subscription"])
    at = now_for(call, subscription.test_clock)
    status = require(subscription, "pause")
    if subscription.schedule is not None:
        raise ApiError.invalid_request(
            f"Subscription {subscription.id} is driven by schedule {subscription.schedule}; "
            "release the schedule before pausing it."
        )
    before = subscription_view(state, subscription)
    unused = ((params.get("bill_for") or {}).get("unused_time_from") or {}).get("type", "now")
    _credit_unused_time(at, subscription, unused)
    usage = ((params.get("bill_for") or {}).get("outstanding_usage_through") or {}).get("type")
    if usage != "none":  # usage reported at this very second counts too
        bill_usage_so_far(at, subscription, until=at.now() + 1)
    subscription.status = status
    subscription.overdue_since = None
    subscription.paused_reason, subscription.paused_at = "pause_requested", at.now()
    emit_updated(at, before, subscription)
    at.emit("customer.subscription.paused", subscription_view(state, subscription))
    behavior = params.get("invoicing_behavior", "pending_invoice_item")
    if behavior == "invoice" and has_pending(state, subscription):
        bill_pending(at, subscription, "subscription_update")
    return subscription_view(state, subscription, expand_paths(params, in_list=False))


def migrate(call: RequestContext, ids: dict[str, str], params: dict[str, Any]) -> JsonObject:
    state = call.state
    subscription = live_subscription(state, ids["subscription"])
    at = now_for(call, subscription.test_clock)
    require(subscription, "migrate")
    if subscription.billing_mode == "flexible":
        raise ApiError.invalid_request(
            f"Subscription {subscription.id} already uses the flexible billing mode.",
            param="billing_mode[type]",
        )
    before = subscription_view(state, subscription)
    flexible = params["billing_mode"].get("flexible") or {}
    subscription.billing_mode = "flexible"
    subscription.proration_discounts = flexible.get("proration_discounts")
    subscription.billing_mode_updated_at = at.now()
    emit_updated(at, before, subscription)
    return subscription_view(state, subscription, expand_paths(params, in_list=False))


__all__ = ["migrate", "pause"]
