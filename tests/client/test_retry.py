from __future__ import annotations

import email.utils
import uuid
from collections.abc import Callable

import httpx
import pytest

from stripe_invoicing_client._retry import (
    INITIAL_DELAY,
    MAX_DELAY,
    MAX_RETRY_AFTER,
    decide,
    is_retryable_exception,
    is_retryable_status,
    needs_idempotency_key,
    new_idempotency_key,
    parse_retry_after,
    retry_delay,
    should_retry_hint,
)
from stripe_invoicing_client.errors import APIConnectionError, APITimeoutError

NOW = 1_700_000_000.0


def zero() -> float:
    return 0.0


def one() -> float:
    return 1.0


def clock() -> float:
    return NOW


def constant(value: float) -> Callable[[], float]:
    return lambda: value


# --- statuses -----------------------------------------------------------------------------

RETRIED = {409, 429, 500, 502, 503, 504}


@pytest.mark.parametrize("status", range(100, 600))
def test_status_matrix(status: int) -> None:
    assert is_retryable_status(status, {}) is (status in RETRIED)


@pytest.mark.parametrize("status", [400, 401, 402, 403, 404, 501, 505])
@pytest.mark.parametrize("value", ["true", "TRUE", " True "])
@pytest.mark.parametrize("name", ["Stripe-Should-Retry", "stripe-should-retry"])
def test_should_retry_true_overrides(status: int, value: str, name: str) -> None:
    assert is_retryable_status(status, {name: value})


@pytest.mark.parametrize("status", sorted(RETRIED))
@pytest.mark.parametrize("value", ["false", "FALSE", "False"])
@pytest.mark.parametrize("name", ["Stripe-Should-Retry", "STRIPE-SHOULD-RETRY"])
def test_should_retry_false_overrides(status: int, value: str, name: str) -> None:
    assert not is_retryable_status(status, {name: value})


def test_should_retry_works_with_httpx_headers() -> None:
    assert is_retryable_status(400, httpx.Headers({"stripe-should-retry": "true"}))
    assert not is_retryable_status(503, httpx.Headers({"Stripe-Should-Retry": "false"}))


@pytest.mark.parametrize("value", ["", "yes", "1", "maybe"])
def test_unknown_should_retry_values_fall_back_to_the_table(value: str) -> None:
    assert is_retryable_status(503, {"Stripe-Should-Retry": value})
    assert not is_retryable_status(400, {"Stripe-Should-Retry": value})


def test_success_is_never_retried() -> None:
    assert not is_retryable_status(200, {"Stripe-Should-Retry": "true"})


def test_should_retry_hint() -> None:
    assert should_retry_hint({"stripe-should-retry": "true"}) is True
    assert should_retry_hint({"stripe-should-retry": "false"}) is False
    assert should_retry_hint({"stripe-should-retry": "nah"}) is None
    assert should_retry_hint({}) is None


# --- exceptions ---------------------------------------------------------------------------

REQUEST = httpx.Request("POST", "https://api.stripe.com/v1/invoices")


@pytest.mark.parametrize(
    "exc",
    [
        httpx.ConnectError("refused", request=REQUEST),
        httpx.ConnectTimeout("slow connect", request=REQUEST),
        httpx.ReadTimeout("slow read", request=REQUEST),
        httpx.WriteTimeout("slow write", request=REQUEST),
        httpx.PoolTimeout("pool", request=REQUEST),
        httpx.ReadError("reset", request=REQUEST),
        httpx.WriteError("broken pipe", request=REQUEST),
        httpx.CloseError("close", request=REQUEST),
        httpx.RemoteProtocolError("peer closed connection mid-body", request=REQUEST),
        APIConnectionError(),
        APITimeoutError(),
    ],
    ids=type,
)
def test_transient_exceptions_are_retried(exc: BaseException) -> None:
    assert is_retryable_exception(exc)


@pytest.mark.parametrize(
    "exc",
    [
        httpx.UnsupportedProtocol("ftp", request=REQUEST),
        httpx.InvalidURL("bad url"),
        httpx.ProxyError("407 from proxy", request=REQUEST),
        httpx.LocalProtocolError("bad header", request=REQUEST),
        httpx.TooManyRedirects("loop", request=REQUEST),
        ValueError("programming error"),
        TypeError("programming error"),
        KeyboardInterrupt(),
        OSError("not wrapped by httpx"),
    ],
    ids=type,
)
def test_permanent_exceptions_are_not_retried(exc: BaseException) -> None:
    assert not is_retryable_exception(exc)


def wrapped(cause: BaseException) -> APIConnectionError:
    try:
        raise APIConnectionError("wrapped") from cause
    except APIConnectionError as exc:
        return exc


def test_wrapped_connection_errors_are_judged_by_their_cause() -> None:
    assert is_retryable_exception(wrapped(httpx.ReadError("reset", request=REQUEST)))
    assert not is_retryable_exception(wrapped(httpx.UnsupportedProtocol("x", request=REQUEST)))


# --- Retry-After --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("0", 0.0),
        ("3", 3.0),
        (" 7 ", 7.0),
        ("1.5", 1.5),
        (".5", 0.5),
        ("2.", 2.0),
        ("120", 120.0),
    ],
)
def test_parse_retry_after_seconds(value: str, expected: float) -> None:
    assert parse_retry_after(value, now=clock) == expected


@pytest.mark.parametrize(
    "value", [None, "", "-1", "-0.5", "abc", "1_000", "nan", "inf", "1e3", "3 seconds", "0x10"]
)
def test_parse_retry_after_garbage(value: str | None) -> None:
    assert parse_retry_after(value, now=clock) is None


