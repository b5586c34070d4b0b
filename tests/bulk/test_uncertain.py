"""Invoices Stripe's record can't settle (the attempt older than the invoice.sent events it
keeps, or those events unreadable): "uncertain", exit 3, sent only with resend_uncertain; and
from when the record is read."""

from __future__ import annotations

import time
from collections import Counter

from stripe_invoicing_client._bulk import send_invoices
from stripe_invoicing_client._bulk_plan import RECORD_WINDOW, UNCERTAIN_NO_RECORD, UNCERTAIN_TOO_OLD
from stripe_invoicing_client._bulk_reads import read_sent_record
from stripe_invoicing_client.testing import DropAfterWrite, FailRequest, FakeStripe

from ._support import SEND, client_for, counts, drafts, left_pending, run_at, sends

DAY = 24 * 3600


async def test_uncertain_when_the_record_is_too_old_and_sent_only_when_asked() -> None:
    fake = FakeStripe()
    ids = await drafts(fake, 2)
    for invoice_id in ids:
        await left_pending(fake, invoice_id, at=time.time() - RECORD_WINDOW - 60, sent=False)
    summary = await send_invoices(client_for(fake))
    assert counts(summary) == {"uncertain": 2}
    assert {o.reason for o in summary.outcomes} == {UNCERTAIN_TOO_OLD}
    assert summary.exit_code() == 3
    assert sends(fake) == Counter()
    resent = await send_invoices(client_for(fake), resend_uncertain=True)
    assert counts(resent) == {"sent": 2}
    assert {o.reason for o in resent.outcomes} == {UNCERTAIN_TOO_OLD}  # sent, in doubt
    assert sends(fake) == Counter(ids)


async def test_the_record_window_is_measured_from_the_attempt() -> None:
    fake = FakeStripe()
    (invoice_id,) = await drafts(fake, 1)
    await left_pending(fake, invoice_id, at=1_000_000, sent=False)
    client = client_for(fake)

    async def dry_run_at(now: float) -> object:
        return await run_at(client, now, concurrency=1, dry_run=True)

    assert counts(await dry_run_at(1_000_000 + RECORD_WINDOW - 1)) == {"would send": 1}
    assert counts(await dry_run_at(1_000_000 + RECORD_WINDOW)) == {"uncertain": 1}


async def test_uncertain_when_stripes_events_cannot_be_read() -> None:
    fake = FakeStripe()
    (invoice_id,) = await drafts(fake, 1)
    await left_pending(fake, invoice_id, sent=True)
    fake.inject(FailRequest(status=500), times=None, method="GET", path="/v1/events")
    summary = await send_invoices(client_for(fake, max_retries=0))
    assert counts(summary) == {"uncertain": 1}
    assert summary.outcomes[0].reason == UNCERTAIN_NO_RECORD
    fake.clear_faults()
    assert counts(await send_invoices(client_for(fake))) == {"already sent": 1}
    assert sends(fake) == Counter([invoice_id])


async def test_a_lost_send_with_an_unreadable_record_is_uncertain_in_this_run() -> None:
    fake = FakeStripe()
    (invoice_id,) = await drafts(fake, 1)
    fake.inject(DropAfterWrite(), times=1, method="POST", path=SEND)
    fake.inject(FailRequest(status=500), times=None, method="GET", path="/v1/events")
    summary = await send_invoices(client_for(fake, max_retries=0))
    assert counts(summary) == {"uncertain": 1}
    fake.clear_faults()
    assert counts(await send_invoices(client_for(fake))) == {"already sent": 1}
    assert sends(fake) == Counter([invoice_id])


async def test_the_record_is_read_from_the_oldest_kept_when_a_finalization_time_is_missing() -> (
    None
):
    fake = FakeStripe()
    emailed, not_emailed = await drafts(fake, 2)
    await left_pending(fake, emailed, sent=True)
    await left_pending(fake, not_emailed, sent=False)
    fake.clock.advance(DAY)
    found = await read_sent_record(
        client_for(fake), [{"id": emailed}, {"id": not_emailed, "status_transitions": {}}]
    )
    assert found == {emailed}
    (read,) = [r for r in fake.requests if r.path == "/v1/events"]
    assert read.params == {"type": "invoice.sent", "created": {"gte": "0"}, "limit": "100"}
