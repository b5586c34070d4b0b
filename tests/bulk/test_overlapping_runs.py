"""Two `send_invoices` runs over the same scope at once: each invoice is emailed once, and
what each run reports agrees with what Stripe emailed."""

from __future__ import annotations

import asyncio
import time
from collections import Counter
from typing import Any

import pytest

from stripe_invoicing_client._bulk import send_invoices
from stripe_invoicing_client._bulk_plan import (
    NOT_EMAILED_SINCE,
    RERUN_TO_SEND,
    TAKEN_BY_ANOTHER_RUN,
    idempotency_key,
    marker_metadata,
)
from stripe_invoicing_client.testing import AddLatency, FailAfterWrite, FakeStripe

from ._support import (
    KEY,
    SEND,
    OtherRunFirst,
    client_for,
    client_through,
    drafts,
    finalized,
    left_pending,
    sends,
)

SEND_TAKES = 0.05  # seconds each send spends on its way to Stripe


async def _later(seconds: float, run: Any) -> Any:
    await asyncio.sleep(seconds)
    return await run


def _by_result(summary: Any) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for outcome in summary.outcomes:
        found.setdefault(outcome.result, set()).add(outcome.invoice_id)
    return found


@pytest.mark.parametrize("offset", [0.0, 0.004, 0.008, 0.012, 0.02, 0.03, 0.045])
async def test_two_runs_at_once_email_each_invoice_once(offset: float) -> None:
    # Run B starts `offset` seconds after run A: late enough, it finds invoices A has
    # finalized and marked "pending" while A's sends are still on their way, so Stripe's
    # record shows no email yet.
    fake = FakeStripe()
    ids = await drafts(fake, 6)
    fake.inject(AddLatency(0.001), times=None)  # every call yields to the event loop
    fake.inject(AddLatency(SEND_TAKES), times=None, method="POST", path=SEND)
    first, second = await asyncio.gather(
        send_invoices(client_for(fake)),
        _later(offset, send_invoices(client_for(fake))),
    )
    fake.clear_faults()
    assert sends(fake) == Counter(ids)  # each exactly once
    reported_sent: set[str] = set()
    for summary in (first, second):
        by_result = _by_result(summary)
        assert set(by_result) <= {"sent", "already sent", "failed"}, by_result
        assert by_result.get("sent", set()) | by_result.get("already sent", set()) <= set(ids)
        reported_sent |= by_result.get("sent", set())
        # A draft the other run finalized after this one found it: this run never sends it
        # blind, and its end-of-run record showed no email yet (the other run's send was
        # still on its way). It says so, and that a rerun settles it; nothing else fails.
        for held in summary.failed:
            assert held.reason in (NOT_EMAILED_SINCE, f"{TAKEN_BY_ANOTHER_RUN}; {RERUN_TO_SEND}")
    assert reported_sent == set(ids)  # each email is some run's
    assert (await send_invoices(client_for(fake))).outcomes == ()


async def test_a_saved_500_met_by_the_other_runs_resend_is_settled_by_the_record() -> None:
    # Run A's send reaches Stripe after run B read the record: it emails the invoice and is
    # answered with a 500 that Stripe saves for A's key. B, resending under that key, gets
    # the saved 500 replayed: unlike a replayed refusal, it does not say nothing was emailed.
    # B must not move on to the next key blind; the record, read after, shows the email.
    # (A's send is made to land just before B's resend, the tightest such order.)
    fake = FakeStripe()
    (invoice_id,) = await drafts(fake, 1)
    await left_pending(fake, invoice_id, attempt=1, sent=False)  # A: marked and finalized
    key = idempotency_key(invoice_id, "send", 1)

    def a_sends() -> None:
        fake.inject(FailAfterWrite(500), times=1, method="POST", path=SEND)
        with fake.sync_http_client(api_key=KEY) as http:
            sent = http.post(f"/v1/invoices/{invoice_id}/send", headers={"Idempotency-Key": key})
        assert sent.status_code == 500

    run_b = await send_invoices(client_through(fake, OtherRunFirst(fake.transport, key, a_sends)))
    assert sends(fake) == Counter([invoice_id])
    replays = [r for r in fake.requests if r.path.endswith("/send") and r.replayed]
    assert [r.status for r in replays] == [500]  # B met A's saved 500
    assert [(o.invoice_id, o.result) for o in run_b.outcomes] == [(invoice_id, "sent")]
    assert fake.write_count(idempotency_key=idempotency_key(invoice_id, "send", 2)) == 0
    assert (await send_invoices(client_for(fake))).outcomes == ()


