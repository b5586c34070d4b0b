"""The limiter's waits give back what they took: an interrupted or abandoned wait frees its
place and its budget, a call waiting for its time slot holds no place in flight, and idle
accounts are forgotten."""

from __future__ import annotations

import asyncio
import signal
import threading
import time
from collections.abc import Iterator

import pytest

from stripe_invoicing_client._limiter import Limiter, PastDeadline
from stripe_invoicing_client._limiter_budget import account_key
from stripe_invoicing_client._limiter_shells import (
    acquire_async,
    acquire_sync,
    release_async,
    release_sync,
)

from ._support import Clock, limiter

KEY = account_key("sk_test_waits", None)


@pytest.fixture
def interrupt_after() -> Iterator[object]:
    """Raises KeyboardInterrupt in the main thread after a delay, as Ctrl-C would."""

    def handler(signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGALRM, handler)

    def arm(seconds: float) -> None:
        signal.setitimer(signal.ITIMER_REAL, seconds)

    try:
        yield arm
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


# --- an interrupted wait for a place -------------------------------------------------------


def test_an_interrupted_wait_for_a_place_leaves_no_place_taken(interrupt_after: object) -> None:
    lim = limiter(requests_per_second=1000.0, max_concurrent=1)
    holder = acquire_sync(lim, KEY, "read")
    interrupt_after(0.05)  # type: ignore[operator]
    with pytest.raises(KeyboardInterrupt):
        acquire_sync(lim, KEY, "read")
    release_sync(lim, holder, 200)
    assert lim.concurrency() == (0, 1)
    # The next call gets the place at once, not after its deadline.
    slot = acquire_sync(lim, KEY, "read", deadline=time.monotonic() + 2.0)
    assert lim.concurrency() == (1, 1)
    release_sync(lim, slot, 200)


def test_a_sync_caller_with_a_deadline_stops_waiting_for_a_place_and_leaves_the_queue() -> None:
    lim = limiter(requests_per_second=1000.0, max_concurrent=1)
    holder = acquire_sync(lim, KEY, "read")
    with pytest.raises(PastDeadline):
        acquire_sync(lim, KEY, "read", deadline=time.monotonic() + 0.05)
    release_sync(lim, holder, 200)
    assert lim.concurrency() == (0, 1)
    release_sync(lim, acquire_sync(lim, KEY, "read", deadline=time.monotonic() + 2.0), 200)


def test_a_sync_caller_waiting_for_a_place_gets_it_when_freed_before_its_deadline() -> None:
    lim = limiter(requests_per_second=1000.0, max_concurrent=1)
    holder = acquire_sync(lim, KEY, "read")
    threading.Timer(0.05, release_sync, (lim, holder, 200)).start()
    slot = acquire_sync(lim, KEY, "read", deadline=time.monotonic() + 5.0)
    assert lim.concurrency() == (1, 1)
    release_sync(lim, slot, 200)


# --- a call that gives up before sending gives its budget back -----------------------------


