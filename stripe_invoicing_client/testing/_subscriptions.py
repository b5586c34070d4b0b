"""Subscription handlers: create, change (prorated), cancel, list and search.

Which status allows what is `_subscription_lifecycle.SUBSCRIPTION_LIFECYCLE`; pricing is
`_subscription_prices`, proration `_proration`, a new one's billing cycle anchor
`_subscription_anchor` (an update resetting it: `_subscription_anchor_reset`), time-driven
changes `_subscription_cycle`, pausing `_subscription_pause` and resuming
`_subscription_resume`.
"""

from __future__ import annotations

from typing import Any

from attrs import evolve

from . import _invoice_status as invoice_status
from ._catalog_store import TaxRate
from ._clock_time import now_for
from ._customer_store import Customer
from ._customers import live_customer
from ._errors import ApiError
from ._invoice_math import tax_rates
from ._listing import Listing, list_handler, search_handler
from ._objects import expand_paths, merged_metadata
from ._pagination import in_range
from ._payment_behavior import ALLOW_INCOMPLETE, collect, payment_behavior_of, undone_if_refused
from ._pending_item_interval import requested_interval, set_interval
from ._proration import prorate_change, prorated_change, proration_behavior
from ._recurring import DAY, bill_period, is_metered
from ._shapes import UNSET
from ._state import CallAt, JsonObject, RequestContext
from ._subscription_add_items import add_invoice_items, plan_invoice_items
from ._subscription_anchor import anchor_subscription, bill_to_anchor, requested_anchor
from ._subscription_anchor_reset import (
    AnchorReset,
    check_anchor_reset,
    new_prices,
    prices_after,
)
from ._subscription_backdate import bill_backdated, first_period_start, requested_backdate
from ._subscription_cycle import cancel_requested, start_period
from ._subscription_discounts import apply_discounts, apply_item_discounts
from ._subscription_lifecycle import ACTIVE, CANCELED, ENDED, INCOMPLETE, TRIALING
from ._subscription_payment_settings import apply_payment_settings
from ._subscription_prices import check_currency, price_for
from ._subscription_store import PauseCollection, Subscription, SubscriptionItem
from ._subscription_trials import (
    after_trial_change,
    move_trial,
    requested_trial,
    set_trial_end,
    trial_end_given,
    trial_from_plan,
    warn_if_due,
)
from ._subscription_views import (
    live_subscription,
    live_subscription_item,
    set_status,
    subscription_view,
)


def _takes_no_quantity(prefix: str) -> ApiError:
    return ApiError.invalid_request(
        "A metered price's usage comes from its meter: it takes no quantity.",
        param=f"{prefix}[quantity]",
    )


def _named(prefix: str, name: str) -> str:
    return f"{prefix}[{name}]" if prefix else name


def _tax_rates_given(
    call: RequestContext, given: dict[str, Any], prefix: str, name: str, current: list[TaxRate]
) -> list[TaxRate]:
    """The tax rates `given[name]` names (checked: known and active; `""` clears them), or
    `current` when it isn't sent. A subscription's `default_tax_rates` tax the items with no
    `tax_rates` of their own; its invoices take them as theirs (`_recurring`)."""
    if name not in given:
        return current
    return tax_rates(call.state, given[name], _named(prefix, name))


def new_item(
    call: RequestContext,
    subscription: Subscription,
    given: dict[str, Any],
    prefix: str,
    price: JsonObject | None = None,
) -> SubscriptionItem:
    price = price or price_for(call, given, prefix)
    quantity = int(given.get("quantity", 1))
    if is_metered(price):
        # Usage sets what a metered item bills: it has no quantity of its own.
        if "quantity" in given:
            raise _takes_no_quantity(prefix)
        quantity = 0
    if quantity < 0:
        raise ApiError.invalid_request("Quantity cannot be negative.", param=f"{prefix}[quantity]")
    item = call.new(
        SubscriptionItem,
        "si",
        subscription=subscription.id,
        price=price,
        quantity=quantity,
        current_period_start=subscription.period_start,
        current_period_end=subscription.period_end,
        metadata=merged_metadata({}, given.get("metadata", {})),
        tax_rates=_tax_rates_given(call, given, prefix, "tax_rates", []),
    )
    apply_item_discounts(call, subscription, item, given, prefix)
    return item


def _apply_collection(subscription: Subscription, params: dict[str, Any]) -> None:
    method = params.get("collection_method", subscription.collection_method)
    days = params.get("days_until_due", subscription.days_until_due)
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
    subscription.collection_method = method
    subscription.days_until_due = days if method == "send_invoice" else None


def _given(params: dict[str, Any], name: str) -> Any:
    """A parameter's value; an empty one (`UNSET`) clears the field."""
    value = params[name]
    return None if value is UNSET else value


