"""What a stalled Redis may hold up: never the end of an event loop."""

from __future__ import annotations

import asyncio
import threading

import redis.asyncio

from stripe_invoicing_client._limiter import (
    Limiter,
    RateLimit,
    account_key,
    acquire_async,
    release_async,
)
from stripe_invoicing_client.redis import RedisBudget

from ._redis_server import RedisServer

KEY = account_key("sk_test_redisDeadlines", None)
GUARD_SECONDS = 10.0


def paced(budget: RedisBudget, rate: float = 100.0) -> Limiter:
    return Limiter(RateLimit(requests_per_second=rate, searches_per_second=None, shared=budget))


def test_a_stalled_redis_does_not_hold_up_the_end_of_asyncio_run(
    redis_server: RedisServer,
) -> None:
    # As the loop shuts down, the budget frees the places its last calls left, through the
    # caller's client, which has no timeout: that round trip is bounded by the budget's
    # socket timeout, and the places left run out in Redis by themselves.
    budget = RedisBudget.from_client(
        async_client=redis.asyncio.Redis(port=redis_server.port), socket_timeout=0.2
    )
    lim = paced(budget)

    async def job() -> None:
        slot = await acquire_async(lim, KEY, "write")
        redis_server.pause()
        release_async(lim, slot, 200)  # in the background: cancelled as the run ends

    ended = threading.Event()

    def run() -> None:
        asyncio.run(job())
        ended.set()

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    try:
        assert ended.wait(GUARD_SECONDS), "asyncio.run() waited for Redis"
    finally:
        redis_server.resume()
        worker.join(GUARD_SECONDS)
