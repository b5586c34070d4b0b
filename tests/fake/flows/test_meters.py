"""Usage-based billing through both clients on the in-memory backend: meters (sum, count, last),
meter events and their identifiers, adjustments that cancel an event, event summaries, and a
metered price billed at renewal from the usage of the period that ended."""

from __future__ import annotations

from typing import Any

import pytest

from stripe_invoicing_client import InvalidRequestError
from stripe_invoicing_client import models as m
from stripe_invoicing_client.testing import FakeStripe

from ..support import event_types
from ._support import (
    DAY,
    HOUR,
    START,
    Formula,
    customer,
    items,
    meter,
    metered_price,
    objects,
    on_clock_by_invoice,
    run,
    sent,
    webhooks,
)


async def report(
    client: Any, who: str, value: int | str, event_name: str = "api_calls", **params: Any
) -> Any:
    payload = {"stripe_customer_id": who, "value": str(value)}
    return await run(
        client.billing.meter_events.create(event_name=event_name, payload=payload, **params)
    )


async def summary(
    client: Any, meter_id: str, who: str, start: int, end: int, **params: Any
) -> list[Any]:
    found: list[Any] = await items(
        client.billing.meters.list_event_summaries(
            meter_id, customer=who, start_time=start, end_time=end, **params
        )
    )
    return found


async def test_a_meter_is_created_renamed_deactivated_and_reactivated(
    client: Any, fake: FakeStripe
) -> None:
    made = await meter(client)
    assert isinstance(made, m.BillingMeter)
    assert (made.status, made.event_name, made.default_aggregation.formula) == (
        "active",
        "api_calls",
        "sum",
    )
    assert made.customer_mapping.event_payload_key == "stripe_customer_id"
    assert made.customer_mapping.type_ == "by_id"
    assert made.value_settings.event_payload_key == "value"
    assert made.status_transitions.deactivated_at is None
    renamed = await run(client.billing.meters.update(made.id, display_name="Calls"))
    assert (renamed.display_name, renamed.event_name) == ("Calls", "api_calls")
    off = await run(client.billing.meters.deactivate(made.id))
    assert off.status == "inactive" and off.status_transitions.deactivated_at is not None
    with pytest.raises(InvalidRequestError) as refused:
        await report(client, (await customer(client)).id, 3)
    assert refused.value.param == "event_name"
    assert [x.id for x in await items(client.billing.meters.list(status="inactive"))] == [made.id]
    on = await run(client.billing.meters.reactivate(made.id))
    assert on.status == "active"
    again = await run(client.billing.meters.retrieve(made.id))
    assert again.to_dict() == on.to_dict()
    assert event_types(fake, "billing.meter") == [
        "billing.meter.created",
        "billing.meter.updated",
        "billing.meter.deactivated",
        "billing.meter.reactivated",
    ]


async def test_an_event_name_is_unique_among_active_meters(client: Any) -> None:
    first = await meter(client)
    with pytest.raises(InvalidRequestError) as taken:
        await meter(client)
    assert taken.value.param == "event_name"
    await run(client.billing.meters.deactivate(first.id))
    second = await meter(client)
    with pytest.raises(InvalidRequestError) as still_taken:
        await run(client.billing.meters.reactivate(first.id))
    assert still_taken.value.param == "event_name"
    assert second.status == "active"


@pytest.mark.parametrize(("formula", "expected"), [("sum", 35), ("count", 3), ("last", 20)])
async def test_events_are_aggregated_per_customer_by_the_formula(
    client: Any, fake: FakeStripe, formula: Formula, expected: int
) -> None:
    made = await meter(client, formula=formula)
    ada, bob = (await customer(client, "Ada Lovelace")).id, (await customer(client, "Bob Ross")).id
    now = fake.clock.now()
    for offset, value in ((-3 * HOUR, 10), (-2 * HOUR, 5), (-HOUR, 20)):
        await report(client, ada, value, timestamp=now + offset)
    await report(client, bob, 1000, timestamp=now - HOUR)
    [found] = await summary(client, made.id, ada, now - DAY, now + 60)
    assert isinstance(found, m.BillingMeterEventSummary)
    assert (found.aggregated_value, found.meter) == (expected, made.id)
    assert (found.start_time, found.end_time) == (now - DAY, now + 60)


