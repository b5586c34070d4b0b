"""One `AsyncStripeInvoicing`, any event loop (issue 21.3).

A client that makes its own connections keeps a pool per event loop: made on first use under
that loop, closed when the loop ends or with the client, usable from several threads' loops at
once. A caller's `httpx.AsyncClient` belongs to the loop it was first used in: another loop
gets a typed error carrying the call's key. Real sockets to a loopback server throughout,
since connections are what belong to a loop.
"""

from __future__ import annotations

import asyncio
import threading
import warnings
from collections.abc import Callable, Coroutine, Iterator
from typing import Any

import httpx
import pytest

from stripe_invoicing_client import AsyncStripeInvoicing, ClientClosedError, StripeError
from stripe_invoicing_client.testing import FakeStripe, LoopbackServer

from ._support import KEY

# Bounds every call: a pool used from the wrong loop could otherwise hang a test.
TOTAL_TIMEOUT = 10.0


@pytest.fixture
def fake() -> FakeStripe:
    return FakeStripe()


@pytest.fixture
def server(fake: FakeStripe) -> Iterator[LoopbackServer]:
    with LoopbackServer(fake) as server:
        yield server


def owned(server: LoopbackServer) -> AsyncStripeInvoicing:
    return AsyncStripeInvoicing(KEY, base_url=server.base_url, total_timeout=TOTAL_TIMEOUT)


def callers(server: LoopbackServer) -> AsyncStripeInvoicing:
    return AsyncStripeInvoicing(
        KEY, base_url=server.base_url, total_timeout=TOTAL_TIMEOUT, http_client=httpx.AsyncClient()
    )


def in_threads(*works: Callable[[], Coroutine[Any, Any, list[Any]]]) -> list[list[Any]]:
    """Run each work under its own thread's `asyncio.run`, all at once; each thread's
    outcomes (values and exceptions, as returned by the work or raised from it)."""
    results: list[list[Any]] = [[] for _ in works]

    def thread(index: int) -> None:
        try:
            results[index].extend(asyncio.run(works[index]()))
        except BaseException as error:  # reported by the test, never lost
            results[index].append(error)

    threads = [threading.Thread(target=thread, args=(i,)) for i in range(len(works))]
    for each in threads:
        each.start()
    for each in threads:
        each.join(60)
    assert not any(each.is_alive() for each in threads)
    return results


async def creates(client: AsyncStripeInvoicing, prefix: str, count: int) -> list[Any]:
    """`count` customers created at once, each with its own key; outcomes in order."""
    calls = [
        client.customers.create(email=f"{prefix}{i}@example.com", idempotency_key=f"{prefix}-{i}")
        for i in range(count)
    ]
    return list(await asyncio.gather(*calls, return_exceptions=True))


def errors_of(outcomes: list[Any]) -> list[BaseException]:
    return [outcome for outcome in outcomes if isinstance(outcome, BaseException)]


def assert_typed_with_keys(errors: list[BaseException]) -> None:
    for error in errors:
        assert isinstance(error, StripeError), repr(error)
        assert error.idempotency_key is not None, repr(error)


# --- a client that makes its own connections -----------------------------------------------


def test_owned_client_works_under_a_second_asyncio_run(
    server: LoopbackServer, fake: FakeStripe
) -> None:
    client = owned(server)
    first = asyncio.run(client.customers.create(email="one@example.com"))
    second = asyncio.run(client.customers.retrieve(first.id))
    assert second.id == first.id
    asyncio.run(client.aclose())


def test_a_loops_pool_is_closed_when_the_loop_ends(server: LoopbackServer) -> None:
    client = owned(server)

    async def use() -> list[httpx.AsyncClient]:
        await client.customers.create(email="one@example.com")
        return client._pools.open_pools()

    (pool,) = asyncio.run(use())
    assert pool.is_closed
    assert client._pools.open_pools() == []


def test_a_loop_closed_without_shutting_down_is_forgotten(server: LoopbackServer) -> None:
    """`loop.close()` without `shutdown_asyncgens()`: the next loop gets a pool of its own,
    and the ended loop's pool is dropped (its sockets can't be closed through a closed loop)."""
    client = owned(server)
    loop = asyncio.new_event_loop()
    try:
        loop.run_until_complete(client.customers.create(email="one@example.com"))
    finally:
        loop.close()
    (stale,) = client._pools.open_pools()

    async def again() -> list[httpx.AsyncClient]:
        await client.customers.create(email="two@example.com")
        return client._pools.open_pools()

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ResourceWarning)  # the dropped pool's sockets
        fresh = asyncio.run(again())
    assert len(fresh) == 1 and fresh[0] is not stale
    assert client._pools.open_pools() == []


