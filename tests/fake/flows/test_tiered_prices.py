"""Tiered prices billed through both clients: invoice items, subscription items and their
renewals, metered usage, add_invoice_items, quotes and previews all price a quantity by the
tiers (amounts worked out by hand below); prorating a tiered item is refused by name.

The tiers: units 1-5 at 10.00 with a flat 2.00, units 6 and up at 8.00 with a flat 5.00.
- graduated: 3 -> 3 x 1000 + 200 = 3200; 8 -> 5 x 1000 + 200 + 3 x 800 + 500 = 8100
- volume: 3 -> 3 x 1000 + 200 = 3200; 8 -> 8 x 800 + 500 = 6900
"""

from __future__ import annotations

from typing import Any

import pytest

from stripe_invoicing_client import InvalidRequestError

from ._support import (
    DAY,
    HOUR,
    START,
    customer,
    items,
    meter,
    on_clock,
    on_clock_by_invoice,
    run,
)

TIERS = [
    {"up_to": 5, "unit_amount": 1000, "flat_amount": 200},
    {"up_to": "inf", "unit_amount": 800, "flat_amount_decimal": "500"},
]
MONTHLY = {"interval": "month"}


async def tiered_price(client: Any, mode: str, recurring: dict[str, Any] | None = None) -> str:
    product = await run(client.products.create(name="Seats"))
    params: dict[str, Any] = {"billing_scheme": "tiered", "tiers_mode": mode, "tiers": TIERS}
    if recurring is not None:
        params["recurring"] = recurring
    price = await run(client.prices.create(product=product.id, currency="usd", **params))
    return str(price.id)


# (tiers_mode, quantity) -> amount, worked out in the module's docstring.
AMOUNTS = {("graduated", 3): 3200, ("graduated", 8): 8100, ("volume", 3): 3200, ("volume", 8): 6900}


@pytest.mark.parametrize(("mode", "quantity"), list(AMOUNTS))
async def test_an_invoice_item_of_a_tiered_price_is_priced_by_its_tiers(
    client: Any, mode: str, quantity: int
) -> None:
    price = await tiered_price(client, mode)
    who = await customer(client)
    made = await run(
        client.invoice_items.create(customer=who.id, pricing={"price": price}, quantity=quantity)
    )
    assert made.amount == AMOUNTS[mode, quantity]
    assert made.pricing.unit_amount_decimal is None
    # A new quantity is priced by the tiers again.
    other = 3 if quantity == 8 else 8
    again = await run(client.invoice_items.update(made.id, quantity=other))
    assert again.amount == AMOUNTS[mode, other]


async def test_a_subscription_to_a_tiered_price_bills_each_period_by_its_tiers(
    client: Any,
) -> None:
    price = await tiered_price(client, "graduated", MONTHLY)
    clock, _, sub = await on_clock_by_invoice(client, items=[{"price": price, "quantity": 8}])
    first = await run(client.invoices.retrieve(sub.latest_invoice))
    assert first.amount_due == 8100
    [item] = sub.items.data
    assert (item.price.billing_scheme, item.plan.tiers_mode) == ("tiered", "graduated")
    await run(client.test_helpers.test_clocks.advance(clock.id, frozen_time=START + 32 * DAY))
    renewal = await run(
        client.invoices.retrieve((await run(client.subscriptions.retrieve(sub.id))).latest_invoice)
    )
    assert (renewal.billing_reason, renewal.amount_due) == ("subscription_cycle", 8100)
    preview = await run(client.invoices.create_preview(subscription=sub.id))
    assert preview.amount_due == 8100


async def test_metered_usage_of_a_tiered_price_is_billed_by_its_tiers(client: Any) -> None:
    made = await meter(client)
    recurring = {**MONTHLY, "usage_type": "metered", "meter": made.id}
    price = await tiered_price(client, "volume", recurring)
    clock, who, sub = await on_clock_by_invoice(client, items=[{"price": price}])
    await run(client.test_helpers.test_clocks.advance(clock.id, frozen_time=START + 3 * DAY))
    payload = {"stripe_customer_id": who.id, "value": "8"}
    await run(client.billing.meter_events.create(event_name="api_calls", payload=payload))
    clocks = client.test_helpers.test_clocks
    await run(clocks.advance(clock.id, frozen_time=START + 31 * DAY + 2 * HOUR))
    latest = (await run(client.subscriptions.retrieve(sub.id))).latest_invoice
    renewal = await run(client.invoices.retrieve(latest))
    assert renewal.amount_due == 6900


