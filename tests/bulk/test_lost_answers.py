"""Sends whose answer was lost, or was a 500 Stripe saved after it emailed the invoice: the run
settles them by Stripe's record (the send went: "sent"), and no rerun emails them again."""

from __future__ import annotations

from collections import Counter

import pytest

from stripe_invoicing_client._bulk import send_invoices
from stripe_invoicing_client.testing import DropAfterWrite, FailAfterWrite, FailRequest, FakeStripe

from ._support import SEND, client_for, counts, drafts, sends


async def test_a_send_answered_500_after_it_was_applied_is_sent_and_never_again() -> None:
    # Stripe saved the 500: every retry with the key replays it. Its events say the email
    # went: the run says "sent", and no rerun emails it again, even once the key expired.
    fake = FakeStripe()
    ids = await drafts(fake, 2)
    fake.inject(FailAfterWrite(500), times=1, method="POST", path=SEND)
    summary = await send_invoices(client_for(fake, max_retries=2))
    assert counts(summary) == {"sent": 2}
    for hours in (1, 25, 24 * 20):
        fake.clock.advance(hours * 3600)
        rerun = await send_invoices(client_for(fake))
        assert rerun.outcomes == ()
    assert sends(fake) == Counter(ids)


async def test_a_send_whose_answer_was_lost_then_replayed_counts_as_sent_by_this_run() -> None:
    fake = FakeStripe()
    ids = await drafts(fake, 3)
    fake.inject(DropAfterWrite(), times=2, method="POST", path=SEND)
    summary = await send_invoices(client_for(fake))
    assert counts(summary) == {"sent": 3}
    assert sends(fake) == Counter(ids)


async def test_lost_answers_past_the_retries_are_settled_by_stripes_record() -> None:
    fake = FakeStripe()
    ids = await drafts(fake, 5)
    fake.inject(DropAfterWrite(), times=2, method="POST", path=SEND)
    first = await send_invoices(client_for(fake, max_retries=0))
    assert counts(first) == {"sent": 5}
    second = await send_invoices(client_for(fake))
    assert second.outcomes == ()
    assert sends(fake) == Counter(ids)  # each exactly once
    assert fake.write_count("PostInvoicesInvoiceFinalize") == 5


@pytest.mark.parametrize(
    "then",
    [
        FailRequest(status=429, type="invalid_request_error", code="rate_limit"),
        FailRequest(status=409, type="invalid_request_error", code="lock_timeout"),
    ],
)
async def test_a_lost_send_whose_retries_end_in_a_429_or_409_is_settled_by_the_record(
    then: FailRequest,
) -> None:
    # The error a call ends with is its last attempt's: after an attempt whose answer was
    # lost, a 429 or 409 (answered before Stripe's endpoint) says nothing about that one.
    fake = FakeStripe()
    (invoice_id,) = await drafts(fake, 1)
    fake.inject(DropAfterWrite(), times=1, method="POST", path=SEND)
    fake.inject(then, times=None, method="POST", path=SEND)
    summary = await send_invoices(client_for(fake, max_retries=1))
    assert counts(summary) == {"sent": 1}
    assert summary.exit_code() == 0
    fake.clear_faults()
    assert (await send_invoices(client_for(fake))).outcomes == ()
    assert sends(fake) == Counter([invoice_id])
