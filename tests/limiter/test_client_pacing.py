"""The clients pace themselves: shared budgets, defaults, deadlines, and no failures at a
limit the fake enforces (sync and async)."""

from __future__ import annotations

import asyncio
import inspect
import threading
from typing import Any

import pytest

from stripe_invoicing_client import (
    AsyncStripeInvoicing,
    DeadlineExceededError,
    InvalidParameterError,
    RateLimitError,
    StripeInvoicing,
)
from stripe_invoicing_client._rate_limit import RateLimit
from stripe_invoicing_client.models import Customer
from stripe_invoicing_client.testing import FailAfterWrite, FakeStripe, RateLimits

KEY = "sk_test_pacingKey"


def make(kind: str, fake: FakeStripe, **options: Any) -> Any:
    if kind == "sync":
        return StripeInvoicing(KEY, http_client=fake.sync_http_client(KEY), **options)
    return AsyncStripeInvoicing(KEY, http_client=fake.async_http_client(KEY), **options)


async def call_many(kind: str, client: Any, count: int) -> list[Any]:
    """`count` retrieves at once: gathered tasks, or threads for the sync client."""
    customer = client.customers.create(email="pace@example.com")
    customer = await customer if inspect.isawaitable(customer) else customer
    results: list[Any] = []
    if kind == "async":
        return list(
            await asyncio.gather(
                *(client.customers.retrieve(customer.id) for _ in range(count)),
                return_exceptions=True,
            )
        )

    def one() -> None:
        try:
            results.append(client.customers.retrieve(customer.id))
        except Exception as error:  # counted by the test
            results.append(error)

    threads = [threading.Thread(target=one) for _ in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    return results


async def test_without_pacing_a_burst_over_the_limit_fails(kind: str) -> None:
    fake = FakeStripe(rate_limits=RateLimits(requests_per_second=10, burst=1.0))
    client = make(kind, fake, max_retries=0, rate_limit=None)
    results = await call_many(kind, client, 40)
    assert any(isinstance(r, RateLimitError) for r in results)


async def test_paced_below_the_limit_every_call_succeeds_without_a_429(kind: str) -> None:
    fake = FakeStripe(rate_limits=RateLimits(requests_per_second=50, burst=1.0))
    client = make(kind, fake, max_retries=0, rate_limit=RateLimit(requests_per_second=40))
    results = await call_many(kind, client, 40)
    assert not [r for r in results if isinstance(r, Exception)]
    assert fake.rate_limit_counts.refused_total == 0


async def test_a_429_lowers_the_rate_and_retries_finish_the_calls(kind: str) -> None:
    # The client believes in 200/s; the fake allows 20/s: 429s teach the client.
    fake = FakeStripe(rate_limits=RateLimits(requests_per_second=20, burst=0.25))
    limit = RateLimit(requests_per_second=200, searches_per_second=None)
    client = make(kind, fake, max_retries=5, rate_limit=limit)
    results = await call_many(kind, client, 30)
    assert not [r for r in results if isinstance(r, Exception)]
    assert fake.rate_limit_counts.refused_total > 0
    assert client._limiter.rates()["all"] < 200


def test_clients_derived_with_with_options_share_the_budget() -> None:
    fake = FakeStripe()
    client = StripeInvoicing(KEY, http_client=fake.sync_http_client(KEY), rate_limit=RateLimit())
    assert client.with_options(stripe_account="acct_1")._limiter is client._limiter
    assert client.with_options(max_retries=5)._limiter is client._limiter
    assert client._copy(client._options, raw=True)._limiter is client._limiter  # raw responses
    assert client.with_options(rate_limit=None)._limiter is None
    other = client.with_options(rate_limit=RateLimit(requests_per_second=5))
    assert other._limiter is not client._limiter
    assert other._limiter is not None and other._limiter.limit.requests_per_second == 5
    with pytest.raises(InvalidParameterError, match="rate_limit"):
        client.with_options(rate_limit="auto")  # type: ignore[arg-type]
    with pytest.raises(InvalidParameterError, match="rate_limit"):
        StripeInvoicing(KEY, rate_limit=25)  # type: ignore[arg-type]


def test_auto_paces_test_keys_on_the_clients_own_connections_to_stripe() -> None:
    fake = FakeStripe()
    assert StripeInvoicing(KEY)._limiter is not None
    assert StripeInvoicing(KEY)._limiter.limit == RateLimit.test_mode()  # type: ignore[union-attr]
    assert AsyncStripeInvoicing("rk_test_x")._limiter is not None
    assert StripeInvoicing("sk_live_x")._limiter is None
    assert StripeInvoicing(KEY, http_client=fake.sync_http_client())._limiter is None
    assert StripeInvoicing(KEY, base_url="http://127.0.0.1:9")._limiter is None
    assert StripeInvoicing("sk_live_x", rate_limit=RateLimit.live_mode())._limiter is not None


async def test_a_wait_past_the_deadline_raises_and_sends_nothing(kind: str) -> None:
    fake = FakeStripe()
    client = make(kind, fake, rate_limit=RateLimit(requests_per_second=0.5))
    first = client.customers.create(email="a@example.com")
    customer = await first if inspect.isawaitable(first) else first
    sent = len(fake.requests)
    with pytest.raises(DeadlineExceededError, match="nothing was sent") as raised:
        call = client.customers.update(customer.id, name="B", total_timeout=0.5)
        if inspect.isawaitable(call):
            await call
    assert raised.value.idempotency_key is not None  # safe to send again
    assert len(fake.requests) == sent
    assert client._limiter.concurrency() == (0, 20)


async def test_a_retry_whose_turn_comes_too_late_says_an_attempt_was_sent(kind: str) -> None:
    # The first attempt was applied and answered 500; the retry's turn in the budget (a slot
    # every 2 s) comes after the deadline. Something was sent: the error must not say
    # otherwise, and carries the last failure as its cause, as any deadline error does.
    fake = FakeStripe()
    setup = StripeInvoicing(KEY, http_client=fake.sync_http_client(KEY), rate_limit=None)
    customer = setup.customers.create(email="a@example.com")
    client = make(kind, fake, rate_limit=RateLimit(requests_per_second=0.5))
    fake.inject(FailAfterWrite(status=500), method="POST")
    with pytest.raises(DeadlineExceededError) as raised:
        call = client.customers.update(customer.id, name="B", total_timeout=1.5)
        if inspect.isawaitable(call):
            await call
    updated = setup.customers.retrieve(customer.id)
    assert isinstance(updated, Customer) and updated.name == "B"  # the write was applied
    assert "nothing was sent" not in str(raised.value)
    assert raised.value.idempotency_key is not None
    assert getattr(raised.value.__cause__, "http_status", None) == 500
    assert client._limiter.concurrency() == (0, 20)
