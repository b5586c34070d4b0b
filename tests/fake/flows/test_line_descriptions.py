"""What a subscription's invoice lines say, as Stripe's answers write them: the quantity, a
multiplication sign and the product's name, with the unit amount and interval where the fake
knows how Stripe writes them; a proration's unused or remaining time after the day it starts,
its quantity only when more than one."""

from __future__ import annotations

from typing import Any

import pytest

from stripe_invoicing_client import models as m

from ._support import (
    DAY,
    MONTHLY,
    MULTIPLIED,
    START,
    by_invoice,
    catalog_price,
    items,
    on_clock,
    run,
)

# `MONTHLY`, the inline price these tests vary, is a price of the product "Team plan".
pytestmark = pytest.mark.usefixtures("team_plan")


async def first_line(client: Any, sub: m.Subscription) -> str | None:
    """The description of the one line of the subscription's first invoice."""
    [invoice] = await items(client.invoices.list(subscription=sub.id))
    [line] = invoice.lines.data
    description: str | None = line.description
    return description


@pytest.mark.parametrize(
    ("quantity", "price", "description"),
    [
        (1, {}, f"1 {MULTIPLIED} Team plan (at $30.00 / month)"),
        (4, {}, f"4 {MULTIPLIED} Team plan (at $30.00 / month)"),
        (1, {"unit_amount": 123456}, f"1 {MULTIPLIED} Team plan (at $1,234.56 / month)"),
        (1, {"recurring": {"interval": "year"}}, f"1 {MULTIPLIED} Team plan (at $30.00 / year)"),
        (
            1,
            {"currency": "eur", "recurring": {"interval": "month", "interval_count": 3}},
            f"1 {MULTIPLIED} Team plan (at €30.00 / every 3 months)",
        ),
        (1, {"currency": "chf"}, f"1 {MULTIPLIED} Team plan (at CHF 30.00 / month)"),
        (1, {"currency": "aud"}, f"1 {MULTIPLIED} Team plan (at $30.00 / month)"),
        # No captured answer shows these: the quantity and name only.
        (2, {"currency": "gbp"}, f"2 {MULTIPLIED} Team plan"),
        (2, {"recurring": {"interval": "week"}}, f"2 {MULTIPLIED} Team plan"),
        (1, {"unit_amount_decimal": "2999.5", "unit_amount": None}, f"1 {MULTIPLIED} Team plan"),
    ],
)
async def test_a_period_s_line_names_the_product_and_its_price(
    client: Any, quantity: int, price: dict[str, Any], description: str
) -> None:
    _clock, who = await on_clock(client)
    data = {k: v for k, v in {**MONTHLY, **price}.items() if v is not None}
    sub = await by_invoice(client, who.id, items=[{"price_data": data, "quantity": quantity}])
    assert await first_line(client, sub) == description


async def test_a_line_names_the_product_not_the_price_s_nickname(client: Any) -> None:
    _clock, who = await on_clock(client)
    price = await catalog_price(client, nickname="Seat")
    sub = await by_invoice(client, who.id, items=[{"price": price.id}])
    assert await first_line(client, sub) == f"1 {MULTIPLIED} Seats (at $25.00 / month)"


@pytest.mark.parametrize(
    ("before", "after", "credit", "charge"),
    [
        (2, 3, f"2 {MULTIPLIED} Team plan", f"3 {MULTIPLIED} Team plan"),
        (3, 1, f"3 {MULTIPLIED} Team plan", "Team plan"),
    ],
)
async def test_a_proration_names_the_time_the_quantity_over_one_and_the_day(
    client: Any, before: int, after: int, credit: str, charge: str
) -> None:
    clock, who = await on_clock(client)
    sub = await by_invoice(client, who.id, items=[{"price_data": MONTHLY, "quantity": before}])
    # 23:00 UTC on 16 January: the day is UTC's.
    await run(
        client.test_helpers.test_clocks.advance(clock.id, frozen_time=START + 15 * DAY + 82_800)
    )
    [item] = sub.items.data
    await run(
        client.subscription_items.update(
            item.id, quantity=after, proration_behavior="always_invoice"
        )
    )
    found = await items(client.invoices.list(subscription=sub.id))
    [update] = [i for i in found if i.billing_reason == "subscription_update"]
    assert sorted(line.description or "" for line in update.lines.data) == [
        f"Remaining time on {charge} after 16 Jan 2026",
        f"Unused time on {credit} after 16 Jan 2026",
    ]
