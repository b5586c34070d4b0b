"""One account's budget, the limiter's state: rates as token buckets (`Bucket`), the cap
on calls in flight (`Cap`), objects held back (`Hold`), and each call's claim on them
(`Slot`); with what names a budget (`account_key`), a call's kind (`call_kind`) and the limit a
429 names (`limited_reason`).

Plain records, with no lock and no clock: `Limiter` (`_limiter`) keeps them under its lock
and tells them the time. The constants of the AIMD (a cut on a 429, growth back after
successes) are also those of the shared budget's Lua scripts (`_redis_scripts`), so that
local and shared pacing cut and grow alike.
"""

from __future__ import annotations

import collections
import functools
import hashlib
import math
from collections.abc import Mapping
from typing import Literal

import attrs

from ._options import key_mode
from .errors import get_header

Kind = Literal["read", "write", "search"]

# Stripe names the limiter that refused a request in this header of a 429: `global-rate`,
# `endpoint-rate`, `global-concurrency`, `endpoint-concurrency` or `resource-specific`; each
# gets its own response (`Limiter._on_limited`). An unknown value (or none) is a rate limit.
REASON_HEADER = "Stripe-Rate-Limited-Reason"

DECREASE_FACTOR = 0.5
DECREASE_INTERVAL = 1.0  # one cut per second: a burst's many 429s are one signal
HOLD_SECONDS = 2.0  # no increase this long after a cut
INCREASE_PER_SECOND = 0.1  # of the ceiling, per second of successes after the hold
MIN_FRACTION = 0.05  # the rate never goes below this share of its ceiling
BURST_SECONDS = 0.1  # the buckets hold this many seconds' worth of calls (at least one)


def call_kind(method: str, path: str) -> Kind:
    if method == "GET":
        return "search" if path.endswith("/search") else "read"
    return "write"


@functools.lru_cache(maxsize=256)
def account_key(api_key: str, stripe_account: str | None) -> tuple[str, str | None]:
    # A digest, not the key: this tuple may show up in a debugger or a repr. The mode leads
    # it, so that a shared budget can name its keys by mode without the API key.
    mode = "live" if key_mode(api_key) == "live" else "test"
    return f"{mode}-{hashlib.sha256(api_key.encode()).hexdigest()[:16]}", stripe_account


@attrs.define
class Bucket:
    """A rate with a ceiling, handing out send times (GCRA: `tat` is the theoretical time at
    which the bucket is empty again)."""

    ceiling: float
    rate: float
    tat: float = 0.0
    last_cut: float = -math.inf
    last_update: float = 0.0
    burst_seconds: float = BURST_SECONDS
    floor: float | None = None  # the lowest rate (None: MIN_FRACTION of the ceiling)

    def earliest(self, now: float, weight: float = 1.0) -> float:
        # A call weighing more than the burst fits an empty bucket alone: its own weight
        # is then the tolerance (else each such call would wait past the bucket's tat).
        burst = max(1.0, self.rate * self.burst_seconds, weight) / self.rate
        return max(now, self.tat - burst + weight / self.rate)

    def take(self, at: float, weight: float = 1.0) -> float:
        """Counts one call (`weight` calls' worth) at `at`; returns what `refund` gives
        back."""
        interval = weight / self.rate
        self.tat = max(self.tat, at) + interval
        return interval

    def refund(self, interval: float) -> None:
        self.tat -= interval

    def cut(self, now: float) -> bool:
        if now - self.last_cut < DECREASE_INTERVAL:
            return False
        floor = self.ceiling * MIN_FRACTION if self.floor is None else self.floor
        self.rate = max(floor, self.rate * DECREASE_FACTOR)
        self.last_cut = now
        self.last_update = now
        # Calls already given slots at the old rate keep them; new ones start after.
        self.tat = max(self.tat, now) + 1.0 / self.rate
        return True

    def grow(self, now: float) -> None:
        start = max(self.last_update, self.last_cut + HOLD_SECONDS)
        if self.rate < self.ceiling and now > start:
            self.rate = min(
                self.ceiling, self.rate + self.ceiling * INCREASE_PER_SECOND * (now - start)
            )
        self.last_update = max(self.last_update, now)


