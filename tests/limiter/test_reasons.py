"""Each 429 gets the response its `Stripe-Rate-Limited-Reason` calls for: the account's total,
one operation's budget, the account's or one operation's concurrency, or one object; an
object lock (`lock_timeout`) is not a rate limit. On a fake clock, then through the clients
against FakeStripe enforcing each limit."""

from __future__ import annotations

import asyncio
import functools
import inspect
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from stripe_invoicing_client import AsyncStripeInvoicing, StripeInvoicing
from stripe_invoicing_client._limiter import Limiter
from stripe_invoicing_client._limiter_budget import account_key, limited_reason
from stripe_invoicing_client._limiter_shells import acquire_sync
from stripe_invoicing_client._rate_limit import RateLimit
from stripe_invoicing_client.testing import FailRequest, FakeStripe, RateLimits

from ._support import Clock, limiter

KEY = account_key("sk_test_reasons", None)


def limited(reason: str | None) -> httpx.Headers:
    return httpx.Headers({} if reason is None else {"Stripe-Rate-Limited-Reason": reason})


def answer(lim: Limiter, status: int, headers: Any = None, code: Any = None, **ask: Any) -> None:
    """One call, sent at once whatever its slot, answered `status`."""
    kind = ask.pop("kind", "write")
    slot = acquire_sync(lim, KEY, kind, sleep=lambda s: None, **ask)
    lim.release(slot, status, headers, code)


def waits(lim: Limiter, count: int = 1, **ask: Any) -> list[float]:
    """What each of `count` calls in a row sleeps (the fake clock moves as they wait)."""
    clock: Clock = lim.clock  # type: ignore[assignment]
    slept: list[float] = []

    def sleep(seconds: float) -> None:
        slept.append(round(seconds, 6))
        clock.sleep(seconds)

    kind = ask.pop("kind", "write")
    for _ in range(count):
        lim.release(acquire_sync(lim, KEY, kind, sleep=sleep, **ask), 200)
    return slept


def test_the_header_names_the_limit_and_lock_timeout_is_an_object_lock() -> None:
    for value in ("global-rate", "endpoint-rate", "global-concurrency", "endpoint-concurrency"):
        assert limited_reason(limited(value)) == value
    assert limited_reason(limited(" Endpoint-Rate ")) == "endpoint-rate"
    assert limited_reason(limited("resource-specific")) == "resource"
    assert limited_reason(limited("some-new-concurrency")) == "global-concurrency"
    assert limited_reason(limited("something-else")) == "other"
    assert limited_reason(limited(None)) == "other"
    assert limited_reason(None) == "other"
    assert limited_reason(limited("global-rate"), "lock_timeout") == "lock"
    assert limited_reason(limited(None), "rate_limit") == "other"


def test_a_global_rate_429_cuts_the_accounts_total_not_the_kinds_budget() -> None:
    clock = Clock()
    lim = limiter(clock, requests_per_second=20.0, writes_per_second=10.0)
    answer(lim, 429, limited("global-rate"))
    assert lim.rates() == {"all": 10.0, "write": 10.0}


def test_a_429_without_a_reason_cuts_the_narrowest_budget() -> None:
    clock = Clock()
    lim = limiter(clock, requests_per_second=20.0, writes_per_second=10.0)
    answer(lim, 429)
    assert lim.rates() == {"all": 20.0, "write": 5.0}


def test_an_endpoint_rate_429_slows_that_operation_only() -> None:
    clock = Clock()
    lim = limiter(clock, requests_per_second=20.0)
    answer(lim, 429, limited("endpoint-rate"), operation="PostInvoices")
    assert lim.rates() == {"all": 20.0, "endpoint:PostInvoices": 10.0}
    # Other operations keep the account's pace; PostInvoices goes at 10/s.
    assert waits(lim, 3, operation="PostInvoices") == [0.1, 0.1, 0.1]
    assert max(waits(lim, 4, operation="PostCustomers")) <= 0.05  # 20/s, not 10
    # Successes raise it back; once at its ceiling the operation's budget is dropped.
    clock.now += 30.0
    waits(lim, 2, operation="PostInvoices")
    assert lim.rates() == {"all": 20.0}


def test_an_endpoint_rate_429_on_a_search_cuts_the_searches_budget() -> None:
    clock = Clock()
    lim = limiter(clock, requests_per_second=20.0, searches_per_second=4.0)
    answer(lim, 429, limited("endpoint-rate"), kind="search", operation="GetInvoicesSearch")
    assert lim.rates() == {"all": 20.0, "search": 2.0}


