"""Any answer is read within bounded memory and time (issue 21, items 1, 2 and 5).

Over real sockets on 127.0.0.1 (RawServer): gzip bombs, stacked encodings, a server that drips
its status line, headers or body one byte at a time, and list pages larger than asked for.
"""

from __future__ import annotations

import functools
import json
import struct
import time
import tracemalloc
import zlib
from collections.abc import AsyncIterator, Callable
from typing import Any

import httpcore
import httpx
import pytest

from stripe_invoicing_client import (
    APIResponseError,
    APIServerError,
    AsyncStripeInvoicing,
    CardError,
    DeadlineExceededError,
    InvalidRequestError,
    StripeInvoicing,
    _deadline,
)
from stripe_invoicing_client.models import Invoice

from ._support import KEY, Pieces, RawServer, close, collect, dripped, http_answer, invoice, run

CAP = 1_000_000


@pytest.fixture
async def loopback() -> AsyncIterator[Callable[[list[Pieces]], RawServer]]:
    servers: list[RawServer] = []

    def start(scripts: list[Pieces]) -> RawServer:
        servers.append(RawServer(scripts))
        return servers[-1]

    yield start
    for server in servers:
        server.close()


def client_of(kind: str, server: RawServer, **options: Any) -> Any:
    """A client that owns its connections, as most users' do."""
    cls = StripeInvoicing if kind == "sync" else AsyncStripeInvoicing
    return cls(KEY, base_url=server.url, rate_limit=None, **options)


# --- 1. decompression bombs -------------------------------------------------------------


def gzip_of_zeros(mib: int) -> bytes:
    """gzip of `mib` MiB of zeros, made in milliseconds: a fully flushed deflate block of
    1 MiB of zeros is the same bytes every time, so it is repeated rather than recomputed."""
    zeros = bytes(1 << 20)
    deflate = zlib.compressobj(9, zlib.DEFLATED, -15)
    first = deflate.compress(zeros) + deflate.flush(zlib.Z_FULL_FLUSH)
    block = deflate.compress(zeros) + deflate.flush(zlib.Z_FULL_FLUSH)
    crc = 0
    for _ in range(mib):
        crc = zlib.crc32(zeros, crc)
    header = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\xff"  # no name, mtime 0: the same bytes
    trailer = struct.pack("<II", crc, (mib << 20) & 0xFFFFFFFF)
    return header + first + block * (mib - 1) + deflate.flush() + trailer


def stacked_bomb() -> tuple[bytes, dict[str, str]]:
    # Two layers: ~700 bytes on the wire that httpx inflated to 256 MiB in one go.
    inner = gzip_of_zeros(256)
    outer = zlib.compressobj(9, zlib.DEFLATED, 31)
    return outer.compress(inner) + outer.flush(), {"Content-Encoding": "gzip, gzip"}


def single_layer_bomb() -> tuple[bytes, dict[str, str]]:
    return gzip_of_zeros(200), {"Content-Encoding": "gzip"}  # ~200 KB for 200 MiB


BOMBS = {"stacked gzip": stacked_bomb, "one gzip layer": single_layer_bomb}


@pytest.mark.parametrize("bomb", list(BOMBS))
async def test_a_decompression_bomb_is_refused_with_memory_near_the_cap(
    kind: str, bomb: str, loopback: Callable[[list[Pieces]], RawServer]
) -> None:
    body, headers = BOMBS[bomb]()
    fine = http_answer(200, json.dumps(invoice("in_1")).encode())
    server = loopback([[(fine, 0)], [(http_answer(200, body, headers), 0)]])
    client = client_of(kind, server, max_response_bytes=CAP)
    # A first call imports what calls need and opens the connection: not counted.
    await run(client.invoices.retrieve("in_1"))
    tracemalloc.start()
    try:
        with pytest.raises(APIResponseError) as caught:
            await run(client.invoices.retrieve("in_1"))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
        await close(client)
    # The kept body (at most the cap), one inflate step and zlib's own state; httpx's own
    # decoding peaked at 256 MiB and 64 MiB here.
    assert peak < 3 * CAP, f"peak {peak / 2**20:.1f} MiB for a cap of {CAP / 2**20:.1f} MiB"
    expected = "Content-Encoding" if bomb == "stacked gzip" else "max_response_bytes"
    assert expected in str(caught.value)
    assert server.requests == 2  # a bomb is not asked for again


@pytest.mark.parametrize("encoding", ["br", "deflate", "gzip, gzip", "identity, gzip, gzip"])
async def test_an_encoding_stripe_never_sends_is_refused_unread(
    kind: str, encoding: str, loopback: Callable[[list[Pieces]], RawServer]
) -> None:
    answer = http_answer(200, b"x" * 100, {"Content-Encoding": encoding})
    server = loopback([[(answer, 0)]])
    client = client_of(kind, server)
    try:
        with pytest.raises(APIResponseError, match="Content-Encoding") as caught:
            await run(client.invoices.pay("in_1", idempotency_key="pay-1"))
    finally:
        await close(client)
    assert caught.value.idempotency_key == "pay-1"
    assert server.requests == 1


