from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any

import httpx
import pytest
import respx

from stripe_invoicing_client import (
    AsyncStripeInvoicing,
    StripeInvoicing,
    _async_client,
    _sync_client,
)

from ._support import BASE, KEY, Client, close


@pytest.fixture(autouse=True)
def sleeps(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """Never really sleep between retries; record the delays instead."""
    delays: list[float] = []

    def fake_sleep(seconds: float) -> None:
        delays.append(seconds)

    async def fake_async_sleep(seconds: float) -> None:
        delays.append(seconds)

    monkeypatch.setattr(_sync_client, "_sync_sleep", fake_sleep)
    monkeypatch.setattr(_async_client, "_async_sleep", fake_async_sleep)
    return delays


@pytest.fixture
def mock() -> Iterator[respx.MockRouter]:
    with respx.mock(base_url=BASE, assert_all_called=False) as router:
        yield router


@pytest.fixture(scope="session")
def shared_http() -> Iterator[dict[str, Any]]:
    # Building an httpx client loads CA certificates (tens of ms); share one per kind.
    # respx patches the transports, so a shared client is intercepted like any other.
    sync_http = httpx.Client()
    async_http = httpx.AsyncClient()
    yield {"sync": sync_http, "async": async_http}
    sync_http.close()


@pytest.fixture
async def make_client(
    kind: str, shared_http: dict[str, Any]
) -> AsyncIterator[Callable[..., Client]]:
    """Build clients of the parametrized kind over a shared pool; closed at teardown."""
    made: list[Client] = []

    def factory(api_key: str | None = KEY, **options: Any) -> Client:
        cls = StripeInvoicing if kind == "sync" else AsyncStripeInvoicing
        options.setdefault("http_client", shared_http[kind])
        client = cls(api_key, **options)
        made.append(client)
        return client

    yield factory
    for client in made:
        await close(client)


@pytest.fixture
def client(make_client: Callable[..., Client]) -> Client:
    return make_client()
