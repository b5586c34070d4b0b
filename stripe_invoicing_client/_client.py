"""`StripeInvoicing` and `AsyncStripeInvoicing`: the two shells around one pipeline.

Both build requests (`_call`) and read outcomes (`_pipeline`) with the same functions; they
differ only in how they send (httpx.Client or httpx.AsyncClient) and how they wait between
attempts.

Making a client imports httpx and little else: the request path (pipeline, limiter, raw
responses) is imported by the first request, and the connection pools are made then too. A
serverless function pays `StripeInvoicing(key)` on every cold start.
"""

from __future__ import annotations

import os
import time
from collections.abc import Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any, Final, Literal, TypeVar

import httpx

from ._core.options import RequestOptions
from ._generated.resources import (
    AsyncRawResources,
    AsyncResources,
    RawResources,
    Resources,
)
from ._http_pools import CLOSED, LoopPools, SyncPool
from ._key_pacing import SharedLimiter
from ._logs import keep_queries_out_of_httpx_logs
from ._options import (
    DEFAULT_BASE_URL,
    DEFAULT_MAX_RESPONSE_BYTES,
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    DEFAULT_TOTAL_TIMEOUT,
    ClientOptions,
    check_environment_proxies,
)
from .errors import InvalidParameterError

if TYPE_CHECKING:
    from . import _body, _call, _deadline, _pacing, _pipeline
    from ._call import Call
    from ._core.wire import Endpoint
    from ._limiter import Limiter
    from ._pipeline import Done, Progress, Step
    from ._rate_limit import RateLimit, RateLimitSetting
else:  # the request path, imported by the first request (see the module docstring)
    _body = _call = _deadline = _pacing = _pipeline = None


def _import_request_path() -> None:
    # Once, not per call: an import statement in a function costs ~2 us each time it runs.
    global _body, _call, _deadline, _pacing, _pipeline
    from . import _body, _call, _deadline, _pacing, _pipeline


T = TypeVar("T")
C = TypeVar("C", bound="_ClientCore")


def _sync_sleep(seconds: float) -> None:
    # The one place the sync client waits: tests replace this, not time.sleep for everyone.
    time.sleep(seconds)


async def _async_sleep(seconds: float) -> None:
    # Imported here: asyncio costs tens of milliseconds at import, and sync users never need it.
    import asyncio

    await asyncio.sleep(seconds)


def _note_key(exc: BaseException, call: Call[Any]) -> None:
    """Put the call's idempotency key on an interrupting exception (CancelledError,
    KeyboardInterrupt), so a write cut short can be resent without being applied twice."""
    key = call.idempotency_key
    if key is None:
        return
    note = f"stripe_invoicing_client: {call.method} {call.path} idempotency_key={key}"
    add_note = getattr(exc, "add_note", None)
    if add_note is not None:  # Python 3.11+
        add_note(note)
    else:
        setattr(exc, "__notes__", [*getattr(exc, "__notes__", []), note])  # noqa: B010


class _NotGiven:
    def __repr__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN: Final = _NotGiven()
"""Marks an option `with_options` should leave as it is (None means "remove")."""

_NO_OPTIONS: Final = RequestOptions()


def _changes(**options: object) -> dict[str, object]:
    return {name: value for name, value in options.items() if value is not NOT_GIVEN}


