"""Every way a call can fail ends in a typed error carrying its key (issue 11, request path).

Undecodable bodies, closed clients, other httpx errors, header values with spaces, a 2xx that
is not the object asked for, keys of unusual shapes, proxies from the environment, repeated
`Stripe-Should-Retry`, DELETEs that never left the machine, the whole-call deadline, the
response size cap, cancellation, and httpx's own log lines.
"""

from __future__ import annotations

import asyncio
import gzip
import logging
import time
from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any, Literal, TypedDict

import httpx
import pytest
import respx

from stripe_invoicing_client import (
    APIConnectionError,
    APIResponseError,
    APIServerError,
    AsyncStripeInvoicing,
    CardError,
    ClientClosedError,
    DeadlineExceededError,
    InvalidParameterError,
    NotFoundError,
    RateLimitError,
    StripeError,
    StripeInvoicing,
)
from stripe_invoicing_client.models import Invoice

from ._support import KEY, UUID4, customer, invoice, run

PAY = "/v1/invoices/in_1/pay"


def gzip_response(status: int, body: bytes) -> httpx.Response:
    # A stream, so httpx does not decode it here, but where the client reads it.
    return httpx.Response(
        status, stream=httpx.ByteStream(body), headers={"Content-Encoding": "gzip"}
    )


# --- 1. undecodable bodies, closed clients, other httpx errors ---------------------------


def served(
    kind: str, responses: list[Callable[[], httpx.Response]], **options: Any
) -> tuple[Any, list[Any]]:
    """A client over httpx.MockTransport, which (unlike respx) leaves bodies unread, so
    decoding happens where the client reads them; and the requests it saw."""
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return responses[min(len(seen), len(responses)) - 1]()

    transport = httpx.MockTransport(handler)
    if kind == "sync":
        return StripeInvoicing(KEY, http_client=httpx.Client(transport=transport), **options), seen
    http = httpx.AsyncClient(transport=transport)
    return AsyncStripeInvoicing(KEY, http_client=http, **options), seen


def keys(requests: list[httpx.Request]) -> set[str]:
    return {request.headers["Idempotency-Key"] for request in requests}


@pytest.mark.parametrize(
    "body",
    [b"not gzip at all", gzip.compress(b'{"id": "in_1"}', mtime=0)[:-6]],
    ids=["not gzip", "cut-off gzip"],
)
async def test_undecodable_200_on_a_write_is_retried_with_the_same_key(
    kind: str, body: bytes
) -> None:
    ok = lambda: httpx.Response(200, json=invoice("in_1"))  # noqa: E731
    client, seen = served(kind, [lambda: gzip_response(200, body), ok])
    paid = await run(client.invoices.pay("in_1"))
    assert isinstance(paid, Invoice)
    assert len(seen) == 2 and len(keys(seen)) == 1


async def test_undecodable_body_that_persists_is_a_response_error_with_the_key(
    kind: str,
) -> None:
    client, seen = served(kind, [lambda: gzip_response(200, b"garbage")])
    with pytest.raises(APIResponseError) as caught:
        await run(client.invoices.pay("in_1"))
    assert caught.value.http_status == 200
    assert keys(seen) == {caught.value.idempotency_key}


async def test_undecodable_500_is_a_server_error(kind: str) -> None:
    client, seen = served(kind, [lambda: gzip_response(500, b"garbage")])
    with pytest.raises(APIServerError) as caught:
        await run(client.invoices.pay("in_1"))
    assert len(seen) == 3  # retried like any 500
    assert keys(seen) == {caught.value.idempotency_key}


