"""A call's deadline (`total_timeout`) bounds its Redis round trips. The asyncio budget cuts a
round trip off at the call's deadline, whatever the socket timeout (or a client of your own
with none); the call then ends as the fail policy says, with its deadline error, nothing sent.
The sync budget's round trips are bounded by the socket timeout only (redis-py has no
per-command timeout), but a call whose turn comes past its deadline sends nothing either.

Redis stalls here by being stopped (SIGSTOP): connections stay open and nothing is answered
until it is resumed, which the tests do only once the call has ended."""

from __future__ import annotations

import asyncio
import threading
import time
from typing import Any

import pytest
import redis.asyncio

from stripe_invoicing_client import _limiter_shells
from stripe_invoicing_client._limiter import Limiter, PastDeadline
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

KEY = account_key("sk_test_redisDeadlines", None)
# What a test waits at most for a call that should end at its deadline: far past it, and
# far short of the socket timeouts that would otherwise end it.
GUARD_SECONDS = 10.0


def paced(budget: RedisBudget, rate: float = 100.0) -> Limiter:
    return Limiter(RateLimit(requests_per_second=rate, searches_per_second=None, shared=budget))


def budget_for(made: str, server: RedisServer, **options: Any) -> RedisBudget:
    """A budget whose socket timeout is far past any deadline here: on a URL with a 60 s
    timeout, or on an asyncio client of the caller's with none at all."""
    if made == "url":
        return RedisBudget(server.url, socket_timeout=60.0, **options)
    return RedisBudget.from_client(async_client=redis.asyncio.Redis(port=server.port), **options)


@pytest.mark.parametrize("fail_closed", [False, True])
@pytest.mark.parametrize("made", ["url", "given"])
async def test_a_stalled_redis_ends_an_asyncio_call_at_its_deadline(
    redis_server: RedisServer, made: str, fail_closed: bool
) -> None:
    budget = budget_for(made, redis_server, fail_closed=fail_closed)
    lim = paced(budget)
    release_async(lim, await acquire_async(lim, KEY, "write"), 200)  # connected, scripts loaded
    await asyncio.sleep(0.05)
    redis_server.pause()
    try:
        call = acquire_async(lim, KEY, "write", deadline=time.monotonic() + 0.3)
        with pytest.raises(PastDeadline):  # nothing sent, whichever the fail policy
            await asyncio.wait_for(call, GUARD_SECONDS)
        # It ended while Redis was still stopped. The deadline cut it, not a Redis failure:
        # the breaker stays closed (the socket timeout judges Redis).
        assert budget.breaker.closed()
        assert lim.concurrency() == (0, 20)
    finally:
        redis_server.resume()
    # Redis ran the reserve once resumed, taking a lease no call holds: the next round trip
    # frees it.
    slot = await acquire_async(lim, KEY, "write", deadline=time.monotonic() + GUARD_SECONDS)
    assert slot.shared is not None
    release_async(lim, slot, 200)
    await asyncio.sleep(0.05)
    assert redis_server.client().zcard(budget.leases_key(KEY)) == 0


class StallAfterReserve(RedisBudget):
    """Redis stops right after answering a reserve (when a call is to take it)."""

    server: RedisServer
    stall = False

    def _stall(self) -> None:
        if self.stall:
            self.server.pause()

    def reserve(self, *ask: Any) -> Any:
        answer = super().reserve(*ask)
        self._stall()
        return answer

    async def reserve_async(self, *ask: Any) -> Any:
        answer = await super().reserve_async(*ask)
        self._stall()
        return answer


@pytest.mark.parametrize("fail_closed", [False, True])
async def test_a_stalled_lease_round_trip_ends_the_call_at_its_deadline_sending_nothing(
    kind: str, redis_server: RedisServer, fail_closed: bool
) -> None:
    # The reserve answers "in 0.5 s" (2 a second, one just taken), then Redis stalls: the
    # place in flight asked for after that wait is not answered. The asyncio budget cuts
    # that round trip at the deadline; the sync one waits out its socket timeout (0.5 s).
    # Either way the call's turn comes past its deadline: failing open it must not go on
    # without a place, and no failing policy sends it.
    timeout = 0.5 if kind == "sync" else 60.0
    budget = StallAfterReserve(redis_server.url, socket_timeout=timeout, fail_closed=fail_closed)
    budget.server = redis_server
    lim = paced(budget, rate=2.0)
    if kind == "sync":
        release_sync(lim, acquire_sync(lim, KEY, "write"), 200)
    else:
        release_async(lim, await acquire_async(lim, KEY, "write"), 200)
        await asyncio.sleep(0.05)
    budget.stall = True
    deadline = time.monotonic() + 0.7
    try:
        with pytest.raises(PastDeadline):
            if kind == "sync":
                acquire_sync(lim, KEY, "write", deadline=deadline)
            else:
                call = acquire_async(lim, KEY, "write", deadline=deadline)
                await asyncio.wait_for(call, GUARD_SECONDS)
    finally:
        redis_server.resume()
    assert lim.concurrency() == (0, 20)


def script_calls(server: RedisServer) -> int:
    stats = server.client().info("commandstats")
    return sum(int(stats.get(f"cmdstat_{n}", {"calls": 0})["calls"]) for n in ("evalsha", "eval"))


async def test_a_call_whose_deadline_has_come_asks_redis_nothing(
    kind: str, redis_server: RedisServer
) -> None:
    # Its turn could only come too late; a round trip begun now could only overrun (and take
    # a slot and a place in Redis for a call that won't send).
    budget = RedisBudget(redis_server.url)
    rates = [("all", 100.0)]
    if kind == "sync":
        budget.reserve(KEY, rates, None, 20)  # connected, scripts loaded
        before = script_calls(redis_server)
        answers = [budget.reserve(KEY, rates, 0.0, 20), budget.lease(KEY, 20, -0.1)]
    else:
        await budget.reserve_async(KEY, rates, None, 20)
        before = script_calls(redis_server)
        answers = [
            await budget.reserve_async(KEY, rates, 0.0, 20),
            await budget.lease_async(KEY, 20, -0.1),
        ]
    assert answers == [None, None]  # as out of reach: the fail policy ends the call
    assert script_calls(redis_server) == before
    assert budget.breaker.closed()


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


async def test_a_background_release_ends_within_the_socket_timeout(
    redis_server: RedisServer,
) -> None:
    # A call's release runs in the background, awaited by no one. Through a caller's client
    # with no timeout, a stalled Redis held it (and its task) until the loop ended; each of
    # its round trips now ends within the budget's socket timeout, and the lease is freed at
    # the next round trip instead.
    budget = RedisBudget.from_client(
        async_client=redis.asyncio.Redis(port=redis_server.port), socket_timeout=0.2
    )
    lim = paced(budget)
    release_async(lim, await acquire_async(lim, KEY, "write"), 200)  # connected, scripts loaded
    await asyncio.sleep(0.05)
    slot = await acquire_async(lim, KEY, "write")
    redis_server.pause()
    try:
        release_async(lim, slot, 200)
        releasing = [t for t in _limiter_shells._background if isinstance(t, asyncio.Task)]
        assert releasing
        _, still = await asyncio.wait(releasing, timeout=GUARD_SECONDS)
        assert not still, "the release waited for Redis"
        assert budget.breaker.closed()  # a cut round trip is no Redis failure
    finally:
        redis_server.resume()
    slot = await acquire_async(lim, KEY, "write", deadline=time.monotonic() + GUARD_SECONDS)
    release_async(lim, slot, 200)
    await asyncio.sleep(0.1)
    assert redis_server.client().zcard(budget.leases_key(KEY)) == 0
