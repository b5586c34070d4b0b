"""Subscription handlers: create, change (prorated), cancel, resume, list and search.

Which status allows what is `_subscription_lifecycle.SUBSCRIPTION_LIFECYCLE`; pricing is
`_subscription_prices`, proration `_proration`, time-driven changes `_subscription_cycle`.
"""

from __future__ import annotations

from typing import Any

from . import _invoice_status as invoice_status
from ._billing import recompute_totals
from ._customers import live_customer
from ._errors import ApiError
from ._listing import Listing, list_handler, search_handler
from ._objects import expand_paths, merged_metadata, set_fields
from ._proration import (
    prorate_change,
    prorated_change,
)
from ._recurring import (
    DAY,
    bill_period,
)
from ._shapes import UNSET
from ._state import JsonObject, RequestContext
from ._subscription_cycle import (
    cancel_now,
    start_period,
)
from ._subscription_lifecycle import ACTIVE, CANCELED, INCOMPLETE, TRIALING, require
from ._subscription_prices import check_currency, price_for
from ._subscription_views import (
    emit_updated,
    live_subscription,
    live_subscription_item,
    now_for,
    set_status,
    subscription_view,
)


def new_item(
    call: RequestContext,
    subscription: JsonObject,
    given: dict[str, Any],
    prefix: str,
    price: JsonObject | None = None,
) -> JsonObject:
    price = price or price_for(call, given, prefix)
    quantity = int(given.get("quantity", 1))
    if quantity < 0:
        raise ApiError.invalid_request("Quantity cannot be negative.", param=f"{prefix}[quantity]")
    return {
        "id": call.new_id("si"),
        "object": "subscription_item",
        "billed_until": None,
        "billing_thresholds": None,
        "created": call.now(),
        "current_period_end": subscription.get("period_end") or call.now(),
        "current_period_start": subscription.get("period_start") or call.now(),
        "current_trial": None,
        "discounts": [],
        "metadata": merged_metadata({}, given.get("metadata", {})),
        "price": price,
        "quantity": quantity,
        "subscription": subscription["id"],
        "tax_rates": list(given.get("tax_rates") or []),
    }


def _apply_collection(subscription: JsonObject, params: dict[str, Any]) -> None:
    method = params.get("collection_method", subscription["collection_method"])
    days = params.get("days_until_due", subscription["days_until_due"])
    if method == "send_invoice" and days is None:
        raise ApiError.invalid_request(
            "Missing required param: days_until_due (needed with send_invoice).",
            param="days_until_due",
            code="parameter_missing",
        )
    if method != "send_invoice" and "days_until_due" in params:
        raise ApiError.invalid_request(
            "days_until_due can only be set when collection_method is send_invoice.",
            param="days_until_due",
        )
    subscription["collection_method"] = method
    subscription["days_until_due"] = days if method == "send_invoice" else None


def _apply_plain(subscription: JsonObject, params: dict[str, Any]) -> None:
    set_fields(subscription, params, ("description", "default_payment_method", "default_source"))
    if "metadata" in params:
        subscription["metadata"] = merged_metadata(subscription["metadata"], params["metadata"])
    if "cancellation_details" in params:
        details = params["cancellation_details"]
        set_fields(subscription["cancellation_details"], details, ("comment", "feedback"))


def _new_subscription(call: RequestContext, customer: JsonObject, currency: str) -> JsonObject:
    now = call.now()
    return {
        "id": call.new_id("sub"),
        "object": "subscription",
        "application": None,
        "application_fee_percent": None,
        "automatic_tax": {"disabled_reason": None, "enabled": False, "liability": None},
        "billing_cycle_anchor": now,
        "billing_cycle_anchor_config": None,
        "billing_mode": {"flexible": None, "type": "classic", "updated_at": None},
        "billing_schedules": [],
        "billing_thresholds": None,
        "cancel_at": None,
        "cancel_at_period_end": False,
        "canceled_at": None,
        "cancellation_details": {
            "comment": None,
            "feedback": None,
            "feedback_option": None,
            "reason": None,
        },
        "collection_method": "charge_automatically",
        "created": now,
        "currency": currency,
        "customer": customer["id"],
        "customer_account": None,
        "days_until_due": None,
        "default_payment_method": None,
        "default_source": None,
        "default_tax_rates": [],
        "description": None,
        "discounts": [],
        "ended_at": None,
        "invoice_settings": {
            "account_tax_ids": None,
            "custom_fields": None,
            "description": None,
            "footer": None,
            "issuer": {"type": "self"},
        },
        "latest_invoice": None,
        "livemode": False,
        "managed_payments": None,
        "metadata": {},
        "next_pending_invoice_item_invoice": None,
        "on_behalf_of": None,
        "pause_collection": None,
        "payment_settings": {
            "payment_method_options": None,
            "payment_method_types": None,
            "save_default_payment_method": "off",
        },
        "pending_invoice_item_interval": None,
        "pending_setup_intent": None,
        "pending_update": None,
        "presentment_details": None,
        "schedule": None,
        "start_date": now,
        "status": INCOMPLETE,
        "status_details": None,
        "test_clock": customer.get("test_clock"),
        "transfer_data": None,
        "trial_end": None,
        "trial_settings": {
            "end_behavior": {
                "billing_cycle_anchor": None,
                "missing_payment_method": "create_invoice",
            }
        },
        "trial_start": None,
        # Kept by the fake, not rendered.
        "item_ids": [],
        "period_start": now,
        "period_end": now,
        "overdue_since": None,
    }


