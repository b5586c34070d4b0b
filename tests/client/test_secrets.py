"""The API key never shows up in logs, errors, tracebacks or reprs; the logs say enough."""

from __future__ import annotations

import logging
import re
import traceback
from typing import Any

import httpx
import pytest
import respx

from stripe_invoicing_client import (
    APIConnectionError,
    APIServerError,
    AuthenticationError,
    InvalidParameterError,
    InvalidRequestError,
    StripeError,
)

from ._support import collect, invoice, list_page, run

SECRET = "SECRETSECRETSECRET123"
KEY = f"sk_test_{SECRET}"
LOGGER = "stripe_invoicing_client"

ATTEMPT = re.compile(
    r"^(?P<method>GET|POST|DELETE) (?P<path>/v1/\S+) -> (?P<status>\d{3}) "
    r"\(request_id=(?P<rid>\S+), attempt (?P<attempt>\d+), (?P<ms>\d+\.\d) ms\)$"
)
ATTEMPT_FAILED = re.compile(
    r"^(?P<method>GET|POST|DELETE) (?P<path>/v1/\S+) -> (?P<exc>[A-Za-z]+) "
    r"\(attempt (?P<attempt>\d+), (?P<ms>\d+\.\d) ms\)$"
)

PERSONAL = ["jenny.rosen@example.com", "078-05-1120", "Confidential note", "6735"]


def no_secret(text: str, where: str) -> None:
    assert SECRET not in text, f"the key leaked into {where}: {text[:300]!r}"


def check_records(records: list[logging.LogRecord]) -> None:
    for record in records:
        no_secret(record.getMessage(), "a log message")
        no_secret(str(record.msg), "a log format")
        no_secret(repr(record.args), "log args")
        if record.exc_info:
            no_secret("".join(traceback.format_exception(*record.exc_info)), "a logged traceback")


def check_error(error: BaseException) -> None:
    no_secret(str(error), "str(error)")
    no_secret(repr(error), "repr(error)")
    no_secret("".join(traceback.format_exception(error)), "a traceback")
    for value in vars(error).values():
        no_secret(repr(value), "an error attribute")


@pytest.fixture
def secret_client(make_client: Any) -> Any:
    return make_client(KEY, stripe_account="acct_1Conn")


@pytest.fixture
def logs(caplog: pytest.LogCaptureFixture) -> pytest.LogCaptureFixture:
    caplog.set_level(logging.DEBUG, logger=LOGGER)
    return caplog


def ours(caplog: pytest.LogCaptureFixture) -> list[logging.LogRecord]:
    return [r for r in caplog.records if r.name.startswith(LOGGER)]


async def test_key_never_leaks(
    secret_client: Any, mock: respx.MockRouter, logs: pytest.LogCaptureFixture
) -> None:
    client = secret_client
    errors: list[BaseException] = []
    echo = {"error": {"type": "invalid_request_error", "message": f"Invalid API Key: {KEY}"}}
    mock.post("/v1/invoices").mock(
        side_effect=[httpx.Response(503), httpx.Response(200, json=invoice())]
    )
    mock.get("/v1/customers").mock(
        return_value=httpx.Response(200, json=list_page([], False, "/v1/customers"))
    )
    mock.post("/v1/invoices/in_401/send").mock(
        return_value=httpx.Response(401, json=echo, headers={"Request-Id": "req_1"})
    )
    mock.post("/v1/invoices/in_500/send").mock(
        return_value=httpx.Response(500, text=f"proxy says Bearer {KEY}")
    )
    mock.post("/v1/invoices/in_conn/send").mock(side_effect=httpx.ConnectError(f"no {KEY}"))
    mock.post("/v1/invoices/in_ok/send").mock(
        side_effect=[httpx.ReadTimeout("slow"), httpx.Response(200, json=invoice())]
    )

    await run(client.invoices.create(customer="cus_1", description="Confidential note"))
    await collect(client.customers.list(email="jenny.rosen@example.com"))
    raw = await run(client.with_raw_response.invoices.send("in_ok"))
    for path, cls in [
        ("in_401", AuthenticationError),
        ("in_500", APIServerError),
        ("in_conn", APIConnectionError),
    ]:
        with pytest.raises(cls) as info:
            await run(client.invoices.send(path))
        errors.append(info.value)
    with pytest.raises(InvalidParameterError) as bad:
        await run(client.invoices.send("in_1", idempotency_key="x\n"))
    errors.append(bad.value)
    with pytest.raises(InvalidParameterError) as bad_key:
        type(client)("pk_test_" + SECRET)
    errors.append(bad_key.value)

    for error in errors:
        check_error(error)
    check_records(ours(logs))
    check_records(logs.records)  # httpx's own records too
    shown = [
        client,
        client.invoices,
        client.invoice_items,
        client.customers,
        client.with_options(max_retries=0),
        client.with_raw_response,
        client.with_raw_response.invoices,
        client.with_raw_response.invoices.send,
        client.invoices.send,
        client.invoices.list(customer="cus_1"),
        client.customers.search(query="email:'x'"),
        raw,
        client._options,
    ]
    for thing in shown:
        no_secret(repr(thing), f"repr({type(thing).__name__})")
        no_secret(str(thing), f"str({type(thing).__name__})")
    assert "sk_test_***" in repr(client)  # the kind of key is still visible


