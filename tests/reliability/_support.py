"""Helpers of the reliability suite: the fault-injecting transport, figures, strict equality."""

from __future__ import annotations

import json
import random
from collections import Counter, defaultdict
from collections.abc import AsyncIterator, Iterator, Sequence
from contextvars import ContextVar
from typing import Any

import attrs
import httpx
import pytest
from hypothesis import HealthCheck, settings

from stripe_invoicing_client.testing import FAULT_EXTENSION, FailAfterWrite

# The logical call (a number the test gives it) that the current code runs for. Context
# variables follow both a thread's plain calls and an asyncio task's awaits, so the transport
# and the patched sleeps can tell which call an attempt or a delay belongs to.
CURRENT_CALL: ContextVar[int | None] = ContextVar("CURRENT_CALL", default=None)
# Set (in one thread or task only) to let requests through unharmed, e.g. to reconcile.
NO_FAULTS: ContextVar[bool] = ContextVar("NO_FAULTS", default=False)


def fuzz_settings(examples: int, *also_suppressed: HealthCheck) -> settings:
    """Hypothesis settings of a fuzz test: `examples` runs, no deadline (slow examples are not
    what it looks for) and no example database (each run stands on its own)."""
    return settings(
        max_examples=examples,
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, *also_suppressed],
    )


