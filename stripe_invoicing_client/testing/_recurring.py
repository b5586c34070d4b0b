"""Recurring billing: a subscription's invoices, and what happens as its clock moves on.

Time for an object on a test clock is the clock's `frozen_time`; for anything else it is the
fake's own clock. `run_until(call, clock_id, target)` does, in time order, everything due on
that clock up to `target`:

- a period ends: a renewal invoice (`billing_reason=subscription_cycle`) for the next one,
  with each metered item's usage over the period that ended (its meter's aggregate for the
  customer, `_meter_store.usage`) as a line billed in arrears, and the customer's pending
  invoice items (`_billed_with`);
- a draft with `auto_advance` (a subscription's, or a one-off one) is an hour old, or at its
  `automatically_finalizes_at`: it is finalized; a `send_invoice` one is then emailed
  (recorded in `sent_invoices`), a subscription's due `days_until_due` days after
  finalization, and a `charge_automatically` one is paid from the customer's payment method;
- an open invoice passes its due date: `invoice.overdue` (once), and a subscription whose
  latest invoice it is goes `past_due` (then `unpaid` or `canceled` after the days
  `set_overdue_policy` gives, unless `set_retry_schedule` governs it: `_overdue_policy_applies`);
- a failed automatic payment's retry comes (`next_payment_attempt`, `set_retry_schedule`):
  the payment method on file then is charged (`_invoice_status.retry_payment`);
- a subscription's `next_pending_invoice_item_invoice` comes: its own pending items are
  invoiced (`_pending_item_interval`), after any renewal at that moment, which bills them;
- a trial is three days from its end: `customer.subscription.trial_will_end` (once per trial,
  `_subscription_trials`); at its end, the first period is billed;
- a subscription is still `incomplete` 23 hours after its creation: its first invoice is
  voided and it ends `incomplete_expired`;
- a paused subscription's resumption invoice is 23 hours old: voided unless a payment was
  attempted (`_subscription_resume`);
- a subscription schedule reaches its start or the end of a phase: the subscription is made
  or changed (`_subscription_schedules`), before anything else due at that moment;
- a draft or open quote reaches its `expires_at`: it is canceled (`_quotes`);
- a customer's discount reaches its `end`: it is taken off them (`_customer_discounts`).
"""

from __future__ import annotations

import calendar
import copy
from datetime import datetime, timezone
from decimal import ROUND_HALF_UP, Decimal

from ._billing import attach, new_invoice, pending_for_subscription, recompute_totals
from ._customer_store import customer_discounts_for_invoice
from ._invoice_item_store import InvoiceItem, Pricing, render_invoice_item
from ._invoice_store import FINALIZE_AFTER, Invoice
from ._line_descriptions import describe, describe_trial
from ._meter_store import usage
from ._money import plain
from ._objects import invoice_view
from ._payment_retries import retry_is_due
from ._quote_store import DRAFT, OPEN
from ._reactions import (
    CANCEL_AT_REACHED,
    CUSTOMER_DISCOUNT_ENDS,
    INCOMPLETE_EXPIRES,
    INVOICE_DUE_TO_ADVANCE,
    INVOICE_OVERDUE,
    INVOICE_RETRY_DUE,
    OVERDUE_TOO_LONG,
    PENDING_ITEMS_DUE,
    PERIOD_ENDED,
    QUOTE_EXPIRES,
    RESUMPTION_LAPSES,
    SCHEDULE_PHASE_DUE,
    TRIAL_ENDED,
    TRIAL_WILL_END,
    react,
)
from ._state import JsonObject, RequestContext, State, at_time
from ._subscription_lifecycle import ENDED, INCOMPLETE, TRIALING
from ._subscription_store import Subscription, SubscriptionItem, discounts_for_invoice
from ._tiers import TIERED, amount_for, tiers_in