def test_owned_client_from_two_threads_loops_at_once(
    server: LoopbackServer, fake: FakeStripe
) -> None:
    client = owned(server)
    both = threading.Barrier(2)

    async def rounds(prefix: str) -> list[Any]:
        await asyncio.to_thread(both.wait, 30)  # both loops are running from here on
        outcomes: list[Any] = []
        for round in range(6):
            outcomes += await creates(client, f"{prefix}{round}-", 4)
        return outcomes

    outcomes = in_threads(lambda: rounds("a"), lambda: rounds("b"))
    for each in outcomes:
        assert errors_of(each) == []
    assert fake.write_count("PostCustomers") == 48


def test_aclose_while_another_threads_loop_is_calling(server: LoopbackServer) -> None:
    """Whatever the interleaving: every call either succeeds or raises a StripeError with its
    key, and calls after the close are refused."""
    client = owned(server)
    calling = threading.Event()
    closed = threading.Event()

    async def caller() -> list[Any]:
        outcomes = await creates(client, "before", 4)
        calling.set()
        for i in range(12):
            outcomes += await creates(client, f"during{i}-", 2)
        closed.wait(30)
        outcomes += await creates(client, "after", 2)
        return outcomes

    async def closer() -> list[Any]:
        calling.wait(30)
        await client.aclose()
        closed.set()
        return []

    outcomes, _ = in_threads(caller, closer)
    assert_typed_with_keys(errors_of(outcomes))
    assert not any(isinstance(outcome, BaseException) for outcome in outcomes[:4])
    assert all(isinstance(outcome, ClientClosedError) for outcome in outcomes[-2:])


async def test_aclose_closes_the_pools_of_every_loop(server: LoopbackServer) -> None:
    client = owned(server)
    pools: list[httpx.AsyncClient] = []
    opened = threading.Event()
    release = threading.Event()

    async def other_loop() -> list[Any]:
        await client.customers.create(email="other@example.com")
        pools.extend(client._pools.open_pools())
        opened.set()
        while not release.is_set():  # the loop stays alive and running meanwhile
            await asyncio.sleep(0.01)
        return []

    thread = threading.Thread(target=lambda: asyncio.run(other_loop()))
    thread.start()
    try:
        assert await asyncio.to_thread(opened.wait, 30)
        await client.customers.create(email="here@example.com")
        assert len(client._pools.open_pools()) == 2
        await client.aclose()
        # The other loop still runs: its pool is closed there, by the client, not by the
        # loop's end. Bounded wait for that loop to get to it.
        for _ in range(1000):
            if pools[0].is_closed:
                break
            await asyncio.sleep(0.01)
        assert pools[0].is_closed and not release.is_set()
        assert client._pools.open_pools() == []
    finally:
        release.set()
        await asyncio.to_thread(thread.join, 30)


# --- a caller's httpx.AsyncClient: it belongs to the loop it was first used in -------------


def test_callers_http_client_under_a_second_asyncio_run_is_a_typed_error(
    server: LoopbackServer,
) -> None:
    client = callers(server)
    asyncio.run(client.customers.create(email="one@example.com"))
    with pytest.raises(ClientClosedError, match="event loop") as caught:
        asyncio.run(client.customers.create(email="two@example.com", idempotency_key="two"))
    assert caught.value.idempotency_key == "two"


def test_callers_http_client_from_two_threads_loops_is_a_typed_error(
    server: LoopbackServer,
) -> None:
    client = callers(server)
    first_done = threading.Event()
    second_done = threading.Event()

    async def first() -> list[Any]:
        outcomes = await creates(client, "a", 2)
        first_done.set()
        second_done.wait(30)  # this loop stays alive while the other one calls
        return outcomes

    async def second() -> list[Any]:
        first_done.wait(30)
        try:
            return await creates(client, "b", 3)
        finally:
            second_done.set()

    outcomes_a, outcomes_b = in_threads(first, second)
    assert errors_of(outcomes_a) == []
    assert len(errors_of(outcomes_b)) == 3
    assert_typed_with_keys(errors_of(outcomes_b))
    assert all(isinstance(error, ClientClosedError) for error in outcomes_b)