def test_calls_past_their_deadline_do_not_use_up_the_budget() -> None:
    # 80 calls arriving at 20/s, each with a one-second deadline, against 10/s: the ones that
    # cannot make it give up without spending the budget, so the rest go at the full rate.
    clock = Clock()
    lim = limiter(clock, requests_per_second=10.0)
    done_per_second = [0, 0, 0, 0]
    for i in range(80):
        clock.now = 100.0 + i * 0.05
        try:
            slot = acquire_sync(lim, KEY, "write", deadline=clock.now + 1.0, sleep=lambda s: None)
        except PastDeadline:
            continue
        release_sync(lim, slot, 200)
        done_per_second[i // 20] += 1
    assert sum(done_per_second) >= 38
    assert min(done_per_second) >= 9  # no collapse: the last second runs as the first


def test_an_interrupted_sync_sleep_gives_back_its_place_and_its_budget() -> None:
    clock = Clock()
    lim = limiter(clock, requests_per_second=1.0, max_concurrent=5)
    release_sync(lim, acquire_sync(lim, KEY, "write", sleep=clock.sleep), 200)

    def interrupted(seconds: float) -> None:
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        acquire_sync(lim, KEY, "write", sleep=interrupted)
    assert lim.concurrency() == (0, 5)
    slept: list[float] = []
    release_sync(lim, acquire_sync(lim, KEY, "write", sleep=slept.append), 200)
    assert slept == [1.0]  # the interrupted call's slot is free again


async def test_a_task_cancelled_while_waiting_for_its_slot_gives_back_its_budget() -> None:
    clock = Clock()
    lim = limiter(clock, requests_per_second=1.0)
    release_async(lim, await acquire_async(lim, KEY, "write"), 200)
    waiting = asyncio.create_task(acquire_async(lim, KEY, "write"))  # sleeps 1 s
    await asyncio.sleep(0)
    waiting.cancel()
    with pytest.raises(asyncio.CancelledError):
        await waiting
    assert lim.concurrency() == (0, 1000)
    slept: list[float] = []
    release_sync(lim, acquire_sync(lim, KEY, "write", sleep=slept.append), 200)
    assert slept == [1.0]


async def test_a_task_past_its_deadline_waiting_for_a_place_gives_back_its_budget() -> None:
    clock = Clock()
    lim = limiter(clock, requests_per_second=1.0, max_concurrent=1)
    holder = await acquire_async(lim, KEY, "write")
    clock.now += 1.0
    with pytest.raises(PastDeadline):
        await acquire_async(lim, KEY, "write", deadline=clock.now + 0.01)
    release_async(lim, holder, 200)
    slept: list[float] = []
    release_sync(lim, acquire_sync(lim, KEY, "write", sleep=slept.append), 200)
    assert slept == []  # the slot the abandoned call had is taken by this one, at once


def test_a_place_freed_for_a_task_whose_loop_was_closed_goes_to_the_next_caller() -> None:
    # A worker closed its event loop with a call still queued for a place (loop.close()
    # without cancelling its tasks): that call will never run. Freeing the place neither
    # raises in the call that frees it nor hands the place to the dead call for good.
    lim = limiter(requests_per_second=1000.0, max_concurrent=1)
    ours = asyncio.new_event_loop()
    theirs = asyncio.new_event_loop()
    try:
        holder = ours.run_until_complete(acquire_async(lim, KEY, "write"))
        queued = theirs.create_task(acquire_async(lim, KEY, "write"))
        theirs.run_until_complete(asyncio.sleep(0.01))
        assert not queued.done()
        theirs.close()
        release_async(lim, holder, 200)
        assert lim.concurrency() == (0, 1)
        slot = ours.run_until_complete(
            acquire_async(lim, KEY, "write", deadline=time.monotonic() + 1.0)
        )
        release_async(lim, slot, 200)
    finally:
        ours.close()
        theirs.close()


# --- waiting for a time slot holds no place, and no other kind's budget --------------------


class Sleepers:
    """A sleep that blocks until released, counting the threads in it."""

    def __init__(self) -> None:
        self.count = 0
        self.lock = threading.Lock()
        self.go = threading.Event()

    def __call__(self, seconds: float) -> None:
        with self.lock:
            self.count += 1
        self.go.wait(30)

    def wait_for(self, count: int) -> None:
        deadline = time.monotonic() + 10
        while self.count < count and time.monotonic() < deadline:
            time.sleep(0.005)


def start_writes(lim: Limiter, count: int, sleep: Sleepers) -> list[threading.Thread]:
    def write() -> None:
        release_sync(lim, acquire_sync(lim, KEY, "write", sleep=sleep), 200)

    threads = [threading.Thread(target=write) for _ in range(count)]
    for thread in threads:
        thread.start()
    return threads


def finish(sleep: Sleepers, threads: list[threading.Thread]) -> None:
    sleep.go.set()
    for thread in threads:
        thread.join(10)


@pytest.mark.parametrize("max_concurrent", [4, 20])
def test_a_read_does_not_wait_behind_writes_waiting_for_their_slots(max_concurrent: int) -> None:
    # 12 writes queued at 2/s (the first goes at once); the reads' budget is untouched.
    lim = limiter(requests_per_second=25.0, writes_per_second=2.0, max_concurrent=max_concurrent)
    sleep = Sleepers()
    threads = start_writes(lim, 12, sleep)
    try:
        sleep.wait_for(min(max_concurrent, 11))
        slot = acquire_sync(lim, KEY, "read", deadline=time.monotonic() + 0.5, sleep=sleep)
        release_sync(lim, slot, 200)
    finally:
        finish(sleep, threads)
    assert lim.concurrency() == (0, max_concurrent)


def test_sync_calls_wait_for_their_own_kinds_budget() -> None:
    clock = Clock()
    lim = limiter(
        clock,
        requests_per_second=100.0,
        reads_per_second=5.0,
        writes_per_second=2.0,
        searches_per_second=1.0,
    )

    def waits(kind: str, count: int) -> list[float]:
        slept: list[float] = []
        for _ in range(count):

            def sleep(seconds: float) -> None:
                slept.append(round(seconds, 6))
                clock.sleep(seconds)

            release_sync(lim, acquire_sync(lim, KEY, kind, sleep=sleep), 200)  # type: ignore[arg-type]
        return slept

    assert waits("write", 3) == [0.5, 0.5]
    clock.now += 10
    assert waits("read", 3) == [0.2, 0.2]
    clock.now += 10
    assert waits("search", 2) == [1.0]  # the search budget, narrower than the reads'


# --- budgets of idle accounts are not kept forever -----------------------------------------


def test_idle_accounts_are_forgotten_and_busy_ones_kept() -> None:
    clock = Clock()
    lim = limiter(clock, requests_per_second=10.0)
    busy = account_key("sk_test_waits", "acct_busy")
    held = acquire_sync(lim, busy, "write", sleep=clock.sleep)
    for i in range(5000):
        key = account_key("sk_test_waits", f"acct_{i}")
        release_sync(lim, acquire_sync(lim, key, "write", sleep=clock.sleep), 200)
    assert len(lim._budgets) <= 1100  # bounded even when all are recent
    clock.now += 3600
    release_sync(lim, acquire_sync(lim, KEY, "write", sleep=clock.sleep), 200)
    assert len(lim._budgets) <= 3  # the idle ones went; the busy one stays
    assert lim.concurrency("acct_busy") == (1, 1000)
    release_sync(lim, held, 200)


def test_concurrency_and_rates_name_one_account_by_key() -> None:
    lim = limiter(requests_per_second=10.0)
    other = account_key("sk_test_other", "acct_1")
    mine = account_key("sk_test_waits", "acct_1")
    slot = acquire_sync(lim, other, "write")
    assert lim.concurrency("acct_1", api_key="sk_test_waits") == (0, 1000)
    assert lim.concurrency("acct_1", api_key="sk_test_other") == (1, 1000)
    release_sync(lim, slot, 200)
    release_sync(lim, acquire_sync(lim, mine, "write"), 429)
    assert lim.rates("acct_1", api_key="sk_test_waits")["all"] == 5.0
    assert lim.rates("acct_1", api_key="sk_test_other")["all"] == 10.0


def test_a_call_given_back_after_taking_its_place_frees_place_and_budget() -> None:
    clock = Clock()
    lim = limiter(clock, requests_per_second=1.0, max_concurrent=3)
    slot = lim.plan(KEY, "write")
    lim.reserve_total(slot)
    assert lim.try_enter(slot)
    assert lim.concurrency() == (1, 3)
    lim.give_back(slot)
    assert lim.concurrency() == (0, 3)
    slept: list[float] = []
    release_sync(lim, acquire_sync(lim, KEY, "write", sleep=slept.append), 200)
    assert slept == []  # its slot went back too
    # Nothing holds the account any more: idle, it is forgotten.
    clock.now += 3600
    lim.plan(account_key("sk_test_waits", "acct_other"), "write")
    assert KEY not in lim._budgets


def test_giving_a_call_back_is_a_use_of_its_account() -> None:
    clock = Clock()
    lim = limiter(clock, requests_per_second=1.0)
    slot = lim.plan(KEY, "write")
    clock.now += 50
    lim.give_back(slot)
    clock.now += 30  # 80 s after the call began, 30 after it was given back
    lim.plan(account_key("sk_test_waits", "acct_other"), "write")  # idle ones are forgotten
    assert lim.rates(api_key="sk_test_waits") != {}  # this one was used 30 s ago: kept


def test_a_call_given_back_after_its_total_returns_its_kinds_budget_too() -> None:
    clock = Clock()
    lim = limiter(clock, requests_per_second=100.0, writes_per_second=1.0)
    slot = lim.plan(KEY, "write")
    lim.reserve_total(slot)
    lim.give_back(slot)  # e.g. its deadline passed waiting for a place
    slept: list[float] = []
    release_sync(lim, acquire_sync(lim, KEY, "write", sleep=slept.append), 200)
    assert slept == []  # the write's slot was given back, not only the total's


def test_at_most_max_idle_accounts_are_kept_and_the_forgotten_leave_no_trace() -> None:
    from stripe_invoicing_client._limiter import MAX_IDLE_ACCOUNTS

    clock = Clock()
    lim = limiter(clock, requests_per_second=10.0)
    for i in range(MAX_IDLE_ACCOUNTS + 1):  # all recent
        lim.give_back(lim.plan(account_key("sk_test_waits", f"acct_{i}"), "write"))
    assert len(lim._budgets) == MAX_IDLE_ACCOUNTS
    assert "acct_0" not in lim._by_account  # the oldest went, and its lookup with it
    assert len(lim._by_account) == MAX_IDLE_ACCOUNTS
