"""`invoice.overdue` on the fake, sync and async: sent once for any open invoice whose due date
passed, a one-off one too, as its customer's test clock (or, for a customer on none, the fake's
own clock) passes it. Only a subscription's invoice makes its subscription past_due
(test_recurring.py)."""

from __future__ import annotations

from typing import Any

import pytest

from stripe_invoicing_client.models import Invoice
from stripe_invoicing_client.testing import FakeStripe

from ._support import DAY, START, TIMES, draft, payer, run, time_mover

DUE = START + 30 * DAY  # `draft`'s `days_until_due` from START


def overdue_events(fake: FakeStripe) -> list[str]:
    """The invoice ids `invoice.overdue` was sent for, in order."""
    return [e["data"]["object"]["id"] for e in fake.events if e["type"] == "invoice.overdue"]


@pytest.mark.parametrize("time", TIMES)
async def test_a_one_off_invoice_past_its_due_date_is_told_overdue_once(
    client: Any, fake: FakeStripe, time: str
) -> None:
    on_time, move_to = await time_mover(client, fake, time)
    who = await payer(client, fake, None, **on_time)
    unpaid = await draft(client, who)
    paid = await draft(client, who)
    for made in (unpaid, paid):
        await run(client.invoices.finalize(str(made.id)))
    await run(client.invoices.pay(str(paid.id), paid_out_of_band=True))

    async def at(when: int) -> Invoice:
        """The unpaid invoice at `when` (a request: the fake's own clock is caught up with
        as one comes in)."""
        await move_to(when)
        found: Invoice = await run(client.invoices.retrieve(str(unpaid.id)))
        return found

    await at(DUE)
    assert overdue_events(fake) == []  # due, not yet past due
    await at(DUE + 1)
    assert overdue_events(fake) == [unpaid.id]
    [event] = [e for e in fake.events if e["type"] == "invoice.overdue"]
    assert event["created"] == DUE + 1
    assert (await at(DUE + 40 * DAY)).status == "open"
    assert overdue_events(fake) == [unpaid.id]  # once
