"""What a `redis.RedisBudget`'s sync and async round trips share, so that only their I/O
differs (the keys, each script's arguments and what its answer means are `_redis_arguments`;
the leases due back, `_redis_leases`): whether Redis is asked at all (the breaker, the call's
deadline, a refusal), what a round trip lost or cut short leaves due back, and the leases due
back freed before each reserve or lease, or as its loop's connection closes.

Apart from `redis`, which keeps the public `RedisBudget`: its methods there are the I/O alone,
each sync one beside its async twin.
"""

from __future__ import annotations

import contextlib
import time
from typing import Any

from ._body import OutOfTime
from ._deadline import within_deadline
from ._redis_arguments import Key
from ._redis_connections import UNREACHABLE, Breaker, Connection, Connections
from ._redis_leases import LeasesDueBack


def _no_time(max_wait: float | None) -> bool:
    """Whether the call's deadline has come: then Redis is asked nothing (the call ends as
    when Redis is out of reach, which past the deadline is with its deadline error)."""
    return max_wait is not None and max_wait <= 0


class RoundTrips(Connections):
    """What `RedisBudget`'s sync and async methods share (a base of it): the budget's
    `__init__` makes the state declared below."""

    breaker: Breaker
    _leases: LeasesDueBack

    async def _loop_ended(self, connection: Connection) -> None:
        if self.breaker.closed():
            # The loop's last releases may have been cancelled with its tasks. Bounded by the
            # socket timeout (a caller's client may have none): the loop's end never waits
            # for Redis longer, and leases left behind run out there by themselves.
            freeing = self._leases.free_async(connection, everything=True)
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
        self._leases.due_back(key, lease)
        self._failed()

    def _cut_short(self, key: Key, lease: str) -> None:
        """A reserve or lease cut short at the call's deadline: Redis may still run it, as
        when lost, but it is no Redis failure (the socket timeout judges those), so the
        breaker stays closed for the calls that have time."""
        self._leases.due_back(key, lease)

    def _run(self, script: str, keys: list[str], args: list[Any]) -> Any:
        """A reserve's or lease's round trip: the leases due back freed first."""
        connection = self._sync()
        self._leases.free(connection)
        return self._script(connection, script)(keys=keys, args=args)

    async def _run_async(self, script: str, keys: list[str], args: list[Any]) -> Any:
        connection = await self._async_connection()
        await self._leases.free_async(connection)
        return await self._script(connection, script)(keys=keys, args=args)


__all__ = ["RoundTrips"]
