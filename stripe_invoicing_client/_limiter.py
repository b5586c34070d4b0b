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
import contextlib
import functools
import hashlib
import math
import threading
import time
from collections.abc import Callable, Coroutine, Mapping
from typing import TYPE_CHECKING, Any, Literal, Protocol, runtime_checkable

import attrs

if TYPE_CHECKING:
    import asyncio

from .errors import InvalidParameterError, get_header

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
# A resource-specific 429 gives that object a rate of its own (no burst), cut like the others
# but down to one call a minute (Stripe's per-object limits are per hour); an object lock
# (`lock_timeout`) holds calls naming the object back briefly, doubling on repeats.
OBJECT_MIN_RATE = 1.0 / 60.0
LOCK_HOLD_SECONDS = 0.25
MAX_HOLD_SECONDS = 8.0
MAX_OBJECTS = 1000  # objects slowed or held per account; past this, the settled are dropped
# Budgets of accounts unused this long are forgotten (their state is back at rest by then),
# and at most this many are kept however recent (a call in progress keeps its own).
IDLE_SECONDS = 60.0
MAX_IDLE_ACCOUNTS = 1024


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
    # A digest, not the key: this tuple may show up in a debugger or a repr. The mode leads
    # it, so that a shared budget can name its keys by mode without the API key.
    mode = "live" if api_key.startswith(("sk_live_", "rk_live_")) else "test"
    return f"{mode}-{hashlib.sha256(api_key.encode()).hexdigest()[:16]}", stripe_account


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