class _ClientCore:
    """State both shells share; the connection pools are made on the first request, and closed
    only by the client that made them (never by one derived with `with_options`)."""

    _options: ClientOptions
    _owns_http: bool
    _raw: bool
    _pacing: SharedLimiter  # shared by every client derived with with_options

    @property
    def _limiter(self) -> Limiter | None:
        """The limiter this client's calls wait in (None: unpaced); decided by its key and URL."""
        return self._pacing.limiter(self._options.api_key, self._options.base_url)

    @property
    def api_version(self) -> str:
        return self._options.stripe_version

    @property
    def base_url(self) -> str:
        return self._options.base_url

    @property
    def max_retries(self) -> int:
        return self._options.max_retries

    @property
    def stripe_account(self) -> str | None:
        return self._options.stripe_account

    def _build(
        self,
        endpoint: Endpoint[T],
        path: Mapping[str, object],
        params: Mapping[str, Any],
        options: RequestOptions,
        destination: str | os.PathLike[str] | None = None,
    ) -> Call[T]:
        if _call is None:
            _import_request_path()
        return _call.build_call(
            self._options, endpoint, path, params, request_options=options, destination=destination
        )

    def _configure(
        self,
        options: ClientOptions,
        http_client: httpx.Client | httpx.AsyncClient | None,
        http_class: type[httpx.Client] | type[httpx.AsyncClient],
        rate_limit: RateLimitSetting,
    ) -> None:
        """What both constructors do once the options are checked."""
        if http_client is not None and not isinstance(http_client, http_class):
            raise InvalidParameterError("http_client", f"must be an httpx.{http_class.__name__}")
        owns = http_client is None
        if owns:
            # httpx reads proxy variables when the pool is made, on the first request; a
            # malformed one is refused now, naming the variable.
            check_environment_proxies()
        pool = SyncPool(http_client) if http_class is httpx.Client else LoopPools(http_client)  # type: ignore[arg-type]
        keep_queries_out_of_httpx_logs(options.base_url)
        self._setup(options, pool, owns, raw=False)
        own_connection = owns and options.base_url == DEFAULT_BASE_URL
        if rate_limit is None:
            self._pacing = SharedLimiter.fixed(None)
        elif isinstance(rate_limit, str) and rate_limit == "auto":
            self._pacing = SharedLimiter(owns_connections=owns)
        else:  # a RateLimit (pacing is wanted: the limiter is imported now), or a mistake, refused
            from ._limiter import limiter_for

            limiter = limiter_for(
                rate_limit, options.api_key, own_connection_to_stripe=own_connection
            )
            self._pacing = SharedLimiter.fixed(limiter)

    def _setup(self, options: ClientOptions, http: Any, owns: bool, *, raw: bool) -> None:
        raise NotImplementedError

    def _copy(self: C, options: ClientOptions, *, raw: bool) -> C:
        raise NotImplementedError

    def with_options(
        self: C,
        *,
        api_key: str | _NotGiven = NOT_GIVEN,
        stripe_version: str | _NotGiven | None = NOT_GIVEN,
        stripe_account: str | _NotGiven | None = NOT_GIVEN,
        base_url: str | _NotGiven = NOT_GIVEN,
        timeout: float | httpx.Timeout | _NotGiven = NOT_GIVEN,
        max_retries: int | _NotGiven = NOT_GIVEN,
        total_timeout: float | _NotGiven | None = NOT_GIVEN,
        max_response_bytes: int | _NotGiven = NOT_GIVEN,
        rate_limit: RateLimit | _NotGiven | None = NOT_GIVEN,
    ) -> C:
        """A client with some options changed, sharing this one's connections and pacing.

        Pacing by default ("auto") follows the key: another `api_key` is paced by its own
        mode's default, in a budget of its own. A `RateLimit` given is kept for another key,
        each key with its own budget in it (and its own keys in a shared budget's Redis)."""
        changes = _changes(
            api_key=api_key,
            stripe_version=stripe_version,
            stripe_account=stripe_account,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            total_timeout=total_timeout,
            max_response_bytes=max_response_bytes,
        )
        options = self._options.evolve(**changes)
        keep_queries_out_of_httpx_logs(options.base_url)
        copy = self._copy(options, raw=self._raw)
        if not isinstance(rate_limit, _NotGiven):
            from ._limiter import Limiter
            from ._rate_limit import check_rate_limit

            # A new limit is a new, separate limiter; "auto" is the constructor's alone.
            if check_rate_limit(rate_limit) == "auto":
                raise InvalidParameterError("rate_limit", "must be a RateLimit or None here")
            copy._pacing = SharedLimiter.fixed(None if rate_limit is None else Limiter(rate_limit))
        return copy

    def _result(self, done: Done[T], raw: bool | None) -> T:
        """The parsed value, or in raw mode the RawResponse around it (typed as the value:
        the raw wrappers' signatures say what callers get)."""
        if self._raw if raw is None else raw:
            from ._core.response import RawResponse

            return RawResponse(done.value, done.response)  # type: ignore[return-value]
        return done.value

    def __repr__(self) -> str:
        # getattr: a constructor that refused an option leaves no options to show.
        return f"{type(self).__name__}({getattr(self, '_options', '<not configured>')!r})"


class StripeInvoicing(_ClientCore, Resources):
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
        options: RequestOptions = _NO_OPTIONS,
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
            _note_key(interrupt, call)
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


