"""Glue shared by the bulk-send tests: a client on a fake, drafts to send, what was emailed,
the run's counts per result."""

from __future__ import annotations

import asyncio
import time
from collections import Counter
from collections.abc import Callable
from typing import Any

import httpx

from stripe_invoicing_client import AsyncStripeInvoicing
from stripe_invoicing_client._bulk import Progress, SendSummary, Sleep, _run, send_invoices
from stripe_invoicing_client._bulk_plan import idempotency_key, marker_metadata
from stripe_invoicing_client._bulk_scope import Scope
from stripe_invoicing_client.testing import FakeStripe

KEY = "sk_test_bulkSend"
SEND = "/v1/invoices/*/send"


def client_for(fake: FakeStripe, **options: object) -> AsyncStripeInvoicing:
    options.setdefault("rate_limit", None)
    return AsyncStripeInvoicing(KEY, http_client=fake.async_http_client(KEY), **options)  # type: ignore[arg-type]


async def customer(fake: FakeStripe, email: str = "bulk@example.com") -> str:
    return (await client_for(fake).customers.create(email=email)).id


async def drafts(
    fake: FakeStripe,
    count: int,
    batch: str = "b1",
    *,
    customer_id: str | None = None,
    collection_method: str = "send_invoice",
    amount: int = 1000,
    auto_advance: bool = False,
) -> list[str]:
    client = client_for(fake)
    if customer_id is None:
        customer_id = await customer(fake)
    ids = []
    for _ in range(count):
        await client.invoice_items.create(customer=customer_id, amount=amount, currency="usd")
        options: dict[str, Any] = (
            {"days_until_due": 30} if collection_method == "send_invoice" else {}
        )
        if auto_advance:  # Stripe's default for an invoice made through the API is off
            options["auto_advance"] = True
        invoice = await client.invoices.create(
            customer=customer_id,
            collection_method=collection_method,  # type: ignore[arg-type]
            pending_invoice_items_behavior="include",
            metadata={"batch": batch},
            **options,
        )
        ids.append(invoice.id)
    return ids


def served(count: int) -> tuple[FakeStripe, list[str]]:
    """A fake with `count` drafts, made outside any event loop: for the command's tests."""
    fake = FakeStripe()
    return fake, asyncio.run(drafts(fake, count))


async def left_pending(
    fake: FakeStripe, invoice_id: str, *, attempt: int = 1, at: float | None = None, sent: bool
) -> None:
    """The state a run killed after finalizing leaves: marked pending, open, and (`sent`)
    emailed or not, as attempt `attempt` began at `at` (now by default)."""
    client = client_for(fake)
    when = int(time.time() if at is None else at)
    await client.invoices.update(invoice_id, metadata=marker_metadata("pending", attempt, when))
    await client.invoices.finalize(invoice_id)
    if sent:
        await client.invoices.send(invoice_id)


class OtherRunFirst(httpx.AsyncBaseTransport):
    """Runs `other_run` just before the first request under `key` reaches the fake."""

    def __init__(
        self, inner: httpx.AsyncBaseTransport, key: str, other_run: Callable[[], None]
    ) -> None:
        self.inner = inner
        self.key = key
        self.other_run: Callable[[], None] | None = other_run

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        other_run = self.other_run
        if other_run is not None and request.headers.get("idempotency-key") == self.key:
            self.other_run = None
            other_run()
        return await self.inner.handle_async_request(request)


def client_through(fake: FakeStripe, transport: httpx.AsyncBaseTransport) -> AsyncStripeInvoicing:
    http = fake.async_http_client(KEY, mounts={"all://": transport})
    return AsyncStripeInvoicing(KEY, http_client=http, rate_limit=None, max_retries=0)


def sends(fake: FakeStripe) -> Counter[str]:
    return Counter(sent.invoice for sent in fake.sent_invoices)


def finalized(fake: FakeStripe) -> set[str]:
    return {e["data"]["object"]["id"] for e in fake.events if e["type"] == "invoice.finalized"}


def counts(summary: object) -> dict[str, int]:
    results = ("would send", "sent", "already sent", "skipped", "uncertain", "failed")
    return {r: n for r in results if (n := summary.count(r))}  # type: ignore[attr-defined]


async def assert_rerun_sends_once(
    fake: FakeStripe, invoice_id: str, failed_step: str, attempt: int
) -> None:
    """A rerun after the first attempt failed at `failed_step` sends the invoice: that step is
    written once, under attempt `attempt`'s key, and the invoice is emailed once in all."""
    assert counts(await send_invoices(client_for(fake))) == {"sent": 1}
    assert fake.write_count(idempotency_key=idempotency_key(invoice_id, failed_step, attempt)) == 1
    assert sends(fake) == Counter([invoice_id])


async def run_at(
    client: AsyncStripeInvoicing,
    now: float,
    *,
    concurrency: int = 10,
    dry_run: bool = False,
    sleep: Sleep = asyncio.sleep,
    progress: Progress | None = None,
) -> SendSummary:
    """A run over every draft whose clock reads `now` throughout; its waits go to `sleep`."""
    return await _run(
        client,
        Scope(),
        concurrency=concurrency,
        dry_run=dry_run,
        resend_uncertain=False,
        progress=progress,
        clock=lambda: now,
        sleep=sleep,
    )
