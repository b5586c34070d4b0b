"""Each write's idempotency key names its invoice, step and attempt. A resend of what an
earlier run left pending keeps that attempt's send key (so a send still on its way is replayed,
or met with a 409, never doubled), and moves to the next attempt's keys only when the key's
saved answer shows nothing was emailed."""

from __future__ import annotations

import time
from collections import Counter

import pytest

from stripe_invoicing_client import APIStatusError
from stripe_invoicing_client._bulk import MARKER, send_invoices
from stripe_invoicing_client._bulk_plan import ATTEMPT, ATTEMPT_AT, idempotency_key
from stripe_invoicing_client.testing import FailAfterWrite, FailRequest, FakeStripe

from ._support import SEND, assert_rerun_sends_once, client_for, counts, drafts, left_pending, sends


async def test_each_write_carries_its_step_and_attempt_in_its_idempotency_key() -> None:
    fake = FakeStripe()
    (invoice_id,) = await drafts(fake, 1)
    before = len(fake.writes)
    await send_invoices(client_for(fake))
    assert [(w.path, w.idempotency_key) for w in fake.writes[before:]] == [
        (f"/v1/invoices/{invoice_id}", idempotency_key(invoice_id, "mark", 1)),
        (f"/v1/invoices/{invoice_id}/finalize", idempotency_key(invoice_id, "finalize", 1)),
        (f"/v1/invoices/{invoice_id}/send", idempotency_key(invoice_id, "send", 1)),
        (f"/v1/invoices/{invoice_id}", idempotency_key(invoice_id, "done", 1)),
    ]


async def test_a_run_killed_before_the_send_resends_with_the_earlier_key() -> None:
    # The earlier run's send may still be on its way: under its key, Stripe would replay it
    # rather than email again. Here it never left, so the email goes now, once.
    fake = FakeStripe()
    (invoice_id,) = await drafts(fake, 1)
    await left_pending(fake, invoice_id, attempt=3, at=time.time() - 60, sent=False)
    before = (await client_for(fake).invoices.retrieve(invoice_id)).to_dict()["metadata"]
    summary = await send_invoices(client_for(fake))
    assert counts(summary) == {"sent": 1}
    assert sends(fake) == Counter([invoice_id])
    assert fake.write_count(idempotency_key=idempotency_key(invoice_id, "send", 3)) == 1
    assert fake.write_count(idempotency_key=idempotency_key(invoice_id, "mark", 3)) == 0
    assert fake.write_count(idempotency_key=idempotency_key(invoice_id, "send", 4)) == 0
    marked = (await client_for(fake).invoices.retrieve(invoice_id)).to_dict()["metadata"]
    assert (marked[MARKER], marked[ATTEMPT]) == ("sent", "3")
    assert marked[ATTEMPT_AT] != before[ATTEMPT_AT]  # "sent" at its own time


@pytest.mark.parametrize("saved", [400, 500])
async def test_a_resend_whose_key_replays_a_saved_failure_moves_to_the_next_key(
    saved: int,
) -> None:
    # The earlier send under attempt 3's key failed at Stripe's endpoint, which saved its
    # answer for the key: that key can only replay it. A replayed refusal (400) emailed
    # nothing: the run moves to attempt 4 (its marker, then its send) at once. A replayed
    # 500 may follow an email: the run reads the record first, and it shows none here. Either
    # way in the same run: a saved error never blocks an invoice.
    fake = FakeStripe()
    (invoice_id,) = await drafts(fake, 1)
    client = client_for(fake, max_retries=0)
    key = idempotency_key(invoice_id, "send", 3)
    # Refused by the endpoint (the draft was charge_automatically then; it was put back).
    await client.invoices.update(invoice_id, collection_method="charge_automatically")
    if saved == 500:  # the endpoint began, and failed
        fake.inject(FailAfterWrite(500), times=1, method="POST", path=SEND)
    with pytest.raises(APIStatusError) as failed:
        await client.invoices.send(invoice_id, idempotency_key=key)
    assert failed.value.http_status == saved
    await client.invoices.update(invoice_id, collection_method="send_invoice", days_until_due=30)
    await left_pending(fake, invoice_id, attempt=3, sent=False)
    told: list[tuple[int, int]] = []
    summary = await send_invoices(client_for(fake), progress=lambda *n: told.append(n))
    assert counts(summary) == {"sent": 1}
    assert sends(fake) == Counter([invoice_id])
    assert told == [(1, 1)]  # done once, when attempt 4 has ended
    earlier = [r for r in fake.requests if r.headers.get("idempotency-key") == key]
    assert (earlier[0].status, earlier[0].replayed) == (saved, False)
    assert {(r.status, r.replayed) for r in earlier[1:]} == {(saved, True)}  # then replayed
    assert fake.write_count(idempotency_key=idempotency_key(invoice_id, "send", 4)) == 1
    marked = (await client_for(fake).invoices.retrieve(invoice_id)).to_dict()["metadata"]
    assert (marked[MARKER], marked[ATTEMPT]) == ("sent", "4")


async def test_a_resend_met_with_key_in_use_is_settled_by_the_record() -> None:
    # The earlier send under this key is still at work: Stripe answers 409 until it ends.
    # Nothing is sent under another key; the record at the end of the run says no email
    # yet, so "failed" (rerun), and the rerun sends it under the same key, once.
    fake = FakeStripe()
    (invoice_id,) = await drafts(fake, 1)
    await left_pending(fake, invoice_id, attempt=2, sent=False)
    in_use = FailRequest(status=409, type="idempotency_error", code="idempotency_key_in_use")
    fake.inject(in_use, times=None, method="POST", path=SEND)
    summary = await send_invoices(client_for(fake, max_retries=1))
    assert counts(summary) == {"failed": 1}
    assert "409 idempotency_key_in_use" in (summary.failed[0].reason or "")
    keys = {r.headers.get("idempotency-key") for r in fake.requests if r.path.endswith("/send")}
    assert keys == {idempotency_key(invoice_id, "send", 2)}
    fake.clear_faults()
    await assert_rerun_sends_once(fake, invoice_id, "send", 2)
