"""Places in flight (leases in Redis) come back when their call ends, whatever Redis or the
event loop was doing at that moment: not a minute later, when the lease runs out. A lease
kept past its call holds a place from every worker sharing the budget. And each event loop's
connection to Redis ends with that loop."""

from __future__ import annotations

import asyncio
import time
from typing import Any

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

from ._redis_server import RedisServer

KEY = account_key("sk_test_placesComeBack", None)


def one_place(budget: RedisBudget) -> Limiter:
    return Limiter(
        RateLimit(
            requests_per_second=1000.0, searches_per_second=None, max_concurrent=1, shared=budget
        )
    )


async def acquire(kind: str, lim: Limiter, **ask: Any) -> Any:
    if kind == "sync":
        return acquire_sync(lim, KEY, "write", **ask)
    return await acquire_async(lim, KEY, "write", **ask)


async def release(kind: str, lim: Limiter, slot: Any) -> None:
    if kind == "sync":
        release_sync(lim, slot, 200)
    else:
        release_async(lim, slot, 200)
        await asyncio.sleep(0.05)  # the shared bookkeeping runs in the background


async def test_a_place_freed_while_redis_was_failing_comes_back_once_it_answers(
    kind: str, redis_server: RedisServer
) -> None:
    budget = RedisBudget(redis_server.url, breaker_seconds=0.05)
    lim = one_place(budget)
    slot = await acquire(kind, lim)
    assert slot.lease is not None
    # Another call's Redis request just failed (a timeout under load): the breaker is open
    # while this call ends, so its lease can't be freed now.
    budget.breaker.trip()
    await release(kind, lim, slot)
    await asyncio.sleep(0.1)  # Redis answers again
    # The place is back for the next call, not held for lease_seconds (60 s).
    again = await acquire(kind, lim, deadline=time.monotonic() + 2.0)
    assert again.lease is not None
    await release(kind, lim, again)
    assert redis_server.client().zcard(budget.leases_key(KEY)) == 0


async def test_a_place_redis_took_after_the_reserve_timed_out_comes_back(
    kind: str, redis_server: RedisServer
) -> None:
    # Redis stalls (a long command, a fork, a paused VM): the reserve times out and the call
    # goes on paced locally, but Redis runs the script once it wakes up, taking a lease that
    # no call holds. The next round trip frees it.
    budget = RedisBudget(redis_server.url, breaker_seconds=0.05)
    lim = one_place(budget)
    await release(kind, lim, await acquire(kind, lim))  # connected
    redis_server.pause()
    try:
        slot = await acquire(kind, lim)
        assert slot.shared is None  # paced locally
        await release(kind, lim, slot)
    finally:
        redis_server.resume()
    await asyncio.sleep(0.2)  # Redis ran the reserve it had been sent, and the breaker closed
    again = await acquire(kind, lim, deadline=time.monotonic() + 2.0)
    assert again.lease is not None
    await release(kind, lim, again)
    assert redis_server.client().zcard(budget.leases_key(KEY)) == 0


def test_the_last_calls_place_comes_back_when_asyncio_run_ends(
    redis_server: RedisServer,
) -> None:
    budget = RedisBudget(redis_server.url)
    lim = one_place(budget)

    async def job() -> None:  # a task's whole run: the call ends, and so does the loop
        release_async(lim, await acquire_async(lim, KEY, "write"), 200)

    asyncio.run(job())
    assert redis_server.client().zcard(budget.leases_key(KEY)) == 0
    asyncio.run(job())  # the next job finds the only place free at once
    assert redis_server.client().zcard(budget.leases_key(KEY)) == 0


def test_each_event_loops_connection_to_redis_ends_with_the_loop(
    redis_server: RedisServer,
) -> None:
    budget = RedisBudget(redis_server.url)
    lim = one_place(budget)

    async def job() -> None:
        release_async(lim, await acquire_async(lim, KEY, "write"), 200)
        await asyncio.sleep(0.05)

    for _ in range(5):  # a worker running each task under its own asyncio.run()
        asyncio.run(job())
    # Only the test's own connection is left: none per ended loop.
    assert len(redis_server.client().client_list()) == 1


def zrem_calls(server: RedisServer) -> int:
    stats = server.client().info("commandstats").get("cmdstat_zrem", {"calls": 0})
    return int(stats["calls"])


async def test_an_acquire_adds_no_round_trip_for_a_lease_being_freed(
    redis_server: RedisServer,
) -> None:
    # Each acquire stays one round trip: a lease whose release is under way in the
    # background is that release's to free, not every acquire's meanwhile.
    budget = RedisBudget(redis_server.url)
    lim = Limiter(
        RateLimit(
            requests_per_second=1000.0, searches_per_second=None, max_concurrent=5, shared=budget
        )
    )
    slot = await acquire_async(lim, KEY, "write")
    before = zrem_calls(redis_server)
    release_async(lim, slot, 200)
    following = await acquire_async(lim, KEY, "write")  # before the release has run
    release_async(lim, following, 200)
    await asyncio.sleep(0.05)
    assert zrem_calls(redis_server) - before == 2  # one per lease
    assert redis_server.client().zcard(budget.leases_key(KEY)) == 0
