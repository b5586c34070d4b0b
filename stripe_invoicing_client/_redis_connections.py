"""Where a `redis.RedisBudget`'s round trips go: its sync connection (the client given, or
one opened from its URL on first use), each event loop's asyncio connection (the client given,
under the first loop only, or one of its own per loop), the scripts registered on each, and the
breaker that leaves a failing Redis alone for a while.

A budget that can't serve a call with the clients it has says so before anything is sent
(`Connections.refusal`, in the words below): a usage error, not Redis out of reach.

Apart from the round trips' policy (`_redis_round_trips`) and the leases due back
(`_redis_leases`): which connection serves a call, and whether one may, is decided alike
whatever the call asks of Redis. As an event loop ends, the leases due back are freed on its
connection (for no longer than the socket timeout) before the connection closes.
"""

from __future__ import annotations

import contextlib
import math
import threading
import time
import weakref
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

import redis as redis_py
import redis.asyncio as redis_asyncio
from redis.asyncio.retry import Retry as AsyncRetry
from redis.backoff import NoBackoff
from redis.retry import Retry

from ._body import OutOfTime
from ._deadline import within_deadline
from ._per_loop import PerLoop
from ._redis_scripts import SCRIPTS
from .errors import InvalidParameterError

if TYPE_CHECKING:
    import asyncio

# Redis errors that mean "out of reach": the breaker opens and the caller paces locally.
UNREACHABLE = (redis_py.RedisError, OSError)

# A budget that can't serve a call with the clients it was given: a usage error, raised before
# anything is sent, under any fail policy (the call is neither paced locally nor kept waiting).
_NOT_AN_OUTAGE = (
    "; nothing was sent. This is not Redis out of reach: the budget neither paces locally "
    "(fail open) nor waits for Redis (fail_closed) on it"
)
_PER_LOOP = "RedisBudget(url), which opens a connection per event loop and closes it with the loop"
LOOP_ENDED = (
    "this RedisBudget's async_client was first used under an event loop that has ended "
    "(another asyncio.run()?), and redis-py's connections belong to the loop that made them"
    + _NOT_AN_OUTAGE
    + ". Give each event loop its own client (RedisBudget.from_client under that loop), or use "
    + _PER_LOOP
)
OTHER_LOOP = (
    "this RedisBudget's async_client is in use under another event loop (another thread?), "
    "and redis-py's connections belong to the loop that made them"
    + _NOT_AN_OUTAGE
    + ". Give each event loop its own client (RedisBudget.from_client under that loop), or use "
    + _PER_LOOP
)
NO_ASYNC_CLIENT = (
    "this RedisBudget was given no asyncio client, which AsyncStripeInvoicing needs"
    + _NOT_AN_OUTAGE
    + ". Pass RedisBudget.from_client(async_client=redis.asyncio.Redis(...)), or use "
    + _PER_LOOP
)
NO_SYNC_CLIENT = (
    "this RedisBudget was given no sync client, which StripeInvoicing needs"
    + _NOT_AN_OUTAGE
    + ". Pass RedisBudget.from_client(redis.Redis(...)), or use RedisBudget(url)"
)


class Connection:
    """A Redis client and the scripts registered on it."""

    __slots__ = ("client", "scripts")

    def __init__(self, client: Any) -> None:
        self.client = client
        self.scripts: dict[str, Any] = {}


class Breaker:
    """Opens on a failure for `seconds`; while open, nothing is asked of Redis."""

    def __init__(self, seconds: float, clock: Callable[[], float] = time.monotonic) -> None:
        self.seconds = seconds
        self.clock = clock
        self.open_until = -math.inf

    def closed(self) -> bool:
        return self.clock() >= self.open_until

    def trip(self) -> None:
        self.open_until = self.clock() + self.seconds