class _CutBody(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A body that breaks off after its first bytes, as a connection dropped mid-body does."""

    def __init__(self, start: bytes) -> None:
        self.start = start

    def __iter__(self) -> Iterator[bytes]:
        yield self.start
        raise httpx.RemoteProtocolError("peer closed connection without sending complete body")

    async def __aiter__(self) -> AsyncIterator[bytes]:
        yield self.start
        raise httpx.RemoteProtocolError("peer closed connection without sending complete body")


def cut_response(status: int, **headers: str) -> httpx.Response:
    start = b'{"error": {"type": "card_error", "code": "card_declined", "mess'
    return httpx.Response(status, stream=_CutBody(start), headers=headers)


async def test_an_error_status_whose_body_is_cut_off_is_that_status_s_error(kind: str) -> None:
    """The status line and headers said what happened; losing the body loses the details, not
    the outcome: a declined payment is a CardError with its request id, not a lost connection
    (which would also claim the payment may have been applied)."""
    client, seen = served(kind, [lambda: cut_response(402, **{"Request-Id": "req_cut"})])
    with pytest.raises(CardError) as caught:
        await run(client.invoices.pay("in_1"))
    error = caught.value
    assert error.http_status == 402 and error.request_id == "req_cut"
    assert "cut off" in str(error) and "RemoteProtocolError" in str(error)
    assert len(seen) == 1  # a 402 is final, body or not
    assert keys(seen) == {error.idempotency_key}


async def test_a_delete_whose_404_was_cut_off_is_not_taken_as_deleted(kind: str) -> None:
    """A 404 whose body breaks off applied nothing: the retry's 404 must not pass for the
    deletion of an object that never existed."""
    gone = {"error": {"type": "invalid_request_error", "code": "resource_missing"}}
    client, seen = served(kind, [lambda: cut_response(404), lambda: httpx.Response(404, json=gone)])
    with pytest.raises(NotFoundError):
        await run(client.invoice_items.delete("ii_mistyped"))
    assert len(seen) == 1


async def test_a_retryable_status_whose_body_is_cut_off_follows_its_headers(kind: str) -> None:
    # Stripe-Should-Retry: false is Stripe's word on this 500, body or not.
    final = {"Stripe-Should-Retry": "false", "Request-Id": "req_500"}
    client, seen = served(kind, [lambda: cut_response(500, **final)])
    with pytest.raises(APIServerError) as caught:
        await run(client.invoices.pay("in_1"))
    assert caught.value.request_id == "req_500" and len(seen) == 1
    # Without it, a 503 is retried like any other, under the same key.
    ok = lambda: httpx.Response(200, json=invoice("in_1"))  # noqa: E731
    client, seen = served(kind, [lambda: cut_response(503), ok])
    assert isinstance(await run(client.invoices.pay("in_1")), Invoice)
    assert len(seen) == 2 and len(keys(seen)) == 1


@pytest.mark.parametrize(
    "exc",
    [
        httpx.TooManyRedirects("loop"),
        httpx.InvalidURL("bad"),
        httpx.StreamConsumed(),
        httpx.DecodingError("bad"),
    ],
    ids=type,
)
async def test_other_httpx_errors_are_typed_with_the_key(
    client: Any, mock: respx.MockRouter, exc: Exception
) -> None:
    mock.post(PAY).mock(side_effect=exc)
    with pytest.raises(APIConnectionError) as caught:
        await run(client.invoices.pay("in_1", idempotency_key="pay-1"))
    assert caught.value.idempotency_key == "pay-1"


async def test_a_closed_client_raises_client_closed_with_the_key(kind: str) -> None:
    cls = StripeInvoicing if kind == "sync" else AsyncStripeInvoicing
    client: Any = cls(KEY)
    if kind == "sync":
        client.close()
    else:
        await client.aclose()
    with pytest.raises(ClientClosedError) as caught:
        await run(client.invoices.pay("in_1", idempotency_key="pay-1"))
    assert caught.value.idempotency_key == "pay-1"
    assert caught.value.may_have_been_applied is False
    assert isinstance(caught.value, APIConnectionError)


async def test_closing_during_a_retry_raises_client_closed(
    kind: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from stripe_invoicing_client import _async_client, _sync_client

    cls = StripeInvoicing if kind == "sync" else AsyncStripeInvoicing
    with respx.mock(base_url="https://api.stripe.com") as router:
        route = router.post(PAY).mock(return_value=httpx.Response(503, json={}))
        client: Any = cls(KEY)

        def close_now(seconds: float) -> None:
            client.close()

        async def aclose_now(seconds: float) -> None:
            await client.aclose()

        monkeypatch.setattr(_sync_client, "_sync_sleep", close_now)
        monkeypatch.setattr(_async_client, "_async_sleep", aclose_now)
        with pytest.raises(ClientClosedError) as caught:
            await run(client.invoices.pay("in_1"))
    assert route.call_count == 1
    assert caught.value.idempotency_key == route.calls[0].request.headers["Idempotency-Key"]


@pytest.mark.parametrize(
    "lost",
    [httpx.ReadError("connection lost"), httpx.Response(500, json={})],
    ids=["read-error", "500"],
)
async def test_close_after_an_attempt_that_may_have_applied_says_so(
    kind: str, monkeypatch: pytest.MonkeyPatch, lost: Any
) -> None:
    """Issue 21.4: the first attempt reached Stripe, then close() refused the retry."""
    from stripe_invoicing_client import _async_client, _sync_client

    cls = StripeInvoicing if kind == "sync" else AsyncStripeInvoicing
    with respx.mock(base_url="https://api.stripe.com") as router:
        effect = {"side_effect": lost} if isinstance(lost, Exception) else {"return_value": lost}
        route = router.post("/v1/customers").mock(**effect)
        client: Any = cls(KEY)

        async def aclose_now(seconds: float) -> None:
            await client.aclose()

        monkeypatch.setattr(_sync_client, "_sync_sleep", lambda seconds: client.close())
        monkeypatch.setattr(_async_client, "_async_sleep", aclose_now)
        with pytest.raises(ClientClosedError) as caught:
            await run(client.customers.create(email="a@example.com"))
    key = route.calls[0].request.headers["Idempotency-Key"]
    assert route.call_count == 1
    assert caught.value.idempotency_key == key
    message = str(caught.value)
    assert "was not sent" not in message
    assert "may have been applied" in message and key in message
    assert caught.value.may_have_been_applied is True


def test_async_client_reused_under_a_second_asyncio_run() -> None:
    # More in test_event_loops: a pool per loop, and a caller's pool bound to its first loop.
    with respx.mock(base_url="https://api.stripe.com") as router:
        router.post(PAY).mock(return_value=httpx.Response(200, json=invoice("in_1")))
        client = AsyncStripeInvoicing(KEY)
        asyncio.run(client.invoices.pay("in_1"))
        paid = asyncio.run(client.invoices.pay("in_1", idempotency_key="pay-2"))
    assert paid.id == "in_1"


# --- 2. header values with surrounding spaces --------------------------------------------


@pytest.mark.parametrize("key", ["order-1 ", " order-1", "   ", "\torder"])
async def test_idempotency_key_with_spaces_is_refused(
    client: Any, mock: respx.MockRouter, key: str
) -> None:
    route = mock.post(PAY)
    with pytest.raises(InvalidParameterError) as caught:
        await run(client.invoices.pay("in_1", idempotency_key=key))
    assert caught.value.param == "idempotency_key"
    assert not route.called


class _HeaderOptions(TypedDict, total=False):
    """The client options sent as request headers."""

    stripe_account: str
    stripe_version: str


@pytest.mark.parametrize(
    ("option", "value"), [("stripe_account", "acct_1 "), ("stripe_version", " 2024-01-01")]
)
def test_client_header_options_with_spaces_are_refused(
    kind: str, option: Literal["stripe_account", "stripe_version"], value: str
) -> None:
    cls = StripeInvoicing if kind == "sync" else AsyncStripeInvoicing
    options: _HeaderOptions = {}
    options[option] = value
    with pytest.raises(InvalidParameterError) as caught:
        cls(KEY, **options)
    assert caught.value.param == option


# --- 3. a 2xx that is not the object asked for -------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        {},
        {"error": {"type": "api_error", "message": "x"}},
        customer("cus_1"),
        {"object": "invoice"},
    ],
    ids=["empty", "error object", "a customer", "no id"],
)
async def test_a_2xx_with_another_object_is_retried_then_a_response_error(
    client: Any, mock: respx.MockRouter, body: dict[str, Any]
) -> None:
    route = mock.post(PAY).mock(return_value=httpx.Response(200, json=body))
    with pytest.raises(APIResponseError) as caught:
        await run(client.invoices.pay("in_1"))
    assert route.call_count == 3
    assert caught.value.idempotency_key == route.calls[0].request.headers["Idempotency-Key"]


async def test_a_deleted_object_carries_the_resource_tag(
    client: Any, mock: respx.MockRouter
) -> None:
    mock.get("/v1/customers/cus_1").mock(
        return_value=httpx.Response(
            200, json={"id": "cus_1", "object": "customer", "deleted": True}
        )
    )
    gone = await run(client.customers.retrieve("cus_1"))
    assert gone.deleted is True


# --- 4. the configured key is redacted by value ------------------------------------------


@pytest.mark.parametrize("key", ["sk_test_abc_SECRETPART99", "rk_prod_SECRET12345"])
async def test_unusual_keys_are_masked_in_error_body_and_headers(
    make_client: Any, mock: respx.MockRouter, key: str
) -> None:
    client = make_client(key)
    echo = f"Bearer {key}"
    mock.post(PAY).mock(
        return_value=httpx.Response(
            400,
            json={"error": {"type": "invalid_request_error", "message": f"saw {echo}"}},
            headers={"X-Echo-Authorization": echo},
        )
    )
    with pytest.raises(StripeError) as caught:
        await run(client.invoices.pay("in_1"))
    error: Any = caught.value
    secret = key.split("_", 2)[2]
    for text in (str(error), repr(error), error.body, repr(error.headers), repr(vars(error))):
        assert secret not in text
    assert error.headers["x-echo-authorization"].startswith("Bearer ")


# --- 5. proxies from the environment -----------------------------------------------------


@pytest.mark.parametrize(
    ("variable", "value"),
    [
        ("HTTPS_PROXY", "ftp://proxy.example:21"),
        ("all_proxy", "http://[::1"),
        ("HTTP_PROXY", "http://"),
    ],
)
def test_malformed_proxy_variables_are_refused_naming_them(
    kind: str, monkeypatch: pytest.MonkeyPatch, variable: str, value: str
) -> None:
    monkeypatch.setenv(variable, value)
    cls = StripeInvoicing if kind == "sync" else AsyncStripeInvoicing
    with pytest.raises(InvalidParameterError) as caught:
        cls(KEY)
    assert caught.value.param == variable


def test_socks_proxy_without_socksio_is_refused(kind: str, monkeypatch: pytest.MonkeyPatch) -> None:
    try:
        import socksio  # noqa: F401
    except ImportError:
        pass
    else:
        pytest.skip("socksio is installed")
    monkeypatch.setenv("ALL_PROXY", "socks5://127.0.0.1:1080")
    cls = StripeInvoicing if kind == "sync" else AsyncStripeInvoicing
    with pytest.raises(InvalidParameterError, match="socksio") as caught:
        cls(KEY)
    assert caught.value.param == "ALL_PROXY"


def test_a_proxy_is_never_used_for_plain_http_to_loopback(
    kind: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    for variable in ("HTTP_PROXY", "ALL_PROXY", "http_proxy"):
        monkeypatch.setenv(variable, "http://proxy.example:3128")
    cls = StripeInvoicing if kind == "sync" else AsyncStripeInvoicing
    client: Any = cls(KEY, base_url="http://127.0.0.1:12111")
    # The pool the client sends with, made as on a first request.
    http = client._pool.get() if kind == "sync" else asyncio.run(client._pools.get())
    direct = http._transport_for_url(httpx.URL("http://127.0.0.1:12111/v1/invoices"))
    assert direct is http._transport  # not a proxy transport
    # https still follows the environment, as httpx does.
    proxied = http._transport_for_url(httpx.URL("https://api.stripe.com/v1/invoices"))
    assert proxied is not http._transport


# --- 7. Stripe-Should-Retry sent twice ---------------------------------------------------


async def test_repeated_should_retry_false_is_honoured(client: Any, mock: respx.MockRouter) -> None:
    headers = [("Stripe-Should-Retry", "false"), ("Stripe-Should-Retry", "false")]
    route = mock.post(PAY).mock(return_value=httpx.Response(503, json={}, headers=headers))
    with pytest.raises(APIServerError):
        await run(client.invoices.pay("in_1"))
    assert route.call_count == 1


# --- 8. a DELETE whose first attempt never left the machine ------------------------------


@pytest.mark.parametrize("never_sent", [httpx.PoolTimeout("pool"), httpx.ConnectError("refused")])
async def test_delete_after_an_unsent_attempt_reports_the_404(
    client: Any, mock: respx.MockRouter, never_sent: Exception
) -> None:
    missing = httpx.Response(
        404, json={"error": {"type": "invalid_request_error", "code": "resource_missing"}}
    )
    mock.delete("/v1/invoices/in_typo").mock(side_effect=[never_sent, missing])
    with pytest.raises(NotFoundError):
        await run(client.invoices.delete("in_typo"))


# --- the whole-call deadline -------------------------------------------------------------


async def test_retry_after_past_the_deadline_fails_at_once(
    make_client: Any, mock: respx.MockRouter, sleeps: list[float]
) -> None:
    client = make_client(total_timeout=1.0)
    busy = httpx.Response(429, json={}, headers={"Retry-After": "5"})
    route = mock.post(PAY).mock(return_value=busy)
    with pytest.raises(DeadlineExceededError) as caught:
        await run(client.invoices.pay("in_1"))
    assert route.call_count == 1 and sleeps == []
    assert caught.value.idempotency_key == route.calls[0].request.headers["Idempotency-Key"]
    assert isinstance(caught.value.__cause__, RateLimitError)


async def test_per_call_total_timeout_wins(
    client: Any, mock: respx.MockRouter, sleeps: list[float]
) -> None:
    busy = httpx.Response(429, json={}, headers={"Retry-After": "5"})
    mock.get("/v1/invoices/in_1").mock(return_value=busy)
    with pytest.raises(DeadlineExceededError):
        await run(client.invoices.retrieve("in_1", total_timeout=0.5))
    assert sleeps == []


class _Drip(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A body that arrives a byte at a time, slowly, for ever (as far as the test goes)."""

    def __iter__(self) -> Iterator[bytes]:
        for _ in range(10_000):
            time.sleep(0.01)
            yield b" "

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for _ in range(10_000):
            await asyncio.sleep(0.01)
            yield b" "


async def test_a_dripping_body_is_cut_off_at_the_deadline(
    make_client: Any, mock: respx.MockRouter
) -> None:
    client = make_client(total_timeout=0.2, max_retries=0)
    mock.post(PAY).mock(return_value=httpx.Response(200, stream=_Drip()))
    with pytest.raises(DeadlineExceededError) as caught:
        await run(client.invoices.pay("in_1", idempotency_key="pay-drip"))
    assert caught.value.idempotency_key == "pay-drip"


async def test_a_deadline_passed_during_a_retry_keeps_the_earlier_failure_as_its_cause(
    make_client: Any, mock: respx.MockRouter
) -> None:
    """The first attempt got a 503, the retry dripped until the deadline: the 503 is what
    went wrong first, and stays reachable (as when the deadline ends a wait for a retry)."""
    client = make_client(total_timeout=0.2, max_retries=1)
    unavailable = httpx.Response(
        503, json={"error": {"type": "api_error"}}, headers={"Retry-After": "0"}
    )
    mock.post(PAY).mock(side_effect=[unavailable, httpx.Response(200, stream=_Drip())])
    with pytest.raises(DeadlineExceededError, match="during an attempt") as caught:
        await run(client.invoices.pay("in_1", idempotency_key="pay-drip"))
    assert isinstance(caught.value.__cause__, APIServerError)
    assert caught.value.__cause__.http_status == 503


@pytest.mark.parametrize("value", [0, -1, float("nan"), "1", True])
def test_bad_total_timeout_is_refused(kind: str, value: object) -> None:
    cls = StripeInvoicing if kind == "sync" else AsyncStripeInvoicing
    with pytest.raises(InvalidParameterError) as caught:
        cls(KEY, total_timeout=value)  # type: ignore[arg-type]  # "1" is the wrong type on purpose
    assert caught.value.param == "total_timeout"


# --- the response size cap ---------------------------------------------------------------


class _Endless(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A body without Content-Length that never ends: only counting can stop it."""

    def __init__(self) -> None:
        self.sent = 0

    def __iter__(self) -> Iterator[bytes]:
        while True:
            self.sent += 1024
            yield b"x" * 1024

    async def __aiter__(self) -> AsyncIterator[bytes]:
        while True:
            self.sent += 1024
            yield b"x" * 1024


async def test_a_body_past_the_cap_is_refused_while_reading(
    make_client: Any, mock: respx.MockRouter
) -> None:
    client = make_client(max_response_bytes=64 * 1024)
    stream = _Endless()
    mock.post(PAY).mock(return_value=httpx.Response(200, stream=stream))
    with pytest.raises(APIResponseError, match="max_response_bytes") as caught:
        await run(client.invoices.pay("in_1", idempotency_key="pay-big"))
    assert caught.value.idempotency_key == "pay-big"
    assert stream.sent <= 65 * 1024  # stopped at the cap, not at the end of the body


async def test_a_declared_length_past_the_cap_is_refused_before_reading(
    make_client: Any, mock: respx.MockRouter
) -> None:
    client = make_client(max_response_bytes=10)
    mock.get("/v1/invoices/in_1").mock(return_value=httpx.Response(200, json=invoice("in_1")))
    with pytest.raises(APIResponseError, match="max_response_bytes"):
        await run(client.invoices.retrieve("in_1"))


# --- cancellation ------------------------------------------------------------------------


@pytest.mark.parametrize("where", ["send", "read", "sleep"])
async def test_cancelled_write_carries_its_key_and_the_client_still_works(
    make_client: Any, mock: respx.MockRouter, monkeypatch: pytest.MonkeyPatch, where: str
) -> None:
    from stripe_invoicing_client import _async_client

    client = make_client(http_client=None)
    if not isinstance(client, AsyncStripeInvoicing):
        pytest.skip("task cancellation is asyncio's")
    started = asyncio.Event()

    async def hang(*_: Any) -> Any:
        started.set()
        await asyncio.Event().wait()

    class HangingBody(httpx.AsyncByteStream):
        async def __aiter__(self) -> AsyncIterator[bytes]:
            yield b"{"
            await hang()

    if where == "send":
        mock.post(PAY).mock(side_effect=hang)
    elif where == "read":
        mock.post(PAY).mock(return_value=httpx.Response(200, stream=HangingBody()))
    else:
        mock.post(PAY).mock(return_value=httpx.Response(503, json={}))
        monkeypatch.setattr(_async_client, "_async_sleep", hang)
    task = asyncio.ensure_future(client.invoices.pay("in_1"))
    await started.wait()
    task.cancel()
    with pytest.raises(asyncio.CancelledError) as caught:
        await task
    notes = getattr(caught.value, "__notes__", [])
    assert any("idempotency_key=" in note for note in notes)
    key = notes[-1].rpartition("idempotency_key=")[2]
    assert UUID4.match(key)

    mock.post(PAY).mock(return_value=httpx.Response(200, json=invoice("in_1")))
    paid = await client.invoices.pay("in_1", idempotency_key=key)
    assert paid.id == "in_1"


# --- httpx's log lines -------------------------------------------------------------------


async def test_httpx_log_records_of_sdk_requests_carry_no_query_string(
    client: Any, mock: respx.MockRouter, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="httpx")
    page = {"object": "search_result", "data": [], "has_more": False, "url": "/v1/customers/search"}
    mock.get("/v1/customers/search").mock(return_value=httpx.Response(200, json=page))
    pager = client.customers.search(query="email:'jenny.rosen@example.com'")
    if hasattr(pager, "__aiter__"):
        [item async for item in pager]
    else:
        list(pager)
    lines = [record.getMessage() for record in caplog.records if record.name == "httpx"]
    assert any("/v1/customers/search" in line for line in lines)
    assert not any("jenny" in line or "?" in line for line in lines)
