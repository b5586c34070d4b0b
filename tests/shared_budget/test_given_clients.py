"""Clients of your own (`RedisBudget.from_client`). redis-py's asyncio connections belong to the
event loop that made them, so the budget keeps a given asyncio client to the first loop it ran
under and refuses it under any other (a second `asyncio.run()`, another thread's loop) with
`InvalidParameterError`, raised before anything is sent to Redis or Stripe: not redis-py's
`RuntimeError`, and not the quiet local pacing of a Redis outage, which would drop the shared
limit. The sync client has no loop and is not concerned."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Coroutine
from typing import Any

import pytest
import redis
import redis.asyncio

from stripe_invoicing_client import AsyncStripeInvoicing, InvalidParameterError
from stripe_invoicing_client._limiter import Limiter
from stripe_invoicing_client._limiter_budget import account_key
from stripe_invoicing_client._limiter_shells import (
    acquire_async,
    acquire_sync,
    release_async,
    release_sync,
)
from stripe_invoicing_client._rate_limit import RateLimit
from stripe_invoicing_client.redis import RedisBudget
from stripe_invoicing_client.testing import FakeStripe

from ._redis_server import RedisServer

API_KEY = "sk_test_givenClients"
KEY = account_key(API_KEY, None)


def budget_on(server: RedisServer, *, sync: bool = False, **options: Any) -> RedisBudget:
    """A budget on an asyncio client of the test's (and, `sync`, a sync one too)."""
    return RedisBudget.from_client(
        redis.Redis(port=server.port) if sync else None,
        async_client=redis.asyncio.Redis(port=server.port),
        **options,
    )


def paced(budget: RedisBudget) -> Limiter:
    return Limiter(RateLimit(requests_per_second=100.0, searches_per_second=None, shared=budget))


def one_call(lim: Limiter) -> Callable[[], Coroutine[Any, Any, bool]]:
    """A job taking one place and slot, and giving it back: whether Redis served it."""

    async def job() -> bool:
        slot = await acquire_async(lim, KEY, "write")
        release_async(lim, slot, 200)
        await asyncio.sleep(0.02)  # the release runs in the background
        return slot.shared is not None

    return job


BUDGET_COMMANDS = ("evalsha", "eval", "script|load", "zrem")


def budget_calls(server: RedisServer) -> int:
    """Commands the budget sent to Redis so far (its scripts, and ZREM for leases)."""
    stats = server.client().info("commandstats")
    return sum(int(stats.get(f"cmdstat_{n}", {"calls": 0})["calls"]) for n in BUDGET_COMMANDS)


def test_a_given_asyncio_client_is_refused_under_a_second_asyncio_run_before_anything_is_sent(
    redis_server: RedisServer,
) -> None:
    fake = FakeStripe()
    budget = budget_on(redis_server)
    client = AsyncStripeInvoicing(
        API_KEY,
        http_client=fake.async_http_client(API_KEY),
        rate_limit=RateLimit(requests_per_second=50.0, shared=budget),
        max_retries=0,
    )

    async def job() -> None:
        await client.customers.create(email="loop@example.com")

    asyncio.run(job())  # the client's loop: paced through Redis
    assert redis_server.key_names("stripe-invoicing*")
    sent, asked = len(fake.requests), budget_calls(redis_server)
    with pytest.raises(InvalidParameterError) as raised:
        asyncio.run(job())  # redis-py: RuntimeError("... attached to a different loop")
    assert raised.value.param == "async_client"
    message = str(raised.value)
    assert "event loop" in message and "ended" in message
    assert "RedisBudget(url)" in message  # what to do instead
    assert "nothing was sent" in message
    assert len(fake.requests) == sent  # nothing sent to Stripe
    assert budget_calls(redis_server) == asked  # nor to Redis


def test_every_later_event_loop_is_refused_not_every_other_one(redis_server: RedisServer) -> None:
    # redis-py's failure drops the broken connection, so its next loop works by chance, and
    # the one after fails again: the refusal does not depend on such history.
    lim = paced(budget_on(redis_server))
    assert asyncio.run(one_call(lim)())
    for _ in range(3):
        with pytest.raises(InvalidParameterError, match="ended"):
            asyncio.run(one_call(lim)())
    assert lim.concurrency() == (0, 20)  # every refused call gave its place back