async def test_a_value_grouping_window_summarizes_per_hour(client: Any, fake: FakeStripe) -> None:
    made = await meter(client)
    who = (await customer(client)).id
    now = fake.clock.now()  # on the hour
    await report(client, who, 4, timestamp=now - 2 * HOUR + 5)
    await report(client, who, 6, timestamp=now - 2 * HOUR + 50)
    await report(client, who, 1, timestamp=now - 10)
    found = await summary(client, made.id, who, now - 3 * HOUR, now, value_grouping_window="hour")
    by_start = {s.start_time: s.aggregated_value for s in found}
    assert by_start == {now - 3 * HOUR: 0, now - 2 * HOUR: 10, now - HOUR: 1}
    with pytest.raises(InvalidRequestError) as unaligned:
        await summary(client, made.id, who, now - 90, now, value_grouping_window="hour")
    assert unaligned.value.param == "start_time"


async def test_an_identifier_is_taken_once_and_an_adjustment_cancels_its_event(
    client: Any, fake: FakeStripe
) -> None:
    made = await meter(client)
    who = (await customer(client)).id
    first = await report(client, who, 7, identifier="call-1")
    assert isinstance(first, m.BillingMeterEvent)
    assert (first.identifier, first.payload["value"], first.timestamp) == (
        "call-1",
        "7",
        fake.clock.now(),
    )
    with pytest.raises(InvalidRequestError) as duplicate:
        await report(client, who, 7, identifier="call-1")
    assert duplicate.value.param == "identifier"
    generated = await report(client, who, 5)
    assert generated.identifier and generated.identifier != "call-1"
    adjustment = await run(
        client.billing.meter_event_adjustments.create(
            event_name="api_calls", type="cancel", cancel={"identifier": "call-1"}
        )
    )
    assert isinstance(adjustment, m.BillingMeterEventAdjustment)
    assert adjustment.cancel is not None
    assert (adjustment.type_, adjustment.cancel.identifier) == ("cancel", "call-1")
    now = fake.clock.now()
    [found] = await summary(client, made.id, who, now - HOUR, now + 60)
    assert found.aggregated_value == 5
    with pytest.raises(InvalidRequestError) as twice:
        await run(
            client.billing.meter_event_adjustments.create(
                event_name="api_calls", type="cancel", cancel={"identifier": "call-1"}
            )
        )
    assert twice.value.param == "cancel[identifier]"


async def test_events_outside_stripe_s_window_or_without_a_customer_are_refused(
    client: Any, fake: FakeStripe
) -> None:
    await meter(client)
    who = (await customer(client)).id
    now = fake.clock.now()
    for when in (now - 36 * DAY, now + 6 * 60):
        with pytest.raises(InvalidRequestError) as outside:
            await report(client, who, 1, timestamp=when)
        assert outside.value.param == "timestamp"
    with pytest.raises(InvalidRequestError) as no_customer:
        await run(
            client.billing.meter_events.create(event_name="api_calls", payload={"value": "1"})
        )
    assert no_customer.value.param == "payload[stripe_customer_id]"
    for value in ("many", "1e400", "NaN", "1" * 16):
        with pytest.raises(InvalidRequestError) as not_a_number:
            await report(client, who, value)
        assert not_a_number.value.param == "payload[value]"