@attrs.define
class Cap:
    """A cap on calls in flight, halved by a concurrency 429 and raised back by successes."""

    ceiling: int
    limit: int
    last_cut: float = -math.inf
    last_update: float = 0.0

    def cut(self, now: float, in_flight: int) -> None:
        if now - self.last_cut >= DECREASE_INTERVAL:
            self.limit = max(1, min(self.limit, in_flight) // 2)
            self.last_cut = now
            self.last_update = now

    def grow(self, now: float) -> None:
        if self.limit < self.ceiling:
            start = max(self.last_update, self.last_cut + HOLD_SECONDS)
            if now - start >= 1.0:  # one more place per second of successes
                self.limit += 1
                self.last_update = now


@attrs.define
class Hold:
    """One object backed off: calls naming it wait until `until`."""

    until: float
    backoff: float


@attrs.define
class Budget:
    """One account's buckets, concurrency cap and the calls in flight."""

    buckets: dict[str, Bucket]
    cap: Cap
    last_used: float
    in_flight: int = 0
    # Calls holding a reservation or a place: while any do, the budget is not forgotten.
    users: int = 0
    waiters: collections.deque[Slot] = attrs.Factory(collections.deque)
    # Operations slowed or capped by an endpoint 429 and objects slowed by a resource-specific
    # one (each dropped once back at its ceiling), operations' calls in flight, and objects
    # held back by a lock.
    endpoints: dict[str, Bucket] = attrs.Factory(dict)
    endpoint_caps: dict[str, Cap] = attrs.Factory(dict)
    operations_in_flight: dict[str, int] = attrs.Factory(dict)
    objects: dict[str, Bucket] = attrs.Factory(dict)
    holds: dict[str, Hold] = attrs.Factory(dict)

    def bucket_names(self, kind: Kind) -> list[str]:
        names = ["all"]
        if kind == "search":
            names += [n for n in ("read", "search") if n in self.buckets]
        elif kind in self.buckets:
            names.append(kind)
        return names

    def narrow(self, slot: Slot, kinds: bool = True) -> list[Bucket]:
        """The buckets a call waits for before the account's total: its kind's (unless a
        shared budget counts those), and its operation's or object's when a 429 slowed it."""
        found = [self.buckets[n] for n in self.bucket_names(slot.kind)[1:]] if kinds else []
        endpoint = self.endpoints.get(slot.operation) if slot.operation else None
        if endpoint is not None:
            found.append(endpoint)
        own = self.objects.get(slot.resource) if slot.resource else None
        if own is not None:
            found.append(own)
        return found

    def can_enter(self, slot: Slot) -> bool:
        if self.in_flight >= self.cap.limit:
            return False
        cap = self.endpoint_caps.get(slot.operation) if slot.operation else None
        return cap is None or self.operations_in_flight.get(slot.operation or "", 0) < cap.limit


@attrs.define(eq=False)
class Slot:
    """One call's claim on its account's budget: the time it may send (`at`, monotonic
    seconds), what it took from the buckets (given back if it never sends), and its place in
    flight once it has one."""

    key: tuple[str, str | None]
    kind: Kind
    at: float = 0.0
    operation: str | None = None  # Stripe's operation id, for endpoint 429s
    resource: str | None = None  # the object the call names, for resource-specific 429s
    taken: list[tuple[Bucket, float]] = attrs.Factory(list)
    # What a shared budget gave: the rates it counted the call in, and its lease.
    shared: list[tuple[str, float]] | None = None
    lease: str | None = None
    placed: bool = False
    ended: bool = False
    future: object = None  # the asyncio future a queued task waits on


Reason = Literal[
    "global-rate",
    "endpoint-rate",
    "global-concurrency",
    "endpoint-concurrency",
    "resource",
    "lock",
    "other",
]


def limited_reason(headers: Mapping[str, str] | None, code: str | None = None) -> Reason:
    """Which limit a 429 names: Stripe's `Stripe-Rate-Limited-Reason`, or an object lock
    (error code `lock_timeout`, which is not a rate limit)."""
    if code == "lock_timeout":
        return "lock"
    value = ((get_header(headers, REASON_HEADER) if headers is not None else None) or "").strip()
    value = value.lower()
    if value == "resource-specific":
        return "resource"
    if value in ("global-rate", "endpoint-rate", "global-concurrency", "endpoint-concurrency"):
        return value  # type: ignore[return-value]
    if "concurrency" in value:
        return "global-concurrency"
    return "other"


__all__ = [
    "BURST_SECONDS",
    "DECREASE_FACTOR",
    "DECREASE_INTERVAL",
    "HOLD_SECONDS",
    "INCREASE_PER_SECOND",
    "MIN_FRACTION",
    "REASON_HEADER",
    "Bucket",
    "Budget",
    "Cap",
    "Hold",
    "Kind",
    "Reason",
    "Slot",
    "account_key",
    "call_kind",
    "limited_reason",
]
