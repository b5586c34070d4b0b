"""The API key (and the webhook secret) never show: not in reprs, logs, errors or tracebacks.

A representative set of scenarios runs, sync and async, with a recognizable key registered
with the fake: success, retries, 4xx (404, 400, 402, 401 with another key, idempotency
errors), 5xx until retries run out, connection errors, a truncated body, pagination and search,
webhooks, refusals before sending, a real loopback socket (so httpcore logs too) that echoes
the key back in its error body, a refused connection, and the demo. Every log record of every
logger at DEBUG, every exception (str, repr, attributes, traceback with and without locals),
the repr of every client, resource, pager, model and response, and the demo's output are
scanned for the key.
"""

from __future__ import annotations

import asyncio
import contextlib
import http.server
import io
import json
import logging
import socket
import threading
import traceback
from collections import Counter
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from stripe_invoicing_client import (
    APIConnectionError,
    APIResponseError,
    APIServerError,
    AsyncStripeInvoicing,
    AuthenticationError,
    CardError,
    IdempotencyError,
    InvalidParameterError,
    InvalidRequestError,
    NotFoundError,
    SignatureVerificationError,
    StripeError,
    StripeInvoicing,
)
from stripe_invoicing_client._demo import Demo
from stripe_invoicing_client.testing import (
    DropAfterWrite,
    DropBeforeWrite,
    FailRequest,
    FakeStripe,
    TruncateResponse,
)
from tests.glue import drain

from ._support import Figures, SleepLog

KEY = "sk_test_SENTINEL0123456789abcdef"
OTHER_KEY = "sk_test_OTHERSENTINEL987654321"
WEBHOOK_SECRET = "whsec_SENTINELwebhook0123456789abcdef"
SECRETS = ("SENTINEL0123456789abcdef", "OTHERSENTINEL987654321", "SENTINELwebhook0123456789")

try:
    from stripe_invoicing_client import webhooks
except ImportError:  # pragma: no cover - webhooks are optional
    webhooks = None  # type: ignore[assignment]


def _safe_repr(value: object) -> str:
    try:
        return repr(value)
    except Exception as error:  # see test_repr_of_a_half_built_client_does_not_raise
        return f"<repr raised {type(error).__name__}>"


# Argument names error reporters scrub by default (Sentry, Rollbar): the caller's own key as
# passed. Only these names are skipped, and only when they hold a plain str.
_SCRUBBED_NAMES = frozenset({"api_key", "secret"})


def _frame_locals(error: BaseException, skip: int = 0) -> str:
    """The locals of every frame the error went through, as an error reporter (Sentry,
    `pytest -l`, `TracebackException(capture_locals=True)`) would show them. Every local is
    shown, strings included (a frame holding `f"Bearer {key}"` is a leak), except a plain str
    under a name reporters scrub (`api_key=` as the caller passed it). `skip` leaves out the
    first frames (a test's own, which holds the key it passes)."""
    lines = []
    tb = error.__traceback__
    for _ in range(skip):
        tb = tb.tb_next if tb is not None else None
    while tb is not None:
        for name, value in tb.tb_frame.f_locals.items():
            if isinstance(value, str) and name in _SCRUBBED_NAMES:
                continue
            lines.append(f"{tb.tb_frame.f_code.co_name}: {name} = {_safe_repr(value)}")
        tb = tb.tb_next
    return "\n".join(lines)


def test_frame_locals_catches_a_bearer_string() -> None:
    def leaky(key: str) -> None:
        authorization = f"Bearer {key}"  # noqa: F841 - the local is the point
        raise RuntimeError("boom")

    with pytest.raises(RuntimeError) as caught:
        leaky(KEY)
    assert SECRETS[0] in _frame_locals(caught.value)


