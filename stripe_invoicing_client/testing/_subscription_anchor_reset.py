"""A subscription's billing cycle anchor reset by `subscriptions.update` (and the subscription
items API), as stripe-python 16.1's `SubscriptionModifyParams` and Stripe's billing cycle,
prorations and change-price guides describe it. The anchor is reset to now:

- asked for: `billing_cycle_anchor={"type": "now"}`;
- when an item change changes the billing period (the prices' `interval` and
  `interval_count` together, so monthly to every three months too), as the change-price
  guide's billing periods section says: the new price bills from the day of the change;
- when a paid (non-zero) price joins items whose prices were all zero-amount (the billing
  cycle and change-price guides); a quantity going from zero doesn't reset it.

A reset:

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
- `unchanged` changes nothing; with a paid price joining free ones it keeps the anchor (the
  parameter's docstring: `unchanged` preserves it), the change prorated as usual.

Stripe doesn't document how a reset goes with a trial, so the fake refuses by name
(`billing_cycle_anchor`, or the item change's parameter for a reset the change makes) a
reset of a subscription that is neither active nor past due (a trialing one among them),
one sent with `trial_end` or `trial_from_plan`, and one of a subscription a schedule
manages or in the `flexible` billing mode (whose anchor the billing cycle guide says stays
unchanged in cases it doesn't list clearly, and whose credits are computed otherwise).
Undocumented too, so refused by name: `unchanged` with a billing period change, and a
billing period change where the items had or would have more than one period (mixed
intervals). Undocumented, the fake's choice: `billing_cycle_anchor_config` from the
creation is cleared, its day no longer the anchor's. A schedule entering a phase resets the
anchor by the same rule and in the same way (`_schedule_anchor`).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from attrs import define, evolve

from ._errors import ApiError
from ._proration import collect_now, credit_unused
from ._recurring import bill_period, bills_nothing
from ._state import CallAt, JsonObject, RequestContext
from ._subscription_cycle import bill_usage_so_far, start_period
from ._subscription_lifecycle import ACTIVE, PAST_DUE
from ._subscription_prices import price_for
from ._subscription_store import Subscription, SubscriptionItem

_UPDATE = "POST /v1/subscriptions/{subscription_exposed_id}"

# What, besides `billing_cycle_anchor=now`, resets the anchor.
PERIOD_CHANGES = "the billing period changes"
BECOMES_PAID = "a paid price joins zero-amount ones"
MIXED_PERIODS = "changing a billing period with mixed-interval items"


def resets_anchor(params: dict[str, Any]) -> bool:
    """Whether `params` (an update's, or a preview's `subscription_details`) ask for a reset."""
    return bool((params.get("billing_cycle_anchor") or {}).get("type") == "now")


def _not_modelled(param: str, what: str) -> ApiError:
    return ApiError.not_modelled(param, _UPDATE, what)


def new_prices(
    call: RequestContext, changes: Sequence[tuple[dict[str, Any], str]]
) -> list[JsonObject | None]:
    """The price each item change (its parameters and their prefix) sets: resolved once,
    before anything changes (None: it deletes its item, or keeps its price)."""
    return [
        price_for(call, given, prefix)
        if "id" not in given or (not given.get("deleted") and _names_price(given))
        else None
        for given, prefix in changes
    ]


def _names_price(given: dict[str, Any]) -> bool:
    return "price" in given or "price_data" in given


def prices_after(
    subscription: Subscription,
    changes: Sequence[tuple[dict[str, Any], str]],
    prices: Sequence[JsonObject | None],
) -> list[JsonObject]:
    """The subscription's prices once `changes` (priced by `prices`) are made."""
    after = {item.id: item.price for item in subscription.items}
    added = []
    for (given, _), price in zip(changes, prices, strict=True):
        if "id" not in given and price is not None:
            added.append(price)
        elif given.get("deleted"):
            after.pop(given["id"], None)
        elif price is not None and given["id"] in after:
            after[given["id"]] = price
    return [*after.values(), *added]


def _period(price: JsonObject) -> tuple[str, int]:
    recurring = price["recurring"]
    return str(recurring["interval"]), int(recurring["interval_count"])


