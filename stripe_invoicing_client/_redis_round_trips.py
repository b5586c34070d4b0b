"""What a `redis.RedisBudget`'s sync and async round trips share, so that only their I/O
differs (the keys, each script's arguments and what its answer means are `_redis_arguments`):
whether Redis is asked at all (the breaker, the call's deadline, a refusal), and the leases
due back: their calls have ended, but Redis may still hold them; each is freed at
the next round trip, or as its loop's connection closes, never left to run out.

Apart from `redis`, which keeps the public `RedisBudget`: its methods there are the I/O alone,
each sync one beside its async twin.
"""

from __future__ import annotations

import contextlib
import time
from typing import Any

from ._body import OutOfTime
from ._deadline import within_deadline
from ._redis_arguments import Key, Keys
from ._redis_connections import UNREACHABLE, Breaker, Connection, Connections


def _no_time(max_wait: float | None) -> bool:
    """Whether the call's deadline has come: then Redis is asked nothing (the call ends as
    when Redis is out of reach, which past the deadline is with its deadline error)."""
    return max_wait is not None and max_wait <= 0


class RoundTrips(Connections):
    """What `RedisBudget`'s sync and async methods share (a base of it): the budget's
    `__init__` makes the state declared below."""

    lease_seconds: float
    breaker: Breaker
    _keys: Keys
    _orphans: dict[str, tuple[Key, float]]
    _releasing: dict[str, tuple[Key, float]]

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
                    found.setdefault(self._keys.leases_key(key), []).append(lease)
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
            leases.setdefault(self._keys.leases_key(key), []).append(lease)
        return leases

    def _free_leases(
        self, connection: Connection, key: Key = ("", None), lease: str | None = None
    ) -> None:
        """Frees `lease` (a call's own) and the orphans, one ZREM per account."""
        leases = self._with_own(key, lease, everything=False)
        for name, names in leases.items():
            connection.client.zrem(name, *names)
        self._freed(leases)

    async def _free_leases_async(
        self,
        connection: Connection,
        key: Key = ("", None),
        lease: str | None = None,
        *,
        everything: bool = False,
    ) -> None:
        leases = self._with_own(key, lease, everything)
        for name, names in leases.items():
            await connection.client.zrem(name, *names)
        self._freed(leases)

    async def _loop_ended(self, connection: Connection) -> None:
        if self.breaker.closed():
            # The loop's last releases may have been cancelled with its tasks. Bounded by the
            # socket timeout (a caller's client may have none): the loop's end never waits
            # for Redis longer, and leases left behind run out there by themselves.
            freeing = self._free_leases_async(connection, everything=True)
            with contextlib.suppress(OutOfTime, *UNREACHABLE):
                await within_deadline(time.monotonic() + self.socket_timeout, freeing)
        if connection is self._async_given:
            return  # the caller's client: theirs to close
        closing = getattr(connection.client, "aclose", None) or connection.client.close
        with contextlib.suppress(*UNREACHABLE):
            await closing()

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


__all__ = ["RoundTrips"]
