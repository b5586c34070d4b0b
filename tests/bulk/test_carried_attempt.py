"""A draft an earlier or concurrent run marked "pending" less than a day ago: the run carries
that attempt on, under its keys, and Stripe may answer a write with a response it saved for
the earlier run."""

from __future__ import annotations

import json
import time
from collections import Counter

import httpx
import pytest

from stripe_invoicing_client._bulk import MARKER, send_invoices
from stripe_invoicing_client._bulk_plan import ATTEMPT, idempotency_key, marker_metadata
from stripe_invoicing_client.testing import FailAfterWrite, FakeStripe

from ._support import (
    KEY,
    OtherRunFirst,
    assert_rerun_sends_once,
    client_for,
    client_through,
    counts,
    drafts,
    finalized,
    sends,
)


class _SavedAnswer(httpx.AsyncBaseTransport):
    """Stripe's answer to a request under `key` when its endpoint failed an earlier one under
    that key without changing anything: the saved failure (`status`), replayed. (The fake's
    endpoints never refuse to finalize a draft, and its saved 500s come after the write;
    Stripe's refuse for what the invoice lacks, and can fail before the write, and save
    either answer.)"""

    def __init__(self, inner: httpx.AsyncBaseTransport, key: str, status: int) -> None:
        self.inner = inner
        self.key = key
        self.status = status
        self.replayed = 0

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if request.method == "POST" and request.headers.get("idempotency-key") == self.key:
            self.replayed += 1
            kind = "invalid_request_error" if self.status < 500 else "api_error"
            error = {"type": kind, "message": "Failed earlier."}
            return httpx.Response(
                self.status,
                headers={
                    "Content-Type": "application/json",
                    "Request-Id": "req_saved",
                    "Idempotency-Key": self.key,
                    "Idempotent-Replayed": "true",
                },
                content=json.dumps({"error": error}).encode(),
                request=request,
            )
        return await self.inner.handle_async_request(request)


async def _mark(fake: FakeStripe, invoice_id: str, attempt: int) -> None:
    """The marker write another run made a moment ago, under its key."""
    await client_for(fake).invoices.update(
        invoice_id,
        metadata=marker_metadata("pending", attempt, int(time.time())),
        idempotency_key=idempotency_key(invoice_id, "mark", attempt),
    )


@pytest.mark.parametrize("saved", [400, 500])
async def test_a_finalize_whose_saved_failure_left_a_draft_moves_to_the_next_attempt(
    saved: int,
) -> None:
    # An earlier run marked the draft (attempt 1) and Stripe's endpoint failed its finalize,
    # saving that answer for the key: refused (the draft was put right since), or a 500 that
    # changed nothing. The rerun carries attempt 1 on and its finalize gets that answer
    # replayed. The invoice is still a draft, so attempt 1's finalize finalized nothing and
    # nothing of attempt 1 can be emailed: the rerun moves to attempt 2 in the same run
    # instead of failing until the key expires, a day later.
    fake = FakeStripe()
    (invoice_id,) = await drafts(fake, 1)
    await _mark(fake, invoice_id, 1)
    answer = _SavedAnswer(fake.transport, idempotency_key(invoice_id, "finalize", 1), saved)
    summary = await send_invoices(client_through(fake, answer))
    assert [(o.invoice_id, o.result) for o in summary.outcomes] == [(invoice_id, "sent")]
    assert answer.replayed == 1
    for step in ("mark", "finalize", "send"):
        assert fake.write_count(idempotency_key=idempotency_key(invoice_id, step, 2)) == 1
    assert sends(fake) == Counter([invoice_id])
    marked = (await client_for(fake).invoices.retrieve(invoice_id)).to_dict()["metadata"]
    assert (marked[MARKER], marked[ATTEMPT]) == ("sent", "2")


