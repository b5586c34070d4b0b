"""Subscriptions and their items: create, change (prorated), cancel, pause collection,
resume; and what renewals, finalization, due dates and payments do to them.

Which status allows what is `_subscription_lifecycle.SUBSCRIPTION_LIFECYCLE`; time-driven
work (renewals, auto-finalization, overdue invoices) is scheduled by `_recurring.run_until`.
"""

from __future__ import annotations

import copy
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from . import _invoice_status as invoice_status
from ._customers import live_customer
from ._errors import ApiError
from ._money import plain
from ._objects import deleted_stub, expand_paths, invoice_view, merged_metadata
from ._pagination import in_range, list_page
from ._recurring import (
    DAY,
    CallAt,
    add_interval,
    add_subscription_line,
    at_time,
    bill_period,
    run_until,
    time_on,
    unit_price,
)
from ._search import search_page
from ._shapes import UNSET
from ._state import Call, JsonObject, State
from ._subscription_lifecycle import ACTIVE, CANCELED, INCOMPLETE, PAST_DUE, TRIALING, require

_PRORATION_BEHAVIORS = ("create_prorations", "always_invoice", "none")


def live_subscription(state: State, subscription_id: str, param: str = "id") -> JsonObject:
    subscription = state.subscriptions.get(subscription_id)
    if subscription is None:
        raise ApiError.missing("subscription", subscription_id, param)
    return subscription


def live_subscription_item(state: State, item_id: str, param: str = "item") -> JsonObject:
    item = state.subscription_items.get(item_id)
    if item is None:
        raise ApiError.missing("subscription_item", item_id, param)
    return item


def _now_for(call: Call, clock_id: str | None) -> CallAt:
    """The call at its objects' time, after everything due by then has happened."""
    when = time_on(call.state, clock_id)
    run_until(call, clock_id, when)
    return at_time(call, when)


# -- prices ---------------------------------------------------------------------------


def _price_from_store(call: Call, price_id: str, param: str) -> JsonObject:
    """A recurring price by id: a price object made through the prices API, or one registered
    with `FakeStripe.create_price` (billed monthly)."""
    stored: Any = call.state.prices.get(price_id)
    if stored is None:
        raise ApiError.missing("price", price_id, param)
    if not isinstance(stored, dict):
        recurring = {"interval": "month", "interval_count": 1}
        unit = Decimal(stored.unit_amount)
        return _price_object(call, stored.id, unit, stored.currency, stored.product, recurring)
    if not stored.get("recurring"):
        raise ApiError.invalid_request(
            f"The price {price_id} is a one-time price; subscriptions need a recurring one.",
            param=param,
        )
    if not stored["active"]:
        raise ApiError.invalid_request(
            f"The price {price_id} is archived (active=false); subscribe to an active price.",
            param=param,
        )
    if stored["unit_amount_decimal"] is None:
        raise ApiError.invalid_request(
            f"The price {price_id} has no unit amount (tiered or customer-chosen); the fake "
            "bills per-unit prices only.",
            param=param,
        )
    return copy.deepcopy(stored)


def _price_object(
    call: Call,
    price_id: str,
    unit: Decimal,
    currency: str,
    product: str,
    recurring: dict[str, Any],
    tax_behavior: str = "unspecified",
) -> JsonObject:
    return {
        "id": price_id,
        "object": "price",
        "active": True,
        "billing_scheme": "per_unit",
        "created": call.now(),
        "currency": currency.lower(),
        "custom_unit_amount": None,
        "livemode": False,
        "lookup_key": None,
        "metadata": {},
        "nickname": None,
        "product": product,
        "recurring": {
            "interval": recurring["interval"],
            "interval_count": int(recurring.get("interval_count", 1)),
            "meter": None,
            "trial_period_days": None,
            "usage_type": "licensed",
        },
        "tax_behavior": tax_behavior,
        "tiers_mode": None,
        "transform_quantity": None,
        "type": "recurring",
        "unit_amount": int(unit) if unit == unit.to_integral_value() else None,
        "unit_amount_decimal": plain(unit),
    }


