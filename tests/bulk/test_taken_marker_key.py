"""A draft whose marker key for its attempt is taken (`idempotency_error`: used with another
time) by a mark that never applied, such as one Stripe answered with a saved 500 before its
write: the key would refuse every rerun for its 24 hours. Once a read made after a wait
still shows no marker of that attempt on the draft, nothing of it can be on its way, and the
run moves on to the next attempt; a mark that was still at work and lands meanwhile keeps the
draft on its attempt."""

from __future__ import annotations

import asyncio
import logging
from collections import Counter
from collections.abc import Callable

import pytest

from stripe_invoicing_client import AsyncStripeInvoicing, _bulk
from stripe_invoicing_client._bulk import BULK_LOGGER, MARKER, SendSummary
from stripe_invoicing_client._bulk_plan import (
    ATTEMPT,
    ATTEMPT_AT,
    RERUN_TO_SEND,
    TAKEN_BY_ANOTHER_RUN,
    TAKEN_WAIT,
    idempotency_key,
    marker_metadata,
)
from stripe_invoicing_client._cli import main
from stripe_invoicing_client.testing import FailBeforeWrite, FailRequest, FakeStripe, LoopbackServer

from ._support import KEY, OtherRunFirst, client_for, client_through, drafts, run_at, sends

RUN_AT = 1_800_000_000  # the first run's clock (the marker's time); the rerun's is later
MARK_PATH = "/v1/invoices/*"


class _Waits:
    """The run's waits, recorded and not slept; `meanwhile` runs during the first."""

    def __init__(self, meanwhile: Callable[[], None] | None = None) -> None:
        self.seconds: list[float] = []
        self.meanwhile = meanwhile

    async def __call__(self, seconds: float) -> None:
        self.seconds.append(seconds)
        if self.meanwhile is not None:
            self.meanwhile()
            self.meanwhile = None


async def _run_at(
    fake: FakeStripe,
    now: float,
    waits: _Waits,
    client: AsyncStripeInvoicing | None = None,
    told: list[tuple[int, int, int, int]] | None = None,
) -> SendSummary:
    """A run at `now`; with `told`, each progress call appended to it: (done, total, waits
    begun, emails sent so far)."""

    def progress(done: int, total: int) -> None:
        assert told is not None
        told.append((done, total, len(waits.seconds), sum(sends(fake).values())))

    progress_to = None if told is None else progress
    return await run_at(client or client_for(fake), now, sleep=waits, progress=progress_to)


def _results(summary: SendSummary) -> list[tuple[str, str, str | None]]:
    return [(o.invoice_id, o.result, o.reason) for o in summary.outcomes]


def _set_marker(
    fake: FakeStripe, invoice_id: str, marker: dict[str, str], key: str | None = None
) -> None:
    """A write to the marker: another run's mark under `key`, or made by hand."""
    data = {f"metadata[{name}]": value for name, value in marker.items()}
    headers = {"Idempotency-Key": key} if key is not None else {}
    with fake.sync_http_client(api_key=KEY) as http:
        http.post(f"/v1/invoices/{invoice_id}", data=data, headers=headers).raise_for_status()


def _no_marker(fake: FakeStripe, invoice_id: str) -> None:
    _set_marker(fake, invoice_id, {MARKER: "", ATTEMPT: "", ATTEMPT_AT: ""})


async def _marker(fake: FakeStripe, invoice_id: str) -> tuple[str, str]:
    metadata = (await client_for(fake).invoices.retrieve(invoice_id)).to_dict()["metadata"]
    return metadata.get(MARKER), metadata.get(ATTEMPT)


async def _ended_at_a_saved_500(fake: FakeStripe, invoice_id: str) -> SendSummary:
    """A first run whose mark (attempt 1) met a 500 Stripe saved before the write, and which
    ended there (no retry: killed, say), never to have it replayed."""
    fake.inject(FailBeforeWrite(), times=1, method="POST", path=f"/v1/invoices/{invoice_id}")
    return await _run_at(fake, RUN_AT, _Waits(), client_for(fake, max_retries=0))


async def _assert_sent_once_as_attempt_2(fake: FakeStripe, invoice_id: str) -> None:
    mark_1 = idempotency_key(invoice_id, "mark", 1)
    assert fake.write_count(idempotency_key=mark_1) == 0  # the first mark never applied
    for step in ("mark", "finalize", "send"):
        assert fake.write_count(idempotency_key=idempotency_key(invoice_id, step, 2)) == 1
    assert sends(fake) == Counter([invoice_id])
    assert await _marker(fake, invoice_id) == ("sent", "2")
    assert _results(await _run_at(fake, RUN_AT + 120, _Waits())) == []


