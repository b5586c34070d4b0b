"""A subscription's trial set on creation or changed by an update (`trial_end`,
`trial_from_plan`; stripe-python 16.1's `SubscriptionCreateParams` / `SubscriptionUpdateParams`
and the API reference's trial and billing-cycle guides):

- `trial_end=now` ends a trial at once, as time reaching its end does
  (`_subscription_cycle.finish_trial`): active, anchored and billed a new period from now, and
  that invoice finalized and collected in the request, as the update's `payment_behavior` says;
- a future `trial_end` moves a trial's end, and the billing cycle anchor and period's end with
  it. On an active subscription it starts a trial until then: the time already paid for is
  credited (prorations, unless `proration_behavior=none`), and billing starts again at its end;
- `trial_from_plan` gives the trial of the items' prices (`recurring.trial_period_days`) from
  now; on an update, a price without one changes nothing.

Stripe's own refusals: a `trial_end` not in the future, `trial_from_plan` with `trial_end`.
What the fake doesn't model is refused by name: ending or moving the trial of a subscription
that has none to end (or is past due, unpaid, incomplete or paused), starting one on a
subscription with metered items, and `trial_from_plan` with its items changed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ._errors import ApiError
from ._proration import collect_now, credit_unused
from ._recurring import DAY, is_metered
from ._state import CallAt, JsonObject, RequestContext
from ._subscription_cycle import finish_trial
from ._subscription_lifecycle import ACTIVE, TRIALING, require
from ._subscription_store import Subscription

_UPDATE = "POST /v1/subscriptions/{subscription_exposed_id}"


def trial_end_given(call: RequestContext, params: dict[str, Any]) -> int | None:
    """A timestamp `trial_end`, which must be in the future; None when absent or `now`."""
    value = params.get("trial_end")
    if not isinstance(value, int):
        return None
    if value <= call.now():
        raise ApiError.invalid_request("trial_end must be in the future.", param="trial_end")
    return value


def trial_from_plan(
    call: RequestContext, params: dict[str, Any], prices: list[JsonObject], scope: str
) -> int | None:
    """The end of the trial the prices give (`recurring.trial_period_days`) from now, if any;
    `scope` names the operation in a refusal."""
    if "trial_end" in params:
        raise ApiError.invalid_request(
            "trial_from_plan and trial_end can't be set together.", param="trial_from_plan"
        )
    days = {(price.get("recurring") or {}).get("trial_period_days") or 0 for price in prices}
    if "trial_period_days" in params or len(days) > 1:
        what = "trial_period_days" if "trial_period_days" in params else "prices' different trials"
        raise ApiError.not_modelled("trial_from_plan", scope, f"trial_from_plan with {what}")
    (trial_days,) = days
    return call.now() + trial_days * DAY if trial_days else None


def _not_modelled(param: str, what: str) -> ApiError:
    return ApiError.not_modelled(param, _UPDATE, what)


def requested_trial(
    call: RequestContext, subscription: Subscription, params: dict[str, Any]
) -> int | str | None:
    """What an update asks of the subscription's trial: `"now"` (end it), a new end, or None
    (nothing); checked before anything changes."""
    if params.get("trial_from_plan"):
        if "items" in params:
            raise _not_modelled("trial_from_plan", "trial_from_plan with items changed")
        prices = [item.price for item in subscription.items]
        wanted: int | str | None = trial_from_plan(call, params, prices, _UPDATE)
    elif params.get("trial_end") == "now":
        wanted = "now"
    else:
        wanted = trial_end_given(call, params)
    if wanted is None:
        return None
    param = "trial_from_plan" if params.get("trial_from_plan") else "trial_end"
    if wanted == "now" and subscription.status != TRIALING:
        raise _not_modelled(param, f"ending the trial of a subscription {subscription.status}")
    if subscription.status not in (TRIALING, ACTIVE):
        raise _not_modelled(param, f"a trial on a subscription {subscription.status}")
    if subscription.status == ACTIVE and any(is_metered(i.price) for i in subscription.items):
        raise _not_modelled(param, "starting a trial on a subscription with metered items")
    return wanted


def move_trial(
    call: RequestContext, subscription: Subscription, end: int, behavior: str, at: int
) -> None:
    """The trial ends at `end` instead; an active subscription starts one now, its unused
    time from `at` credited unless `behavior` is `none`."""
    now = call.now()
    if subscription.status == ACTIVE:
        for item in subscription.items:
            if behavior != "none":
                credit_unused(call, subscription, item, at)
        subscription.trial_start = now
        # Told by the update's `customer.subscription.updated`.
        subscription.status = require(subscription, "trial_start")
        subscription.period_start = now
        for item in subscription.items:
            item.current_period_start = now
    subscription.trial_end = end
    subscription.billing_cycle_anchor = end
    subscription.period_end = end
    for item in subscription.items:
        item.current_period_end = end


def ending_trial(
    subscription: Subscription, params: dict[str, Any]
) -> Callable[[CallAt, str], None] | None:
    """With `trial_end=now`, what ends the trial once the rest of the update is made (the
    `then` of `_proration.prorated_change`): as it ends on time, its invoice collected at once
    as the update's `payment_behavior` says."""
    if params.get("trial_end") != "now":
        return None

    def end(call: CallAt, payment_behavior: str) -> None:
        invoice = finish_trial(call, subscription, "subscription_update")
        if invoice is not None:
            collect_now(call, subscription, invoice, payment_behavior)

    return end


__all__ = [
    "ending_trial",
    "move_trial",
    "requested_trial",
    "trial_end_given",
    "trial_from_plan",
]
