"""`invoices.create_preview`: the invoice to come, as the fake's own billing would make it;
nothing is stored, announced or counted (the `invoice_upcoming` rules of stripe-python 16.1's
`InvoiceCreatePreviewParams`):

- `subscription` (or, for a customer alone, their subscription that renews first): the
  invoice its next renewal makes, at its period's end (or its trial's), with the pending items
  a renewal takes;
- with `subscription_details.items` (or `.default_tax_rates`) too: that change made first,
  prorated as an update prorates it at `proration_date`; then the next renewal, or with
  `always_invoice` the invoice the update makes at once (its prorations);
- with `subscription_details.billing_cycle_anchor` `now`, or `items` that reset the anchor
  (a new billing period, or a paid price joining free ones): the invoice of that reset (made
  at once, with any `items` change: `_subscription_anchor_reset`); `unchanged` changes
  nothing;
- `subscription_details.items` alone: the first invoice of a subscription made of them (with
  `.default_tax_rates`, if sent);
- a customer with no subscription to renew: their pending invoice items.

`invoice_items` join the customer's pending items first. Every preview is made on a copy of
the state (`_sandbox`), dropped afterwards with its events and ids, so a preview and the
invoice made later agree, and what is made later gets the ids it would have got without it.
The other parameters (who the preview is for, what it only shows, what the fake refuses by
name rather than ignores): `_preview_params`.
"""

from __future__ import annotations

import copy
from typing import Any

from attrs import evolve

from . import _subscriptions as subscriptions
from ._billing import (
    apply_item_details,
    apply_pricing,
    default_discountable,
    new_invoice,
    new_invoice_item,
    recompute_totals,
)
from ._clock import FakeClock
from ._clock_time import now_for
from ._customer_store import Customer
from ._errors import ApiError
from ._ids import IdFactory
from ._invoice_item_store import InvoiceItem
from ._invoice_math import apply_to_invoice, compute
from ._invoice_store import Invoice, lines_envelope, render_invoice_fields, render_line
from ._invoices import currency_for, customer_param, customer_subscription, pending_items
from ._objects import expand_paths, invoice_view, show_current_balance
from ._preview_params import MODELLED_DETAILS, not_modelled, refuse_unmodelled, show_overrides
from ._proration import bill_pending, check_proration_date, has_pending, proration_behavior
from ._recurring import run_until
from ._schedule_anchor import next_phase_reset
from ._state import CallAt, JsonObject, RequestContext, State, at_time
from ._subscription_anchor_reset import resets_anchor
from ._subscription_lifecycle import ENDED, PAUSED
from ._subscription_prices import price_for
from ._subscription_store import Subscription
from ._subscription_views import live_subscription


def _theirs(objects: dict[str, Any], customer_id: str) -> dict[str, Any]:
    return {key: obj for key, obj in objects.items() if obj.customer == customer_id}


def _sandbox(call: CallAt, customer_id: str) -> CallAt:
    """The call on a deep copy of the state, at the same time: billing run there leaves the
    real state alone. The copy keeps only the customer's subscriptions, schedules, quotes,
    invoices and items (others' would only bill others, and slow time down), gets a clock of
    its own frozen at the real clock's time (the real one holds a lock and may follow the wall
    clock), ids of its own (seeded by the request, so reproducible) and no events."""
    state = call.state
    kept = evolve(
        state,
        invoice_items=_theirs(state.invoice_items, customer_id),
        invoices=_theirs(state.invoices, customer_id),
        quotes=_theirs(state.quotes, customer_id),
        subscription_schedules=_theirs(state.subscription_schedules, customer_id),
        subscriptions=_theirs(state.subscriptions, customer_id),
    )
    memo: dict[int, Any] = {
        id(state.clock): FakeClock(state.clock.now()),
        id(state.events): [],
        id(state.ids): IdFactory(call.request_id),  # never the real state's next ids
    }
    copied: State = copy.deepcopy(kept, memo)
    context = RequestContext(copied, call.request_id, call.idempotency_key, call.api_key)
    return at_time(context, call.now())


def _renewing_first(state: State, customer_id: str) -> Subscription | None:
    """The customer's subscription whose next invoice comes first (the oldest on a tie)."""
    theirs = [
        s
        for s in state.subscriptions.values()
        if s.customer == customer_id and s.status not in ENDED and s.status != PAUSED
    ]
    return min(theirs, key=lambda s: s.period_end, default=None)