class AsyncStripeInvoicing(_ClientCore, AsyncResources):
    """Stripe's invoicing API, for asyncio. Use `async with`, or `await client.aclose()`."""

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
        http_client: httpx.AsyncClient | None = None,
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
        self._configure(options, http_client, httpx.AsyncClient, rate_limit)

    def _setup(self, options: ClientOptions, pools: LoopPools, owns: bool, *, raw: bool) -> None:
        self._options = options
        self._pools = pools
        self._owns_http = owns
        self._raw = raw

    def _as_client(self) -> AsyncStripeInvoicing:
        return self

    def _copy(self, options: ClientOptions, *, raw: bool) -> AsyncStripeInvoicing:
        copy = object.__new__(AsyncStripeInvoicing)
        copy._setup(options, self._pools, owns=False, raw=raw)
        copy._pacing = self._pacing
        return copy

    @property
    def with_raw_response(self) -> AsyncStripeInvoicingWithRawResponse:
        return AsyncStripeInvoicingWithRawResponse(self._copy(self._options, raw=True))

    async def _request(
        self,
        endpoint: Endpoint[T],
        path: Mapping[str, object],
        params: Mapping[str, Any],
        options: RequestOptions = _NO_OPTIONS,
        *,
        raw: bool | None = None,
        destination: str | os.PathLike[str] | None = None,
    ) -> T:
        call = self._build(endpoint, path, params, options, destination)
        return self._result(await self._send(call), raw)

    async def raw_request(
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
        return self._result(await self._send(call), None)

    async def _send(self, call: Call[T]) -> Done[T]:
        import asyncio

        if _pipeline is None:
            _import_request_path()
        limiter = self._limiter
        progress = _pipeline.Progress.start(call)
        try:
            while True:
                step = await (
                    self._attempt(progress)
                    if limiter is None
                    else _pacing.paced_attempt_async(
                        limiter, self._options, progress, self._attempt
                    )
                )
                if isinstance(step, _pipeline.Done):
                    return step
                await _async_sleep(progress.wait_before_retry(step))
        except (asyncio.CancelledError, KeyboardInterrupt) as interrupt:
            _note_key(interrupt, call)
            raise

    async def _attempt(self, progress: Progress) -> Step[Any]:
        """One send and read; every outcome becomes a step, or a StripeError carrying the key."""
        http = await self._pools.get()
        if isinstance(http, str):
            raise progress.closed(http)
        request = _call.build_request(http, progress.call, progress.attempt_timeout())
        started = time.monotonic()
        sent: list[httpx.Response] = []
        try:
            exchange = self._exchange(http, request, progress, sent)
            body = await _deadline.within_deadline(progress.deadline, exchange)
        except Exception as exc:
            response = sent[0] if sent else None
            return progress.after_failed_attempt(exc, response, time.monotonic() - started)
        response = sent[0]
        if body is not None:
            _body.finish_reading(response, body)
        return progress.after_response(response, body, time.monotonic() - started)

    async def _exchange(
        self,
        http: httpx.AsyncClient,
        request: httpx.Request,
        progress: Progress,
        sent: list[httpx.Response],
    ) -> bytes | None:
        """Send `request` and read its answer's body (None: a corrupt gzip body); the
        response goes in `sent` as soon as its headers are in."""
        response = await http.send(request, stream=True)
        sent.append(response)
        reader = progress.body_reader()
        try:
            if reader.start(response):
                async for chunk in response.aiter_raw():
                    reader.add(chunk)
            return reader.body()
        except _body.Undecodable:
            return None  # read as a garbled body
        finally:
            reader.close()
            await response.aclose()

    async def aclose(self) -> None:
        """Close the connections, if this client opened them (never a caller's client)."""
        if self._owns_http:
            await self._pools.aclose()

    async def __aenter__(self) -> AsyncStripeInvoicing:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.aclose()


class StripeInvoicingWithRawResponse(RawResources):
    def __init__(self, client: StripeInvoicing) -> None:
        from ._core.resource import raw

        super().__init__(client)
        self.raw_request = raw(client.raw_request)


class AsyncStripeInvoicingWithRawResponse(AsyncRawResources):
    def __init__(self, client: AsyncStripeInvoicing) -> None:
        from ._core.resource import async_raw

        super().__init__(client)
        self.raw_request = async_raw(client.raw_request)
