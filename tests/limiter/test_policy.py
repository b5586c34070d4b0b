"""The limiter's policy, on a fake clock: pacing, budgets, AIMD, concurrency, shells."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable
from typing import TypeVar

import httpx
import pytest

from stripe_invoicing_client import InvalidParameterError
from stripe_invoicing_client._limiter import Limiter, PastDeadline
from stripe_invoicing_client._limiter_budget import Slot, account_key, call_kind
from stripe_invoicing_client._limiter_shells import (
    acquire_async,
    acquire_sync,
    release_async,
    release_sync,
)
from stripe_invoicing_client._rate_limit import RateLimit, check_rate_limit, resolve

from ._support import Clock, limiter

KEY = account_key("sk_test_limiter", None)
T = TypeVar("T")


def send_times(lim: Limiter, count: int, kind: str = "write", key: object = KEY) -> list[float]:
    """When each of `count` calls in a row sends (the fake clock moves as they wait)."""
    clock: Clock = lim.clock  # type: ignore[assignment]
    times = []
    for _ in range(count):
        slot = acquire_sync(lim, key, kind, sleep=clock.sleep)  # type: ignore[arg-type]
        times.append(round(slot.at - 100.0, 6))
        lim.release(slot, 200)
    return times


def sent(lim: Limiter, status: int | None, kind: str = "write", **ask: object) -> None:
    """One call sent at once (whatever its slot) and answered `status`."""
    headers = ask.pop("headers", None)
    code = ask.pop("code", None)
    slot = acquire_sync(lim, KEY, kind, sleep=lambda s: None, **ask)  # type: ignore[arg-type]
    lim.release(slot, status, headers, code)  # type: ignore[arg-type]


def test_calls_are_spaced_at_the_configured_rate() -> None:
    clock = Clock()
    assert send_times(limiter(clock, requests_per_second=10.0), 4) == [0.0, 0.1, 0.2, 0.3]


def test_a_rate_allows_a_burst_of_a_tenth_of_a_second() -> None:
    clock = Clock()
    times = send_times(limiter(clock, requests_per_second=100.0), 12)
    assert times[:10] == [0.0] * 10  # 10 tokens at once
    assert times[10:] == [0.01, 0.02]


def test_an_idle_bucket_does_not_bank_more_than_its_burst() -> None:
    clock = Clock()
    lim = limiter(clock, requests_per_second=10.0)
    send_times(lim, 3)
    clock.now += 60
    assert send_times(lim, 3) == [60.2, 60.3, 60.4]  # from 100.2 + 60


def test_searches_have_their_own_lower_budget_and_count_against_the_total() -> None:
    clock = Clock()
    lim = limiter(clock, requests_per_second=10.0, searches_per_second=2.0)
    assert send_times(lim, 3, "search") == [0.0, 0.5, 1.0]
    # The searches used slots of the total budget too: the next write waits for them.
    assert send_times(lim, 1, "write") == [1.1]


def test_reads_and_writes_can_have_separate_budgets() -> None:
    clock = Clock()
    lim = limiter(clock, requests_per_second=100.0, reads_per_second=5.0, writes_per_second=2.0)
    assert send_times(lim, 3, "write") == [0.0, 0.5, 1.0]
    clock.now += 5.0
    assert send_times(lim, 3, "read") == [6.0, 6.2, 6.4]


def test_a_call_waiting_for_its_kinds_budget_takes_none_of_the_total_yet() -> None:
    # Reads queued on their own 5/s leave the account's total to writes until they go.
    clock = Clock()
    lim = limiter(clock, requests_per_second=10.0, reads_per_second=5.0)
    queued = [lim.plan(KEY, "read") for _ in range(5)]
    assert [round(slot.at - 100.0, 6) for slot in queued] == [0.0, 0.2, 0.4, 0.6, 0.8]
    assert send_times(lim, 3, "write") == [0.0, 0.1, 0.2]
    for slot in queued:
        lim.give_back(slot)


def test_each_account_has_its_own_budget() -> None:
    clock = Clock()
    lim = limiter(clock, requests_per_second=1.0)
    connected = account_key("sk_test_limiter", "acct_1")
    assert send_times(lim, 2) == [0.0, 1.0]
    assert send_times(lim, 2, key=connected) == [1.0, 2.0]  # none waited for the first
    assert account_key("sk_test_other", None) != KEY


def test_a_429_halves_the_rate_once_a_second_then_successes_raise_it_back() -> None:
    clock = Clock()
    lim = limiter(clock, requests_per_second=20.0)
    slots = [acquire_sync(lim, KEY, "write", sleep=lambda s: None) for _ in range(5)]
    for slot in slots:  # a burst of 429s is one signal
        lim.release(slot, 429)
    assert lim.rates()["all"] == 10.0
    clock.now += 1.0
    sent(lim, 429)
    assert lim.rates()["all"] == 5.0
    # Held for two seconds, then +10% of the ceiling (2/s) per second of successes.
    clock.now += 2.0
    send_times(lim, 1)
    assert lim.rates()["all"] == 5.0
    clock.now += 5.0
    send_times(lim, 1)
    assert lim.rates()["all"] == pytest.approx(15.0)
    clock.now += 10.0
    send_times(lim, 1)
    assert lim.rates()["all"] == 20.0  # never above the ceiling


def test_the_rate_never_falls_below_a_twentieth_of_the_ceiling() -> None:
    clock = Clock()
    lim = limiter(clock, requests_per_second=20.0)
    for _ in range(10):
        sent(lim, 429)
        clock.now += 1.0
    assert lim.rates()["all"] == 1.0


def test_after_a_cut_new_calls_are_paced_at_the_lower_rate() -> None:
    clock = Clock()
    lim = limiter(clock, requests_per_second=10.0)
    sent(lim, 429)
    # The slot already given (0.1) stands; a pause of one slot at 5/s, then every 0.2 s.
    assert send_times(lim, 2) == [0.3, 0.5]


def test_a_search_429_cuts_the_search_budget_only() -> None:
    clock = Clock()
    lim = limiter(clock, requests_per_second=20.0, searches_per_second=4.0)
    sent(lim, 429, "search")
    assert lim.rates() == {"all": 20.0, "search": 2.0}


def test_without_adaptation_a_429_changes_nothing() -> None:
    clock = Clock()
    lim = limiter(clock, requests_per_second=20.0, adaptive=False)
    sent(lim, 429)
    assert lim.rates()["all"] == 20.0


def test_other_statuses_and_lost_answers_are_not_rate_signals() -> None:
    clock = Clock()
    lim = limiter(clock, requests_per_second=20.0)
    for status in (409, 500, 503, None):
        sent(lim, status)
    assert lim.rates()["all"] == 20.0


def test_the_concurrency_cap_queues_waiters_first_come_first_served() -> None:
    clock = Clock()
    lim = limiter(clock, max_concurrent=2)
    holding = [lim.plan(KEY, "write") for _ in range(2)]
    assert all(lim.try_enter(slot) for slot in holding)
    first, second, newcomer = (lim.plan(KEY, "write") for _ in range(3))
    assert not lim.try_enter(first) and not lim.try_enter(second)
    assert lim.release(holding[0], 200) == [first]
    assert first.placed and not second.placed
    # A newcomer never jumps the queue.
    assert not lim.try_enter(newcomer, queue=False)
    assert lim.concurrency() == (2, 2)
    assert lim.give_back(second) == []  # it leaves the queue
    assert lim.give_back(second) == []  # once
    assert lim.release(first, 200) == []
    assert lim.try_enter(newcomer)
    assert lim.concurrency() == (2, 2)


CONCURRENCY_LIMITED = httpx.Headers({"Stripe-Rate-Limited-Reason": "global-concurrency"})


def eight_in_flight(clock: Clock) -> tuple[Limiter, list[Slot]]:
    """A limiter of 8 places at once, with all 8 taken by writes."""
    lim = limiter(clock, requests_per_second=1000.0, max_concurrent=8)
    return lim, [acquire_sync(lim, KEY, "write", sleep=clock.sleep) for _ in range(8)]


def test_a_concurrency_429_halves_the_cap_and_successes_restore_it() -> None:
    clock = Clock()
    lim, in_flight = eight_in_flight(clock)
    for slot in in_flight:
        lim.release(slot, 429, CONCURRENCY_LIMITED)
    assert lim.concurrency() == (0, 4)
    assert lim.rates()["all"] == 1000.0  # the rate is not what was exceeded
    for _ in range(6):
        clock.now += 1.0
        send_times(lim, 1)
    assert lim.concurrency() == (0, 8)


def test_the_cap_grows_back_one_place_a_second() -> None:
    clock = Clock()
    lim, in_flight = eight_in_flight(clock)
    lim.release(in_flight[0], 429, CONCURRENCY_LIMITED)
    for slot in in_flight[1:]:
        lim.release(slot, 200)
    caps = []
    for _ in range(6):
        clock.now += 1.0
        send_times(lim, 1)
        caps.append(lim.concurrency()[1])
    assert caps == [4, 4, 5, 6, 7, 8]  # held 2 s, then one more place per second


def test_searches_count_against_the_reads_budget_too() -> None:
    lim = limiter(
        Clock(), requests_per_second=100.0, reads_per_second=2.0, searches_per_second=20.0
    )
    assert send_times(lim, 3, kind="search") == [0.0, 0.5, 1.0]


def test_a_slot_released_twice_counts_once() -> None:
    clock = Clock()
    lim = limiter(clock, requests_per_second=10.0)
    slot = acquire_sync(lim, KEY, "write", sleep=clock.sleep)
    lim.release(slot, 200)
    assert lim.release(slot, 429) == []
    assert lim.rates()["all"] == 10.0  # the second answer is not counted
    assert lim._budgets[KEY].users == 0


def test_config_is_checked() -> None:
    for bad in (
        {"requests_per_second": 0},
        {"requests_per_second": float("inf")},
        {"reads_per_second": -1.0},
        {"searches_per_second": "20"},
        {"max_concurrent": 0},
        {"max_concurrent": True},
    ):
        with pytest.raises(InvalidParameterError, match="rate_limit"):
            RateLimit(**bad)
    for bad, param, reason in (
        ({"requests_per_second": 0}, "requests_per_second", "must be positive and finite"),
        ({"writes_per_second": "9"}, "writes_per_second", "must be a number"),
        ({"max_concurrent": 0}, "max_concurrent", "must be an int >= 1"),
    ):
        with pytest.raises(InvalidParameterError) as refused:
            RateLimit(**bad)
        assert (refused.value.param, refused.value.reason) == (f"rate_limit.{param}", reason)
    with pytest.raises(InvalidParameterError) as refused:
        check_rate_limit(25)
    assert refused.value.param == "rate_limit"
    assert refused.value.reason == "must be a RateLimit, None or 'auto'"
    assert check_rate_limit("auto") == "auto"


def test_auto_paces_test_keys_on_connections_of_our_own_to_stripe() -> None:
    assert resolve("auto", "sk_test_x", own_connection_to_stripe=True) == RateLimit.test_mode()
    assert resolve("auto", "rk_test_x", own_connection_to_stripe=True) == RateLimit.test_mode()
    assert resolve("auto", "sk_live_x", own_connection_to_stripe=True) is None
    assert resolve("auto", "sk_test_x", own_connection_to_stripe=False) is None
    assert resolve(None, "sk_test_x", own_connection_to_stripe=True) is None
    live = RateLimit.live_mode()
    assert resolve(live, "sk_live_x", own_connection_to_stripe=False) is live
    assert live.requests_per_second == 100.0


def test_limiter_for_builds_the_limiter_a_new_client_starts_with() -> None:
    from stripe_invoicing_client._limiter import limiter_for

    given = RateLimit(requests_per_second=7.0)
    built = limiter_for(given, "sk_live_x", own_connection_to_stripe=False)
    assert built is not None and built.limit is given
    auto = limiter_for("auto", "sk_test_x", own_connection_to_stripe=True)
    assert auto is not None and auto.limit == RateLimit.test_mode()
    assert limiter_for("auto", "sk_test_x", own_connection_to_stripe=False) is None
    assert limiter_for(None, "sk_test_x", own_connection_to_stripe=True) is None
    with pytest.raises(InvalidParameterError, match="rate_limit"):
        limiter_for(25, "sk_test_x", own_connection_to_stripe=True)


def test_call_kinds() -> None:
    assert call_kind("GET", "/v1/invoices/search") == "search"
    assert call_kind("GET", "/v1/invoices/in_1") == "read"
    assert call_kind("POST", "/v1/invoices/in_1/send") == "write"
    assert call_kind("DELETE", "/v1/customers/cus_1") == "write"


def test_the_key_is_not_in_the_limiters_repr_or_account_key() -> None:
    lim = Limiter(RateLimit())
    lim.plan(account_key("sk_test_SECRETVALUE", None), "read")
    assert "SECRETVALUE" not in repr(lim) + repr(lim._budgets)


# --- the shells ------------------------------------------------------------------------


def test_sync_waits_for_its_slot_by_sleeping() -> None:
    clock = Clock()
    lim = limiter(clock, requests_per_second=4.0)
    slept: list[float] = []

    def sleep(seconds: float) -> None:
        slept.append(seconds)
        clock.sleep(seconds)

    for _ in range(3):
        release_sync(lim, acquire_sync(lim, KEY, "write", sleep=sleep), None)
    assert slept == [0.25, 0.25]


def test_sync_refuses_a_slot_past_the_deadline_and_gives_it_back() -> None:
    clock = Clock()
    lim = limiter(clock, requests_per_second=1.0)
    release_sync(lim, acquire_sync(lim, KEY, "write", sleep=clock.sleep), None)
    with pytest.raises(PastDeadline):
        acquire_sync(lim, KEY, "write", deadline=clock.now + 0.5, sleep=clock.sleep)
    assert lim.concurrency() == (0, 1000)


def test_sync_threads_wait_for_a_place_in_flight() -> None:
    import threading

    lim = Limiter(RateLimit(requests_per_second=1000.0, max_concurrent=1))
    first = acquire_sync(lim, KEY, "read")
    got: list[str] = []

    def second() -> None:
        slot = acquire_sync(lim, KEY, "read")
        got.append("second")
        release_sync(lim, slot, None)

    thread = threading.Thread(target=second)
    thread.start()
    thread.join(0.05)
    assert got == []  # still waiting: the only place is taken
    release_sync(lim, first, None)
    thread.join(5)
    assert got == ["second"]


async def bounded(work: Awaitable[T]) -> T:
    """`work`, failing the test if it has not ended in 10 s: a task never woken fails rather
    than hangs (this bounds a wait; it measures no speed)."""
    return await asyncio.wait_for(work, 10)


async def test_async_tasks_wait_for_a_place_in_order_and_a_cancelled_one_passes_it_on() -> None:
    lim = Limiter(RateLimit(requests_per_second=1000.0, max_concurrent=1))
    first = await bounded(acquire_async(lim, KEY, "read"))
    order: list[str] = []

    async def call(name: str) -> None:
        slot = await acquire_async(lim, KEY, "read")
        order.append(name)
        release_async(lim, slot, None)

    second = asyncio.create_task(call("second"))
    third = asyncio.create_task(call("third"))
    fourth = asyncio.create_task(call("fourth"))
    await asyncio.sleep(0)
    third.cancel()
    release_async(lim, first, None)
    await bounded(asyncio.gather(second, fourth, return_exceptions=True))
    assert order == ["second", "fourth"]
    assert third.cancelled()
    assert lim.concurrency() == (0, 1)


async def test_async_deadline_while_queued_raises_without_sending() -> None:
    lim = Limiter(RateLimit(requests_per_second=1000.0, max_concurrent=1))
    first = await bounded(acquire_async(lim, KEY, "read"))
    with pytest.raises(PastDeadline):
        await bounded(acquire_async(lim, KEY, "read", deadline=lim.clock() + 0.01))
    release_async(lim, first, None)
    assert lim.concurrency() == (0, 1)