async def test_a_finalize_whose_saved_500_came_after_the_write_stays_on_its_attempt() -> None:
    # This run read the draft again after its mark; then the other run's finalize (attempt
    # 1) was applied and answered with a 500 Stripe saved, and this run's finalize gets it
    # replayed. The invoice is finalized now, so that 500 says nothing of an email (a rerun
    # resending under attempt 1's key may meet the other run's): the run does not move to
    # attempt 2. It fails, its marker still on attempt 1, and a rerun sends it once.
    fake = FakeStripe()
    (invoice_id,) = await drafts(fake, 1)
    await _mark(fake, invoice_id, 1)
    key = idempotency_key(invoice_id, "finalize", 1)

    def other_run() -> None:
        fake.inject(FailAfterWrite(500), times=1, method="POST", path="/v1/invoices/*/finalize")
        with fake.sync_http_client(api_key=KEY) as http:
            finalize = http.post(
                f"/v1/invoices/{invoice_id}/finalize", headers={"Idempotency-Key": key}
            )
        assert finalize.status_code == 500

    summary = await send_invoices(
        client_through(fake, OtherRunFirst(fake.transport, key, other_run))
    )
    assert [(o.invoice_id, o.result) for o in summary.outcomes] == [(invoice_id, "failed")]
    assert fake.write_count(idempotency_key=idempotency_key(invoice_id, "mark", 2)) == 0
    assert sends(fake) == Counter()
    marked = (await client_for(fake).invoices.retrieve(invoice_id)).to_dict()["metadata"]
    assert (marked[MARKER], marked[ATTEMPT]) == ("pending", "1")
    assert (await send_invoices(client_for(fake))).count("sent") == 1
    assert fake.write_count(idempotency_key=idempotency_key(invoice_id, "send", 1)) == 1
    assert sends(fake) == Counter([invoice_id])


async def test_a_draft_sent_by_the_other_run_after_it_was_found_is_already_sent() -> None:
    # Another run marked both drafts a moment ago; this run finds them as drafts (as a stale
    # search copy shows an invoice too) and, before it writes to the second, the other run
    # finalizes and emails it under attempt 1's keys. This run's mark, the same write under
    # the same key, is answered with the other run's saved answer: the draft as it was. Read
    # again, the invoice is finalized: settled by the record, "already sent", never "sent"
    # by this run on the strength of replayed answers.
    fake = FakeStripe()
    ids = await drafts(fake, 2)
    for invoice_id in ids:
        await _mark(fake, invoice_id, 1)

    def progress(done: int, total: int) -> None:
        if done == 1:
            (untouched,) = set(ids) - set(sends(fake)) - finalized(fake)
            with fake.sync_http_client(api_key=KEY) as other_run:
                for step in ("finalize", "send"):
                    key = idempotency_key(untouched, step, 1)
                    path = f"/v1/invoices/{untouched}/{step}"
                    other_run.post(path, headers={"Idempotency-Key": key}).raise_for_status()

    summary = await send_invoices(client_for(fake), concurrency=1, progress=progress)
    assert (summary.count("sent"), summary.count("already sent")) == (1, 1)
    assert sends(fake) == Counter(ids)
    mark_replays = [r for r in fake.requests if r.replayed and r.path.count("/") == 3]
    assert len(mark_replays) == 2  # both marks were the other run's, replayed


@pytest.mark.parametrize("own_retries", [True, False], ids=["own retries", "a rerun"])
async def test_a_mark_whose_saved_500_came_after_the_write_goes_on_with_its_attempt(
    own_retries: bool,
) -> None:
    # The marker was written, then Stripe saved a 500 for the mark's key. Replayed to the
    # run's own retries, or to a rerun carrying attempt 1 on (a draft marked "pending" a
    # moment ago; the first run ended at its 500): the draft, read then, shows attempt 1's
    # marker, so attempt 1 goes on under its keys at once. The marker never leaves it: once
    # someone else finalizes the draft, another run may resend it under attempt 1's send key
    # (test_overlapping_runs.py).
    fake = FakeStripe()
    (invoice_id,) = await drafts(fake, 1)
    fake.inject(FailAfterWrite(500), times=1, method="POST", path="/v1/invoices/*")
    first = await send_invoices(client_for(fake, max_retries=2 if own_retries else 0))
    if own_retries:
        assert counts(first) == {"sent": 1}
        assert fake.write_count(idempotency_key=idempotency_key(invoice_id, "finalize", 1)) == 1
        assert sends(fake) == Counter([invoice_id])
    else:
        assert counts(first) == {"failed": 1}
        await assert_rerun_sends_once(fake, invoice_id, "finalize", 1)
    assert fake.write_count(idempotency_key=idempotency_key(invoice_id, "mark", 2)) == 0
    marked = (await client_for(fake).invoices.retrieve(invoice_id)).to_dict()["metadata"]
    assert (marked[MARKER], marked[ATTEMPT]) == ("sent", "1")
    mark = idempotency_key(invoice_id, "mark", 1)
    replays = [r for r in fake.requests if r.headers.get("idempotency-key") == mark][1:]
    assert replays and {(r.status, r.replayed) for r in replays} == {(500, True)}
