"""Client-side pacing at Stripe's rate limits: a budget per account, adaptive on 429s.

Stripe limits each account (the platform, or the connected account named by `Stripe-Account`)
to a number of operations per second, lower for search, and limits the requests it works on
at once; past that it answers 429. Colliding with the limit costs a round trip and a backoff
per call, and retries run out. Pacing on our side sends each call when the budget allows.

The policy is plain code under one lock (`Limiter`): a concurrency cap, then a time slot from
token buckets (every call; plus reads, writes or searches when those have their own budget),
handed out as reservations so that thousands of waiting calls each sleep once. A 429 halves
the rate of the bucket it names (at most once a second) and holds it there for a while;
successes then raise it back to the configured ceiling, a step per second (AIMD). The shells
(`send_sync`, `send_async`) only wait: a thread on a condition, a task on a future.

A call waiting here has sent nothing, so waiting never changes how often a write is applied.
"""

from __future__ import annotations

import collections
import functools
import hashlib
import math
import threading
import time
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Literal

import attrs

if TYPE_CHECKING:
    import asyncio

from .errors import InvalidParameterError, get_header

Kind = Literal["read", "write", "search"]

# Stripe names the limiter that refused a request in this header of a 429; values seen are
# like `global-rate`, `global-concurrency`, `endpoint-rate`, `resource-specific`. Only the
# word "concurrency" is relied on; any other value (or none) is treated as a rate limit.
REASON_HEADER = "Stripe-Rate-Limited-Reason"

DECREASE_FACTOR = 0.5
DECREASE_INTERVAL = 1.0  # one cut per second: a burst's many 429s are one signal
HOLD_SECONDS = 2.0  # no increase this long after a cut
INCREASE_PER_SECOND = 0.1  # of the ceiling, per second of successes after the hold
MIN_FRACTION = 0.05  # the rate never goes below this share of its ceiling
BURST_SECONDS = 0.1  # the buckets hold this many seconds' worth of calls (at least one)


def _positive(name: str, value: object, *, optional: bool = False) -> None:
    if value is None and optional:
        return
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise InvalidParameterError(f"rate_limit.{name}", "must be a number")
    if not math.isfinite(value) or value <= 0:
        raise InvalidParameterError(f"rate_limit.{name}", "must be positive and finite")


@attrs.frozen
class RateLimit:
    """How fast one client (and every client derived from it with `with_options`) may call
    Stripe, per account.

    `requests_per_second` bounds every call; `reads_per_second`, `writes_per_second` and
    `searches_per_second`, when set, bound those calls too (a search is a read as well).
    `max_concurrent` caps the requests in flight. `adaptive` lowers the rates after a 429
    and raises them back after successes; without it the rates stay as configured.
    """

    requests_per_second: float = 25.0
    reads_per_second: float | None = None
    writes_per_second: float | None = None
    searches_per_second: float | None = 20.0
    max_concurrent: int = 20
    adaptive: bool = True

    def __attrs_post_init__(self) -> None:
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
    if own_connection_to_stripe and api_key.startswith(("sk_test_", "rk_test_")):
        return RateLimit.test_mode()
    return None


def call_kind(method: str, path: str) -> Kind:
    if method == "GET":
        return "search" if path.endswith("/search") else "read"
    return "write"


def limiter_for(setting: object, api_key: str, *, own_connection_to_stripe: bool) -> Limiter | None:
    """The limiter a new client starts with (see `resolve`), or None for no pacing."""
    limit = resolve(
        check_rate_limit(setting), api_key, own_connection_to_stripe=own_connection_to_stripe
    )
    return None if limit is None else Limiter(limit)


@functools.lru_cache(maxsize=256)
def account_key(api_key: str, stripe_account: str | None) -> tuple[str, str | None]:
    # A digest, not the key: this tuple may show up in a debugger or a repr.
    return hashlib.sha256(api_key.encode()).hexdigest()[:16], stripe_account


# --- the policy --------------------------------------------------------------------------


@attrs.define
class Bucket:
    """A rate with a ceiling, handing out send times (GCRA: `tat` is the theoretical time at
    which the bucket is empty again)."""

    ceiling: float
    rate: float
    tat: float = 0.0
    last_cut: float = -math.inf
    last_update: float = 0.0

    def earliest(self, now: float) -> float:
        burst = max(1.0, self.rate * BURST_SECONDS) / self.rate
        return max(now, self.tat - burst + 1.0 / self.rate)

    def take(self, at: float) -> None:
        self.tat = max(self.tat, at) + 1.0 / self.rate

    def cut(self, now: float) -> bool:
        if now - self.last_cut < DECREASE_INTERVAL:
            return False
        self.rate = max(self.ceiling * MIN_FRACTION, self.rate * DECREASE_FACTOR)
        self.last_cut = now
        self.last_update = now
        return True

    def grow(self, now: float) -> None:
        start = max(self.last_update, self.last_cut + HOLD_SECONDS)
        if self.rate < self.ceiling and now > start:
            self.rate = min(
                self.ceiling, self.rate + self.ceiling * INCREASE_PER_SECOND * (now - start)
            )
        self.last_update = max(self.last_update, now)


