"""Invoices reported failed: a refusal is certain (Stripe's record is not asked), a request
that may not have arrived is checked against the record first; either way a rerun sends the
invoice once, under the key of the write that failed."""

from __future__ import annotations

from collections import Counter

from stripe_invoicing_client._bulk import send_invoices
from stripe_invoicing_client.testing import DropBeforeWrite, FailRequest, FakeStripe

from ._support import SEND, assert_rerun_sends_once, client_for, counts, drafts, finalized, sends


async def test_a_refused_send_is_resent_by_a_rerun_under_its_key() -> None:
    # Refused before Stripe's endpoint began (nothing saved for the key): the key still works.
    fake = FakeStripe()
    (invoice_id,) = await drafts(fake, 1)
    fake.inject(FailRequest(status=400, message="Not now."), times=1, method="POST", path=SEND)
    refused = await send_invoices(client_for(fake))
    assert counts(refused) == {"failed": 1}
    assert [g.reason for g in refused.failure_groups()] == ["InvalidRequestError (400): Not now."]
    await assert_rerun_sends_once(fake, invoice_id, "send", 1)


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
