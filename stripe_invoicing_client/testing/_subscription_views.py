"""Subscriptions and their items as stored and as rendered; status changes and their events."""

from __future__ import annotations

import copy
from collections.abc import Set as AbstractSet

from ._errors import live
from ._objects import invoice_view
from ._recurring import (
    CallAt,
    at_time,
    run_until,
    time_on,
)
from ._state import JsonObject, RequestContext, State
from ._subscription_lifecycle import CANCELED, PAST_DUE
from ._subscription_prices import plan_of


def live_subscription(state: State, subscription_id: str, param: str = "id") -> JsonObject:
    return live(state.subscriptions, "subscription", subscription_id, param)


def live_subscription_item(state: State, item_id: str, param: str = "item") -> JsonObject:
    return live(state.subscription_items, "subscription_item", item_id, param)


def now_for(call: RequestContext, clock_id: str | None) -> CallAt:
    """The call at its objects' time, after everything due by then has happened."""
    when = time_on(call.state, clock_id)
    run_until(call, clock_id, when)
    return at_time(call, when)


def item_view(state: State, item: JsonObject, expand: AbstractSet[str] = frozenset()) -> JsonObject:
    view = {k: copy.deepcopy(v) for k, v in item.items() if not k.startswith("_")}
    # A catalog price as it is now (renamed, archived); its amounts never change.
    stored = state.prices.get(item["price"]["id"])
    if isinstance(stored, dict):
        view["price"] = copy.deepcopy(stored)
    view["plan"] = plan_of(view["price"])
    if "discounts" in expand:
        view["discounts"] = [
            copy.deepcopy(state.discounts[d]) if d in state.discounts else d
            for d in item["discounts"]
        ]
    if "price.product" in expand and view["price"]["product"] in state.products:
        view["price"]["product"] = copy.deepcopy(state.products[view["price"]["product"]])
    return view


def _within(expand: AbstractSet[str], prefix: str) -> set[str]:
    """The paths below `prefix` (`items.data.price.product` -> `price.product`)."""
    return {path[len(prefix) :] for path in expand if path.startswith(prefix)}


def subscription_view(
    state: State, subscription: JsonObject, expand: AbstractSet[str] = frozenset()
) -> JsonObject:
    view = {
        k: copy.deepcopy(v)
        for k, v in subscription.items()
        if k not in ("item_ids", "period_start", "period_end", "overdue_since")
    }
    in_items = _within(expand, "items.data.")
    items = [
        item_view(state, state.subscription_items[i], in_items) for i in subscription["item_ids"]
    ]
    view["items"] = {
        "object": "list",
        "data": items,
        "has_more": False,
        "total_count": len(items),
        "url": f"/v1/subscription_items?subscription={subscription['id']}",
    }
    if "customer" in expand and subscription["customer"] in state.customers:
        view["customer"] = copy.deepcopy(state.customers[subscription["customer"]])
    if "latest_invoice" in expand and subscription["latest_invoice"] in state.invoices:
        view["latest_invoice"] = invoice_view(state, state.invoices[subscription["latest_invoice"]])
    return view


def emit_updated(call: RequestContext, before: JsonObject, subscription: JsonObject) -> None:
    call.emit_update(
        "customer.subscription.updated", before, subscription_view(call.state, subscription)
    )


def set_status(call: RequestContext, subscription: JsonObject, status: str) -> None:
    if subscription["status"] == status:
        return
    before = subscription_view(call.state, subscription)
    subscription["status"] = status
    if status != PAST_DUE:
        subscription["overdue_since"] = None
    if status == CANCELED:
        subscription["canceled_at"] = subscription["canceled_at"] or call.now()
        subscription["ended_at"] = call.now()
        call.emit("customer.subscription.deleted", subscription_view(call.state, subscription))
        return
    emit_updated(call, before, subscription)


__all__ = [
    "emit_updated",
    "item_view",
    "live_subscription",
    "live_subscription_item",
    "now_for",
    "set_status",
    "subscription_view",
]
