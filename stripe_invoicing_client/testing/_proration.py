"""Proration: credit for the unused time of an item's old price and quantity, a charge for
the rest of the period at the new ones, and the invoice that collects them at once (charged
automatically, collected as the update's `payment_behavior` says: `_payment_behavior`)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from attrs import evolve

from . import _invoice_status as invoice_status
from ._billing import pending_for_subscription
from ._catalog_store import TaxRate
from ._clock_time import now_for
from ._errors import ApiError
from ._invoice_store import Invoice
from ._line_descriptions import describe
from ._objects import invoice_view
from ._payment_behavior import ALLOW_INCOMPLETE, collect, payment_behavior_of, undone_if_refused
from ._recurring import (
    add_subscription_line,
    is_tiered,
    new_subscription_invoice,
    unit_price,
)
from ._state import CallAt, JsonObject, RequestContext, State
from ._subscription_lifecycle import require
from ._subscription_store import Subscription, SubscriptionItem
from ._subscription_views import emit_updated, subscription_view


def prorated(item: SubscriptionItem, quantity: int, at: int) -> int:
    """What `quantity` of the item's price costs from `at` to the end of its period; refused
    for a tiered price (send `proration_behavior=none`)."""
    start, end = item.current_period_start, item.current_period_end
    if end <= start or at >= end:
        return 0
    return share_of(item.price, quantity, (max(at, start), end), (start, end))


def check_proratable(
    price: JsonObject,
    param: str = "proration_behavior",
    scope: str = "subscriptions",
    what: str = "prorating a tiered price",
) -> None:
    """Refused by name (`param`, of `scope`): part of a period of a tiered price, which Stripe's
    docs don't say how to price. Called up front where a request would prorate one."""
    if is_tiered(price):
        raise ApiError.not_modelled(param, scope, what)


def share_of(
    price: JsonObject, quantity: int, part: tuple[int, int], whole: tuple[int, int]
) -> int:
    """What `quantity` of `price` costs for `part` of the period `whole` (a full period's
    amount, times the share of its time), rounded half up; refused for a tiered price."""
    share = Decimal(part[1] - part[0]) / Decimal(whole[1] - whole[0])
    check_proratable(price)
    total = unit_price(price) * quantity * share
    return int(total.to_integral_value(ROUND_HALF_UP))


def proration_behavior(params: dict[str, Any]) -> str:
    return str(params.get("proration_behavior", "create_prorations"))


def check_proration_date(subscription: Subscription, params: dict[str, Any], within: str) -> None:
    """`proration_date` prorates as though the change was made then: a time within the
    subscription's current period, and only with prorations (stripe-python 16.1's rule for
    `invoices.create_preview`, applied to the update it previews). `within` names the
    parameters' parent (`subscription_details` in a preview), or is empty."""

    def named(name: str) -> str:
        return f"{within}[{name}]" if within else name

    if "proration_date" not in params:
        return
    if proration_behavior(params) == "none":
        raise ApiError.invalid_request(
            f"{named('proration_date')} needs prorations: {named('proration_behavior')} can't "
            "be none.",
            param=named("proration_behavior"),
        )
    if not subscription.period_start <= params["proration_date"] < subscription.period_end:
        raise ApiError.invalid_request(
            f"{named('proration_date')} must be within the subscription's current period "
            f"({subscription.period_start} to {subscription.period_end}).",
            param=named("proration_date"),
        )


def credit_unused(
    call: RequestContext, subscription: Subscription, item: SubscriptionItem, at: int
) -> None:
    """A pending credit for the item's price and quantity from `at` to its period's end."""
    credit = -prorated(item, item.quantity, at)
    if credit:
        period = (at, item.current_period_end)
        text = describe(call.state, item, proration="Unused", after=at)
        add_subscription_line(call, None, subscription, item, credit, period, text, True)


