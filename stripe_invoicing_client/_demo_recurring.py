"""The demo's recurring flow: a monthly subscription billed by invoice, moved three months on
with a test clock (a step of `_demo.Demo.run`).

Stripe advances test clocks in the background: `advance` answers `advancing`, and the clock is
polled until it is `ready` (the in-memory backend answers `ready` at once).
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

from ._demo_steps import day, items, money, step
from ._ids import id_of

if TYPE_CHECKING:
    from ._demo_steps import DemoSteps
    from .models import Invoice, Subscription, TestClock

# Stripe finalizes a renewal's draft about an hour after the period ends: go two hours past.
PAST_RENEWAL = 2 * 3_600
# How long, and how often, to wait for a test clock Stripe is advancing.
CLOCK_TIMEOUT = 120.0
CLOCK_POLL_INTERVAL = 2.0


class ClockNotReadyError(Exception):
    """A test clock Stripe did not finish advancing (still advancing, or failed)."""


# Module attributes, so that tests can wait without waiting.
_sleep: Callable[[float], Awaitable[None]] = asyncio.sleep
_monotonic: Callable[[], float] = time.monotonic


async def wait_until_ready(clocks: Any, clock: TestClock) -> TestClock:
    """`clock` once Stripe has finished advancing it (`clocks` is a client's
    `test_helpers.test_clocks`), polled every CLOCK_POLL_INTERVAL seconds; ClockNotReadyError
    if it is still advancing after CLOCK_TIMEOUT seconds or Stripe says advancing it failed."""
    timeout = CLOCK_TIMEOUT
    deadline = _monotonic() + timeout
    while clock.status != "ready":
        if clock.status == "internal_failure":
            raise ClockNotReadyError(f"Stripe could not advance test clock {clock.id}")
        if _monotonic() >= deadline:
            raise ClockNotReadyError(
                f"test clock {clock.id} is still {clock.status} after {timeout:.0f} s; "
                "Stripe may be busy: look at the clock in the Dashboard and run the demo again"
            )
        await _sleep(CLOCK_POLL_INTERVAL)
        clock = await step(clocks.retrieve(clock.id))
    return clock


async def _advance(demo: DemoSteps, clock: TestClock, to: int) -> TestClock:
    clocks = demo.client.test_helpers.test_clocks
    moved: TestClock = await step(clocks.advance(clock.id, frozen_time=to))
    return await wait_until_ready(clocks, moved)


def _period_end(subscription: Subscription) -> int:
    # By JSON name: a client regenerated from Stripe's 2022 spec keeps the period on the
    # subscription, not on its items.
    return min(int(item["current_period_end"]) for item in subscription.items.data)


async def recurring_by_invoice(demo: DemoSteps) -> list[Invoice]:
    """A monthly subscription billed by invoice with 30 days to pay, on a test clock moved three
    months on: the first invoice paid out of band, the first renewal left to go overdue."""
    client = demo.client
    demo.say("\n8. A monthly subscription billed by invoice, three months on a test clock")
    tags = {"demo_run": demo.run_id}
    product = await step(client.products.create(name="Support retainer", metadata=tags))
    price = await step(
        client.prices.create(
            product=product.id,
            currency="usd",
            unit_amount=3000,
            recurring={"interval": "month"},
            metadata=tags,
        )
    )
    demo.say(f"  product and price      {product.id}  {price.id}  30.00 USD a month")
    # The clock starts at the server's own time (the product's creation).
    clock = await demo.test_clock(product.created, f"demo {demo.run_id}")
    customer = await demo.customer("Alan Turing", "alan@example.com", test_clock=clock.id)
    subscription = await demo.subscription_by_invoice(customer, price.id)
    demo.say(f"  subscription           {subscription.id}  status={subscription.status}")
    latest = subscription.latest_invoice
    first: Invoice = await step(
        client.invoices.retrieve(latest if isinstance(latest, str) else id_of(latest))
    )
    if first.status == "draft":
        first = await step(client.invoices.finalize(id_of(first)))
    await step(client.invoices.pay(id_of(first), paid_out_of_band=True))
    demo.say(f"  first invoice          {first.id}  paid out of band")
    for month in (1, 2, 3):
        clock = await _advance(demo, clock, _period_end(subscription) + PAST_RENEWAL)
        subscription = await step(client.subscriptions.retrieve(subscription.id))
        demo.say(
            f"  month {month}                {day(clock.frozen_time)}"
            f"  subscription status={subscription.status}"
        )
    invoices: list[Invoice] = []
    async for invoice in items(client.invoices.list(customer=customer.id)):
        invoices.append(invoice)
    invoices.sort(key=lambda invoice: invoice.created)
    header = ("invoice", "reason", "status", "due", "amount")
    rows = [header]
    for invoice in invoices:
        status = str(invoice.status)
        due = invoice.due_date
        if status == "open" and isinstance(due, int) and due < clock.frozen_time:
            status = "open, overdue"
        rows.append(
            (
                id_of(invoice),
                str(invoice.billing_reason),
                status,
                day(due),
                money(invoice.amount_due, invoice.currency),
            )
        )
    widths = [max(len(row[i]) for row in rows) for i in range(len(header))]
    for row in rows:
        demo.say("  " + "  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip())
    return invoices


__all__ = ["ClockNotReadyError", "recurring_by_invoice", "wait_until_ready"]
