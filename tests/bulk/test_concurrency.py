"""How many invoices are under way at once: ten by default, one at a time with concurrency=1;
and a run paced into a 429 storm still ends with every invoice sent."""

from __future__ import annotations

from collections import Counter

from stripe_invoicing_client import RateLimit
from stripe_invoicing_client._bulk import send_invoices
from stripe_invoicing_client.testing import AddLatency, FakeStripe, RateLimits
from stripe_invoicing_client.testing._rate_limits import Enforcer

from ._support import client_for, counts, drafts, sends


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