def prorate_change(
    call: RequestContext,
    subscription: Subscription,
    item: SubscriptionItem,
    new_price: JsonObject,
    new_quantity: int,
    at: int,
    new_tax_rates: list[TaxRate] | None = None,
) -> None:
    """Credit for the old price and quantity, charge for the new, for the rest of the period
    (taxed at the item's new tax rates, when they change too)."""
    credit_unused(call, subscription, item, at)
    period = (at, item.current_period_end)
    rates = item.tax_rates if new_tax_rates is None else new_tax_rates
    changed = evolve(item, price=new_price, quantity=new_quantity, tax_rates=rates)
    charge = prorated(changed, new_quantity, at)
    if charge:
        text = describe(call.state, changed, proration="Remaining", after=at)
        add_subscription_line(call, None, subscription, changed, charge, period, text, True)


def has_pending(state: State, subscription: Subscription) -> bool:
    return any(
        pending_for_subscription(record, subscription.id) for record in state.invoice_items.values()
    )


def bill_pending(call: RequestContext, subscription: Subscription, reason: str) -> Invoice:
    """An invoice now for the subscription's pending items (prorations) only, discounted as
    a renewal is for the rest of the current period."""
    period = (call.now(), subscription.period_end)
    invoice = new_subscription_invoice(call, subscription, reason, period)
    subscription.latest_invoice = invoice.id
    call.emit("invoice.created", invoice_view(call.state, invoice))
    return invoice


def after_change(
    call: RequestContext,
    subscription: Subscription,
    behavior: str,
    payment_behavior: str = ALLOW_INCOMPLETE,
) -> None:
    """With `always_invoice`, what the change left pending is invoiced now; charged
    automatically, the invoice is finalized and collected at once as `payment_behavior`
    says (while collection is paused it is left to advance as a renewal's does)."""
    if behavior != "always_invoice" or not has_pending(call.state, subscription):
        return
    invoice = bill_pending(call, subscription, "subscription_update")
    collect_now(call, subscription, invoice, payment_behavior)


def collect_now(
    call: RequestContext, subscription: Subscription, invoice: Invoice, payment_behavior: str
) -> None:
    """An invoice an update made: charged automatically, finalized and collected at once as
    `payment_behavior` says; else (sent, or collection paused) left to advance as a renewal's
    does."""
    if subscription.collection_method != "charge_automatically" or subscription.pause_collection:
        return
    invoice_status.finalize_invoice(call, invoice)
    if invoice.status == "open":
        collect(call, subscription, invoice, payment_behavior, first=False)


@contextmanager
def prorated_change(
    call: RequestContext,
    subscription: Subscription,
    params: dict[str, Any],
    then: Callable[[CallAt, str], None] | None = None,
) -> Iterator[tuple[CallAt, str, int]]:
    """A change to a subscription's items: made at its time (yields that call, the proration
    behavior and the proration date); then `customer.subscription.updated`, `then` (given the
    call and the `payment_behavior`), and with `always_invoice` an invoice for the prorations
    at once, collected as `payment_behavior` says. With `error_if_incomplete`, a payment that
    fails puts everything back."""
    paying = payment_behavior_of(params, creating=False)
    at = now_for(call, subscription.test_clock)  # what was due by now stays done
    require(subscription, "update")
    check_proration_date(subscription, params, "")
    with undone_if_refused(call.state, paying):
        before = subscription_view(call.state, subscription)
        behavior = proration_behavior(params)
        when = int(params.get("proration_date", at.now()))
        yield at, behavior, when
        emit_updated(at, before, subscription)
        if then is not None:
            then(at, paying)
        after_change(at, subscription, behavior, paying)


__all__ = [
    "after_change",
    "bill_pending",
    "check_proratable",
    "check_proration_date",
    "collect_now",
    "credit_unused",
    "has_pending",
    "prorate_change",
    "prorated",
    "prorated_change",
    "proration_behavior",
    "share_of",
]