def _apply_plain(subscription: Subscription, params: dict[str, Any]) -> None:
    if "description" in params:
        subscription.description = _given(params, "description")
    if "default_payment_method" in params:
        subscription.default_payment_method = _given(params, "default_payment_method")
    if "default_source" in params:
        subscription.default_source = _given(params, "default_source")
    if "metadata" in params:
        subscription.metadata = merged_metadata(subscription.metadata, params["metadata"])
    apply_payment_settings(subscription, params)
    if "trial_settings" in params:
        behavior = params["trial_settings"]["end_behavior"]["missing_payment_method"]
        subscription.trial_missing_payment_method = behavior
    if "cancellation_details" in params:
        given, details = params["cancellation_details"], subscription.cancellation_details
        if "comment" in given:
            details.comment = _given(given, "comment")
        if "feedback" in given:
            details.feedback = _given(given, "feedback")


def create(call: RequestContext, ids: dict[str, str], params: dict[str, Any]) -> JsonObject:
    state = call.state
    if "customer" not in params:
        raise ApiError.missing_param("customer")
    customer = live_customer(state, params["customer"])
    given_items = params.get("items") or []
    if not given_items:
        raise ApiError.missing_param("items")
    at = now_for(call, customer.test_clock)
    behavior = payment_behavior_of(params, creating=True)
    prices = [price_for(at, g, f"items[{i}]") for i, g in enumerate(given_items)]
    with undone_if_refused(state, behavior):  # a first payment that fails makes nothing
        subscription = start_subscription(at, customer, params, prices, None, behavior)
    return subscription_view(state, subscription, expand_paths(params, in_list=False))


def start_subscription(
    at: CallAt,
    customer: Customer,
    params: dict[str, Any],
    prices: list[JsonObject],
    schedule: str | None = None,
    payment_behavior: str | None = ALLOW_INCOMPLETE,
) -> Subscription:
    """A subscription of `params["items"]` (priced by `prices`) made now and billed its first
    period, collected as `payment_behavior` says (None: its first invoice left a draft, as a
    preview shows it); `schedule` names the subscription schedule that made it, if one did."""
    state = at.state
    pending_interval = requested_interval(at, params, prices, None)  # before anything is made
    trial_end = _trial_end(at, params, prices)
    anchor = requested_anchor(at, params, prices, trial_end)
    backdate = requested_backdate(at, params, prices, anchor)
    given_items = params["items"]
    currency = str(params.get("currency") or prices[0]["currency"]).lower()
    subscription = at.new(
        Subscription,
        "sub",
        customer=customer.id,
        currency=currency,
        status=INCOMPLETE,
        test_clock=customer.test_clock,
        schedule=schedule,
        backdated_start=backdate,
    )
    _apply_collection(subscription, params)
    _apply_plain(subscription, params)
    set_interval(subscription, pending_interval)
    subscription.default_tax_rates = _tax_rates_given(at, params, "", "default_tax_rates", [])
    if params.get("cancel_at_period_end"):
        subscription.cancel_at_period_end = True
    if "cancel_at" in params and isinstance(params["cancel_at"], int):
        subscription.cancel_at = params["cancel_at"]
    if anchor is not None:
        prorate = proration_behavior(params) != "none"
        anchor_subscription(subscription, *anchor, prorate)
    # One-time prices for the first invoice: all checked before anything is kept or redeemed.
    one_time = plan_invoice_items(at, subscription, params.get("add_invoice_items") or [])
    for index, given in enumerate(given_items):
        item = new_item(at, subscription, given, f"items[{index}]", prices[index])
        check_currency(subscription, item.price, f"items[{index}][price]")
        subscription.items.append(item)
    apply_discounts(at, subscription, params)
    add_invoice_items(at, subscription, one_time)
    start_period(subscription, first_period_start(subscription))
    state.subscriptions[subscription.id] = subscription
    if trial_end is not None:
        subscription.trial_start = subscription.start_date
        set_trial_end(at, subscription, trial_end)
        subscription.status = TRIALING
        for item in subscription.items:
            item.current_period_end = trial_end
        subscription.period_end = trial_end
    at.emit("customer.subscription.created", subscription_view(state, subscription))
    # A trial's first invoice is free (`add_invoice_items` are still due); a period up to the
    # anchor after it, billed at its end.
    if trial_end is not None:
        invoice = bill_period(at, subscription, "subscription_create", trial=True)
        warn_if_due(at, subscription)  # a trial of less than three days: at once
    elif backdate is not None:
        invoice = bill_backdated(at, subscription, proration_behavior(params))
    else:
        invoice = bill_to_anchor(at, subscription, "subscription_create")
    if payment_behavior is None:
        return subscription
    # The first invoice is finalized at once, and paid when collected automatically.
    invoice_status.finalize_invoice(at, invoice)
    if invoice.status == "paid":
        if subscription.status == INCOMPLETE:
            set_status(at, subscription, ACTIVE)
    elif subscription.collection_method == "send_invoice":
        invoice.due_date = at.now() + (subscription.days_until_due or 0) * DAY
        invoice_status.send_invoice(at, invoice)
        if subscription.status == INCOMPLETE:
            set_status(at, subscription, ACTIVE)
    else:
        collect(at, subscription, invoice, payment_behavior, first=True)
    return subscription