async def test_a_metered_price_needs_a_meter(client: Any) -> None:
    product = await run(client.products.create(name="API calls"))
    metered = {"interval": "month", "usage_type": "metered"}
    for price in (
        {"product": product.id, "recurring": metered},
        {"product_data": {"name": "Orphan"}, "recurring": {**metered, "meter": "mtr_nope"}},
    ):
        with pytest.raises(InvalidRequestError) as refused:
            await run(client.prices.create(currency="usd", unit_amount=5, **price))
        assert refused.value.param == "recurring[meter]"
    names = [p.name for p in await items(client.products.list())]
    assert names == ["API calls"]  # the refused price made no product


async def test_a_usage_based_subscription_is_billed_from_meter_events_on_a_test_clock(
    client: Any, fake: FakeStripe
) -> None:
    """End to end: nothing charged up front for the metered item; at renewal, the usage of the
    period that ended (an event cancelled, one after the period left out) becomes a line."""
    made = await meter(client, "searches", display_name="Searches")
    price = await metered_price(client, made.id, unit_amount=5)
    clock, who, sub = await on_clock_by_invoice(client, items=[{"price": price.id}])
    [item] = sub.items.data
    assert sent(item.price.recurring).usage_type == "metered" and item.quantity is None
    first = await run(client.invoices.retrieve(sub.latest_invoice))
    assert (first.billing_reason, first.amount_due) == ("subscription_create", 0)
    clocks = client.test_helpers.test_clocks
    await run(clocks.advance(clock.id, frozen_time=START + 10 * DAY))
    first_call = (await report(client, who.id, 300, event_name="searches")).identifier
    await report(client, who.id, 120, event_name="searches", identifier="oops")
    cancel = {"identifier": "oops"}
    await run(
        client.billing.meter_event_adjustments.create(
            event_name="searches", type="cancel", cancel=cancel
        )
    )
    await run(clocks.advance(clock.id, frozen_time=START + 20 * DAY))
    await report(client, who.id, 100, event_name="searches", timestamp=START + 20 * DAY - HOUR)
    with pytest.raises(InvalidRequestError, match="24 hours"):
        await run(
            client.billing.meter_event_adjustments.create(
                event_name="searches", type="cancel", cancel={"identifier": first_call}
            )
        )
    end = START + 31 * DAY  # January's period ends on February 1
    await run(clocks.advance(clock.id, frozen_time=end - 60))
    await report(client, who.id, 9999, event_name="searches", timestamp=end + 30)
    await run(clocks.advance(clock.id, frozen_time=end + 2 * HOUR))
    found = sorted(await items(client.invoices.list(customer=who.id)), key=lambda i: i.created)
    assert [i.billing_reason for i in found] == ["subscription_create", "subscription_cycle"]
    renewal = found[1]
    assert (renewal.status, renewal.amount_due) == ("open", 400 * 5)
    [line] = await items(client.invoices.list_lines(renewal.id))
    assert (line.quantity, line.amount) == (400, 2000)
    assert (line.period.start, line.period.end) == (START, end)
    [usage] = await summary(client, made.id, who.id, START, end)
    assert usage.aggregated_value == 400


async def test_meter_webhooks_parse_as_typed_events(client: Any, fake: FakeStripe) -> None:
    made = await meter(client)
    await run(client.billing.meters.update(made.id, display_name="Calls"))
    await run(client.billing.meters.deactivate(made.id))
    meters = webhooks(fake, "billing.meter.")
    assert [e.type for e in meters] == [
        "billing.meter.created",
        "billing.meter.updated",
        "billing.meter.deactivated",
    ]
    assert [type(e.data.object) for e in meters] == [m.BillingMeter] * 3
    assert objects(meters, m.BillingMeter)[-1].status == "inactive"


async def test_a_metered_item_takes_no_quantity(client: Any) -> None:
    price = await metered_price(client, (await meter(client)).id)
    with pytest.raises(InvalidRequestError) as refused:
        await on_clock_by_invoice(client, items=[{"price": price.id, "quantity": 3}])
    assert refused.value.param == "items[0][quantity]"