def create(call: RequestContext, ids: dict[str, str], params: dict[str, Any]) -> JsonObject:
    state = call.state
    if "customer" not in params:
        raise ApiError.missing_param("customer")
    customer = live_customer(state, params["customer"])
    given_items = params.get("items") or []
    if not given_items:
        raise ApiError.missing_param("items")
    at = now_for(call, customer.get("test_clock"))
    prices = [price_for(at, g, f"items[{i}]") for i, g in enumerate(given_items)]
    currency = str(params.get("currency") or prices[0]["currency"]).lower()
    subscription = _new_subscription(at, customer, currency)
    _apply_collection(subscription, params)
    _apply_plain(subscription, params)
    if params.get("cancel_at_period_end"):
        subscription["cancel_at_period_end"] = True
    if "cancel_at" in params and isinstance(params["cancel_at"], int):
        subscription["cancel_at"] = params["cancel_at"]
    if "trial_settings" in params:
        behavior = params["trial_settings"]["end_behavior"]["missing_payment_method"]
        subscription["trial_settings"]["end_behavior"]["missing_payment_method"] = behavior
    trial_end = _trial_end(at, params)
    items = []
    for index, given in enumerate(given_items):
        item = new_item(at, subscription, given, f"items[{index}]", prices[index])
        check_currency(subscription, item["price"], f"items[{index}][price]")
        state.subscription_items[item["id"]] = item
        subscription["item_ids"].append(item["id"])
        items.append(item)
    start_period(subscription, items, at.now())
    state.subscriptions[subscription["id"]] = subscription
    if trial_end is not None:
        subscription["trial_start"] = at.now()
        subscription["trial_end"] = trial_end
        subscription["status"] = TRIALING
        for item in items:
            item["current_period_end"] = trial_end
        subscription["period_end"] = trial_end
    at.emit("customer.subscription.created", subscription_view(state, subscription))
    invoice = bill_period(at, subscription, "subscription_create")
    if trial_end is not None:
        for record_id in invoice.item_ids():
            state.invoice_items[record_id].amount = 0
        recompute_totals(state, invoice)
    # The first invoice is finalized at once, and paid when collected automatically.
    invoice_status.finalize_invoice(at, invoice)
    if invoice.status == "paid":
        if subscription["status"] == INCOMPLETE:
            set_status(at, subscription, ACTIVE)
    elif subscription["collection_method"] == "send_invoice":
        invoice.due_date = at.now() + subscription["days_until_due"] * DAY
        invoice_status.send_invoice(at, invoice)
        if subscription["status"] == INCOMPLETE:
            set_status(at, subscription, ACTIVE)
    elif invoice_status.attempt_payment(at, invoice) and subscription["status"] == INCOMPLETE:
        set_status(at, subscription, ACTIVE)
    return subscription_view(state, subscription, expand_paths(params, in_list=False))


def _trial_end(call: RequestContext, params: dict[str, Any]) -> int | None:
    if params.get("trial_end") == "now":
        return None
    if isinstance(params.get("trial_end"), int):
        if params["trial_end"] <= call.now():
            raise ApiError.invalid_request("trial_end must be in the future.", param="trial_end")
        return int(params["trial_end"])
    if "trial_period_days" in params and params["trial_period_days"] > 0:
        return call.now() + int(params["trial_period_days"]) * DAY
    return None


def retrieve(call: RequestContext, ids: dict[str, str], params: dict[str, Any]) -> JsonObject:
    subscription = live_subscription(call.state, ids["subscription_exposed_id"])
    now_for(call, subscription["test_clock"])
    return subscription_view(call.state, subscription, expand_paths(params, in_list=False))


def update(call: RequestContext, ids: dict[str, str], params: dict[str, Any]) -> JsonObject:
    state = call.state
    subscription = live_subscription(state, ids["subscription_exposed_id"])
    with prorated_change(call, subscription, params) as (at, behavior, now):
        _apply_collection(subscription, params)
        _apply_plain(subscription, params)
        if "cancel_at_period_end" in params:
            subscription["cancel_at_period_end"] = bool(params["cancel_at_period_end"])
            subscription["canceled_at"] = at.now() if params["cancel_at_period_end"] else None
        if "cancel_at" in params:
            value = params["cancel_at"]
            subscription["cancel_at"] = value if isinstance(value, int) else None
        if "pause_collection" in params:
            pause = params["pause_collection"]
            subscription["pause_collection"] = (
                None
                if pause is UNSET
                else {"behavior": pause["behavior"], "resumes_at": pause.get("resumes_at")}
            )
        for index, given in enumerate(params.get("items") or []):
            update_item_in(at, subscription, given, f"items[{index}]", behavior, now)
    return subscription_view(state, subscription, expand_paths(params, in_list=False))