DAY = 86_400
# How long a subscription may stay `incomplete` (its first invoice unpaid) before it expires.
INCOMPLETE_WINDOW = 23 * 3_600
Period = tuple[int, int]  # [start, end) in Unix seconds


def add_interval(
    anchor: int, interval: str, count: int, periods: int, day: int | None = None
) -> int:
    """`anchor` moved by `periods` x `count` intervals; months keep the anchor's day (or `day`),
    clamped to the month's last day (Jan 31 -> Feb 28 -> Mar 31)."""
    steps = count * periods
    if interval == "day":
        return anchor + steps * DAY
    if interval == "week":
        return anchor + steps * 7 * DAY
    start = datetime.fromtimestamp(anchor, tz=timezone.utc)
    months = steps * (12 if interval == "year" else 1)
    year, month = divmod(start.month - 1 + months, 12)
    year += start.year
    day = min(day or start.day, calendar.monthrange(year, month + 1)[1])
    return int(start.replace(year=year, month=month + 1, day=day).timestamp())


def boundary_after(anchor: int, interval: str, count: int, start: int, day: int | None) -> int:
    """The first of the billing cycle anchor's period boundaries after `start` (the anchor
    itself while it is ahead): each counted from the anchor, so a month's clamped day doesn't
    stick (Jan 31 -> Feb 28 -> Mar 31)."""
    if start < anchor:
        return anchor
    if interval in ("day", "week"):
        length = count * (DAY if interval == "day" else 7 * DAY)
        return anchor + ((start - anchor) // length + 1) * length
    began, now = (datetime.fromtimestamp(t, tz=timezone.utc) for t in (anchor, start))
    months = (now.year - began.year) * 12 + now.month - began.month
    periods = max(months // (count * (12 if interval == "year" else 1)) - 1, 0)
    while (end := add_interval(anchor, interval, count, periods, day)) <= start:
        periods += 1
    return end


def unit_price(price: JsonObject) -> Decimal:
    """A per-unit price's amount, fractions of the currency's unit included."""
    return Decimal(price["unit_amount_decimal"])


def bills_nothing(price: JsonObject) -> bool:
    """A zero-amount price (Stripe's guides' word): nothing per unit, or no tier that bills."""
    if is_tiered(price):
        return all(not tier.unit and not tier.flat for tier in tiers_in(price))
    return unit_price(price) == 0


def is_tiered(price: JsonObject) -> bool:
    return bool(price["billing_scheme"] == TIERED)


def line_amount(price: JsonObject, quantity: int | Decimal) -> int:
    """`quantity` of `price` for a whole period (`_tiers.amount_for`)."""
    unit = None if is_tiered(price) else unit_price(price)
    return amount_for(unit, price["tiers_mode"], tiers_in(price), Decimal(quantity), None)


def is_metered(price: JsonObject) -> bool:
    """A price billed from a meter's usage, in arrears, rather than per seat in advance."""
    return bool((price.get("recurring") or {}).get("usage_type") == "metered")


def metered_usage(
    state: State, subscription: Subscription, price: JsonObject, period: Period
) -> Decimal:
    """What the price's meter counts for the subscription's customer over `period`."""
    meter = state.meters.get(price["recurring"].get("meter") or "")
    if meter is None:
        return Decimal(0)
    return usage(meter, state.meter_events.values(), subscription.customer, *period)


# -- invoices of a subscription -------------------------------------------------------


def add_subscription_line(
    call: RequestContext,
    invoice: Invoice | None,
    subscription: Subscription,
    item: SubscriptionItem,
    amount: int,
    period: tuple[int, int],
    description: str,
    proration: bool = False,
    *,
    quantity: Decimal | None = None,
) -> InvoiceItem:
    """An invoice item standing for one line of the subscription: on `invoice`, or pending
    for the next one (prorations). Lines that aren't prorations stay out of the invoice item
    list, as in Stripe. `quantity`: a metered item's usage (the item's quantity otherwise).
    The item's own tax rates go on the line; without them the invoice's default ones (the
    subscription's, `new_subscription_invoice`) tax it."""
    state = call.state
    price = item.price
    billed = Decimal(item.quantity) if quantity is None else quantity
    record = InvoiceItem(
        id=call.new_id("ii"),
        customer=subscription.customer,
        date=call.now(),
        period_start=period[0],
        period_end=period[1],
        amount=amount,
        net_amount=amount,
        currency=subscription.currency,
        description=description,
        proration=proration,
        quantity=int(billed.to_integral_value(ROUND_HALF_UP)),
        quantity_decimal=plain(billed),
        pricing=Pricing(price["unit_amount_decimal"], price["id"], price["product"]),
        subscription=subscription.id,
        subscription_item=item.id,
        test_clock=subscription.test_clock,
        subscription_line=not proration,
        tax_rates=copy.deepcopy(item.tax_rates),
    )
    if not proration:
        record.discounts = discounts_for_invoice(item, state.discounts, period)
    state.invoice_items[record.id] = record
    if proration:
        call.emit("invoiceitem.created", render_invoice_item(record))
    if invoice is not None:
        attach(state, invoice, record, call)
    return record


def _billed_with(record: InvoiceItem, subscription: Subscription, reason: str) -> bool:
    """Whether a pending item goes on a new invoice of `subscription` made for `reason`: the
    subscription's own (prorations, items made for it) always; a renewal, the customer's next
    scheduled invoice, also takes their items in its currency that name no subscription (an
    item naming another subscription waits for that one's)."""
    if record.subscription is not None or reason != "subscription_cycle":
        return pending_for_subscription(record, subscription.id)
    return (
        record.pending
        and record.customer == subscription.customer
        and record.currency == subscription.currency
    )


def new_subscription_invoice(
    call: RequestContext, subscription: Subscription, reason: str, period: Period
) -> Invoice:
    """A draft invoice of the subscription for `period`, with the pending items it bills
    (`_billed_with`), its discounts (else its customer's), `default_tax_rates` and
    `payment_method_types` (stripe-python 16.1's `Subscription.PaymentSettings`: given to
    every invoice it makes; `save_default_payment_method` is no invoice field)."""
    state = call.state
    customer = state.customers[subscription.customer]
    invoice = new_invoice(call, customer, subscription.currency)
    invoice.billing_reason = reason
    invoice.collection_method = subscription.collection_method
    invoice.auto_advance = True
    invoice.automatically_finalizes_at = call.now() + FINALIZE_AFTER
    invoice.subscription = subscription.id
    invoice.subscription_metadata = dict(subscription.metadata)
    invoice.test_clock = subscription.test_clock
    invoice.description = subscription.description
    invoice.default_payment_method = subscription.default_payment_method
    invoice.default_tax_rates = copy.deepcopy(subscription.default_tax_rates)
    types = subscription.payment_method_types
    invoice.payment_method_types = None if types is None else list(types)
    own = discounts_for_invoice(subscription, state.discounts, period)
    invoice.discounts = own or customer_discounts_for_invoice(customer, period[0])
    state.invoices[invoice.id] = invoice
    for record in list(state.invoice_items.values()):
        if _billed_with(record, subscription, reason):
            attach(state, invoice, record, call)
    return invoice


def bill_period(
    call: RequestContext,
    subscription: Subscription,
    reason: str,
    ended: dict[str, Period] | None = None,
    billed_apart: frozenset[str] = frozenset(),
    *,
    trial: bool = False,
) -> Invoice:
    """The invoice for the subscription's current period: one line per item, in advance; a
    metered item's line is its usage over the period that `ended` (item id -> period), in
    arrears, or nothing (0) when none did, as at creation or a trial's end. Items named in
    `billed_apart` get no line: their period is prorated (pending items) or free. A `trial`'s
    lines are free; the invoice is whole before `invoice.created` tells of it."""
    whole = (subscription.period_start, subscription.period_end)
    invoice = new_subscription_invoice(call, subscription, reason, whole)
    for item in subscription.items:
        if item.id in billed_apart:
            continue
        if is_metered(item.price):
            period = (ended or {}).get(item.id)
            used = Decimal(0)
            if period is None:
                period = (item.current_period_start, item.current_period_end)
            else:
                used = metered_usage(call.state, subscription, item.price, period)
            amount = line_amount(item.price, used)
            text = describe(call.state, item, used)
            add_subscription_line(
                call, invoice, subscription, item, amount, period, text, quantity=used
            )
            continue
        amount = 0 if trial else line_amount(item.price, item.quantity)
        text = describe_trial(call.state, item) if trial else describe(call.state, item)
        period = (item.current_period_start, item.current_period_end)
        add_subscription_line(call, invoice, subscription, item, amount, period, text)
    invoice.period_start = subscription.period_start
    invoice.period_end = subscription.period_start
    recompute_totals(call.state, invoice)
    subscription.latest_invoice = invoice.id
    call.emit("invoice.created", invoice_view(call.state, invoice))
    return invoice


def refresh_usage(call: RequestContext, invoice: Invoice) -> None:
    """A renewal's usage lines counted again as its draft is finalized: usage of the period
    that ended, reported while the invoice was a draft, is billed too."""
    state = call.state
    subscription = state.subscriptions.get(invoice.subscription or "")
    if subscription is None or invoice.billing_reason != "subscription_cycle":
        return
    for record_id in invoice.item_ids():
        record = state.invoice_items[record_id]
        item = subscription.item(record.subscription_item or "")
        if item is None or record.proration or not is_metered(item.price):
            continue
        period = (record.period_start, record.period_end)
        used = metered_usage(state, subscription, item.price, period)
        record.amount = record.net_amount = line_amount(item.price, used)
        record.quantity = int(used.to_integral_value(ROUND_HALF_UP))
        record.quantity_decimal = plain(used)
        record.description = describe(state, item, used)
    recompute_totals(state, invoice)


# -- catching up with time ------------------------------------------------------------


def _subscriptions_on(state: State, clock_id: str | None) -> list[Subscription]:
    return [s for s in state.subscriptions.values() if s.test_clock == clock_id]


def _advances(invoice: Invoice) -> bool:
    """A draft Stripe finalizes by itself: any with `auto_advance`, a one-off one too."""
    return invoice.status == "draft" and invoice.auto_advance


def _goes_overdue(state: State, invoice: Invoice) -> bool:
    """An open invoice with a due date, not yet told overdue (a one-off one too)."""
    return (
        invoice.status == "open"
        and invoice.due_date is not None
        and invoice.id not in state.overdue_invoices
    )


def _overdue_policy_applies(state: State, subscription: Subscription) -> bool:
    """`set_overdue_policy` gives up on a past_due subscription, except one charged
    automatically while `set_retry_schedule` is set: its retries decide (as Stripe's
    settings for failed payments and for overdue invoices are apart)."""
    if state.overdue_action is None or subscription.overdue_since is None:
        return False
    charged = subscription.collection_method == "charge_automatically"
    return not (charged and state.retry_policy is not None)


def may_be_due(state: State) -> bool:
    """Whether anything may be due on some clock: else `run_until` has nothing to look at."""
    # A short form of what `_next_due` looks at: a new kind of due work belongs in both.
    if state.subscriptions or state.subscription_schedules or state.quotes:
        return True
    if any(customer.discount_end() is not None for customer in state.customers.values()):
        return True
    return any(
        _advances(invoice) or retry_is_due(invoice) or _goes_overdue(state, invoice)
        for invoice in state.invoices.values()
    )


def _next_due(state: State, clock_id: str | None) -> tuple[int, str, object] | None:
    """The earliest thing due on the clock: (when, what, object)."""
    found: list[tuple[int, int, str, object]] = []
    for order, subscription in enumerate(_subscriptions_on(state, clock_id)):
        if subscription.status in ENDED:
            continue
        if subscription.status == INCOMPLETE:
            when = subscription.created + INCOMPLETE_WINDOW
            found.append((when, order, INCOMPLETE_EXPIRES, subscription))
        if subscription.cancel_at is not None:
            found.append((subscription.cancel_at, order, CANCEL_AT_REACHED, subscription))
        if subscription.status == TRIALING and subscription.trial_end is not None:
            found.append((subscription.trial_end, order, TRIAL_ENDED, subscription))
            warning = subscription.trial_will_end_at
            if warning is not None:
                found.append((warning, order, TRIAL_WILL_END, subscription))
        elif subscription.status != "paused":  # a paused one neither renews nor bills
            found.append((subscription.period_end, order, PERIOD_ENDED, subscription))
        if (pending_due := subscription.next_pending_invoice_item_invoice) is not None:
            # After every renewal at the same moment: a renewal bills the pending items.
            later = order + len(state.subscriptions)
            found.append((pending_due, later, PENDING_ITEMS_DUE, subscription))
        resumption = subscription.resumption
        if resumption is not None and resumption.voids_at is not None:
            found.append((resumption.voids_at, order, RESUMPTION_LAPSES, subscription))
        if subscription.overdue_since is not None and _overdue_policy_applies(state, subscription):
            when = subscription.overdue_since + state.overdue_after_days * DAY
            found.append((when, order, OVERDUE_TOO_LONG, subscription))
    # A schedule's boundary comes before anything else due at the same moment: a phase that
    # ends with a period changes the items before the renewal bills them.
    schedules = [s for s in state.subscription_schedules.values() if s.test_clock == clock_id]
    for order, schedule in enumerate(schedules):
        boundary = schedule.next_boundary()
        if boundary is not None:
            found.append((boundary, order - len(schedules), SCHEDULE_PHASE_DUE, schedule))
    on_clock = [i for i in state.invoices.values() if i.test_clock == clock_id]
    for order, invoice in enumerate(on_clock):
        if _advances(invoice):
            found.append((invoice.advances_at(), order, INVOICE_DUE_TO_ADVANCE, invoice))
        elif _goes_overdue(state, invoice) and invoice.due_date is not None:
            found.append((invoice.due_date + 1, order, INVOICE_OVERDUE, invoice))
        if retry_is_due(invoice) and invoice.next_payment_attempt is not None:
            found.append((invoice.next_payment_attempt, order, INVOICE_RETRY_DUE, invoice))
    for order, quote in enumerate(state.quotes.values()):
        if quote.test_clock == clock_id and quote.status in (DRAFT, OPEN):
            found.append((quote.expires_at, order, QUOTE_EXPIRES, quote))
    for order, customer in enumerate(state.customers.values()):
        ends = customer.discount_end()
        if customer.test_clock == clock_id and ends is not None:
            found.append((ends, order, CUSTOMER_DISCOUNT_ENDS, customer))
    if not found:
        return None
    when, _, what, obj = min(found, key=lambda entry: (entry[0], entry[1]))
    return when, what, obj


def run_until(call: RequestContext, clock_id: str | None, target: int) -> None:
    """Does everything due on the clock up to `target`, in time order: each is a reaction
    (`_reactions`), registered by the module that owns the object."""
    state = call.state
    for _ in range(10_000):  # a safety net against a rule that never settles
        due = _next_due(state, clock_id)
        if due is None or due[0] > target:
            return
        when, what, obj = due
        react(at_time(call, when), what, obj)
    raise RuntimeError("recurring billing did not settle")


__all__ = [
    "INCOMPLETE_WINDOW",
    "add_interval",
    "add_subscription_line",
    "bill_period",
    "bills_nothing",
    "boundary_after",
    "is_metered",
    "is_tiered",
    "may_be_due",
    "metered_usage",
    "new_subscription_invoice",
    "refresh_usage",
    "run_until",
    "unit_price",
]
