"""Client-side pacing at Stripe's rate limits: a budget per account, adaptive on 429s.

Stripe limits each account (the platform, or the connected account named by `Stripe-Account`)
to a number of operations per second, lower for search, and limits the requests it works on
at once; past that it answers 429. Colliding with the limit costs a round trip and a backoff
per call, and retries run out. Pacing on our side sends each call when the budget allows.

The policy is plain code under one lock (`Limiter`): a concurrency cap, then a time slot from
token buckets (every call; plus reads, writes or searches when those have their own budget),
handed out as reservations so that thousands of waiting calls each sleep once. A 429 halves
the rate of the bucket it names (at most once a second) and holds it there for a while;
successes then raise it back to the configured ceiling, a step per second (AIMD). The budget's
parts are in `_limiter_budget`, the settings in `_rate_limit`; the shells (`_limiter_shells`)
only wait: a thread on a condition, a task on a future.

A call waiting here has sent nothing, so waiting never changes how often a write is applied.
"""

from __future__ import annotations

import collections
import contextlib
import threading
import time
from collections.abc import Callable, Mapping

from ._limiter_budget import (
    Bucket,
    Budget,
    Cap,
    Hold,
    Kind,
    Reason,
    Slot,
    account_key,
    limited_reason,
)
from ._rate_limit import RateLimit, check_rate_limit, resolve

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


def limiter_for(setting: object, api_key: str, *, own_connection_to_stripe: bool) -> Limiter | None:
    """The limiter a new client starts with (see `resolve`), or None for no pacing."""
    limit = resolve(
        check_rate_limit(setting), api_key, own_connection_to_stripe=own_connection_to_stripe
    )
    return None if limit is None else Limiter(limit)


class PastDeadline(Exception):
    """The call's turn would come after its deadline; nothing was sent. The client turns this
    into its deadline error."""


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


__all__ = [
    "Limiter",
    "PastDeadline",
    "limiter_for",
]
