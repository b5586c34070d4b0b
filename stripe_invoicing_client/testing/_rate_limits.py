"""Stripe-like rate limits for the fake: requests per second, searches per second, requests in
flight, per account (API key plus `Stripe-Account`). A request over a limit is answered 429
the way Stripe answers it, before it is served: nothing is stored.
"""

from __future__ import annotations

import json
import math
import threading
import time
from collections.abc import Callable

import httpx
from attrs import define, field, frozen

from ._errors import ApiError
from ._state import API_VERSION

REASON_HEADER = "Stripe-Rate-Limited-Reason"


def _check_rate(name: str, value: float | None, *, optional: bool = True) -> None:
    if value is None and optional:
        return
    if (
        isinstance(value, bool)
        or not isinstance(value, (int, float))
        or not math.isfinite(value)
        or value <= 0
    ):
        raise ValueError(f"{name} must be a positive number")


@frozen
class RateLimits:
    """The limits `FakeStripe(rate_limits=...)` enforces.

    `requests_per_second` counts every request of an account; `searches_per_second` counts
    searches, which also count toward the total; `max_concurrent` caps the requests of an
    account being served at once (None: no cap). Each rate is a token bucket holding `burst`
    seconds' worth of requests (at least one). `retry_after`, when set, is sent as a
    `Retry-After` header. `clock` gives seconds (monotonic); a test can pass its own to
    move time by hand.
    """

    requests_per_second: float | None = 25.0
    searches_per_second: float | None = 20.0
    max_concurrent: int | None = None
    burst: float = 1.0
    retry_after: float | None = None
    clock: Callable[[], float] = field(default=time.monotonic, eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        _check_rate("requests_per_second", self.requests_per_second)
        _check_rate("searches_per_second", self.searches_per_second)
        _check_rate("burst", self.burst, optional=False)
        if self.max_concurrent is not None and (
            isinstance(self.max_concurrent, bool)
            or not isinstance(self.max_concurrent, int)
            or self.max_concurrent < 1
        ):
            raise ValueError("max_concurrent must be an int >= 1")


@define
class _Bucket:
    rate: float
    capacity: float
    tokens: float
    updated: float

    def refill(self, now: float) -> None:
        elapsed = max(0.0, now - self.updated)
        self.tokens = min(self.capacity, self.tokens + elapsed * self.rate)
        self.updated = now


@define
class _Account:
    buckets: dict[str, _Bucket]
    in_flight: int = 0


@define
class RateLimitCounts:
    """What the limits did: requests let through, and 429s by reason."""

    admitted: int = 0
    refused: dict[str, int] = field(factory=dict)

    @property
    def refused_total(self) -> int:
        return sum(self.refused.values())


class Enforcer:
    """Admits or refuses each request; thread-safe (the fake serves threads and tasks)."""

    def __init__(self, limits: RateLimits) -> None:
        self.limits = limits
        self._lock = threading.Lock()
        self._accounts: dict[tuple[str, str], _Account] = {}
        self.counts = RateLimitCounts()

    def _account(self, key: tuple[str, str], now: float) -> _Account:
        account = self._accounts.get(key)
        if account is None:
            limits = self.limits
            buckets = {}
            for name, rate in (
                ("global", limits.requests_per_second),
                ("search", limits.searches_per_second),
            ):
                if rate is not None:
                    capacity = max(1.0, rate * limits.burst)
                    buckets[name] = _Bucket(rate, capacity, capacity, now)
            account = self._accounts[key] = _Account(buckets)
        return account

    def admit(self, request: httpx.Request) -> str | None:
        """Takes the request in (counting it in flight), or returns why it is refused:
        `global-concurrency`, `global-rate` or `endpoint-rate`."""
        key = (request.headers.get("authorization", ""), request.headers.get("stripe-account", ""))
        is_search = request.method == "GET" and request.url.path.endswith("/search")
        with self._lock:
            now = self.limits.clock()
            account = self._account(key, now)
            reason = None
            cap = self.limits.max_concurrent
            if cap is not None and account.in_flight >= cap:
                reason = "global-concurrency"
            names = ["global", "search"] if is_search else ["global"]
            names = [n for n in names if n in account.buckets]
            buckets = [account.buckets[n] for n in names]
            for bucket in buckets:
                bucket.refill(now)
            if reason is None:
                for name, bucket in zip(names, buckets, strict=True):
                    if bucket.tokens < 1.0:
                        reason = "global-rate" if name == "global" else "endpoint-rate"
                        break
            if reason is not None:
                self.counts.refused[reason] = self.counts.refused.get(reason, 0) + 1
                return reason
            for bucket in buckets:
                bucket.tokens -= 1.0
            account.in_flight += 1
            self.counts.admitted += 1
            return None

    def done(self, request: httpx.Request) -> None:
        """The admitted request was answered (or abandoned)."""
        key = (request.headers.get("authorization", ""), request.headers.get("stripe-account", ""))
        with self._lock:
            account = self._accounts.get(key)
            if account is not None and account.in_flight > 0:
                account.in_flight -= 1


_MESSAGES = {
    "global-concurrency": "This account has too many requests in progress at once.",
    "global-rate": "This account is sending requests faster than its rate limit allows.",
    "endpoint-rate": "This account is sending search requests faster than their rate limit.",
}


def rate_limited_response(
    request: httpx.Request, reason: str, request_id: str, limits: RateLimits
) -> httpx.Response:
    """Stripe's 429: an `invalid_request_error` with code `rate_limit`."""
    error = ApiError(
        429,
        "invalid_request_error",
        _MESSAGES[reason] + " Slow down, and retry with backoff.",
        code="rate_limit",
    )
    headers = {
        "Content-Type": "application/json",
        "Stripe-Version": API_VERSION,
        "Request-Id": request_id,
        REASON_HEADER: reason,
    }
    if limits.retry_after is not None:
        headers["Retry-After"] = f"{limits.retry_after:g}"
    content = json.dumps(error.body(request_id), indent=2).encode("utf-8")
    return httpx.Response(429, headers=headers, content=content, request=request)


__all__ = ["Enforcer", "RateLimitCounts", "RateLimits", "rate_limited_response"]
