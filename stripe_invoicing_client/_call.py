"""A call, built: every check of its arguments and the request it sends on each attempt
(auth, headers, encoding, idempotency key); plain computation, shared by the sync and async
clients (what an attempt's outcome means: `_pipeline`)."""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Generic, TypeVar

import attrs
import httpx

from . import _retry
from ._core.options import NO_OPTIONS, RequestOptions, check_idempotency_key
from ._core.params import check_id, prepare
from ._core.wire import Endpoint, encode
from ._options import ClientOptions
from .errors import InvalidParameterError

T = TypeVar("T")


@attrs.define
class Call(Generic[T]):
    """One logical call: the same request, key included, is sent on every attempt.

    Not frozen only because a frozen class costs twice as much to build, once per call; nothing
    changes a Call after `build_call`."""

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
    # Seconds for the whole call (every attempt, read and wait), or None for no bound.
    total_timeout: float | None = None
    max_response_bytes: int = 32 * 1024 * 1024
    # For a list or search page: the most items it may hold (the `limit` asked for).
    page_limit: int | None = None
    # For a download: the file its body is streamed to (None: kept in memory as bytes).
    destination: Path | None = None

    @property
    def idempotency_key(self) -> str | None:
        return self.headers.get("Idempotency-Key")


def build_call(
    options: ClientOptions,
    endpoint: Endpoint[T],
    path_values: Mapping[str, object],
    params: Mapping[str, Any],
    idempotency_key: str | None = None,
    request_options: RequestOptions | None = None,
    destination: str | os.PathLike[str] | None = None,
) -> Call[T]:
    """Check everything and build the request, or raise InvalidParameterError; no I/O.
    `destination`: for a download, the file to stream its body to."""
    per_call = request_options if request_options is not None else NO_OPTIONS
    if idempotency_key is None:
        idempotency_key = per_call.idempotency_key
    for name in endpoint.path_params:
        check_id(name, path_values.get(name))
    plain = prepare(endpoint, params)
    extra_query = ""
    if per_call.extra_query is not None or per_call.extra_body is not None:
        plain, extra_query = _with_extras(endpoint, plain, per_call)
    try:
        request = endpoint.request(path_values, plain)
    except (TypeError, ValueError, RecursionError) as error:
        raise InvalidParameterError("params", str(error)) from None
    url = request["url"]
    if extra_query:
        url += "?" + extra_query
    # Every check before the headers are built: they hold the key, and error reporters that
    # capture local variables would show it.
    method = endpoint.method
    key: str | None = None
    if _retry.needs_idempotency_key(method):
        if idempotency_key is None:
            key = _retry.new_idempotency_key()
        else:
            key = check_idempotency_key(idempotency_key)
    elif idempotency_key is not None:
        raise InvalidParameterError("idempotency_key", f"{method} requests take none")
    headers = (
        {**options.headers, **request["headers"]} if "headers" in request else dict(options.headers)
    )
    if per_call.extra_headers:
        _add_extra_headers(headers, per_call.extra_headers)
    if key is not None:
        headers["Idempotency-Key"] = key
    total_timeout = per_call.total_timeout
    return Call(
        endpoint=endpoint,
        method=method,
        url=(options.files_url if endpoint.files else options.base_url) + url,
        path=url.partition("?")[0],
        deleted=_deleted_object(endpoint, path_values) if method == "DELETE" else None,
        content=request.get("content"),
        headers=headers,
        timeout=per_call.http_timeout or options.http_timeout,
        max_retries=options.max_retries,
        total_timeout=total_timeout if total_timeout is not None else options.total_timeout,
        max_response_bytes=options.max_response_bytes,
        page_limit=page_limit(endpoint, plain),
        destination=_destination(endpoint, destination),
    )


def _destination(
    endpoint: Endpoint[Any], destination: str | os.PathLike[str] | None
) -> Path | None:
    if destination is None:
        return None
    if not endpoint.files:
        raise InvalidParameterError("to", f"{endpoint.operation_id} is not a download")
    if not isinstance(destination, (str, os.PathLike)) or not os.fspath(destination):
        raise InvalidParameterError("to", "must be a file path (a str or os.PathLike)")
    path = Path(destination)
    if path.is_dir():
        raise InvalidParameterError("to", f"{str(path)!r} is a directory; name a file")
    return path


