from __future__ import annotations

import json
import pickle
from typing import Any

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from stripe_invoicing_client._redact import redact, register_secret
from stripe_invoicing_client.errors import (
    APIConnectionError,
    APIResponseError,
    APIServerError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    CardError,
    ClientClosedError,
    ConflictError,
    IdempotencyError,
    InvalidParameterError,
    InvalidRequestError,
    NotFoundError,
    OperationNotAvailableError,
    PaginationError,
    PermissionDeniedError,
    RateLimitError,
    SignatureVerificationError,
    StripeError,
    error_from_response,
)

from ._support import ODD_ERROR_BODIES

SK_TEST = "sk_test_51HxYzAbCdEfGhIjKlMnOpQrStUvWx"
SK_LIVE = "sk_live_51HxYzAbCdEfGhIjKlMnOpQrStUvWx"
RK_LIVE = "rk_live_51HxYzAbCdEf0123456789"
PK_TEST = "pk_test_51HxYzAbCdEf0123456789"
WHSEC = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw+/="
SECRETS = [SK_TEST, SK_LIVE, RK_LIVE, PK_TEST, WHSEC]


def stripe_body(**error: Any) -> bytes:
    return json.dumps({"error": error}).encode()


# --- hierarchy --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("child", "parent"),
    [
        (APIConnectionError, StripeError),
        (APITimeoutError, APIConnectionError),
        (ClientClosedError, APIConnectionError),
        (APIStatusError, StripeError),
        (APIResponseError, StripeError),
        (InvalidRequestError, APIStatusError),
        (NotFoundError, InvalidRequestError),
        (IdempotencyError, InvalidRequestError),
        (AuthenticationError, APIStatusError),
        (CardError, APIStatusError),
        (PermissionDeniedError, APIStatusError),
        (ConflictError, APIStatusError),
        (RateLimitError, APIStatusError),
        (APIServerError, APIStatusError),
        (SignatureVerificationError, StripeError),
        (InvalidParameterError, StripeError),
        (InvalidParameterError, ValueError),
        (OperationNotAvailableError, StripeError),
        (PaginationError, StripeError),
    ],
)
def test_hierarchy(child: type[Exception], parent: type[Exception]) -> None:
    assert issubclass(child, parent)


@pytest.mark.parametrize(
    "cls",
    [
        AuthenticationError,
        CardError,
        PermissionDeniedError,
        ConflictError,
        RateLimitError,
        APIServerError,
    ],
)
def test_direct_status_subclasses_are_not_invalid_request(cls: type[APIStatusError]) -> None:
    assert cls.__bases__ == (APIStatusError,)


# --- status -> class with every attribute -----------------------------------------------


@pytest.mark.parametrize(
    ("status", "error_type", "expected"),
    [
        (400, "invalid_request_error", InvalidRequestError),
        (401, "invalid_request_error", AuthenticationError),
        (402, "card_error", CardError),
        (403, "invalid_request_error", PermissionDeniedError),
        (404, "invalid_request_error", NotFoundError),
        (409, "invalid_request_error", ConflictError),
        (429, "invalid_request_error", RateLimitError),
        (500, "api_error", APIServerError),
        (502, "api_error", APIServerError),
        (503, "api_error", APIServerError),
        (599, "api_error", APIServerError),
        (405, "invalid_request_error", APIStatusError),
        (410, "invalid_request_error", APIStatusError),
        (418, None, APIStatusError),
        (302, None, APIStatusError),
    ],
)
def test_status_maps_to_class_with_all_attributes(
    status: int, error_type: str | None, expected: type[APIStatusError]
) -> None:
    error = {
        "type": error_type,
        "code": "some_code",
        "param": "customer",
        "decline_code": "insufficient_funds",
        "doc_url": "https://stripe.com/docs/error-codes/some-code",
        "message": "Something went wrong.",
        "extra": {"nested": [1, 2]},
    }
    headers = httpx.Headers({"Request-Id": "req_abc", "Content-Type": "application/json"})
    body = json.dumps({"error": error}).encode()

    exc = error_from_response(status, headers, body)

    assert type(exc) is expected
    assert exc.http_status == status
    assert exc.type == error_type
    assert exc.code == "some_code"
    assert exc.param == "customer"
    assert exc.decline_code == "insufficient_funds"
    assert exc.doc_url == "https://stripe.com/docs/error-codes/some-code"
    assert exc.message == "Something went wrong."
    assert exc.request_id == "req_abc"
    assert exc.headers == headers
    assert exc.body == body.decode()
    assert exc.error == error


