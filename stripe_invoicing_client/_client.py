"""`StripeInvoicing` and `AsyncStripeInvoicing`: the two shells around one pipeline.

Both build requests and read outcomes with the same functions (`_pipeline`); they differ only
in how they send (httpx.Client or httpx.AsyncClient) and how they wait between attempts.
"""

from __future__ import annotations

import functools
import ssl
import time
from collections.abc import Mapping
from types import TracebackType
from typing import Any, Final, TypeVar

import httpx

from ._operations import Operation
from ._options import DEFAULT_BASE_URL, DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT, ClientOptions
from ._pipeline import (
    Call,
    Done,
    Fail,
    after_exception,
    after_response,
    build_call,
    build_request,
)
from ._response import RawResponse
from .errors import InvalidParameterError
from .resources.customers import (
    AsyncCustomers,
    AsyncCustomersWithRawResponse,
    Customers,
    CustomersWithRawResponse,
)
from .resources.invoice_items import (
    AsyncInvoiceItems,
    AsyncInvoiceItemsWithRawResponse,
    InvoiceItems,
    InvoiceItemsWithRawResponse,
)
from .resources.invoices import (
    AsyncInvoices,
    AsyncInvoicesWithRawResponse,
    Invoices,
    InvoicesWithRawResponse,
)

T = TypeVar("T")
C = TypeVar("C", bound="_ClientCore")


@functools.cache
def _ssl_context() -> ssl.SSLContext:
    # Loading the CA bundle costs tens of milliseconds: the clients the SDK makes share one.
    return httpx.create_ssl_context()


async def _async_sleep(seconds: float) -> None:
    # Imported here: asyncio costs tens of milliseconds at import, and sync users never need it.
    import asyncio

    await asyncio.sleep(seconds)


class _NotGiven:
    def __repr__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN: Final = _NotGiven()
"""Marks an option `with_options` should leave as it is (None means "remove")."""


def _changes(**options: object) -> dict[str, object]:
    return {name: value for name, value in options.items() if value is not NOT_GIVEN}


class _ClientCore:
    """State both shells share; the http client is closed only by the client that made it."""

    _options: ClientOptions
    _owns_http: bool
    _raw: bool

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
        operation: Operation[T],
        path: Mapping[str, object],
        params: Mapping[str, Any],
        idempotency_key: str | None,
    ) -> Call[T]:
        return build_call(self._options, operation.endpoint(), path, params, idempotency_key)

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
    ) -> C:
        """A client with some options changed, sharing this one's connections."""
        changes = _changes(
            api_key=api_key,
            stripe_version=stripe_version,
            stripe_account=stripe_account,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
        )
        return self._copy(self._options.evolve(**changes), raw=self._raw)

    def _result(self, done: Done[T], raw: bool | None) -> T:
        """The parsed value, or in raw mode the RawResponse around it (typed as the value:
        the raw wrappers' signatures say what callers get)."""
        if self._raw if raw is None else raw:
            return RawResponse(done.value, done.response)  # type: ignore[return-value]
        return done.value

    def __repr__(self) -> str:
        # getattr: a constructor that refused an option leaves no options to show.
        return f"{type(self).__name__}({getattr(self, '_options', '<not configured>')!r})"


class StripeInvoicing(_ClientCore):
    """Stripe's invoicing API, synchronously.

    `StripeInvoicing()` reads the key from STRIPE_API_KEY. Use it as a context manager, or call
    `close()`, to release connections.
    """

    invoices: Invoices
    invoice_items: InvoiceItems
    customers: Customers

    def __init__(
        self,
        api_key: str | None = None,
        *,
        stripe_version: str | None = None,
        stripe_account: str | None = None,
        base_url: str = DEFAULT_BASE_URL,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: httpx.Client | None = None,
    ) -> None:
        options = ClientOptions.create(
            api_key=api_key,
            base_url=base_url,
            stripe_version=stripe_version,
            stripe_account=stripe_account,
            timeout=timeout,
            max_retries=max_retries,
        )
        if http_client is not None and not isinstance(http_client, httpx.Client):
            raise InvalidParameterError("http_client", "must be an httpx.Client")
        owns = http_client is None
        http = http_client or httpx.Client(follow_redirects=False, verify=_ssl_context())
        self._setup(options, http, owns, raw=False)

    def _setup(self, options: ClientOptions, http: httpx.Client, owns: bool, *, raw: bool) -> None:
        self._options = options
        self._http = http
        self._owns_http = owns
        self._raw = raw
        self.invoices = Invoices(self)
        self.invoice_items = InvoiceItems(self)
        self.customers = Customers(self)

    def _copy(self, options: ClientOptions, *, raw: bool) -> StripeInvoicing:
        copy = object.__new__(StripeInvoicing)
        copy._setup(options, self._http, owns=False, raw=raw)
        return copy

    @property
    def with_raw_response(self) -> StripeInvoicingWithRawResponse:
        """The same calls, returning a RawResponse (status, headers, request id, parsed)."""
        return StripeInvoicingWithRawResponse(self._copy(self._options, raw=True))

    def _request(
        self,
        operation: Operation[T],
        path: Mapping[str, object],
        params: Mapping[str, Any],
        idempotency_key: str | None = None,
        *,
        raw: bool | None = None,
    ) -> T:
        call = self._build(operation, path, params, idempotency_key)
        return self._result(self._send(call), raw)

    def _send(self, call: Call[T]) -> Done[T]:
        request = build_request(self._http, call)
        retries_done = 0
        uncertain = False
        while True:
            started = time.monotonic()
            try:
                response = self._http.send(request)
            except httpx.TransportError as exc:
                step = after_exception(call, exc, retries_done, time.monotonic() - started)
            else:
                elapsed = time.monotonic() - started
                step = after_response(call, response, retries_done, elapsed, uncertain=uncertain)
            if isinstance(step, Done):
                return step
            if isinstance(step, Fail):
                raise step.error
            uncertain = uncertain or step.maybe_applied
            time.sleep(step.delay)
            retries_done += 1

    def close(self) -> None:
        """Close the connections, if this client opened them (never a caller's client)."""
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> StripeInvoicing:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()


