"""A subscription's trial: set on creation or changed by an update (`trial_end`,
`trial_from_plan`; stripe-python 16.1's `SubscriptionCreateParams` / `SubscriptionUpdateParams`
and the API reference's trial and billing-cycle guides), told of ahead, and ended:

- `customer.subscription.trial_will_end` three days before the trial's end (Stripe's event
  types), on the fake's clock or the subscription's test clock, once per trial; at once when
  less is left (a shorter trial, or one moved that close), or when `trial_end=now` ends it
  before it was sent;
- at its end, on time or with `trial_end=now`, the subscription is active, anchored and billed
  a new period from now (or paused or canceled, per `trial_settings`); `trial_start` and
  `trial_end` stay as the trial's times (`trial_end=now`: the request's, as Stripe's
  2018-07-27 changelog says), `status` telling whether it lasts. With `trial_end=now` the
  invoice is finalized and collected in the request, as the update's `payment_behavior` says;
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

from . import _invoice_status as invoice_status
from ._errors import ApiError
from ._invoice_store import Invoice
from ._proration import collect_now, credit_unused
from ._reactions import TRIAL_ENDED, TRIAL_WILL_END, reacts_to
from ._recurring import DAY, is_metered
from ._state import CallAt, JsonObject, RequestContext
from ._subscription_anchor import bill_to_anchor
from ._subscription_cycle import cancel_now, start_period
from ._subscription_lifecycle import ACTIVE, TRIALING, require
from ._subscription_store import Subscription
from ._subscription_views import set_status, subscription_view

_UPDATE = "POST /v1/subscriptions/{subscription_exposed_id}"
# How long before a trial's end `customer.subscription.trial_will_end` is sent.
TRIAL_WARNING = 3 * DAY


def set_trial_end(call: RequestContext, subscription: Subscription, end: int) -> None:
    """The trial ends at `end`; its warning is due three days before, or now (less is left),
    sent by time (`TRIAL_WILL_END`) or by the request (`warn_if_due`)."""
    subscription.trial_end = end
    subscription.trial_will_end_at = max(end - TRIAL_WARNING, call.now())


def warn_if_due(call: RequestContext, subscription: Subscription) -> None:
    """Sends the trial's warning now if it is due by now (less than three days left)."""
    due = subscription.trial_will_end_at
    if subscription.status == TRIALING and due is not None and due <= call.now():
        warn_of_trial_end(call, subscription)


@reacts_to(TRIAL_WILL_END)
def warn_of_trial_end(call: RequestContext, subscription: Subscription) -> None:
    subscription.trial_will_end_at = None  # once per trial
    call.emit("customer.subscription.trial_will_end", subscription_view(call.state, subscription))


@reacts_to(TRIAL_ENDED)
def end_trial(call: RequestContext, subscription: Subscription) -> None:
    finish_trial(call, subscription, "subscription_cycle")


def finish_trial(call: RequestContext, subscription: Subscription, reason: str) -> Invoice | None:
    """Its trial ends now (time reached `trial_end`, or an update sent `trial_end=now`):
    active, anchored and billed a new period from now (`reason` is the invoice's
    `billing_reason`), answering that draft invoice; paused or canceled instead, with no
    invoice, per `trial_settings` when it is charged automatically and has no payment method.
    Its warning goes first if it wasn't sent; `trial_end` becomes now (the same, on time)."""
    has_method = invoice_status.holds_payment_method(call, subscription)
    behavior = subscription.trial_missing_payment_method
    scheduled_end = subscription.trial_end
    if subscription.trial_will_end_at is not None:
        warn_of_trial_end(call, subscription)
    subscription.trial_end = call.now()
    if subscription.collection_method == "charge_automatically" and not has_method:
        if behavior == "pause":
            subscription.paused_reason = "trial_end_without_payment_method"
            subscription.paused_at = call.now()
            set_status(call, subscription, require(subscription, "trial_end_pause"))
            return None
        if behavior == "cancel":
            cancel_now(call, subscription, invoice_now=False, prorate=False)
            return None
    set_status(call, subscription, require(subscription, "trial_end"))
    # An anchor sent on creation, past the trial, is kept; the trial's own end (the anchor while
    # it lasts) gives way to now, also when `trial_end=now` ends it early.
    anchor = subscription.billing_cycle_anchor
    if anchor <= call.now() or anchor == scheduled_end:
        subscription.billing_cycle_anchor = call.now()
    start_period(subscription, call.now())
    return bill_to_anchor(call, subscription, reason)


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
    set_trial_end(call, subscription, end)  # warned after the update's event, if due now
    subscription.billing_cycle_anchor = end
    subscription.period_end = end
    for item in subscription.items:
        item.current_period_end = end


def after_trial_change(
    subscription: Subscription, params: dict[str, Any]
) -> Callable[[CallAt, str], None] | None:
    """What an update changing the trial does once the rest of it is made (the `then` of
    `_proration.prorated_change`): `trial_end=now` ends the trial as it ends on time, its
    invoice collected at once as the update's `payment_behavior` says; a trial moved (or
    started) with less than three days left is warned of at once."""
    if params.get("trial_end") == "now":

        def end(call: CallAt, payment_behavior: str) -> None:
            invoice = finish_trial(call, subscription, "subscription_update")
            if invoice is not None:
                collect_now(call, subscription, invoice, payment_behavior)

        return end
    if "trial_end" in params or params.get("trial_from_plan"):
        return lambda call, _payment_behavior: warn_if_due(call, subscription)
    return None


__all__ = [
    "TRIAL_WARNING",
    "after_trial_change",
    "end_trial",
    "finish_trial",
    "move_trial",
    "requested_trial",
    "set_trial_end",
    "trial_end_given",
    "trial_from_plan",
    "warn_if_due",
    "warn_of_trial_end",
]
