"""Subscription item handlers: add, retrieve, change, delete and list one subscription's items."""

from __future__ import annotations

from typing import Any

from ._errors import ApiError
from ._listing import retrieve_handler
from ._objects import deleted_stub, expand_paths
from ._pagination import list_page
from ._proration import (
    prorated_change,
)
from ._state import JsonObject, RequestContext
from ._subscription_anchor_reset import AnchorReset
from ._subscription_store import Subscription, SubscriptionItem
from ._subscription_views import (
    item_view,
    live_subscription,
    live_subscription_item,
)
from ._subscriptions import (
    change_items,
    check_item_changes,
)


def item_create(call: RequestContext, ids: dict[str, str], params: dict[str, Any]) -> JsonObject:
    state = call.state
    if "subscription" not in params:
        raise ApiError.missing_param("subscription")
    subscription = live_subscription(state, params["subscription"], "subscription")
    given = {
        k: v
        for k, v in params.items()
        if k in ("price", "price_data", "quantity", "metadata", "tax_rates", "discounts")
    }
    item = _change(call, subscription, params, given)
    return item_view(state, item, expand_paths(params, in_list=False))


def _change(
    call: RequestContext, subscription: Subscription, params: dict[str, Any], given: JsonObject
) -> SubscriptionItem:
    """One item added, changed or deleted (`given`, as an update's `items[n]`), prorated, or
    resetting the anchor where Stripe does (`_subscription_anchor_reset`), as an update's."""
    reset = AnchorReset(subscription)
    with prorated_change(call, subscription, params, then=reset.bill) as (at, behavior, when):
        if given.get("deleted") and len(subscription.items) == 1:
            raise ApiError.invalid_request(
                "A subscription must keep at least one item; cancel the subscription instead.",
                param="item",
            )
        prices = check_item_changes(at, subscription, params, [(given, "")], reset)
        return change_items(at, subscription, [(given, "")], prices, reset, behavior, when)[0]


item_retrieve = retrieve_handler(live_subscription_item, "item", item_view)


def item_update(call: RequestContext, ids: dict[str, str], params: dict[str, Any]) -> JsonObject:
    state = call.state
    item = live_subscription_item(state, ids["item"])
    subscription = state.subscriptions[item.subscription]
    _change(call, subscription, params, {**params, "id": item.id})
    return item_view(state, item, expand_paths(params, in_list=False))


def item_delete(call: RequestContext, ids: dict[str, str], params: dict[str, Any]) -> JsonObject:
    state = call.state
    item = live_subscription_item(state, ids["item"])
    subscription = state.subscriptions[item.subscription]
    _change(call, subscription, params, {"id": item.id, "deleted": True})
    return deleted_stub("subscription_item", item.id)


def item_list(call: RequestContext, ids: dict[str, str], params: dict[str, Any]) -> JsonObject:
    state = call.state
    if "subscription" not in params:
        raise ApiError.missing_param("subscription")
    subscription = live_subscription(state, params["subscription"], "subscription")
    expand = expand_paths(params, in_list=True)
    return list_page(
        subscription.items,
        params,
        "/v1/subscription_items",
        "subscription_item",
        lambda item: item_view(state, item, expand),
        lambda item: item.id,
    )


__all__ = [
    "item_create",
    "item_delete",
    "item_list",
    "item_retrieve",
    "item_update",
]