@attrs.define
class Budget:
    """One account's buckets, concurrency cap and the calls in flight."""

    buckets: dict[str, Bucket]
    ceiling_concurrent: int
    max_concurrent: int
    in_flight: int = 0
    last_cut: float = -math.inf
    last_update: float = 0.0
    waiters: collections.deque[object] = attrs.Factory(collections.deque)

    def bucket_names(self, kind: Kind) -> list[str]:
        names = ["all"]
        if kind == "search":
            names += [n for n in ("read", "search") if n in self.buckets]
        elif kind in self.buckets:
            names.append(kind)
        return names


@attrs.frozen
class Slot:
    """A granted place: the call may send at `at` (monotonic seconds)."""

    key: tuple[str, str | None]
    kind: Kind
    at: float


class Limiter:
    """The shared state of one `RateLimit`: a budget per account, under one lock."""

    def __init__(self, limit: RateLimit, clock: Callable[[], float] = time.monotonic) -> None:
        self.limit = limit
        self.clock = clock
        self._lock = threading.Lock()
        self._free = threading.Condition(self._lock)
        self._budgets: dict[tuple[str, str | None], Budget] = {}

    def __repr__(self) -> str:
        return f"Limiter({self.limit!r})"

    def _budget(self, key: tuple[str, str | None]) -> Budget:
        budget = self._budgets.get(key)
        if budget is None:
            limit = self.limit
            rates = {
                "all": limit.requests_per_second,
                "read": limit.reads_per_second,
                "write": limit.writes_per_second,
                "search": limit.searches_per_second,
            }
            buckets = {
                name: Bucket(rate, rate, last_update=self.clock())
                for name, rate in rates.items()
                if rate is not None
            }
            budget = Budget(buckets, limit.max_concurrent, limit.max_concurrent)
            self._budgets[key] = budget
        return budget

    # Concurrency: `try_enter` takes a place in flight or queues the waiter (first come,
    # first served); `leave` hands a freed place to the first waiter, if any.

    def try_enter(self, key: tuple[str, str | None], waiter: object | None = None) -> bool:
        """Takes a place in flight, or (with a waiter) queues it and returns False."""
        with self._lock:
            budget = self._budget(key)
            if not budget.waiters and budget.in_flight < budget.max_concurrent:
                budget.in_flight += 1
                return True
            if waiter is not None:
                budget.waiters.append(waiter)
            return False

    def withdraw(self, key: tuple[str, str | None], waiter: object) -> bool:
        """Removes a queued waiter; False if it was already handed a place."""
        with self._lock:
            budget = self._budget(key)
            try:
                budget.waiters.remove(waiter)
            except ValueError:
                return False
            return True

    def _hand_over(self, budget: Budget) -> list[object]:
        granted = []
        while budget.waiters and budget.in_flight < budget.max_concurrent:
            budget.in_flight += 1
            granted.append(budget.waiters.popleft())
        return granted

    def reserve(self, key: tuple[str, str | None], kind: Kind) -> Slot:
        """A send time for a call that holds a place in flight; the buckets count it now."""
        with self._lock:
            budget = self._budget(key)
            now = self.clock()
            names = budget.bucket_names(kind)
            at = max(budget.buckets[n].earliest(now) for n in names)
            for name in names:
                budget.buckets[name].take(at)
            return Slot(key, kind, at)

    def release(
        self, slot: Slot, status: int | None, headers: Mapping[str, str] | None = None
    ) -> list[object]:
        """Records an attempt's outcome and frees its place; returns the waiters that now
        hold one (the shell wakes them). `status` is None when nothing came back."""
        with self._lock:
            budget = self._budget(slot.key)
            budget.in_flight -= 1
            now = self.clock()
            if self.limit.adaptive and status is not None:
                if status == 429:
                    self._on_limited(budget, slot.kind, headers, now)
                elif status < 500:
                    self._on_success(budget, slot.kind, now)
            return self._hand_over(budget)

    def _on_limited(
        self, budget: Budget, kind: Kind, headers: Mapping[str, str] | None, now: float
    ) -> None:
        reason = (get_header(headers, REASON_HEADER) or "") if headers is not None else ""
        if "concurrency" in reason.lower():
            if now - budget.last_cut >= DECREASE_INTERVAL:
                budget.max_concurrent = max(1, budget.max_concurrent // 2)
                budget.last_cut = now
                budget.last_update = now
            return
        names = budget.bucket_names(kind)
        # A search limit names the search bucket when there is one; otherwise the narrowest.
        bucket = budget.buckets[names[-1]]
        if bucket.cut(now):
            # Calls already given slots at the old rate keep them; new ones start after.
            bucket.tat = max(bucket.tat, now) + 1.0 / bucket.rate

    def _on_success(self, budget: Budget, kind: Kind, now: float) -> None:
        for name in budget.bucket_names(kind):
            budget.buckets[name].grow(now)
        if budget.max_concurrent < budget.ceiling_concurrent:
            start = max(budget.last_update, budget.last_cut + HOLD_SECONDS)
            if now - start >= 1.0:  # one more place per second of successes
                budget.max_concurrent += 1
                budget.last_update = now

    def rates(
        self, stripe_account: str | None = None, api_key: str | None = None
    ) -> dict[str, float]:
        """The current rates of one account's buckets (for tests and diagnostics)."""
        with self._lock:
            for key, budget in self._budgets.items():
                if key[1] == stripe_account and (
                    api_key is None or key == account_key(api_key, stripe_account)
                ):
                    return {name: b.rate for name, b in budget.buckets.items()}
            return {}

    def concurrency(self, stripe_account: str | None = None) -> tuple[int, int]:
        """(calls in flight, current cap) of an account."""
        with self._lock:
            for key, budget in self._budgets.items():
                if key[1] == stripe_account:
                    return budget.in_flight, budget.max_concurrent
            return 0, self.limit.max_concurrent


# --- the shells: waiting is all they add -----------------------------------------------------


class PastDeadline(Exception):
    """The call's turn would come after its deadline; nothing was sent. The client turns this
    into its deadline error."""


def _wake_threads(limiter: Limiter, granted: list[object]) -> None:
    if granted:
        with limiter._lock:
            limiter._free.notify_all()


class _ThreadWaiter:
    __slots__ = ()


def acquire_sync(
    limiter: Limiter,
    key: tuple[str, str | None],
    kind: Kind,
    *,
    deadline: float | None = None,
    sleep: Callable[[float], None] = time.sleep,
) -> Slot:
    """Blocks until the call may send; raises PastDeadline (nothing sent) if that would be
    after `deadline` (monotonic seconds)."""
    waiter = _ThreadWaiter()
    if not limiter.try_enter(key, waiter):
        with limiter._lock:
            budget = limiter._budgets[key]
            while waiter in budget.waiters:
                remaining = None if deadline is None else deadline - limiter.clock()
                if remaining is not None and remaining <= 0:
                    budget.waiters.remove(waiter)
                    raise PastDeadline
                limiter._free.wait(remaining)
    slot = limiter.reserve(key, kind)
    if deadline is not None and slot.at > deadline:
        _wake_threads(limiter, limiter.release(slot, None))
        raise PastDeadline
    delay = slot.at - limiter.clock()
    try:
        if delay > 0:
            sleep(delay)
    except BaseException:  # interrupted while waiting: nothing was sent
        _wake_threads(limiter, limiter.release(slot, None))
        raise
    return slot


def release_sync(
    limiter: Limiter, slot: Slot, status: int | None, headers: Mapping[str, str] | None = None
) -> None:
    """Records the attempt's status (None: no answer) and frees its place."""
    _wake_threads(limiter, limiter.release(slot, status, headers))


def _wake_tasks(granted: list[object]) -> None:
    # asyncio is imported where it is used: it costs tens of milliseconds, and sync users
    # (and the client class import) never need it.
    import asyncio

    for waiter in granted:
        assert isinstance(waiter, asyncio.Future)
        waiter.get_loop().call_soon_threadsafe(_grant, waiter)


def _grant(waiter: asyncio.Future[None]) -> None:
    if not waiter.done():
        waiter.set_result(None)


async def acquire_async(
    limiter: Limiter,
    key: tuple[str, str | None],
    kind: Kind,
    *,
    deadline: float | None = None,
) -> Slot:
    """The asyncio counterpart of `acquire_sync`."""
    import asyncio

    loop = asyncio.get_running_loop()
    waiter: asyncio.Future[None] = loop.create_future()
    if not limiter.try_enter(key, waiter):
        timeout = None if deadline is None else max(0.0, deadline - limiter.clock())
        try:
            await asyncio.wait_for(asyncio.shield(waiter), timeout)
        except BaseException as error:
            if not limiter.withdraw(key, waiter):
                # It was handed a place as we gave up: pass the place on.
                _wake_tasks(limiter.release(Slot(key, kind, 0.0), None))
            if isinstance(error, asyncio.TimeoutError):
                raise PastDeadline from None
            raise
    slot = limiter.reserve(key, kind)
    if deadline is not None and slot.at > deadline:
        _wake_tasks(limiter.release(slot, None))
        raise PastDeadline
    delay = slot.at - limiter.clock()
    try:
        if delay > 0:
            await asyncio.sleep(delay)
    except BaseException:
        _wake_tasks(limiter.release(slot, None))
        raise
    return slot


def release_async(
    limiter: Limiter, slot: Slot, status: int | None, headers: Mapping[str, str] | None = None
) -> None:
    _wake_tasks(limiter.release(slot, status, headers))


__all__ = [
    "Limiter",
    "PastDeadline",
    "RateLimit",
    "RateLimitSetting",
    "Slot",
    "account_key",
    "acquire_async",
    "acquire_sync",
    "call_kind",
    "check_rate_limit",
    "limiter_for",
    "release_async",
    "release_sync",
    "resolve",
]
