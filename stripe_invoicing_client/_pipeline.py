"""The one request path shared by the sync and async clients.

Everything here is plain computation: deciding what an attempt's outcome means (return, retry
after a delay, or raise), the call being built by `_call` (its checks, and the request it
sends). The clients only add the I/O: sending, and sleeping between attempts.
"""

from __future__ import annotations

import json
import logging
import random
import time
from collections.abc import Callable
from typing import Any, Generic, TypeVar

import attrs
import httpx

from . import _retry
from ._body import (
    BodyReader,
    OutOfTime,
    PageTooLarge,
    ResponseTooLarge,
    UnsupportedEncoding,
    load_page,
)
from ._call import Call
from ._http_pools import LOOP_ENDED
from .errors import (
    APIConnectionError,
    APIResponseError,
    APITimeoutError,
    ClientClosedError,
    DeadlineExceededError,
    StripeError,
    error_from_response,
    error_without_body,
    get_header,
)

T = TypeVar("T")

logger = logging.getLogger("stripe_invoicing_client")


@attrs.frozen
class Done(Generic[T]):
    value: T
    response: httpx.Response


@attrs.frozen
class Retry:
    delay: float
    # The failed attempt may have been applied by Stripe without us hearing so.
    maybe_applied: bool = False
    # What the attempt failed with: reported if the call runs out of time before the retry.
    error: StripeError | None = attrs.field(default=None, eq=False, repr=False)


@attrs.frozen
class Fail:
    error: StripeError


Step = Done[T] | Retry | Fail


def _parse(call: Call[T], body: bytes) -> T | None:
    """The answer as its model, or None when it is not one; PageTooLarge for a page of more
    items than asked for (refused before any item is decoded past the limit)."""
    if call.endpoint.files:
        # A download: its bytes, or the file they were streamed to (see `_body.BodyReader`).
        return call.destination if call.destination is not None else body  # type: ignore[return-value]
    try:
        if call.page_limit is None:
            data = json.loads(body)
        else:
            data = load_page(body.decode("utf-8"), call.page_limit)
    except (ValueError, TypeError, RecursionError):
        return None
    endpoint = call.endpoint
    if endpoint.object_tags:
        # `{}`, an error object or another resource under a 2xx is not the answer asked for.
        tag = data.get("object") if type(data) is dict else None
        if type(tag) is not str or tag not in endpoint.object_tags:
            return None
        if endpoint.needs_id and not (isinstance(data.get("id"), str) and data["id"]):
            return None
    try:
        return endpoint.parse(data)
    except (ValueError, TypeError, RecursionError):
        return None


# Failures that happen before a byte of the request leaves the machine.
_NOT_SENT: tuple[type[Exception], ...] = (
    httpx.ConnectError,
    httpx.ConnectTimeout,
    httpx.PoolTimeout,
    httpx.UnsupportedProtocol,
    httpx.InvalidURL,
)


def outcome_unknown(exc: Exception) -> bool:
    """Whether the request may have reached Stripe: anything but a failure to connect."""
    return not isinstance(exc, _NOT_SENT)


# Raised by httpx when it is used after close() (message: "...the client has been closed"),
# and by asyncio when a pool made under an ended `asyncio.run()` is used again.
_CLOSED_MARKERS = ("has been closed", "Event loop is closed")


def closed_reason(exc: RuntimeError) -> str | None:
    text = str(exc)
    if "Event loop is closed" in text:
        return LOOP_ENDED
    return "the client was closed" if any(m in text for m in _CLOSED_MARKERS) else None