def _trial_end(
    call: RequestContext, params: dict[str, Any], prices: list[JsonObject]
) -> int | None:
    if params.get("trial_from_plan"):
        return trial_from_plan(call, params, prices, "POST /v1/subscriptions")
    if "trial_end" in params:
        return trial_end_given(call, params)
    if "trial_period_days" in params and params["trial_period_days"] > 0:
        return call.now() + int(params["trial_period_days"]) * DAY
    return None


def retrieve(call: RequestContext, ids: dict[str, str], params: dict[str, Any]) -> JsonObject:
    subscription = live_subscription(call.state, ids["subscription_exposed_id"])
    now_for(call, subscription.test_clock)
    return subscription_view(call.state, subscription, expand_paths(params, in_list=False))


def update(
    call: RequestContext,
    ids: dict[str, str],
    params: dict[str, Any],
    *,
    collecting: bool = True,
) -> JsonObject:
    """`collecting=False` (a preview's): an invoice the update makes at once is left a draft."""
    state = call.state
    subscription = live_subscription(state, ids["subscription_exposed_id"])
    reset = AnchorReset(subscription, collecting)
    then = after_trial_change(subscription, params) or reset.bill
    with prorated_change(call, subscription, params, then=then) as (at, behavior, now):
        # First, so an anchor reset, tax rate, promotion code or trial refused leaves it as it was.
        changes = [(g, f"items[{i}]") for i, g in enumerate(params.get("items") or [])]
        prices = check_item_changes(at, subscription, params, changes, reset)
        after = prices_after(subscription, changes, prices)
        pending_interval = requested_interval(at, params, after, subscription)
        trial = requested_trial(at, subscription, params)
        default_rates = _tax_rates_given(
            at, params, "", "default_tax_rates", subscription.default_tax_rates
        )
        apply_discounts(at, subscription, params)
        subscription.default_tax_rates = default_rates
        _apply_collection(subscription, params)
        _apply_plain(subscription, params)
        if "cancel_at_period_end" in params:
            subscription.cancel_at_period_end = bool(params["cancel_at_period_end"])
            subscription.canceled_at = at.now() if params["cancel_at_period_end"] else None
        if "cancel_at" in params:
            value = params["cancel_at"]
            subscription.cancel_at = value if isinstance(value, int) else None
        if "pause_collection" in params:
            pause = params["pause_collection"]
            subscription.pause_collection = (
                None
                if pause is UNSET
                else PauseCollection(pause["behavior"], pause.get("resumes_at"))
            )
        set_interval(subscription, pending_interval)
        change_items(at, subscription, changes, prices, reset, behavior, now)
        if isinstance(trial, int):  # `now` ends it after the update (`then`)
            move_trial(at, subscription, trial, behavior, now)
    return subscription_view(state, subscription, expand_paths(params, in_list=False))


def check_item_changes(
    call: RequestContext,
    subscription: Subscription,
    params: dict[str, Any],
    changes: list[tuple[dict[str, Any], str]],
    reset: AnchorReset,
) -> list[JsonObject | None]:
    """The prices item `changes` (each one's parameters and their prefix) set, and whether
    the request resets the anchor (`reset`), checked before anything changes."""
    prices = new_prices(call, changes)
    after = prices_after(subscription, changes, prices) if changes else None
    param = "items" if changes and changes[0][1] else "price"  # the items API's: no prefix
    reset.resetting = check_anchor_reset(subscription, params, after, param)
    return prices


def change_items(
    call: RequestContext,
    subscription: Subscription,
    changes: list[tuple[dict[str, Any], str]],
    prices: list[JsonObject | None],
    reset: AnchorReset,
    behavior: str,
    at: int,
) -> list[SubscriptionItem]:
    """Makes item `changes` (priced by `prices`), prorated as `behavior` says unless the
    anchor is reset (`reset`): then the items as they were are credited instead."""
    with reset.changing_items(call, behavior, at) as item_behavior:
        return [
            update_item_in(call, subscription, given, prefix, item_behavior, at, price)
            for (given, prefix), price in zip(changes, prices, strict=True)
        ]