async def test_one_debug_line_per_attempt(
    secret_client: Any, mock: respx.MockRouter, logs: pytest.LogCaptureFixture
) -> None:
    route = mock.post("/v1/invoices/in_1/pay").mock(
        side_effect=[
            httpx.ConnectError("refused"),
            httpx.Response(503, headers={"Request-Id": "req_a"}),
            httpx.Response(200, json=invoice(), headers={"Request-Id": "req_b"}),
        ]
    )
    await run(secret_client.invoices.pay("in_1", paid_out_of_band=True))

    debug = [r for r in ours(logs) if r.levelno == logging.DEBUG]
    assert len(debug) == route.call_count == 3
    failed = ATTEMPT_FAILED.match(debug[0].getMessage())
    assert failed and failed["exc"] == "ConnectError" and failed["attempt"] == "1"
    second = ATTEMPT.match(debug[1].getMessage())
    third = ATTEMPT.match(debug[2].getMessage())
    assert second and third, [r.getMessage() for r in debug]
    assert (second["method"], second["path"], second["status"]) == (
        "POST",
        "/v1/invoices/in_1/pay",
        "503",
    )
    assert (second["rid"], second["attempt"]) == ("req_a", "2")
    assert (third["status"], third["rid"], third["attempt"]) == ("200", "req_b", "3")

    info = [r for r in ours(logs) if r.levelno == logging.INFO]
    assert len(info) == 2
    assert all(r.getMessage().startswith("retrying POST /v1/invoices/in_1/pay") for r in info)
    assert "retry 1 of 2" in info[0].getMessage() and "APIConnectionError" in info[0].getMessage()
    assert "retry 2 of 2" in info[1].getMessage() and "503" in info[1].getMessage()
    assert not [r for r in ours(logs) if r.levelno >= logging.WARNING]


async def test_logs_hold_no_query_or_body_values(
    secret_client: Any, mock: respx.MockRouter, logs: pytest.LogCaptureFixture
) -> None:
    mock.get("/v1/customers").mock(
        side_effect=[
            httpx.Response(500),
            httpx.Response(200, json=list_page([], False, "/v1/customers")),
        ]
    )
    mock.post("/v1/invoices").mock(
        side_effect=[
            httpx.Response(429, json={"error": {"message": "slow down"}}),
            httpx.Response(400, json={"error": {"message": "Confidential note is bad"}}),
        ]
    )
    await collect(secret_client.customers.list(email="jenny.rosen@example.com", limit=3))
    with pytest.raises(InvalidRequestError):
        await run(
            secret_client.invoices.create(
                description="Confidential note", metadata={"ssn": "078-05-1120", "order": "6735"}
            )
        )
    messages = [r.getMessage() for r in ours(logs)]
    assert len(messages) == 6  # 2 attempts + 1 retry line, twice
    for message in messages:
        assert "?" not in message and "=" not in message.split("(")[0], message
        for value in PERSONAL:
            assert value not in message, message


async def test_no_logs_below_debug_by_default(
    secret_client: Any, mock: respx.MockRouter, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING, logger=LOGGER)
    mock.post("/v1/invoices/in_1/void").mock(return_value=httpx.Response(200, json=invoice()))
    await run(secret_client.invoices.void("in_1"))
    assert not ours(caplog)


async def test_key_not_in_traceback_locals(secret_client: Any, mock: respx.MockRouter) -> None:
    mock.post("/v1/invoices/in_1/send").mock(return_value=httpx.Response(400, json={}))
    with pytest.raises(StripeError) as info:
        await run(secret_client.invoices.send("in_1"))
    report = traceback.TracebackException.from_exception(info.value, capture_locals=True)
    no_secret("".join(report.format()), "a traceback with locals")