def update_item_in(
    call: RequestContext,
    subscription: JsonObject,
    given: dict[str, Any],
    prefix: str,
    behavior: str,
    at: int,
) -> None:
    state = call.state
    if "id" not in given:
        item = new_item(call, subscription, given, prefix)
        check_currency(subscription, item["price"], f"{prefix}[price]")
        if behavior != "none":
            prorate_change(
                call, subscription, {**item, "quantity": 0}, item["price"], item["quantity"], at
            )
        state.subscription_items[item["id"]] = item
        subscription["item_ids"].append(item["id"])
        return
    item = live_subscription_item(state, given["id"], f"{prefix}[id]")
    if item["subscription"] != subscription["id"]:
        raise ApiError.missing("subscription_item", given["id"], f"{prefix}[id]")
    if given.get("deleted"):
        if behavior != "none":
            prorate_change(call, subscription, item, item["price"], 0, at)
        subscription["item_ids"].remove(item["id"])
        del state.subscription_items[item["id"]]
        return
    change_item(call, subscription, item, given, prefix, behavior, at)


def change_item(
    call: RequestContext,
    subscription: JsonObject,
    item: JsonObject,
    given: dict[str, Any],
    prefix: str,
    behavior: str,
    at: int,
) -> None:
    price = (
        price_for(call, given, prefix)
        if ("price" in given or "price_data" in given)
        else item["price"]
    )
    check_currency(subscription, price, f"{prefix}[price]")
    quantity = (
        int(given.get("quantity") or item["quantity"])
        if "quantity" not in given
        else int(given["quantity"])
    )
    if (price["id"], quantity) != (item["price"]["id"], item["quantity"]) and behavior != "none":
        prorate_change(call, subscription, item, price, quantity, at)
    item["price"] = price
    item["quantity"] = quantity
    if "metadata" in given:
        item["metadata"] = merged_metadata(item["metadata"], given["metadata"])


def cancel(call: RequestContext, ids: dict[str, str], params: dict[str, Any]) -> JsonObject:
    state = call.state
    subscription = live_subscription(state, ids["subscription_exposed_id"])
    at = now_for(call, subscription["test_clock"])
    if "cancellation_details" in params:
        _apply_plain(subscription, {"cancellation_details": params["cancellation_details"]})
    subscription["cancellation_details"]["reason"] = "cancellation_requested"
    cancel_now(
        at,
        subscription,
        invoice_now=bool(params.get("invoice_now", False)),
        prorate=bool(params.get("prorate", False)),
    )
    return subscription_view(state, subscription, expand_paths(params, in_list=False))


def resume(call: RequestContext, ids: dict[str, str], params: dict[str, Any]) -> JsonObject:
    state = call.state
    subscription = live_subscription(state, ids["subscription"])
    at = now_for(call, subscription["test_clock"])
    status = require(subscription, "resume")
    before = subscription_view(state, subscription)
    subscription["status"] = status
    subscription["status_details"] = None
    items = [state.subscription_items[i] for i in subscription["item_ids"]]
    # `billing_cycle_anchor[type]`: `now` (the default) starts a new period, billed at once;
    # `unchanged` keeps the paused period (its remainder is not prorated here).
    anchor = params.get("billing_cycle_anchor") or {}
    restart = not isinstance(anchor, dict) or anchor.get("type", "now") == "now"
    if restart:
        subscription["billing_cycle_anchor"] = at.now()
        start_period(subscription, items, at.now())
    emit_updated(at, before, subscription)
    call.emit("customer.subscription.resumed", subscription_view(state, subscription))
    if not restart:
        return subscription_view(state, subscription, expand_paths(params, in_list=False))
    invoice = bill_period(at, subscription, "subscription_update")
    invoice_status.finalize_invoice(at, invoice)
    if invoice.status == "open" and subscription["collection_method"] == "send_invoice":
        invoice.due_date = at.now() + (subscription["days_until_due"] or 30) * DAY
        invoice_status.send_invoice(at, invoice)
    elif invoice.status == "open":
        invoice_status.attempt_payment(at, invoice)
    return subscription_view(state, subscription, expand_paths(params, in_list=False))


def _matches(call: RequestContext, subscription: JsonObject, params: dict[str, Any]) -> bool:
    status = params.get("status")
    if status is None and subscription["status"] == CANCELED:
        return False
    if status not in (None, "all", "ended") and subscription["status"] != status:
        return False
    if status == "ended" and subscription["status"] != CANCELED:
        return False
    return "price" not in params or any(
        call.state.subscription_items[i]["price"]["id"] == params["price"]
        for i in subscription["item_ids"]
    )


LISTING = Listing(
    "/v1/subscriptions",
    "subscription",
    "subscriptions",
    subscription_view,
    equal=("customer", "collection_method", "test_clock"),
    keep=_matches,
    search_resource="subscriptions",
)
list_all = list_handler(LISTING)


search = search_handler(LISTING)


__all__ = [
    "cancel",
    "change_item",
    "create",
    "list_all",
    "new_item",
    "resume",
    "retrieve",
    "search",
    "update",
    "update_item_in",
]