def test_str_is_one_useful_line() -> None:
    exc = error_from_response(
        404,
        {"request-id": "req_abc"},
        stripe_body(
            type="invalid_request_error",
            code="resource_missing",
            param="id",
            message="No such invoice: 'in_123'",
        ),
    )
    assert str(exc) == (
        "(404 resource_missing) No such invoice: 'in_123' [param=id, request_id=req_abc]"
    )
    assert repr(exc) == (
        "NotFoundError(http_status=404, code='resource_missing', request_id='req_abc')"
    )


def test_str_includes_decline_code_and_falls_back_to_type() -> None:
    exc = error_from_response(
        402,
        {},
        stripe_body(type="card_error", decline_code="expired_card", message="Your card\nexpired."),
    )
    assert str(exc) == "(402 card_error) Your card expired. [decline_code=expired_card]"


def test_str_without_code_or_type() -> None:
    exc = APIStatusError(message="boom", http_status=500)
    assert str(exc) == "(500) boom"
    assert exc.headers == httpx.Headers()
    assert exc.body == ""
    assert exc.error is None


def test_request_id_lookup_is_case_insensitive_on_plain_dicts() -> None:
    exc = error_from_response(500, {"REQUEST-ID": "req_x"}, b"")
    assert exc.request_id == "req_x"
    assert error_from_response(500, {}, b"").request_id is None


# --- idempotency_error --------------------------------------------------------------------


@pytest.mark.parametrize("status", [400, 409, 500])
def test_idempotency_error_wins_over_status(status: int) -> None:
    exc = error_from_response(
        status,
        {},
        stripe_body(type="idempotency_error", message="Keys for idempotent requests can only..."),
    )
    assert type(exc) is IdempotencyError
    assert isinstance(exc, InvalidRequestError)
    assert not isinstance(exc, ConflictError)
    assert exc.http_status == status
    assert exc.type == "idempotency_error"


# --- bodies that are not Stripe JSON ------------------------------------------------------

HTML = b"""<html>
<head><title>502 Bad Gateway</title></head>
<body>
<center><h1>502 Bad Gateway</h1></center>
<hr><center>nginx</center>
</body>
</html>
"""


def test_html_body_from_a_proxy() -> None:
    exc = error_from_response(502, {"Content-Type": "text/html"}, HTML)
    assert type(exc) is APIServerError
    assert exc.message.startswith("<html> <head><title>502 Bad Gateway</title></head> <body>")
    assert "\n" not in exc.message
    assert exc.body == HTML.decode()
    assert exc.error is None
    assert exc.type is exc.code is exc.param is None


def test_long_body_is_truncated_in_message() -> None:
    exc = error_from_response(503, {}, b"x" * 5000)
    assert len(exc.message) <= 200
    assert exc.message.endswith("...")
    assert len(exc.body) == 5000


@pytest.mark.parametrize(
    ("status", "body", "expected"),
    # A BOM is tolerated (and dropped from `body`, which the client-level test compares).
    [*ODD_ERROR_BODIES, (404, b'\xef\xbb\xbf{"error": {"message": "bom"}}', NotFoundError)],
)
def test_odd_bodies_still_give_the_right_class(
    status: int, body: bytes, expected: type[APIStatusError]
) -> None:
    exc = error_from_response(status, {}, body)
    assert type(exc) is expected
    assert exc.http_status == status
    assert exc.message
    assert exc.type is None or isinstance(exc.type, str)
    assert exc.code is None
    assert exc.param is None


