"""`StripeInvoicing`: the synchronous shell around the one pipeline.

It builds requests (`_call`) and reads outcomes (`_pipeline`) with the same functions as the
async shell (`_async_client`), and shares its settings and `with_options` (`_client_base`); it
differs only in how it sends (httpx.Client) and how it waits between attempts. The request path
is imported by the first request, not by making a client (see `_client_base`).
"""

from __future__ import annotations

import os
import time
from collections.abc import Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any, Literal, TypeVar

import httpx

from ._client_base import ClientCore, note_key
from ._core.options import NO_OPTIONS, RequestOptions
from ._generated.resources import RawResources, Resources
from ._http_pools import CLOSED, SyncPool
from ._options import (
    DEFAULT_BASE_URL,
    DEFAULT_MAX_RESPONSE_BYTES,
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    DEFAULT_TOTAL_TIMEOUT,
    ClientOptions,
)

if TYPE_CHECKING:
    from . import _body, _call, _deadline, _pacing, _pipeline
    from ._call import Call
    from ._core.wire import Endpoint
    from ._pipeline import Done, Progress, Step
    from ._rate_limit import RateLimitSetting
else:  # the request path, imported by the first request (see the module docstring)
    _body = _call = _deadline = _pacing = _pipeline = None


def _import_request_path() -> None:
    # Once, not per call: an import statement in a function costs ~2 us each time it runs.
    global _body, _call, _deadline, _pacing, _pipeline
    from . import _body, _call, _deadline, _pacing, _pipeline


T = TypeVar("T")


def _sync_sleep(seconds: float) -> None:
    # The one place the sync client waits: tests replace this, not time.sleep for everyone.
    time.sleep(seconds)


class StripeInvoicing(ClientCore, Resources):
    """Stripe's invoicing API, synchronously.

    `StripeInvoicing()` reads the key from STRIPE_API_KEY. Use it as a context manager, or call
    `close()`, to release connections.
    """

    def __init__(
        self,
        api_key: str | None = None,
        *,
        stripe_version: str | None = None,
        stripe_account: str | None = None,
        base_url: str = DEFAULT_BASE_URL,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        total_timeout: float | None = DEFAULT_TOTAL_TIMEOUT,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        http_client: httpx.Client | None = None,
        rate_limit: RateLimitSetting = "auto",
    ) -> None:
        options = ClientOptions.create(
            api_key=api_key,
            base_url=base_url,
            stripe_version=stripe_version,
            stripe_account=stripe_account,
            timeout=timeout,
            max_retries=max_retries,
            total_timeout=total_timeout,
            max_response_bytes=max_response_bytes,
        )
        self._configure(options, http_client, httpx.Client, rate_limit)

    def _setup(self, options: ClientOptions, pool: SyncPool, owns: bool, *, raw: bool) -> None:
        self._options = options
        self._pool = pool
        self._owns_http = owns
        self._raw = raw

    def _as_client(self) -> StripeInvoicing:
        return self

    def _copy(self, options: ClientOptions, *, raw: bool) -> StripeInvoicing:
        copy = object.__new__(StripeInvoicing)
        copy._setup(options, self._pool, owns=False, raw=raw)
        copy._pacing = self._pacing
        return copy

    @property
    def with_raw_response(self) -> StripeInvoicingWithRawResponse:
        """The same calls, returning a RawResponse (status, headers, request id, parsed)."""
        return StripeInvoicingWithRawResponse(self._copy(self._options, raw=True))

    def _request(
        self,
        endpoint: Endpoint[T],
        path: Mapping[str, object],
        params: Mapping[str, Any],
        options: RequestOptions = NO_OPTIONS,
        *,
        raw: bool | None = None,
        destination: str | os.PathLike[str] | None = None,
    ) -> T:
        call = self._build(endpoint, path, params, options, destination)
        return self._result(self._send(call), raw)

    def raw_request(
        self,
        method: Literal["GET", "POST", "DELETE"],
        path: str,
        /,
        *,
        idempotency_key: str | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        **params: object,
    ) -> dict[str, Any]:
        """Call any Stripe v1 endpoint, such as one this SDK does not model, with the same
        auth, retries, idempotency key and typed errors; returns the parsed JSON object.
        `params` go in the query of a GET or DELETE and in the form body of a POST."""
        options = RequestOptions(
            idempotency_key,
            total_timeout,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        from ._raw_request import raw_call

        call = raw_call(self._options, method, path, params, options)
        return self._result(self._send(call), None)

    def _send(self, call: Call[T]) -> Done[T]:
        if _pipeline is None:
            _import_request_path()
        limiter = self._limiter
        progress = _pipeline.Progress.start(call)
        try:
            while True:
                step = (
                    self._attempt(progress)
                    if limiter is None
                    else _pacing.paced_attempt(limiter, self._options, progress, self._attempt)
                )
                if isinstance(step, _pipeline.Done):
                    return step
                _sync_sleep(progress.wait_before_retry(step))
        except KeyboardInterrupt as interrupt:
            note_key(interrupt, call)
            raise

    def _attempt(self, progress: Progress) -> Step[Any]:
        """One send and read; every outcome becomes a step, or a StripeError carrying the key."""
        http = self._pool.get()
        if http is None:
            raise progress.closed(CLOSED)
        # The trace hook bounds each new connection's reads by the deadline.
        request = _call.build_request(
            http, progress.call, progress.attempt_timeout(), _deadline.TRACE
        )
        started = time.monotonic()
        response: httpx.Response | None = None
        try:
            with _deadline.AttemptDeadline(progress.deadline):
                response = http.send(request, stream=True)
                # For a later reuse of the connection.
                _deadline.bound_stream(response.extensions.get("network_stream"))
                reader = progress.body_reader()
                try:
                    if reader.start(response):
                        for chunk in response.iter_raw():
                            reader.add(chunk)
                    body: bytes | None = reader.body()
                except _body.Undecodable:
                    body = None  # a corrupt gzip body: read as a garbled one
                finally:
                    reader.close()
                    response.close()
        except Exception as exc:
            return progress.after_failed_attempt(exc, response, time.monotonic() - started)
        if body is not None:
            _body.finish_reading(response, body)
        return progress.after_response(response, body, time.monotonic() - started)

    def close(self) -> None:
        """Close the connections, if this client opened them (never a caller's client)."""
        if self._owns_http:
            self._pool.close()

    def __enter__(self) -> StripeInvoicing:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()


class StripeInvoicingWithRawResponse(RawResources):
    def __init__(self, client: StripeInvoicing) -> None:
        from ._core.resource import raw

        super().__init__(client)
        self.raw_request = raw(client.raw_request)