class Limiter:
    """The shared state of one `RateLimit`: a budget per account, under one lock.

    A call goes through three waits, each giving back what the earlier ones took if it stops:
    `plan` (its kind's and operation's budgets, and the object's back-off), `reserve_total`
    (the account's total, taken only once the narrower wait is over, so calls waiting for
    their own kind's budget never hold back others) and `try_enter` (a place in flight, taken
    last so that no place is held while sleeping). `release` ends a call that sent;
    `give_back` one that did not.
    """

    def __init__(self, limit: RateLimit, clock: Callable[[], float] = time.monotonic) -> None:
        self.limit = limit
        self.clock = clock
        self._lock = threading.Lock()
        self._free = threading.Condition(self._lock)
        # Least recently used first; idle budgets are forgotten (see `_forget_idle`).
        self._budgets: collections.OrderedDict[tuple[str, str | None], Budget] = (
            collections.OrderedDict()
        )
        self._by_account: dict[str | None, tuple[str, str | None]] = {}

    def __repr__(self) -> str:
        return f"Limiter({self.limit!r})"

    def _budget(self, key: tuple[str, str | None], now: float) -> Budget:
        budget = self._budgets.get(key)
        if budget is None:
            self._forget_idle(now)
            limit = self.limit
            rates = {
                "all": limit.requests_per_second,
                "read": limit.reads_per_second,
                "write": limit.writes_per_second,
                "search": limit.searches_per_second,
            }
            buckets = {
                name: Bucket(rate, rate, last_update=now)
                for name, rate in rates.items()
                if rate is not None
            }
            cap = Cap(limit.max_concurrent, limit.max_concurrent)
            budget = self._budgets[key] = Budget(buckets, cap, last_used=now)
        else:
            self._budgets.move_to_end(key)
        self._by_account[key[1]] = key
        budget.last_used = now
        return budget

    def _forget_idle(self, now: float) -> None:
        """Drops budgets unused for IDLE_SECONDS, and the least recently used beyond
        MAX_IDLE_ACCOUNTS; a budget some call still holds is kept."""
        budgets = self._budgets
        for _ in range(len(budgets)):
            key, budget = next(iter(budgets.items()))
            if len(budgets) < MAX_IDLE_ACCOUNTS and now - budget.last_used < IDLE_SECONDS:
                return
            if budget.users or budget.waiters:
                budgets.move_to_end(key)
                continue
            del budgets[key]
            if self._by_account.get(key[1]) == key:
                del self._by_account[key[1]]

    # The waits, in order.

    def plan(
        self,
        key: tuple[str, str | None],
        kind: Kind,
        *,
        deadline: float | None = None,
        operation: str | None = None,
        resource: str | None = None,
    ) -> Slot:
        """A slot in the call's own budgets (kind, operation, object), or PastDeadline with
        nothing taken when it would come after `deadline`."""
        with self._lock:
            now = self.clock()
            budget = self._budget(key, now)
            slot = Slot(key, kind, now, operation, resource)
            narrow = budget.narrow(slot, kinds=self.limit.shared is None)
            at = max([now, *(b.earliest(now) for b in narrow)])
            hold = budget.holds.get(resource) if resource else None
            if hold is not None:
                at = max(at, hold.until)
            if deadline is not None and at > deadline:
                raise PastDeadline
            slot.at = at
            slot.taken = [(b, b.take(at)) for b in narrow]
            budget.users += 1
            return slot

    def reserve_total(
        self, slot: Slot, *, deadline: float | None = None, share: int | None = None
    ) -> None:
        """The slot's time in the account's total budget (PastDeadline: give the slot back).
        With `share`, a shared budget is out of reach: this process paces alone, at that
        share of the total and of its kind's budget."""
        with self._lock:
            now = self.clock()
            budget = self._budget(slot.key, now)
            buckets = [budget.buckets["all"]]
            if share is not None:
                buckets += [budget.buckets[n] for n in budget.bucket_names(slot.kind)[1:]]
            weight = float(share or 1)
            at = max(b.earliest(now, weight) for b in buckets)
            if deadline is not None and at > deadline:
                raise PastDeadline
            slot.at = at
            slot.taken += [(b, b.take(at, weight)) for b in buckets]

    def try_enter(self, slot: Slot, *, queue: bool = True) -> bool:
        """Takes a place in flight, or queues the slot (first come, first served) and returns
        False; `_hand_over` gives it a place later (`slot.placed`)."""
        with self._lock:
            budget = self._budget(slot.key, self.clock())
            if budget.can_enter(slot):
                self._enter(budget, slot)
                return True
            if queue:
                budget.waiters.append(slot)
            return False

    def _enter(self, budget: Budget, slot: Slot) -> None:
        budget.in_flight += 1
        if slot.operation:
            counts = budget.operations_in_flight
            counts[slot.operation] = counts.get(slot.operation, 0) + 1
        slot.placed = True

    def _leave(self, budget: Budget, slot: Slot) -> None:
        budget.in_flight -= 1
        if slot.operation:
            counts = budget.operations_in_flight
            counts[slot.operation] -= 1
            if not counts[slot.operation]:
                del counts[slot.operation]
        slot.placed = False

    def _hand_over(self, budget: Budget) -> list[Slot]:
        granted = []
        if budget.waiters and budget.in_flight < budget.cap.limit:
            waiting = collections.deque[Slot]()
            for slot in budget.waiters:
                if budget.can_enter(slot):
                    self._enter(budget, slot)
                    granted.append(slot)
                else:
                    waiting.append(slot)
            budget.waiters = waiting
        return granted

    def give_back(self, slot: Slot) -> list[Slot]:
        """Ends a call that sent nothing: its place, if any, goes to the next waiter and what
        it took from the buckets is theirs again. Returns the waiters now holding a place."""
        with self._lock:
            if slot.ended:
                return []
            slot.ended = True
            budget = self._budget(slot.key, self.clock())
            if slot.placed:
                self._leave(budget, slot)
            else:
                with contextlib.suppress(ValueError):
                    budget.waiters.remove(slot)
            for bucket, interval in slot.taken:
                bucket.refund(interval)
            budget.users -= 1
            return self._hand_over(budget)

    def release(
        self,
        slot: Slot,
        status: int | None,
        headers: Mapping[str, str] | None = None,
        code: str | None = None,
    ) -> list[Slot]:
        """Records an attempt's outcome and frees its place; returns the waiters that now
        hold one (the shell wakes them). `status` is None when nothing came back; `code` is
        the error's code (`lock_timeout` is not a rate limit)."""
        with self._lock:
            if slot.ended:
                return []
            slot.ended = True
            now = self.clock()
            budget = self._budget(slot.key, now)
            if slot.placed:
                self._leave(budget, slot)
            budget.users -= 1
            if self.limit.adaptive and status is not None:
                if status == 429 or code == "lock_timeout":
                    self._on_limited(budget, slot, limited_reason(headers, code), now)
                elif status < 500:
                    self._on_success(budget, slot, now)
            return self._hand_over(budget)

    def _on_limited(self, budget: Budget, slot: Slot, reason: Reason, now: float) -> None:
        if reason == "lock":
            if slot.resource:
                hold = budget.holds.get(slot.resource)
                fresh = hold is None or hold.until <= slot.at  # not one lock seen twice
                backoff = LOCK_HOLD_SECONDS if hold is None else hold.backoff
                if hold is not None and fresh:
                    backoff = min(backoff * 2, MAX_HOLD_SECONDS)
                budget.holds[slot.resource] = Hold(max(now + backoff, slot.at), backoff)
                if len(budget.holds) > MAX_OBJECTS:
                    budget.holds = {k: h for k, h in budget.holds.items() if h.until > now}
            return
        names = budget.bucket_names(slot.kind)
        if reason == "resource" and slot.resource:
            own = budget.objects.get(slot.resource)
            if own is None:
                if len(budget.objects) >= MAX_OBJECTS:
                    budget.objects = {k: b for k, b in budget.objects.items() if b.tat > now}
                ceiling = min(budget.buckets[n].ceiling for n in names)
                own = Bucket(ceiling, ceiling, now, burst_seconds=0.0, floor=OBJECT_MIN_RATE)
                budget.objects[slot.resource] = own
            own.cut(now)
            return
        if reason == "global-concurrency":
            budget.cap.cut(now, budget.in_flight + 1)
            return
        if reason == "endpoint-concurrency" and slot.operation:
            cap = budget.endpoint_caps.get(slot.operation)
            if cap is None:
                most = budget.cap.ceiling
                cap = budget.endpoint_caps[slot.operation] = Cap(most, most)
            cap.cut(now, budget.operations_in_flight.get(slot.operation, 0) + 1)
            return
        if reason == "endpoint-rate" and slot.operation and "search" not in names:
            # That operation alone slows (searches share one budget: theirs is cut below).
            bucket = budget.endpoints.get(slot.operation)
            if bucket is None:
                ceiling = min(budget.buckets[n].ceiling for n in names)
                bucket = Bucket(ceiling, ceiling, tat=now, last_update=now)
                budget.endpoints[slot.operation] = bucket
            bucket.cut(now)
            return
        # The account's total for a global-rate 429; otherwise the narrowest budget named
        # (a search's, when there is one).
        budget.buckets["all" if reason == "global-rate" else names[-1]].cut(now)

    def _on_success(self, budget: Budget, slot: Slot, now: float) -> None:
        for name in budget.bucket_names(slot.kind):
            budget.buckets[name].grow(now)
        budget.cap.grow(now)
        if slot.operation:
            endpoint = budget.endpoints.get(slot.operation)
            if endpoint is not None:
                endpoint.grow(now)
                if endpoint.rate >= endpoint.ceiling:
                    del budget.endpoints[slot.operation]
            cap = budget.endpoint_caps.get(slot.operation)
            if cap is not None:
                cap.grow(now)
                if cap.limit >= cap.ceiling:
                    del budget.endpoint_caps[slot.operation]
        if slot.resource:
            budget.holds.pop(slot.resource, None)
            own = budget.objects.get(slot.resource)
            if own is not None:
                own.grow(now)
                if own.rate >= own.ceiling:
                    del budget.objects[slot.resource]

    def _find(self, stripe_account: str | None, api_key: str | None) -> Budget | None:
        key = (
            account_key(api_key, stripe_account)
            if api_key is not None
            else self._by_account.get(stripe_account)
        )
        return None if key is None else self._budgets.get(key)

    def rates(
        self, stripe_account: str | None = None, api_key: str | None = None
    ) -> dict[str, float]:
        """The current rates of one account's buckets (for tests and diagnostics)."""
        with self._lock:
            budget = self._find(stripe_account, api_key)
            if budget is None:
                return {}
            rates = {name: b.rate for name, b in budget.buckets.items()}
            rates.update({f"endpoint:{op}": b.rate for op, b in budget.endpoints.items()})
            rates.update({f"object:{name}": b.rate for name, b in budget.objects.items()})
            return rates

    def concurrency(
        self, stripe_account: str | None = None, api_key: str | None = None
    ) -> tuple[int, int]:
        """(calls in flight, current cap) of an account."""
        with self._lock:
            budget = self._find(stripe_account, api_key)
            if budget is None:
                return 0, self.limit.max_concurrent
            return budget.in_flight, budget.cap.limit

    def holds(self, stripe_account: str | None = None, api_key: str | None = None) -> set[str]:
        """The objects of an account being backed off now (for tests and diagnostics)."""
        with self._lock:
            budget = self._find(stripe_account, api_key)
            now = self.clock()
            return (
                set() if budget is None else {r for r, h in budget.holds.items() if h.until > now}
            )


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


