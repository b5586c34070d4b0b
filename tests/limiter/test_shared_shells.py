"""The shells' side of a shared budget, against a recording stand-in for it (the real one,
on a real redis-server, is tests/shared_budget): what is asked, given back and released,
and when a wait stops. Found by mutation testing of _limiter.py."""

from __future__ import annotations

import asyncio
from typing import Any, Literal

import httpx
import pytest

from stripe_invoicing_client._limiter import Limiter, PastDeadline
from stripe_invoicing_client._limiter_budget import account_key
from stripe_invoicing_client._limiter_shells import (
    acquire_async,
    acquire_sync,
    release_async,
    release_sync,
    shared_rates,
)
from stripe_invoicing_client._rate_limit import RateLimit, SharedBudget

from . import _support

KEY = account_key("sk_test_sharedShells", None)
Answer = tuple[float, str | None] | None


class Clock(_support.Clock):
    """The limiter tests' hand-moved clock, noting each sleep."""

    def __init__(self) -> None:
        super().__init__()
        self.sleeps: list[float] = []

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        super().sleep(seconds)


class Recorded:
    """A shared budget answering as told (None: out of reach) and noting every call."""

    def __init__(
        self,
        reserve: Answer = (0.0, "lease-1"),
        lease: str | Literal[False] | None = "lease-2",
        fail_closed: bool = False,
    ) -> None:
        self.answer = reserve
        self.lease_answer = lease
        self.closed = fail_closed
        self.calls: list[tuple[Any, ...]] = []

    def reserve(self, key: Any, rates: Any, max_wait: Any, cap: int) -> Answer:
        self.calls.append(("reserve", rates, cap))
        return self.answer

    async def reserve_async(self, key: Any, rates: Any, max_wait: Any, cap: int) -> Answer:
        return self.reserve(key, rates, max_wait, cap)

    def lease(self, key: Any, cap: int, max_wait: Any) -> str | Literal[False] | None:
        self.calls.append(("lease", cap))
        return self.lease_answer

    async def lease_async(self, key: Any, cap: int, max_wait: Any) -> str | Literal[False] | None:
        return self.lease(key, cap, max_wait)

    def release(self, key: Any, lease: str | None, cut: Any) -> None:
        self.calls.append(("release", lease, cut))

    async def release_async(self, key: Any, lease: str | None, cut: Any) -> None:
        self.release(key, lease, cut)

    def refund(self, key: Any, rates: Any) -> None:
        self.calls.append(("refund", rates))

    async def refund_async(self, key: Any, rates: Any) -> None:
        self.refund(key, rates)

    def fallback_share(self) -> int:
        return 1

    def fails_closed(self) -> bool:
        return self.closed

    def named(self, name: str) -> list[tuple[Any, ...]]:
        return [call for call in self.calls if call[0] == name]


def limiter(shared: Recorded, clock: Clock | None = None, **config: Any) -> Limiter:
    assert isinstance(shared, SharedBudget)
    limit = RateLimit(**{"searches_per_second": None, **config}, shared=shared)
    return Limiter(limit, clock=clock) if clock is not None else Limiter(limit)


GLOBAL_RATE = httpx.Headers({"Stripe-Rate-Limited-Reason": "global-rate"})


def test_a_search_is_counted_in_the_reads_and_the_searches_rates() -> None:
    limit = RateLimit(requests_per_second=50, reads_per_second=30, searches_per_second=5)
    assert shared_rates(limit, "search") == [("all", 50), ("read", 30), ("search", 5)]
    assert shared_rates(limit, "read") == [("all", 50), ("read", 30)]
    assert shared_rates(limit, "write") == [("all", 50)]


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_a_429_is_shared_even_when_redis_gave_no_lease(mode: str) -> None:
    # Redis answered the reserve but not the lease (out of reach meanwhile): the call goes on
    # unleased, and its 429 is still written there for every process.
    shared = Recorded(reserve=(0.0, None), lease=None)
    lim = limiter(shared, requests_per_second=40)
    if mode == "sync":
        slot = acquire_sync(lim, KEY, "write", sleep=lambda s: None)
        assert slot.lease is None
        release_sync(lim, slot, 429, GLOBAL_RATE)
    else:
        slot = await acquire_async(lim, KEY, "write")
        assert slot.lease is None
        release_async(lim, slot, 429, GLOBAL_RATE)
        await asyncio.sleep(0.05)  # the release runs in the background
    assert shared.named("release") == [("release", None, ("all", 40))]


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_an_unleased_success_asks_nothing_more_of_redis(mode: str) -> None:
    shared = Recorded(reserve=(0.0, None), lease=None)
    lim = limiter(shared)
    if mode == "sync":
        release_sync(lim, acquire_sync(lim, KEY, "write", sleep=lambda s: None), 200)
    else:
        release_async(lim, await acquire_async(lim, KEY, "write"), 200)
        await asyncio.sleep(0.05)
    assert shared.named("release") == []


async def test_a_task_cancelled_waiting_for_a_place_gives_its_lease_and_slot_back() -> None:
    shared = Recorded(reserve=(0.0, "lease-1"))
    lim = limiter(shared, requests_per_second=40, max_concurrent=1)
    first = await acquire_async(lim, KEY, "write")
    second = asyncio.ensure_future(acquire_async(lim, KEY, "write"))
    await asyncio.sleep(0.05)
    assert not second.done()  # queued for the one place in flight
    second.cancel()
    with pytest.raises(asyncio.CancelledError):
        await second
    await asyncio.sleep(0.05)  # the giving back runs in the background
    assert shared.named("refund") == [("refund", [("all", 40)])]
    assert shared.named("release") == [("release", "lease-1", None)]
    release_async(lim, first, 200)