def test_empty_body_message() -> None:
    assert error_from_response(502, {}, b"").message == "HTTP 502 with an empty response body"


def test_wrong_typed_fields_fall_back_to_raw_text() -> None:
    body = b'{"error": {"type": 1, "message": 2, "code": [], "param": {}}}'
    exc = error_from_response(400, {}, body)
    assert exc.error == {"type": 1, "message": 2, "code": [], "param": {}}
    assert exc.message == body.decode()


def test_bom_is_tolerated() -> None:
    exc = error_from_response(404, {}, b'\xef\xbb\xbf{"error": {"message": "bom"}}')
    assert exc.message == "bom"


# --- fuzz ---------------------------------------------------------------------------------

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=12,
)
error_objects = st.fixed_dictionaries(
    {},
    optional={
        key: json_values | st.sampled_from(["idempotency_error", "card_error", ""])
        for key in ("type", "code", "param", "decline_code", "doc_url", "message")
    },
)
json_bodies = st.one_of(
    json_values,
    st.fixed_dictionaries({"error": json_values | error_objects}),
).map(lambda value: json.dumps(value).encode())
headers_strategy = st.dictionaries(st.text(max_size=20), st.text(max_size=20), max_size=5)


def check_fuzzed(status: int, headers: dict[str, str], body: bytes) -> None:
    exc = error_from_response(status, headers, body)
    assert isinstance(exc, APIStatusError)
    assert exc.http_status == status
    assert isinstance(exc.message, str) and exc.message
    assert isinstance(str(exc), str) and "\n" not in str(exc)
    assert isinstance(repr(exc), str)
    if 500 <= status <= 599 and exc.type != "idempotency_error":
        assert isinstance(exc, APIServerError)
    if status == 404:
        assert isinstance(exc, NotFoundError | IdempotencyError)


@settings(max_examples=400)
@given(st.integers(100, 599), headers_strategy, st.binary(max_size=512))
def test_fuzz_arbitrary_bytes(status: int, headers: dict[str, str], body: bytes) -> None:
    check_fuzzed(status, headers, body)


@settings(max_examples=400)
@given(st.integers(100, 599), headers_strategy, json_bodies)
def test_fuzz_json_shaped_bodies(status: int, headers: dict[str, str], body: bytes) -> None:
    check_fuzzed(status, headers, body)


# --- secrets never shown ------------------------------------------------------------------


@pytest.mark.parametrize("secret", SECRETS)
def test_status_error_from_response_hides_secrets(secret: str) -> None:
    body = stripe_body(
        type="invalid_request_error",
        code=f"code {secret}",
        param=f"param {secret}",
        message=f"Invalid API Key provided: {secret}",
    )
    exc = error_from_response(401, {"Request-Id": f"req_{secret}"}, body)
    for text in (str(exc), repr(exc), exc.message, exc.body, json.dumps(exc.error)):
        assert secret not in text
    assert "Invalid API Key provided: " in str(exc)


@pytest.mark.parametrize("secret", SECRETS)
def test_non_json_body_hides_secrets(secret: str) -> None:
    exc = error_from_response(500, {}, f"<p>Authorization: Bearer {secret}</p>".encode())
    for text in (str(exc), repr(exc), exc.message, exc.body):
        assert secret not in text