def test_a_resource_specific_429_slows_that_object_only() -> None:
    clock = Clock()
    lim = limiter(clock, requests_per_second=80.0)
    answer(lim, 429, limited("resource-specific"), resource="in_1")
    assert lim.rates() == {"all": 80.0, "object:in_1": 40.0}  # nothing else slows
    assert waits(lim, 3, resource="in_2") == []
    assert waits(lim, 2, resource="in_1") == [0.025, 0.025]  # no burst for the object
    for _ in range(12):  # a second apart: each 429 halves it, down to one a minute
        clock.now += 1.0
        answer(lim, 429, limited("resource-specific"), resource="in_1")
    assert lim.rates()["object:in_1"] == pytest.approx(1 / 60)
    # Successes raise it back; at its ceiling the object's own rate is dropped.
    clock.now += 60.0
    waits(lim, 1, resource="in_1")
    clock.now += 30.0
    waits(lim, 1, resource="in_1")
    assert lim.rates() == {"all": 80.0}


def test_a_429_without_a_reason_on_a_call_naming_an_object_cuts_the_account() -> None:
    clock = Clock()
    lim = limiter(clock, requests_per_second=20.0)
    answer(lim, 429, limited(None), resource="in_1")
    assert lim.rates() == {"all": 10.0}
    assert lim.holds() == set()


def test_objects_slowed_or_held_stay_bounded() -> None:
    from stripe_invoicing_client._limiter import MAX_OBJECTS

    clock = Clock()
    lim = limiter(clock, requests_per_second=1000.0)
    for i in range(MAX_OBJECTS + 50):
        clock.now += 1.0  # each settles before the next
        answer(lim, 429, limited("resource-specific"), resource=f"in_{i}")
        answer(lim, 429, None, "lock_timeout", resource=f"cus_{i}")
    budget = lim._budgets[KEY]
    assert len(budget.objects) <= MAX_OBJECTS
    assert len(budget.holds) <= MAX_OBJECTS + 1
    assert f"in_{MAX_OBJECTS + 49}" in budget.objects  # the newest is kept


def test_an_object_lock_holds_that_object_briefly_and_cuts_no_rate() -> None:
    clock = Clock()
    lim = limiter(clock, requests_per_second=20.0, writes_per_second=10.0)
    answer(lim, 429, limited("global-rate"), "lock_timeout", resource="cus_1")
    answer(lim, 409, None, "lock_timeout", resource="cus_2")
    assert lim.rates() == {"all": 20.0, "write": 10.0}
    assert lim.holds() == {"cus_1", "cus_2"}
    assert waits(lim, 1, resource="cus_1") == [0.25]
    assert "cus_1" not in lim.holds()  # a success ends the hold
    # Locks met again after a hold double it; two answers of one moment count once.
    both = [lim.plan(KEY, "write", resource="cus_2") for _ in range(2)]
    for slot in both:
        lim.reserve_total(slot)
        assert lim.try_enter(slot)
    for slot in both:
        lim.release(slot, 409, None, "lock_timeout")
    assert waits(lim, 1, resource="cus_2") == [0.5]


def test_an_endpoint_concurrency_429_caps_that_operation_in_flight_only() -> None:
    clock = Clock()
    lim = limiter(clock, requests_per_second=1000.0, max_concurrent=10)
    slots = [lim.plan(KEY, "write", operation="PostInvoicesInvoicePay") for _ in range(4)]
    assert all(lim.try_enter(slot) for slot in slots)
    lim.release(slots[0], 429, limited("endpoint-concurrency"))
    # Four were in flight: two may be now; three still are.
    pay = lim.plan(KEY, "write", operation="PostInvoicesInvoicePay")
    other = lim.plan(KEY, "write", operation="PostCustomers")
    assert not lim.try_enter(pay)
    assert lim.try_enter(other)
    assert lim.concurrency() == (4, 10)  # the account's cap is untouched
    assert lim.release(slots[1], 200) == []
    assert lim.release(slots[2], 200) == [pay]  # one left in flight: the queued one goes


def test_a_global_concurrency_429_halves_what_was_in_flight_counting_the_refused_call() -> None:
    clock = Clock()
    lim = limiter(clock, requests_per_second=1000.0, max_concurrent=8)
    slots = [lim.plan(KEY, "write") for _ in range(3)]
    assert all(lim.try_enter(slot) for slot in slots)
    lim.release(slots[0], 429, limited("global-concurrency"))
    assert lim.concurrency() == (2, 1)  # three were in flight (not the cap of 8): half is 1
    for slot in slots[1:]:
        lim.release(slot, 200)