async def test_an_error_refused_unread_keeps_its_status_class_and_retry(
    kind: str, loopback: Callable[[list[Pieces]], RawServer]
) -> None:
    # A proxy's 503 page over the cap, or in an encoding Stripe never sends: unread, but still
    # a 503, retried like one (it was an APIResponseError that ended the call).
    fine = json.dumps(invoice("in_1")).encode()
    page = b"<html>" + b"busy " * len(fine) + b"</html>"
    too_large = http_answer(503, page, {"Request-Id": "req_big"})
    encoded = http_answer(503, b"x" * 10, {"Content-Encoding": "br"})
    server = loopback([[(too_large, 0)], [(encoded, 0)], [(http_answer(200, fine), 0)]])
    client = client_of(kind, server, max_response_bytes=len(fine))
    try:
        paid = await run(client.invoices.pay("in_1", idempotency_key="pay-1"))
    finally:
        await close(client)
    assert paid.id == "in_1"
    assert server.requests == 3


@pytest.mark.parametrize(
    ("status", "error"),
    [(400, InvalidRequestError), (402, CardError), (500, APIServerError)],
)
async def test_an_error_over_the_cap_is_its_status_error_not_retried_when_final(
    kind: str, status: int, error: type[Exception], loopback: Callable[[list[Pieces]], RawServer]
) -> None:
    body = b"{" + b" " * 5_000 + b"}"
    answer = http_answer(status, body, {"Request-Id": "req_big", "Stripe-Should-Retry": "false"})
    server = loopback([[(answer, 0)]])
    client = client_of(kind, server, max_response_bytes=1_000)
    try:
        with pytest.raises(error) as caught:
            await run(client.invoices.pay("in_1", idempotency_key="pay-1"))
    finally:
        await close(client)
    assert type(caught.value) is error
    assert "max_response_bytes=1000" in str(caught.value)
    assert caught.value.request_id == "req_big"  # type: ignore[attr-defined]
    assert server.requests == 1


async def test_only_gzip_is_asked_for_and_a_gzip_answer_is_read(
    kind: str, loopback: Callable[[list[Pieces]], RawServer]
) -> None:
    deflate = zlib.compressobj(6, zlib.DEFLATED, 31)
    body = deflate.compress(json.dumps(invoice("in_1")).encode()) + deflate.flush()
    server = loopback([[(http_answer(200, body, {"Content-Encoding": "gzip"}), 0)]])
    seen: list[httpx.Request] = []
    client = client_of(kind, server)
    try:
        raw = await run(client.with_raw_response.invoices.retrieve("in_1"))
        seen.append(raw.http_response.request)
    finally:
        await close(client)
    assert isinstance(raw.parsed, Invoice) and raw.parsed.id == "in_1"
    assert json.loads(raw.http_response.content)["id"] == "in_1"
    assert seen[0].headers["Accept-Encoding"] == "gzip"


# --- 2. a deadline for every byte of every attempt -----------------------------------------

TOTAL = 1.0
DRIP = 0.2
# The bound is 10% over total_timeout. On top of it, SLACK covers a shared CI
# machine's scheduling (thread wake-ups, a loaded core); a server that is never cut off
# runs for its whole drip (12 s and more here), far beyond both.
SLACK = 0.4


PAID = http_answer(200, json.dumps(invoice("in_1")).encode())


def answer_dripped_from(offset: int) -> Pieces:
    return [(PAID[:offset], 0), *dripped(PAID[offset:], DRIP)]


DRIPS: dict[str, list[Pieces]] = {
    "status line": [answer_dripped_from(0)],
    "headers": [answer_dripped_from(len(b"HTTP/1.1 200 X\r\n"))],
    "body": [
        answer_dripped_from(len(http_answer(200, json.dumps(invoice("in_1")).encode())) - 200)
    ],
    "headers of the retry": [
        [(http_answer(500, b'{"error": {"type": "api_error"}}'), 0)],
        answer_dripped_from(len(b"HTTP/1.1 200 X\r\n")),
    ],
}


@pytest.mark.parametrize("drip", list(DRIPS))
async def test_a_dripping_server_is_cut_off_at_total_timeout(
    kind: str, drip: str, loopback: Callable[[list[Pieces]], RawServer]
) -> None:
    server = loopback(DRIPS[drip])
    client = client_of(kind, server, total_timeout=TOTAL, timeout=30.0)
    started = time.monotonic()
    try:
        with pytest.raises(DeadlineExceededError) as caught:
            await run(client.invoices.pay("in_1", idempotency_key="pay-1"))
    finally:
        elapsed = time.monotonic() - started
        await close(client)
    assert elapsed <= TOTAL * 1.1 + SLACK, f"cut off after {elapsed:.2f}s"
    assert caught.value.idempotency_key == "pay-1"
    assert server.requests == len(DRIPS[drip])


