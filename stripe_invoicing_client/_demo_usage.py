"""The demo's usage-based flow: a meter, a metered price and a subscription on a test clock;
usage reported as meter events (one cancelled by an adjustment), then the clock moved past the
month's end so the renewal invoice bills that usage (a step of `_demo.Demo.run`).

Stripe aggregates meter events in the background: before moving the clock the usage is read
back from the meter's event summaries, polled until it shows (the in-memory backend shows it at
once). The meter is deactivated at the end, so runs never collide on its event name.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from . import _demo_recurring as recurring
from ._demo_steps import day, items, money, step
from ._ids import id_of

if TYPE_CHECKING:
    from ._demo_steps import DemoSteps
    from .models import Invoice, TestClock

UNIT_AMOUNT = 5  # cents a search
# (searches, cancelled by an adjustment): the usage the renewal bills is the rest.
REPORTS = ((120, False), (300, False), (80, True))


def _billed() -> int:
    return sum(count for count, cancelled in REPORTS if not cancelled)


async def _usage(demo: DemoSteps, meter_id: str, customer: str, start: int, end: int) -> Any:
    """The meter's total for the customer over [start, end), once Stripe shows all of it."""
    timeout = recurring.CLOCK_TIMEOUT
    deadline = recurring._monotonic() + timeout
    while True:
        pager: Any = demo.client.billing.meters.list_event_summaries(
            meter_id, customer=customer, start_time=start, end_time=end
        )
        total: Any = 0
        async for found in items(pager):
            total += found.aggregated_value
        if total == _billed() or recurring._monotonic() >= deadline:
            return total
        await recurring._sleep(recurring.CLOCK_POLL_INTERVAL)


async def _renewal(client: Any, customer: str) -> Invoice | None:
    async for invoice in items(client.invoices.list(customer=customer)):
        if invoice.billing_reason == "subscription_cycle":
            found: Invoice = invoice
            return found
    return None


async def usage_based_billing(demo: DemoSteps) -> Invoice | None:
    """A month of searches billed in arrears: 0.05 USD each, counted by a meter."""
    client = demo.client
    demo.say("\n9. A usage-based subscription billed from meter events, a month on a test clock")
    tags = {"demo_run": demo.run_id}
    # Not annotated with the model: a client regenerated from a spec without meters (2022's)
    # has no `BillingMeter`, and the facade must still type-check over it.
    meter = await step(
        client.billing.meters.create(
            display_name="Searches",
            event_name=f"demo_searches_{demo.run_id}",
            default_aggregation={"formula": "sum"},
        )
    )
    demo.say(f"  meter                  {meter.id}  {meter.event_name}: the sum of the values")
    product = await step(client.products.create(name="Searches", metadata=tags))
    price = await step(
        client.prices.create(
            product=product.id,
            currency="usd",
            unit_amount=UNIT_AMOUNT,
            recurring={"interval": "month", "usage_type": "metered", "meter": meter.id},
            metadata=tags,
        )
    )
    demo.say(f"  metered price          {price.id}  {money(UNIT_AMOUNT, 'usd')} a search")
    clock = await demo.test_clock(product.created, f"demo usage {demo.run_id}")
    customer = await demo.customer(
        "Katherine Johnson", "katherine@example.com", test_clock=clock.id
    )
    subscription = await demo.subscription_by_invoice(customer, price.id)
    latest = subscription.latest_invoice
    first: Invoice = await step(
        client.invoices.retrieve(latest if isinstance(latest, str) else id_of(latest))
    )
    demo.say(
        f"  subscription           {subscription.id}  status={subscription.status}"
        f"  first invoice={money(first.total, first.currency)} (usage is billed in arrears)"
    )
    start = clock.frozen_time
    for n, (count, cancelled) in enumerate(REPORTS, 1):
        event = await step(
            client.billing.meter_events.create(
                event_name=meter.event_name,
                payload={"stripe_customer_id": customer.id, "value": str(count)},
                identifier=f"demo-{demo.run_id}-{n}",
                timestamp=start + n,
            )
        )
        demo.say(f"  meter event            {event.identifier}  {count} searches")
        if cancelled:
            await step(
                client.billing.meter_event_adjustments.create(
                    event_name=meter.event_name,
                    type="cancel",
                    cancel={"identifier": event.identifier},
                )
            )
            demo.say(f"  adjustment             {event.identifier}  cancelled (sent by mistake)")
    minute = 60
    since, until = start - start % minute, start - start % minute + 2 * minute
    total = await _usage(demo, meter.id, customer.id, since, until)
    demo.say(f"  usage so far           {total} searches (the meter's event summaries)")
    period_end = min(int(item["current_period_end"]) for item in subscription.items.data)
    clocks = client.test_helpers.test_clocks
    moved: TestClock = await step(
        clocks.advance(clock.id, frozen_time=period_end + recurring.PAST_RENEWAL)
    )
    moved = await recurring.wait_until_ready(clocks, moved)
    demo.say(f"  a month on             {day(moved.frozen_time)}")
    renewal = await _renewal(client, customer.id)
    if renewal is None:
        demo.say("  renewal invoice        - (not made yet)")
    else:
        demo.show("renewal invoice", renewal)
        async for line in items(client.invoices.list_lines(id_of(renewal))):
            amount = money(line.amount, line.currency)
            demo.say(f"  usage line             {line.quantity} searches  {amount}")
    meter = await step(client.billing.meters.deactivate(meter.id))
    demo.say(f"  meter                  {meter.id}  status={meter.status}")
    return renewal


__all__ = ["usage_based_billing"]
