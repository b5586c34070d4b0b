"""Worker processes (spawned), each with its own client sharing one RedisBudget, against
FakeStripe behind a LoopbackServer that enforces the account's limit: no call fails, almost
nothing is answered 429, and the account's limit is nearly reached, with 1, 4 and 8 workers.
Redis killed mid-run (work goes on) and restarted; a worker killed holding a place (the place
comes back)."""

from __future__ import annotations

import multiprocessing
import os
import signal
import time
from collections.abc import Iterator
from typing import Any

import pytest

from stripe_invoicing_client import StripeInvoicing
from stripe_invoicing_client._limiter import Limiter
from stripe_invoicing_client._limiter_budget import account_key
from stripe_invoicing_client._limiter_shells import acquire_sync
from stripe_invoicing_client._rate_limit import RateLimit
from stripe_invoicing_client.redis import RedisBudget
from stripe_invoicing_client.testing import FakeStripe, LoopbackServer, RateLimits

from . import _workers
from ._redis_server import RedisServer

API_KEY = "sk_test_manyWorkers"
RATE = 50.0  # the account's limit, enforced by the fake and configured in every worker

spawn = multiprocessing.get_context("spawn")


@pytest.fixture
def stripe() -> Iterator[tuple[FakeStripe, str, str]]:
    """The fake behind a loopback socket, and a customer to read. Its bucket holds a second's
    worth, as a token bucket at Stripe would: workers' sends reach it with the jitter of
    processes sharing two busy cores."""
    fake = FakeStripe(rate_limits=RateLimits(requests_per_second=RATE, burst=1.0))
    with LoopbackServer(fake) as server:
        setup = StripeInvoicing(API_KEY, base_url=server.base_url, rate_limit=None)
        customer = setup.customers.create(email="workers@example.com").id
        setup.close()
        yield fake, server.base_url, customer


def run_workers(
    redis: RedisServer, base_url: str, customer: str, workers: int, calls: int, during: Any = None
) -> tuple[list[dict[str, Any]], float]:
    ready, start, results = spawn.Queue(), spawn.Event(), spawn.Queue()
    each = calls // workers
    processes = [
        spawn.Process(
            target=_workers.calls,
            args=(redis.url, base_url, API_KEY, RATE, customer, each, ready, start, results),
        )
        for _ in range(workers)
    ]
    for process in processes:
        process.start()
    try:
        for _ in processes:  # every worker imported and built its client
            ready.get(timeout=120)
        started = time.monotonic()
        start.set()
        if during is not None:
            during()
        found = [results.get(timeout=120) for _ in processes]
    finally:
        for process in processes:
            process.join(10)
            if process.is_alive():
                process.kill()
    elapsed = max(r["ended"] for r in found) - started
    return found, elapsed


@pytest.mark.parametrize(("workers", "calls"), [(1, 100), (4, 160), (8, 200)])
def test_workers_sharing_a_budget_reach_the_limit_without_429s(
    redis_server: RedisServer, stripe: tuple[FakeStripe, str, str], workers: int, calls: int
) -> None:
    fake, base_url, customer = stripe
    found, elapsed = run_workers(redis_server, base_url, customer, workers, calls)
    done = sum(r["done"] for r in found)
    attempts = sum(r["attempts"] for r in found)
    limited = sum(r["limited"] for r in found)
    assert sum(r["failed"] for r in found) == 0
    assert done == calls
    assert limited <= 0.005 * attempts, (limited, attempts)
    assert fake.rate_limit_counts.refused_total == limited  # the server saw the same
    # The account's limit, nearly reached (the first burst counts as a tenth of a second).
    assert done / elapsed >= 0.9 * RATE, (done, elapsed)


def test_work_goes_on_while_redis_is_away_and_comes_back(
    redis_server: RedisServer, stripe: tuple[FakeStripe, str, str]
) -> None:
    fake, base_url, customer = stripe

    def outage() -> None:
        time.sleep(1.0)
        redis_server.kill()
        time.sleep(1.0)
        redis_server.start()  # the same port, empty

    found, _ = run_workers(redis_server, base_url, customer, 4, 240, during=outage)
    assert sum(r["failed"] for r in found) == 0
    assert sum(r["done"] for r in found) == 240
    assert fake.rate_limit_counts.admitted >= 240
    # After the restart the workers went back to Redis: the account's keys are there again.
    assert redis_server.client().dbsize() > 0


def test_a_place_held_by_a_killed_worker_comes_back(redis_server: RedisServer) -> None:
    ready = spawn.Queue()
    holder = spawn.Process(target=_workers.hold_a_place, args=(redis_server.url, API_KEY, ready))
    holder.start()
    try:
        assert ready.get(timeout=60) is not None  # it holds the only place, as a lease
        os.kill(holder.pid or 0, signal.SIGKILL)
        holder.join(10)
        lim = Limiter(RateLimit(max_concurrent=1, shared=RedisBudget(redis_server.url)))
        key = account_key(API_KEY, None)
        slot = acquire_sync(lim, key, "write", deadline=time.monotonic() + 10)
        assert slot.lease is not None  # the dead worker's lease ran out
    finally:
        if holder.is_alive():
            holder.kill()


def _forked_worker(lim: Limiter, done: Any) -> None:
    from stripe_invoicing_client._limiter_shells import release_sync

    release_sync(lim, acquire_sync(lim, account_key(API_KEY, None), "write"), 200)
    done.put(os.getpid())


def test_workers_forked_from_one_budget_count_as_many(redis_server: RedisServer) -> None:
    # A prefork server (Celery, gunicorn) builds the budget at import, then forks: each child
    # is a worker of its own, so that, Redis away, each paces at its share and not the whole.
    budget = RedisBudget(redis_server.url, heartbeat_seconds=0.0)
    lim = Limiter(RateLimit(requests_per_second=40.0, shared=budget))
    fork = multiprocessing.get_context("fork")
    done = fork.Queue()
    children = [fork.Process(target=_forked_worker, args=(lim, done)) for _ in range(3)]
    for child in children:
        child.start()
    try:
        assert len({done.get(timeout=60) for _ in children}) == 3
    finally:
        for child in children:
            child.join(10)
            if child.is_alive():
                child.kill()
    workers = redis_server.client().zcard(budget.workers_key(account_key(API_KEY, None)))
    assert workers == 3
