"""RedisBudget against a real redis-server: one budget for several limiters (as separate
processes would have), keys that never hold the API key, leases that expire, 429 cuts seen
by all, scripts reloaded after a restart, and failing open (or closed) while Redis is away.
Sync and async share the tests."""

from __future__ import annotations

import asyncio
import math
import subprocess
import sys
import time
from typing import Any

import pytest

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

API_KEY = "sk_test_sharedSECRETkey"
KEY = account_key(API_KEY, "acct_shared")


def limit(budget: RedisBudget, **config: Any) -> RateLimit:
    defaults: dict[str, Any] = {"searches_per_second": None, "max_concurrent": 100}
    return RateLimit(**{**defaults, **config}, shared=budget)


def redis_budget(lim: Limiter) -> RedisBudget:
    assert isinstance(lim.limit.shared, RedisBudget)
    return lim.limit.shared


def ahead(server: RedisServer, budget: RedisBudget, rate: str = "all") -> float:
    """How far the shared bucket's `tat` is past Redis's clock (seconds)."""
    seconds, micros = server.client().time()
    return server.number(budget.rate_key(KEY, rate), "tat") - (seconds + micros / 1e6)


async def acquire(kind: str, lim: Limiter, **ask: Any) -> Any:
    if kind == "sync":
        return acquire_sync(lim, KEY, ask.pop("call", "write"), **ask)
    return await acquire_async(lim, KEY, ask.pop("call", "write"), **ask)


async def release(kind: str, lim: Limiter, slot: Any, status: int | None, **more: Any) -> None:
    if kind == "sync":
        release_sync(lim, slot, status, **more)
    else:
        release_async(lim, slot, status, **more)
        await asyncio.sleep(0.05)  # the shared bookkeeping runs in the background


