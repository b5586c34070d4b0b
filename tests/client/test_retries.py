"""The retry policy through the clients: what is retried, with which key, after how long."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
import respx

from stripe_invoicing_client import (
    APIConnectionError,
    APIResponseError,
    APIServerError,
    APIStatusError,
    APITimeoutError,
    NotFoundError,
    RawResponse,
)
from stripe_invoicing_client.models import (
    DeletedCustomer,
    DeletedInvoice,
    DeletedInvoiceItem,
    Invoice,
)
from tests.glue import ERROR_FOR_STATUS

from ._support import UUID4, invoice, run

SEND = "/v1/invoices/in_1/send"


def error_body(status: int) -> dict[str, Any]:
    kind = "api_error" if status >= 500 else "invalid_request_error"
    return {"error": {"type": kind, "message": f"status {status}"}}


def failure(status: int, **headers: str) -> httpx.Response:
    return httpx.Response(status, json=error_body(status), headers=headers)


def ok(**headers: str) -> httpx.Response:
    return httpx.Response(200, json=invoice("in_1"), headers=headers)


RETRIED_EXCEPTIONS = [
    httpx.ConnectError("connection refused"),
    httpx.ConnectTimeout("connect timed out"),
    httpx.ReadTimeout("read timed out"),
    httpx.ReadError("connection reset"),
    httpx.RemoteProtocolError("server disconnected"),
]


@pytest.mark.parametrize("exc", RETRIED_EXCEPTIONS, ids=lambda e: type(e).__name__)
@pytest.mark.parametrize("key", [None, "order-6735"], ids=["generated-key", "caller-key"])
async def test_transport_error_then_success_keeps_the_key(
    client: Any, mock: respx.MockRouter, exc: Exception, key: str | None
) -> None:
    route = mock.post(SEND).mock(side_effect=[exc, ok()])
    result = await run(client.invoices.send("in_1", idempotency_key=key))
    assert isinstance(result, Invoice)
    keys = [call.request.headers["Idempotency-Key"] for call in route.calls]
    assert len(keys) == 2 and keys[0] == keys[1]
    assert keys[0] == key if key else UUID4.match(keys[0])


@pytest.mark.parametrize("status", [409, 429, 500, 502, 503, 504])
@pytest.mark.parametrize("key", [None, "order-6735"], ids=["generated-key", "caller-key"])
async def test_retried_status_then_success_keeps_the_key(
    client: Any, mock: respx.MockRouter, status: int, key: str | None
) -> None:
    route = mock.post(SEND).mock(side_effect=[failure(status), ok()])
    result = await run(client.invoices.send("in_1", idempotency_key=key))
    assert isinstance(result, Invoice)
    keys = [call.request.headers["Idempotency-Key"] for call in route.calls]
    assert len(keys) == 2 and keys[0] == keys[1]
    assert keys[0] == key if key else UUID4.match(keys[0])
    # The same body is resent too.
    assert route.calls[0].request.content == route.calls[1].request.content


async def test_get_is_retried_without_a_key(client: Any, mock: respx.MockRouter) -> None:
    route = mock.get("/v1/invoices/in_1").mock(side_effect=[failure(503), ok()])
    await run(client.invoices.retrieve("in_1"))
    assert route.call_count == 2
    assert all("Idempotency-Key" not in call.request.headers for call in route.calls)


async def test_delete_retry_keeps_the_key(client: Any, mock: respx.MockRouter) -> None:
    route = mock.delete("/v1/customers/cus_1").mock(
        side_effect=[
            httpx.ReadTimeout("t"),
            httpx.Response(200, json={"id": "cus_1", "object": "customer", "deleted": True}),
        ]
    )
    await run(client.customers.delete("cus_1"))
    first, second = (call.request.headers["Idempotency-Key"] for call in route.calls)
    assert first == second and UUID4.match(first)


NOT_RETRIED = [(status, ERROR_FOR_STATUS[status]) for status in (400, 401, 402, 403, 404)]


@pytest.mark.parametrize("status,cls", NOT_RETRIED)
async def test_client_errors_raise_after_one_attempt(
    client: Any,
    mock: respx.MockRouter,
    sleeps: list[float],
    status: int,
    cls: type[APIStatusError],
) -> None:
    route = mock.post(SEND).mock(side_effect=[failure(status), ok()])
    with pytest.raises(cls) as info:
        await run(client.invoices.send("in_1"))
    assert type(info.value) is cls
    assert info.value.http_status == status
    assert route.call_count == 1
    assert sleeps == []


@pytest.mark.parametrize("status", [501, 505])
async def test_other_5xx_are_not_retried(client: Any, mock: respx.MockRouter, status: int) -> None:
    route = mock.post(SEND).mock(side_effect=[failure(status), ok()])
    with pytest.raises(APIServerError):
        await run(client.invoices.send("in_1"))
    assert route.call_count == 1


async def test_should_retry_true_retries_a_400(client: Any, mock: respx.MockRouter) -> None:
    route = mock.post(SEND).mock(
        side_effect=[failure(400, **{"Stripe-Should-Retry": "true"}), ok()]
    )
    assert isinstance(await run(client.invoices.send("in_1")), Invoice)
    assert route.call_count == 2


async def test_should_retry_false_stops_a_503(client: Any, mock: respx.MockRouter) -> None:
    route = mock.post(SEND).mock(
        side_effect=[failure(503, **{"Stripe-Should-Retry": "false"}), ok()]
    )
    with pytest.raises(APIServerError):
        await run(client.invoices.send("in_1"))
    assert route.call_count == 1


@pytest.mark.parametrize("value,delay", [("0", 0.0), ("3", 3.0), ("1.5", 1.5), ("3600", 60.0)])
async def test_retry_after_is_honoured_and_capped(
    client: Any, mock: respx.MockRouter, sleeps: list[float], value: str, delay: float
) -> None:
    mock.post(SEND).mock(side_effect=[failure(429, **{"Retry-After": value}), ok()])
    await run(client.invoices.send("in_1"))
    assert sleeps == [delay]


async def test_unusable_retry_after_falls_back_to_backoff(
    client: Any, mock: respx.MockRouter, sleeps: list[float]
) -> None:
    mock.post(SEND).mock(side_effect=[failure(503, **{"Retry-After": "soon"}), ok()])
    await run(client.invoices.send("in_1"))
    assert len(sleeps) == 1 and 0.375 <= sleeps[0] <= 0.5


async def test_backoff_doubles_within_jitter_bounds(
    make_client: Any, mock: respx.MockRouter, sleeps: list[float]
) -> None:
    client = make_client(max_retries=6)
    mock.post(SEND).mock(side_effect=[failure(500)] * 6 + [ok()])
    await run(client.invoices.send("in_1"))
    nominal = [0.5, 1.0, 2.0, 4.0, 8.0, 8.0]  # capped at 8 s
    assert len(sleeps) == 6
    for got, top in zip(sleeps, nominal, strict=True):
        assert 0.75 * top <= got <= top, (got, top)


@pytest.mark.parametrize(
    "status,cls",
    [(status, ERROR_FOR_STATUS[status]) for status in (409, 429, 500, 503)],
)
@pytest.mark.parametrize("max_retries", [0, 1, 3])
async def test_exhausted_retries_raise_the_last_typed_error(
    make_client: Any,
    mock: respx.MockRouter,
    sleeps: list[float],
    status: int,
    cls: type[APIStatusError],
    max_retries: int,
) -> None:
    client = make_client(max_retries=max_retries)
    responses = [
        httpx.Response(
            status,
            json={"error": {"type": "api_error", "message": f"attempt {n}"}},
            headers={"Request-Id": f"req_{n}"},
        )
        for n in range(max_retries + 1)
    ]
    route = mock.post(SEND).mock(side_effect=[*responses, ok()])
    with pytest.raises(cls) as info:
        await run(client.invoices.send("in_1"))
    assert route.call_count == max_retries + 1
    assert len(sleeps) == max_retries
    assert info.value.request_id == f"req_{max_retries}"  # the last one
    assert info.value.message == f"attempt {max_retries}"
    assert len({call.request.headers["Idempotency-Key"] for call in route.calls}) == 1


@pytest.mark.parametrize(
    "exc,cls",
    [
        (httpx.ConnectError("refused"), APIConnectionError),
        (httpx.ReadTimeout("slow"), APITimeoutError),
        (httpx.RemoteProtocolError("cut"), APIConnectionError),
    ],
    ids=lambda v: getattr(v, "__name__", type(v).__name__),
)
async def test_exhausted_transport_errors(
    client: Any, mock: respx.MockRouter, exc: Exception, cls: type
) -> None:
    route = mock.post(SEND).mock(side_effect=exc)
    with pytest.raises(cls) as info:
        await run(client.invoices.send("in_1"))
    assert type(info.value) is cls
    assert route.call_count == 3  # default max_retries=2
    assert type(exc).__name__ in str(info.value)


async def test_max_retries_zero_sends_once(
    make_client: Any, mock: respx.MockRouter, sleeps: list[float]
) -> None:
    client = make_client(max_retries=0)
    route = mock.post(SEND).mock(side_effect=[httpx.ConnectError("x"), ok()])
    with pytest.raises(APIConnectionError):
        await run(client.invoices.send("in_1"))
    assert route.call_count == 1
    assert sleeps == []


async def test_with_options_max_retries(client: Any, mock: respx.MockRouter) -> None:
    route = mock.post(SEND).mock(return_value=failure(503))
    with pytest.raises(APIServerError):
        await run(client.with_options(max_retries=4).invoices.send("in_1"))
    assert route.call_count == 5


@pytest.mark.parametrize(
    "content", [b'{"id": "in_1", "obj', b"<html>oops</html>", b"", b"[]", b"null"]
)
async def test_unreadable_success_body_is_retried(
    client: Any, mock: respx.MockRouter, content: bytes
) -> None:
    route = mock.post(SEND).mock(side_effect=[httpx.Response(200, content=content), ok()])
    assert isinstance(await run(client.invoices.send("in_1")), Invoice)
    assert route.call_count == 2
    first, second = (call.request.headers["Idempotency-Key"] for call in route.calls)
    assert first == second


async def test_unreadable_success_body_that_persists(client: Any, mock: respx.MockRouter) -> None:
    route = mock.post(SEND).mock(
        return_value=httpx.Response(200, content=b'{"id": "in_', headers={"Request-Id": "req_9"})
    )
    with pytest.raises(APIResponseError) as info:
        await run(client.invoices.send("in_1"))
    assert route.call_count == 3
    assert info.value.http_status == 200
    assert info.value.request_id == "req_9"


@pytest.mark.parametrize("key", [None, "order-6735"], ids=["generated-key", "caller-key"])
async def test_replayed_response_is_returned_and_visible(
    client: Any, mock: respx.MockRouter, key: str | None
) -> None:
    headers = {"Idempotent-Replayed": "true", "Request-Id": "req_replay"}
    route = mock.post(SEND).mock(side_effect=[httpx.ReadTimeout("lost"), ok(**headers)])
    raw = await run(client.with_raw_response.invoices.send("in_1", idempotency_key=key))
    assert isinstance(raw, RawResponse)
    assert raw.idempotent_replayed is True
    assert raw.request_id == "req_replay"
    assert raw.status_code == 200
    assert raw.headers["Idempotent-Replayed"] == "true"
    assert isinstance(raw.parsed, Invoice) and raw.parsed.id == "in_1"
    sent = route.calls.last.request.headers["Idempotency-Key"]
    assert raw.idempotency_key == sent
    assert sent == key if key else UUID4.match(sent)


async def test_replayed_response_through_the_plain_client(
    client: Any, mock: respx.MockRouter
) -> None:
    mock.post(SEND).mock(return_value=ok(**{"Idempotent-Replayed": "true"}))
    result = await run(client.invoices.send("in_1", idempotency_key="order-6735"))
    assert isinstance(result, Invoice)


# --- a retried DELETE that finds nothing ----------------------------------------------------

MISSING = {
    "error": {
        "type": "invalid_request_error",
        "code": "resource_missing",
        "message": "No such object",
    }
}
DELETES = [
    ("invoices", "/v1/invoices/in_1", "in_1", "invoice", DeletedInvoice),
    ("invoice_items", "/v1/invoiceitems/ii_1", "ii_1", "invoiceitem", DeletedInvoiceItem),
    ("customers", "/v1/customers/cus_1", "cus_1", "customer", DeletedCustomer),
]


@pytest.mark.parametrize("resource,path,id_,object_,cls", DELETES, ids=[d[0] for d in DELETES])
async def test_delete_whose_answer_was_lost_reports_the_deletion(
    client: Any,
    mock: respx.MockRouter,
    resource: str,
    path: str,
    id_: str,
    object_: str,
    cls: type[DeletedInvoice | DeletedInvoiceItem | DeletedCustomer],
) -> None:
    route = mock.delete(path).mock(
        side_effect=[httpx.ReadTimeout("answer lost"), httpx.Response(404, json=MISSING)]
    )
    result = await run(getattr(client, resource).delete(id_))
    assert type(result) is cls
    assert (result.id, result.object_, result.deleted) == (id_, object_, True)
    assert route.call_count == 2


async def test_delete_of_a_missing_object_raises_on_first_attempt(
    client: Any, mock: respx.MockRouter
) -> None:
    route = mock.delete("/v1/invoices/in_typo").mock(return_value=httpx.Response(404, json=MISSING))
    with pytest.raises(NotFoundError):
        await run(client.invoices.delete("in_typo"))
    assert route.call_count == 1


async def test_retried_post_that_finds_nothing_still_raises(
    client: Any, mock: respx.MockRouter
) -> None:
    mock.post(SEND).mock(side_effect=[httpx.ReadTimeout("lost"), httpx.Response(404, json=MISSING)])
    with pytest.raises(NotFoundError):
        await run(client.invoices.send("in_1"))


@pytest.mark.parametrize(
    "first",
    [httpx.ConnectError("refused"), httpx.Response(503), httpx.Response(429)],
    ids=["ConnectError", "503", "429"],
)
async def test_delete_of_a_missing_object_after_a_harmless_failure_raises(
    client: Any, mock: respx.MockRouter, first: Any
) -> None:
    mock.delete("/v1/invoices/in_typo").mock(side_effect=[first, httpx.Response(404, json=MISSING)])
    with pytest.raises(NotFoundError):
        await run(client.invoices.delete("in_typo"))