def _nothing_to_preview(customer_id: str) -> ApiError:
    return ApiError.invalid_request(
        f"No upcoming invoices for customer: {customer_id}", code="invoice_upcoming_none"
    )


def _next_renewal(at: CallAt, subscription_id: str) -> Invoice:
    """The invoice the subscription's next renewal makes (in the sandbox): time runs on to its
    period's or trial's end, everything due before then happening first; or, when its schedule
    enters a phase that resets its anchor by then, that reset's invoice (`_schedule_anchor`)."""
    state = at.state
    subscription = state.subscriptions[subscription_id]
    if subscription.status in ENDED or subscription.status == PAUSED:
        raise _nothing_to_preview(subscription.customer)
    when = subscription.period_end  # a trial's end, while it lasts
    reset_at = next_phase_reset(state, subscription)
    reason = "subscription_cycle" if reset_at is None else "subscription_update"
    before = set(state.invoices)
    run_until(at, subscription.test_clock, when if reset_at is None else reset_at)
    made = [
        invoice
        for invoice in state.invoices.values()
        if invoice.id not in before
        and invoice.subscription == subscription_id
        and invoice.billing_reason == reason
    ]
    if not made:  # canceled, paused or ended by then
        raise _nothing_to_preview(subscription.customer)
    return made[-1]  # a reset's invoice comes after what earlier phases invoiced


def _nested(error: ApiError) -> ApiError:
    """An error of the subscription's own code, its parameter named as the preview's."""
    param = error.param
    if param in ("billing_cycle_anchor", "items"):
        error.param = f"subscription_details[{param}]"
    elif param is not None and param.startswith(("items[", "default_tax_rates[")):
        name, _, rest = param.partition("[")
        error.param = f"subscription_details[{name}][{rest}"
    return error


def _change(at: CallAt, subscription: Subscription, details: dict[str, Any]) -> Invoice | None:
    """`subscription_details` applied (in the sandbox) as `subscriptions.update` applies them;
    the invoice it makes at once (an anchor reset's, or with `always_invoice` the prorations'),
    left a draft."""
    behavior = proration_behavior(details)
    check_proration_date(subscription, details, "subscription_details")
    update = {k: v for k, v in details.items() if k in MODELLED_DETAILS}
    if behavior == "always_invoice":
        update["proration_behavior"] = "create_prorations"  # the invoice is made below
    latest = subscription.latest_invoice
    try:
        ids = {"subscription_exposed_id": subscription.id}
        subscriptions.update(at, ids, update, collecting=False)
    except ApiError as error:
        raise _nested(error) from None
    if subscription.latest_invoice != latest:  # an anchor reset's, taking in what was pending
        return at.state.invoices[subscription.latest_invoice or ""]
    if behavior == "always_invoice" and has_pending(at.state, subscription):
        return bill_pending(at, subscription, "subscription_update")
    return None


def _creation(at: CallAt, customer: Customer, params: dict[str, Any]) -> Invoice:
    """The first invoice (in the sandbox) of a subscription of `subscription_details.items`."""
    details = params["subscription_details"]
    given = details["items"]
    made = {"items": given, **({"currency": params["currency"]} if "currency" in params else {})}
    if "default_tax_rates" in details:
        made["default_tax_rates"] = details["default_tax_rates"]
    try:
        prices = [price_for(at, g, f"items[{i}]") for i, g in enumerate(given)]
        subscription = subscriptions.start_subscription(at, customer, made, prices, None, None)
    except ApiError as error:
        raise _nested(error) from None
    return at.state.invoices[subscription.latest_invoice or ""]


def _preview_item(
    call: RequestContext, customer: Customer, currency: str, given: JsonObject, prefix: str
) -> InvoiceItem:
    state = call.state
    if "invoiceitem" in given:
        existing = state.invoice_items.get(given["invoiceitem"])
        if existing is None or not existing.pending:
            raise ApiError.missing("invoiceitem", given["invoiceitem"], prefix + "[invoiceitem]")
        item = copy.deepcopy(existing)
    else:
        item = new_invoice_item(call, customer.id)
        item.currency = currency
    apply_pricing(call, item, given, prefix, record=False)
    apply_item_details(item, given)
    if "invoiceitem" not in given:
        default_discountable(item, given)
    return item


def _given_items(
    call: RequestContext, customer: Customer, currency: str, params: dict[str, Any]
) -> list[InvoiceItem]:
    return [
        _preview_item(call, customer, currency, given, f"invoice_items[{index}]")
        for index, given in enumerate(params.get("invoice_items", []))
    ]


