"""Error responses through the client: class, attributes, and a readable one-line str."""

from __future__ import annotations

import json
import pickle
from typing import Any

import httpx
import pytest
import respx

from stripe_invoicing_client import (
    APIServerError,
    APIStatusError,
    AuthenticationError,
    CardError,
    ConflictError,
    IdempotencyError,
    InvalidRequestError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    StripeError,
)

from ._support import ODD_ERROR_BODIES, run

PAY = "/v1/invoices/in_1/pay"

ERROR_OBJECTS: list[tuple[int, dict[str, Any], type]] = [
    (
        400,
        {
            "type": "invalid_request_error",
            "code": "parameter_missing",
            "param": "customer",
            "message": "Missing required param: customer.",
            "doc_url": "https://stripe.com/docs/error-codes/parameter-missing",
        },
        InvalidRequestError,
    ),
    (
        401,
        {"type": "invalid_request_error", "message": "Invalid API Key provided: sk_test_****"},
        AuthenticationError,
    ),
    (
        402,
        {
            "type": "card_error",
            "code": "card_declined",
            "decline_code": "insufficient_funds",
            "param": "payment_method",
            "message": "Your card has insufficient funds.",
            "doc_url": "https://stripe.com/docs/error-codes/card-declined",
            "charge": "ch_1",
        },
        CardError,
    ),
    (
        403,
        {"type": "invalid_request_error", "code": "secret_key_required", "message": "No."},
        PermissionDeniedError,
    ),
    (
        404,
        {
            "type": "invalid_request_error",
            "code": "resource_missing",
            "param": "invoice",
            "message": "No such invoice: 'in_404'",
            "doc_url": "https://stripe.com/docs/error-codes/resource-missing",
        },
        NotFoundError,
    ),
    (
        409,
        {"type": "invalid_request_error", "code": "lock_timeout", "message": "Busy."},
        ConflictError,
    ),
    (
        429,
        {"type": "invalid_request_error", "code": "rate_limit", "message": "Too many requests."},
        RateLimitError,
    ),
    (
        500,
        {"type": "api_error", "message": "Something went wrong on Stripe's end."},
        APIServerError,
    ),
    (503, {"type": "api_error", "message": "Service unavailable."}, APIServerError),
    (
        400,
        {
            "type": "idempotency_error",
            "message": "Keys for idempotent requests can only be used with the same parameters.",
        },
        IdempotencyError,
    ),
    (
        409,
        {"type": "idempotency_error", "message": "A request with this key is in progress."},
        IdempotencyError,
    ),
    (418, {"type": "api_error", "message": "I'm a teapot."}, APIStatusError),
]


@pytest.mark.parametrize(
    "status,error,cls", ERROR_OBJECTS, ids=[f"{s}-{c.__name__}" for s, _, c in ERROR_OBJECTS]
)
async def test_error_matrix(
    make_client: Any, mock: respx.MockRouter, status: int, error: dict[str, Any], cls: type
) -> None:
    client = make_client(max_retries=0)
    headers = {"Request-Id": "req_err123", "X-Trace": "abc"}
    mock.post(PAY).mock(return_value=httpx.Response(status, json={"error": error}, headers=headers))

    with pytest.raises(StripeError) as info:
        await run(client.invoices.pay("in_1"))

    exc = info.value
    assert type(exc) is cls
    assert isinstance(exc, APIStatusError)
    assert exc.http_status == status
    assert exc.type == error.get("type")
    assert exc.code == error.get("code")
    assert exc.param == error.get("param")
    assert exc.decline_code == error.get("decline_code")
    assert exc.doc_url == error.get("doc_url")
    assert exc.message == error["message"]
    assert exc.request_id == "req_err123"
    assert exc.headers["X-Trace"] == "abc"
    assert exc.error == error
    assert json.loads(exc.body) == {"error": error}

    text = str(exc)
    assert "\n" not in text
    assert str(status) in text and error["message"] in text and "req_err123" in text
    for extra in ("code", "param", "decline_code"):
        if error.get(extra):
            assert str(error[extra]) in text
    assert repr(exc).startswith(f"{cls.__name__}(")


def test_hierarchy() -> None:
    assert issubclass(NotFoundError, InvalidRequestError)
    assert issubclass(IdempotencyError, InvalidRequestError)
    for cls in (AuthenticationError, CardError, ConflictError, RateLimitError, APIServerError):
        assert issubclass(cls, APIStatusError)
    assert issubclass(APIStatusError, StripeError)


@pytest.mark.parametrize(
    "status,body,cls", ODD_ERROR_BODIES, ids=[f"{s}-{c.__name__}" for s, _, c in ODD_ERROR_BODIES]
)
async def test_non_json_bodies_keep_class_and_text(
    make_client: Any, mock: respx.MockRouter, status: int, body: bytes, cls: type
) -> None:
    client = make_client(max_retries=0)
    mock.post(PAY).mock(
        return_value=httpx.Response(status, content=body, headers={"Request-Id": "req_odd"})
    )
    with pytest.raises(APIStatusError) as info:
        await run(client.invoices.pay("in_1"))
    exc = info.value
    assert type(exc) is cls
    assert exc.http_status == status
    assert exc.request_id == "req_odd"
    assert exc.body == body.decode("utf-8", errors="replace")
    assert exc.message  # never empty
    text = str(exc)
    assert "\n" not in text and str(status) in text
    assert len(text) < 400  # a huge body is summarised, not dumped
    if body.strip() and b"<html>" in body:
        assert "502 Bad Gateway" in text
    if not body:
        assert "empty" in text


async def test_error_without_request_id(make_client: Any, mock: respx.MockRouter) -> None:
    client = make_client(max_retries=0)
    mock.post(PAY).mock(return_value=httpx.Response(500, json={"error": {"message": "x"}}))
    with pytest.raises(APIServerError) as info:
        await run(client.invoices.pay("in_1"))
    assert info.value.request_id is None
    assert "request_id" not in str(info.value)


async def test_request_id_header_is_case_insensitive(
    make_client: Any, mock: respx.MockRouter
) -> None:
    client = make_client(max_retries=0)
    mock.post(PAY).mock(
        return_value=httpx.Response(400, json={"error": {}}, headers={"request-id": "req_lc"})
    )
    with pytest.raises(InvalidRequestError) as info:
        await run(client.invoices.pay("in_1"))
    assert info.value.request_id == "req_lc"


async def test_multiline_message_is_one_line(make_client: Any, mock: respx.MockRouter) -> None:
    client = make_client(max_retries=0)
    message = "First line.\nSecond line.\r\n\tThird."
    mock.post(PAY).mock(return_value=httpx.Response(400, json={"error": {"message": message}}))
    with pytest.raises(InvalidRequestError) as info:
        await run(client.invoices.pay("in_1"))
    assert info.value.message == message
    assert str(info.value) == "(400) First line. Second line. Third."


async def test_errors_survive_pickling(make_client: Any, mock: respx.MockRouter) -> None:
    client = make_client(max_retries=0)
    error = ERROR_OBJECTS[2][1]
    mock.post(PAY).mock(
        return_value=httpx.Response(402, json={"error": error}, headers={"Request-Id": "req_p"})
    )
    with pytest.raises(CardError) as info:
        await run(client.invoices.pay("in_1"))
    copy = pickle.loads(pickle.dumps(info.value))
    assert type(copy) is CardError
    assert (copy.decline_code, copy.request_id, str(copy)) == (
        "insufficient_funds",
        "req_p",
        str(info.value),
    )
