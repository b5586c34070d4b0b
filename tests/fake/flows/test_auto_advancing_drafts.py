"""One-off drafts with `auto_advance` on the fake, sync and async: Stripe finalizes an
auto-advancing draft an hour after creating it (its automatic advancement guide), or at its
`automatically_finalizes_at`, which it sets when none is given (its scheduled finalization
guide); then it charges a `charge_automatically` one or emails a `send_invoice` one. The fake
does that as time moves on: the customer's test clock, or the fake's own clock for a customer
on none. A draft to be charged shows when in `next_payment_attempt`."""

from __future__ import annotations

from typing import Any

import pytest

from stripe_invoicing_client.models import Invoice
from stripe_invoicing_client.testing import FakeStripe

from ._support import GOOD, HOUR, START, TIMES, draft, payer, run, time_mover

LATER = START + 6 * HOUR  # after every finalization below
DUE = START + 30 * 86_400  # `draft`'s `days_until_due` from creation


@pytest.mark.parametrize("time", TIMES)
@pytest.mark.parametrize(
    ("params", "finalizes_at", "then"),
    [
        ({"collection_method": "charge_automatically"}, START + HOUR, "paid"),
        (
            {"collection_method": "charge_automatically", "automatically_finalizes_at": LATER},
            LATER,
            "paid",
        ),
        ({"collection_method": "send_invoice"}, START + HOUR, "open"),
        ({"collection_method": "charge_automatically", "auto_advance": False}, None, "draft"),
    ],
    ids=["charged_an_hour_on", "charged_when_scheduled", "emailed_an_hour_on", "left_alone"],
)
async def test_a_one_off_draft_advances_as_its_clock_passes_the_hour(
    client: Any,
    fake: FakeStripe,
    time: str,
    params: dict[str, Any],
    finalizes_at: int | None,
    then: str,
) -> None:
    on_time, move_to = await time_mover(client, fake, time)
    who = await payer(client, fake, GOOD, **on_time)
    params = {"auto_advance": True, **params}
    made = await draft(client, who, (2500,), **params)
    charged = params["collection_method"] == "charge_automatically"
    assert (made.created, made.test_clock) == (START, on_time.get("test_clock"))
    assert made.automatically_finalizes_at == finalizes_at
    assert made.next_payment_attempt == (finalizes_at if charged else None)

    await move_to((finalizes_at or START + HOUR) - 1)
    still: Invoice = await run(client.invoices.retrieve(str(made.id)))
    assert still.status == "draft"

    await move_to(LATER)
    after: Invoice = await run(client.invoices.retrieve(str(made.id)))
    assert (after.status, after.status_transitions.finalized_at) == (then, finalizes_at)
    assert (after.attempt_count, after.next_payment_attempt) == (int(then == "paid"), None)
    emailed = [sent.invoice for sent in fake.sent_invoices]
    assert emailed == ([made.id] if then == "open" else [])
    if not charged:
        assert after.due_date == DUE  # as made: a one-off invoice's terms are its own