class Scan:
    """Everything a scenario produced that a person or a log shipper could read."""

    def __init__(self) -> None:
        self.texts: list[tuple[str, str]] = []
        self.errors: Counter[str] = Counter()

    def text(self, where: str, value: object) -> None:
        self.texts.append((where, value if isinstance(value, str) else repr(value)))

    def error(self, where: str, error: BaseException, frame_locals: bool = True) -> None:
        self.errors[type(error).__name__] += 1
        self.text(f"{where}: str", str(error))
        self.text(f"{where}: repr", repr(error))
        self.text(f"{where}: args", repr(error.args))
        self.text(f"{where}: attributes", repr(vars(error)))
        self.text(f"{where}: traceback", "".join(traceback.format_exception(error)))
        if frame_locals:
            self.text(f"{where}: frame locals", _frame_locals(error))

    def leaks(self) -> list[str]:
        return [
            f"{where}: {text[max(text.find(s) - 80, 0) : text.find(s) + 40]!r}"
            for where, text in self.texts
            for s in SECRETS
            if s in text
        ]


async def expect(
    scan: Scan,
    where: str,
    error_type: type[BaseException],
    result: Any,
    frame_locals: bool = True,
) -> StripeError:
    try:
        value = await drain(result() if callable(result) else result)
    except StripeError as error:
        scan.error(where, error, frame_locals)
        assert isinstance(error, error_type), f"{where}: {error!r}"
        return error
    else:
        raise AssertionError(f"{where}: expected {error_type.__name__}, got {value!r:.200}")


