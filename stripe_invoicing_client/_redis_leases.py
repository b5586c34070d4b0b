"""A `redis.RedisBudget`'s leases due back: places in flight whose calls have ended but that
Redis may still hold. Each is freed at the next round trip (with the call's own lease, one
ZREM per account), or as its loop's connection closes; never left to hold a place from every
worker until it runs out there (`lease_seconds`).

Orphans could not be freed when their call ended (Redis failing, the breaker open, a round
trip lost or cut short); the others are being freed by a background task (an asyncio
release), which may never run if its loop ends first.
"""

from __future__ import annotations

import threading
import time
from typing import TYPE_CHECKING

from ._redis_arguments import Key, Keys

if TYPE_CHECKING:
    from ._redis_connections import Connection


class LeasesDueBack:
    """Leases due back, each until it runs out in Redis anyway, and their freeing on a
    connection given. `lock` is the budget's (a loop's end may free them under it)."""

    def __init__(self, keys: Keys, lease_seconds: float, lock: threading.RLock) -> None:
        self._keys = keys
        self.lease_seconds = lease_seconds
        self._lock = lock
        # lease -> (key, when it runs out in Redis anyway, monotonic)
        self._orphans: dict[str, tuple[Key, float]] = {}
        self._releasing: dict[str, tuple[Key, float]] = {}

    def due_back(self, key: Key, lease: str, *, releasing: bool = False) -> None:
        with self._lock:
            now = time.monotonic()
            due = self._releasing if releasing else self._orphans
            for old in [old for old, (_, until) in due.items() if until <= now]:
                del due[old]  # run out in Redis by now
            due[lease] = (key, now + self.lease_seconds)

    def not_released(self, key: Key, lease: str) -> None:
        """A background release that could not free its lease: an orphan now, freed at the
        next round trip."""
        with self._lock:
            self._releasing.pop(lease, None)
        self.due_back(key, lease)

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

    def free(self, connection: Connection, key: Key = ("", None), lease: str | None = None) -> None:
        """Frees `lease` (a call's own) and the orphans, one ZREM per account."""
        leases = self._with_own(key, lease, everything=False)
        for name, names in leases.items():
            connection.client.zrem(name, *names)
        self._freed(leases)

    async def free_async(
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


__all__ = ["LeasesDueBack"]
