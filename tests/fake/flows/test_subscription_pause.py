"""Pausing and migrating subscriptions on the fake, sync and async: a paused subscription
(status `paused`, with why and since when) bills nothing and doesn't renew until resumed, its
unused time credited as `bill_for` says, pending or invoiced at once; migrating moves it to the
flexible billing mode, once."""

from __future__ import annotations

from typing import Any

import pytest

from stripe_invoicing_client import InvalidRequestError
from stripe_invoicing_client import models as m

from ..support import event_types
from ._support import (
    DAY,
    MONTHLY,
    START,
    items,
    meter,
    metered_price,
    on_clock,
    on_clock_by_invoice,
    run,
)

pytestmark = pytest.mark.usefixtures("team_plan")


async def _invoices(client: Any, customer_id: str) -> list[m.Invoice]:
    found = await items(client.invoices.list(customer=customer_id))
    return sorted(found, key=lambda invoice: invoice.created)


async def _pending(client: Any, customer_id: str) -> list[m.InvoiceItem]:
    found = await items(client.invoice_items.list(customer=customer_id, pending=True))
    return list(found)


async def test_a_paused_subscription_bills_nothing_until_resumed(client: Any, fake: Any) -> None:
    clock, who, sub = await on_clock_by_invoice(client)
    await run(client.test_helpers.test_clocks.advance(clock.id, frozen_time=START + 10 * DAY))
    paused = await run(client.subscriptions.pause(str(sub.id)))
    assert paused.status == "paused"
    details = paused.status_details.paused
    assert (details.type_, details.subscription.type_, details.transitioned_at) == (
        "subscription",
        "pause_requested",
        START + 10 * DAY,
    )
    # The unused 21 of 31 days are credited, pending for the next invoice.
    (credit,) = await _pending(client, str(who.id))
    assert credit.amount == -round(3000 * 21 / 31) and credit.proration is True
    types = event_types(fake, "customer.subscription.")
    assert types[-2:] == ["customer.subscription.updated", "customer.subscription.paused"]

    await run(client.test_helpers.test_clocks.advance(clock.id, frozen_time=START + 70 * DAY))
    assert [i.billing_reason for i in await _invoices(client, str(who.id))] == [
        "subscription_create"
    ]
    still = await run(client.subscriptions.retrieve(str(sub.id)))
    assert (still.status, still.items.data[0].current_period_end) == (
        "paused",
        sub.items.data[0].current_period_end,
    )
    # Only a subscription charged automatically resumes (test_subscription_resume): its
    # resumption invoice bills the new period, less the credit.
    with pytest.raises(InvalidRequestError, match="charged automatically"):
        await run(client.subscriptions.resume(str(sub.id)))
    await run(client.subscriptions.update(str(sub.id), collection_method="charge_automatically"))
    resumed = await run(client.subscriptions.resume(str(sub.id)))
    latest = (await _invoices(client, str(who.id)))[-1]
    assert (latest.id, latest.amount_due) == (resumed.latest_invoice, 3000 + credit.amount)


async def test_pausing_can_invoice_the_credit_at_once_or_credit_nothing(client: Any) -> None:
    clock, who, sub = await on_clock_by_invoice(client)
    await run(client.test_helpers.test_clocks.advance(clock.id, frozen_time=START + 10 * DAY))
    await run(client.subscriptions.pause(str(sub.id), invoicing_behavior="invoice"))
    latest = (await _invoices(client, str(who.id)))[-1]
    assert latest.billing_reason == "subscription_update"
    assert latest.total == -round(3000 * 21 / 31)
    assert await _pending(client, str(who.id)) == []

    _, other, second = await on_clock_by_invoice(client)
    await run(
        client.subscriptions.pause(str(second.id), bill_for={"unused_time_from": {"type": "none"}})
    )
    assert await _pending(client, str(other.id)) == []


async def test_pausing_from_the_period_start_credits_the_whole_period(client: Any) -> None:
    clock, who, sub = await on_clock_by_invoice(client)
    await run(client.test_helpers.test_clocks.advance(clock.id, frozen_time=START + 10 * DAY))
    await run(
        client.subscriptions.pause(
            str(sub.id), bill_for={"unused_time_from": {"type": "item_current_period_start"}}
        )
    )
    (credit,) = await _pending(client, str(who.id))
    assert credit.amount == -3000


