"""The call's deadline over every byte of an attempt, status line and headers included.

httpx's timeouts are per read: each byte a server drips starts the read timeout again, so a
slow drip is never cut off. The async shell bounds the whole attempt with asyncio. The sync
shell has no such tool; it makes every socket read and write of the connections its requests
use wait no longer than the time the call has left (`bound_stream`), through httpcore's
`trace` extension, which hands over each connection's stream as it is opened.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Awaitable, Callable, Mapping
from contextvars import ContextVar
from typing import Any, TypeVar

from ._body import OutOfTime

T = TypeVar("T")

# The deadline of the attempt running in this thread (None: no bound).
_DEADLINE: ContextVar[float | None] = ContextVar("stripe_invoicing_client_deadline", default=None)

# The trace events whose `return_value` is the stream a connection will read and write,
# less their prefix, which names where the stream is made: `connection.` for a direct
# connection, `proxy.` for the TLS stream over an HTTP proxy's CONNECT tunnel, `socks.` for
# one through a SOCKS proxy.
_STREAM_EVENTS = frozenset(
    {"connect_tcp.complete", "connect_unix_socket.complete", "start_tls.complete"}
)
# Never 0: a socket timeout of 0 makes it non-blocking rather than expired.
_EXPIRED = 1e-6


class AttemptDeadline:
    """Bound the socket reads and writes made in this block by `deadline`.

    A class, not a @contextmanager: this runs on every attempt, and a generator costs ~2 us."""

    __slots__ = ("_deadline", "_token")

    def __init__(self, deadline: float | None) -> None:
        self._deadline = deadline

    def __enter__(self) -> None:
        self._token = _DEADLINE.set(self._deadline)

    def __exit__(self, *exc_info: object) -> None:
        _DEADLINE.reset(self._token)


def clamp(timeout: float | None) -> float | None:
    """`timeout`, no longer than the time left before the current attempt's deadline."""
    deadline = _DEADLINE.get()
    if deadline is None:
        return timeout
    left = max(deadline - time.monotonic(), _EXPIRED)
    return left if timeout is None else min(timeout, left)


def trace(event: str, info: Mapping[str, Any]) -> None:
    """httpcore's trace callback: bound each stream as its connection opens it."""
    if event.partition(".")[2] in _STREAM_EVENTS:
        bound_stream(info.get("return_value"))


# The request extension that hands httpcore the hook.
TRACE: Mapping[str, Any] = {"trace": trace}


def bound_stream(stream: object) -> None:
    """Make `stream`'s reads and writes honour the deadline of whichever attempt uses it."""
    attributes = getattr(stream, "__dict__", None)
    if attributes is None or isinstance(attributes.get("read"), _Bounded):
        return
    read, write = getattr(stream, "read", None), getattr(stream, "write", None)
    if read is None or write is None:
        return
    attributes["read"] = _Bounded(read)
    attributes["write"] = _Bounded(write)


class _Bounded:
    """A stream's read or write, with its timeout clamped to the deadline per call."""

    __slots__ = ("_method",)

    def __init__(self, method: Callable[..., Any]) -> None:
        self._method = method

    def __call__(self, data: Any, timeout: float | None = None) -> Any:
        return self._method(data, clamp(timeout))


async def within_deadline(deadline: float | None, awaitable: Awaitable[T]) -> T:
    """`await awaitable`, cut off at `deadline` with OutOfTime (the async shell's bound)."""
    if deadline is None:
        return await awaitable
    import asyncio  # here: sync users never pay for importing asyncio

    left = max(deadline - time.monotonic(), 0.0)
    if sys.version_info < (3, 11):
        try:
            return await asyncio.wait_for(awaitable, left)
        except asyncio.TimeoutError:
            raise OutOfTime from None
    scope = asyncio.timeout(left)
    try:
        async with scope:
            return await awaitable
    except TimeoutError:
        if scope.expired():
            raise OutOfTime from None
        raise
