"""`client.raw_request(method, path, **params)`: any v1 endpoint through the same pipeline
(issue 10, section 4): auth, retries with one idempotency key, typed errors, timeouts, and
paths that can't leave Stripe's API."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
import respx

from stripe_invoicing_client import (
    APIResponseError,
    CardError,
    InvalidParameterError,
    NotFoundError,
)

from ._support import API_VERSION, KEY, UUID4, form, query, run

ACCOUNT = {"id": "acct_1", "object": "account", "country": "US"}


async def test_get_sends_params_in_the_query_and_returns_the_json(
    client: Any, mock: respx.MockRouter
) -> None:
    route = mock.get("/v1/credit_notes").respond(
        json={"object": "list", "data": [], "has_more": False, "extra": {"a": 1}}
    )
    result = await run(
        client.raw_request("GET", "/v1/credit_notes", limit=3, expand=["data.invoice"])
    )
    assert result == {"object": "list", "data": [], "has_more": False, "extra": {"a": 1}}
    request = route.calls.last.request
    assert query(request) == [("limit", "3"), ("expand[0]", "data.invoice")]
    assert request.headers["Authorization"] == f"Bearer {KEY}"
    assert request.headers["Stripe-Version"] == API_VERSION
    assert "Idempotency-Key" not in request.headers


async def test_post_sends_a_form_body_with_an_idempotency_key(
    client: Any, mock: respx.MockRouter
) -> None:
    route = mock.post("/v1/credit_notes").respond(json={"id": "cn_1", "object": "credit_note"})
    result = await run(
        client.raw_request(
            "POST", "/v1/credit_notes", invoice="in_1", lines=[{"type": "invoice_line_item"}]
        )
    )
    assert result["id"] == "cn_1"
    request = route.calls.last.request
    assert form(request) == [("invoice", "in_1"), ("lines[0][type]", "invoice_line_item")]
    assert request.url.query == b""
    assert UUID4.match(request.headers["Idempotency-Key"])


async def test_delete_sends_params_in_the_query_with_a_key(
    client: Any, mock: respx.MockRouter
) -> None:
    route = mock.delete("/v1/tax_ids/txi_1").respond(
        json={"id": "txi_1", "object": "tax_id", "deleted": True}
    )
    await run(client.raw_request("delete", "/v1/tax_ids/txi_1", reason="x"))
    request = route.calls.last.request
    assert request.method == "DELETE"
    assert query(request) == [("reason", "x")]
    assert UUID4.match(request.headers["Idempotency-Key"])


async def test_a_retried_post_keeps_one_key(
    client: Any, mock: respx.MockRouter, sleeps: list[float]
) -> None:
    route = mock.post("/v1/credit_notes").mock(
        side_effect=[
            httpx.Response(500, json={"error": {"type": "api_error"}}),
            httpx.ConnectError("refused"),
            httpx.Response(200, json={"id": "cn_1", "object": "credit_note"}),
        ]
    )
    result = await run(
        client.raw_request("POST", "/v1/credit_notes", invoice="in_1", idempotency_key="cn-7")
    )
    assert result["id"] == "cn_1"
    assert [call.request.headers["Idempotency-Key"] for call in route.calls] == ["cn-7"] * 3
    assert len(sleeps) == 2


async def test_errors_are_typed_and_carry_the_key(client: Any, mock: respx.MockRouter) -> None:
    mock.get("/v1/accounts/acct_missing").respond(
        404,
        json={"error": {"type": "invalid_request_error", "code": "resource_missing"}},
    )
    mock.post("/v1/payment_intents/pi_1/confirm").respond(
        402, json={"error": {"type": "card_error", "decline_code": "insufficient_funds"}}
    )
    with pytest.raises(NotFoundError) as missing:
        await run(client.raw_request("GET", "/v1/accounts/acct_missing"))
    assert missing.value.code == "resource_missing"
    with pytest.raises(CardError) as declined:
        await run(client.raw_request("POST", "/v1/payment_intents/pi_1/confirm"))
    assert declined.value.decline_code == "insufficient_funds"
    assert declined.value.idempotency_key is not None


async def test_a_2xx_that_is_not_a_json_object_is_an_error(
    make_client: Any, mock: respx.MockRouter
) -> None:
    client = make_client(max_retries=1)
    route = mock.get("/v1/accounts/acct_1").respond(json=["not", "an", "object"])
    with pytest.raises(APIResponseError):
        await run(client.raw_request("GET", "/v1/accounts/acct_1"))
    assert route.call_count == 2


async def test_timeouts_and_headers_apply(client: Any, mock: respx.MockRouter) -> None:
    route = mock.get("/v1/accounts/acct_1").respond(json=ACCOUNT)
    await run(
        client.raw_request("GET", "/v1/accounts/acct_1", timeout=2.0, extra_headers={"X-Tag": "t"})
    )
    request = route.calls.last.request
    assert request.extensions["timeout"] == httpx.Timeout(2.0).as_dict()
    assert request.headers["X-Tag"] == "t"


async def test_with_raw_response(client: Any, mock: respx.MockRouter) -> None:
    mock.get("/v1/accounts/acct_1").respond(json=ACCOUNT, headers={"Request-Id": "req_9"})
    raw = await run(client.with_raw_response.raw_request("GET", "/v1/accounts/acct_1"))
    assert raw.parsed == ACCOUNT
    assert raw.request_id == "req_9"
    assert raw.status_code == 200


@pytest.mark.parametrize(
    "path",
    [
        "v1/invoices",
        "/v2/billing/meter_events",
        "https://evil.example/v1/invoices",
        "//evil.example/v1/invoices",
        "/v1/../v1/invoices",
        "/v1/invoices/..",
        "/v1/invoices/./in_1",
        "/v1//invoices",
        "/v1/invoices?limit=3",
        "/v1/invoices#top",
        "/v1/invoices/in 1",
        "/v1/invoices/%2E%2E/x",
        "/v1/invoices/{invoice}",
        "/v1/inv\r\noices",
        "/v1/invoices/in_1@evil.example",
        "/v1/ïnvoices",
        "/V1/invoices",
        "/v1/" + "a" * 5000,
        "",
        None,
        42,
    ],
)
async def test_paths_outside_the_v1_api_are_refused_before_sending(
    client: Any, mock: respx.MockRouter, path: Any
) -> None:
    route = mock.route().respond(json=ACCOUNT)
    with pytest.raises(InvalidParameterError) as raised:
        await run(client.raw_request("GET", path))
    assert raised.value.param == "path"
    assert route.call_count == 0


@pytest.mark.parametrize("method", ["PATCH", "PUT", "HEAD", "", None, b"GET"])
async def test_other_methods_are_refused(client: Any, mock: respx.MockRouter, method: Any) -> None:
    route = mock.route().respond(json=ACCOUNT)
    with pytest.raises(InvalidParameterError) as raised:
        await run(client.raw_request(method, "/v1/accounts/acct_1"))
    assert raised.value.param == "method"
    assert route.call_count == 0


@pytest.mark.parametrize(
    ("method", "options", "param"),
    [
        ("GET", {"idempotency_key": "k"}, "idempotency_key"),
        ("POST", {"idempotency_key": "a\nb"}, "idempotency_key"),
        ("POST", {"metadata": {"a[b]": "1"}}, "params"),
        ("GET", {"when": object()}, "params"),
        ("GET", {"timeout": -1}, "timeout"),
        (
            "GET",
            {"extra_headers": {"Authorization": "Bearer sk_test_x"}},
            "extra_headers[Authorization]",
        ),
    ],
)
async def test_bad_input_is_refused_before_sending(
    client: Any, mock: respx.MockRouter, method: str, options: dict[str, Any], param: str
) -> None:
    route = mock.route().respond(json=ACCOUNT)
    with pytest.raises(InvalidParameterError) as raised:
        await run(client.raw_request(method, "/v1/accounts/acct_1", **options))
    assert raised.value.param == param
    assert route.call_count == 0


async def test_params_may_be_named_method_or_path(client: Any, mock: respx.MockRouter) -> None:
    route = mock.get("/v1/things").respond(json={"object": "list"})
    await run(client.raw_request("GET", "/v1/things", method="card", path="a"))
    assert query(route.calls.last.request) == [("method", "card"), ("path", "a")]
