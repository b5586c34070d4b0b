"""A new subscription's billing cycle anchor, as stripe-python 16.1's `SubscriptionCreateParams`
and Stripe's billing cycle guide describe it:

- `billing_cycle_anchor` (a future timestamp), or `billing_cycle_anchor_config` (monthly and
  yearly prices only) to compute it: the next time, after now, on its `day_of_month` (a month's
  last day when it has fewer days) at its `hour`, `minute` and `second` (UTC; the creation
  time's when not sent), in its `month` when sent. The two are exclusive;
- billing starts now, or at a trial's end: the anchor comes at or after it, and at most one
  period (of the shortest interval) after it. The first period runs from then to the anchor;
  later ones follow from the anchor (`_recurring.boundary_after`), the config's day kept;
- that first, short period is prorated (`proration_behavior` `create_prorations`, the default,
  or `always_invoice`): the share of the full period ending at the anchor, as a pending
  proration its invoice takes in (`_proration.prorated`); with `none` it is free, and its
  invoice has no line for it.
"""

from __future__ import annotations

import calendar
from datetime import datetime, timezone
from typing import Any

from attrs import evolve

from ._errors import ApiError
from ._invoice_store import Invoice
from ._line_descriptions import describe
from ._proration import check_proratable, prorated, proration_behavior
from ._recurring import add_interval, add_subscription_line, bill_period, is_metered
from ._state import JsonObject, RequestContext
from ._subscription_store import Subscription, SubscriptionItem

SCOPE = "POST /v1/subscriptions"
# A config's fields and their ranges (`SubscriptionCreateParamsBillingCycleAnchorConfig`).
_CONFIG_RANGES = {
    "day_of_month": (1, 31),
    "hour": (0, 23),
    "minute": (0, 59),
    "second": (0, 59),
    "month": (1, 12),
}


def _checked_config(config: dict[str, Any]) -> dict[str, int]:
    if "day_of_month" not in config:
        raise ApiError.missing_param("billing_cycle_anchor_config[day_of_month]")
    for name, value in config.items():
        low, high = _CONFIG_RANGES[name]
        if not low <= int(value) <= high:
            raise ApiError.invalid_request(
                f"billing_cycle_anchor_config[{name}] must be between {low} and {high}.",
                param=f"billing_cycle_anchor_config[{name}]",
            )
    return {name: int(value) for name, value in config.items()}


def _next_occurrence(now: int, config: dict[str, int]) -> int:
    """The first time after `now` on the config's day (clamped to the month's last day), at
    its time of day, in its month when it names one."""
    start = datetime.fromtimestamp(now, tz=timezone.utc)
    time_of_day = {
        "hour": config.get("hour", start.hour),
        "minute": config.get("minute", start.minute),
        "second": config.get("second", start.second),
    }
    for ahead in range(13):
        year, month = divmod(start.month - 1 + ahead, 12)
        year, month = year + start.year, month + 1
        if config.get("month", month) != month:
            continue
        day = min(config["day_of_month"], calendar.monthrange(year, month)[1])
        when = int(datetime(year, month, day, tzinfo=timezone.utc, **time_of_day).timestamp())
        if when > now:
            return when
    raise AssertionError("a month recurs within 13 months")  # pragma: no cover


def requested_anchor(
    call: RequestContext, params: dict[str, Any], prices: list[JsonObject], trial_end: int | None
) -> tuple[int, dict[str, int] | None] | None:
    """The anchor `params` ask for, checked (with the config it was computed from), or None."""
    config = params.get("billing_cycle_anchor_config") or None
    given = params.get("billing_cycle_anchor")
    if config is not None and given is not None:
        raise ApiError.exclusive(
            "billing_cycle_anchor and billing_cycle_anchor_config can't be sent together.",
            "billing_cycle_anchor_config",
        )
    name = "billing_cycle_anchor" if config is None else "billing_cycle_anchor_config"
    intervals = [price["recurring"] for price in prices]
    if config is not None:
        if any(recurring["interval"] not in ("month", "year") for recurring in intervals):
            raise ApiError.invalid_request(
                "billing_cycle_anchor_config is only valid with monthly and yearly prices.",
                param=name,
            )
        config = _checked_config(config)
        anchor = _next_occurrence(call.now(), config)
    elif given is not None:
        anchor = int(given)
    else:
        return None
    if anchor <= call.now():
        raise ApiError.invalid_request("billing_cycle_anchor must be in the future.", param=name)
    start = call.now() if trial_end is None else trial_end
    if anchor < start:
        raise ApiError.not_modelled(name, SCOPE, "a billing cycle anchor before the trial's end")
    naturals = [
        add_interval(start, recurring["interval"], recurring["interval_count"], 1)
        for recurring in intervals
    ]
    if anchor > min(naturals):
        raise ApiError.invalid_request(
            f"The billing cycle anchor ({anchor}) can't be later than the next natural billing "
            f"date ({min(naturals)}).",
            param=name,
        )
    prorating = proration_behavior(params) != "none"
    for price, natural in zip(prices, naturals, strict=True):
        # Checked now, not when the short period is billed: nothing may be kept first.
        if prorating and anchor < natural and not is_metered(price):
            check_proratable(price)
    return anchor, config


def anchor_subscription(
    subscription: Subscription, anchor: int, config: dict[str, int] | None, prorate: bool
) -> None:
    subscription.billing_cycle_anchor = anchor
    subscription.billing_cycle_anchor_config = config
    subscription.prorate_to_anchor = prorate


def _full_period(subscription: Subscription, item: SubscriptionItem) -> tuple[int, int]:
    """The full period of the item's interval that ends at the subscription's anchor."""
    recurring = item.price["recurring"]
    config = subscription.billing_cycle_anchor_config or {}
    anchor = subscription.billing_cycle_anchor
    start = add_interval(
        anchor, recurring["interval"], recurring["interval_count"], -1, config.get("day_of_month")
    )
    return start, anchor


def _short_of_anchor(subscription: Subscription, item: SubscriptionItem) -> bool:
    """A licensed item whose current period ends at the anchor, shorter than a full one."""
    if is_metered(item.price) or item.current_period_end != subscription.billing_cycle_anchor:
        return False
    return item.current_period_start > _full_period(subscription, item)[0]


def bill_to_anchor(call: RequestContext, subscription: Subscription, reason: str) -> Invoice:
    """The invoice of the subscription's current period (`_recurring.bill_period`), an item's
    period up to the anchor shorter than a full one prorated, or free."""
    short = [item for item in subscription.items if _short_of_anchor(subscription, item)]
    for item in short if subscription.prorate_to_anchor else []:
        start, end = _full_period(subscription, item)
        full = evolve(item, current_period_start=start, current_period_end=end)
        amount = prorated(full, item.quantity, item.current_period_start)
        period = (item.current_period_start, item.current_period_end)
        text = describe(call.state, item, proration="Remaining", after=period[0])
        add_subscription_line(call, None, subscription, item, amount, period, text, True)
    return bill_period(call, subscription, reason, billed_apart=frozenset(i.id for i in short))


__all__ = ["anchor_subscription", "bill_to_anchor", "requested_anchor"]