async def test_a_mark_answered_with_a_saved_500_it_did_not_apply_is_sent_by_the_rerun() -> None:
    # Stripe's endpoint began the first run's mark (attempt 1), failed before writing, and
    # saved that 500 for the key; the run ended with it. The rerun, a minute later, plans
    # attempt 1 again: its mark, at another time, is refused as the key reused. The draft,
    # read then and again after the wait, shows no marker of attempt 1: the rerun sends it as
    # attempt 2, once.
    fake = FakeStripe()
    (invoice_id,) = await drafts(fake, 1)
    first = await _ended_at_a_saved_500(fake, invoice_id)
    assert [r[:2] for r in _results(first)] == [(invoice_id, "failed")]
    waits = _Waits()
    rerun = await _run_at(fake, RUN_AT + 60, waits)
    assert _results(rerun) == [(invoice_id, "sent", None)]
    assert waits.seconds == [TAKEN_WAIT]
    await _assert_sent_once_as_attempt_2(fake, invoice_id)


async def test_a_runs_own_mark_replaying_a_saved_500_it_did_not_apply_moves_on_at_once() -> None:
    # The same 500, saved before the write, replayed to the run's own retries: the request
    # that took the key is over, and the draft, read then, shows no marker of attempt 1. No
    # run can send under attempt 1's keys, ever (_bulk_plan says why): the run sends attempt
    # 2 at once, with no wait and no rerun.
    fake = FakeStripe()
    (invoice_id,) = await drafts(fake, 1)
    fake.inject(FailBeforeWrite(), times=1, method="POST", path=MARK_PATH)
    waits = _Waits()
    summary = await _run_at(fake, RUN_AT, waits)
    assert _results(summary) == [(invoice_id, "sent", None)]
    assert waits.seconds == []
    mark_1 = idempotency_key(invoice_id, "mark", 1)
    answers = [r for r in fake.requests if r.headers.get("idempotency-key") == mark_1]
    assert [(r.status, r.replayed) for r in answers] == [(500, False), (500, True), (500, True)]
    await _assert_sent_once_as_attempt_2(fake, invoice_id)


async def test_it_moves_on_even_when_stripes_record_cannot_be_read() -> None:
    # Still a draft, so never emailed: the record has nothing to settle.
    fake = FakeStripe()
    (invoice_id,) = await drafts(fake, 1)
    await _ended_at_a_saved_500(fake, invoice_id)
    fake.inject(FailRequest(status=500), times=None, method="GET", path="/v1/events")
    rerun = await _run_at(fake, RUN_AT + 60, _Waits(), client_for(fake, max_retries=0))
    assert _results(rerun) == [(invoice_id, "sent", None)]
    assert not [r for r in fake.requests if r.path == "/v1/events"]
    assert sends(fake) == Counter([invoice_id])


async def test_a_key_taken_by_a_mark_that_applied_is_another_runs_and_no_wait() -> None:
    # Another run marks the draft for attempt 1, at another time, just before this run's
    # mark: its attempt, which it may be finalizing and sending now. The run leaves it to
    # that run (a rerun carries it on) and has nothing to wait for.
    fake = FakeStripe()
    (invoice_id,) = await drafts(fake, 1)
    mark_1 = idempotency_key(invoice_id, "mark", 1)

    def other_run_marks() -> None:
        _set_marker(fake, invoice_id, marker_metadata("pending", 1, RUN_AT), key=mark_1)

    waits = _Waits()
    client = client_through(fake, OtherRunFirst(fake.transport, mark_1, other_run_marks))
    summary = await _run_at(fake, RUN_AT + 1, waits, client)
    taken = f"{TAKEN_BY_ANOTHER_RUN}; {RERUN_TO_SEND}"
    assert _results(summary) == [(invoice_id, "failed", taken)]
    assert waits.seconds == []
    assert fake.write_count(idempotency_key=idempotency_key(invoice_id, "mark", 2)) == 0
    assert await _marker(fake, invoice_id) == ("pending", "1")