@attrs.define
class Progress:
    """Where one call stands: attempts made, whether one may have been applied, time left."""

    call: Call[Any]
    deadline: float | None = None
    retries_done: int = 0
    uncertain: bool = False
    # What the last attempt failed with, once a retry follows it.
    last_error: StripeError | None = None

    @classmethod
    def start(cls, call: Call[Any]) -> Progress:
        total = call.total_timeout
        return cls(call, None if total is None else time.monotonic() + total)

    def remaining(self) -> float | None:
        return None if self.deadline is None else self.deadline - time.monotonic()

    def out_of_time_now(self) -> bool:
        left = self.remaining()
        return left is not None and left <= 0

    def body_reader(self) -> BodyReader:
        """What reads one attempt's body: within the size cap and the deadline, into the
        download's file when the call has one."""
        return BodyReader(
            self.call.max_response_bytes, self.deadline, destination=self.call.destination
        )

    def attempt_timeout(self) -> httpx.Timeout:
        """The configured timeouts, none longer than the time the call has left."""
        left = self.remaining()
        if left is None:
            return self.call.timeout
        left = max(left, 0.001)
        base = self.call.timeout

        def clamp(value: float | None) -> float:
            return left if value is None else min(value, left)

        return httpx.Timeout(
            connect=clamp(base.connect),
            read=clamp(base.read),
            write=clamp(base.write),
            pool=clamp(base.pool),
        )

    def wait_before_retry(self, step: Retry | Fail) -> float:
        """The delay before the next attempt; raises the call's error when there is none."""
        call = self.call
        if isinstance(step, Fail):
            raise step.error
        left = self.remaining()
        if left is not None and step.delay >= left:
            error = DeadlineExceededError(
                f"{call.method} {call.path}: total_timeout={call.total_timeout}s ran out "
                f"(the next retry was due in {step.delay:.2f}s, {max(left, 0.0):.2f}s were left)"
                + (f"; last error: {step.error}" if step.error is not None else "")
            )
            raise self.fail(error) from step.error
        self.uncertain = self.uncertain or step.maybe_applied
        self.retries_done += 1
        self.last_error = step.error
        return step.delay

    def fail(self, error: StripeError) -> StripeError:
        """`error`, carrying the key to resend with."""
        error.idempotency_key = self.call.idempotency_key
        return error

    def out_of_time(self) -> StripeError:
        """The deadline passed during an attempt; what a retry's earlier attempt failed with
        is told, as when the deadline ends a wait (and is the error's cause where raised)."""
        call, last = self.call, self.last_error
        return self.fail(
            DeadlineExceededError(
                f"{call.method} {call.path}: total_timeout={call.total_timeout}s ran out "
                "during an attempt" + (f"; last error: {last}" if last is not None else "")
            )
        )

    def _why_unread(self, refused: ResponseTooLarge | UnsupportedEncoding) -> str:
        if isinstance(refused, ResponseTooLarge):
            return f"is larger than max_response_bytes={self.call.max_response_bytes}"
        return f"has Content-Encoding {refused.encoding!r}, which Stripe never sends"

    def _unread(self, response: httpx.Response, why: str) -> StripeError:
        """A success refused before its body was read (too large, an unknown encoding)."""
        call = self.call
        request_id = get_header(response.headers, "Request-Id")
        return self.fail(
            APIResponseError(
                f"{call.method} {call.path}: the {response.status_code} response {why}; "
                "it was not read" + (f" (request_id={request_id})" if request_id else ""),
                http_status=response.status_code,
                request_id=request_id,
            )
        )

    def closed(self, reason: str, *, this_attempt_answered: bool = False) -> StripeError:
        """The client can't send: a write an earlier attempt (or this one, answered) may have
        applied is said so, with the key that finds out safely."""
        call = self.call
        key = call.idempotency_key
        if key is not None and (self.uncertain or this_attempt_answered):
            return self.fail(
                ClientClosedError(
                    f"{call.method} {call.path}: {reason} before the call finished; an attempt "
                    f"reached Stripe, so the write may have been applied: resend with "
                    f"idempotency_key={key!r} to get its outcome without applying it twice",
                    may_have_been_applied=True,
                )
            )
        return self.fail(ClientClosedError(f"{call.method} {call.path} was not sent: {reason}"))

    def after_response(
        self,
        response: httpx.Response,
        body: bytes | None,
        elapsed: float,
        jitter: Callable[[], float] = random.random,
        *,
        unread: str | None = None,
    ) -> Step[Any]:
        return after_response(
            self.call,
            response,
            self.retries_done,
            elapsed,
            jitter,
            uncertain=self.uncertain,
            body=body,
            undecodable=body is None,
            unread=unread,
        )

    def after_exception(
        self, exc: Exception, elapsed: float, jitter: Callable[[], float] = random.random
    ) -> Step[Any]:
        return after_exception(self.call, exc, self.retries_done, elapsed, jitter)

    def after_failed_attempt(
        self, exc: Exception, response: httpx.Response | None, elapsed: float
    ) -> Step[Any]:
        """What an exception raised while sending or reading an attempt means, for both
        shells: a step (retry or fail), or the call's error raised; anything else re-raised."""
        if isinstance(exc, (ResponseTooLarge, UnsupportedEncoding)) and response is not None:
            why = self._why_unread(exc)
            if not 200 <= response.status_code < 300:
                # An error status refused unread is still that status (a 503 is retried, a
                # 400 applied nothing): the status line and headers say what happened.
                return self.after_response(response, None, elapsed, unread=why)
            raise self._unread(response, why) from None
        if isinstance(exc, OutOfTime) or (
            # The sync shell's reads are bounded by the deadline: a timeout past it is that.
            isinstance(exc, httpx.TimeoutException) and self.out_of_time_now()
        ):
            raise self.out_of_time() from self.last_error
        if (
            isinstance(exc, httpx.TransportError)
            and response is not None
            and not 200 <= response.status_code < 300
        ):
            # An error status whose body broke off: its status line and headers say what
            # happened (a 4xx applied nothing; Stripe-Should-Retry, Retry-After), not the loss.
            why = f"was cut off ({type(exc).__name__})"
            return self.after_response(response, None, elapsed, unread=why)
        if isinstance(exc, (httpx.HTTPError, httpx.InvalidURL, httpx.StreamError)):
            return self.after_exception(exc, elapsed)
        reason = closed_reason(exc) if isinstance(exc, RuntimeError) else None
        if reason is None:
            raise exc
        raise self.closed(reason, this_attempt_answered=response is not None) from None


