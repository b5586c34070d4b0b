from __future__ import annotations

import time
from collections.abc import AsyncIterator, Callable, Iterator
from types import SimpleNamespace
from typing import Any

import pytest

from stripe_invoicing_client import AsyncStripeInvoicing, _async_client, _sync_client
from stripe_invoicing_client import _demo_recurring as recurring
from stripe_invoicing_client.testing import FakeStripe

from ._support import Client, close, make, run


@pytest.fixture(autouse=True)
def sleeps(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """The retry waits, recorded instead of slept.

    Only the client's view of `time` is replaced, so the fake's injected latency (which uses
    `time.sleep` and `asyncio.sleep`) still really waits.
    """
    delays: list[float] = []

    def fake_sleep(seconds: float) -> None:
        delays.append(seconds)

    async def fake_async_sleep(seconds: float) -> None:
        delays.append(seconds)

    monkeypatch.setattr(
        _sync_client, "time", SimpleNamespace(sleep=fake_sleep, monotonic=time.monotonic)
    )
    monkeypatch.setattr(_async_client, "_async_sleep", fake_async_sleep)
    return delays


@pytest.fixture
def fake() -> Iterator[FakeStripe]:
    fake = FakeStripe()
    yield fake
    # A bug inside the fake is a 500 that the client's retries may hide: fail loudly.
    assert fake.internal_errors == []


@pytest.fixture
async def make_client(fake: FakeStripe, kind: str) -> AsyncIterator[Callable[..., Any]]:
    """Clients of the parametrized kind on `fake` (or `on=` another fake), with options;
    closed at teardown."""
    made: list[Client] = []

    def factory(on: FakeStripe | None = None, **options: Any) -> Any:
        client = make(on or fake, kind, **options)
        made.append(client)
        return client

    yield factory
    for client in made:
        await close(client)
        # The client leaves the http client `make` gave it open: it is the caller's.
        if isinstance(client, AsyncStripeInvoicing):
            given_async = client._pools.given
            assert given_async is not None
            await given_async.aclose()
        else:
            given = client._pool.given
            assert given is not None
            given.close()


@pytest.fixture
def client(make_client: Callable[..., Any]) -> Any:
    return make_client()


@pytest.fixture
async def team_plan(client: Any) -> None:
    """The product `MONTHLY` (the inline price of most subscriptions in these tests) prices."""
    await run(client.products.create(id="prod_team", name="Team plan"))


@pytest.fixture(params=[["demo"], ["demo", "--async"]], ids=["sync", "async"])
def argv(request: pytest.FixtureRequest) -> list[str]:
    """The demo's command line, run with the sync client and with the async one."""
    argv: list[str] = request.param
    return argv


@pytest.fixture
def waits(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """The demo's polling sleeps, recorded and moving a pretend monotonic clock."""
    slept: list[float] = []

    async def sleep(seconds: float) -> None:
        slept.append(seconds)

    monkeypatch.setattr(recurring, "_sleep", sleep)
    monkeypatch.setattr(recurring, "_monotonic", lambda: float(sum(slept)))
    return slept
