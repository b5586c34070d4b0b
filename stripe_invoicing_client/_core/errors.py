"""Exceptions raised by the client.

Our exception hierarchy:

* StripeError
  + APIConnectionError
    - APITimeoutError
      · DeadlineExceededError
    - ClientClosedError
  + APIResponseError
  + APIStatusError
    - InvalidRequestError (400)
      · NotFoundError (404)
      · IdempotencyError (error type ``idempotency_error``, any status)
    - AuthenticationError (401)
    - CardError (402)
    - PermissionDeniedError (403)
    - ConflictError (409)
    - RateLimitError (429)
    - APIServerError (5xx)
  + SignatureVerificationError
  + InvalidParameterError (also a ValueError)
  + OperationNotAvailableError
  + PaginationError

* FieldNotAvailableError (an AttributeError, not a StripeError: reading a model field that the
  parsed data lacks or holds with another type; a program/API-version mismatch, not a failed call)

Every message, ``str()`` and ``repr()`` goes through :func:`redact`, so an API key or webhook
secret that slips into a message is never shown.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from .._redact import redact
from .field_error import FieldNotAvailableError, use_scrubber

use_scrubber(redact)  # model field errors quote received values: keys in them are masked too

__all__ = [
    "APIConnectionError",
    "APIResponseError",
    "APIServerError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "CardError",
    "ClientClosedError",
    "ConflictError",
    "DeadlineExceededError",
    "FieldNotAvailableError",
    "IdempotencyError",
    "InvalidParameterError",
    "InvalidRequestError",
    "NotFoundError",
    "OperationNotAvailableError",
    "PaginationError",
    "PermissionDeniedError",
    "RateLimitError",
    "SignatureVerificationError",
    "StripeError",
    "error_from_response",
]

_SUMMARY_LIMIT = 200
_REPR_LIMIT = 120


def _one_line(text: str, limit: int) -> str:
    """Collapse whitespace and cut to ``limit`` characters."""
    flat = " ".join(text.split())
    if len(flat) > limit:
        return flat[: limit - 3] + "..."
    return flat


def get_header(headers: Mapping[str, str], name: str) -> str | None:
    """Case-insensitive header lookup that also works on a plain dict."""
    value = headers.get(name)
    if value is not None:
        return value
    wanted = name.lower()
    for key, value in headers.items():
        if key.lower() == wanted:
            return value
    return None


def _restore(cls: type[StripeError], state: dict[str, Any]) -> StripeError:
    # Keyword-only constructors defeat Exception's default pickling; rebuild from the state.
    error = cls.__new__(cls)
    Exception.__init__(error, state.get("message", ""))
    error.__dict__.update(state)
    return error


class StripeError(Exception):
    """Base class of every exception this package raises on purpose."""

    message: str
    # The Idempotency-Key of the failed POST or DELETE: send the call again with it and Stripe
    # replays the first outcome instead of applying the write twice.
    idempotency_key: str | None = None

    def __init__(self, message: str) -> None:
        self.message = redact(message)
        super().__init__(self.message)

    def __str__(self) -> str:
        return redact(self.message)

    def __repr__(self) -> str:
        return redact(f"{type(self).__name__}({_one_line(self.message, _REPR_LIMIT)!r})")

    def __reduce__(self) -> tuple[Any, ...]:
        return (_restore, (type(self), dict(self.__dict__)))


class APIConnectionError(StripeError):
    """No usable HTTP response arrived: DNS, TCP, TLS, or the connection dropped."""

    def __init__(self, message: str = "Connection error while talking to Stripe.") -> None:
        super().__init__(message)


class APITimeoutError(APIConnectionError):
    """The request timed out before a full response arrived."""

    def __init__(self, message: str = "Request to Stripe timed out.") -> None:
        super().__init__(message)


class DeadlineExceededError(APITimeoutError):
    """The call's `total_timeout` ran out (attempts, reads and waits between them included),
    or a `Retry-After` asked to wait past it."""


class ClientClosedError(APIConnectionError):
    """The client cannot send any more: it was closed, or (async) the event loop it was first
    used in has ended. The attempt that raised this was not sent.

    `may_have_been_applied` is True when an earlier attempt of the same write reached Stripe
    (or this one did, and its answer was cut off), so the write may have been applied; the
    message says so too, and `idempotency_key` is the key to resend with to learn its outcome
    without applying it twice. False (the default): nothing of the call reached Stripe, or it
    was a read."""

    may_have_been_applied: bool

    def __init__(
        self,
        message: str = "Connection error while talking to Stripe.",
        *,
        may_have_been_applied: bool = False,
    ) -> None:
        super().__init__(message)
        self.may_have_been_applied = may_have_been_applied


class APIResponseError(StripeError):
    """A success status came with a body that could not be read as the expected object
    (cut off, not JSON, or not the documented shape)."""

    http_status: int
    request_id: str | None

    def __init__(self, message: str, *, http_status: int, request_id: str | None) -> None:
        super().__init__(message)
        self.http_status = http_status
        self.request_id = request_id


class APIStatusError(StripeError):
    """Stripe (or something in between) answered with a non-success status."""

    http_status: int
    type: str | None
    code: str | None
    param: str | None
    decline_code: str | None
    doc_url: str | None
    request_id: str | None
    headers: Mapping[str, str]
    body: str
    error: dict[str, Any] | None

    def __init__(
        self,
        *,
        message: str,
        http_status: int,
        type: str | None = None,
        code: str | None = None,
        param: str | None = None,
        decline_code: str | None = None,
        doc_url: str | None = None,
        request_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        body: str = "",
        error: dict[str, Any] | None = None,
    ) -> None:
        super().__init__(message)
        self.http_status = http_status
        self.type = type
        self.code = code
        self.param = param
        self.decline_code = decline_code
        self.doc_url = doc_url
        self.request_id = request_id
        self.headers = _redacted_headers(headers) if headers is not None else {}
        self.body = redact(body)
        self.error = error

    def __str__(self) -> str:
        label = self.code or self.type
        head = f"({self.http_status} {label})" if label else f"({self.http_status})"
        extras = [
            f"{name}={value}"
            for name, value in (
                ("param", self.param),
                ("decline_code", self.decline_code),
                ("request_id", self.request_id),
            )
            if value
        ]
        tail = f" [{', '.join(extras)}]" if extras else ""
        return redact(_one_line(f"{head} {self.message}{tail}", 10_000))

    def __repr__(self) -> str:
        return redact(
            f"{type(self).__name__}(http_status={self.http_status}, code={self.code!r}, "
            f"request_id={self.request_id!r})"
        )


def _redacted_headers(headers: Mapping[str, str]) -> Mapping[str, str]:
    # A proxy can echo `Authorization` back in a header. An httpx.Headers stays one (repeated
    # names and case-insensitive lookup kept); any other mapping becomes a dict.
    multi_items = getattr(headers, "multi_items", None)
    if multi_items is not None:
        items = [(name, redact(value)) for name, value in multi_items()]
        return type(headers)(items)  # type: ignore[call-arg]
    return {name: redact(value) for name, value in headers.items()}


class InvalidRequestError(APIStatusError):
    """400: the request had bad or missing parameters."""


class NotFoundError(InvalidRequestError):
    """404: the object does not exist (Stripe reports it as an invalid request)."""


class IdempotencyError(InvalidRequestError):
    """An idempotency key was reused with different parameters, or is in use concurrently."""


class AuthenticationError(APIStatusError):
    """401: missing, wrong or revoked API key."""


class CardError(APIStatusError):
    """402: the card was declined; see ``decline_code``."""


class PermissionDeniedError(APIStatusError):
    """403: the key is valid but may not do this."""


class ConflictError(APIStatusError):
    """409: the object was changed concurrently."""


class RateLimitError(APIStatusError):
    """429: too many requests."""


class APIServerError(APIStatusError):
    """5xx: Stripe or a proxy in front of it failed."""


class SignatureVerificationError(StripeError):
    """A webhook payload failed signature checks."""

    reason: str

    def __init__(self, reason: str) -> None:
        super().__init__(f"Webhook signature verification failed: {reason}")
        self.reason = redact(reason)


class InvalidParameterError(StripeError, ValueError):
    """A parameter was rejected locally, before any request was sent."""

    param: str
    reason: str

    def __init__(self, param: str, reason: str) -> None:
        super().__init__(f"Invalid parameter {param!r}: {reason}")
        self.param = param
        self.reason = redact(reason)


class OperationNotAvailableError(StripeError):
    """The operation is not in the generated code: the OpenAPI description the client was
    generated from lacks it (every operation the client has a method for is configured)."""

    operation_id: str

    def __init__(self, operation_id: str) -> None:
        super().__init__(
            f"Operation {operation_id!r} is not available in this build of the client: the "
            "OpenAPI description it was generated from lacks it. Regenerate from a description "
            "that has it."
        )
        self.operation_id = operation_id


class PaginationError(StripeError):
    """A page could not be followed (an item without an id, or a cursor seen before)."""


# Status -> class. 5xx and unknown statuses are handled in `_class_for`.
_STATUS_ERRORS: dict[int, type[APIStatusError]] = {
    400: InvalidRequestError,
    401: AuthenticationError,
    402: CardError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    429: RateLimitError,
}


def _class_for(status: int, error_type: str | None) -> type[APIStatusError]:
    if error_type == "idempotency_error":
        return IdempotencyError
    if status in _STATUS_ERRORS:
        return _STATUS_ERRORS[status]
    if 500 <= status <= 599:
        return APIServerError
    return APIStatusError


def _str_field(error: Mapping[str, Any] | None, key: str) -> str | None:
    value = error.get(key) if error is not None else None
    return value if isinstance(value, str) else None


def _parse_error_object(text: str) -> dict[str, Any] | None:
    """The ``error`` object of a Stripe error body, or None for anything else."""
    try:
        document = json.loads(text)
    except (ValueError, RecursionError):
        # RecursionError: deeply nested garbage must not escape as a different exception.
        return None
    if not isinstance(document, dict):
        return None
    error = document.get("error")
    return error if isinstance(error, dict) else None


def error_without_body(status: int, headers: Mapping[str, str], why: str) -> APIStatusError:
    """The exception for a non-success response whose body could not be read (`why`: "was
    cut off", ...): its class and request id come from the status line and headers alone."""
    return _class_for(status, None)(
        message=f"HTTP {status}; the response body {why}, so Stripe's message is unknown",
        http_status=status,
        request_id=get_header(headers, "Request-Id"),
        headers=headers,
    )


def error_from_response(status: int, headers: Mapping[str, str], body: bytes) -> APIStatusError:
    """Build the exception for a non-success response. Never raises; any body is accepted."""
    # Redact before parsing, so the raw body and the parsed object agree and are both clean.
    # Masking only swaps key characters for "*", so valid JSON stays valid.
    text = redact(body.decode("utf-8-sig", errors="replace"))
    error = _parse_error_object(text)
    error_type = _str_field(error, "type")
    message = _str_field(error, "message")
    if not message or not message.strip():
        summary = _one_line(text, _SUMMARY_LIMIT)
        message = summary or f"HTTP {status} with an empty response body"
    return _class_for(status, error_type)(
        message=message,
        http_status=status,
        type=error_type,
        code=_str_field(error, "code"),
        param=_str_field(error, "param"),
        decline_code=_str_field(error, "decline_code"),
        doc_url=_str_field(error, "doc_url"),
        request_id=get_header(headers, "Request-Id"),
        headers=headers,
        body=text,
        error=error,
    )
