"""The policy of a `redis.RedisBudget`'s round trips, one for its sync and async methods so
that only their I/O differs: whether Redis is asked at all (the breaker, the call's deadline, a
refusal), a reserve's or lease's round trip with the leases due back freed first, and what one
lost or cut short leaves due back.

Apart from `redis`, which keeps the public `RedisBudget`: its methods there are the I/O alone,
each sync one beside its async twin.
"""

from __future__ import annotations

from typing import Any

from ._redis_arguments import Key
from ._redis_connections import Connections
from ._redis_leases import LeasesDueBack


def _no_time(max_wait: float | None) -> bool:
    """Whether the call's deadline has come: then Redis is asked nothing (the call ends as
    when Redis is out of reach, which past the deadline is with its deadline error)."""
    return max_wait is not None and max_wait <= 0


class RoundTrips:
    """The policy of `RedisBudget`'s round trips, one for its sync and async methods: on its
    connections (and their breaker), with its leases due back."""

    def __init__(self, connections: Connections, leases: LeasesDueBack) -> None:
        self._connections = connections
        self._leases = leases
        self.breaker = connections.breaker

    def failed(self) -> None:
        self.breaker.trip()

    def asks(self, for_asyncio: bool, max_wait: float | None) -> bool:
        """Whether a reserve or lease asks Redis: not while the breaker is open, nor once the
        call's deadline has come (it answers None, as out of reach: the fail policy decides).
        One the budget can't serve raises, whatever the breaker (see `Connections.refusal`)."""
        refusal = self._connections.refusal(for_asyncio)
        if refusal is not None:
            raise refusal
        return self.breaker.closed() and not _no_time(max_wait)

    def serves(self, for_asyncio: bool) -> bool:
        """Whether a refund or release goes to Redis now: not while the breaker is open, nor
        where a reserve would be refused (a call's end has no one to tell; its lease is
        freed at the next round trip, or runs out)."""
        return self.breaker.closed() and self._connections.refusal(for_asyncio) is None

    def lost(self, key: Key, lease: str) -> None:
        """A reserve or lease went unanswered; Redis may still run it (a stall, a reply
        lost), taking a lease no call holds: it is freed at the next round trip."""
        self._leases.due_back(key, lease)
        self.failed()

    def cut_short(self, key: Key, lease: str) -> None:
        """A reserve or lease cut short at the call's deadline: Redis may still run it, as
        when lost, but it is no Redis failure (the socket timeout judges those), so the
        breaker stays closed for the calls that have time."""
        self._leases.due_back(key, lease)

    def run(self, script: str, keys: list[str], args: list[Any]) -> Any:
        """A reserve's or lease's round trip: the leases due back freed first."""
        connection = self._connections.sync()
        self._leases.free(connection)
        return self._connections.script(connection, script)(keys=keys, args=args)

    async def run_async(self, script: str, keys: list[str], args: list[Any]) -> Any:
        connection = await self._connections.async_connection()
        await self._leases.free_async(connection)
        return await self._connections.script(connection, script)(keys=keys, args=args)


__all__ = ["RoundTrips"]
