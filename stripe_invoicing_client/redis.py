"""One rate budget for many processes and machines, kept in Redis (the optional extra `redis`).

    from stripe_invoicing_client import RateLimit, StripeInvoicing
    from stripe_invoicing_client.redis import RedisBudget

    limit = RateLimit(requests_per_second=100, shared=RedisBudget("redis://queue-host:6379/0"))
    client = StripeInvoicing(api_key, rate_limit=limit)  # in every worker

Every acquire is one Lua script (one round trip) on Redis's own clock (`TIME`): GCRA over the
account's total and its kind's rate, the rates cut by 429s that any worker saw (and raised
back with time), and this process's heartbeat. It answers how long to wait; the caller sleeps
once. Places in flight are leases in a sorted set, each with an expiry, so a killed worker's
places come back by themselves. Keys are named by a hash of the API key's digest and the
connected account (never the key), per mode, with a `{hash tag}` so that one account's keys
share a Redis Cluster slot, and they expire when unused.

Redis out of reach (fail open, the default): short socket timeouts, no retries, and a
circuit breaker; meanwhile each process paces itself locally at the limit divided by the
workers last seen alive. `fail_closed=True` waits for Redis instead (up to the call's
deadline). Scripts are loaded again after a Redis restart (redis-py's `Script` answers
NOSCRIPT by loading).

A call's deadline bounds its round trips: none is begun once it has come, and the asyncio
ones are cut off at it (then the fail policy decides, which past the deadline ends the call
with its deadline error; the cut is not counted as Redis failing). redis-py has no
per-command timeout, and its socket timeout is the connection's, set as it connects: a sync
round trip is bounded by the socket timeout alone, so a sync call can end up to that long
after its deadline while Redis stalls (never having sent anything past it).

A lease is due back from the moment its call ends: one that can't be freed then (Redis
failing, the breaker open, the event loop ending before the background release ran) is kept
here and freed at the next round trip, or when the loop's connection closes; never left to
hold a place from every worker until it runs out. Each event loop has its own asyncio
connection, closed when that loop shuts down. A caller's asyncio client (`from_client`) serves
the first loop only: under any other, a call raises `InvalidParameterError` before anything
is sent (a usage error, not Redis out of reach: the fail policy does not apply).
"""

from __future__ import annotations

import contextlib
import math
import threading
import time
from collections.abc import Coroutine
from typing import Any, Literal, TypeVar
from urllib.parse import urlsplit

import redis as redis_py
import redis.asyncio as redis_asyncio

from ._body import OutOfTime
from ._deadline import within_deadline
from ._redis_arguments import Key, Keys, ScriptArgs
from ._redis_connections import UNREACHABLE, Breaker, Connections
from ._redis_leases import LeasesDueBack
from ._redis_round_trips import RoundTrips
from .errors import InvalidParameterError

T = TypeVar("T")


def _deadline(max_wait: float | None) -> float | None:
    """When a round trip is cut short (async): the call's deadline, from the time it has
    left. redis-py has no per-command timeout, so the sync budget's round trips are bounded
    by the socket timeout alone (see `RedisBudget`)."""
    return None if max_wait is None else time.monotonic() + max_wait


_SCHEMES = ("redis", "rediss", "unix")


def _check_url(url: object) -> None:
    """A URL redis-py reads, checked when the budget is made: at its first call, a wrong one
    would fail every call. The URL itself is never shown (it may hold a password)."""
    try:
        scheme = urlsplit(url).scheme if isinstance(url, str) else None
    except ValueError:
        scheme = None
    if scheme not in _SCHEMES:
        raise InvalidParameterError("url", "must be a redis://, rediss:// or unix:// URL")