def reset_made(before: Sequence[JsonObject], after: Sequence[JsonObject]) -> str | None:
    """What in a change of prices from `before` to `after` resets the anchor: `PERIOD_CHANGES`,
    `BECOMES_PAID`, `MIXED_PERIODS` (a period change the fake doesn't model) or None
    (nothing, or no items left). One rule for an update's items and a schedule's phases."""
    if not after:
        return None
    periods, periods_after = {_period(p) for p in before}, {_period(p) for p in after}
    if periods != periods_after:
        if len(periods) > 1 or len(periods_after) > 1:
            return MIXED_PERIODS
        return PERIOD_CHANGES
    free = all(bills_nothing(price) for price in before)
    if free and not all(bills_nothing(price) for price in after):
        return BECOMES_PAID
    return None


def _made_reset(
    before: Sequence[JsonObject], after: Sequence[JsonObject], param: str
) -> str | None:
    made = reset_made(before, after)
    if made == MIXED_PERIODS:
        raise _not_modelled(param, MIXED_PERIODS)
    return made


def check_resettable(subscription: Subscription, param: str, what: str, scope: str) -> None:
    """Refused by name (`param`, of `scope`): a reset of a subscription neither active nor
    past due, or in the flexible billing mode (its anchor and credits go otherwise)."""
    if subscription.status not in (ACTIVE, PAST_DUE):
        raise ApiError.not_modelled(param, scope, f"{what} of a {subscription.status} one")
    if subscription.billing_mode == "flexible":
        raise ApiError.not_modelled(param, scope, f"{what} in the flexible billing mode")


def check_anchor_reset(
    subscription: Subscription,
    params: dict[str, Any],
    after: Sequence[JsonObject] | None = None,
    param: str = "items",
) -> bool:
    """Whether the update resets the anchor: asked for, or made by its item changes (the
    subscription's prices becoming `after`, sent as `param`); checked before anything
    changes."""
    anchor = (params.get("billing_cycle_anchor") or {}).get("type")
    before = [item.price for item in subscription.items]
    made = None if after is None else _made_reset(before, after, param)
    if anchor == "unchanged" and made == PERIOD_CHANGES:
        raise _not_modelled("billing_cycle_anchor", "keeping the anchor while the period changes")
    if anchor != "now" and (made is None or anchor == "unchanged"):
        return False
    if anchor == "now":
        param, made = "billing_cycle_anchor", None
    what = "resetting the billing cycle anchor" + (f" ({made})" if made else "")
    check_resettable(subscription, param, what, _UPDATE)
    if "trial_end" in params or params.get("trial_from_plan"):
        raise _not_modelled(param, f"{what} with a trial change")
    if subscription.schedule is not None:
        raise _not_modelled(param, f"{what} under a subscription schedule")
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


@define
class AnchorReset:
    """Whether a request resets its subscription's anchor (`resetting`, set once it is
    checked), and the reset's invoice, made once the rest of the request is (`bill`: the
    `then` of `_proration.prorated_change`)."""

    subscription: Subscription
    collecting: bool = True  # False (a preview's): the invoice is left a draft
    resetting: bool = False

    @contextmanager
    def changing_items(self, call: RequestContext, behavior: str, at: int) -> Iterator[str]:
        """Around a change of the subscription's items: yields the behavior the changes are
        prorated with (`none` when resetting: then the items as they were are credited, as
        `behavior` says from `at`, and the new period starts: `reset_anchor`)."""
        before = [evolve(item) for item in self.subscription.items]
        yield "none" if self.resetting else behavior
        if self.resetting:
            reset_anchor(call, self.subscription, before, behavior, at)

    def bill(self, call: CallAt, payment_behavior: str) -> None:
        """The new period's invoice, with what is pending, collected at once as the
        request's `payment_behavior` says."""
        if not self.resetting:
            return
        invoice = bill_period(call, self.subscription, "subscription_update")
        if self.collecting:
            collect_now(call, self.subscription, invoice, payment_behavior)


__all__ = [
    "BECOMES_PAID",
    "MIXED_PERIODS",
    "PERIOD_CHANGES",
    "AnchorReset",
    "check_anchor_reset",
    "check_resettable",
    "new_prices",
    "prices_after",
    "reset_anchor",
    "reset_made",
    "resets_anchor",
]
