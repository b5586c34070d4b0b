"""The connection pools behind a client, made on first request (not when the client is).

`SyncPool` holds one `httpx.Client`. `LoopPools` holds one `httpx.AsyncClient` per event loop:
an asyncio connection belongs to the loop that opened it, so each loop gets its own pool, made
on first use under that loop and closed when that loop shuts down (`asyncio.run()` ending,
pytest's per-test loops) or with the client. Both are safe to use from several threads.

A caller's own client is used as given; an `httpx.AsyncClient` that opens connections is
bound to the loop it was first used in, and another loop is refused with the reason why.
"""

from __future__ import annotations

import functools
import threading
import weakref
from typing import TYPE_CHECKING, Any

import httpx

from ._options import check_environment_proxies
from ._per_loop import PerLoop
from .errors import InvalidParameterError

if TYPE_CHECKING:
    import asyncio
    import ssl

CLOSED = "the client was closed"

LOOP_ENDED = (
    "this AsyncStripeInvoicing's http_client was first used under an event loop that has "
    "ended (another asyncio.run()?); its connections belong to that loop. Pass an "
    "http_client per event loop, or none: the client then keeps a pool per loop itself"
)

OTHER_LOOP = (
    "this AsyncStripeInvoicing's http_client is in use under another event loop (another "
    "thread?); its connections belong to that loop. Pass an http_client per event loop, or "
    "none: the client then keeps a pool per loop itself"
)


@functools.cache
def shared_ssl_context() -> ssl.SSLContext:
    # Loading the CA bundle costs tens of milliseconds: every pool the SDK makes shares one,
    # made when the first pool is.
    return httpx.create_ssl_context()


def new_http_client(cls: type[httpx.Client] | type[httpx.AsyncClient]) -> Any:
    # Plain http goes to loopback only (see check_base_url): never through a proxy from the
    # environment, which would see the API key in clear text.
    check_environment_proxies()
    try:
        return cls(follow_redirects=False, verify=shared_ssl_context(), mounts={"http://": None})
    except (ValueError, ImportError, httpx.InvalidURL) as error:
        raise InvalidParameterError(
            "proxy environment variables", f"httpx refused them: {type(error).__name__}"
        ) from None


class SyncPool:
    """One `httpx.Client`: the caller's, or ours made on first use."""

    def __init__(self, given: httpx.Client | None) -> None:
        self.owned = given is None
        self.given = given
        self._client = given
        self._closed = False
        self._lock = threading.Lock()

    def get(self) -> httpx.Client | None:
        """The client to send with, or None once closed."""
        client = self._client
        if client is None:
            with self._lock:
                if self._closed:
                    return None
                if self._client is None:
                    self._client = new_http_client(httpx.Client)
                client = self._client
        return None if client.is_closed else client

    @property
    def closed(self) -> bool:
        client = self._client
        return self._closed or (client is not None and client.is_closed)

    def close(self) -> None:
        """Close our client (never a caller's)."""
        if not self.owned:
            return
        with self._lock:
            self._closed = True
            client = self._client
        if client is not None:
            client.close()


class LoopPools:
    """One `httpx.AsyncClient` per event loop (ours), or the caller's on its first loop."""

    def __init__(self, given: httpx.AsyncClient | None) -> None:
        self.owned = given is None
        self.given = given
        # A fake's or a mock's transport holds no connection: nothing in it belongs to a loop.
        self._given_is_bound = given is not None and _holds_connections(given)
        self._given_loop: weakref.ref[asyncio.AbstractEventLoop] | None = None
        self._closed = False
        self._pools: PerLoop[httpx.AsyncClient] = PerLoop(_close_pool)
        self._lock = threading.Lock()

    async def get(self) -> httpx.AsyncClient | str:
        """The client to send with under the running loop, or why there is none."""
        import asyncio

        loop = asyncio.get_running_loop()
        if self.given is not None:
            return self._given_for(loop)
        pool = self._pools.find(loop)
        if pool is not None and not self._closed:
            return pool  # every call but a loop's first
        if self._closed:
            return CLOSED
        pool = await self._pools.get(lambda: new_http_client(httpx.AsyncClient))
        if self._closed:  # aclose() ran meanwhile, from another thread
            await self._pools.end_here()
            return CLOSED
        return pool

    def _given_for(self, loop: asyncio.AbstractEventLoop) -> httpx.AsyncClient | str:
        given = self.given
        assert given is not None
        if given.is_closed:
            return CLOSED
        if not self._given_is_bound:
            return given
        with self._lock:
            first = self._given_loop() if self._given_loop is not None else None
            if first is loop:
                return given
            if self._given_loop is None:
                self._given_loop = weakref.ref(loop)
                return given
        return LOOP_ENDED if first is None or first.is_closed() else OTHER_LOOP

    def open_pools(self) -> list[httpx.AsyncClient]:
        """The pools made and not yet closed (for tests and diagnostics)."""
        return [pool for pool in self._pools.values() if not pool.is_closed]

    @property
    def closed(self) -> bool:
        if self.given is not None:
            return self.given.is_closed
        return self._closed

    async def aclose(self) -> None:
        """Close our pools: the running loop's here, every other live loop's in that loop."""
        if not self.owned:
            return
        self._closed = True
        await self._pools.end_all()


async def _close_pool(pool: httpx.AsyncClient) -> None:
    await pool.aclose()


def _holds_connections(http: httpx.AsyncClient) -> bool:
    """Whether any transport of `http` opens network connections (which belong to a loop);
    a fake's or a mock's transport holds none."""
    transports = [http._transport, *http._mounts.values()]
    return any(isinstance(transport, httpx.AsyncHTTPTransport) for transport in transports)