def _price_from_data(call: Call, data: dict[str, Any], param: str) -> JsonObject:
    """An inline price (`price_data`) of a product made through the products API."""
    product_id = data["product"]
    if product_id not in call.state.products:
        raise ApiError.missing("product", product_id, f"{param}[product]")
    if "unit_amount" in data and "unit_amount_decimal" in data:
        raise ApiError.invalid_request(
            "Send unit_amount or unit_amount_decimal, not both.",
            param=f"{param}[unit_amount_decimal]",
            code="parameters_exclusive",
        )
    if "unit_amount" in data:
        unit = Decimal(data["unit_amount"])
    elif "unit_amount_decimal" in data:
        unit = Decimal(data["unit_amount_decimal"])
    else:
        raise ApiError.invalid_request(
            f"Missing required param: {param}[unit_amount].",
            param=f"{param}[unit_amount]",
            code="parameter_missing",
        )
    return _price_object(
        call,
        call.new_id("price"),
        unit,
        data["currency"],
        product_id,
        data["recurring"],
        data.get("tax_behavior", "unspecified"),
    )


def _price_for(call: Call, given: dict[str, Any], prefix: str) -> JsonObject:
    if "price" in given and "price_data" in given:
        raise ApiError.invalid_request(
            "Send price or price_data, not both.",
            param=f"{prefix}[price_data]",
            code="parameters_exclusive",
        )
    if "price" in given:
        return _price_from_store(call, given["price"], f"{prefix}[price]")
    if "price_data" in given:
        return _price_from_data(call, given["price_data"], f"{prefix}[price_data]")
    raise ApiError.invalid_request(
        f"Missing required param: {prefix}[price].",
        param=f"{prefix}[price]",
        code="parameter_missing",
    )


def _plan_of(price: JsonObject) -> JsonObject:
    """The legacy `plan` mirror of a recurring price."""
    recurring = price["recurring"]
    return {
        "id": price["id"],
        "object": "plan",
        "active": price["active"],
        "amount": price["unit_amount"],
        "amount_decimal": price["unit_amount_decimal"],
        "billing_scheme": price["billing_scheme"],
        "created": price["created"],
        "currency": price["currency"],
        "interval": recurring["interval"],
        "interval_count": recurring["interval_count"],
        "livemode": False,
        "metadata": {},
        "meter": None,
        "nickname": price["nickname"],
        "product": price["product"],
        "tiers_mode": None,
        "transform_usage": None,
        "trial_period_days": None,
        "usage_type": "licensed",
    }


# -- rendering ------------------------------------------------------------------------


def item_view(
    state: State, item: JsonObject, expand: frozenset[str] | set[str] = frozenset()
) -> JsonObject:
    view = {k: copy.deepcopy(v) for k, v in item.items() if not k.startswith("_")}
    # A catalog price as it is now (renamed, archived); its amounts never change.
    stored = state.prices.get(item["price"]["id"])
    if isinstance(stored, dict):
        view["price"] = copy.deepcopy(stored)
    view["plan"] = _plan_of(view["price"])
    if "discounts" in expand:
        view["discounts"] = [
            copy.deepcopy(state.discounts[d]) if d in state.discounts else d
            for d in item["discounts"]
        ]
    if "price.product" in expand and view["price"]["product"] in state.products:
        view["price"]["product"] = copy.deepcopy(state.products[view["price"]["product"]])
    return view


def _within(expand: frozenset[str] | set[str], prefix: str) -> set[str]:
    """The paths below `prefix` (`items.data.price.product` -> `price.product`)."""
    return {path[len(prefix) :] for path in expand if path.startswith(prefix)}


