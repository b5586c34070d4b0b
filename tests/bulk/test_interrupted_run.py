"""A run stopped part-way (killed, cancelled as Ctrl-C does, or raising): it leaves nothing
running behind it, its record tells every invoice it sent or may have, and the rerun finds
what it left pending and emails nothing twice."""

from __future__ import annotations

import asyncio
from collections import Counter
from collections.abc import Callable, Coroutine
from typing import Any

import httpx
import pytest

from stripe_invoicing_client._bulk import MARKER, send_invoices, send_recorded
from stripe_invoicing_client._bulk_plan import (
    STOPPED_BEFORE_RECORD,
    idempotency_key,
    settled_by_rerun,
    unsettled_when_stopped,
)
from stripe_invoicing_client._bulk_summary import RunRecord
from stripe_invoicing_client.testing import AddLatency, DropAfterWrite, FakeStripe

from ._support import SEND, client_for, client_through, counts, drafts, left_pending, sends


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


class _HoldAnswer(httpx.AsyncBaseTransport):
    """Serves every request; the first that `holds` matches is applied, then its answer
    never comes (`then` is called first): a Ctrl-C meets it on its way."""

    def __init__(
        self, fake: FakeStripe, holds: Callable[[httpx.Request], bool], then: Callable[[], object]
    ) -> None:
        self.inner = fake.transport
        self.holds: Callable[[httpx.Request], bool] | None = holds
        self.then = then

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response = await self.inner.handle_async_request(request)
        if self.holds is not None and self.holds(request):
            self.holds = None
            self.then()
            await asyncio.Event().wait()  # until the run is cancelled
        return response


def _results(record: RunRecord) -> dict[str, tuple[str, str | None]]:
    return {o.invoice_id: (o.result, o.reason) for o in record.summary().outcomes}


Run = Callable[[list[asyncio.Task[object]]], Coroutine[Any, Any, object]]


async def _cancelled(run: Run) -> None:
    """Runs `run`, which gets its own task to cancel (what Ctrl-C does to asyncio.run's)."""
    tasks: list[asyncio.Task[object]] = []
    tasks.append(asyncio.create_task(run(tasks)))
    with pytest.raises(asyncio.CancelledError):
        await tasks[0]


async def test_a_run_stopped_part_way_has_recorded_what_it_sent_and_what_was_under_way() -> None:
    # One send is applied and its answer still on its way when the run is cancelled, after
    # the other invoice was sent: the record says "sent" of the one, "uncertain" of the
    # other (it was emailed; the rerun settles it), so no email is left untold.
    fake = FakeStripe()
    ids = await drafts(fake, 2)
    record = RunRecord()

    def is_send(request: httpx.Request) -> bool:
        return request.url.path.endswith("/send")

    async def run(tasks: list[asyncio.Task[object]]) -> object:
        def progress(done: int, total: int) -> None:
            tasks[0].cancel()

        client = client_through(fake, _HoldAnswer(fake, is_send, lambda: None))
        return await send_recorded(record, client, concurrency=2, progress=progress)

    await _cancelled(run)
    held = fake.sent_invoices[0].invoice  # the first send applied is the one held
    (done,) = set(ids) - {held}
    assert sends(fake) == Counter(ids)
    assert _results(record) == {
        done: ("sent", None),
        held: ("uncertain", unsettled_when_stopped(None)),
    }
    assert settled_by_rerun(unsettled_when_stopped(None))
    rerun = await send_invoices(client_for(fake))
    assert counts(rerun) == {"already sent": 1}
    assert sends(fake) == Counter(ids)


async def test_a_run_stopped_while_marking_an_invoice_sent_records_it_sent() -> None:
    # The send was answered; the "sent" mark (best effort) is on its way when the run stops.
    fake = FakeStripe()
    (invoice_id,) = await drafts(fake, 1)
    record = RunRecord()
    done_mark = idempotency_key(invoice_id, "done", 1)

    def is_done_mark(request: httpx.Request) -> bool:
        return bool(request.headers.get("idempotency-key") == done_mark)

    async def run(tasks: list[asyncio.Task[object]]) -> object:
        hold = _HoldAnswer(fake, is_done_mark, lambda: tasks[0].cancel())
        return await send_recorded(record, client_through(fake, hold))

    await _cancelled(run)
    assert _results(record) == {invoice_id: ("sent", None)}
    assert sends(fake) == Counter([invoice_id])


async def test_a_run_stopped_before_the_record_settled_a_lost_answer_says_why() -> None:
    fake = FakeStripe()
    (invoice_id,) = await drafts(fake, 1)
    fake.inject(DropAfterWrite(), times=1, method="POST", path=SEND)
    record = RunRecord()

    async def run(tasks: list[asyncio.Task[object]]) -> object:
        def progress(done: int, total: int) -> None:
            tasks[0].cancel()  # the attempts are over; Stripe's record is read next

        client = client_for(fake, max_retries=0)
        return await send_recorded(record, client, progress=progress)

    await _cancelled(run)
    ((result, reason),) = _results(record).values()
    assert result == "uncertain"
    assert reason is not None and STOPPED_BEFORE_RECORD in reason
    assert reason != unsettled_when_stopped(None)  # why it awaited the record, not "under way"
    assert settled_by_rerun(reason)
    assert counts(await send_invoices(client_for(fake))) == {"already sent": 1}
    assert sends(fake) == Counter([invoice_id])