def update_item_in(
    call: RequestContext,
    subscription: Subscription,
    given: dict[str, Any],
    prefix: str,
    behavior: str,
    at: int,
    price: JsonObject | None,
) -> SubscriptionItem:
    """Adds, deletes or changes one of the subscription's items (`items[n]` of an update; a
    new price already resolved: `price`); answers the item added, deleted or changed."""
    if "id" not in given:
        item = new_item(call, subscription, given, prefix, price)
        check_currency(subscription, item.price, f"{prefix}[price]")
        if behavior != "none":
            before = evolve(item, quantity=0)
            prorate_change(call, subscription, before, item.price, item.quantity, at)
        subscription.items.append(item)
        return item
    found = live_subscription_item(call.state, given["id"], f"{prefix}[id]")
    if found.subscription != subscription.id:
        raise ApiError.missing("subscription_item", given["id"], f"{prefix}[id]")
    if given.get("deleted"):
        if behavior != "none":
            prorate_change(call, subscription, found, found.price, 0, at)
        subscription.items.remove(found)
        return found
    change_item(call, subscription, found, given, prefix, behavior, at, price)
    return found


def change_item(
    call: RequestContext,
    subscription: Subscription,
    item: SubscriptionItem,
    given: dict[str, Any],
    prefix: str,
    behavior: str,
    at: int,
    price: JsonObject | None,
) -> None:
    """Changes one item; `price`, resolved before anything changed (`new_prices`), is the
    new price, None when the change keeps the item's."""
    price = item.price if price is None else price
    check_currency(subscription, price, f"{prefix}[price]")
    if is_metered(price) != is_metered(item.price):
        raise ApiError.invalid_request(
            "An item's price keeps its usage type (metered or licensed): add a new item and "
            "delete this one instead.",
            param=f"{prefix}[price]",
        )
    if is_metered(price) and "quantity" in given:
        raise _takes_no_quantity(prefix)
    quantity = (
        int(given.get("quantity") or item.quantity)
        if "quantity" not in given
        else int(given["quantity"])
    )
    # Before anything changes, so a refused tax rate or promotion code leaves the item as it was.
    rates = _tax_rates_given(call, given, prefix, "tax_rates", item.tax_rates)
    apply_item_discounts(call, subscription, item, given, prefix, price, quantity)
    if (price["id"], quantity) != (item.price["id"], item.quantity) and behavior != "none":
        prorate_change(call, subscription, item, price, quantity, at, rates)
    item.price = price
    item.quantity = quantity
    item.tax_rates = rates
    if "metadata" in given:
        item.metadata = merged_metadata(item.metadata, given["metadata"])


def cancel(call: RequestContext, ids: dict[str, str], params: dict[str, Any]) -> JsonObject:
    state = call.state
    subscription = live_subscription(state, ids["subscription_exposed_id"])
    at = now_for(call, subscription.test_clock)
    if "cancellation_details" in params:
        _apply_plain(subscription, {"cancellation_details": params["cancellation_details"]})
    cancel_requested(at, subscription, params, default=False)
    return subscription_view(state, subscription, expand_paths(params, in_list=False))


def _matches(call: RequestContext, subscription: Subscription, params: dict[str, Any]) -> bool:
    status = params.get("status")
    if status is None and subscription.status == CANCELED:
        return False
    if status not in (None, "all", "ended") and subscription.status != status:
        return False
    if status == "ended" and subscription.status not in ENDED:
        return False
    if (params.get("automatic_tax") or {}).get("enabled"):
        return False  # the fake's subscriptions never compute tax automatically
    return _in_periods(subscription, params) and all(
        name not in params or any(item.price["id"] == params[name] for item in subscription.items)
        for name in ("price", "plan")  # a recurring price's id is also its plan's
    )


def _in_periods(subscription: Subscription, params: dict[str, Any]) -> bool:
    """`current_period_end` against the items' earliest end, `current_period_start` against
    their latest start, as Stripe's list filters them."""
    items = subscription.items
    ends = ("current_period_end", min((i.current_period_end for i in items), default=None))
    starts = ("current_period_start", max((i.current_period_start for i in items), default=None))
    return all(name not in params or in_range(at, params[name]) for name, at in (ends, starts))


LISTING = Listing(
    "/v1/subscriptions",
    "subscription",
    "subscriptions",
    subscription_view,
    equal=("customer", "collection_method", "test_clock"),
    keep=_matches,
)
list_all = list_handler(LISTING)
search = search_handler(LISTING)


__all__ = [
    "cancel",
    "change_item",
    "change_items",
    "check_item_changes",
    "create",
    "list_all",
    "new_item",
    "retrieve",
    "search",
    "start_subscription",
    "update",
    "update_item_in",
]