def subscription_view(
    state: State, subscription: JsonObject, expand: frozenset[str] | set[str] = frozenset()
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


def _emit_updated(call: Call, before: JsonObject, subscription: JsonObject) -> None:
    call.emit_update(
        "customer.subscription.updated", before, subscription_view(call.state, subscription)
    )


def _set_status(call: Call, subscription: JsonObject, status: str) -> None:
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
    _emit_updated(call, before, subscription)


# -- invoices moving on ----------------------------------------------------------------


def _subscription_of(state: State, invoice: JsonObject) -> JsonObject | None:
    parent = invoice.get("parent") or {}
    details = parent.get("subscription_details") or {}
    return state.subscriptions.get(details.get("subscription") or "")


def advance_invoice(call: Call, invoice: JsonObject) -> None:
    """An auto-advancing draft, an hour on: finalized, then emailed or charged."""
    state = call.state
    subscription = _subscription_of(state, invoice)
    pause = subscription["pause_collection"] if subscription else None
    if pause is not None and pause["behavior"] == "keep_as_draft":
        invoice["auto_advance"] = False
        return
    days = subscription["days_until_due"] if subscription else None
    invoice_status.finalize_invoice(call, invoice)
    if invoice["status"] != "open":  # nothing to pay
        return
    if pause is not None and pause["behavior"] == "void":
        invoice_status.void_invoice(call, invoice)
        return
    if pause is not None and pause["behavior"] == "mark_uncollectible":
        invoice_status.mark_invoice_uncollectible(call, invoice)
        return
    if invoice["collection_method"] == "send_invoice":
        invoice["due_date"] = call.now() + (days if days is not None else 30) * DAY
        invoice_status.send_invoice(call, invoice)
        return
    paid = invoice_status.attempt_payment(call, invoice)
    if not paid and subscription is not None and subscription["latest_invoice"] == invoice["id"]:
        # A declined renewal makes the subscription past due, as an overdue invoice does.
        _set_status(call, subscription, require(subscription, "overdue"))
        subscription["overdue_since"] = subscription["overdue_since"] or call.now()


def invoice_overdue(call: Call, invoice: JsonObject) -> None:
    """A `send_invoice` invoice passed its due date unpaid."""
    state = call.state
    state.overdue_invoices.add(invoice["id"])
    call.emit("invoice.overdue", invoice_view(state, invoice))
    subscription = _subscription_of(state, invoice)
    if subscription is None or subscription["latest_invoice"] != invoice["id"]:
        return
    if subscription["status"] == CANCELED:
        return
    _set_status(call, subscription, require(subscription, "overdue"))
    if subscription["status"] == PAST_DUE and subscription["overdue_since"] is None:
        subscription["overdue_since"] = call.now()


def give_up(call: Call, subscription: JsonObject) -> None:
    """Overdue for the configured days: `unpaid` or canceled, per `set_overdue_policy`."""
    action = call.state.overdue_action
    subscription["overdue_since"] = None
    if action == "cancel":
        subscription["cancellation_details"]["reason"] = "payment_failed"
        _set_status(call, subscription, require(subscription, "give_up_cancel"))
    elif action == "mark_unpaid":
        _set_status(call, subscription, require(subscription, "give_up_unpaid"))


def invoice_paid(call: Call, invoice: JsonObject) -> None:
    """Called when any invoice is paid: its subscription is active again."""
    subscription = _subscription_of(call.state, invoice)
    if subscription is None or subscription["status"] == CANCELED:
        return
    still_open = [
        i
        for i in call.state.invoices.values()
        if _subscription_of(call.state, i) is subscription
        and i["status"] == "open"
        and i["id"] in call.state.overdue_invoices
    ]
    if not still_open:
        _set_status(call, subscription, require(subscription, "paid"))


# -- time-driven changes ---------------------------------------------------------------


def _start_period(subscription: JsonObject, items: list[JsonObject], start: int) -> None:
    end = start
    for item in items:
        recurring = item["price"]["recurring"]
        item["current_period_start"] = start
        item["current_period_end"] = add_interval(
            start, recurring["interval"], recurring["interval_count"], 1
        )
        end = max(end, item["current_period_end"]) if end != start else item["current_period_end"]
    subscription["period_start"] = start
    subscription["period_end"] = end


def renew(call: Call, subscription: JsonObject) -> None:
    state = call.state
    require(subscription, "renew")
    if subscription["cancel_at_period_end"]:
        cancel_now(call, subscription, invoice_now=False, prorate=False)
        return
    before = subscription_view(state, subscription)
    items = [state.subscription_items[i] for i in subscription["item_ids"]]
    _start_period(subscription, items, subscription["period_end"])
    _emit_updated(call, before, subscription)
    if subscription["pause_collection"] is not None:
        resumes_at = subscription["pause_collection"]["resumes_at"]
        if resumes_at is not None and resumes_at <= call.now():
            subscription["pause_collection"] = None
    bill_period(call, subscription, "subscription_cycle")


def end_trial(call: Call, subscription: JsonObject) -> None:
    state = call.state
    customer = state.customers.get(subscription["customer"]) or {}
    has_method = bool(
        subscription["default_payment_method"]
        or (customer.get("invoice_settings") or {}).get("default_payment_method")
    )
    behavior = subscription["trial_settings"]["end_behavior"]["missing_payment_method"]
    subscription["trial_end"] = None
    call.emit("customer.subscription.trial_will_end", subscription_view(state, subscription))
    if subscription["collection_method"] == "charge_automatically" and not has_method:
        if behavior == "pause":
            subscription["status_details"] = None
            _set_status(call, subscription, require(subscription, "trial_end_pause"))
            return
        if behavior == "cancel":
            cancel_now(call, subscription, invoice_now=False, prorate=False)
            return
    _set_status(call, subscription, require(subscription, "trial_end"))
    items = [state.subscription_items[i] for i in subscription["item_ids"]]
    subscription["billing_cycle_anchor"] = call.now()
    _start_period(subscription, items, call.now())
    bill_period(call, subscription, "subscription_cycle")


def cancel_now(call: Call, subscription: JsonObject, *, invoice_now: bool, prorate: bool) -> None:
    """Ends the subscription now; with `prorate`, the unused time is credited, and with
    `invoice_now` a final invoice collects what is pending."""
    state = call.state
    require(subscription, "cancel")
    now = call.now()
    if prorate:
        for item_id in subscription["item_ids"]:
            item = state.subscription_items[item_id]
            credit = -_prorated(item, item["quantity"], now)
            if credit:
                period = (now, item["current_period_end"])
                text = f"Unused time on {_label(item)}"
                add_subscription_line(call, None, subscription, item, credit, period, text, True)
    if invoice_now and _has_pending(state, subscription):
        bill_pending(call, subscription, "subscription_update")
    subscription["canceled_at"] = subscription["canceled_at"] or now
    _set_status(call, subscription, CANCELED)


def _has_pending(state: State, subscription: JsonObject) -> bool:
    for record in state.invoice_items.values():
        details = (record.get("parent") or {}).get("subscription_details") or {}
        if record["invoice"] is None and details.get("subscription") == subscription["id"]:
            return True
    return False


def bill_pending(call: Call, subscription: JsonObject, reason: str) -> JsonObject:
    """An invoice now for the subscription's pending items (prorations) only."""
    from ._recurring import new_subscription_invoice

    invoice = new_subscription_invoice(call, subscription, reason)
    subscription["latest_invoice"] = invoice["id"]
    call.emit("invoice.created", invoice_view(call.state, invoice))
    return invoice


# -- proration -------------------------------------------------------------------------


def _label(item: JsonObject) -> str:
    price = item["price"]
    return f"{item['quantity']} x {price['nickname'] or price['product']}"


def _prorated(item: JsonObject, quantity: int, at: int) -> int:
    """What `quantity` of the item's price costs from `at` to the end of its period."""
    start, end = item["current_period_start"], item["current_period_end"]
    if end <= start or at >= end:
        return 0
    share = Decimal(end - max(at, start)) / Decimal(end - start)
    total = unit_price(item["price"]) * quantity * share
    return int(total.to_integral_value(ROUND_HALF_UP))


def _proration_behavior(params: dict[str, Any]) -> str:
    return str(params.get("proration_behavior", "create_prorations"))


def _prorate_change(
    call: Call,
    subscription: JsonObject,
    item: JsonObject,
    new_price: JsonObject,
    new_quantity: int,
    at: int,
) -> None:
    """Credit for the old price and quantity, charge for the new, for the rest of the period."""
    old = copy.deepcopy(item)
    credit = -_prorated(old, old["quantity"], at)
    period = (at, item["current_period_end"])
    if credit:
        text = f"Unused time on {_label(old)}"
        add_subscription_line(call, None, subscription, old, credit, period, text, True)
    changed = {**copy.deepcopy(item), "price": new_price, "quantity": new_quantity}
    charge = _prorated(changed, new_quantity, at)
    if charge:
        text = f"Remaining time on {_label(changed)}"
        add_subscription_line(call, None, subscription, changed, charge, period, text, True)


def _after_change(call: Call, subscription: JsonObject, behavior: str) -> None:
    if behavior == "always_invoice" and _has_pending(call.state, subscription):
        bill_pending(call, subscription, "subscription_update")


# -- items -----------------------------------------------------------------------------


def _new_item(
    call: Call,
    subscription: JsonObject,
    given: dict[str, Any],
    prefix: str,
    price: JsonObject | None = None,
) -> JsonObject:
    price = price or _price_for(call, given, prefix)
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


def _check_currency(subscription: JsonObject, price: JsonObject, param: str) -> None:
    if price["currency"] != subscription["currency"]:
        raise ApiError.invalid_request(
            f"The price's currency ({price['currency']}) differs from the subscription's "
            f"({subscription['currency']}).",
            param=param,
        )


# -- handlers: subscriptions -------------------------------------------------------------


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
    for name in ("description", "default_payment_method", "default_source"):
        if name in params:
            value = params[name]
            subscription[name] = None if value is UNSET else value
    if "metadata" in params:
        subscription["metadata"] = merged_metadata(subscription["metadata"], params["metadata"])
    if "cancellation_details" in params:
        details = params["cancellation_details"]
        for name in ("comment", "feedback"):
            if name in details:
                value = details[name]
                subscription["cancellation_details"][name] = None if value is UNSET else value


def _new_subscription(call: Call, customer: JsonObject, currency: str) -> JsonObject:
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


def create(call: Call, ids: dict[str, str], params: dict[str, Any]) -> JsonObject:
    state = call.state
    if "customer" not in params:
        raise ApiError.invalid_request(
            "Missing required param: customer.", param="customer", code="parameter_missing"
        )
    customer = live_customer(state, params["customer"])
    given_items = params.get("items") or []
    if not given_items:
        raise ApiError.invalid_request(
            "Missing required param: items.", param="items", code="parameter_missing"
        )
    at = _now_for(call, customer.get("test_clock"))
    prices = [_price_for(at, g, f"items[{i}]") for i, g in enumerate(given_items)]
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
        item = _new_item(at, subscription, given, f"items[{index}]", prices[index])
        _check_currency(subscription, item["price"], f"items[{index}][price]")
        state.subscription_items[item["id"]] = item
        subscription["item_ids"].append(item["id"])
        items.append(item)
    _start_period(subscription, items, at.now())
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
        for record_id in state.invoice_item_order[invoice["id"]]:
            state.invoice_items[record_id]["amount"] = 0
        from ._billing import recompute_totals

        recompute_totals(state, invoice)
    # The first invoice is finalized at once, and paid when collected automatically.
    invoice_status.finalize_invoice(at, invoice)
    if invoice["status"] == "paid":
        if subscription["status"] == INCOMPLETE:
            _set_status(at, subscription, ACTIVE)
    elif subscription["collection_method"] == "send_invoice":
        invoice["due_date"] = at.now() + subscription["days_until_due"] * DAY
        invoice_status.send_invoice(at, invoice)
        if subscription["status"] == INCOMPLETE:
            _set_status(at, subscription, ACTIVE)
    elif invoice_status.attempt_payment(at, invoice) and subscription["status"] == INCOMPLETE:
        _set_status(at, subscription, ACTIVE)
    return subscription_view(state, subscription, expand_paths(params, in_list=False))


def _trial_end(call: Call, params: dict[str, Any]) -> int | None:
    if params.get("trial_end") == "now":
        return None
    if isinstance(params.get("trial_end"), int):
        if params["trial_end"] <= call.now():
            raise ApiError.invalid_request("trial_end must be in the future.", param="trial_end")
        return int(params["trial_end"])
    if "trial_period_days" in params and params["trial_period_days"] > 0:
        return call.now() + int(params["trial_period_days"]) * DAY
    return None


def retrieve(call: Call, ids: dict[str, str], params: dict[str, Any]) -> JsonObject:
    subscription = live_subscription(call.state, ids["subscription_exposed_id"])
    _now_for(call, subscription["test_clock"])
    return subscription_view(call.state, subscription, expand_paths(params, in_list=False))


def update(call: Call, ids: dict[str, str], params: dict[str, Any]) -> JsonObject:
    state = call.state
    subscription = live_subscription(state, ids["subscription_exposed_id"])
    at = _now_for(call, subscription["test_clock"])
    require(subscription, "update")
    before = subscription_view(state, subscription)
    behavior = _proration_behavior(params)
    now = int(params.get("proration_date", at.now()))
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
        _update_item_in(at, subscription, given, f"items[{index}]", behavior, now)
    _emit_updated(at, before, subscription)
    _after_change(at, subscription, behavior)
    return subscription_view(state, subscription, expand_paths(params, in_list=False))


def _update_item_in(
    call: Call,
    subscription: JsonObject,
    given: dict[str, Any],
    prefix: str,
    behavior: str,
    at: int,
) -> None:
    state = call.state
    if "id" not in given:
        item = _new_item(call, subscription, given, prefix)
        _check_currency(subscription, item["price"], f"{prefix}[price]")
        if behavior != "none":
            _prorate_change(
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
            _prorate_change(call, subscription, item, item["price"], 0, at)
        subscription["item_ids"].remove(item["id"])
        del state.subscription_items[item["id"]]
        return
    _change_item(call, subscription, item, given, prefix, behavior, at)


def _change_item(
    call: Call,
    subscription: JsonObject,
    item: JsonObject,
    given: dict[str, Any],
    prefix: str,
    behavior: str,
    at: int,
) -> None:
    price = (
        _price_for(call, given, prefix)
        if ("price" in given or "price_data" in given)
        else item["price"]
    )
    _check_currency(subscription, price, f"{prefix}[price]")
    quantity = (
        int(given.get("quantity") or item["quantity"])
        if "quantity" not in given
        else int(given["quantity"])
    )
    if (price["id"], quantity) != (item["price"]["id"], item["quantity"]) and behavior != "none":
        _prorate_change(call, subscription, item, price, quantity, at)
    item["price"] = price
    item["quantity"] = quantity
    if "metadata" in given:
        item["metadata"] = merged_metadata(item["metadata"], given["metadata"])


def cancel(call: Call, ids: dict[str, str], params: dict[str, Any]) -> JsonObject:
    state = call.state
    subscription = live_subscription(state, ids["subscription_exposed_id"])
    at = _now_for(call, subscription["test_clock"])
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


def resume(call: Call, ids: dict[str, str], params: dict[str, Any]) -> JsonObject:
    state = call.state
    subscription = live_subscription(state, ids["subscription"])
    at = _now_for(call, subscription["test_clock"])
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
        _start_period(subscription, items, at.now())
    _emit_updated(at, before, subscription)
    call.emit("customer.subscription.resumed", subscription_view(state, subscription))
    if not restart:
        return subscription_view(state, subscription, expand_paths(params, in_list=False))
    invoice = bill_period(at, subscription, "subscription_update")
    invoice_status.finalize_invoice(at, invoice)
    if invoice["status"] == "open" and subscription["collection_method"] == "send_invoice":
        invoice["due_date"] = at.now() + (subscription["days_until_due"] or 30) * DAY
        invoice_status.send_invoice(at, invoice)
    elif invoice["status"] == "open":
        invoice_status.attempt_payment(at, invoice)
    return subscription_view(state, subscription, expand_paths(params, in_list=False))


def _matches(subscription: JsonObject, params: dict[str, Any]) -> bool:
    status = params.get("status")
    if status is None and subscription["status"] == CANCELED:
        return False
    if status not in (None, "all", "ended") and subscription["status"] != status:
        return False
    if status == "ended" and subscription["status"] != CANCELED:
        return False
    for name in ("customer", "collection_method", "test_clock"):
        if name in params and subscription[name] != params[name]:
            return False
    return "created" not in params or in_range(subscription["created"], params["created"])


def list_all(call: Call, ids: dict[str, str], params: dict[str, Any]) -> JsonObject:
    state = call.state
    found = [s for s in reversed(state.subscriptions.values()) if _matches(s, params)]
    if "price" in params:
        found = [
            s
            for s in found
            if any(
                state.subscription_items[i]["price"]["id"] == params["price"] for i in s["item_ids"]
            )
        ]
    expand = expand_paths(params, in_list=True)
    return list_page(
        found,
        params,
        "/v1/subscriptions",
        "subscription",
        lambda s: subscription_view(state, s, expand),
    )


def search(call: Call, ids: dict[str, str], params: dict[str, Any]) -> JsonObject:
    state = call.state
    ordered = list(reversed(state.subscriptions.values()))
    expand = expand_paths(params, in_list=True)
    return search_page(
        ordered,
        params,
        "subscriptions",
        "/v1/subscriptions/search",
        lambda s: subscription_view(state, s, expand),
    )


# -- handlers: subscription items --------------------------------------------------------


def item_create(call: Call, ids: dict[str, str], params: dict[str, Any]) -> JsonObject:
    state = call.state
    if "subscription" not in params:
        raise ApiError.invalid_request(
            "Missing required param: subscription.",
            param="subscription",
            code="parameter_missing",
        )
    subscription = live_subscription(state, params["subscription"], "subscription")
    at = _now_for(call, subscription["test_clock"])
    require(subscription, "update")
    before = subscription_view(state, subscription)
    behavior = _proration_behavior(params)
    when = int(params.get("proration_date", at.now()))
    given = {
        k: v
        for k, v in params.items()
        if k in ("price", "price_data", "quantity", "metadata", "tax_rates")
    }
    _update_item_in(at, subscription, given, "", behavior, when)
    item = state.subscription_items[subscription["item_ids"][-1]]
    _emit_updated(at, before, subscription)
    _after_change(at, subscription, behavior)
    return item_view(state, item, expand_paths(params, in_list=False))


def item_retrieve(call: Call, ids: dict[str, str], params: dict[str, Any]) -> JsonObject:
    item = live_subscription_item(call.state, ids["item"])
    return item_view(call.state, item, expand_paths(params, in_list=False))


def item_update(call: Call, ids: dict[str, str], params: dict[str, Any]) -> JsonObject:
    state = call.state
    item = live_subscription_item(state, ids["item"])
    subscription = state.subscriptions[item["subscription"]]
    at = _now_for(call, subscription["test_clock"])
    require(subscription, "update")
    before = subscription_view(state, subscription)
    behavior = _proration_behavior(params)
    when = int(params.get("proration_date", at.now()))
    _change_item(at, subscription, item, params, "", behavior, when)
    _emit_updated(at, before, subscription)
    _after_change(at, subscription, behavior)
    return item_view(state, item, expand_paths(params, in_list=False))


def item_delete(call: Call, ids: dict[str, str], params: dict[str, Any]) -> JsonObject:
    state = call.state
    item = live_subscription_item(state, ids["item"])
    subscription = state.subscriptions[item["subscription"]]
    at = _now_for(call, subscription["test_clock"])
    require(subscription, "update")
    if len(subscription["item_ids"]) == 1:
        raise ApiError.invalid_request(
            "A subscription must keep at least one item; cancel the subscription instead.",
            param="item",
        )
    before = subscription_view(state, subscription)
    behavior = _proration_behavior(params)
    when = int(params.get("proration_date", at.now()))
    _update_item_in(at, subscription, {"id": item["id"], "deleted": True}, "", behavior, when)
    _emit_updated(at, before, subscription)
    _after_change(at, subscription, behavior)
    return deleted_stub("subscription_item", item["id"])


def item_list(call: Call, ids: dict[str, str], params: dict[str, Any]) -> JsonObject:
    state = call.state
    if "subscription" not in params:
        raise ApiError.invalid_request(
            "Missing required param: subscription.",
            param="subscription",
            code="parameter_missing",
        )
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
    "advance_invoice",
    "cancel",
    "cancel_now",
    "create",
    "end_trial",
    "give_up",
    "invoice_overdue",
    "invoice_paid",
    "item_create",
    "item_delete",
    "item_list",
    "item_retrieve",
    "item_update",
    "list_all",
    "live_subscription",
    "renew",
    "resume",
    "retrieve",
    "search",
    "subscription_view",
    "update",
]