async def test_a_rerun_never_doubles_a_send_the_other_run_still_has_on_its_way() -> None:
    # Run A has just marked two drafts "pending" (attempt 1). Run B finds them as drafts;
    # A finalizes one of them after B found it and before B marks it, and A's send of it is
    # still on its way. B carries A's attempt on (its marker written again with the same
    # values, under the same key): B never sends the invoice A finalized blind ("failed",
    # rerun), and its marker still names attempt 1. B's rerun, as its summary asks, resends
    # under attempt 1's key, A's: when A's send lands, Stripe replays it, no second email.
    # (Were B to plan a draft as the next attempt, its marker write would move the invoice
    # A finalized to attempt 2, and the rerun would send under a key A's send does not share.)
    fake = FakeStripe()
    ids = await drafts(fake, 2)
    marker = marker_metadata("pending", 1, int(time.time()))
    mark = {f"metadata[{name}]": value for name, value in marker.items()}

    def a_writes(invoice_id: str, step: str, data: dict[str, str]) -> None:
        path = f"/v1/invoices/{invoice_id}" + ("" if step == "mark" else f"/{step}")
        headers = {"Idempotency-Key": idempotency_key(invoice_id, step, 1)}
        with fake.sync_http_client(api_key=KEY) as http:
            http.post(path, data=data, headers=headers).raise_for_status()

    for invoice_id in ids:
        a_writes(invoice_id, "mark", mark)
    finalized_by_a: list[str] = []

    def progress(done: int, total: int) -> None:
        if done == 1:
            (untouched,) = set(ids) - set(sends(fake)) - finalized(fake)
            a_writes(untouched, "finalize", {})
            finalized_by_a.append(untouched)

    run_b = await send_invoices(client_for(fake), concurrency=1, progress=progress)
    assert [o.reason for o in run_b.failed] == [NOT_EMAILED_SINCE]
    await send_invoices(client_for(fake))  # B's rerun
    a_writes(finalized_by_a[0], "send", {})  # A's send lands
    assert sends(fake) == Counter(ids)


async def test_a_mark_failing_after_its_write_never_moves_off_an_attempt_a_resend_shares() -> None:
    # Run A's mark (attempt 1) was written, then Stripe saved a 500 for its key; A ended
    # there. Run C found the draft and carries attempt 1 on; as C's mark goes out, someone
    # finalizes the draft by hand, and run B, finding it finalized and "pending" with no
    # email in the record, resends it under attempt 1's send key (B's request still on its
    # way). C's mark gets A's 500 replayed; the invoice shows attempt 1's marker, so C stays
    # on attempt 1 (never sending blind what someone else finalized). Had C written attempt
    # 2's marker, the rerun would have resent under attempt 2's key and B's send, landing
    # after, would have emailed again. Under attempt 1's key, B's send is replayed.
    fake = FakeStripe()
    (invoice_id,) = await drafts(fake, 1)
    fake.inject(FailAfterWrite(500), times=1, method="POST", path="/v1/invoices/*")
    await send_invoices(client_for(fake, max_retries=0))  # run A
    mark = idempotency_key(invoice_id, "mark", 1)

    def finalized_by_hand() -> None:
        with fake.sync_http_client(api_key=KEY) as http:
            http.post(f"/v1/invoices/{invoice_id}/finalize").raise_for_status()

    run_c = await send_invoices(
        client_through(fake, OtherRunFirst(fake.transport, mark, finalized_by_hand))
    )
    assert [o.reason for o in run_c.failed] == [NOT_EMAILED_SINCE]
    assert fake.write_count(idempotency_key=idempotency_key(invoice_id, "mark", 2)) == 0
    assert (await send_invoices(client_for(fake))).count("sent") == 1  # the rerun
    with fake.sync_http_client(api_key=KEY) as http:  # B's resend lands
        b_key = {"Idempotency-Key": idempotency_key(invoice_id, "send", 1)}
        http.post(f"/v1/invoices/{invoice_id}/send", headers=b_key).raise_for_status()
    assert sends(fake) == Counter([invoice_id])