def test_endpoint_concurrency_429s_a_second_apart_keep_cutting_that_operations_cap() -> None:
    clock = Clock()
    lim = limiter(clock, requests_per_second=1000.0, max_concurrent=20)
    pay = "PostInvoicesInvoicePay"
    slots = [lim.plan(KEY, "write", operation=pay) for _ in range(8)]
    assert all(lim.try_enter(slot) for slot in slots)
    lim.release(slots[0], 429, limited("endpoint-concurrency"))  # 8 in flight: the cap is 4
    lim.release(slots[1], 429, limited("endpoint-concurrency"))  # the same moment: once
    assert lim._budgets[KEY].endpoint_caps[pay].limit == 4
    clock.now += 1.5
    lim.release(slots[2], 429, limited("endpoint-concurrency"))  # from 4, not from 20
    assert lim._budgets[KEY].endpoint_caps[pay].limit == 2
    for slot in slots[3:]:
        lim.release(slot, 200)


def test_a_hold_ending_now_is_dropped_when_holds_are_pruned() -> None:
    from stripe_invoicing_client._limiter import LOCK_HOLD_SECONDS, MAX_OBJECTS

    clock = Clock()
    lim = limiter(clock, requests_per_second=1e6)
    for i in range(MAX_OBJECTS):
        answer(lim, 409, None, "lock_timeout", resource=f"cus_{i}")
    clock.now += LOCK_HOLD_SECONDS  # every hold ends at this very moment
    answer(lim, 409, None, "lock_timeout", resource="cus_new")
    assert set(lim._budgets[KEY].holds) == {"cus_new"}


# --- through the clients, against the fake's limits ---------------------------------------

API_KEY = "sk_test_reasonsKey"


def make(kind: str, fake: FakeStripe, **options: Any) -> Any:
    if kind == "sync":
        return StripeInvoicing(API_KEY, http_client=fake.sync_http_client(API_KEY), **options)
    return AsyncStripeInvoicing(API_KEY, http_client=fake.async_http_client(API_KEY), **options)


async def run(kind: str, calls: list[Callable[[], Any]]) -> list[Any]:
    """Each call (a zero-argument function) at once: gathered tasks, or threads."""
    if kind == "async":
        return list(await asyncio.gather(*(c() for c in calls), return_exceptions=True))
    import concurrent.futures

    with concurrent.futures.ThreadPoolExecutor(len(calls)) as pool:
        futures = [pool.submit(c) for c in calls]
        results = []
        for future in futures:
            try:
                results.append(future.result(60))
            except Exception as error:  # counted by the test
                results.append(error)
        return results


async def settle(value: Any) -> Any:
    return await value if inspect.isawaitable(value) else value


async def test_an_endpoint_limit_slows_that_operation_and_not_the_account(kind: str) -> None:
    fake = FakeStripe(rate_limits=RateLimits(requests_per_second=200, endpoint_per_second=10))
    limit = RateLimit(requests_per_second=100, searches_per_second=None)
    client = make(kind, fake, max_retries=8, rate_limit=limit)
    customer = await settle(client.customers.create(email="e@example.com"))
    calls = [lambda: client.customers.update(customer.id, name="N") for _ in range(30)]
    results = await run(kind, calls)
    assert not [r for r in results if isinstance(r, Exception)]
    assert fake.rate_limit_counts.refused.keys() == {"endpoint-rate"}
    rates = client._limiter.rates()
    assert rates["all"] == 100  # the account's budget was never cut
    assert rates["endpoint:PostCustomersCustomer"] < 100


async def test_a_resource_limit_backs_off_that_object_and_not_the_account(kind: str) -> None:
    fake = FakeStripe(rate_limits=RateLimits(requests_per_second=200, object_writes_per_second=5))
    limit = RateLimit(requests_per_second=100, searches_per_second=None)
    client = make(kind, fake, max_retries=8, rate_limit=limit)
    busy = await settle(client.customers.create(email="busy@example.com"))
    others = [await settle(client.customers.create(email=f"{i}@example.com")) for i in range(5)]
    calls = [lambda: client.customers.update(busy.id, name="N") for _ in range(15)]
    calls += [functools.partial(client.customers.update, c.id, name="M") for c in others]
    results = await run(kind, calls)
    assert not [r for r in results if isinstance(r, Exception)]
    assert fake.rate_limit_counts.refused.keys() == {"resource-specific"}
    rates = client._limiter.rates()
    assert rates.keys() == {"all", f"object:{busy.id}"}  # only that object slowed
    assert rates["all"] == 100 and rates[f"object:{busy.id}"] < 100


async def test_an_object_lock_is_retried_without_slowing_the_account(kind: str) -> None:
    fake = FakeStripe()
    client = make(kind, fake, max_retries=3, rate_limit=RateLimit(requests_per_second=50))
    customer = await settle(client.customers.create(email="lock@example.com"))
    lock = FailRequest(429, "invalid_request_error", code="lock_timeout")
    fake.inject(lock, times=2, method="POST", path=f"/v1/customers/{customer.id}")
    updated = await settle(client.customers.update(customer.id, name="Locked"))
    assert updated.name == "Locked"
    assert client._limiter.rates() == {"all": 50, "search": 20}
