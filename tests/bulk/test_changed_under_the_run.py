"""Invoices someone else changes after the run found them and before it writes to them:
the run acts on what the invoice is when it writes, never on the copy it planned from."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

import httpx
import pytest

from stripe_invoicing_client._bulk import MARKER, send_invoices
from stripe_invoicing_client._bulk_plan import (
    NOT_EMAILED_SINCE,
    RERUN_TO_SEND,
    SKIP_AUTO_ADVANCE,
    SKIP_COLLECTION,
    SKIP_STATUS,
    TAKEN_BY_ANOTHER_RUN,
    idempotency_key,
    marker_metadata,
)
from stripe_invoicing_client.testing import FakeStripe

from ._support import KEY, client_for, counts, drafts, finalized, left_pending, sends


def once_one_is_done(
    fake: FakeStripe, ids: list[str], change: Callable[[httpx.Client, str], None]
) -> Callable[[int, int], None]:
    """A progress callback that, once the run has done one invoice, applies `change` to the
    other (the run, one invoice at a time, has found it but not written to it yet)."""

    def progress(done: int, total: int) -> None:
        if done == 1:
            (untouched,) = set(ids) - set(sends(fake)) - finalized(fake)
            with fake.sync_http_client(api_key=KEY) as http:
                change(http, untouched)

    return progress


def emailed_by_hand(http: httpx.Client, invoice_id: str) -> None:
    http.post(f"/v1/invoices/{invoice_id}/send").raise_for_status()


def finalized_by_hand(http: httpx.Client, invoice_id: str) -> None:
    http.post(f"/v1/invoices/{invoice_id}/finalize").raise_for_status()


def another_run(steps: int) -> Callable[[httpx.Client, str], None]:
    """Another run that found the same draft, so its attempt 1 too, begun at another second:
    its first `steps` writes (mark, finalize, send)."""

    def run(http: httpx.Client, invoice_id: str) -> None:
        marker = marker_metadata("pending", 1, 1_000_000_000)
        mark = {f"metadata[{name}]": value for name, value in marker.items()}
        for path, key, data in [
            (f"/v1/invoices/{invoice_id}", "mark", mark),
            (f"/v1/invoices/{invoice_id}/finalize", "finalize", {}),
            (f"/v1/invoices/{invoice_id}/send", "send", {}),
        ][:steps]:
            headers = {"Idempotency-Key": idempotency_key(invoice_id, key, 1)}
            http.post(path, data=data, headers=headers).raise_for_status()

    return run


def charged_instead(http: httpx.Client, invoice_id: str) -> None:
    update = {"collection_method": "charge_automatically"}
    http.post(f"/v1/invoices/{invoice_id}", data=update).raise_for_status()


def left_to_stripe(http: httpx.Client, invoice_id: str) -> None:
    http.post(f"/v1/invoices/{invoice_id}", data={"auto_advance": "true"}).raise_for_status()


async def test_a_draft_emailed_by_someone_else_meanwhile_is_not_emailed_again() -> None:
    # Also what a stale copy from Stripe's search index looks like: a draft in the search
    # result that an earlier run has since finalized and emailed.
    fake = FakeStripe()
    ids = await drafts(fake, 2)
    progress = once_one_is_done(fake, ids, emailed_by_hand)
    summary = await send_invoices(client_for(fake), concurrency=1, progress=progress)
    assert sends(fake) == Counter(ids)  # each once: by the run, or by hand
    assert (summary.count("sent"), summary.count("already sent")) == (1, 1)
    assert summary.exit_code() == 0
    (by_hand,) = summary.of("already sent")
    marked = (await client_for(fake).invoices.retrieve(by_hand.invoice_id)).to_dict()
    assert marked["metadata"][MARKER] == "sent"
    assert (await send_invoices(client_for(fake))).outcomes == ()


async def test_a_draft_finalized_by_someone_else_meanwhile_waits_for_a_rerun() -> None:
    # Finalized, not emailed: Stripe's record says so, and the run stops there and says so
    # (a rerun reads the record again and sends it).
    fake = FakeStripe()
    ids = await drafts(fake, 2)
    progress = once_one_is_done(fake, ids, finalized_by_hand)
    summary = await send_invoices(client_for(fake), concurrency=1, progress=progress)
    (held,) = summary.failed
    assert held.reason == NOT_EMAILED_SINCE
    assert summary.count("sent") == 1
    assert len(sends(fake)) == 1
    rerun = await send_invoices(client_for(fake))
    assert [(o.invoice_id, o.result) for o in rerun.outcomes] == [(held.invoice_id, "sent")]
    assert sends(fake) == Counter(ids)


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        (charged_instead, SKIP_COLLECTION),
        # Stripe's to finalize and email now: marked by the run, then left as it is.
        (left_to_stripe, SKIP_AUTO_ADVANCE),
    ],
)
async def test_a_draft_stripe_advances_itself_since_it_was_found_is_never_finalized(
    change: Callable[[httpx.Client, str], None], reason: str
) -> None:
    fake = FakeStripe()
    ids = await drafts(fake, 2)
    progress = once_one_is_done(fake, ids, change)
    summary = await send_invoices(client_for(fake), concurrency=1, progress=progress)
    assert summary.skipped_by_reason() == {reason: 1}
    assert summary.count("sent") == 1
    assert summary.exit_code() == 0
    (skipped,) = summary.of("skipped")
    assert skipped.invoice_id not in finalized(fake)
    assert skipped.invoice_id not in sends(fake)


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


async def test_a_draft_another_run_got_to_first_is_settled_by_the_record() -> None:
    # Its marker write, under the same key with another time, is refused (idempotency_error):
    # the invoice is another run's now, and only Stripe's record says what became of it.
    fake = FakeStripe()
    ids = await drafts(fake, 2)
    progress = once_one_is_done(fake, ids, another_run(steps=3))
    summary = await send_invoices(client_for(fake), concurrency=1, progress=progress)
    assert (summary.count("sent"), summary.count("already sent")) == (1, 1)
    assert summary.exit_code() == 0
    assert sends(fake) == Counter(ids)


async def test_a_draft_another_run_began_and_left_unsent_waits_for_a_rerun() -> None:
    fake = FakeStripe()
    ids = await drafts(fake, 2)
    progress = once_one_is_done(fake, ids, another_run(steps=1))
    summary = await send_invoices(client_for(fake), concurrency=1, progress=progress)
    (held,) = summary.failed
    assert held.reason == f"{TAKEN_BY_ANOTHER_RUN}; {RERUN_TO_SEND}"
    assert len(sends(fake)) == 1
    rerun = await send_invoices(client_for(fake))
    assert [(o.invoice_id, o.result) for o in rerun.outcomes] == [(held.invoice_id, "sent")]
    assert sends(fake) == Counter(ids)