# --- the shells: waiting is all they add -----------------------------------------------------


class PastDeadline(Exception):
    """The call's turn would come after its deadline; nothing was sent. The client turns this
    into its deadline error."""


def _wake_threads(limiter: Limiter, granted: list[Slot]) -> None:
    if granted:
        with limiter._lock:
            limiter._free.notify_all()


def _sleep_until(limiter: Limiter, slot: Slot, sleep: Callable[[float], None]) -> None:
    delay = slot.at - limiter.clock()
    if delay > 0:
        sleep(delay)


# With a shared budget: the rates it counts a call in, the cut a 429 makes there, and how
# long a caller waits before asking again for a place (or, failing closed, for Redis).
LEASE_POLL_SECONDS = 0.005
FAIL_CLOSED_POLL_SECONDS = 0.1


def shared_rates(limit: RateLimit, kind: Kind) -> list[tuple[str, float]]:
    """The rates a shared budget counts a call in: the total, then its kind's."""
    rates = {
        "read": limit.reads_per_second,
        "write": limit.writes_per_second,
        "search": limit.searches_per_second,
    }
    names = ["read", "search"] if kind == "search" else [kind]
    found = [("all", limit.requests_per_second)]
    found += [(n, rate) for n in names if (rate := rates[n]) is not None]
    return found


