"""Subscription item handlers: add, retrieve, change, delete and list one subscription's items."""

from __future__ import annotations

from typing import Any

from ._errors import ApiError
from ._objects import deleted_stub, expand_paths
from ._pagination import list_page
from ._proration import (
    after_change,
    proration_behavior,
)
from ._state import Call, JsonObject
from ._subscription_lifecycle import require
from ._subscription_views import (
    emit_updated,
    item_view,
    live_subscription,
    live_subscription_item,
    now_for,
    subscription_view,
)
from ._subscriptions import (
    change_item,
    update_item_in,
)


def item_create(call: Call, ids: dict[str, str], params: dict[str, Any]) -> JsonObject:
    state = call.state
    if "subscription" not in params:
        raise ApiError.missing_param("subscription")
    subscription = live_subscription(state, params["subscription"], "subscription")
    at = now_for(call, subscription["test_clock"])
    require(subscription, "update")
    before = subscription_view(state, subscription)
    behavior = proration_behavior(params)
    when = int(params.get("proration_date", at.now()))
    given = {
        k: v
        for k, v in params.items()
        if k in ("price", "price_data", "quantity", "metadata", "tax_rates")
    }
    update_item_in(at, subscription, given, "", behavior, when)
    item = state.subscription_items[subscription["item_ids"][-1]]
    emit_updated(at, before, subscription)
    after_change(at, subscription, behavior)
    return item_view(state, item, expand_paths(params, in_list=False))


def item_retrieve(call: Call, ids: dict[str, str], params: dict[str, Any]) -> JsonObject:
    item = live_subscription_item(call.state, ids["item"])
    return item_view(call.state, item, expand_paths(params, in_list=False))


def item_update(call: Call, ids: dict[str, str], params: dict[str, Any]) -> JsonObject:
    state = call.state
    item = live_subscription_item(state, ids["item"])
    subscription = state.subscriptions[item["subscription"]]
    at = now_for(call, subscription["test_clock"])
    require(subscription, "update")
    before = subscription_view(state, subscription)
    behavior = proration_behavior(params)
    when = int(params.get("proration_date", at.now()))
    change_item(at, subscription, item, params, "", behavior, when)
    emit_updated(at, before, subscription)
    after_change(at, subscription, behavior)
    return item_view(state, item, expand_paths(params, in_list=False))


def item_delete(call: Call, ids: dict[str, str], params: dict[str, Any]) -> JsonObject:
    state = call.state
    item = live_subscription_item(state, ids["item"])
    subscription = state.subscriptions[item["subscription"]]
    at = now_for(call, subscription["test_clock"])
    require(subscription, "update")
    if len(subscription["item_ids"]) == 1:
        raise ApiError.invalid_request(
            "A subscription must keep at least one item; cancel the subscription instead.",
            param="item",
        )
    before = subscription_view(state, subscription)
    behavior = proration_behavior(params)
    when = int(params.get("proration_date", at.now()))
    update_item_in(at, subscription, {"id": item["id"], "deleted": True}, "", behavior, when)
    emit_updated(at, before, subscription)
    after_change(at, subscription, behavior)
    return deleted_stub("subscription_item", item["id"])


def item_list(call: Call, ids: dict[str, str], params: dict[str, Any]) -> JsonObject:
    state = call.state
    if "subscription" not in params:
        raise ApiError.missing_param("subscription")
    subscription = live_subscription(state, params["subscription"], "subscription")
    items = [state.subscription_items[i] for i in subscription["item_ids"]]
    expand = expand_paths(params, in_list=True)
    return list_page(
        items,
        params,
        "/v1/subscription_items",
        "subscription_item",
        lambda item: item_view(state, item, expand),
    )


__all__ = [
    "item_create",
    "item_delete",
    "item_list",
    "item_retrieve",
    "item_update",
]
