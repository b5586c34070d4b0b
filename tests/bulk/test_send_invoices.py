"""Bulk finalize-and-send: exactly the invoices asked for, each emailed once, ever."""

from __future__ import annotations

import asyncio
import time
from collections import Counter

import pytest

from stripe_invoicing_client import APIStatusError, InvalidParameterError, RateLimit
from stripe_invoicing_client._bulk import MARKER, _run, read_sent_record, send_invoices
from stripe_invoicing_client._bulk_plan import (
    ATTEMPT,
    ATTEMPT_AT,
    RECORD_WINDOW,
    SKIP_COLLECTION,
    SKIP_STATUS,
    UNCERTAIN_NO_RECORD,
    UNCERTAIN_TOO_OLD,
    idempotency_key,
)
from stripe_invoicing_client._bulk_scope import Scope
from stripe_invoicing_client.testing import (
    AddLatency,
    DropAfterWrite,
    DropBeforeWrite,
    FailAfterWrite,
    FailRequest,
    FakeStripe,
    RateLimits,
)
from stripe_invoicing_client.testing._rate_limits import Enforcer

from ._support import (
    SEND,
    assert_rerun_sends_once,
    client_for,
    counts,
    customer,
    drafts,
    finalized,
    left_pending,
    sends,
)

DAY = 24 * 3600


async def test_every_matching_draft_is_sent_once_and_a_rerun_sends_nothing() -> None:
    fake = FakeStripe()
    ids = await drafts(fake, 4)
    await drafts(fake, 2, batch="other")
    client = client_for(fake)
    summary = await send_invoices(client, query="metadata['batch']:'b1'")
    assert counts(summary) == {"sent": 4}
    assert sorted(o.invoice_id for o in summary.outcomes) == sorted(ids)
    assert summary.exit_code() == 0
    assert sends(fake) == Counter(ids)
    again = await send_invoices(client, query="metadata['batch']:'b1'")
    assert again.outcomes == ()
    assert sends(fake) == Counter(ids)
    invoice = (await client.invoices.retrieve(ids[0])).to_dict()
    assert invoice["metadata"][MARKER] == "sent"
    assert invoice["metadata"]["batch"] == "b1"


async def test_customer_and_query_both_hold() -> None:
    fake = FakeStripe()
    alice, bob = await customer(fake, "alice@example.com"), await customer(fake, "bob@x.com")
    hers = await drafts(fake, 2, customer_id=alice)
    his = await drafts(fake, 2, customer_id=bob)
    await drafts(fake, 1, batch="other", customer_id=alice)
    summary = await send_invoices(client_for(fake), query="metadata['batch']:'b1'", customer=alice)
    assert counts(summary) == {"sent": 2}
    assert sends(fake) == Counter(hers)
    assert not finalized(fake) & set(his)
    # Without a query, the customer alone: her other draft only.
    rest = await send_invoices(client_for(fake), customer=alice)
    assert counts(rest) == {"sent": 1}
    assert not finalized(fake) & set(his)


async def test_a_query_using_or_is_checked_here_for_the_rest() -> None:
    # Stripe's search refuses AND mixed with OR: the query goes alone, the rest is checked
    # on what comes back (draft, customer, the "sent" marker).
    fake = FakeStripe()
    alice, bob = await customer(fake, "alice@example.com"), await customer(fake, "bob@x.com")
    first = await drafts(fake, 2, batch="b1", customer_id=alice)
    await send_invoices(client_for(fake), query="metadata['batch']:'b1'")
    second = await drafts(fake, 1, batch="b2", customer_id=alice)
    await drafts(fake, 1, batch="b2", customer_id=bob)
    summary = await send_invoices(
        client_for(fake), query="metadata['batch']:'b1' OR metadata['batch']:'b2'", customer=alice
    )
    assert counts(summary) == {"sent": 1}
    assert sends(fake) == Counter(first + second)


async def test_charge_automatically_drafts_are_skipped_and_never_finalized() -> None:
    fake = FakeStripe()
    ids = await drafts(fake, 2)
    charged = await drafts(fake, 2, collection_method="charge_automatically")
    for rerun in range(2):
        summary = await send_invoices(client_for(fake), query="metadata['batch']:'b1'")
        assert summary.skipped_by_reason() == {SKIP_COLLECTION: 2}
        assert counts(summary) == ({"sent": 2, "skipped": 2} if rerun == 0 else {"skipped": 2})
        assert summary.exit_code() == 0
    assert sends(fake) == Counter(ids)
    assert not finalized(fake) & set(charged)
    every = await send_invoices(client_for(fake))  # no query: the same rule
    assert counts(every) == {"skipped": 2}
    assert not finalized(fake) & set(charged)


