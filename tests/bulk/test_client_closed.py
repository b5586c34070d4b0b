"""The client closed under a run: a send an earlier attempt may have applied is settled by
Stripe's record, never reported "failed" blind; one that was never sent is a plain failure."""

from __future__ import annotations

from collections import Counter

import httpx
import pytest

from stripe_invoicing_client import _async_client
from stripe_invoicing_client._bulk import send_invoices
from stripe_invoicing_client._bulk_plan import idempotency_key
from stripe_invoicing_client.testing import FailAfterWrite, FailRequest, FakeStripe

from ._support import KEY, SEND, client_for, drafts, sends


async def test_a_client_closed_while_a_send_is_retried_is_uncertain_not_failed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The send reached Stripe, which emailed the invoice and answered 500; the client is
    # closed while it waits to retry. The send may have been applied: the run must not say
    # "failed" (a person would send it again). The record can't be read on a closed client
    # either: "uncertain". The rerun settles it from the record: already sent, once.
    fake = FakeStripe()
    (invoice_id,) = await drafts(fake, 1)
    fake.inject(FailAfterWrite(500), times=1, method="POST", path=SEND)
    http = fake.async_http_client(KEY)  # the caller's, which the caller closes
    client = _async_client.AsyncStripeInvoicing(KEY, http_client=http)

    async def close_instead_of_waiting(seconds: float) -> None:
        await http.aclose()

    monkeypatch.setattr(_async_client, "_async_sleep", close_instead_of_waiting)
    summary = await send_invoices(client)
    monkeypatch.undo()
    assert [(o.invoice_id, o.result) for o in summary.outcomes] == [(invoice_id, "uncertain")]
    (outcome,) = summary.outcomes
    assert outcome.reason is not None
    assert outcome.reason.startswith("ClientClosedError: POST /v1/invoices/")
    assert "may have been applied" in outcome.reason
    assert outcome.reason.endswith("then Stripe's invoice.sent events could not be read")
    assert sends(fake) == Counter([invoice_id])
    rerun = await send_invoices(client_for(fake))
    assert [(o.invoice_id, o.result) for o in rerun.outcomes] == [(invoice_id, "already sent")]
    assert sends(fake) == Counter([invoice_id])


class _ClosedOnRetry(httpx.AsyncBaseTransport):
    """The client's HTTP pool closed under the send's retry, as httpx says it: the record
    stays readable, so what it shows decides."""

    def __init__(self, inner: httpx.AsyncBaseTransport, key: str) -> None:
        self.inner = inner
        self.key = key
        self.seen = 0

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if request.headers.get("idempotency-key") == self.key:
            self.seen += 1
            if self.seen > 1:
                raise RuntimeError("Cannot send a request, as the client has been closed.")
        return await self.inner.handle_async_request(request)


@pytest.mark.parametrize(
    ("first_answer", "result"),
    [(FailAfterWrite(500), "sent"), (FailRequest(500), "failed")],
    ids=["emailed, then 500", "500, nothing done"],
)
async def test_a_send_closed_after_an_attempt_reached_stripe_is_settled_by_the_record(
    monkeypatch: pytest.MonkeyPatch, first_answer: FailAfterWrite | FailRequest, result: str
) -> None:
    fake = FakeStripe()
    (invoice_id,) = await drafts(fake, 1)
    fake.inject(first_answer, times=1, method="POST", path=SEND)
    closing = _ClosedOnRetry(fake.transport, idempotency_key(invoice_id, "send", 1))
    http = fake.async_http_client(KEY, mounts={"all://": closing})
    monkeypatch.setattr(_async_client, "_async_sleep", _no_wait)
    summary = await send_invoices(_async_client.AsyncStripeInvoicing(KEY, http_client=http))
    assert closing.seen == 2  # the retry met the closed pool
    assert [(o.invoice_id, o.result) for o in summary.outcomes] == [(invoice_id, result)]
    assert len([r for r in fake.requests if r.path == "/v1/events"]) == 1
    assert sends(fake) == Counter([invoice_id] if result == "sent" else [])
    # Either way the rerun leaves it emailed once.
    await send_invoices(client_for(fake))
    assert sends(fake) == Counter([invoice_id])


async def _no_wait(seconds: float) -> None:
    return None


async def test_a_send_refused_by_a_closed_client_before_it_was_sent_fails() -> None:
    # Nothing reached Stripe: a plain failure, and the rerun sends it once.
    fake = FakeStripe()
    (invoice_id,) = await drafts(fake, 1)
    closing = _ClosedOnRetry(fake.transport, idempotency_key(invoice_id, "send", 1))
    closing.seen = 1  # the first attempt already meets the closed pool
    http = fake.async_http_client(KEY, mounts={"all://": closing})
    summary = await send_invoices(_async_client.AsyncStripeInvoicing(KEY, http_client=http))
    assert [(o.invoice_id, o.result) for o in summary.outcomes] == [(invoice_id, "failed")]
    assert (summary.failed[0].reason or "").endswith("was not sent: the client was closed")
    assert sends(fake) == Counter()
    await send_invoices(client_for(fake))
    assert sends(fake) == Counter([invoice_id])
