"""A subscription's trial as time goes by, sync and async: its first invoice is free as
`invoice.created` tells of it."""

from __future__ import annotations

from typing import Any

import pytest

from stripe_invoicing_client.testing import FakeStripe

from ._support import (
    GOOD,
    customer,
    paying_with,
    run,
    subscribe,
)

pytestmark = pytest.mark.usefixtures("team_plan")


def _told(fake: FakeStripe, kind: str) -> list[dict[str, Any]]:
    return [event for event in fake.events if event["type"] == kind]


@pytest.mark.parametrize("one_time", [0, 4000], ids=["plain", "with_a_one_time_item"])
async def test_a_trials_first_invoice_is_free_when_it_is_told_created(
    client: Any, fake: FakeStripe, one_time: int
) -> None:
    # `add_invoice_items` are still due on it; the subscription's own lines are free.
    added = [{"price": fake.create_price(one_time), "quantity": 1}] if one_time else []
    who = await customer(client, **paying_with(GOOD))
    sub = await subscribe(client, str(who.id), trial_period_days=7, add_invoice_items=added)
    (created,) = [e["data"]["object"] for e in _told(fake, "invoice.created")]
    first = await run(client.invoices.retrieve(str(sub.latest_invoice)))
    assert created["id"] == first.id
    assert (created["subtotal"], created["total"], first.total) == (one_time, one_time, one_time)
    told_lines = sorted(line["amount"] for line in created["lines"]["data"])
    assert told_lines == sorted(line.amount for line in first.lines.data)
    assert told_lines == sorted([0, one_time] if one_time else [0])