@pytest.mark.parametrize("mode", ["every draft", "query", "customer", "both"])
async def test_invoices_changed_by_someone_else_are_skipped_with_their_reason(mode: str) -> None:
    fake = FakeStripe()
    client = client_for(fake)
    owner = await customer(fake)
    voided, paid, unpaid, fine = await drafts(fake, 4, customer_id=owner)
    query = "metadata['batch']:'b1'" if mode in ("query", "both") else None
    only = owner if mode in ("customer", "both") else None
    for invoice_id in (voided, paid, unpaid, fine):
        await left_pending(fake, invoice_id, sent=False)
    await client.invoices.void(voided)
    await client.invoices.pay(paid, paid_out_of_band=True)
    await client.invoices.mark_uncollectible(unpaid)
    for _ in range(2):  # and again on a rerun: skipped, never "failed"
        summary = await send_invoices(client, query=query, customer=only)
        assert summary.skipped_by_reason() == {
            SKIP_STATUS["void"]: 1,
            SKIP_STATUS["paid"]: 1,
            SKIP_STATUS["uncollectible"]: 1,
        }
        assert summary.count("failed") == 0
    assert sends(fake) == Counter([fine])


async def test_a_draft_deleted_during_the_run_is_skipped_not_failed() -> None:
    fake = FakeStripe()
    ids = await drafts(fake, 2)

    def progress(done: int, total: int) -> None:
        if done == 1:
            (untouched,) = set(ids) - set(sends(fake))
            with fake.sync_http_client(api_key="sk_test_bulkSend") as http:
                answer = http.delete(f"/v1/invoices/{untouched}")
                assert answer.status_code == 200, answer.text

    summary = await send_invoices(client_for(fake), concurrency=1, progress=progress)
    assert counts(summary) == {"sent": 1, "skipped": 1}
    assert summary.skipped_by_reason() == {SKIP_STATUS["deleted"]: 1}
    assert len(sends(fake)) == 1


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


@pytest.mark.parametrize("hours_later", [1, 25])
async def test_a_run_killed_after_the_send_never_emails_twice(hours_later: int) -> None:
    fake = FakeStripe()
    (invoice_id,) = await drafts(fake, 1)
    await left_pending(fake, invoice_id, sent=True)
    fake.clock.advance(hours_later * 3600)  # 25: every idempotency key has expired
    summary = await send_invoices(client_for(fake))
    assert counts(summary) == {"already sent": 1}
    assert summary.exit_code() == 0
    assert sends(fake) == Counter([invoice_id])
    marked = (await client_for(fake).invoices.retrieve(invoice_id)).to_dict()["metadata"]
    assert marked[MARKER] == "sent"
    assert (await send_invoices(client_for(fake))).outcomes == ()


@pytest.mark.parametrize(
    "query",
    [
        "status:'draft' AND metadata['batch']:'b1'",
        "metadata['batch']:'b1' status:\"draft\"",
        "-status:'open' AND metadata['batch']:'b1'",
    ],
)
async def test_a_query_naming_the_status_still_finds_what_a_killed_run_left_pending(
    query: str,
) -> None:
    # The run finalizes what it finds: "draft" in the query must not hide, from the rerun,
    # the invoices the killed run finalized and may not have emailed.
    fake = FakeStripe()
    unsent, emailed, untouched = await drafts(fake, 3)
    await left_pending(fake, unsent, sent=False)
    await left_pending(fake, emailed, sent=True)
    await drafts(fake, 1, batch="other")
    summary = await send_invoices(client_for(fake), query=query)
    assert {(o.invoice_id, o.result) for o in summary.outcomes} == {
        (unsent, "sent"),
        (emailed, "already sent"),
        (untouched, "sent"),
    }
    assert sends(fake) == Counter([unsent, emailed, untouched])


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
    summary = await send_invoices(client_for(fake))
    assert counts(summary) == {"sent": 1}
    assert sends(fake) == Counter([invoice_id])
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