async def test_what_can_t_be_paused_is_a_400(client: Any) -> None:
    _, _, sub = await on_clock_by_invoice(client)
    await run(client.subscriptions.pause(str(sub.id)))
    with pytest.raises(InvalidRequestError, match="paused"):
        await run(client.subscriptions.pause(str(sub.id)))
    _, _, other = await on_clock_by_invoice(client)
    await run(client.subscriptions.cancel(str(other.id)))
    with pytest.raises(InvalidRequestError, match="canceled"):
        await run(client.subscriptions.pause(str(other.id)))


async def test_migrate_moves_to_flexible_billing_once(client: Any) -> None:
    _, _, sub = await on_clock_by_invoice(client)
    assert (sub.billing_mode.type_, sub.billing_mode.updated_at) == ("classic", None)
    moved = await run(
        client.subscriptions.migrate(
            str(sub.id),
            billing_mode={"type": "flexible", "flexible": {"proration_discounts": "itemized"}},
        )
    )
    mode = moved.billing_mode
    assert (mode.type_, mode.flexible.proration_discounts) == ("flexible", "itemized")
    assert mode.updated_at == START  # the time of its clock
    assert (await run(client.subscriptions.retrieve(str(sub.id)))).billing_mode.type_ == "flexible"
    with pytest.raises(InvalidRequestError) as info:
        await run(client.subscriptions.migrate(str(sub.id), billing_mode={"type": "flexible"}))
    assert info.value.param == "billing_mode[type]"
    _, _, other = await on_clock_by_invoice(client)
    await run(client.subscriptions.cancel(str(other.id)))
    with pytest.raises(InvalidRequestError, match="canceled"):
        await run(client.subscriptions.migrate(str(other.id), billing_mode={"type": "flexible"}))


async def test_a_trial_ending_without_a_payment_method_pauses_with_that_reason(
    client: Any,
) -> None:
    clock, who = await on_clock(client)
    sub = await run(
        client.subscriptions.create(
            customer=str(who.id),
            items=[{"price_data": MONTHLY}],
            trial_period_days=7,
            trial_settings={"end_behavior": {"missing_payment_method": "pause"}},
        )
    )
    await run(client.test_helpers.test_clocks.advance(clock.id, frozen_time=START + 40 * DAY))
    paused = await run(client.subscriptions.retrieve(str(sub.id)))
    details = paused.status_details.paused
    assert (details.subscription.type_, details.transitioned_at) == (
        "trial_end_without_payment_method",
        START + 7 * DAY,
    )
    # Paused, it didn't renew: nothing billed after the trial's zero invoice.
    assert len(await _invoices(client, str(who.id))) == 1


async def test_a_subscription_a_schedule_drives_can_t_be_paused(client: Any) -> None:
    _, _, sub = await on_clock_by_invoice(client)
    await run(client.subscription_schedules.create(from_subscription=str(sub.id)))
    with pytest.raises(InvalidRequestError, match="schedule"):
        await run(client.subscriptions.pause(str(sub.id)))
    assert (await run(client.subscriptions.retrieve(str(sub.id)))).status == "active"


async def _metered(client: Any, event_name: str) -> tuple[Any, m.Customer, m.Subscription]:
    price = await metered_price(client, (await meter(client, event_name)).id, unit_amount=5)
    clock, who, sub = await on_clock_by_invoice(client, items=[{"price": price.id}])
    await run(client.test_helpers.test_clocks.advance(clock.id, frozen_time=START + 10 * DAY))
    await run(
        client.billing.meter_events.create(
            event_name=event_name,
            payload={"stripe_customer_id": str(who.id), "value": "40"},
            timestamp=START + 5 * DAY,
        )
    )
    return clock, who, sub


async def test_pausing_bills_the_usage_so_far_unless_told_not_to(client: Any) -> None:
    _, who, sub = await _metered(client, "api_calls")
    await run(client.subscriptions.pause(str(sub.id), invoicing_behavior="invoice"))
    # The usage so far is billed (40 x 0.05); a metered item has no unused time to credit.
    latest = (await _invoices(client, str(who.id)))[-1]
    assert (latest.billing_reason, latest.total) == ("subscription_update", 200)
    lines = await items(client.invoices.list_lines(str(latest.id)))
    assert [(line.amount, line.quantity) for line in lines] == [(200, 40)]

    _, other, second = await _metered(client, "searches")
    await run(
        client.subscriptions.pause(
            str(second.id),
            invoicing_behavior="invoice",
            bill_for={"outstanding_usage_through": {"type": "none"}},
        )
    )
    reasons = [i.billing_reason for i in await _invoices(client, str(other.id))]
    assert reasons == ["subscription_create"]