def shared_cut(
    limit: RateLimit, slot: Slot, status: int | None, reason: Reason
) -> tuple[str, float] | None:
    """The shared rate a 429 cuts for every process (the other reasons stay local)."""
    if status != 429 or not limit.adaptive or slot.shared is None:
        return None
    if reason == "global-rate":
        return slot.shared[0]
    if reason == "other" or (reason == "endpoint-rate" and slot.kind == "search"):
        return slot.shared[-1]
    return None


def _past(limiter: Limiter, deadline: float | None) -> bool:
    return deadline is not None and limiter.clock() >= deadline


def _left(limiter: Limiter, deadline: float | None) -> float | None:
    """The time the call has left, as a shared budget is told it (None: no deadline)."""
    return None if deadline is None else deadline - limiter.clock()


def _check_turn(limiter: Limiter, deadline: float | None) -> None:
    """The call's turn came after its deadline (a shared budget's round trip took it there,
    and failing open it would go on without a place): it sends nothing."""
    if deadline is not None and limiter.clock() > deadline:
        raise PastDeadline


def _poll(limiter: Limiter, deadline: float | None, seconds: float) -> float:
    """How long to wait before asking a shared budget again: never past the deadline."""
    return seconds if deadline is None else max(0.0, min(seconds, deadline - limiter.clock()))


def _shared_wait(
    limiter: Limiter, slot: Slot, answer: tuple[float, str | None] | None
) -> float | None:
    """What a shared budget's answer means for the caller: seconds to sleep, or None to pace
    locally (Redis out of reach, failing open)."""
    if answer is None:
        return None
    wait, slot.lease = answer
    if math.isinf(wait):
        raise PastDeadline
    slot.shared = shared_rates(limiter.limit, slot.kind)
    return wait


