"""A client derived with `with_options(api_key=...)` keeps a shared budget it was given, but
its calls are counted under Redis keys of its own (named by a hash of its key, and its mode):
never in the budget of the key it was derived from. The same key keeps counting in its own.
Sync and async, against a real redis-server."""

from __future__ import annotations

from typing import Any

import pytest

from stripe_invoicing_client import AsyncStripeInvoicing, AuthenticationError, StripeInvoicing
from stripe_invoicing_client._limiter_budget import account_key
from stripe_invoicing_client._rate_limit import RateLimit
from stripe_invoicing_client.redis import RedisBudget
from stripe_invoicing_client.testing import FakeStripe

from ..glue import run
from ._redis_server import RedisServer

FIRST_KEY = "sk_test_firstSECRETkey"
SECOND_KEY = "rk_test_secondSECRETkey"
LIVE_KEY = "sk_live_thirdSECRETkey"


def make(kind: str, fake: FakeStripe, limit: RateLimit) -> Any:
    if kind == "sync":
        http = fake.sync_http_client(FIRST_KEY)
        return StripeInvoicing(FIRST_KEY, http_client=http, rate_limit=limit, max_retries=0)
    http_async = fake.async_http_client(FIRST_KEY)
    return AsyncStripeInvoicing(FIRST_KEY, http_client=http_async, rate_limit=limit, max_retries=0)


async def test_each_derived_key_counts_under_its_own_redis_keys(
    kind: str, redis_server: RedisServer
) -> None:
    budget = RedisBudget(redis_server.url)
    limit = RateLimit(requests_per_second=50.0, searches_per_second=None, shared=budget)
    client = make(kind, FakeStripe(), limit)

    def names() -> set[str]:
        return set(redis_server.key_names())

    await run(client.customers.create(email="first@example.com"))
    first = names()
    assert budget.rate_key(account_key(FIRST_KEY, None), "all") in first
    await run(client.with_options(timeout=5.0).customers.create(email="again@example.com"))
    assert names() == first  # the same key: the same budget

    second = client.with_options(api_key=SECOND_KEY)
    await run(second.customers.create(email="second@example.com"))
    seconds = names() - first
    assert budget.rate_key(account_key(SECOND_KEY, None), "all") in seconds

    live = client.with_options(api_key=LIVE_KEY)
    with pytest.raises(AuthenticationError):  # the fake serves test keys only; paced first
        await run(live.customers.create(email="live@example.com"))
    lives = names() - first - seconds
    assert budget.rate_key(account_key(LIVE_KEY, None), "all") in lives
    assert all(":live:" in name for name in lives)
    assert not any(":live:" in name for name in first | seconds)
    assert not any("SECRET" in name for name in names())  # a hash, never the key
