"""What a `redis.RedisBudget`'s scripts (`_redis_scripts`) are given, and what they answer: the
keys an account's budget has in Redis (`Keys`), and each script's keys and arguments, with
this process's heartbeat and the live workers its answers count (`ScriptArgs`).

Sync and async round trips build their arguments and read their answers here alike; no I/O.
"""

from __future__ import annotations

import hashlib
import math
import os
import time
import uuid
from typing import Any

Key = tuple[str, str | None]


class Keys:
    """The names of an account's keys in Redis: per API key digest, connected account and
    mode, under `prefix`, with a `{hash tag}` so that they share a Redis Cluster slot."""

    def __init__(self, prefix: str) -> None:
        self.prefix = prefix

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


class ScriptArgs:
    """Each script's keys and arguments, and what its answer means. Says when this process
    beats (every `heartbeat_seconds`, in a reserve) and keeps the live workers the last
    reserve counted (`workers`)."""

    def __init__(
        self, keys: Keys, *, lease_seconds: float, heartbeat_seconds: float, key_ttl_ms: int
    ) -> None:
        self.keys = keys
        self.lease_seconds = lease_seconds
        self.heartbeat_seconds = heartbeat_seconds
        self.key_ttl_ms = key_ttl_ms
        self._pid = 0
        self.worker = self._worker()
        self.workers = 1
        self._last_beat = -math.inf

    def reserve(
        self, key: Key, rates: list[tuple[str, float]], max_wait: float | None, cap: int
    ) -> tuple[list[str], list[Any], str]:
        keys = [self.keys.rate_key(key, name) for name, _ in rates]
        keys += [self.keys.leases_key(key), self.keys.workers_key(key)]
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
        lease, lease_args = self.lease(cap)
        return keys, args + lease_args + [ceiling for _, ceiling in rates], lease

    def reserved(self, answer: Any, lease: str) -> tuple[float, str | None]:
        granted, wait, workers, leased = answer
        if int(workers):
            self.workers = int(workers)
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

    def lease(self, cap: int) -> tuple[str, list[Any]]:
        lease = uuid.uuid4().hex
        return lease, [cap, lease, int(self.lease_seconds * 1000)]

    def refund(self, key: Key, rates: list[tuple[str, float]]) -> tuple[list[str], list[Any]]:
        return [self.keys.rate_key(key, name) for name, _ in rates], [c for _, c in rates]

    def cut(self, key: Key, cut: tuple[str, float]) -> tuple[list[str], list[Any]]:
        name, ceiling = cut
        return [self.keys.rate_key(key, name)], [ceiling, self.key_ttl_ms]


__all__ = ["Key", "Keys", "ScriptArgs"]