async def test_a_mark_still_at_work_that_lands_during_the_wait_keeps_the_attempt() -> None:
    # The mark that took the key is another run's, still at work when this run's was
    # refused (Stripe may refuse a reused key before the first request is over), so the
    # draft shows no marker of attempt 1 yet. It lands during the wait: the draft stays on
    # attempt 1, whose finalize and send are the other run's. Moving to attempt 2 would
    # have let a rerun resend under a key the other run's send does not share.
    fake = FakeStripe()
    (invoice_id,) = await drafts(fake, 1)
    other = marker_metadata("pending", 1, RUN_AT)
    _set_marker(fake, invoice_id, other, key=idempotency_key(invoice_id, "mark", 1))
    _no_marker(fake, invoice_id)  # not landed yet

    waits = _Waits(meanwhile=lambda: _set_marker(fake, invoice_id, other))
    told: list[tuple[int, int, int, int]] = []
    summary = await _run_at(fake, RUN_AT + 1, waits, told=told)
    taken = f"{TAKEN_BY_ANOTHER_RUN}; {RERUN_TO_SEND}"
    assert _results(summary) == [(invoice_id, "failed", taken)]
    assert waits.seconds == [TAKEN_WAIT]
    assert told == [(1, 1, 1, 0)]  # done once the read after the wait settled it
    assert fake.write_count(idempotency_key=idempotency_key(invoice_id, "mark", 2)) == 0
    assert await _marker(fake, invoice_id) == ("pending", "1")
    with fake.sync_http_client(api_key=KEY) as http:  # the other run goes on
        for step in ("finalize", "send"):
            key = {"Idempotency-Key": idempotency_key(invoice_id, step, 1)}
            http.post(f"/v1/invoices/{invoice_id}/{step}", headers=key).raise_for_status()
    assert _results(await _run_at(fake, RUN_AT + 60, _Waits()))[0][:2] == (
        invoice_id,
        "already sent",
    )
    assert sends(fake) == Counter([invoice_id])


async def test_a_draft_sent_after_the_wait_is_counted_done_then() -> None:
    # The progress reaches its total when the run has nothing left to send: the draft whose
    # key was taken is counted once it is sent after the wait, not when its refused mark
    # ended (the command's line said 2/2 through the wait and the send that followed it).
    fake = FakeStripe()
    (taken,) = await drafts(fake, 1)
    await _ended_at_a_saved_500(fake, taken)
    (other,) = await drafts(fake, 1)
    told: list[tuple[int, int, int, int]] = []
    rerun = await _run_at(fake, RUN_AT + 60, _Waits(), told=told)
    assert sorted(_results(rerun)) == sorted([(taken, "sent", None), (other, "sent", None)])
    assert told == [(1, 2, 0, 1), (2, 2, 1, 2)]


async def test_the_wait_is_announced_before_it_begins(caplog: pytest.LogCaptureFixture) -> None:
    # 90 silent seconds after the last invoice look like a hung run: the wait is logged
    # (INFO, the bulk sender's logger) before it begins, with how long, how many drafts, and
    # that stopping then is safe.
    fake = FakeStripe()
    (invoice_id,) = await drafts(fake, 1)
    await _ended_at_a_saved_500(fake, invoice_id)
    shown: list[str] = []
    waits = _Waits(meanwhile=lambda: shown.extend(r.getMessage() for r in caplog.records))
    with caplog.at_level(logging.INFO, logger=BULK_LOGGER):
        await _run_at(fake, RUN_AT + 60, waits)
    assert waits.seconds == [TAKEN_WAIT]
    (note,) = shown
    assert f"waiting {TAKEN_WAIT} s" in note and "1 draft (not sent)" in note
    assert "stopping now is safe" in note and "rerun" in note
    assert [r.levelno for r in caplog.records][:1] == [logging.INFO]


def test_the_command_shows_the_wait_and_ctrl_c_during_it_is_safe(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # An operator sees why the command sits still after the last invoice, and may stop it:
    # Ctrl-C during the wait says what is left and that a rerun settles it, which it does.
    fake = FakeStripe()
    taken, other = asyncio.run(drafts(fake, 2))
    asyncio.run(_ended_at_a_saved_500(fake, taken))
    assert sends(fake) == Counter([other])
    monkeypatch.setenv("STRIPE_API_KEY", KEY)

    async def ctrl_c(seconds: float) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(_bulk, "_async_sleep", ctrl_c)
    with LoopbackServer(fake) as server:
        argv = ["send-invoices", "--base-url", server.base_url, "--all"]
        assert main(argv) == 130
        out, err = capsys.readouterr()
        assert out == ""
        assert f"waiting {TAKEN_WAIT} s" in err and "stopping now is safe" in err
        stopped = err.splitlines()[-1]
        assert "interrupted while waiting to read again 1 draft" in stopped, err
        assert "(not sent)" in stopped and "rerun" in stopped
        assert sends(fake) == Counter([other])
        monkeypatch.setattr(_bulk, "_async_sleep", _Waits())
        assert main(argv) == 0
        out, err = capsys.readouterr()
    assert "sent                         1" in out
    assert f"waiting {TAKEN_WAIT} s" in err
    assert sends(fake) == Counter([taken, other])