# --- 5. a page larger than asked for ------------------------------------------------------


@functools.cache
def huge_page(items: int) -> bytes:
    head = b'{"object": "list", "url": "/v1/invoices", "has_more": false, "data": ['
    return head + b",".join(b'{"id": "in_%d"}' % i for i in range(items)) + b"]}"


@pytest.mark.parametrize(
    ("limit", "items"), [(10, 10**6), (10, 11), (None, 11), (100, 101)], ids=str
)
async def test_a_page_with_more_items_than_asked_for_is_refused_before_parsing(
    kind: str,
    limit: int | None,
    items: int,
    loopback: Callable[[list[Pieces]], RawServer],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from stripe_invoicing_client.models import Invoice as InvoiceModel

    parsed: list[object] = []
    original = InvoiceModel.from_dict

    def counting(data: Any) -> Any:
        parsed.append(data)
        return original(data)

    monkeypatch.setattr(InvoiceModel, "from_dict", staticmethod(counting))
    server = loopback([[(http_answer(200, huge_page(items)), 0)]])
    client = client_of(kind, server, max_response_bytes=64 * 1024 * 1024)
    params = {} if limit is None else {"limit": limit}
    try:
        with pytest.raises(APIResponseError, match="more than the") as caught:
            await run(collect(client.invoices.list(**params)))
    finally:
        await close(client)
    assert parsed == []
    assert caught.value.http_status == 200
    assert server.requests == 1


async def test_a_full_page_is_accepted(
    kind: str, loopback: Callable[[list[Pieces]], RawServer]
) -> None:
    page = {
        "object": "list",
        "url": "/v1/invoices",
        "has_more": False,
        "data": [invoice(f"in_{i}") for i in range(3)],
    }
    server = loopback([[(http_answer(200, json.dumps(page).encode()), 0)]])
    client = client_of(kind, server)
    try:
        got = await run(collect(client.invoices.list(limit=3)))
    finally:
        await close(client)
    assert [item.id for item in got] == ["in_0", "in_1", "in_2"]


# --- 6. the sync shell's deadline over a proxy's tunnel -----------------------------------


class _Stream(httpcore.NetworkStream):
    """Answers reads from a script and records the timeout each read was given; its TLS
    upgrade is another stream, as a real one is (over an HTTP proxy's CONNECT tunnel)."""

    def __init__(self, replies: list[bytes], tls: _Stream | None, upgraded: Callable[[], None]):
        self.replies = replies
        self.tls = tls
        self.upgraded = upgraded
        self.timeouts: list[float | None] = []

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        self.timeouts.append(timeout)
        return self.replies.pop(0) if self.replies else b""

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        pass

    def close(self) -> None:
        pass

    def start_tls(
        self, ssl_context: Any, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.NetworkStream:
        assert self.tls is not None
        self.upgraded()
        return self.tls

    def get_extra_info(self, info: str) -> Any:
        return None


class _Backend(httpcore.NetworkBackend):
    def __init__(self, stream: _Stream) -> None:
        self.stream = stream

    def connect_tcp(self, *args: Any, **kwargs: Any) -> httpcore.NetworkStream:
        return self.stream


def test_the_sync_deadline_bounds_the_reads_of_a_proxy_s_tunnel(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """HTTPS through an HTTP proxy: the stream the answer is read from is the TLS one made
    over the CONNECT tunnel (httpcore's `proxy.start_tls`), and its reads are bounded by the
    call's deadline too, or a server dripping its answer through a proxy holds the call open
    past total_timeout. The clock the bound reads jumps past the deadline as the tunnel is
    upgraded, so every read after that must be given the expired bound."""
    offset = [0.0]

    class Clock:
        @staticmethod
        def monotonic() -> float:
            return time.monotonic() + offset[0]

    monkeypatch.setattr(_deadline, "time", Clock)

    def jump() -> None:
        offset[0] = 10_000.0

    tls = _Stream([PAID], None, jump)
    tunnel = _Stream([b"HTTP/1.1 200 Connection established\r\n\r\n"], tls, jump)
    http = httpx.Client(proxy="http://proxy.example:3128")
    pool = http._transport_for_url(httpx.URL("https://api.stripe.com"))._pool  # type: ignore[attr-defined]
    pool._network_backend = _Backend(tunnel)
    with StripeInvoicing(KEY, http_client=http, total_timeout=60.0, rate_limit=None) as client:
        assert client.invoices.retrieve("in_1").id == "in_1"
    http.close()
    assert tunnel.timeouts and tls.timeouts
    assert all(timeout is not None and timeout < 0.001 for timeout in tls.timeouts)
