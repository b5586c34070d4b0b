"""Stripe-like rate limits for the fake: requests per second, searches per second, requests in
flight, per account (API key plus `Stripe-Account`), and optionally per operation and per
object. A request over a limit is answered 429 the way Stripe answers it, naming the limiter
in `Stripe-Rate-Limited-Reason`, before it is served: nothing is stored.
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
    account being served at once (None: no cap). `endpoint_per_second` and
    `endpoint_concurrent` limit each operation (Stripe's "endpoint") of an account apart from
    the others, and `object_writes_per_second` the writes naming one object (Stripe's
    resource-specific limits). Each rate is a token bucket holding `burst` seconds' worth of
    requests (at least one). `retry_after`, when set, is sent as a
    `Retry-After` header. `clock` gives seconds (monotonic); a test can pass its own to
    move time by hand.
    """

    requests_per_second: float | None = 25.0
    searches_per_second: float | None = 20.0
    max_concurrent: int | None = None
    endpoint_per_second: float | None = None
    endpoint_concurrent: int | None = None
    object_writes_per_second: float | None = None
    burst: float = 1.0
    retry_after: float | None = None
    clock: Callable[[], float] = field(default=time.monotonic, eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        _check_rate("requests_per_second", self.requests_per_second)
        _check_rate("searches_per_second", self.searches_per_second)
        _check_rate("endpoint_per_second", self.endpoint_per_second)
        _check_rate("object_writes_per_second", self.object_writes_per_second)
        _check_rate("burst", self.burst, optional=False)
        for name in ("max_concurrent", "endpoint_concurrent"):
            cap = getattr(self, name)
            if cap is not None and (isinstance(cap, bool) or not isinstance(cap, int) or cap < 1):
                raise ValueError(f"{name} must be an int >= 1")


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
    in_flight_by_operation: dict[str, int] = field(factory=dict)


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

    def _bucket(self, account: _Account, name: str, rate: float, now: float) -> _Bucket:
        bucket = account.buckets.get(name)
        if bucket is None:
            capacity = max(1.0, rate * self.limits.burst)
            bucket = account.buckets[name] = _Bucket(rate, capacity, capacity, now)
        return bucket

    def admit(self, request: httpx.Request) -> str | None:
        """Takes the request in (counting it in flight), or returns why it is refused:
        `global-concurrency`, `endpoint-concurrency`, `global-rate`, `endpoint-rate` or
        `resource-specific`."""
        key = (request.headers.get("authorization", ""), request.headers.get("stripe-account", ""))
        is_search = request.method == "GET" and request.url.path.endswith("/search")
        operation, resource = _operation_of(request)
        limits = self.limits
        with self._lock:
            now = limits.clock()
            account = self._account(key, now)
            reason = None
            by_operation = account.in_flight_by_operation
            if limits.max_concurrent is not None and account.in_flight >= limits.max_concurrent:
                reason = "global-concurrency"
            elif (
                limits.endpoint_concurrent is not None
                and by_operation.get(operation, 0) >= limits.endpoint_concurrent
            ):
                reason = "endpoint-concurrency"
            checks = [("global", "global-rate")]
            if is_search:
                checks.append(("search", "endpoint-rate"))
            if limits.endpoint_per_second is not None and not is_search:
                self._bucket(account, f"op:{operation}", limits.endpoint_per_second, now)
                checks.append((f"op:{operation}", "endpoint-rate"))
            if limits.object_writes_per_second is not None and resource and request.method != "GET":
                self._bucket(account, f"object:{resource}", limits.object_writes_per_second, now)
                checks.append((f"object:{resource}", "resource-specific"))
            buckets = [(account.buckets[n], why) for n, why in checks if n in account.buckets]
            for bucket, _ in buckets:
                bucket.refill(now)
            if reason is None:
                reason = next((why for bucket, why in buckets if bucket.tokens < 1.0), None)
            if reason is not None:
                self.counts.refused[reason] = self.counts.refused.get(reason, 0) + 1
                return reason
            for bucket, _ in buckets:
                bucket.tokens -= 1.0
            account.in_flight += 1
            by_operation[operation] = by_operation.get(operation, 0) + 1
            self.counts.admitted += 1
            return None

    def done(self, request: httpx.Request) -> None:
        """The admitted request was answered (or abandoned)."""
        key = (request.headers.get("authorization", ""), request.headers.get("stripe-account", ""))
        operation, _ = _operation_of(request)
        with self._lock:
            account = self._accounts.get(key)
            if account is not None and account.in_flight > 0:
                account.in_flight -= 1
                by_operation = account.in_flight_by_operation
                if by_operation.get(operation, 0) > 1:
                    by_operation[operation] -= 1
                else:
                    by_operation.pop(operation, None)


def _operation_of(request: httpx.Request) -> tuple[str, str | None]:
    """The operation a request calls (its method and path when no route matches) and the
    object it names (its path's last parameter)."""
    from ._routes import find_route  # the routes import every handler: only when limiting

    raw_path = request.url.raw_path.decode("ascii").partition("?")[0]
    found = find_route(request.method, raw_path)
    if found is None:
        return f"{request.method} {raw_path}", None
    route, values = found
    names = [s[1:-1] for s in route.template.split("/") if s.startswith("{")]
    return route.operation_id, (values[names[-1]] if names else None)


_MESSAGES = {
    "global-concurrency": "This account has too many requests in progress at once.",
    "global-rate": "This account is sending requests faster than its rate limit allows.",
    "endpoint-rate": "This account is calling this endpoint faster than its rate limit allows.",
    "endpoint-concurrency": "This account has too many requests to this endpoint in progress.",
    "resource-specific": "This object is receiving requests faster than its rate limit allows.",
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