def after_response(
    call: Call[T],
    response: httpx.Response,
    retries_done: int,
    elapsed: float,
    jitter: Callable[[], float] = random.random,
    *,
    uncertain: bool = False,
    body: bytes | None = None,
    undecodable: bool = False,
    unread: str | None = None,
) -> Step[T]:
    """What a response means for the call: its parsed value, a retry, or an error.

    `uncertain` says an earlier attempt may have been applied without us hearing the answer
    (some `Retry.maybe_applied` was true). `body` is the body as read (default: the
    response's content); `undecodable` says its Content-Encoding could not be undone, and
    `unread` (an error status only) why else the body is missing.
    """
    status = response.status_code
    if body is None:
        body = b"" if undecodable else response.content
    if logger.isEnabledFor(logging.DEBUG):
        logger.debug(
            "%s %s -> %d (request_id=%s, attempt %d, %.1f ms)",
            call.method,
            call.path,
            status,
            get_header(response.headers, "Request-Id"),
            retries_done + 1,
            elapsed * 1000,
        )
    if 200 <= status < 300:
        try:
            parsed = None if undecodable else _parse(call, body)
        except PageTooLarge:
            return _retry_or_fail(call, _page_too_large(call, response), None, retries_done)
        if parsed is not None:
            return Done(parsed, response)
        if call.deleted is not None:
            # A DELETE that succeeded, with its answer garbled: it is deleted all the same.
            return Done(call.endpoint.parse(dict(call.deleted)), response)
        request_id = get_header(response.headers, "Request-Id")
        # A cut-off, garbled or undecodable success body, or another object than the one
        # asked for: the idempotency key makes a retry safe.
        what = "could not be decoded" if undecodable else "is not the object asked for"
        error: StripeError = APIResponseError(
            f"{call.endpoint.operation_id}: the {status} response {what}"
            + (f" (request_id={request_id})" if request_id else ""),
            http_status=status,
            request_id=request_id,
        )
        delay = _retry.decide(
            retries_done, call.max_retries, exc=httpx.ReadError("bad body"), random=jitter
        )
        return _retry_or_fail(call, error, delay, retries_done, maybe_applied=True)
    else:
        if undecodable:
            why = unread or "could not be decoded"
            error = error_without_body(status, response.headers, why)
        else:
            error = error_from_response(status, response.headers, body)
        # A retried DELETE that finds nothing after an attempt whose answer was lost: that
        # attempt deleted it. Deleting is idempotent, so report the deletion.
        if call.deleted is not None and uncertain and error.code == "resource_missing":
            logger.info("%s %s: gone on retry, taken as deleted", call.method, call.path)
            return Done(call.endpoint.parse(dict(call.deleted)), response)
        delay = _retry.decide(
            retries_done, call.max_retries, status=status, headers=response.headers, random=jitter
        )
    # Stripe calls the outcome of a 500 indeterminate; 502 and 504 come from in front of it.
    return _retry_or_fail(call, error, delay, retries_done, maybe_applied=status in (500, 502, 504))


def _page_too_large(call: Call[Any], response: httpx.Response) -> StripeError:
    request_id = get_header(response.headers, "Request-Id")
    return APIResponseError(
        f"{call.endpoint.operation_id}: the page holds more than the {call.page_limit} items "
        "asked for; it was refused unparsed"
        + (f" (request_id={request_id})" if request_id else ""),
        http_status=response.status_code,
        request_id=request_id,
    )


def after_exception(
    call: Call[Any],
    exc: Exception,
    retries_done: int,
    elapsed: float,
    jitter: Callable[[], float] = random.random,
) -> Step[Any]:
    """What a transport failure means for the call: a retry, or a typed connection error."""
    logger.debug(
        "%s %s -> %s (attempt %d, %.1f ms)",
        call.method,
        call.path,
        type(exc).__name__,
        retries_done + 1,
        elapsed * 1000,
    )
    kind = APITimeoutError if isinstance(exc, httpx.TimeoutException) else APIConnectionError
    # Not chained to `exc`: its text is outside our control, and tracebacks print causes.
    # Ours carries its type and message, redacted.
    error = kind(f"{call.method} {call.path} failed: {type(exc).__name__}: {exc}")
    delay = _retry.decide(retries_done, call.max_retries, exc=exc, random=jitter)
    return _retry_or_fail(call, error, delay, retries_done, maybe_applied=outcome_unknown(exc))


def _retry_or_fail(
    call: Call[Any],
    error: StripeError,
    delay: float | None,
    retries_done: int,
    *,
    maybe_applied: bool = False,
) -> Retry | Fail:
    if delay is None:
        # The caller's way back: resending with this key can't apply the write twice.
        error.idempotency_key = call.idempotency_key
        return Fail(error)
    # The reason is the error's class and code only: messages can echo parameter values.
    reason = type(error).__name__
    code = getattr(error, "code", None) or getattr(error, "http_status", None)
    logger.info(
        "retrying %s %s in %.2fs (retry %d of %d) after %s%s",
        call.method,
        call.path,
        delay,
        retries_done + 1,
        call.max_retries,
        reason,
        f" ({code})" if code else "",
    )
    return Retry(delay, maybe_applied, error)