def test_a_fail_closed_caller_at_its_deadline_stops_without_waiting() -> None:
    clock = Clock()
    shared = Recorded(reserve=None, fail_closed=True)  # Redis out of reach
    lim = limiter(shared, clock)
    with pytest.raises(PastDeadline):
        acquire_sync(lim, KEY, "write", deadline=clock.now, sleep=clock.sleep)
    assert clock.sleeps == []
    assert lim.concurrency(api_key="sk_test_sharedShells") == (0, 20)


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_a_fail_closed_caller_waits_for_redis_no_longer_than_its_deadline(
    mode: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    clock = Clock()
    shared = Recorded(reserve=None, fail_closed=True)  # Redis out of reach
    lim = limiter(shared, clock)
    deadline = clock.now + 0.03  # less than one poll for Redis
    with pytest.raises(PastDeadline):
        if mode == "sync":
            acquire_sync(lim, KEY, "write", deadline=deadline, sleep=clock.sleep)
        else:

            async def sleep(seconds: float) -> None:
                clock.sleep(seconds)

            monkeypatch.setattr(asyncio, "sleep", sleep)
            await acquire_async(lim, KEY, "write", deadline=deadline)
    assert clock.now <= deadline + 1e-9  # asked again until the deadline, not past it
    assert len(shared.named("reserve")) == 2


def test_a_sync_caller_past_its_deadline_waiting_for_a_place_gives_lease_and_slot_back() -> None:
    shared = Recorded(reserve=(0.0, "lease-1"))
    lim = limiter(shared, requests_per_second=40, max_concurrent=1)
    first = acquire_sync(lim, KEY, "write")
    clock = lim.clock
    with pytest.raises(PastDeadline):
        acquire_sync(lim, KEY, "write", deadline=clock() + 0.05)
    assert shared.named("refund") == [("refund", [("all", 40)])]
    assert shared.named("release") == [("release", "lease-1", None)]
    release_sync(lim, first, 200)


def test_redis_out_of_reach_each_process_paces_its_kinds_budget_too() -> None:
    clock = Clock()
    shared = Recorded(reserve=None)  # failing open: local pacing
    lim = limiter(shared, clock, requests_per_second=100, writes_per_second=2)
    times = []
    for _ in range(3):
        slot = acquire_sync(lim, KEY, "write", sleep=clock.sleep)
        times.append(round(slot.at - 100.0, 6))
        release_sync(lim, slot, 200)
    assert times == [0.0, 0.5, 1.0]  # the writes' 2 a second, not the total's 100


class ManyWorkers(Recorded):
    """Out of reach, with `workers` processes seen alive at the last answer."""

    def __init__(self, workers: int) -> None:
        super().__init__(reserve=None)
        self.workers = workers

    def fallback_share(self) -> int:
        return self.workers


@pytest.mark.parametrize("workers", [4, 10])
def test_redis_out_of_reach_each_process_keeps_its_whole_share(workers: int) -> None:
    # 25 a second over `workers` processes: each sends one call every workers/25 s, however
    # few calls the bucket's burst holds (2.5 here), not slower.
    clock = Clock()
    lim = limiter(ManyWorkers(workers), clock, requests_per_second=25)
    times = []
    for _ in range(4):
        slot = acquire_sync(lim, KEY, "write", sleep=clock.sleep)
        times.append(round(slot.at - 100.0, 6))
        release_sync(lim, slot, 200)
    step = workers / 25
    assert times == [pytest.approx(step * n) for n in range(4)]


class LeaseLater(Recorded):
    """Redis out of reach for the first lease requests, then answering."""

    def __init__(self, answers: list[str | None], fail_closed: bool) -> None:
        super().__init__(reserve=(0.0, None), fail_closed=fail_closed)
        self.answers = answers

    def lease(self, key: Any, cap: int, max_wait: Any) -> str | Literal[False] | None:
        self.calls.append(("lease", cap))
        return self.answers.pop(0) if len(self.answers) > 1 else self.answers[0]


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_failing_closed_a_call_waits_for_a_lease_while_redis_is_away(mode: str) -> None:
    # Reserved, then Redis went away before the lease: failing closed, the call waits for
    # Redis to answer rather than going on with no place counted.
    shared = LeaseLater([None, None, "lease-3"], fail_closed=True)
    lim = limiter(shared)
    if mode == "sync":
        slot = acquire_sync(lim, KEY, "write", sleep=lambda s: None)
    else:
        slot = await acquire_async(lim, KEY, "write")
    assert slot.lease == "lease-3"
    assert len(shared.named("lease")) == 3


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_failing_open_a_call_goes_on_unleased_while_redis_is_away(mode: str) -> None:
    shared = LeaseLater([None, "lease-2"], fail_closed=False)
    lim = limiter(shared)
    if mode == "sync":
        slot = acquire_sync(lim, KEY, "write", sleep=lambda s: None)
    else:
        slot = await acquire_async(lim, KEY, "write")
    assert slot.lease is None
    assert len(shared.named("lease")) == 1


def test_failing_closed_a_call_waiting_for_a_lease_stops_at_its_deadline() -> None:
    clock = Clock()
    shared = LeaseLater([None], fail_closed=True)
    lim = limiter(shared, clock)
    with pytest.raises(PastDeadline):
        acquire_sync(lim, KEY, "write", deadline=clock.now + 0.05, sleep=clock.sleep)
    assert shared.named("refund") == [("refund", shared_rates(lim.limit, "write"))]
    assert lim.concurrency(api_key="sk_test_sharedShells") == (0, 20)
