"""The shells around the limiter: waiting is all they add.

`acquire_sync` and `acquire_async` take a call through `Limiter`'s waits (a thread sleeps, then
waits on a condition; a task awaits a future), asking the shared budget its limit names
(`SharedBudget`) for a slot and a place in flight; `release_sync` and `release_async` end the
call. What a shared budget's answers mean is decided once, here, for both (`shared_rates`,
`shared_cut` and the helpers beside them): only the waiting differs.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Coroutine, Mapping
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:
    import asyncio

from ._limiter import Limiter, PastDeadline
from ._limiter_budget import Kind, Reason, Slot, limited_reason
from ._rate_limit import RateLimit, SharedBudget


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


def _shared_release(
    limiter: Limiter,
    slot: Slot,
    status: int | None,
    headers: Mapping[str, str] | None,
    code: str | None,
) -> tuple[SharedBudget, tuple[str, float] | None] | None:
    """What a freed place tells the shared budget, sync or async: the budget and the rate a
    429 cuts (`shared_cut`); None when there is nothing to tell (no shared place, or neither
    a lease to free nor a cut)."""
    shared = limiter.limit.shared
    if shared is None or slot.shared is None:
        return None
    cut = shared_cut(limiter.limit, slot, status, limited_reason(headers, code))
    if slot.lease is None and cut is None:
        return None
    return shared, cut


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
    told = _shared_release(limiter, slot, status, headers, code)
    if told is not None:
        shared, cut = told
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
    told = _shared_release(limiter, slot, status, headers, code)
    if told is not None:
        shared, cut = told
        _in_background(shared.release_async(slot.key, slot.lease, cut))


__all__ = [
    "acquire_async",
    "acquire_sync",
    "release_async",
    "release_sync",
    "shared_cut",
    "shared_rates",
]
