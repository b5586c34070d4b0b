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
import hashlib
import math
import os
import threading
import time
import uuid
import weakref
from collections.abc import Callable, Coroutine
from typing import TYPE_CHECKING, Any, Literal
from urllib.parse import urlsplit

import redis as redis_py
import redis.asyncio as redis_asyncio
from redis.asyncio.retry import Retry as AsyncRetry
from redis.backoff import NoBackoff
from redis.retry import Retry

from ._body import OutOfTime
from ._deadline import within_deadline
from ._limiter_budget import (
    BURST_SECONDS,
    DECREASE_FACTOR,
    DECREASE_INTERVAL,
    HOLD_SECONDS,
    INCREASE_PER_SECOND,
    MIN_FRACTION,
)
from ._per_loop import PerLoop
from .errors import InvalidParameterError

if TYPE_CHECKING:
    import asyncio

Key = tuple[str, str | None]

# Every rate hash: tat (when the bucket is empty again), factor (the share of the ceiling
# after the last cut), cut_at (when) and seen (Redis's clock at the last reserve: if it reads
# earlier now, the clock stepped back, and tat and cut_at move back with it). The effective
# factor grows back by INCREASE_PER_SECOND a second, HOLD_SECONDS after the cut.
_EFFECTIVE = """
local function effective(factor, cut_at, now)
  if factor >= 1 then return 1 end
  local grown = factor + INCREASE * math.max(0, now - cut_at - HOLD)
  if grown > 1 then return 1 end
  return grown
end
"""

# KEYS: the rate hashes, then the leases' and the workers' sorted sets. ARGV: max wait (-1:
# none), key TTL in ms, worker id ('' for none), heartbeat TTL in s, cap, lease id, lease ms,
# then each rate's ceiling. A call with no wait takes its lease in the same round trip.
# Returns {granted, wait, live workers, leased}.
_RESERVE = (
    """
local t = redis.call('TIME')
local now = tonumber(t[1]) + tonumber(t[2]) / 1000000
local max_wait = tonumber(ARGV[1])
local ttl = tonumber(ARGV[2])
local n = #KEYS - 2
local leases = KEYS[#KEYS - 1]
local at = now
local tats = {}
local intervals = {}
local cuts = {}
"""
    + _EFFECTIVE
    + """
for i = 1, n do
  local h = redis.call('HMGET', KEYS[i], 'tat', 'factor', 'cut_at', 'seen')
  local back = math.max(0, (tonumber(h[4]) or now) - now)
  local cut_at = (tonumber(h[3]) or 0) - back
  if back > 0 and h[3] then cuts[i] = cut_at end
  local ceiling = tonumber(ARGV[7 + i])
  local rate = ceiling * effective(tonumber(h[2]) or 1, cut_at, now)
  local interval = 1 / rate
  local burst = math.max(1, rate * BURST) * interval
  local tat = (tonumber(h[1]) or 0) - back
  local earliest = math.max(now, tat - burst + interval)
  if earliest > at then at = earliest end
  tats[i] = tat
  intervals[i] = interval
end
local workers = 0
if ARGV[3] ~= '' then
  local hb = tonumber(ARGV[4])
  redis.call('ZADD', KEYS[#KEYS], now, ARGV[3])
  redis.call('ZREMRANGEBYSCORE', KEYS[#KEYS], '-inf', now - hb)
  redis.call('PEXPIRE', KEYS[#KEYS], math.floor(hb * 2000))
  workers = redis.call('ZCARD', KEYS[#KEYS])
end
local wait = at - now
if max_wait >= 0 and wait > max_wait then
  return {0, string.format('%.6f', wait), workers, 0}
end
for i = 1, n do
  local tat = math.max(tats[i], at) + intervals[i]
  redis.call('HSET', KEYS[i], 'tat', string.format('%.6f', tat), 'seen', string.format('%.6f', now))
  if cuts[i] then redis.call('HSET', KEYS[i], 'cut_at', string.format('%.6f', cuts[i])) end
  redis.call('PEXPIRE', KEYS[i], ttl)
end
local leased = 0
if wait <= 0 then
  local now_ms = math.floor(now * 1000)
  redis.call('ZREMRANGEBYSCORE', leases, '-inf', now_ms)
  if redis.call('ZCARD', leases) < tonumber(ARGV[5]) then
    redis.call('ZADD', leases, now_ms + tonumber(ARGV[7]), ARGV[6])
    redis.call('PEXPIRE', leases, tonumber(ARGV[7]) * 2)
    leased = 1
  end
end
return {1, string.format('%.6f', wait), workers, leased}
"""
)