def test_parse_retry_after_http_date() -> None:
    future = email.utils.formatdate(NOW + 30, usegmt=True)
    assert parse_retry_after(future, now=clock) == pytest.approx(30.0)
    past = email.utils.formatdate(NOW - 30, usegmt=True)
    assert parse_retry_after(past, now=clock) == 0.0
    naive = email.utils.formatdate(NOW + 10)  # "-0000" zone parses as a naive datetime
    assert parse_retry_after(naive, now=clock) == pytest.approx(10.0)


def test_retry_after_takes_precedence_and_is_capped() -> None:
    assert retry_delay(0, {"Retry-After": "5"}, random=one) == 5.0
    assert retry_delay(3, {"retry-after": "0.25"}, random=one) == 0.25
    assert retry_delay(0, {"Retry-After": "0"}, random=one) == 0.0
    assert retry_delay(0, {"Retry-After": "3600"}, random=one) == MAX_RETRY_AFTER
    assert retry_delay(0, {"Retry-After": "9" * 400}, random=one) == MAX_RETRY_AFTER
    far = email.utils.formatdate(NOW + 7200, usegmt=True)
    assert retry_delay(0, {"Retry-After": far}, random=one, now=clock) == MAX_RETRY_AFTER
    near = email.utils.formatdate(NOW + 12, usegmt=True)
    assert retry_delay(0, {"Retry-After": near}, random=one, now=clock) == pytest.approx(12.0)


@pytest.mark.parametrize("value", ["-5", "soon", "", "Mon, 99 Foo 2024 99:99:99 GMT"])
def test_bad_retry_after_falls_back_to_backoff(value: str) -> None:
    assert retry_delay(1, {"Retry-After": value}, random=zero) == 1.0


# --- backoff ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("retries_done", "nominal"),
    [(0, 0.5), (1, 1.0), (2, 2.0), (3, 4.0), (4, 8.0), (5, 8.0), (10, 8.0), (10_000, 8.0)],
)
def test_backoff_bounds(retries_done: int, nominal: float) -> None:
    assert retry_delay(retries_done, None, random=zero) == nominal
    assert retry_delay(retries_done, {}, random=one) == nominal * 0.75
    assert retry_delay(retries_done, None, random=lambda: 0.5) == nominal * 0.875
    for value in (0.0, 0.1, 0.33, 0.9, 0.999):
        delay = retry_delay(retries_done, None, random=constant(value))
        assert 0.75 * nominal <= delay <= nominal


def test_backoff_constants_and_out_of_range_random() -> None:
    assert INITIAL_DELAY == 0.5
    assert MAX_DELAY == 8.0
    assert retry_delay(-3, None, random=zero) == 0.5
    assert retry_delay(0, None, random=lambda: 7.0) == 0.375
    assert retry_delay(0, None, random=lambda: -7.0) == 0.5


# --- decide -------------------------------------------------------------------------------


def test_decide_status() -> None:
    assert decide(0, 2, status=503, headers={}, random=zero) == 0.5
    assert decide(1, 2, status=503, headers={}, random=zero) == 1.0
    assert decide(2, 2, status=503, headers={}, random=zero) is None
    assert decide(0, 0, status=503, random=zero) is None
    assert decide(0, 2, status=400, headers={}, random=zero) is None
    assert decide(0, 2, status=200, random=zero) is None
    assert decide(0, 2, status=429, headers={"Retry-After": "3"}, random=zero) == 3.0
    assert decide(0, 2, status=400, headers={"Stripe-Should-Retry": "true"}, random=zero) == 0.5
    assert decide(0, 2, status=500, headers={"Stripe-Should-Retry": "false"}, random=zero) is None


def test_decide_exception() -> None:
    read_error = httpx.ReadError("reset", request=REQUEST)
    assert decide(0, 2, exc=read_error, random=zero) == 0.5
    assert decide(1, 2, exc=read_error, random=one) == 0.75
    assert decide(2, 2, exc=read_error, random=zero) is None
    assert decide(0, 2, exc=httpx.InvalidURL("x"), random=zero) is None


def test_decide_needs_exactly_one_outcome() -> None:
    with pytest.raises(TypeError):
        decide(0, 2, random=zero)
    with pytest.raises(TypeError):
        decide(0, 2, status=500, exc=httpx.ReadError("x"), random=zero)


def test_client_loop_shape() -> None:
    """How a client uses decide(): statuses 503, 503, 200 with two retries allowed."""
    outcomes = iter([503, 503, 200])
    sleeps: list[float] = []
    retries_done = 0
    while True:
        status = next(outcomes)
        delay = decide(retries_done, 2, status=status, headers={}, random=zero)
        if delay is None:
            break
        sleeps.append(delay)
        retries_done += 1
    assert status == 200
    assert sleeps == [0.5, 1.0]


# --- idempotency keys ---------------------------------------------------------------------


def test_idempotency_keys() -> None:
    key = new_idempotency_key()
    assert str(uuid.UUID(key)) == key
    assert uuid.UUID(key).version == 4
    assert len({new_idempotency_key() for _ in range(100)}) == 100


@pytest.mark.parametrize(
    ("method", "expected"),
    [
        ("POST", True),
        ("post", True),
        ("DELETE", True),
        ("delete", True),
        ("GET", False),
        ("HEAD", False),
        ("PUT", False),
        ("PATCH", False),
        ("OPTIONS", False),
    ],
)
def test_needs_idempotency_key(method: str, expected: bool) -> None:
    assert needs_idempotency_key(method) is expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [("false, false", False), ("true,true", True), ("true, false", None), ("false, maybe", None)],
)
def test_should_retry_sent_more_than_once(value: str, expected: bool | None) -> None:
    # httpx joins repeated headers with ", ": one verdict only if every copy agrees.
    assert should_retry_hint({"Stripe-Should-Retry": value}) is expected