@pytest.mark.parametrize("secret", SECRETS)
def test_every_exception_class_hides_secrets(secret: str) -> None:
    errors: list[StripeError] = [
        StripeError(f"key {secret}"),
        APIConnectionError(f"could not connect with {secret}"),
        APITimeoutError(f"timeout {secret}"),
        APIStatusError(
            message=f"m {secret}",
            http_status=400,
            code=secret,
            param=secret,
            decline_code=secret,
            request_id=secret,
            body=secret,
        ),
        SignatureVerificationError(f"bad secret {secret}"),
        InvalidParameterError(secret, f"looks like {secret}"),
        OperationNotAvailableError(secret),
        PaginationError(secret),
        APIResponseError(f"bad body {secret}", http_status=200, request_id=secret),
    ]
    for exc in errors:
        assert secret not in str(exc)
        assert secret not in repr(exc)
        assert secret not in exc.message
        assert all(secret not in str(arg) for arg in exc.args)


def test_redact_keeps_prefix_and_is_idempotent() -> None:
    text = f"a {SK_LIVE} b {WHSEC} c key={RK_LIVE} my_{SK_TEST}"
    once = redact(text)
    assert once == "a sk_live_*** b whsec_*** c key=rk_live_*** my_sk_test_***"
    assert redact(once) == once


def test_redact_leaves_ordinary_text_alone() -> None:
    for text in ["task_test_runner", "sk_test_", "in_1234 cus_abc req_xyz", "whsec_", ""]:
        assert redact(text) == text


def test_redact_masks_keys_of_any_mode_and_with_underscores() -> None:
    # Shapes the client accepts: these used to show in full, or half (`sk_test_***_SECRET`).
    text = "a sk_test_abc_SECRETPART99 b rk_prod_SECRET12345"
    assert redact(text) == "a sk_test_*** b rk_prod_***"


def test_redact_masks_a_registered_key_by_value() -> None:
    register_secret("sk_ODDSHAPESECRET42")  # no mode: the pattern alone would not see it
    assert redact("Bearer sk_ODDSHAPESECRET42!") == "Bearer sk_***!"
    assert redact("xsk_ODDSHAPESECRET42") == "xsk_***"  # by value, wherever it sits


# --- the other exceptions -----------------------------------------------------------------


def test_small_exceptions_keep_their_fields() -> None:
    sig = SignatureVerificationError("no v1 signature")
    assert sig.reason == "no v1 signature"
    assert "no v1 signature" in str(sig)

    bad = InvalidParameterError("limit", "must be between 1 and 100")
    assert bad.param == "limit"
    assert bad.reason == "must be between 1 and 100"
    assert str(bad) == "Invalid parameter 'limit': must be between 1 and 100"
    with pytest.raises(ValueError):
        raise bad

    missing = OperationNotAvailableError("GetInvoicesUpcoming")
    assert missing.operation_id == "GetInvoicesUpcoming"
    assert "GetInvoicesUpcoming" in str(missing)

    assert str(APIConnectionError()) and str(APITimeoutError())
    assert repr(StripeError("x")) == "StripeError('x')"


def test_client_closed_says_whether_the_write_may_have_been_applied() -> None:
    # Nothing sent unless said otherwise: only the client knows an attempt reached Stripe.
    assert ClientClosedError().may_have_been_applied is False
    assert ClientClosedError("not sent").may_have_been_applied is False
    maybe = ClientClosedError("an attempt reached Stripe", may_have_been_applied=True)
    assert maybe.may_have_been_applied is True
    assert str(maybe) == "an attempt reached Stripe"
    clone = pickle.loads(pickle.dumps(maybe))
    assert type(clone) is ClientClosedError and clone.may_have_been_applied is True


def test_errors_survive_pickling() -> None:
    original = error_from_response(
        404, {"Request-Id": "req_1"}, stripe_body(code="resource_missing", message="gone")
    )
    clone = pickle.loads(pickle.dumps(original))
    assert type(clone) is NotFoundError
    assert str(clone) == str(original)
    assert clone.request_id == "req_1"
    assert clone.error == original.error

    param = pickle.loads(pickle.dumps(InvalidParameterError("limit", "too big")))
    assert isinstance(param, InvalidParameterError)
    assert isinstance(param, ValueError)
    assert param.param == "limit"
