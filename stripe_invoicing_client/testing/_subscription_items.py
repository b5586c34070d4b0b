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
from ._subscription_views import (
    item_view,
    live_subscription,
    live_subscription_item,
)
from ._subscriptions import (
    change_item,
    update_item_in,
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
    with prorated_change(call, subscription, params) as (at, behavior, when):
        item = update_item_in(at, subscription, given, "", behavior, when)
    return item_view(state, item, expand_paths(params, in_list=False))


item_retrieve = retrieve_handler(live_subscription_item, "item", item_view)


def item_update(call: RequestContext, ids: dict[str, str], params: dict[str, Any]) -> JsonObject:
    state = call.state
    item = live_subscription_item(state, ids["item"])
    subscription = state.subscriptions[item.subscription]
    with prorated_change(call, subscription, params) as (at, behavior, when):
        change_item(at, subscription, item, params, "", behavior, when)
    return item_view(state, item, expand_paths(params, in_list=False))


def item_delete(call: RequestContext, ids: dict[str, str], params: dict[str, Any]) -> JsonObject:
    state = call.state
    item = live_subscription_item(state, ids["item"])
    subscription = state.subscriptions[item.subscription]
    with prorated_change(call, subscription, params) as (at, behavior, when):
        if len(subscription.items) == 1:
            raise ApiError.invalid_request(
                "A subscription must keep at least one item; cancel the subscription instead.",
                param="item",
            )
        deleted = {"id": item.id, "deleted": True}
        update_item_in(at, subscription, deleted, "", behavior, when)
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