async def scenarios(kind: str, scan: Scan) -> None:
    fake = FakeStripe(api_keys=[KEY])
    cls: Any = StripeInvoicing if kind == "sync" else AsyncStripeInvoicing
    http: Any = (
        httpx.Client(transport=fake.transport)
        if kind == "sync"
        else httpx.AsyncClient(transport=fake.transport)
    )
    client = cls(KEY, max_retries=2, http_client=http, stripe_account="acct_1Sentinel")
    client = client.with_options(stripe_account=None)
    scan.text("client", client)
    scan.text("client vars", vars(client))
    scan.text("resource", client.invoices)
    scan.text("with_options", client.with_options(max_retries=5, timeout=3.0))
    scan.text("with_raw_response", vars(client.with_raw_response))

    # Success.
    customer = await drain(client.customers.create(email="jenny@example.com", name="Jenny"))
    item = await drain(
        client.invoice_items.create(customer=customer.id, amount=1200, currency="usd")
    )
    invoice = await drain(
        client.invoices.create(
            customer=customer.id,
            collection_method="send_invoice",
            days_until_due=30,
            pending_invoice_items_behavior="include",
        )
    )
    raw = await drain(client.with_raw_response.invoices.finalize(invoice.id))
    scan.text("raw response", raw)
    invoice = raw.parsed
    for model in (customer, item, invoice):
        scan.text("model", model)
        scan.text("model dict", model.to_dict())

    # Retries that end well: every kind of fault once.
    for fault in (
        FailRequest(500),
        FailRequest(429, retry_after=1),
        FailRequest(409, code="lock_timeout"),
        DropBeforeWrite(),
        DropAfterWrite(),
        DropAfterWrite(error="remote_protocol_error"),
        TruncateResponse(),
    ):
        fake.inject(fault, times=1)
        scan.text("retried model", await drain(client.customers.retrieve(customer.id)))
        fake.inject(fault, times=1)
        await drain(client.invoices.send(invoice.id))

    # 4xx.
    await expect(scan, "404", NotFoundError, lambda: client.invoices.retrieve("in_missing"))
    await expect(
        scan, "400", InvalidRequestError, lambda: client.invoices.void(invoice.id + "_nope")
    )
    await drain(client.invoices.pay(invoice.id, paid_out_of_band=True))
    await expect(scan, "400 state", InvalidRequestError, lambda: client.invoices.void(invoice.id))
    declined = await drain(client.customers.create(email="declined@example.com"))
    fake.fail_payments_for(declined.id, "insufficient_funds")
    await drain(client.invoice_items.create(customer=declined.id, amount=500, currency="usd"))
    due = await drain(
        client.invoices.create(customer=declined.id, pending_invoice_items_behavior="include")
    )
    await drain(client.invoices.finalize(due.id, auto_advance=False))
    await expect(scan, "402", CardError, lambda: client.invoices.pay(due.id))
    await drain(client.customers.create(email="a@example.com", idempotency_key="reused"))
    await expect(
        scan,
        "idempotency",
        IdempotencyError,
        lambda: client.customers.create(email="b@example.com", idempotency_key="reused"),
    )
    other = client.with_options(api_key=OTHER_KEY)
    scan.text("other client", other)
    await expect(scan, "401", AuthenticationError, lambda: other.customers.retrieve(customer.id))

    # Retries that run out.
    fake.inject(FailRequest(503), times=3)
    await expect(scan, "5xx exhausted", APIServerError, lambda: client.invoices.retrieve("in_1"))
    fake.inject(FailRequest(500, should_retry=False), times=1)
    await expect(scan, "should-retry false", APIServerError, lambda: client.customers.create())
    fake.inject(DropBeforeWrite(), times=3)
    await expect(scan, "refused", APIConnectionError, lambda: client.customers.create())
    fake.inject(DropAfterWrite(), times=3)
    await expect(scan, "timeout", APIConnectionError, lambda: client.customers.create())
    fake.inject(TruncateResponse(), times=3)
    await expect(scan, "truncated", APIResponseError, lambda: client.customers.create())

    # Pagination and search.
    pager = client.invoices.list(limit=1)
    scan.text("pager", pager)
    scan.text("listed", await drain(pager))
    scan.text("lines", await drain(client.invoices.list_lines(invoice.id, limit=1)))
    scan.text("searched", await drain(client.invoices.search(query="status:'paid'", limit=1)))
    scan.text("customers", await drain(client.customers.list(limit=1, max_items=2)))

    # Refused before sending, with the key nearby. Frame locals are not scanned for the first
    # (the caller put the key into base_url, so its own URL local shows it) nor the last (see
    # test_refused_idempotency_key_leaves_no_key_in_frame_locals).
    await expect(
        scan,
        "key in base_url",
        InvalidParameterError,
        lambda: cls(KEY, base_url=f"https://{KEY}@x.io"),
        frame_locals=False,
    )
    await expect(
        scan, "key with space", InvalidParameterError, lambda: cls(f" {KEY}", http_client=http)
    )
    await expect(
        scan,
        "key as idempotency key",
        InvalidParameterError,
        lambda: client.customers.create(idempotency_key=KEY + "\n"),
        frame_locals=False,
    )

    # Webhooks.
    if webhooks is not None:
        events: list[Any] = []

        def receive(payload: bytes, header: str) -> None:
            events.append(webhooks.construct_event(payload, header, WEBHOOK_SECRET))

        delivered = fake.deliver_events(receive, WEBHOOK_SECRET)
        assert delivered == len(events) > 0
        scan.text("events", events)
        scan.text("event dicts", [event.to_dict() for event in events[:5]])
        payload = json.dumps(events[0].to_dict()).encode()
        header = webhooks.generate_test_signature(payload, WEBHOOK_SECRET)
        scan.text("signature header", header)
        for secret, signature in (
            ("whsec_SENTINELwebhook0123456789abcdeX", header),
            (WEBHOOK_SECRET, header.replace("v1=", "v1=0")),
            (WEBHOOK_SECRET, f"t=1,v1={'0' * 64}"),
        ):
            await expect(
                scan,
                "webhook signature",
                SignatureVerificationError,
                lambda secret=secret, h=signature: webhooks.construct_event(payload, h, secret),
            )

    if kind == "sync":
        http.close()
    else:
        await http.aclose()
    assert fake.internal_errors == []


class _Echo(http.server.BaseHTTPRequestHandler):
    """A loopback server that answers 503 and echoes the Authorization header in its body."""

    def _answer(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        self.rfile.read(length)
        body = json.dumps(
            {
                "error": {
                    "type": "api_error",
                    "message": f"upstream saw {self.headers['Authorization']}",
                }
            }
        ).encode()
        self.send_response(503)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_GET = do_POST = do_DELETE = _answer

    def log_message(self, format: str, *args: Any) -> None:
        pass


@contextlib.contextmanager
def echo_server() -> Iterator[str]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Echo)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


