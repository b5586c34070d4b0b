"""The one request path shared by the sync and async clients.

Everything here is plain computation: building a request (auth, headers, encoding, idempotency
key), and deciding what an attempt's outcome means (return, retry after a delay, or raise).
The clients only add the I/O: sending, and sleeping between attempts.
"""

from __future__ import annotations

import json
import logging
import random
from collections.abc import Callable, Mapping
from typing import Any, Generic, TypeVar

import attrs
import httpx

from . import _retry
from ._generated._wire import Endpoint
from ._options import ClientOptions, check_idempotency_key
from ._params import check_id, prepare
from .errors import (
    APIConnectionError,
    APIResponseError,
    APITimeoutError,
    InvalidParameterError,
    StripeError,
    error_from_response,
    get_header,
)

T = TypeVar("T")

logger = logging.getLogger("stripe_invoicing_client")


@attrs.frozen
class Call(Generic[T]):
    """One logical call: the same request, key included, is sent on every attempt."""

    endpoint: Endpoint[T]
    method: str
    url: str
    content: bytes | None
    headers: Mapping[str, str] = attrs.field(repr=False)  # holds the API key
    timeout: httpx.Timeout
    max_retries: int
    path: str  # for logs: the path alone, since a query string can hold personal data
    # For a DELETE: the object it removes, as Stripe would report it once deleted.
    deleted: Mapping[str, object] | None = None


@attrs.frozen
class Done(Generic[T]):
    value: T
    response: httpx.Response


@attrs.frozen
class Retry:
    delay: float
    # The failed attempt may have been applied by Stripe without us hearing so.
    maybe_applied: bool = False


@attrs.frozen
class Fail:
    error: StripeError


Step = Done[T] | Retry | Fail


def build_call(
    options: ClientOptions,
    endpoint: Endpoint[T],
    path_values: Mapping[str, object],
    params: Mapping[str, Any],
    idempotency_key: str | None = None,
) -> Call[T]:
    """Check everything and build the request, or raise InvalidParameterError; no I/O."""
    for name in endpoint.path_params:
        check_id(name, path_values.get(name))
    plain = prepare(endpoint, params)
    try:
        request = endpoint.request(path_values, plain)
    except (TypeError, ValueError, RecursionError) as error:
        raise InvalidParameterError("params", str(error)) from None
    # Every check before the headers are built: they hold the key, and error reporters that
    # capture local variables would show it.
    key: str | None = None
    if _retry.needs_idempotency_key(endpoint.method):
        if idempotency_key is None:
            key = _retry.new_idempotency_key()
        else:
            key = check_idempotency_key(idempotency_key)
    elif idempotency_key is not None:
        raise InvalidParameterError("idempotency_key", f"{endpoint.method} requests take none")
    headers = {**options.headers, **request.get("headers", {})}
    if key is not None:
        headers["Idempotency-Key"] = key
    return Call(
        endpoint=endpoint,
        method=endpoint.method,
        url=options.base_url + request["url"],
        path=request["url"].partition("?")[0],
        deleted=_deleted_object(endpoint, path_values),
        content=request.get("content"),
        headers=headers,
        timeout=options.http_timeout,
        max_retries=options.max_retries,
    )


def _deleted_object(
    endpoint: Endpoint[Any], path_values: Mapping[str, object]
) -> Mapping[str, object] | None:
    # Stripe names the id parameter of a delete after the object (`{customer}`, `{invoice}`).
    if endpoint.method != "DELETE" or not endpoint.path_params:
        return None
    kind = endpoint.path_params[-1]
    return {"id": path_values[kind], "object": kind, "deleted": True}


def build_request(http: httpx.Client | httpx.AsyncClient, call: Call[Any]) -> httpx.Request:
    return http.build_request(
        call.method, call.url, content=call.content, headers=call.headers, timeout=call.timeout
    )


def _parse(call: Call[T], response: httpx.Response) -> T | None:
    try:
        return call.endpoint.parse(json.loads(response.content))
    except (ValueError, TypeError, RecursionError):
        return None


def outcome_unknown(exc: httpx.HTTPError) -> bool:
    """Whether the request may have reached Stripe: anything but a failure to connect."""
    return not isinstance(exc, (httpx.ConnectError, httpx.ConnectTimeout))


def after_response(
    call: Call[T],
    response: httpx.Response,
    retries_done: int,
    elapsed: float,
    jitter: Callable[[], float] = random.random,
    *,
    uncertain: bool = False,
) -> Step[T]:
    """What a response means for the call: its parsed value, a retry, or an error.

    `uncertain` says an earlier attempt may have been applied without us hearing the answer
    (some `Retry.maybe_applied` was true).
    """
    status = response.status_code
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
        parsed = _parse(call, response)
        if parsed is not None:
            return Done(parsed, response)
        if call.deleted is not None:
            # A DELETE that succeeded, with its answer garbled: it is deleted all the same.
            return Done(call.endpoint.parse(dict(call.deleted)), response)
        request_id = get_header(response.headers, "Request-Id")
        # A cut-off or garbled success body: the idempotency key makes a retry safe.
        error: StripeError = APIResponseError(
            f"{call.endpoint.operation_id}: the {status} response could not be parsed"
            + (f" (request_id={request_id})" if request_id else ""),
            http_status=status,
            request_id=request_id,
        )
        delay = _retry.decide(
            retries_done, call.max_retries, exc=httpx.ReadError("bad body"), random=jitter
        )
        return _retry_or_fail(call, error, delay, retries_done, maybe_applied=True)
    else:
        error = error_from_response(status, response.headers, response.content)
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


def after_exception(
    call: Call[Any],
    exc: httpx.HTTPError,
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
        error.idempotency_key = call.headers.get("Idempotency-Key")
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
    return Retry(delay, maybe_applied)