# KEYS: the rate hashes taken. ARGV: each one's ceiling. Gives one slot back.
_REFUND = (
    """
local t = redis.call('TIME')
local now = tonumber(t[1]) + tonumber(t[2]) / 1000000
"""
    + _EFFECTIVE
    + """
for i = 1, #KEYS do
  local h = redis.call('HMGET', KEYS[i], 'tat', 'factor', 'cut_at')
  if h[1] then
    local rate = tonumber(ARGV[i]) * effective(tonumber(h[2]) or 1, tonumber(h[3]) or 0, now)
    redis.call('HSET', KEYS[i], 'tat', string.format('%.6f', tonumber(h[1]) - 1 / rate))
  end
end
return 1
"""
)

# KEYS: one rate hash. ARGV: its ceiling, key TTL in ms. A cut at most once a second.
_CUT = (
    """
local t = redis.call('TIME')
local now = tonumber(t[1]) + tonumber(t[2]) / 1000000
"""
    + _EFFECTIVE
    + """
local h = redis.call('HMGET', KEYS[1], 'tat', 'factor', 'cut_at')
local cut_at = tonumber(h[3]) or 0
if now - cut_at < INTERVAL then return 0 end
local factor = math.max(MIN, effective(tonumber(h[2]) or 1, cut_at, now) * DECREASE)
local tat = math.max(tonumber(h[1]) or 0, now) + 1 / (tonumber(ARGV[1]) * factor)
redis.call('HSET', KEYS[1], 'factor', string.format('%.6f', factor),
  'cut_at', string.format('%.6f', now), 'tat', string.format('%.6f', tat))
redis.call('PEXPIRE', KEYS[1], tonumber(ARGV[2]))
return 1
"""
)

# KEYS: the leases' sorted set. ARGV: cap, lease id, lease ms. 1: taken, 0: all are.
_LEASE = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[1]) then return 0 end
redis.call('ZADD', KEYS[1], now + tonumber(ARGV[3]), ARGV[2])
redis.call('PEXPIRE', KEYS[1], tonumber(ARGV[3]) * 2)
return 1
"""


def _with_constants(script: str) -> str:
    constants = {
        "INCREASE": INCREASE_PER_SECOND,
        "HOLD": HOLD_SECONDS,
        "BURST": BURST_SECONDS,
        "INTERVAL": DECREASE_INTERVAL,
        "MIN": MIN_FRACTION,
        "DECREASE": DECREASE_FACTOR,
    }
    header = "".join(f"local {name} = {value!r}\n" for name, value in constants.items())
    return header + script


SCRIPTS = {
    "reserve": _with_constants(_RESERVE),
    "refund": _with_constants(_REFUND),
    "cut": _with_constants(_CUT),
    "lease": _LEASE,
}

# Redis errors that mean "out of reach": the breaker opens and the caller paces locally.
_UNREACHABLE = (redis_py.RedisError, OSError)

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


def _no_time(max_wait: float | None) -> bool:
    """Whether the call's deadline has come: then Redis is asked nothing (the call ends as
    when Redis is out of reach, which past the deadline is with its deadline error)."""
    return max_wait is not None and max_wait <= 0


def _deadline(max_wait: float | None) -> float | None:
    """When a round trip is cut short (async): the call's deadline, from the time it has
    left. redis-py has no per-command timeout, so the sync budget's round trips are bounded
    by the socket timeout alone (see `RedisBudget`)."""
    return None if max_wait is None else time.monotonic() + max_wait


def _check_seconds(name: str, value: object, *, zero: bool) -> None:
    """A duration: a finite number of seconds, positive (or, `zero`, at least 0)."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise InvalidParameterError(name, "must be a number of seconds")
    if not math.isfinite(value) or value < 0 or (value == 0 and not zero):
        raise InvalidParameterError(
            name, "must be finite and " + ("at least 0" if zero else "positive")
        )