def _check_seconds(name: str, value: object, *, zero: bool) -> None:
    """A duration: a finite number of seconds, positive (or, `zero`, at least 0)."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise InvalidParameterError(name, "must be a number of seconds")
    if not math.isfinite(value) or value < 0 or (value == 0 and not zero):
        raise InvalidParameterError(
            name, "must be finite and " + ("at least 0" if zero else "positive")
        )


def _where(url: str | None) -> str:
    """Where a URL points, less its user part and query (redis-py reads `?password=`)."""
    try:
        parts = urlsplit(url or "")
    except ValueError:  # not a URL: none of it is shown
        return "a URL"
    return f"{parts.scheme}://{parts.netloc.rpartition('@')[2]}{parts.path}" if url else "a client"


class RedisBudget:
    """A rate budget shared through Redis; pass it as `RateLimit(..., shared=...)`.

    `socket_timeout` bounds every Redis call (seconds), and so how far a sync call can overrun
    its `total_timeout` while Redis stalls (an asyncio call's round trips end at its
    deadline); after a failure Redis is left alone for `breaker_seconds`. `lease_seconds` is
    how long a place in flight is held at most (a call longer than that frees its place
    early; a killed worker's places come back after it). `heartbeat_seconds`: how often a
    process says it is alive (the fallback's share).
    `fail_closed=True` waits for Redis instead of pacing locally while it is away.
    """

    def __init__(
        self,
        url: str | None = None,
        *,
        prefix: str = "stripe-invoicing",
        socket_timeout: float = 0.25,
        breaker_seconds: float = 2.0,
        lease_seconds: float = 60.0,
        heartbeat_seconds: float = 1.0,
        key_ttl_seconds: float = 3600.0,
        fail_closed: bool = False,
        _client: redis_py.Redis | None = None,
        _async_client: redis_asyncio.Redis | None = None,
    ) -> None:
        if url is None and _client is None and _async_client is None:
            raise InvalidParameterError("url", "a redis:// URL, or a client given by from_client")
        if url is not None:
            _check_url(url)
        if not isinstance(fail_closed, bool):  # "false" from a config file is not taken as true
            raise InvalidParameterError("fail_closed", "must be True or False")
        for name, value in (
            ("socket_timeout", socket_timeout),
            ("lease_seconds", lease_seconds),
            ("key_ttl_seconds", key_ttl_seconds),
        ):
            _check_seconds(name, value, zero=False)
        _check_seconds("breaker_seconds", breaker_seconds, zero=True)
        _check_seconds("heartbeat_seconds", heartbeat_seconds, zero=True)
        self.fail_closed = fail_closed
        # Its parts, each made with what it needs: the keys and each script's arguments and
        # answers (`_redis_arguments`), the leases due back (`_redis_leases`), the
        # connections and their breaker (`_redis_connections`), and the round trips' policy
        # on those (`_redis_round_trips`). Its methods below are the I/O alone.
        lock = threading.RLock()  # a loop's end (a watcher's `finally`) may run under it
        self._keys = Keys(prefix)
        self._args = ScriptArgs(
            self._keys,
            lease_seconds=lease_seconds,
            heartbeat_seconds=heartbeat_seconds,
            key_ttl_ms=int(key_ttl_seconds * 1000),
        )
        leases = self._leases = LeasesDueBack(self._keys, lease_seconds, lock)
        self._connections = Connections(
            url,
            client=_client,
            async_client=_async_client,
            socket_timeout=socket_timeout,
            breaker_seconds=breaker_seconds,
            lock=lock,
            free_at_loop_end=lambda connection: leases.free_async(connection, everything=True),
        )
        self._trips = RoundTrips(self._connections, leases)

    def __repr__(self) -> str:
        return f"RedisBudget({_where(self._connections.url)!r}, fail_closed={self.fail_closed})"

    @classmethod
    def from_client(
        cls,
        client: redis_py.Redis | None = None,
        *,
        async_client: redis_asyncio.Redis | None = None,
        **options: Any,
    ) -> RedisBudget:
        """A budget on clients of your own (their timeouts and retries are yours): `client`
        for `StripeInvoicing`, `async_client` for `AsyncStripeInvoicing`.

        redis-py's asyncio connections belong to the event loop that made them, so
        `async_client` serves the first event loop the budget uses it under, and no other: a
        call under another loop (a second `asyncio.run()`, another thread's loop) raises
        `InvalidParameterError` before anything is sent to Redis or Stripe. That is a usage
        error, not Redis out of reach: the call is neither paced locally nor kept waiting,
        whatever `fail_closed` says. Give each event loop its own client (a budget made under
        that loop), or use `RedisBudget(url)`, which opens a connection per event loop and
        closes it with the loop. As that loop shuts down, the budget frees the places in
        flight its calls left (the client stays open: it is yours to close). A call needing
        the client that was not given (sync or async) raises the same error.
        """
        return cls(None, _client=client, _async_client=async_client, **options)

    # -- SharedBudget ------------------------------------------------------------------

    def fails_closed(self) -> bool:
        return self.fail_closed

    def fallback_share(self) -> int:
        return max(1, self._args.workers)

    def reserve(
        self, key: Key, rates: list[tuple[str, float]], max_wait: float | None, cap: int
    ) -> tuple[float, str | None] | None:
        if not self._trips.asks(for_asyncio=False, max_wait=max_wait):
            return None
        keys, args, lease = self._args.reserve(key, rates, max_wait, cap)
        try:
            answer = self._trips.run("reserve", keys, args)
            return self._args.reserved(answer, lease)
        except UNREACHABLE:
            self._trips.lost(key, lease)
            return None
        except BaseException:
            self._leases.due_back(key, lease)
            raise

    async def reserve_async(
        self, key: Key, rates: list[tuple[str, float]], max_wait: float | None, cap: int
    ) -> tuple[float, str | None] | None:
        if not self._trips.asks(for_asyncio=True, max_wait=max_wait):
            return None
        keys, args, lease = self._args.reserve(key, rates, max_wait, cap)
        try:
            trip = self._trips.run_async("reserve", keys, args)
            answer = await within_deadline(_deadline(max_wait), trip)
            return self._args.reserved(answer, lease)
        except OutOfTime:
            self._trips.cut_short(key, lease)
            return None
        except UNREACHABLE:
            self._trips.lost(key, lease)
            return None
        except BaseException:  # cancelled: Redis may run the script all the same
            self._leases.due_back(key, lease)
            raise

    def refund(self, key: Key, rates: list[tuple[str, float]]) -> None:
        if not self._trips.serves(for_asyncio=False):
            return
        keys, args = self._args.refund(key, rates)
        try:
            self._connections.script(self._connections.sync(), "refund")(keys=keys, args=args)
        except UNREACHABLE:
            self._trips.failed()

    async def refund_async(self, key: Key, rates: list[tuple[str, float]]) -> None:
        if not self._trips.serves(for_asyncio=True):
            return
        keys, args = self._args.refund(key, rates)
        try:
            connection = await self._connections.async_connection()
            await self._connections.script(connection, "refund")(keys=keys, args=args)
        except UNREACHABLE:
            self._trips.failed()

    def lease(self, key: Key, cap: int, max_wait: float | None) -> str | Literal[False] | None:
        if not self._trips.asks(for_asyncio=False, max_wait=max_wait):
            return None
        lease, args = self._args.lease(cap)
        try:
            taken = self._trips.run("lease", [self._keys.leases_key(key)], args)
        except UNREACHABLE:
            self._trips.lost(key, lease)
            return None
        except BaseException:
            self._leases.due_back(key, lease)
            raise
        return lease if int(taken) else False

    async def lease_async(
        self, key: Key, cap: int, max_wait: float | None
    ) -> str | Literal[False] | None:
        if not self._trips.asks(for_asyncio=True, max_wait=max_wait):
            return None
        lease, args = self._args.lease(cap)
        try:
            trip = self._trips.run_async("lease", [self._keys.leases_key(key)], args)
            taken = await within_deadline(_deadline(max_wait), trip)
        except OutOfTime:
            self._trips.cut_short(key, lease)
            return None
        except UNREACHABLE:
            self._trips.lost(key, lease)
            return None
        except BaseException:
            self._leases.due_back(key, lease)
            raise
        return lease if int(taken) else False

    def release(self, key: Key, lease: str | None, cut: tuple[str, float] | None) -> None:
        freed = False
        try:
            if self._trips.serves(for_asyncio=False):
                connection = self._connections.sync()
                self._leases.free(connection, key, lease)
                freed = True
                if cut is not None:
                    keys, args = self._args.cut(key, cut)
                    self._connections.script(connection, "cut")(keys=keys, args=args)
        except UNREACHABLE:
            self._trips.failed()
        finally:
            if lease is not None and not freed:
                self._leases.due_back(key, lease)  # freed at the next round trip

    def release_async(
        self, key: Key, lease: str | None, cut: tuple[str, float] | None
    ) -> Coroutine[Any, Any, None]:
        # Not a coroutine function: the lease is due back from the call, even if the
        # coroutine never runs (its task cancelled as the loop ends).
        if lease is not None:
            self._leases.due_back(key, lease, releasing=True)
        return self._release_async(key, lease, cut)

    async def _release_async(
        self, key: Key, lease: str | None, cut: tuple[str, float] | None
    ) -> None:
        freed = False

        def bounded(step: Coroutine[Any, Any, T]) -> Coroutine[Any, Any, T]:
            # Each round trip within the socket timeout, as on a connection made from the
            # URL: a caller's client may have none, and nobody waits for a release.
            return within_deadline(time.monotonic() + self._connections.socket_timeout, step)

        try:
            if self._trips.serves(for_asyncio=True):
                connection = await bounded(self._connections.async_connection())
                await bounded(self._leases.free_async(connection, key, lease))
                freed = True
                if cut is not None:
                    keys, args = self._args.cut(key, cut)
                    await bounded(self._connections.script(connection, "cut")(keys=keys, args=args))
        except OutOfTime:
            pass  # no Redis failure by itself (the socket timeout judges those)
        except UNREACHABLE:
            self._trips.failed()
        finally:
            if lease is not None and not freed:
                self._leases.not_released(key, lease)  # freed at the next round trip

    # -- its keys and settings (read only), for tests and diagnostics --------------------

    def rate_key(self, key: Key, rate: str) -> str:
        return self._keys.rate_key(key, rate)

    def leases_key(self, key: Key) -> str:
        return self._keys.leases_key(key)

    def workers_key(self, key: Key) -> str:
        return self._keys.workers_key(key)

    @property
    def breaker(self) -> Breaker:
        """Open for `breaker_seconds` after Redis failed: nothing is asked of it meanwhile."""
        return self._connections.breaker

    @property
    def socket_timeout(self) -> float:
        return self._connections.socket_timeout

    @property
    def lease_seconds(self) -> float:
        return self._leases.lease_seconds

    @property
    def prefix(self) -> str:
        return self._keys.prefix

    @property
    def heartbeat_seconds(self) -> float:
        return self._args.heartbeat_seconds

    @property
    def key_ttl_ms(self) -> int:
        return self._args.key_ttl_ms

    @property
    def worker(self) -> str:
        """This process's name among the workers (made again in a forked child)."""
        return self._args.worker

    # -- for tests and diagnostics -----------------------------------------------------

    def live_workers(self) -> int:
        """Processes seen alive at their last acquire (the fallback divides by this)."""
        return self._args.workers

    def close(self) -> None:
        """Frees the leases still due back and closes the sync connection this budget
        opened (not a client passed to it); each loop's closes with the loop."""
        connection = self._connections.made_sync()
        if connection is not None and self.breaker.closed():
            with contextlib.suppress(*UNREACHABLE):
                self._leases.free(connection)
        self._connections.close_sync()


__all__ = ["RedisBudget"]