async def test_a_refused_send_is_resent_by_a_rerun_under_its_key() -> None:
    # Refused before Stripe's endpoint began (nothing saved for the key): the key still works.
    fake = FakeStripe()
    (invoice_id,) = await drafts(fake, 1)
    fake.inject(FailRequest(status=400, message="Not now."), times=1, method="POST", path=SEND)
    refused = await send_invoices(client_for(fake))
    assert counts(refused) == {"failed": 1}
    assert [g.reason for g in refused.failure_groups()] == ["InvalidRequestError (400): Not now."]
    await assert_rerun_sends_once(fake, invoice_id, "send", 1)


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

    async def run_at(now: float) -> object:
        return await _run(
            client,
            Scope(),
            concurrency=1,
            dry_run=True,
            resend_uncertain=False,
            progress=None,
            clock=lambda: now,
        )

    assert counts(await run_at(1_000_000 + RECORD_WINDOW - 1)) == {"would send": 1}
    assert counts(await run_at(1_000_000 + RECORD_WINDOW)) == {"uncertain": 1}


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


async def test_failures_are_grouped_by_stripes_message_with_the_first_ids() -> None:
    fake = FakeStripe()
    ids = await drafts(fake, 8)
    fake.inject(
        FailRequest(status=400, code="invoice_not_sendable", message="Can't send this."),
        times=7,
        method="POST",
        path=SEND,
    )
    summary = await send_invoices(client_for(fake), concurrency=1)
    assert counts(summary) == {"sent": 1, "failed": 7}
    assert summary.exit_code() == 1
    (group,) = summary.failure_groups()
    reason = "InvalidRequestError (400 invoice_not_sendable): Can't send this."
    assert (group.reason, group.count) == (reason, 7)
    assert group.first_ids == tuple(ids[::-1][:5])  # listed newest first
    assert not [r for r in fake.requests if r.path == "/v1/events"]  # a refusal is certain
    table = summary.table()
    assert table.count(reason) == 1
    assert f"({', '.join(ids[::-1][:5])}, ...)" in table


async def test_dry_run_lists_what_it_would_send_and_skip_and_writes_nothing() -> None:
    fake = FakeStripe()
    ids = await drafts(fake, 3, amount=1250)
    (charged,) = await drafts(fake, 1, collection_method="charge_automatically")
    (emailed,) = await drafts(fake, 1)
    await left_pending(fake, emailed, sent=True)  # by a run killed before its "sent" marker
    writes = len(fake.writes)
    summary = await send_invoices(client_for(fake), dry_run=True)
    assert len(fake.writes) == writes
    assert counts(summary) == {"would send": 3, "skipped": 1, "already sent": 1}
    assert [o.invoice_id for o in summary.of("already sent")] == [emailed]
    table = summary.table()
    assert "would send (dry run)         3" in table
    invoice = (await client_for(fake).invoices.retrieve(ids[0])).to_dict()
    line = next(line for line in table.splitlines() if ids[0] in line)
    for part in (invoice["customer"], "bulk@example.com", "12.50 USD", "due "):
        assert part in line
    assert f"     1  {SKIP_COLLECTION}" in table
    assert summary.of("skipped")[0].invoice_id == charged
    assert "failed" not in table  # a dry run neither sends nor fails


async def test_concurrency_one_finishes_each_invoice_before_the_next() -> None:
    fake = FakeStripe()
    await drafts(fake, 4)
    fake.inject(AddLatency(0.001), times=None)  # each call yields to the event loop

    def order(concurrency: int) -> list[str]:
        writes = [r.path for r in fake.requests if r.method == "POST"]
        return [p.split("/")[3] for p in writes if p.startswith("/v1/invoices/")][-16:]

    await send_invoices(client_for(fake), concurrency=1)
    one = order(1)
    assert [one[i] for i in range(0, 16, 4)] == [one[i + 3] for i in range(0, 16, 4)]
    assert len(set(one)) == 4 and all(len(set(one[i : i + 4])) == 1 for i in range(0, 16, 4))
    await drafts(fake, 4, batch="b2")
    await send_invoices(client_for(fake), concurrency=4)
    four = order(4)
    assert not all(len(set(four[i : i + 4])) == 1 for i in range(0, 16, 4))