async def real_sockets(kind: str, scan: Scan) -> None:
    cls: Any = StripeInvoicing if kind == "sync" else AsyncStripeInvoicing
    with echo_server() as base_url:
        client = cls(KEY, base_url=base_url, max_retries=1, timeout=5.0)
        echoed = await expect(scan, "echoed key", APIServerError, lambda: client.customers.create())
        assert "upstream saw Bearer sk_test_***" in str(echoed)  # it was there, and masked
        await expect(scan, "echoed key GET", APIServerError, lambda: client.invoices.list())
        await drain(client.close() if kind == "sync" else client.aclose())
    client = cls(KEY, base_url=f"http://127.0.0.1:{_closed_port()}", max_retries=1, timeout=2.0)
    await expect(scan, "connection refused", APIConnectionError, lambda: client.customers.create())
    await drain(client.close() if kind == "sync" else client.aclose())


async def demo(kind: str, scan: Scan) -> None:
    fake = FakeStripe(api_keys=[KEY])
    out = io.StringIO()
    if kind == "sync":
        with StripeInvoicing(KEY, http_client=fake.sync_http_client(api_key=None)) as client:
            await Demo(client, out).run()
    else:
        async with AsyncStripeInvoicing(
            KEY, http_client=fake.async_http_client(api_key=None)
        ) as aclient:
            await Demo(aclient, out).run()
    assert "Demo run" in out.getvalue()
    scan.text(f"demo output ({kind})", out.getvalue())


@pytest.fixture
def all_logs(caplog: pytest.LogCaptureFixture) -> pytest.LogCaptureFixture:
    caplog.set_level(logging.DEBUG)
    for name in ("stripe_invoicing_client", "httpx", "httpcore", "asyncio"):
        caplog.set_level(logging.DEBUG, logger=name)
    return caplog


def test_secrets_never_leak(
    all_logs: pytest.LogCaptureFixture,
    capsys: pytest.CaptureFixture[str],
    retry_sleeps: SleepLog,
    figures: Figures,
) -> None:
    scan = Scan()
    for kind in ("sync", "async"):
        asyncio.run(scenarios(kind, scan))
        asyncio.run(real_sockets(kind, scan))
        asyncio.run(demo(kind, scan))

    formatter = logging.Formatter("%(asctime)s %(levelname)s %(name)s %(message)s")
    records = all_logs.records
    for record in records:
        scan.text(f"log {record.name}", formatter.format(record))
        scan.text(f"log {record.name} args", repr(record.args))
        scan.text(f"log {record.name} record", repr(vars(record)))
    captured = capsys.readouterr()
    scan.text("stdout", captured.out)
    scan.text("stderr", captured.err)

    by_logger = Counter(record.name.split(".")[0] for record in records)
    by_level = Counter(record.levelname for record in records)
    leaks = scan.leaks()
    figures.add(
        "secrets",
        f"{len(scan.texts)} texts scanned for the key, the other key and the webhook secret: "
        f"{len(leaks)} leaks",
        f"log records {len(records)} by logger {dict(sorted(by_logger.items()))}, "
        f"by level {dict(sorted(by_level.items()))}",
        f"errors raised and scanned: {dict(sorted(scan.errors.items()))}",
    )
    # The scenarios did reach the places worth scanning.
    assert by_logger["stripe_invoicing_client"] and by_logger["httpx"] and by_logger["httpcore"]
    assert not leaks, "\n".join(leaks[:20])


@pytest.mark.parametrize("cls", [StripeInvoicing, AsyncStripeInvoicing])
def test_repr_of_a_half_built_client_does_not_raise(cls: Any) -> None:
    with pytest.raises(InvalidParameterError) as caught:
        cls(KEY, max_retries=-1)
    report = traceback.TracebackException.from_exception(caught.value, capture_locals=True)
    assert "max_retries" in "".join(report.format())


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_refused_idempotency_key_leaves_no_key_in_frame_locals(kind: str) -> None:
    fake = FakeStripe(api_keys=[KEY])
    if kind == "sync":
        client = StripeInvoicing(KEY, http_client=fake.sync_http_client(api_key=None))

        def call() -> object:
            return client.customers.create(idempotency_key="bad\nkey")
    else:
        async_client = AsyncStripeInvoicing(KEY, http_client=fake.async_http_client(api_key=None))

        def call() -> object:
            return asyncio.run(async_client.customers.create(idempotency_key="bad\nkey"))

    with pytest.raises(InvalidParameterError) as caught:
        call()
    assert fake.requests == []
    assert SECRETS[0] not in _frame_locals(caught.value, skip=1)