def _subscription_preview(
    call: CallAt, customer: Customer, subscription: Subscription | None, params: dict[str, Any]
) -> JsonObject:
    """A preview made by running the fake's billing in a sandbox."""
    at = _sandbox(call, customer.id)
    state = at.state
    currency = subscription.currency if subscription else currency_for(state, customer, params)
    for item in _given_items(at, customer, currency, params):
        state.invoice_items[item.id] = item  # pending, for the invoice to come to take in
    details = params.get("subscription_details") or {}
    if subscription is None:
        invoice = _creation(at, customer, params)
    else:
        copied = state.subscriptions[subscription.id]
        changes = "items" in details or "default_tax_rates" in details or resets_anchor(details)
        made_now = _change(at, copied, details) if changes else None
        invoice = made_now or _next_renewal(at, subscription.id)
    apply_to_invoice(at, invoice, params, record=False)
    recompute_totals(state, invoice)
    invoice.id = at.new_id("upcoming_in")
    invoice.billing_reason = "upcoming"
    return invoice_view(state, invoice, expand_paths(params, in_list=False))


def _pending_preview(call: CallAt, customer: Customer, params: dict[str, Any]) -> JsonObject:
    """The customer's pending invoice items (and `invoice_items`) as one invoice, made in the
    sandbox so its ids (the items', the invoice's, the lines') aren't the real state's."""
    at = _sandbox(call, customer.id)
    state = at.state
    customer = state.customers[customer.id]
    currency = currency_for(state, customer, params)
    given = _given_items(at, customer, currency, params)
    overridden = {item.id for item in given}
    items = [i for i in pending_items(state, customer.id, currency) if i.id not in overridden]
    items += given
    if not items:
        raise _nothing_to_preview(customer.id)
    invoice = new_invoice(at, customer, currency, "upcoming_in")
    apply_to_invoice(at, invoice, params, record=False, inheriting_from=customer)
    math, invoice.totals = compute(state, invoice, items)
    lines = [render_line(item, invoice.id, at.new_id("il_tmp"), math[item.id]) for item in items]
    show_current_balance(invoice, customer)
    invoice.billing_reason = "upcoming"
    view = render_invoice_fields(invoice)
    view["lines"] = lines_envelope(invoice.id, lines)
    if "customer" in expand_paths(params, in_list=False):
        view["customer"] = copy.deepcopy(customer)
    return view


def _customer_and_subscription(
    call: RequestContext, params: dict[str, Any]
) -> tuple[Customer, CallAt, Subscription | None]:
    """Who the preview is for, the call at their time, and the subscription it names."""
    state = call.state
    if "subscription" not in params:
        customer, at = customer_param(call, params)
        return customer, at, None
    subscription = live_subscription(state, params["subscription"], "subscription")
    at = now_for(call, subscription.test_clock)
    if "customer" in params:
        customer, at = customer_param(call, params)
        return customer, at, customer_subscription(state, subscription.id, customer)
    return state.customers[subscription.customer], at, subscription


def create_preview(call: RequestContext, ids: dict[str, str], params: dict[str, Any]) -> JsonObject:
    """What the customer's next invoice would look like; nothing is stored or announced."""
    refuse_unmodelled(params)
    view = _preview(call, params)
    show_overrides(view, params)
    return view


def _preview(call: RequestContext, params: dict[str, Any]) -> JsonObject:
    customer, at, subscription = _customer_and_subscription(call, params)
    details = params.get("subscription_details") or {}
    if subscription is None and ("proration_date" in details or "proration_behavior" in details):
        name = "proration_date" if "proration_date" in details else "proration_behavior"
        raise ApiError.invalid_request(
            f"subscription_details[{name}] previews a change to a subscription: send "
            "subscription too.",
            param="subscription",
        )
    if "proration_date" in details and "items" not in details:
        raise ApiError.missing_param("subscription_details[items]")
    if subscription is None and resets_anchor(details):  # no subscription to reset
        raise not_modelled(
            "subscription_details[billing_cycle_anchor]",
            "resetting the billing cycle anchor without a subscription",
        )
    if subscription is None and "items" in details:
        return _subscription_preview(at, customer, None, params)
    if subscription is None:
        subscription = _renewing_first(at.state, customer.id)
    if subscription is None:
        return _pending_preview(at, customer, params)
    return _subscription_preview(at, customer, subscription, params)


__all__ = ["create_preview"]
