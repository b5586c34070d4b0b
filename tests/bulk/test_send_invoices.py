"""Bulk finalize-and-send: each invoice once, across crashes, cancellation and 429 storms."""

from __future__ import annotations

import asyncio
from collections import Counter

import pytest

from stripe_invoicing_client import AsyncStripeInvoicing, InvalidParameterError, RateLimit
from stripe_invoicing_client._bulk import MARKER, send_invoices
from stripe_invoicing_client.testing import DropAfterWrite, FailRequest, FakeStripe, RateLimits
from stripe_invoicing_client.testing._rate_limits import Enforcer

KEY = "sk_test_bulkSend"


def client_for(fake: FakeStripe, **options: object) -> AsyncStripeInvoicing:
    options.setdefault("rate_limit", None)
    return AsyncStripeInvoicing(KEY, http_client=fake.async_http_client(KEY), **options)  # type: ignore[arg-type]


async def drafts(fake: FakeStripe, count: int, batch: str = "b1") -> list[str]:
    client = client_for(fake)
    customer = await client.customers.create(email="bulk@example.com")
    ids = []
    for _ in range(count):
        await client.invoice_items.create(customer=customer.id, amount=1000, currency="usd")
        invoice = await client.invoices.create(
            customer=customer.id,
            collection_method="send_invoice",
            days_until_due=30,
            pending_invoice_items_behavior="include",
            metadata={"batch": batch},
        )
        ids.append(invoice.id)
    return ids


def sends(fake: FakeStripe) -> Counter[str]:
    return Counter(sent.invoice for sent in fake.sent_invoices)


async def test_every_matching_draft_is_sent_once_and_a_rerun_sends_nothing() -> None:
    fake = FakeStripe()
    ids = await drafts(fake, 4)
    await drafts(fake, 2, batch="other")
    client = client_for(fake)
    summary = await send_invoices(client, query="metadata['batch']:'b1'")
    assert (summary.count("sent"), summary.count("failed")) == (4, 0)
    assert sends(fake) == Counter(ids)
    again = await send_invoices(client, query="metadata['batch']:'b1'")
    assert again.outcomes == ()
    assert sends(fake) == Counter(ids)
    invoice = await client.invoices.retrieve(ids[0])
    assert invoice.to_dict()["metadata"][MARKER] == "sent"


async def test_dry_run_writes_nothing() -> None:
    fake = FakeStripe()
    ids = await drafts(fake, 3)
    writes = len(fake.writes)
    summary = await send_invoices(client_for(fake), dry_run=True)
    assert sorted(o.invoice_id for o in summary.outcomes) == sorted(ids)
    assert summary.count("would send") == 3
    assert len(fake.writes) == writes
    assert "would send (dry run)         3" in summary.table()


async def test_a_rerun_after_a_crash_neither_refinalizes_nor_resends() -> None:
    fake = FakeStripe()
    ids = await drafts(fake, 5)
    # Two sends are applied, then their answers are lost and the run gives up on them.
    fake.inject(DropAfterWrite(), times=2, method="POST", path="/v1/invoices/*/send")
    first = await send_invoices(client_for(fake, max_retries=0))
    assert (first.count("sent"), first.count("failed")) == (3, 2)
    second = await send_invoices(client_for(fake))
    assert (second.count("already sent"), second.count("failed")) == (2, 0)
    assert sends(fake) == Counter(ids)  # each exactly once
    assert fake.write_count("PostInvoicesInvoiceFinalize") == 5


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


async def test_a_429_storm_ends_with_every_invoice_sent() -> None:
    fake = FakeStripe()
    ids = await drafts(fake, 10)
    # The set-up above ran unlimited; from here on the fake allows 20 requests a second.
    fake._enforcer = Enforcer(RateLimits(requests_per_second=20, burst=0.25))
    client = client_for(fake, max_retries=6, rate_limit=RateLimit(requests_per_second=200))
    summary = await send_invoices(client, concurrency=10)
    assert summary.count("failed") == 0
    assert fake.rate_limit_counts.refused_total > 0  # it was a storm
    assert sends(fake) == Counter(ids)


async def test_failures_are_reported_with_their_reason_and_the_rest_go_on() -> None:
    fake = FakeStripe()
    ids = await drafts(fake, 3)
    fake.inject(
        FailRequest(status=400, error_type="invalid_request_error", code="invoice_no_customer"),
        times=1,
        method="POST",
        path="/v1/invoices/*/finalize",
    )
    summary = await send_invoices(client_for(fake))
    assert (summary.count("sent"), summary.count("failed")) == (2, 1)
    (failed,) = summary.failed
    assert failed.invoice_id in ids
    assert failed.reason == "InvalidRequestError (invoice_no_customer)"
    assert f"{failed.invoice_id}: InvalidRequestError (invoice_no_customer)" in summary.table()


async def test_concurrency_is_checked() -> None:
    with pytest.raises(InvalidParameterError, match="concurrency"):
        await send_invoices(client_for(FakeStripe()), concurrency=0)