def test_a_given_asyncio_client_is_refused_under_another_live_loop(
    redis_server: RedisServer,
) -> None:
    lim = paced(budget_on(redis_server))
    first = asyncio.new_event_loop()
    try:
        assert first.run_until_complete(one_call(lim)())
        # The first loop is still open (as another thread's running loop would be).
        with pytest.raises(InvalidParameterError, match="another event loop"):
            asyncio.run(one_call(lim)())
        assert first.run_until_complete(one_call(lim)())  # its own loop still works
    finally:
        first.run_until_complete(first.shutdown_asyncgens())
        first.close()


@pytest.mark.parametrize("fail_closed", [False, True])
def test_the_refusal_is_not_redis_out_of_reach(
    redis_server: RedisServer, fail_closed: bool
) -> None:
    # Out of reach, the budget fails open (paces locally) or closed (waits for Redis): a
    # client under the wrong loop is neither, whether or not Redis answers meanwhile.
    budget = budget_on(redis_server, fail_closed=fail_closed, breaker_seconds=60.0)
    lim = paced(budget)
    assert asyncio.run(one_call(lim)())
    with pytest.raises(InvalidParameterError, match="not Redis out of reach"):
        asyncio.run(one_call(lim)())
    assert budget.breaker.closed()  # the refusal is not counted as a Redis failure
    budget.breaker.trip()  # Redis failing: still refused, not paced locally nor waited for
    with pytest.raises(InvalidParameterError, match="ended"):
        asyncio.run(one_call(lim)())


def test_the_sync_client_of_the_same_budget_is_unaffected(redis_server: RedisServer) -> None:
    budget = budget_on(redis_server, sync=True)
    lim = paced(budget)
    assert asyncio.run(one_call(lim)())
    with pytest.raises(InvalidParameterError):
        asyncio.run(one_call(lim)())

    async def sync_call_under_a_loop() -> bool:  # a sync client used from async code
        slot = acquire_sync(lim, KEY, "write")
        release_sync(lim, slot, 200)
        return slot.shared is not None

    for _ in range(3):  # any loop, or none: the sync client has no loop
        assert asyncio.run(sync_call_under_a_loop())
        slot = acquire_sync(lim, KEY, "read")
        assert slot.shared is not None and slot.lease is not None  # served by Redis
        release_sync(lim, slot, 200)
    assert budget.breaker.closed()
    assert redis_server.client().zcard(budget.leases_key(KEY)) == 0


def test_a_budget_without_the_client_a_call_needs_says_which_to_give(
    redis_server: RedisServer,
) -> None:
    sync_only = paced(RedisBudget.from_client(redis.Redis(port=redis_server.port)))
    with pytest.raises(InvalidParameterError, match="async_client") as raised:
        asyncio.run(one_call(sync_only)())
    assert "RedisBudget(url)" in str(raised.value)
    async_only = paced(
        RedisBudget.from_client(async_client=redis.asyncio.Redis(port=redis_server.port))
    )
    with pytest.raises(InvalidParameterError, match="'client'") as raised:
        acquire_sync(async_only, KEY, "write")
    assert "RedisBudget(url)" in str(raised.value)
    assert sync_only.concurrency() == async_only.concurrency() == (0, 20)


class OwnClient(redis.asyncio.Redis):
    """An asyncio client that records whether it was closed."""

    closed = False

    async def aclose(self, close_connection_pool: bool | None = None) -> None:
        self.closed = True
        await super().aclose(close_connection_pool)


def test_the_places_a_given_clients_loop_left_come_back_as_it_ends(
    redis_server: RedisServer,
) -> None:
    # The call's release runs in the background; asyncio.run() ends first and cancels it.
    # The place would be held in Redis from every worker for lease_seconds (a minute).
    client = OwnClient(port=redis_server.port)
    budget = RedisBudget.from_client(async_client=client)
    lim = Limiter(
        RateLimit(
            requests_per_second=1000.0, searches_per_second=None, max_concurrent=1, shared=budget
        )
    )

    async def job() -> None:
        release_async(lim, await acquire_async(lim, KEY, "write"), 200)

    asyncio.run(job())
    assert redis_server.client().zcard(budget.leases_key(KEY)) == 0
    assert not client.closed  # the caller's, to close
