"""When to retry a request and how long to wait first.

Pure functions shared by the sync and async clients; the clients only differ in how they send
and how they sleep. The loop is: send; on a response or exception call :func:`decide`; sleep
for the returned delay, or stop when it returns None.
"""

from __future__ import annotations

import email.utils
import os
import re
import time
from collections.abc import Callable, Mapping
from datetime import timezone

import httpx

from .errors import APIConnectionError, get_header

__all__ = [
    "DEFAULT_MAX_RETRIES",
    "INITIAL_DELAY",
    "MAX_DELAY",
    "MAX_RETRY_AFTER",
    "RETRYABLE_STATUSES",
    "decide",
    "is_retryable_exception",
    "is_retryable_status",
    "needs_idempotency_key",
    "new_idempotency_key",
    "parse_retry_after",
    "retry_delay",
    "should_retry_hint",
]

DEFAULT_MAX_RETRIES = 2
INITIAL_DELAY = 0.5
MAX_DELAY = 8.0
MAX_RETRY_AFTER = 60.0

# 409: Stripe's lock timeouts and concurrent use of an idempotency key clear up on their own.
# 429, 500 and 502-504 are transient by nature; 501 and 505+ will not change on a resend.
RETRYABLE_STATUSES = frozenset({409, 429, 500, 502, 503, 504})

_IDEMPOTENT_KEY_METHODS = frozenset({"POST", "DELETE"})
_DELAY_SECONDS = re.compile(r"\d+(?:\.\d*)?|\.\d+")


def is_retryable_status(status: int, headers: Mapping[str, str]) -> bool:
    """Whether a response with this status is worth sending again."""
    # Stripe knows better than a status table (e.g. a 409 that will never succeed), so its
    # explicit hint wins in both directions. Unknown values fall back to the table.
    if 200 <= status <= 299:
        return False  # a success is final whatever the headers say
    hint = should_retry_hint(headers)
    return hint if hint is not None else status in RETRYABLE_STATUSES


def should_retry_hint(headers: Mapping[str, str]) -> bool | None:
    """Stripe's ``Stripe-Should-Retry`` verdict, or None when absent or unrecognised."""
    value = get_header(headers, "Stripe-Should-Retry")
    if value is None:
        return None
    # A header sent twice arrives joined ("false, false"): one verdict if all copies agree.
    verdicts = {_HINTS.get(part.strip().lower()) for part in value.split(",")}
    return verdicts.pop() if len(verdicts) == 1 else None


_HINTS = {"true": True, "false": False}


# Transport failures that may be transient. Every POST and DELETE carries an idempotency key,
# so a request whose fate is unknown (read error, dropped connection mid-body) is safe to send
# again: Stripe replays the stored result instead of acting twice.
_RETRYABLE_TRANSPORT: tuple[type[httpx.TransportError], ...] = (
    httpx.TimeoutException,  # connect, read, write and pool timeouts
    httpx.NetworkError,  # connect, read, write and close errors (resets, DNS, TLS)
    httpx.RemoteProtocolError,  # server closed or garbled the connection mid-response
)
# Not retried, because the next attempt would fail the same way:
# - httpx.UnsupportedProtocol, httpx.InvalidURL: the URL is wrong.
# - httpx.LocalProtocolError: we built an invalid request.
# - httpx.ProxyError: the proxy refused the tunnel (auth or config), not a network blip.
# - httpx.DecodingError, httpx.TooManyRedirects: the response arrived and is unusable.


def is_retryable_exception(exc: BaseException) -> bool:
    """Whether an exception raised while sending means the request may succeed if resent."""
    if isinstance(exc, _RETRYABLE_TRANSPORT):
        return True
    if isinstance(exc, APIConnectionError):
        # A client may wrap the httpx error first; judge by the original when there is one.
        cause = exc.__cause__
        return cause is None or is_retryable_exception(cause)
    return False


def parse_retry_after(value: str | None, *, now: Callable[[], float] = time.time) -> float | None:
    """Seconds to wait according to a ``Retry-After`` value, or None if it is unusable.

    Accepts delay-seconds (integer or decimal) and HTTP dates. Negative or garbage values give
    None. A date in the past gives 0: it is well formed and means "now".
    """
    if value is None:
        return None
    value = value.strip()
    if _DELAY_SECONDS.fullmatch(value):
        return float(value)  # a huge value becomes inf, which the caller caps
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if when is None:  # older Pythons return None instead of raising
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    try:
        return max(0.0, when.timestamp() - now())
    except (OverflowError, OSError, ValueError):
        return None


def retry_delay(
    retries_done: int,
    headers: Mapping[str, str] | None,
    *,
    random: Callable[[], float],
    now: Callable[[], float] = time.time,
) -> float:
    """Seconds to sleep before retry number ``retries_done + 1``.

    A usable ``Retry-After`` header wins, capped at 60 s. Otherwise exponential backoff:
    0.5 s, 1 s, 2 s, ... capped at 8 s, then scaled by a factor in [0.75, 1.0]. That jitter
    keeps clients that failed together from retrying in lockstep, while staying close to the
    nominal delay so waits remain predictable (full jitter could retry almost at once).
    """
    if headers is not None:
        server = parse_retry_after(get_header(headers, "Retry-After"), now=now)
        if server is not None:
            return min(server, MAX_RETRY_AFTER)
    # Clamp the exponent: the cap is reached at 4 anyway, and huge ints would overflow float.
    exponent = min(max(retries_done, 0), 32)
    nominal = min(INITIAL_DELAY * 2.0**exponent, MAX_DELAY)
    fraction = min(max(random(), 0.0), 1.0)
    return nominal * (1.0 - 0.25 * fraction)


def decide(
    retries_done: int,
    max_retries: int,
    *,
    status: int | None = None,
    headers: Mapping[str, str] | None = None,
    exc: BaseException | None = None,
    random: Callable[[], float],
    now: Callable[[], float] = time.time,
) -> float | None:
    """Delay before the next attempt, or None to stop (give up or accept the outcome).

    Pass either the ``status`` (and ``headers``) of a response, or the ``exc`` that was raised.
    """
    if (status is None) == (exc is None):
        raise TypeError("decide() needs exactly one of status= or exc=")
    if retries_done >= max_retries:
        return None
    if exc is not None:
        if not is_retryable_exception(exc):
            return None
        return retry_delay(retries_done, None, random=random, now=now)
    assert status is not None
    response_headers: Mapping[str, str] = headers if headers is not None else {}
    if not is_retryable_status(status, response_headers):
        return None
    return retry_delay(retries_done, response_headers, random=random, now=now)


def new_idempotency_key() -> str:
    """A fresh key, reused by every retry of one logical request: a random (version 4) UUID,
    as `str(uuid.uuid4())` spells it, built from the same 16 random bytes in half the time."""
    raw = bytearray(os.urandom(16))
    raw[6] = raw[6] & 0x0F | 0x40  # version 4
    raw[8] = raw[8] & 0x3F | 0x80  # RFC 4122 variant
    h = raw.hex()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def needs_idempotency_key(method: str) -> bool:
    """Keys go on POST and DELETE. Stripe replays POSTs by key; it ignores keys on DELETE,
    which is idempotent in effect (a repeat finds nothing: see the pipeline's DELETE rule),
    but a key there still ties the attempts of one call together in logs."""
    return method.upper() in _IDEMPOTENT_KEY_METHODS