def _lease_answer(
    shared: SharedBudget, lease: str | Literal[False] | None
) -> tuple[bool, str | None]:
    """Whether the call may go on after asking for a lease, and the lease it holds. Redis out
    of reach (None): failing open it goes on unleased; failing closed it waits for Redis, as
    it does for the reserve. All places taken (False): it waits."""
    if lease is False or (lease is None and shared.fails_closed()):
        return False, None
    return True, lease


def acquire_sync(
    limiter: Limiter,
    key: tuple[str, str | None],
    kind: Kind,
    *,
    deadline: float | None = None,
    sleep: Callable[[float], None] = time.sleep,
    operation: str | None = None,
    resource: str | None = None,
) -> Slot:
    """Blocks until the call may send; raises PastDeadline (nothing sent) if that would be
    after `deadline` (monotonic seconds). Anything raised while waiting (a deadline, a
    KeyboardInterrupt) gives back what the call had taken."""
    slot = limiter.plan(key, kind, deadline=deadline, operation=operation, resource=resource)
    shared = limiter.limit.shared
    try:
        _sleep_until(limiter, slot, sleep)
        wait = None
        while shared is not None:
            max_wait = _left(limiter, deadline)
            rates = shared_rates(limiter.limit, kind)
            cap = limiter.limit.max_concurrent
            wait = _shared_wait(limiter, slot, shared.reserve(key, rates, max_wait, cap))
            if wait is not None or not shared.fails_closed():
                break
            if _past(limiter, deadline):
                raise PastDeadline
            sleep(_poll(limiter, deadline, FAIL_CLOSED_POLL_SECONDS))
        if wait is None:
            share = None if shared is None else shared.fallback_share()
            limiter.reserve_total(slot, deadline=deadline, share=share)
            _sleep_until(limiter, slot, sleep)
        elif wait > 0:
            sleep(wait)
        if not limiter.try_enter(slot):
            with limiter._free:
                while not slot.placed:
                    remaining = None if deadline is None else deadline - limiter.clock()
                    if remaining is not None and remaining <= 0:
                        raise PastDeadline
                    limiter._free.wait(remaining)
        while shared is not None and slot.shared is not None and slot.lease is None:
            lease = shared.lease(key, limiter.limit.max_concurrent, _left(limiter, deadline))
            settled, slot.lease = _lease_answer(shared, lease)
            if settled:
                break
            if _past(limiter, deadline):
                raise PastDeadline
            sleep(_poll(limiter, deadline, LEASE_POLL_SECONDS))
        if shared is not None:
            _check_turn(limiter, deadline)
    except BaseException:
        _wake_threads(limiter, limiter.give_back(slot))
        if shared is not None:
            if slot.shared is not None:
                shared.refund(key, slot.shared)
            if slot.lease is not None:
                shared.release(key, slot.lease, None)
        raise
    return slot


def release_sync(
    limiter: Limiter,
    slot: Slot,
    status: int | None,
    headers: Mapping[str, str] | None = None,
    code: str | None = None,
) -> None:
    """Records the attempt's status (None: no answer) and frees its place."""
    _wake_threads(limiter, limiter.release(slot, status, headers, code))
    shared = limiter.limit.shared
    if shared is not None and slot.shared is not None:
        cut = shared_cut(limiter.limit, slot, status, limited_reason(headers, code))
        if slot.lease is not None or cut is not None:
            shared.release(slot.key, slot.lease, cut)


def _wake_tasks(limiter: Limiter, granted: list[Slot]) -> None:
    while granted:
        slot = granted.pop(0)
        future: asyncio.Future[None] = slot.future  # type: ignore[assignment]
        try:
            future.get_loop().call_soon_threadsafe(_grant, future)
        except RuntimeError:
            # Its loop is closed (without cancelling its tasks): that call will never run,
            # so the place and the budget it was given go to the next.
            granted += limiter.give_back(slot)
            _give_back_shared(limiter.limit.shared, slot)