class Figures:
    """Figures a test reports: printed now (visible with -s) and in the terminal summary."""

    def __init__(self, store: dict[str, list[str]]) -> None:
        self._store = store

    def add(self, section: str, *lines: str) -> None:
        kept = self._store.setdefault(section, [])
        for line in lines:
            kept.append(line)
            print(f"[{section}] {line}")

    def table(self, section: str, header: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
        self.add(section, *format_table(header, rows))


def write_figures(
    reporter: pytest.TerminalReporter, store: dict[str, list[str]] | None, title: str
) -> None:
    """The figures recorded in a run, again in the terminal summary (a conftest hook's body)."""
    if not store:
        return
    reporter.write_sep("=", title)
    for section, lines in store.items():
        reporter.write_line(f"[{section}]")
        for line in lines:
            reporter.write_line(f"  {line}")


def format_table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> list[str]:
    widths = [max(len(str(row[i])) for row in [header, *rows]) for i in range(len(header))]

    def line(cells: Sequence[str]) -> str:
        return " | ".join(str(c).ljust(w) for c, w in zip(cells, widths, strict=True)).rstrip()

    return [line(header), "-+-".join("-" * w for w in widths), *(line(r) for r in rows)]


@attrs.define
class SleepLog:
    """The delays retries asked for, by logical call."""

    by_call: dict[int | None, list[float]] = attrs.field(factory=lambda: defaultdict(list))

    def record(self, call: int | None, seconds: float) -> None:
        self.by_call[call].append(seconds)

    @property
    def all(self) -> list[float]:
        return [d for delays in self.by_call.values() for d in delays]


def strict_json(value: Any) -> str:
    """A canonical text that tells 1, 1.0 and True apart (== does not)."""
    return json.dumps(value, sort_keys=True, ensure_ascii=False, allow_nan=False)


def assert_same(got: Any, expected: Any, what: str) -> None:
    if strict_json(got) != strict_json(expected):
        raise AssertionError(
            f"{what}: differs\n got:      {got!r:.600}\n expected: {expected!r:.600}"
        )


# -- faults ------------------------------------------------------------------------------

FAULT_KINDS: tuple[str, ...] = (
    "connection_refused",  # never reaches the server
    "connect_timeout",  # never reaches the server
    "read_timeout_after_write",  # served and stored, then the answer never comes
    "reset_mid_body",  # served and stored, the connection resets halfway through the body
    "truncated_json",  # served and stored, a 200 whose body stops short
    "429_retry_after",  # rate limited at the edge, with Retry-After
    "409_lock_timeout",  # the object is locked by another request
    "500",
    "502",  # a proxy's HTML page
    "503",
    "should_retry_false",  # an error status that Stripe says must not be retried
    # Served and stored, then an error status. Stripe saves the endpoint's 500 for the key,
    # so a retry with it gets the 500 again; a 502/503 from in front of the API leaves the
    # real answer saved, and a retry replays that. (429 and 409 happen before any write.)
    "500_after_write",
    "502_after_write",
    "503_after_write",
)
# Given to the fake with the request (FAULT_EXTENSION): it applies them after the write.
STATUS_AFTER_WRITE = {"500_after_write": 500, "502_after_write": 502, "503_after_write": 503}
AFTER_WRITE = frozenset(
    {"read_timeout_after_write", "reset_mid_body", "truncated_json", *STATUS_AFTER_WRITE}
)


@attrs.define
class Attempt:
    """One request as it reached the network, and what the transport did to it."""

    call: int | None
    method: str
    raw_path: str
    idempotency_key: str | None
    fault: str | None
    reached_server: bool
    retry_after: float | None = None
    status: int | None = None


class _ResetStream(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A body that delivers its first bytes, then dies as a reset connection does."""

    def __init__(self, head: bytes) -> None:
        self._head = head

    def _error(self) -> httpx.ReadError:
        return httpx.ReadError("[Errno 104] Connection reset by peer")

    def __iter__(self) -> Iterator[bytes]:
        if self._head:
            yield self._head
        raise self._error()

    async def __aiter__(self) -> AsyncIterator[bytes]:
        if self._head:
            yield self._head
        raise self._error()


def _error_body(error_type: str, message: str, code: str | None = None) -> bytes:
    error: dict[str, Any] = {"type": error_type, "message": message}
    if code is not None:
        error["code"] = code
    return json.dumps({"error": error}).encode()


class FaultyTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Wraps a transport (the fake's) and makes a seeded share of attempts fail.

    Faults that happen before the server (refused, connect timeout, error statuses from the
    edge) never reach the inner transport; the "after write" ones let it serve and store the
    request, then spoil the answer. Every attempt is recorded in `attempts`.
    """

    def __init__(
        self,
        inner: Any,
        *,
        probability: float,
        seed: int,
        kinds: Sequence[str] = FAULT_KINDS,
        interleave: bool = True,
    ) -> None:
        self.inner = inner
        self.probability = probability
        self.kinds = tuple(kinds)
        self.random = random.Random(seed)
        self.enabled = True
        self.interleave = interleave
        self.attempts: list[Attempt] = []
        self.by_call: dict[int | None, list[Attempt]] = defaultdict(list)
        self._request_ids = 0

    # -- planning --------------------------------------------------------------------

    def _draw(self) -> str | None:
        if not self.enabled or NO_FAULTS.get() or self.random.random() >= self.probability:
            return None
        return self.random.choice(self.kinds)

    def _attempt(self, request: httpx.Request) -> Attempt:
        fault = self._draw()
        attempt = Attempt(
            call=CURRENT_CALL.get(),
            method=request.method,
            raw_path=request.url.raw_path.decode("ascii"),
            idempotency_key=request.headers.get("idempotency-key"),
            fault=fault,
            reached_server=fault is None or fault in AFTER_WRITE,
        )
        self.attempts.append(attempt)
        self.by_call[attempt.call].append(attempt)
        return attempt

    def _edge(self, request: httpx.Request, attempt: Attempt) -> httpx.Response:
        """The answer to a fault that stops a request before the server: raise or respond."""
        fault = attempt.fault
        self._request_ids += 1
        headers = {"Request-Id": f"req_edge{self._request_ids:08d}"}
        json_type = {"Content-Type": "application/json"}
        if fault == "connection_refused":
            raise httpx.ConnectError("[Errno 111] Connection refused", request=request)
        if fault == "connect_timeout":
            raise httpx.ConnectTimeout("timed out while connecting", request=request)
        if fault == "429_retry_after":
            attempt.retry_after = self.random.choice((1.0, 2.0, 0.5, 3.0))
            headers["Retry-After"] = f"{attempt.retry_after:g}"
            status, body = (
                429,
                _error_body("invalid_request_error", "Too many requests.", "rate_limit"),
            )
            headers.update(json_type)
        elif fault == "409_lock_timeout":
            status, body = (
                409,
                _error_body(
                    "invalid_request_error",
                    "This object cannot be accessed right now because another API request "
                    "or Stripe process is currently accessing it.",
                    "lock_timeout",
                ),
            )
            headers.update(json_type)
        elif fault == "500":
            status, body = 500, _error_body("api_error", "An unknown error occurred.")
            headers.update(json_type)
        elif fault == "502":
            status = 502
            body = b"<html><body><h1>502 Bad Gateway</h1></body></html>"
            headers = {"Content-Type": "text/html"}
        elif fault == "503":
            status, body = 503, b""
        elif fault == "should_retry_false":
            status = self.random.choice((409, 500, 503))
            body = _error_body("api_error", "Do not retry this request.")
            headers.update(json_type)
            headers["Stripe-Should-Retry"] = "false"
        else:  # pragma: no cover - a typo in FAULT_KINDS
            raise AssertionError(f"unknown fault {fault}")
        attempt.status = status
        return httpx.Response(status, headers=headers, content=body, request=request)

    def _spoil(
        self, request: httpx.Request, attempt: Attempt, response: httpx.Response
    ) -> httpx.Response:
        """The server did the work and answered `response`; now lose or break that answer."""
        attempt.status = response.status_code
        content = response.content
        if attempt.fault is None or attempt.fault in STATUS_AFTER_WRITE:
            return response  # in the second case the fake already answered with the status
        if attempt.fault == "read_timeout_after_write":
            raise httpx.ReadTimeout("The read operation timed out", request=request)
        cut = self.random.randrange(0, max(len(content), 1))
        headers = [(k, v) for k, v in response.headers.items() if k.lower() != "content-length"]
        if attempt.fault == "reset_mid_body":
            headers.append(("Content-Length", str(len(content))))
            return httpx.Response(
                response.status_code,
                headers=headers,
                stream=_ResetStream(content[:cut]),
                request=request,
            )
        assert attempt.fault == "truncated_json"
        return httpx.Response(
            response.status_code, headers=headers, content=content[:cut], request=request
        )

    def _mark(self, request: httpx.Request, attempt: Attempt) -> None:
        """Hands an after-the-write status fault to the fake, with this request only."""
        request.extensions.pop(FAULT_EXTENSION, None)
        status = STATUS_AFTER_WRITE.get(attempt.fault or "")
        if status is not None:
            # Stripe marks most saved 500s "don't retry" (a retry would only replay them).
            should_retry = self.random.choice((False, None)) if status == 500 else None
            request.extensions[FAULT_EXTENSION] = FailAfterWrite(status, should_retry)

    # -- transports ------------------------------------------------------------------

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        request.read()
        attempt = self._attempt(request)
        if not attempt.reached_server:
            return self._edge(request, attempt)
        self._mark(request, attempt)
        response = self.inner.handle_request(request)
        response.read()
        return self._spoil(request, attempt, response)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if self.interleave:
            # Let the other tasks run: without a real network nothing would ever suspend, and
            # concurrent calls would not interleave. asyncio's ready queue is FIFO, so the
            # interleaving (and so the seeded fault sequence) is the same on every run.
            import asyncio

            await asyncio.sleep(0)
        await request.aread()
        attempt = self._attempt(request)
        if not attempt.reached_server:
            return self._edge(request, attempt)
        self._mark(request, attempt)
        response = await self.inner.handle_async_request(request)
        await response.aread()
        return self._spoil(request, attempt, response)

    def faults_by_kind(self) -> Counter[str]:
        return Counter(a.fault for a in self.attempts if a.fault is not None)


class RecordingTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Passes requests to `inner`, keeping each as it was on the wire."""

    def __init__(self, inner: Any) -> None:
        self.inner = inner
        self.requests: list[httpx.Request] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.requests.append(request)
        return self.inner.handle_request(request)  # type: ignore[no-any-return]

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        await request.aread()
        self.requests.append(request)
        return await self.inner.handle_async_request(request)  # type: ignore[no-any-return]
