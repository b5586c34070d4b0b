"""What a client is told about pacing: `RateLimit` (public as
`stripe_invoicing_client.RateLimit`), the `rate_limit` setting's check and what `"auto"`
resolves to, and `SharedBudget`, what the limiter asks of a budget that `RateLimit.shared`
names (`redis.RedisBudget`).

Apart from the limiter (`_limiter`): these are checked once, as a client is made, and naming
a limit loads none of the policy that runs per call.
"""

from __future__ import annotations

import math
from collections.abc import Coroutine
from typing import Any, Literal, Protocol, runtime_checkable

import attrs

from ._options import key_mode
from .errors import InvalidParameterError


def _positive(name: str, value: object, *, optional: bool = False) -> None:
    if value is None and optional:
        return
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise InvalidParameterError(f"rate_limit.{name}", "must be a number")
    if not math.isfinite(value) or value <= 0:
        raise InvalidParameterError(f"rate_limit.{name}", "must be positive and finite")


@runtime_checkable
class SharedBudget(Protocol):
    """What the limiter asks of a budget shared between processes (see `redis.RedisBudget`).
    Each method answers None when the budget cannot be reached: the caller then paces
    locally, at its share (`fallback_share`). `max_wait` is the time the call has left before
    its deadline (None: no deadline); a budget asks nothing once it is 0 (answering None),
    and the async methods end their round trip by then (None too)."""

    def reserve(
        self,
        key: tuple[str, str | None],
        rates: list[tuple[str, float]],
        max_wait: float | None,
        cap: int,
    ) -> tuple[float, str | None] | None:
        """Seconds until the call may send, the slot taken, and a lease on a place in flight
        when there is no wait and a place is free (one round trip); `inf` (nothing taken)
        when the wait is past `max_wait`."""

    async def reserve_async(
        self,
        key: tuple[str, str | None],
        rates: list[tuple[str, float]],
        max_wait: float | None,
        cap: int,
    ) -> tuple[float, str | None] | None: ...

    def lease(
        self, key: tuple[str, str | None], cap: int, max_wait: float | None
    ) -> str | Literal[False] | None:
        """A lease on a place in flight, False when all are taken."""

    async def lease_async(
        self, key: tuple[str, str | None], cap: int, max_wait: float | None
    ) -> str | Literal[False] | None: ...

    def release(
        self, key: tuple[str, str | None], lease: str | None, cut: tuple[str, float] | None
    ) -> None:
        """Frees a lease and records a 429's cut of the named rate."""

    def release_async(
        self, key: tuple[str, str | None], lease: str | None, cut: tuple[str, float] | None
    ) -> Coroutine[Any, Any, None]:
        """The lease is due back from this call on, even if the coroutine it returns never
        runs (its task cancelled as the event loop ends)."""

    def refund(self, key: tuple[str, str | None], rates: list[tuple[str, float]]) -> None:
        """Gives back a slot `reserve` took, for a call that never sent."""

    async def refund_async(
        self, key: tuple[str, str | None], rates: list[tuple[str, float]]
    ) -> None: ...

    def fallback_share(self) -> int:
        """How many processes share the budget, as last seen (at least 1)."""

    def fails_closed(self) -> bool: ...


@attrs.frozen
class RateLimit:
    """How fast one client (and every client derived from it with `with_options`) may call
    Stripe, per account.

    `requests_per_second` bounds every call; `reads_per_second`, `writes_per_second` and
    `searches_per_second`, when set, bound those calls too (a search is a read as well).
    `max_concurrent` caps the requests in flight. `adaptive` lowers the rates after a 429
    and raises them back after successes; without it the rates stay as configured.

    `shared` (a `stripe_invoicing_client.redis.RedisBudget`) makes the rates and the cap one
    budget for every process that names the same Redis: the rates are counted there, the
    places in flight are leases there, and a 429's cut is seen by all.
    """

    requests_per_second: float = 25.0
    reads_per_second: float | None = None
    writes_per_second: float | None = None
    searches_per_second: float | None = 20.0
    max_concurrent: int = 20
    adaptive: bool = True
    shared: SharedBudget | None = attrs.field(default=None, kw_only=True)

    def __attrs_post_init__(self) -> None:
        if self.shared is not None and not isinstance(self.shared, SharedBudget):
            raise InvalidParameterError("rate_limit.shared", "must be a RedisBudget or None")
        _positive("requests_per_second", self.requests_per_second)
        for name in ("reads_per_second", "writes_per_second", "searches_per_second"):
            _positive(name, getattr(self, name), optional=True)
        if (
            isinstance(self.max_concurrent, bool)
            or not isinstance(self.max_concurrent, int)
            or self.max_concurrent < 1
        ):
            raise InvalidParameterError("rate_limit.max_concurrent", "must be an int >= 1")

    @classmethod
    def test_mode(cls) -> RateLimit:
        """Stripe's published test-mode limits: 25 operations a second, 20 searches."""
        return cls()

    @classmethod
    def live_mode(cls) -> RateLimit:
        """Stripe's published live-mode limits: 100 operations a second, 20 searches."""
        return cls(requests_per_second=100.0, max_concurrent=50)


RateLimitSetting = RateLimit | Literal["auto"] | None


def check_rate_limit(value: object) -> RateLimitSetting:
    if value is None or value == "auto" or isinstance(value, RateLimit):
        return value
    raise InvalidParameterError("rate_limit", "must be a RateLimit, None or 'auto'")


def resolve(
    setting: RateLimitSetting, api_key: str, *, own_connection_to_stripe: bool
) -> RateLimit | None:
    """The limit a new client starts with. `"auto"` paces test keys (Stripe's test-mode
    limits are low enough to hit by accident) when the client opens its own connections to
    api.stripe.com; a caller's http client or another base URL may lead anywhere (a proxy, a
    fake), so pacing there is only on when asked for."""
    if setting != "auto":
        return setting
    if own_connection_to_stripe and key_mode(api_key) == "test":
        return RateLimit.test_mode()
    return None


__all__ = [
    "RateLimit",
    "RateLimitSetting",
    "SharedBudget",
    "check_rate_limit",
    "resolve",
]