def _grant(waiter: asyncio.Future[None]) -> None:
    if not waiter.done():
        waiter.set_result(None)


async def _sleep_until_async(limiter: Limiter, slot: Slot) -> None:
    import asyncio

    delay = slot.at - limiter.clock()
    if delay > 0:
        await asyncio.sleep(delay)


_background: set[object] = set()


def _in_background(work: Coroutine[Any, Any, None]) -> None:
    """Runs a shared budget's bookkeeping (a lease freed, a cut) without making the call
    wait for it, and even when the call is being cancelled."""
    import asyncio

    task = asyncio.get_running_loop().create_task(work)
    _background.add(task)
    task.add_done_callback(_background.discard)


async def acquire_async(
    limiter: Limiter,
    key: tuple[str, str | None],
    kind: Kind,
    *,
    deadline: float | None = None,
    operation: str | None = None,
    resource: str | None = None,
) -> Slot:
    """The asyncio counterpart of `acquire_sync`."""
    # asyncio is imported where it is used: it costs tens of milliseconds, and sync users
    # (and the client class import) never need it.
    import asyncio

    slot = limiter.plan(key, kind, deadline=deadline, operation=operation, resource=resource)
    shared = limiter.limit.shared
    try:
        await _sleep_until_async(limiter, slot)
        wait = None
        while shared is not None:
            max_wait = _left(limiter, deadline)
            rates = shared_rates(limiter.limit, kind)
            cap = limiter.limit.max_concurrent
            answer = await shared.reserve_async(key, rates, max_wait, cap)
            wait = _shared_wait(limiter, slot, answer)
            if wait is not None or not shared.fails_closed():
                break
            if _past(limiter, deadline):
                raise PastDeadline
            await asyncio.sleep(_poll(limiter, deadline, FAIL_CLOSED_POLL_SECONDS))
        if wait is None:
            share = None if shared is None else shared.fallback_share()
            limiter.reserve_total(slot, deadline=deadline, share=share)
            await _sleep_until_async(limiter, slot)
        elif wait > 0:
            await asyncio.sleep(wait)
        future = slot.future = asyncio.get_running_loop().create_future()
        if not limiter.try_enter(slot):
            timeout = None if deadline is None else max(0.0, deadline - limiter.clock())
            try:
                await asyncio.wait_for(asyncio.shield(future), timeout)
            except asyncio.TimeoutError:
                raise PastDeadline from None
        while shared is not None and slot.shared is not None and slot.lease is None:
            left = _left(limiter, deadline)
            lease = await shared.lease_async(key, limiter.limit.max_concurrent, left)
            settled, slot.lease = _lease_answer(shared, lease)
            if settled:
                break
            if _past(limiter, deadline):
                raise PastDeadline
            await asyncio.sleep(_poll(limiter, deadline, LEASE_POLL_SECONDS))
        if shared is not None:
            _check_turn(limiter, deadline)
    except BaseException:
        _wake_tasks(limiter, limiter.give_back(slot))
        _give_back_shared(shared, slot)
        raise
    return slot


def _give_back_shared(shared: SharedBudget | None, slot: Slot) -> None:
    """Gives a shared budget back the slot and the lease of a call that sent nothing (in
    the background: the running loop's)."""
    if shared is not None and slot.shared is not None:
        _in_background(shared.refund_async(slot.key, slot.shared))
        if slot.lease is not None:
            _in_background(shared.release_async(slot.key, slot.lease, None))


def release_async(
    limiter: Limiter,
    slot: Slot,
    status: int | None,
    headers: Mapping[str, str] | None = None,
    code: str | None = None,
) -> None:
    _wake_tasks(limiter, limiter.release(slot, status, headers, code))
    shared = limiter.limit.shared
    if shared is not None and slot.shared is not None:
        cut = shared_cut(limiter.limit, slot, status, limited_reason(headers, code))
        if slot.lease is not None or cut is not None:
            _in_background(shared.release_async(slot.key, slot.lease, cut))


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
    "limited_reason",
    "limiter_for",
    "release_async",
    "release_sync",
    "resolve",
    "shared_cut",
    "shared_rates",
]
