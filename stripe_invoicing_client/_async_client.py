"""`AsyncStripeInvoicing`: the asyncio shell around the one pipeline.

It builds requests (`_call`) and reads outcomes (`_pipeline`) with the same functions as the
sync shell (`_sync_client`), and shares its settings and `with_options` (`_client_base`); it
differs only in how it sends (httpx.AsyncClient, a pool per event loop) and how it waits
between attempts. The request path is imported by the first request, not by making a client
(see `_client_base`); asyncio too, which sync users never need.
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
from ._generated.resources import AsyncRawResources, AsyncResources
from ._http_pools import LoopPools
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


async def _async_sleep(seconds: float) -> None:
    # Imported here: asyncio costs tens of milliseconds at import, and sync users never need it.
    import asyncio

    await asyncio.sleep(seconds)


class AsyncStripeInvoicing(ClientCore, AsyncResources):
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
        options: RequestOptions = NO_OPTIONS,
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
            note_key(interrupt, call)
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


class AsyncStripeInvoicingWithRawResponse(AsyncRawResources):
    def __init__(self, client: AsyncStripeInvoicing) -> None:
        from ._core.resource import async_raw

        super().__init__(client)
        self.raw_request = async_raw(client.raw_request)
