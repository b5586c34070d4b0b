"""A subscription's billing cycle anchor reset by `subscriptions.update`
(`billing_cycle_anchor={"type": "now"}`), as stripe-python 16.1's `SubscriptionModifyParams`
and Stripe's billing cycle, prorations and change-price guides describe it:

- the anchor becomes the request's time, and every item's new period starts then;
- the unused time of the period that ends early is credited (`proration_behavior`
  `create_prorations`, the default, or `always_invoice`), from `proration_date` when sent;
  with `none` it isn't. A metered item's usage so far is billed, its period cut short;
- items changed in the same request bill their new price and quantity for the new period;
  the old period's rest is credited at the old ones (the change itself isn't prorated);
- an invoice is made at once: the credits, the usage and the new period. Charged
  automatically, it is finalized and collected in the request as `payment_behavior` says
  (declined: `past_due`; `error_if_incomplete`: a 402, nothing changed); sent, it advances
  as a renewal's does;
- `unchanged` changes nothing.

Stripe doesn't document how a reset goes with a trial, so the fake refuses by name
(`billing_cycle_anchor`) a reset of a subscription that is neither active nor past due (a
trialing one among them), one sent with `trial_end` or `trial_from_plan`, and one of a
subscription a schedule manages or in the `flexible` billing mode (whose anchor the billing
cycle guide says stays unchanged in cases it doesn't list clearly, and whose credits are
computed otherwise). Undocumented, the fake's choice: `billing_cycle_anchor_config`
from the creation is cleared, its day no longer the anchor's.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from ._errors import ApiError
from ._proration import collect_now, credit_unused
from ._recurring import bill_period
from ._state import CallAt, RequestContext
from ._subscription_cycle import bill_usage_so_far, start_period
from ._subscription_lifecycle import ACTIVE, PAST_DUE
from ._subscription_store import Subscription, SubscriptionItem

_UPDATE = "POST /v1/subscriptions/{subscription_exposed_id}"


def resets_anchor(params: dict[str, Any]) -> bool:
    """Whether `params` (an update's, or a preview's `subscription_details`) reset the anchor."""
    return bool((params.get("billing_cycle_anchor") or {}).get("type") == "now")


def _not_modelled(what: str) -> ApiError:
    return ApiError.not_modelled("billing_cycle_anchor", _UPDATE, what)


def check_anchor_reset(subscription: Subscription, params: dict[str, Any]) -> bool:
    """Whether the update resets the anchor; checked before anything changes."""
    if not resets_anchor(params):
        return False
    if subscription.status not in (ACTIVE, PAST_DUE):
        raise _not_modelled(f"resetting the billing cycle anchor of a {subscription.status} one")
    if "trial_end" in params or params.get("trial_from_plan"):
        raise _not_modelled("resetting the billing cycle anchor with a trial change")
    if subscription.schedule is not None:
        raise _not_modelled("resetting the billing cycle anchor under a subscription schedule")
    if subscription.billing_mode == "flexible":  # its anchor and credits go otherwise
        raise _not_modelled("resetting the billing cycle anchor in the flexible billing mode")
    return True


def reset_anchor(
    call: RequestContext,
    subscription: Subscription,
    before: Sequence[SubscriptionItem],
    behavior: str,
    at: int,
) -> None:
    """The period ends now: the items as they were (`before`) credited for their unused time
    from `at` (unless `behavior` is `none`) and billed their usage so far, both pending for
    the reset's invoice; a new period and anchor from now."""
    now = call.now()
    if behavior != "none":
        for item in before:
            credit_unused(call, subscription, item, at)
    bill_usage_so_far(call, subscription, until=now, items=before)
    subscription.billing_cycle_anchor = now
    subscription.billing_cycle_anchor_config = None
    start_period(subscription, now)


def after_anchor_reset(
    subscription: Subscription, params: dict[str, Any], collecting: bool
) -> Callable[[CallAt, str], None] | None:
    """What an update resetting the anchor does once the rest of it is made (the `then` of
    `_proration.prorated_change`): the new period's invoice, with what is pending, collected
    at once as the update's `payment_behavior` says (left a draft unless `collecting`)."""
    if not resets_anchor(params):
        return None

    def bill(call: CallAt, payment_behavior: str) -> None:
        invoice = bill_period(call, subscription, "subscription_update")
        if collecting:
            collect_now(call, subscription, invoice, payment_behavior)

    return bill


__all__ = ["after_anchor_reset", "check_anchor_reset", "reset_anchor", "resets_anchor"]