# Stripe's page sizes: 10 items unless `limit` says otherwise, 100 at most.
DEFAULT_PAGE_LIMIT = 10
MAX_PAGE_LIMIT = 100
_PAGE_TAGS = frozenset(("list", "search_result"))


def page_limit(endpoint: Endpoint[Any], plain: Mapping[str, Any]) -> int | None:
    """The most items a page of `endpoint` may hold, asked as `plain`; None if not a page."""
    if _PAGE_TAGS.isdisjoint(endpoint.object_tags):
        return None
    limit = plain.get("limit", DEFAULT_PAGE_LIMIT)
    if type(limit) is not int or not 1 <= limit <= MAX_PAGE_LIMIT:
        return MAX_PAGE_LIMIT  # a limit Stripe would refuse, or one given as extra_query text
    return limit


def _with_extras(
    endpoint: Endpoint[Any], plain: dict[str, Any], per_call: RequestOptions
) -> tuple[dict[str, Any], str]:
    """`plain` with the extra body or query keys, and the extra query string of a POST."""
    extra_query = encoded_extra("extra_query", per_call.extra_query)
    encoded_extra("extra_body", per_call.extra_body)
    if per_call.extra_body is not None and endpoint.method != "POST":
        raise InvalidParameterError(
            "extra_body", f"{endpoint.method} requests have no body; use extra_query"
        )
    # Extra keys are sent as given and win over a typed parameter of the same name.
    if endpoint.method == "POST":
        return {**plain, **(per_call.extra_body or {})}, extra_query
    return {**plain, **(per_call.extra_query or {})}, ""


def _add_extra_headers(headers: dict[str, str], extra: Mapping[str, str]) -> None:
    for name, value in extra.items():
        # Replaces a default (User-Agent) whatever its case, rather than sending both.
        for existing in [key for key in headers if key.lower() == name.lower()]:
            del headers[existing]
        headers[name] = value


def encoded_extra(name: str, params: Mapping[str, object] | None) -> str:
    """`params` encoded as the typed ones are (bracket notation), or InvalidParameterError
    naming the keyword; the check is the encoder's only, since no schema knows these keys."""
    if not params:
        return ""
    try:
        return encode(params)
    except (TypeError, ValueError, RecursionError) as error:
        raise InvalidParameterError(name, str(error)) from None


def _deleted_object(
    endpoint: Endpoint[Any], path_values: Mapping[str, object]
) -> Mapping[str, object] | None:
    # The id is the last path parameter; the object tag the stub's own (`subscription_item`
    # for `{item}`).
    if endpoint.method != "DELETE" or not endpoint.deletes or len(endpoint.object_tags) != 1:
        return None
    (kind,) = endpoint.object_tags
    return {"id": path_values[endpoint.path_params[-1]], "object": kind, "deleted": True}


_HTTPX_BUILD_REQUEST = httpx.Client.build_request  # AsyncClient's too (httpx.BaseClient's)


def build_request(
    http: httpx.Client | httpx.AsyncClient,
    call: Call[Any],
    timeout: httpx.Timeout | None = None,
    extensions: Mapping[str, Any] | None = None,
) -> httpx.Request:
    """The request httpx's `build_request` would make of `call` (the client's default headers,
    less those the call sets, then the call's); `extensions` added to it."""
    timeout = timeout if timeout is not None else call.timeout
    if type(http).build_request is not _HTTPX_BUILD_REQUEST or http.cookies or http.params:
        request = http.build_request(
            call.method, call.url, content=call.content, headers=call.headers, timeout=timeout
        )
        if extensions:
            request.extensions.update(extensions)
        return request
    # httpx merges headers through its Headers class, which rescans its list for every header
    # it replaces: a third of a call's own time. The same merge on plain pairs costs a tenth.
    ours = [(name.encode("ascii"), value.encode("ascii")) for name, value in call.headers.items()]
    replaced = {name.lower() for name, _ in ours}
    headers = [pair for pair in http.headers.raw if pair[0].lower() not in replaced]
    headers += ours
    return httpx.Request(
        call.method,
        call.url,
        content=call.content or None,  # the same request, without wrapping b"" in a stream
        headers=headers,
        extensions={"timeout": timeout.as_dict(), **(extensions or {})},
    )


__all__ = [
    "DEFAULT_PAGE_LIMIT",
    "MAX_PAGE_LIMIT",
    "Call",
    "build_call",
    "build_request",
    "encoded_extra",
    "page_limit",
]
