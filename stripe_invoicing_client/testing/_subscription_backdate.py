"""A subscription backdated when it is made (`backdate_start_date` of `subscriptions.create`),
as stripe-python 16.1's `SubscriptionCreateParams` and Stripe's backdating guide (classic
billing mode, the fake's) describe it:

- a past timestamp (the fake's now: a test clock's frozen time) that becomes the
  subscription's `start_date`; `created` stays when it was made;
- without `billing_cycle_anchor` the anchor is now: full periods run from now, and the first
  invoice also bills the time from the start to now, in one prorated line: the share of an
  imagined period of the price's interval that begins at the start (February 15 to March 1
  is 14 of the 28 days to March 15: half a month);
- with a future `billing_cycle_anchor` the first period runs from the start to the anchor,
  one prorated line on the first invoice, priced the same way;
- with `proration_behavior=none` the start is kept, the backdated time is free.

What the guide leaves open is refused by name before anything is made
(`ApiError.not_modelled`): a prorated or anchored backdated time longer than one interval of
a price, trials, `billing_cycle_anchor_config`, metered prices, and prorating tiered ones.
"""

from __future__ import annotations

from typing import Any

from ._errors import ApiError
from ._invoice_store import Invoice
from ._line_descriptions import describe
from ._proration import check_proratable, proration_behavior, share_of
from ._recurring import add_interval, add_subscription_line, bill_period, is_metered
from ._state import JsonObject, RequestContext
from ._subscription_store import Subscription

SCOPE = "POST /v1/subscriptions"
PARAM = "backdate_start_date"
_TRIAL_PARAMS = ("trial_end", "trial_period_days", "trial_from_plan")


def _imagined_end(start: int, price: JsonObject) -> int:
    """The end of the price's interval that begins at the backdated `start`."""
    recurring = price["recurring"]
    return add_interval(start, recurring["interval"], recurring["interval_count"], 1)


def requested_backdate(
    call: RequestContext,
    params: dict[str, Any],
    prices: list[JsonObject],
    anchor: tuple[int, dict[str, int] | None] | None,
) -> int | None:
    """The backdated start `params` ask for, checked against the `anchor` they ask for (with
    the config it came from: `_subscription_anchor.requested_anchor`), or None."""
    if params.get(PARAM) is None:
        return None
    start, now = int(params[PARAM]), call.now()
    if start >= now:
        raise ApiError.invalid_request(f"{PARAM} must be in the past.", param=PARAM)
    for name in _TRIAL_PARAMS:
        if params.get(name) not in (None, False, 0):
            raise ApiError.not_modelled(name, SCOPE, f"trials on backdated subscriptions ({name})")
    if anchor is not None and anchor[1] is not None:
        raise ApiError.not_modelled(
            "billing_cycle_anchor_config", SCOPE, "backdating with billing_cycle_anchor_config"
        )
    prorating = proration_behavior(params) != "none"
    end = now if anchor is None else anchor[0]
    for price in prices:
        if is_metered(price):
            raise ApiError.not_modelled(PARAM, SCOPE, "backdating a metered price")
        if prorating:
            check_proratable(price, PARAM, SCOPE, "prorating a tiered price's backdated time")
        if (prorating or anchor is not None) and end > _imagined_end(start, price):
            raise ApiError.not_modelled(
                PARAM, SCOPE, "a backdated time (to now, or the anchor) longer than one interval"
            )
    return start


def first_period_start(subscription: Subscription) -> int:
    """Where its first period starts: a backdated start when it runs to an anchor ahead,
    else when it was made (the anchor, unless set)."""
    if subscription.billing_cycle_anchor > subscription.created:
        return subscription.start_date
    return subscription.created


def bill_backdated(call: RequestContext, subscription: Subscription, behavior: str) -> Invoice:
    """The first invoice of a backdated subscription: each item's time from the start to the
    anchor prorated over the price's interval from the start (none with `behavior` `none`),
    then, anchored now, its first full period (`_recurring.bill_period`)."""
    start, end = subscription.start_date, subscription.billing_cycle_anchor
    for item in subscription.items if behavior != "none" else []:
        whole = (start, _imagined_end(start, item.price))
        amount = share_of(item.price, item.quantity, (start, end), whole)
        # Stripe documents no wording: a charge for time from a date, as a proration reads.
        text = describe(call.state, item, proration="Remaining", after=start)
        add_subscription_line(call, None, subscription, item, amount, (start, end), text, True)
    ahead = end > subscription.created
    apart = frozenset(item.id for item in subscription.items if ahead)
    return bill_period(call, subscription, "subscription_create", billed_apart=apart)


__all__ = ["bill_backdated", "first_period_start", "requested_backdate"]