async def test_a_cancelled_run_resumes_without_duplicates() -> None:
    fake = FakeStripe()
    ids = await drafts(fake, 8)
    client = client_for(fake)
    tasks: list[asyncio.Task[object]] = []

    def progress(done: int, selected: int) -> None:
        if done == 3:
            tasks[0].cancel()  # what Ctrl-C does to asyncio.run's main task

    tasks.append(asyncio.create_task(send_invoices(client, concurrency=2, progress=progress)))
    with pytest.raises(asyncio.CancelledError):
        await tasks[0]
    assert 3 <= len(sends(fake)) < 8
    await send_invoices(client)
    assert sends(fake) == Counter(ids)
    assert fake.write_count("PostInvoicesInvoiceFinalize") == 8


async def test_a_run_that_raises_leaves_nothing_running_behind_it() -> None:
    # When send_invoices raises (here its progress callback), no send goes on unreported in
    # the background: a caller rerunning at once would race it and email twice.
    fake = FakeStripe()
    ids = await drafts(fake, 6)
    fake.inject(AddLatency(0.01), times=None)

    def progress(done: int, total: int) -> None:
        if done == 1:
            raise RuntimeError("the progress display broke")

    with pytest.raises(RuntimeError, match="progress display"):
        await send_invoices(client_for(fake), concurrency=2, progress=progress)
    assert asyncio.all_tasks() == {asyncio.current_task()}
    writes = len(fake.writes)
    await asyncio.sleep(0.1)
    assert len(fake.writes) == writes
    await send_invoices(client_for(fake), concurrency=2)
    assert sends(fake) == Counter(ids)


async def test_a_429_storm_ends_with_every_invoice_sent() -> None:
    fake = FakeStripe()
    ids = await drafts(fake, 10)
    # The set-up above ran unlimited; from here on the fake allows 20 requests a second.
    fake._enforcer = Enforcer(RateLimits(requests_per_second=20, burst=0.25))
    client = client_for(fake, max_retries=6, rate_limit=RateLimit(requests_per_second=200))
    summary = await send_invoices(client, concurrency=10)
    assert counts(summary) == {"sent": 10}
    assert fake.rate_limit_counts.refused_total > 0  # it was a storm
    assert sends(fake) == Counter(ids)


@pytest.mark.parametrize(
    ("options", "param", "reason"),
    [
        ({"concurrency": 0}, "concurrency", "must be an int >= 1"),
        ({"concurrency": True}, "concurrency", "must be an int >= 1"),
        ({"concurrency": 1.5}, "concurrency", "must be an int >= 1"),
        ({"customer": "cus_1' OR status:'open"}, "customer", "must be a customer id (cus_...)"),
        ({"query": " "}, "query", "must be a non-empty search query"),
        # A flag read from a config file as text is refused, not taken as true.
        ({"resend_uncertain": "false"}, "resend_uncertain", "must be True or False"),
        ({"resend_uncertain": 1}, "resend_uncertain", "must be True or False"),
        ({"dry_run": "no"}, "dry_run", "must be True or False"),
        ({"progress": "verbose"}, "progress", "must be a function (done, total) or None"),
    ],
)
async def test_bad_arguments_are_refused_before_anything_is_sent(
    options: dict[str, object], param: str, reason: str
) -> None:
    fake = FakeStripe()
    with pytest.raises(InvalidParameterError) as refused:
        await send_invoices(client_for(fake), **options)  # type: ignore[arg-type]
    assert (refused.value.param, refused.value.reason) == (param, reason)
    assert fake.requests == []


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


async def test_a_refused_finalize_fails_without_asking_the_record_and_a_rerun_retries() -> None:
    fake = FakeStripe()
    (invoice_id,) = await drafts(fake, 1)
    fake.inject(FailRequest(status=400, message="Not yet."), path="/v1/invoices/*/finalize")
    summary = await send_invoices(client_for(fake))
    assert counts(summary) == {"failed": 1}
    assert summary.failed[0].reason == "InvalidRequestError (400): Not yet."
    assert not [r for r in fake.requests if r.path == "/v1/events"]
    assert invoice_id not in finalized(fake)
    # A draft marked "pending" a moment ago: the rerun carries attempt 1 on, and the refusal
    # came before Stripe's endpoint began, so nothing was saved for its finalize key.
    await assert_rerun_sends_once(fake, invoice_id, "finalize", 1)


