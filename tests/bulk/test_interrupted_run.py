"""A run stopped part-way (killed, cancelled as Ctrl-C does, or raising): it leaves nothing
running behind it, and the rerun finds what it left pending and emails nothing twice."""

from __future__ import annotations

import asyncio
from collections import Counter

import pytest

from stripe_invoicing_client._bulk import MARKER, send_invoices
from stripe_invoicing_client.testing import AddLatency, FakeStripe

from ._support import client_for, counts, drafts, left_pending, sends


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