async def test_add_invoice_items_and_quotes_price_a_tiered_price_by_its_tiers(
    client: Any,
) -> None:
    one_time = await tiered_price(client, "graduated")
    monthly = await tiered_price(client, "volume", MONTHLY)
    who = await customer(client)
    sub = await run(
        client.subscriptions.create(
            customer=who.id,
            items=[{"price": monthly, "quantity": 3}],
            add_invoice_items=[{"price": one_time, "quantity": 8}],
            collection_method="send_invoice",
            days_until_due=30,
        )
    )
    first = await run(client.invoices.retrieve(sub.latest_invoice))
    assert first.amount_due == 3200 + 8100
    quote = await run(
        client.quotes.create(
            customer=who.id,
            line_items=[{"price": one_time, "quantity": 8}, {"price": monthly, "quantity": 8}],
        )
    )
    lines = await items(client.quotes.list_line_items(str(quote.id)))
    assert [line.amount_total for line in lines] == [8100, 6900]


async def test_prorating_a_tiered_item_is_refused_by_name(client: Any) -> None:
    price = await tiered_price(client, "graduated", MONTHLY)
    clock, _, sub = await on_clock_by_invoice(client, items=[{"price": price, "quantity": 3}])
    [item] = sub.items.data
    await run(client.test_helpers.test_clocks.advance(clock.id, frozen_time=START + 10 * DAY))
    with pytest.raises(InvalidRequestError) as refused:
        await run(client.subscription_items.update(item.id, quantity=8))
    assert refused.value.param == "proration_behavior"
    assert "FakeStripe does not model prorating a tiered price" in str(refused.value)
    await run(client.subscription_items.update(item.id, quantity=8, proration_behavior="none"))
    await run(client.test_helpers.test_clocks.advance(clock.id, frozen_time=START + 32 * DAY))
    latest = (await run(client.subscriptions.retrieve(sub.id))).latest_invoice
    assert (await run(client.invoices.retrieve(latest))).amount_due == 8100


async def test_a_tiered_item_prorated_up_to_an_anchor_is_refused_before_anything_is_kept(
    client: Any,
) -> None:
    price = await tiered_price(client, "graduated", MONTHLY)
    clock, who = await on_clock(client)
    params: dict[str, Any] = {
        "customer": who.id,
        "items": [{"price": price, "quantity": 3}],
        "billing_cycle_anchor": START + 10 * DAY,
        "collection_method": "send_invoice",
        "days_until_due": 30,
    }
    with pytest.raises(InvalidRequestError) as refused:
        await run(client.subscriptions.create(**params))
    assert refused.value.param == "proration_behavior"
    assert await items(client.subscriptions.list(customer=who.id, status="all")) == []
    assert await items(client.invoices.list(customer=who.id)) == []
    # Not prorated, the short period up to the anchor is free; the anchor bills the tiers.
    sub = await run(client.subscriptions.create(**params, proration_behavior="none"))
    await run(client.test_helpers.test_clocks.advance(clock.id, frozen_time=START + 11 * DAY))
    latest = (await run(client.subscriptions.retrieve(sub.id))).latest_invoice
    assert (await run(client.invoices.retrieve(latest))).amount_due == 3200


# Tiers that bill nothing make a zero-amount price, as a free per-unit price is.
FREE_TIERS = [{"up_to": 5, "unit_amount": 0}, {"up_to": "inf", "flat_amount": 0}]


@pytest.mark.parametrize("free_tiered", [True, False], ids=["free_tiers", "tiered_joins"])
async def test_a_paid_price_joining_free_ones_resets_the_period_with_tiers(
    client: Any, free_tiered: bool
) -> None:
    """Stripe's billing cycle guide: a paid price joining zero-amount ones resets the period."""
    seats = await run(client.products.create(name="Seats"))
    tiered = {"billing_scheme": "tiered", "recurring": MONTHLY, "currency": "usd"}
    free = await run(
        client.prices.create(product=seats.id, tiers_mode="volume", tiers=FREE_TIERS, **tiered)
        if free_tiered
        else client.prices.create(
            product=seats.id, unit_amount=0, currency="usd", recurring=MONTHLY
        )
    )
    paid = await run(
        client.prices.create(product=seats.id, unit_amount=3000, currency="usd", recurring=MONTHLY)
        if free_tiered
        else client.prices.create(product=seats.id, tiers_mode="graduated", tiers=TIERS, **tiered)
    )
    clock, _, sub = await on_clock_by_invoice(client, items=[{"price": free.id, "quantity": 3}])
    now = START + 10 * DAY
    await run(client.test_helpers.test_clocks.advance(clock.id, frozen_time=now))
    # Prorating a tiered item is refused (above), so the free tiers' unused time isn't credited.
    unprorated = {"proration_behavior": "none"} if free_tiered else {}
    changed = await run(
        client.subscriptions.update(sub.id, items=[{"price": paid.id, "quantity": 3}], **unprorated)
    )
    assert changed.billing_cycle_anchor == now
    invoice = await run(client.invoices.retrieve(str(changed.latest_invoice)))
    assert (invoice.billing_reason, invoice.amount_due) == (
        "subscription_update",
        9000 if free_tiered else 3200,  # 3 x 30.00; graduated 3 (above)
    )