class _Connection:
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
            raise ValueError("RedisBudget needs a redis:// URL or a client (from_client)")
        for name, value in (
            ("socket_timeout", socket_timeout),
            ("lease_seconds", lease_seconds),
            ("key_ttl_seconds", key_ttl_seconds),
        ):
            _check_seconds(name, value, zero=False)
        _check_seconds("breaker_seconds", breaker_seconds, zero=True)
        _check_seconds("heartbeat_seconds", heartbeat_seconds, zero=True)
        self._url = url
        self.prefix = prefix
        self.socket_timeout = socket_timeout
        self.lease_seconds = lease_seconds
        self.heartbeat_seconds = heartbeat_seconds
        self.key_ttl_ms = int(key_ttl_seconds * 1000)
        self.fail_closed = fail_closed
        self.breaker = Breaker(breaker_seconds)
        self._pid = 0
        self.worker = self._worker()
        self._client = None if _client is None else _Connection(_client)
        self._async_given = None if _async_client is None else _Connection(_async_client)
        self._given_loop: weakref.ref[asyncio.AbstractEventLoop] | None = None
        self._loops: PerLoop[_Connection] = PerLoop(self._loop_ended)
        self._lock = threading.RLock()  # a watcher's `finally` may run under it
        self._workers = 1
        self._last_beat = -math.inf
        # Leases whose calls have ended, not yet freed in Redis: lease -> (key, when it runs
        # out there anyway, monotonic). Orphans could not be freed when their call ended
        # (Redis failing); the others are being freed by a background task, which may never
        # run if its loop ends first.
        self._orphans: dict[str, tuple[Key, float]] = {}
        self._releasing: dict[str, tuple[Key, float]] = {}

    def __repr__(self) -> str:
        return f"RedisBudget({_where(self._url)!r}, fail_closed={self.fail_closed})"

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

    # -- connections -------------------------------------------------------------------

    def _options(self, for_asyncio: bool = False) -> dict[str, Any]:
        retry = AsyncRetry(NoBackoff(), 0) if for_asyncio else Retry(NoBackoff(), 0)
        return {
            "socket_timeout": self.socket_timeout,
            "socket_connect_timeout": self.socket_timeout,
            "retry": retry,
            "retry_on_timeout": False,
        }

    def _refusal(self, for_asyncio: bool) -> InvalidParameterError | None:
        """Why this budget can't serve a call at all (the client it needs was not given, or
        the given asyncio client belongs to another event loop), checked before anything is
        sent and before the breaker: None when it can. The given asyncio client is bound
        here to the first loop that asks."""
        if not for_asyncio:
            if self._client is None and self._url is None:
                return InvalidParameterError("client", NO_SYNC_CLIENT)
            return None
        if self._async_given is None:
            if self._url is None:
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

    def _sync(self) -> _Connection:
        with self._lock:
            if self._client is None:
                assert self._url is not None  # else refused (_refusal)
                self._client = _Connection(redis_py.Redis.from_url(self._url, **self._options()))
            return self._client

    async def _async_connection(self) -> _Connection:
        """The running loop's connection: the caller's client (on the loop `_refusal` bound
        it to), or ours for this loop, made on first use and closed when the loop shuts
        down. Either way the loop's end frees the leases its calls left."""
        import asyncio

        connection = self._loops.find(asyncio.get_running_loop())
        if connection is not None:
            return connection
        given = self._async_given
        if given is not None:
            return await self._loops.get(lambda: given)
        url = self._url
        assert url is not None  # else refused (_refusal)
        options = self._options(for_asyncio=True)
        return await self._loops.get(
            lambda: _Connection(redis_asyncio.Redis.from_url(url, **options))
        )

    async def _loop_ended(self, connection: _Connection) -> None:
        if self.breaker.closed():
            # The loop's last releases may have been cancelled with its tasks. Bounded by the
            # socket timeout (a caller's client may have none): the loop's end never waits
            # for Redis longer, and leases left behind run out there by themselves.
            freeing = self._free_leases_async(connection, everything=True)
            with contextlib.suppress(OutOfTime, *_UNREACHABLE):
                await within_deadline(time.monotonic() + self.socket_timeout, freeing)
        if connection is self._async_given:
            return  # the caller's client: theirs to close
        closing = getattr(connection.client, "aclose", None) or connection.client.close
        with contextlib.suppress(*_UNREACHABLE):
            await closing()

    def _script(self, connection: _Connection, name: str) -> Any:
        found = connection.scripts.get(name)
        if found is None:
            found = connection.scripts[name] = connection.client.register_script(SCRIPTS[name])
        return found

    # -- leases due back ---------------------------------------------------------------

    def _due_back(self, key: Key, lease: str, *, releasing: bool = False) -> None:
        with self._lock:
            now = time.monotonic()
            due = self._releasing if releasing else self._orphans
            for old in [old for old, (_, until) in due.items() if until <= now]:
                del due[old]  # run out in Redis by now
            due[lease] = (key, now + self.lease_seconds)

    def _to_free(self, everything: bool) -> dict[str, list[str]]:
        """The leases to free now, by their sorted set: the orphans (and, `everything`, those
        a background task was to free), leaving out those run out in Redis by now."""
        found: dict[str, list[str]] = {}
        with self._lock:
            now = time.monotonic()
            due = {**self._orphans, **self._releasing} if everything else self._orphans
            for lease, (key, until) in due.items():
                if until > now:
                    found.setdefault(self.leases_key(key), []).append(lease)
        return found

    def _freed(self, leases: dict[str, list[str]]) -> None:
        with self._lock:
            for names in leases.values():
                for lease in names:
                    self._orphans.pop(lease, None)
                    self._releasing.pop(lease, None)

    def _with_own(self, key: Key, lease: str | None, everything: bool) -> dict[str, list[str]]:
        leases = self._to_free(everything) if self._orphans or everything else {}
        if lease is not None:
            leases.setdefault(self.leases_key(key), []).append(lease)
        return leases

    def _free_leases(
        self, connection: _Connection, key: Key = ("", None), lease: str | None = None
    ) -> None:
        """Frees `lease` (a call's own) and the orphans, one ZREM per account."""
        leases = self._with_own(key, lease, everything=False)
        for name, names in leases.items():
            connection.client.zrem(name, *names)
        self._freed(leases)

    async def _free_leases_async(
        self,
        connection: _Connection,
        key: Key = ("", None),
        lease: str | None = None,
        *,
        everything: bool = False,
    ) -> None:
        leases = self._with_own(key, lease, everything)
        for name, names in leases.items():
            await connection.client.zrem(name, *names)
        self._freed(leases)

    # -- names -------------------------------------------------------------------------

    def _base(self, key: Key) -> str:
        digest, account = key
        mode = digest.partition("-")[0] if "-" in digest else "test"
        name = hashlib.sha256(f"{digest}\0{account or ''}".encode()).hexdigest()[:24]
        return f"{self.prefix}:{{{name}}}:{mode}"

    def rate_key(self, key: Key, rate: str) -> str:
        return f"{self._base(key)}:rate:{rate}"

    def leases_key(self, key: Key) -> str:
        return f"{self._base(key)}:leases"

    def workers_key(self, key: Key) -> str:
        return f"{self._base(key)}:workers"

    # -- the policy's arguments, shared by sync and async -------------------------------

    def _reserve_args(
        self, key: Key, rates: list[tuple[str, float]], max_wait: float | None, cap: int
    ) -> tuple[list[str], list[Any], str]:
        keys = [self.rate_key(key, name) for name, _ in rates]
        keys += [self.leases_key(key), self.workers_key(key)]
        now = time.monotonic()
        beat = now - self._last_beat >= self.heartbeat_seconds
        if beat:
            self._last_beat = now
        args: list[Any] = [
            -1 if max_wait is None else max(0.0, max_wait),
            self.key_ttl_ms,
            self._worker() if beat else "",
            max(1.0, self.heartbeat_seconds * 3),  # alive this long after a beat
        ]
        lease, lease_args = self._lease_args(cap)
        return keys, args + lease_args + [ceiling for _, ceiling in rates], lease

    def _reserved(self, answer: Any, lease: str) -> tuple[float, str | None]:
        granted, wait, workers, leased = answer
        if int(workers):
            self._workers = int(workers)
        if not int(granted):
            return math.inf, None
        return float(wait), (lease if int(leased) else None)

    def _worker(self) -> str:
        """This process's name among the workers: made again in a forked child (a prefork
        server builds the budget, then forks its workers), which is a worker of its own."""
        pid = os.getpid()
        if pid != self._pid:
            self._pid = pid
            self.worker = f"{pid}-{uuid.uuid4().hex[:12]}"
        return self.worker

    def _lease_args(self, cap: int) -> tuple[str, list[Any]]:
        lease = uuid.uuid4().hex
        return lease, [cap, lease, int(self.lease_seconds * 1000)]

    def _failed(self) -> None:
        self.breaker.trip()

    def _asks(self, for_asyncio: bool, max_wait: float | None) -> bool:
        """Whether a reserve or lease asks Redis: not while the breaker is open, nor once the
        call's deadline has come (it answers None, as out of reach: the fail policy decides).
        One the budget can't serve raises, whatever the breaker (see `_refusal`)."""
        refusal = self._refusal(for_asyncio)
        if refusal is not None:
            raise refusal
        return self.breaker.closed() and not _no_time(max_wait)

    def _serves(self, for_asyncio: bool) -> bool:
        """Whether a refund or release goes to Redis now: not while the breaker is open, nor
        where a reserve would be refused (a call's end has no one to tell; its lease is
        freed at the next round trip, or runs out)."""
        return self.breaker.closed() and self._refusal(for_asyncio) is None

    def _lost(self, key: Key, lease: str) -> None:
        """A reserve or lease went unanswered; Redis may still run it (a stall, a reply
        lost), taking a lease no call holds: it is freed at the next round trip."""
        self._due_back(key, lease)
        self._failed()

    def _cut_short(self, key: Key, lease: str) -> None:
        """A reserve or lease cut short at the call's deadline: Redis may still run it, as
        when lost, but it is no Redis failure (the socket timeout judges those), so the
        breaker stays closed for the calls that have time."""
        self._due_back(key, lease)

    def _run(self, script: str, keys: list[str], args: list[Any]) -> Any:
        """A reserve's or lease's round trip: the leases due back freed first."""
        connection = self._sync()
        self._free_leases(connection)
        return self._script(connection, script)(keys=keys, args=args)

    async def _run_async(self, script: str, keys: list[str], args: list[Any]) -> Any:
        connection = await self._async_connection()
        await self._free_leases_async(connection)
        return await self._script(connection, script)(keys=keys, args=args)

    # -- SharedBudget ------------------------------------------------------------------

    def fails_closed(self) -> bool:
        return self.fail_closed

    def fallback_share(self) -> int:
        return max(1, self._workers)

    def reserve(
        self, key: Key, rates: list[tuple[str, float]], max_wait: float | None, cap: int
    ) -> tuple[float, str | None] | None:
        if not self._asks(for_asyncio=False, max_wait=max_wait):
            return None
        keys, args, lease = self._reserve_args(key, rates, max_wait, cap)
        try:
            answer = self._run("reserve", keys, args)
            return self._reserved(answer, lease)
        except _UNREACHABLE:
            self._lost(key, lease)
            return None
        except BaseException:
            self._due_back(key, lease)
            raise

    async def reserve_async(
        self, key: Key, rates: list[tuple[str, float]], max_wait: float | None, cap: int
    ) -> tuple[float, str | None] | None:
        if not self._asks(for_asyncio=True, max_wait=max_wait):
            return None
        keys, args, lease = self._reserve_args(key, rates, max_wait, cap)
        try:
            trip = self._run_async("reserve", keys, args)
            answer = await within_deadline(_deadline(max_wait), trip)
            return self._reserved(answer, lease)
        except OutOfTime:
            self._cut_short(key, lease)
            return None
        except _UNREACHABLE:
            self._lost(key, lease)
            return None
        except BaseException:  # cancelled: Redis may run the script all the same
            self._due_back(key, lease)
            raise

    def refund(self, key: Key, rates: list[tuple[str, float]]) -> None:
        if not self._serves(for_asyncio=False):
            return
        keys = [self.rate_key(key, name) for name, _ in rates]
        try:
            self._script(self._sync(), "refund")(keys=keys, args=[c for _, c in rates])
        except _UNREACHABLE:
            self._failed()

    async def refund_async(self, key: Key, rates: list[tuple[str, float]]) -> None:
        if not self._serves(for_asyncio=True):
            return
        keys = [self.rate_key(key, name) for name, _ in rates]
        try:
            connection = await self._async_connection()
            await self._script(connection, "refund")(keys=keys, args=[c for _, c in rates])
        except _UNREACHABLE:
            self._failed()

    def lease(self, key: Key, cap: int, max_wait: float | None) -> str | Literal[False] | None:
        if not self._asks(for_asyncio=False, max_wait=max_wait):
            return None
        lease, args = self._lease_args(cap)
        try:
            taken = self._run("lease", [self.leases_key(key)], args)
        except _UNREACHABLE:
            self._lost(key, lease)
            return None
        except BaseException:
            self._due_back(key, lease)
            raise
        return lease if int(taken) else False

    async def lease_async(
        self, key: Key, cap: int, max_wait: float | None
    ) -> str | Literal[False] | None:
        if not self._asks(for_asyncio=True, max_wait=max_wait):
            return None
        lease, args = self._lease_args(cap)
        try:
            trip = self._run_async("lease", [self.leases_key(key)], args)
            taken = await within_deadline(_deadline(max_wait), trip)
        except OutOfTime:
            self._cut_short(key, lease)
            return None
        except _UNREACHABLE:
            self._lost(key, lease)
            return None
        except BaseException:
            self._due_back(key, lease)
            raise
        return lease if int(taken) else False

    def release(self, key: Key, lease: str | None, cut: tuple[str, float] | None) -> None:
        freed = False
        try:
            if self._serves(for_asyncio=False):
                connection = self._sync()
                self._free_leases(connection, key, lease)
                freed = True
                if cut is not None:
                    name, ceiling = cut
                    self._script(connection, "cut")(
                        keys=[self.rate_key(key, name)], args=[ceiling, self.key_ttl_ms]
                    )
        except _UNREACHABLE:
            self._failed()
        finally:
            if lease is not None and not freed:
                self._due_back(key, lease)  # freed at the next round trip

    def release_async(
        self, key: Key, lease: str | None, cut: tuple[str, float] | None
    ) -> Coroutine[Any, Any, None]:
        # Not a coroutine function: the lease is due back from the call, even if the
        # coroutine never runs (its task cancelled as the loop ends).
        if lease is not None:
            self._due_back(key, lease, releasing=True)
        return self._release_async(key, lease, cut)

    async def _release_async(
        self, key: Key, lease: str | None, cut: tuple[str, float] | None
    ) -> None:
        freed = False
        try:
            if self._serves(for_asyncio=True):
                connection = await self._async_connection()
                await self._free_leases_async(connection, key, lease)
                freed = True
                if cut is not None:
                    name, ceiling = cut
                    await self._script(connection, "cut")(
                        keys=[self.rate_key(key, name)], args=[ceiling, self.key_ttl_ms]
                    )
        except _UNREACHABLE:
            self._failed()
        finally:
            if lease is not None and not freed:
                with self._lock:
                    self._releasing.pop(lease, None)
                self._due_back(key, lease)  # freed at the next round trip

    # -- for tests and diagnostics -----------------------------------------------------

    def live_workers(self) -> int:
        """Processes seen alive at their last acquire (the fallback divides by this)."""
        return self._workers

    def close(self) -> None:
        """Frees the leases still due back and closes the sync connection this budget
        opened (not a client passed to it); each loop's closes with the loop."""
        connection = self._client
        if connection is not None and self.breaker.closed():
            with contextlib.suppress(*_UNREACHABLE):
                self._free_leases(connection)
        if connection is not None and self._url is not None:
            connection.client.close()


__all__ = ["RedisBudget"]