async def test_a_mark_whose_saved_500_a_rerun_replays_moves_to_the_next_attempt() -> None:
    # The marker was written, then Stripe saved a 500 for the mark's key. The rerun carries
    # attempt 1 on (a draft marked "pending" a moment ago) and its mark is answered with that
    # 500, replayed: that mark is over and no finalize or send followed it, so the rerun
    # moves to attempt 2 at once rather than failing until the key expires, a day later.
    fake = FakeStripe()
    (invoice_id,) = await drafts(fake, 1)
    fake.inject(FailAfterWrite(500), times=1, method="POST", path="/v1/invoices/*")
    summary = await send_invoices(client_for(fake, max_retries=0))
    assert counts(summary) == {"failed": 1}
    marked = (await client_for(fake).invoices.retrieve(invoice_id)).to_dict()["metadata"]
    assert (marked[MARKER], marked[ATTEMPT]) == ("pending", "1")
    await assert_rerun_sends_once(fake, invoice_id, "finalize", 2)
    mark = idempotency_key(invoice_id, "mark", 1)
    replays = [r for r in fake.requests if r.headers.get("idempotency-key") == mark][1:]
    assert replays and {(r.status, r.replayed) for r in replays} == {(500, True)}


async def test_a_send_that_never_arrived_fails_after_asking_the_record() -> None:
    fake = FakeStripe()
    (invoice_id,) = await drafts(fake, 1)
    fake.inject(DropBeforeWrite(), method="POST", path=SEND)
    summary = await send_invoices(client_for(fake, max_retries=0))
    assert counts(summary) == {"failed": 1}
    assert (summary.failed[0].reason or "").startswith("APIConnectionError: ")
    assert len([r for r in fake.requests if r.path == "/v1/events"]) == 1
    assert sends(fake) == Counter()
    await assert_rerun_sends_once(fake, invoice_id, "send", 1)  # the key never reached Stripe


async def test_an_invoice_voided_during_the_run_is_skipped() -> None:
    fake = FakeStripe()
    ids = await drafts(fake, 2)
    for invoice_id in ids:
        await left_pending(fake, invoice_id, sent=False)

    def progress(done: int, total: int) -> None:
        if done == 1:
            (untouched,) = set(ids) - set(sends(fake))
            with fake.sync_http_client(api_key="sk_test_bulkSend") as http:
                http.post(f"/v1/invoices/{untouched}/void").raise_for_status()

    summary = await send_invoices(client_for(fake), concurrency=1, progress=progress)
    assert counts(summary) == {"sent": 1, "skipped": 1}
    assert summary.skipped_by_reason() == {SKIP_STATUS["void"]: 1}


async def test_it_reads_in_pages_of_100_and_lists_one_customers_drafts() -> None:
    fake = FakeStripe()
    owner = await customer(fake)
    ids = await drafts(fake, 24, customer_id=owner)
    await drafts(fake, 2)  # someone else's
    for invoice_id in ids[:12]:
        await left_pending(fake, invoice_id, sent=True)
    start = len(fake.requests)
    summary = await send_invoices(client_for(fake), customer=owner)
    assert counts(summary) == {"sent": 12, "already sent": 12}
    reads = [r for r in fake.requests[start:] if r.method == "GET"]
    assert [(r.path, (r.params or {}).get("limit")) for r in reads] == [
        ("/v1/invoices", "100"),
        ("/v1/invoices/search", "100"),
        ("/v1/events", "100"),
    ]
    assert (reads[0].params or {}).get("customer") == owner
    assert (reads[0].params or {}).get("status") == "draft"
    # Events from the earliest finalization on: an email goes out only after it.
    client = client_for(fake)
    times = [(await client.invoices.retrieve(i)).to_dict()["status_transitions"] for i in ids[:12]]
    finalized_at = min(t["finalized_at"] for t in times)
    assert (reads[2].params or {}).get("type") == "invoice.sent"
    assert (reads[2].params or {}).get("created") == {"gte": str(finalized_at)}


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


async def test_ten_invoices_at_once_by_default() -> None:
    fake = FakeStripe()
    await drafts(fake, 12)
    start = len(fake.requests)
    fake.inject(AddLatency(0.001), times=None)  # each call yields to the event loop
    await send_invoices(client_for(fake))
    (listing,) = [r for r in fake.requests[start:] if r.path == "/v1/invoices"]
    assert listing.params == {"status": "draft", "limit": "100"}  # every customer's
    writes = [r.path for r in fake.requests[start:] if r.method == "POST"]
    first_finalize = next(n for n, path in enumerate(writes) if path.endswith("/finalize"))
    assert len(set(writes[:first_finalize])) == 10
