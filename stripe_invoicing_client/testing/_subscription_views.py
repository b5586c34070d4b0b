"""Subscriptions and their items as stored and as rendered; status changes and their events."""

from __future__ import annotations

from collections.abc import Set as AbstractSet

from ._catalog_store import render_price, render_product
from ._customer_store import render_customer
from ._errors import ApiError
from ._objects import expand_discounts, invoice_view, paths_within
from ._reactions import SUBSCRIPTION_CANCELED, react
from ._state import Finder, JsonObject, RequestContext, State
from ._subscription_lifecycle import CANCELED, ENDED, PAST_DUE, require
from ._subscription_prices import plan_of
from ._subscription_store import (
    Subscription,
    SubscriptionItem,
    render_subscription,
    render_subscription_item,
)

live_subscription = Finder(lambda state: state.subscriptions, "subscription", "id")


def live_subscription_item(state: State, item_id: str, param: str = "item") -> SubscriptionItem:
    for subscription in state.subscriptions.values():
        found = subscription.item(item_id)
        if found is not None:
            return found
    raise ApiError.missing("subscription_item", item_id, param)


def item_view(
    state: State, item: SubscriptionItem, expand: AbstractSet[str] = frozenset()
) -> JsonObject:
    # A catalog price as it is now (renamed, archived); its amounts never change.
    stored = state.prices.get(item.price["id"])
    in_price = paths_within(expand, "price.")
    current = (
        render_price(stored, in_price) if stored is not None and not stored.registered else None
    )
    view = render_subscription_item(item, current or item.price)
    view["plan"] = plan_of(view["price"])
    if "price.product" in expand and view["price"]["product"] in state.products:
        view["price"]["product"] = render_product(state.products[view["price"]["product"]])
    return expand_discounts(state, view, expand)


def subscription_view(
    state: State, subscription: Subscription, expand: AbstractSet[str] = frozenset()
) -> JsonObject:
    in_items = paths_within(expand, "items.data.")
    items = [item_view(state, item, in_items) for item in subscription.items]
    view = render_subscription(subscription, items)
    if "customer" in expand and subscription.customer in state.customers:
        view["customer"] = render_customer(state.customers[subscription.customer])
    latest = subscription.latest_invoice
    if "latest_invoice" in expand and latest is not None and latest in state.invoices:
        view["latest_invoice"] = invoice_view(state, state.invoices[latest])
    return expand_discounts(state, view, expand)


def emit_updated(call: RequestContext, before: JsonObject, subscription: Subscription) -> None:
    call.emit_update(
        "customer.subscription.updated", before, subscription_view(call.state, subscription)
    )


def set_status(call: RequestContext, subscription: Subscription, status: str) -> None:
    if subscription.status == status:
        return
    before = subscription_view(call.state, subscription)
    subscription.status = status
    if status != PAST_DUE:
        subscription.overdue_since = None
    if status in ENDED:
        subscription.canceled_at = subscription.canceled_at or call.now()
        subscription.ended_at = call.now()
    if status == CANCELED:
        call.emit("customer.subscription.deleted", subscription_view(call.state, subscription))
    else:  # an expired subscription is told as a status change
        emit_updated(call, before, subscription)
    if status in ENDED:
        react(call, SUBSCRIPTION_CANCELED, subscription)


def payment_missed(call: RequestContext, subscription: Subscription) -> None:
    """Its latest invoice went unpaid (overdue, its charge failed, or awaiting the client):
    `past_due` from a live status, and from then on counted overdue for `set_overdue_policy`."""
    set_status(call, subscription, require(subscription, "overdue"))
    if subscription.status == PAST_DUE and subscription.overdue_since is None:
        subscription.overdue_since = call.now()


__all__ = [
    "emit_updated",
    "item_view",
    "live_subscription",
    "live_subscription_item",
    "payment_missed",
    "set_status",
    "subscription_view",
]