def test_importing_the_package_does_not_import_redis() -> None:
    code = (
        "import sys, stripe_invoicing_client as s; s.RateLimit; assert 'redis' not in sys.modules"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


async def test_two_limiters_share_one_rate(kind: str, redis_server: RedisServer) -> None:
    # Two limiters (two processes' worth) at 10/s each would send 20/s alone: shared, the
    # second finds the first's slots taken.
    first, second = (
        Limiter(limit(RedisBudget(redis_server.url), requests_per_second=10.0)) for _ in range(2)
    )
    served = []
    for lim in (first, second, first, second):
        slot = await acquire(kind, lim)
        served.append(slot.shared is not None)
        await release(kind, lim, slot, 200)
    assert served == [True] * 4
    # Four calls at 10/s, one by one: each waited for the one before, whichever limiter sent
    # it, so the bucket ends a slot ahead of Redis's clock (not four slots over two buckets).
    assert 0.0 < ahead(redis_server, redis_budget(first)) <= 0.1


def test_keys_name_a_hash_with_a_tag_per_account_and_mode_and_expire(
    redis_server: RedisServer,
) -> None:
    budget = RedisBudget(redis_server.url)
    lim = Limiter(limit(budget, requests_per_second=10.0))
    release_sync(lim, acquire_sync(lim, KEY, "write"), 200)
    live = account_key("sk_live_sharedSECRETkey", "acct_shared")
    release_sync(lim, acquire_sync(lim, live, "write"), 200)
    client = redis_server.client()
    keys = sorted(redis_server.key_names())
    assert keys, "nothing was written"
    for name in keys:
        assert "SECRET" not in name and "acct_shared" not in name
        assert client.pttl(name) > 0  # every key expires
    tags = {name.split("{")[1].split("}")[0] for name in keys}
    assert len(tags) == 2  # one hash tag (one Cluster slot) per account and mode
    assert {name.split("}:")[1].split(":")[0] for name in keys} == {"test", "live"}


async def test_a_429_cut_is_seen_by_every_limiter(kind: str, redis_server: RedisServer) -> None:
    first, second = (
        Limiter(limit(RedisBudget(redis_server.url), requests_per_second=20.0)) for _ in range(2)
    )
    slot = await acquire(kind, first)
    await release(kind, first, slot, 429, headers={"Stripe-Rate-Limited-Reason": "global-rate"})
    shared = redis_budget(first)
    assert redis_server.number(shared.rate_key(KEY, "all"), "factor") == 0.5
    # The other limiter's next slot is spaced at 10/s, from Redis: 0.1 s, not 0.05.
    tat = redis_server.number(shared.rate_key(KEY, "all"), "tat")
    await release(kind, second, await acquire(kind, second, deadline=time.monotonic() + 5), 200)
    later = redis_server.number(shared.rate_key(KEY, "all"), "tat")
    assert later - tat == pytest.approx(0.1, abs=1e-5)


async def test_a_call_that_gives_up_gives_its_shared_slot_back(
    kind: str, redis_server: RedisServer
) -> None:
    lim = Limiter(limit(RedisBudget(redis_server.url), requests_per_second=1.0))
    release_sync(lim, acquire_sync(lim, KEY, "write"), 200)
    rate_key = redis_budget(lim).rate_key(KEY, "all")
    before = redis_server.number(rate_key, "tat")
    with pytest.raises(PastDeadline):  # the next slot is a second away
        await acquire(kind, lim, deadline=time.monotonic() + 0.1)
    assert redis_server.number(rate_key, "tat") == before  # nothing taken
    # Taken, then interrupted while sleeping for it: given back.
    if kind == "sync":

        def interrupted(seconds: float) -> None:
            raise KeyboardInterrupt

        with pytest.raises(KeyboardInterrupt):
            acquire_sync(lim, KEY, "write", sleep=interrupted)
    else:
        task = asyncio.create_task(acquire_async(lim, KEY, "write"))
        await asyncio.sleep(0.1)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        await asyncio.sleep(0.05)
    assert redis_server.number(rate_key, "tat") == pytest.approx(before)
    assert lim.concurrency("acct_shared") == (0, 100)


async def test_leases_cap_the_places_of_every_limiter_and_expire(
    kind: str, redis_server: RedisServer
) -> None:
    budgets = [RedisBudget(redis_server.url, lease_seconds=0.5) for _ in range(2)]
    first, second = (
        Limiter(limit(b, requests_per_second=1000.0, max_concurrent=1)) for b in budgets
    )
    held = await acquire(kind, first)
    assert held.lease is not None
    with pytest.raises(PastDeadline):  # the only place is the first's, in Redis
        await acquire(kind, second, deadline=time.monotonic() + 0.1)
    # The holder never gives it back (as if killed): the lease runs out.
    slot = await acquire(kind, second, deadline=time.monotonic() + 5.0)
    assert slot.lease is not None
    await release(kind, second, slot, 200)
    assert redis_server.client().zcard(budgets[1].leases_key(KEY)) == 0


async def test_scripts_are_loaded_again_after_redis_forgets_them(
    kind: str, redis_server: RedisServer
) -> None:
    lim = Limiter(limit(RedisBudget(redis_server.url), requests_per_second=100.0))
    await release(kind, lim, await acquire(kind, lim), 200)
    redis_server.client().script_flush()
    slot = await acquire(kind, lim)
    assert slot.shared is not None  # served by Redis, not the local fallback
    await release(kind, lim, slot, 200)


async def test_while_redis_is_away_each_limiter_paces_at_its_share(
    kind: str, redis_server: RedisServer
) -> None:
    budgets = [RedisBudget(redis_server.url, heartbeat_seconds=0.0) for _ in range(4)]
    lims = [Limiter(limit(b, requests_per_second=40.0)) for b in budgets]
    for lim in lims:  # each says it is alive
        await release(kind, lim, await acquire(kind, lim), 200)
    assert budgets[-1].live_workers() == 4
    redis_server.kill()
    lim = lims[-1]
    started = time.monotonic()
    slot = await acquire(kind, lim)
    assert slot.shared is None and slot.lease is None  # paced locally
    assert time.monotonic() - started < 2.0  # the socket timeout, not a hang
    assert not budgets[-1].breaker.closed()
    await release(kind, lim, slot, 200)
    # Locally at 40/4 = 10/s: each call takes 0.1 s of the local total (no Redis asked).
    nxt = lim.plan(KEY, "write")
    lim.reserve_total(nxt, share=budgets[-1].fallback_share())
    assert [interval for _, interval in nxt.taken] == [pytest.approx(0.1)]
    lim.give_back(nxt)


async def test_failing_closed_waits_for_redis_up_to_the_deadline(
    kind: str, redis_server: RedisServer
) -> None:
    lim = Limiter(limit(RedisBudget(redis_server.url, fail_closed=True, breaker_seconds=0.05)))
    redis_server.kill()
    with pytest.raises(PastDeadline):
        await acquire(kind, lim, deadline=time.monotonic() + 0.3)
    assert lim.concurrency("acct_shared") == (0, 100)


async def test_redis_clock_stepping_back_does_not_stall_the_budget(
    kind: str, redis_server: RedisServer
) -> None:
    # Redis's clock stepped back an hour since the last call (an NTP step, or a failover to a
    # replica whose clock is behind): the bucket's times, written on the old clock, are an
    # hour ahead. Calls go on at the rate, not after an hour.
    budget = RedisBudget(redis_server.url)
    lim = Limiter(limit(budget, requests_per_second=10.0))
    await release(kind, lim, await acquire(kind, lim), 200)
    rate_key = budget.rate_key(KEY, "all")
    client = redis_server.client()
    for field in ("tat", "seen"):
        client.hset(rate_key, field, redis_server.number(rate_key, field) + 3600)
    slot = await acquire(kind, lim, deadline=time.monotonic() + 2.0)
    assert slot.shared is not None  # served by Redis
    await release(kind, lim, slot, 200)
    assert 0.0 < ahead(redis_server, budget) <= 0.3  # back on Redis's clock


def test_the_budget_checks_its_arguments_and_hides_the_password() -> None:
    from stripe_invoicing_client import InvalidParameterError as Invalid

    with pytest.raises(Invalid, match="url"):
        RedisBudget()
    # Refused when the budget is made, not at its first call (where a URL redis-py can't
    # read would fail every call), and without showing the URL, which may hold a password.
    wrong: object
    for wrong in ("http://:hunter2@cache:6379", "cache:6379", "", 42):
        with pytest.raises(Invalid, match="url") as refused:
            RedisBudget(wrong)  # type: ignore[arg-type]
        assert "hunter2" not in str(refused.value)
    # "false" from a config file is not taken as true.
    for wrong in ("false", 0, None):
        with pytest.raises(Invalid, match="fail_closed"):
            RedisBudget("redis://cache:6379/0", fail_closed=wrong)  # type: ignore[arg-type]

    url = "redis://cache:6379/0"
    bad: Any
    # A lease of 0 s runs out as it is taken (no cap at all); a TTL of 0 forgets every rate.
    for name in ("lease_seconds", "socket_timeout", "key_ttl_seconds"):
        for bad in (0, -1.0, math.inf, math.nan, "60", True):
            with pytest.raises(Invalid, match=name):
                RedisBudget(url, **{name: bad})
    for name in ("breaker_seconds", "heartbeat_seconds"):
        for bad in (-1.0, math.inf, math.nan, "2"):
            with pytest.raises(Invalid, match=name):
                RedisBudget(url, **{name: bad})
    RedisBudget(url, breaker_seconds=0, heartbeat_seconds=0.0)  # 0: no pause, beat each time
    assert "hunter2" not in repr(RedisBudget("redis://user:hunter2@cache:6379/0"))
    from stripe_invoicing_client import InvalidParameterError

    with pytest.raises(InvalidParameterError, match="shared"):
        RateLimit(shared="redis://x")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "url",
    [
        "redis://user:hunter2@cache:6379/0",
        "redis://cache:6379/0?password=hunter2",  # redis-py reads a password from the query
        "unix:///run/redis.sock?password=hunter2&db=0",
        "rediss://:hunter2@cache:6380/0?ssl_cert_reqs=required",
    ],
)
def test_the_budget_hides_the_password(url: str) -> None:
    budget = RedisBudget(url)
    assert "hunter2" not in repr(budget)
    assert "hunter2" not in repr(RateLimit(shared=budget))
    assert "cache" in repr(budget) or "redis.sock" in repr(budget)  # where it is, still


def test_from_client_uses_the_callers_client(redis_server: RedisServer) -> None:
    import redis

    client = redis.Redis(port=redis_server.port)
    lim = Limiter(limit(RedisBudget.from_client(client), requests_per_second=50.0))
    slot = acquire_sync(lim, KEY, "read")
    assert slot.shared is not None
    release_sync(lim, slot, 200)
    client.close()