class AsyncStripeInvoicing(_ClientCore):
    """Stripe's invoicing API, for asyncio. Use `async with`, or `await client.aclose()`."""

    invoices: AsyncInvoices
    invoice_items: AsyncInvoiceItems
    customers: AsyncCustomers

    def __init__(
        self,
        api_key: str | None = None,
        *,
        stripe_version: str | None = None,
        stripe_account: str | None = None,
        base_url: str = DEFAULT_BASE_URL,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: httpx.AsyncClient | None = None,
    ) -> None:
        options = ClientOptions.create(
            api_key=api_key,
            base_url=base_url,
            stripe_version=stripe_version,
            stripe_account=stripe_account,
            timeout=timeout,
            max_retries=max_retries,
        )
        if http_client is not None and not isinstance(http_client, httpx.AsyncClient):
            raise InvalidParameterError("http_client", "must be an httpx.AsyncClient")
        owns = http_client is None
        http = http_client or httpx.AsyncClient(follow_redirects=False, verify=_ssl_context())
        self._setup(options, http, owns, raw=False)

    def _setup(
        self, options: ClientOptions, http: httpx.AsyncClient, owns: bool, *, raw: bool
    ) -> None:
        self._options = options
        self._http = http
        self._owns_http = owns
        self._raw = raw
        self.invoices = AsyncInvoices(self)
        self.invoice_items = AsyncInvoiceItems(self)
        self.customers = AsyncCustomers(self)

    def _copy(self, options: ClientOptions, *, raw: bool) -> AsyncStripeInvoicing:
        copy = object.__new__(AsyncStripeInvoicing)
        copy._setup(options, self._http, owns=False, raw=raw)
        return copy

    @property
    def with_raw_response(self) -> AsyncStripeInvoicingWithRawResponse:
        return AsyncStripeInvoicingWithRawResponse(self._copy(self._options, raw=True))

    async def _request(
        self,
        operation: Operation[T],
        path: Mapping[str, object],
        params: Mapping[str, Any],
        idempotency_key: str | None = None,
        *,
        raw: bool | None = None,
    ) -> T:
        call = self._build(operation, path, params, idempotency_key)
        return self._result(await self._send(call), raw)

    async def _send(self, call: Call[T]) -> Done[T]:
        request = build_request(self._http, call)
        retries_done = 0
        uncertain = False
        while True:
            started = time.monotonic()
            try:
                response = await self._http.send(request)
            except httpx.TransportError as exc:
                step = after_exception(call, exc, retries_done, time.monotonic() - started)
            else:
                elapsed = time.monotonic() - started
                step = after_response(call, response, retries_done, elapsed, uncertain=uncertain)
            if isinstance(step, Done):
                return step
            if isinstance(step, Fail):
                raise step.error
            uncertain = uncertain or step.maybe_applied
            await _async_sleep(step.delay)
            retries_done += 1

    async def aclose(self) -> None:
        """Close the connections, if this client opened them (never a caller's client)."""
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> AsyncStripeInvoicing:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.aclose()


class StripeInvoicingWithRawResponse:
    def __init__(self, client: StripeInvoicing) -> None:
        self.invoices = InvoicesWithRawResponse(client.invoices)
        self.invoice_items = InvoiceItemsWithRawResponse(client.invoice_items)
        self.customers = CustomersWithRawResponse(client.customers)


class AsyncStripeInvoicingWithRawResponse:
    def __init__(self, client: AsyncStripeInvoicing) -> None:
        self.invoices = AsyncInvoicesWithRawResponse(client.invoices)
        self.invoice_items = AsyncInvoiceItemsWithRawResponse(client.invoice_items)
        self.customers = AsyncCustomersWithRawResponse(client.customers)