async def test_cancelling_with_invoice_now_bills_the_usage_so_far(client: Any) -> None:
    made = await meter(client)
    price = await metered_price(client, made.id, unit_amount=2)
    clock, who, sub = await on_clock_by_invoice(client, items=[{"price": price.id}])
    await run(client.test_helpers.test_clocks.advance(clock.id, frozen_time=START + 5 * DAY))
    await report(client, who.id, 250)
    canceled = await run(client.subscriptions.cancel(sub.id, invoice_now=True))
    assert canceled.status == "canceled"
    final = await run(client.invoices.retrieve(canceled.latest_invoice))
    assert final.id != sub.latest_invoice and final.subtotal == 500
    [line] = await items(client.invoices.list_lines(final.id))
    assert (line.quantity, line.period.start, line.period.end) == (250, START, START + 5 * DAY)


async def test_an_item_keeps_its_usage_type(client: Any) -> None:
    metered = await metered_price(client, (await meter(client)).id)
    _, _, sub = await on_clock_by_invoice(client, items=[{"price": metered.id}])
    [item] = sub.items.data
    licensed = await run(
        client.prices.create(
            product=metered.product,
            currency="usd",
            unit_amount=900,
            recurring={"interval": "month"},
        )
    )
    for change, param in (
        ({"id": item.id, "price": licensed.id}, "items[0][price]"),
        ({"id": item.id, "quantity": 4}, "items[0][quantity]"),
    ):
        with pytest.raises(InvalidRequestError) as refused:
            await run(client.subscriptions.update(sub.id, items=[change]))
        assert refused.value.param == param
    again = await run(client.subscriptions.retrieve(sub.id))
    assert again.items.data[0].price.id == metered.id and again.items.data[0].quantity is None


async def test_cancelling_at_period_end_bills_the_last_period_s_usage(client: Any) -> None:
    made = await meter(client)
    price = await metered_price(client, made.id, unit_amount=3)
    clock, who, sub = await on_clock_by_invoice(
        client, items=[{"price": price.id}], cancel_at_period_end=True
    )
    clocks = client.test_helpers.test_clocks
    await run(clocks.advance(clock.id, frozen_time=START + 3 * DAY))
    await report(client, who.id, 70)
    await run(clocks.advance(clock.id, frozen_time=START + 31 * DAY + 2 * HOUR))
    ended = await run(client.subscriptions.retrieve(sub.id))
    assert ended.status == "canceled"
    found = sorted(await items(client.invoices.list(customer=who.id)), key=lambda i: i.created)
    assert [i.total for i in found] == [0, 210]
    [line] = await items(client.invoices.list_lines(found[1].id))
    assert (line.quantity, line.period.start, line.period.end) == (70, START, START + 31 * DAY)


async def test_usage_reported_while_the_renewal_is_a_draft_is_billed(client: Any) -> None:
    """Stripe keeps a renewal a draft for about an hour: usage of the period that ended,
    reported in that hour, is on the invoice when it is finalized."""
    made = await meter(client)
    price = await metered_price(client, made.id, unit_amount=10)
    clock, who, _ = await on_clock_by_invoice(client, items=[{"price": price.id}])
    end = START + 31 * DAY
    clocks = client.test_helpers.test_clocks
    await run(clocks.advance(clock.id, frozen_time=end - DAY))
    await report(client, who.id, 4)
    await run(clocks.advance(clock.id, frozen_time=end + HOUR // 2))
    [draft] = [i for i in await items(client.invoices.list(customer=who.id, status="draft"))]
    assert draft.total == 40
    await report(client, who.id, 6, timestamp=end - 600)  # late, for the period that ended
    await report(client, who.id, 100)  # the new period's: billed next month
    await run(clocks.advance(clock.id, frozen_time=end + 2 * HOUR))
    renewal = await run(client.invoices.retrieve(draft.id))
    assert (renewal.status, renewal.total) == ("open", 100)
    [line] = await items(client.invoices.list_lines(renewal.id))
    assert (line.quantity, line.amount) == (10, 100)