class Connections:
    """A budget's connections: its sync connection (the client given, or one opened from
    `url` on first use), each event loop's asyncio connection (the client given, under the
    first loop only, or one of its own per loop), and the breaker that leaves a failing Redis
    alone for `breaker_seconds`. `lock` is the budget's: a loop's end may run under it, and
    frees the leases due back there (`free_at_loop_end`) before its connection closes."""

    def __init__(
        self,
        url: str | None,
        *,
        client: redis_py.Redis | None,
        async_client: redis_asyncio.Redis | None,
        socket_timeout: float,
        breaker_seconds: float,
        lock: threading.RLock,
        free_at_loop_end: Callable[[Connection], Awaitable[None]],
    ) -> None:
        self.url = url
        self.socket_timeout = socket_timeout
        self.breaker = Breaker(breaker_seconds)
        self._client = None if client is None else Connection(client)
        self._async_given = None if async_client is None else Connection(async_client)
        self._given_loop: weakref.ref[asyncio.AbstractEventLoop] | None = None
        self._loops: PerLoop[Connection] = PerLoop(self._loop_ended)
        self._lock = lock
        self._free_at_loop_end = free_at_loop_end

    def _options(self, for_asyncio: bool = False) -> dict[str, Any]:
        retry = AsyncRetry(NoBackoff(), 0) if for_asyncio else Retry(NoBackoff(), 0)
        return {
            "socket_timeout": self.socket_timeout,
            "socket_connect_timeout": self.socket_timeout,
            "retry": retry,
            "retry_on_timeout": False,
        }

    def refusal(self, for_asyncio: bool) -> InvalidParameterError | None:
        """Why this budget can't serve a call at all (the client it needs was not given, or
        the given asyncio client belongs to another event loop), checked before anything is
        sent and before the breaker: None when it can. The given asyncio client is bound
        here to the first loop that asks."""
        if not for_asyncio:
            if self._client is None and self.url is None:
                return InvalidParameterError("client", NO_SYNC_CLIENT)
            return None
        if self._async_given is None:
            if self.url is None:
                return InvalidParameterError("async_client", NO_ASYNC_CLIENT)
            return None
        import asyncio

        loop = asyncio.get_running_loop()
        with self._lock:
            first = None if self._given_loop is None else self._given_loop()
            if first is loop:
                return None
            if self._given_loop is None:
                self._given_loop = weakref.ref(loop)
                return None
        ended = first is None or first.is_closed()
        return InvalidParameterError("async_client", LOOP_ENDED if ended else OTHER_LOOP)

    def sync(self) -> Connection:
        with self._lock:
            if self._client is None:
                assert self.url is not None  # else refused (refusal)
                self._client = Connection(redis_py.Redis.from_url(self.url, **self._options()))
            return self._client

    async def async_connection(self) -> Connection:
        """The running loop's connection: the caller's client (on the loop `refusal` bound
        it to), or ours for this loop, made on first use and closed when the loop shuts
        down. Either way the loop's end frees the leases its calls left."""
        import asyncio

        connection = self._loops.find(asyncio.get_running_loop())
        if connection is not None:
            return connection
        given = self._async_given
        if given is not None:
            return await self._loops.get(lambda: given)
        url = self.url
        assert url is not None  # else refused (refusal)
        options = self._options(for_asyncio=True)
        return await self._loops.get(
            lambda: Connection(redis_asyncio.Redis.from_url(url, **options))
        )

    async def _loop_ended(self, connection: Connection) -> None:
        if self.breaker.closed():
            # The loop's last releases may have been cancelled with its tasks. Bounded by the
            # socket timeout (a caller's client may have none): the loop's end never waits
            # for Redis longer, and leases left behind run out there by themselves.
            freeing = self._free_at_loop_end(connection)
            with contextlib.suppress(OutOfTime, *UNREACHABLE):
                await within_deadline(time.monotonic() + self.socket_timeout, freeing)
        if connection is self._async_given:
            return  # the caller's client: theirs to close
        closing = getattr(connection.client, "aclose", None) or connection.client.close
        with contextlib.suppress(*UNREACHABLE):
            await closing()

    def made_sync(self) -> Connection | None:
        """The sync connection if given or opened so far (none is opened here)."""
        return self._client

    def close_sync(self) -> None:
        """Closes the sync connection opened from the URL (not a client given)."""
        if self._client is not None and self.url is not None:
            self._client.client.close()

    def script(self, connection: Connection, name: str) -> Any:
        found = connection.scripts.get(name)
        if found is None:
            found = connection.scripts[name] = connection.client.register_script(SCRIPTS[name])
        return found


__all__ = ["UNREACHABLE", "Breaker", "Connection", "Connections"]
