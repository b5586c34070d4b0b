"""A subscription's discounts: set by `discounts` on create and update (coupons, promotion
codes, existing discounts), applied to each invoice it makes while they last
(`_subscription_store.discounts_for_invoice`), and taken off by `DELETE .../discount`."""

from __future__ import annotations

from typing import Any

from ._catalog_store import render_discount
from ._clock_time import now_for
from ._errors import ApiError
from ._invoice_math import discounts
from ._recurring import add_interval, line_amount
from ._state import JsonObject, RequestContext
from ._subscription_store import Subscription, SubscriptionItem
from ._subscription_views import emit_updated, live_subscription, subscription_view


def apply_discounts(
    call: RequestContext, subscription: Subscription, params: dict[str, Any]
) -> None:
    """`discounts` of a subscription being created or updated: a list replaces them, `""`
    clears them, and an empty list leaves them as they are (stripe-python 16.1's
    `SubscriptionUpdateParams.discounts`; on creation that is none, as not sending it). A
    promotion code's minimum is checked against what a period of its items comes to."""
    if params.get("discounts", []) == []:
        return
    amount = sum(line_amount(item.price, item.quantity) for item in subscription.items)
    found = discounts(
        call,
        params["discounts"],
        "discounts",
        record=True,
        amount=amount,
        currency=subscription.currency,
        customer=subscription.customer,
        subscription=subscription.id,
    )
    set_discount_ends(call, found)
    subscription.discounts = found


def apply_item_discounts(
    call: RequestContext,
    subscription: Subscription,
    item: SubscriptionItem,
    given: dict[str, Any],
    prefix: str,
    price: dict[str, Any] | None = None,
    quantity: int | None = None,
) -> None:
    """`discounts` of one of its items (`items[n]`, or a subscription item's own); a
    promotion code's minimum is checked against the item's period at `price` x `quantity`
    (the item's own by default)."""
    if "discounts" not in given:
        return
    found = discounts(
        call,
        given["discounts"],
        f"{prefix}[discounts]" if prefix else "discounts",
        record=True,
        amount=line_amount(price or item.price, item.quantity if quantity is None else quantity),
        currency=subscription.currency,
        customer=subscription.customer,
        subscription=subscription.id,
        subscription_item=item.id,
    )
    set_discount_ends(call, found)
    item.discounts = found


def set_discount_ends(call: RequestContext, found: list[str]) -> None:
    """A `repeating` coupon's discount ends its months after it starts."""
    for discount_id in found:
        discount = call.state.discounts[discount_id]
        months = discount.coupon.duration_in_months
        if discount.coupon.duration == "repeating" and months and discount.end is None:
            discount.end = add_interval(discount.start, "month", months, 1)


def delete_discount(
    call: RequestContext, ids: dict[str, str], params: dict[str, Any]
) -> JsonObject:
    """Takes the subscription's discounts off; answers the (last) one removed, deleted."""
    state = call.state
    subscription = live_subscription(state, ids["subscription_exposed_id"])
    at = now_for(call, subscription.test_clock)
    if not subscription.discounts:
        raise ApiError.no_discount("subscription", subscription.id, "subscription_exposed_id")
    before = subscription_view(state, subscription)
    removed = state.discounts[subscription.discounts[-1]]
    subscription.discounts = []
    emit_updated(at, before, subscription)
    return {**render_discount(removed), "deleted": True}


__all__ = ["apply_discounts", "apply_item_discounts", "delete_discount", "set_discount_ends"]
