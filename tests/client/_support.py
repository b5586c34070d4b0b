"""Helpers shared by the client tests: response bodies, odd error bodies, a raw HTTP server."""

from __future__ import annotations

import contextlib
import re
import socket
import threading
import time
from collections.abc import Callable
from typing import Any
from urllib.parse import unquote

import httpx

from stripe_invoicing_client import errors
from tests.glue import Client as Client
from tests.glue import close as close
from tests.glue import collect as collect
from tests.glue import collect_into as collect_into
from tests.glue import collect_pages as collect_pages
from tests.glue import run as run
from tests.seeds import seed_invoices

BASE = "https://api.stripe.com"
KEY = "sk_test_51KeyForFacadeTests"
API_VERSION = "2026-10-28.endive"
UUID4 = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")


def invoice(id: str = "in_1MtGmCLkdIwHu7ixJlveR2DO") -> dict[str, Any]:
    body = dict(seed_invoices()[0][1])
    body["id"] = id
    return body


def line_item(id: str = "il_1") -> dict[str, Any]:
    return {
        "id": id,
        "object": "line_item",
        "amount": 1500,
        "currency": "usd",
        "description": "Setup fee",
        "livemode": False,
        "metadata": {},
        "quantity": 1,
    }


def invoice_item(id: str = "ii_1") -> dict[str, Any]:
    return {
        "id": id,
        "object": "invoiceitem",
        "amount": 1500,
        "currency": "usd",
        "customer": "cus_NeZwdNtLEOXuvB",
        "description": "Setup fee",
        "livemode": False,
        "metadata": {"order_id": "6735"},
    }


def customer(id: str = "cus_NeZwdNtLEOXuvB") -> dict[str, Any]:
    return {
        "id": id,
        "object": "customer",
        "balance": 0,
        "created": 1680893993,
        "email": "jenny.rosen@example.com",
        "livemode": False,
        "metadata": {},
        "name": "Jenny Rosen",
    }


def deleted(object_: str, id: str) -> dict[str, Any]:
    return {"id": id, "object": object_, "deleted": True}


def list_page(items: list[dict[str, Any]], has_more: bool, url: str) -> dict[str, Any]:
    return {"object": "list", "data": items, "has_more": has_more, "url": url}


def search_page(
    items: list[dict[str, Any]], has_more: bool, next_page: str | None, url: str
) -> dict[str, Any]:
    return {
        "object": "search_result",
        "data": items,
        "has_more": has_more,
        "next_page": next_page,
        "url": url,
        "total_count": None,
    }


def pairs(raw: str) -> list[tuple[str, str]]:
    """A form or query string as decoded (key, value) pairs, in wire order."""
    if not raw:
        return []
    return [
        (unquote(k.replace("+", " ")), unquote(v.replace("+", " ")))
        for k, _, v in (part.partition("=") for part in raw.split("&"))
    ]


def query(request: httpx.Request) -> list[tuple[str, str]]:
    return pairs(request.url.query.decode())


def form(request: httpx.Request) -> list[tuple[str, str]]:
    return pairs(request.content.decode("ascii"))


ClientFactory = Callable[..., Client]


# --- glue of the per-resource wire tables (test_billing_resources, test_recurring_resources)

Body = Callable[[], dict[str, Any]]


def obj(object_: str, id_: str, **fields: Any) -> Body:
    """A response body maker: a fresh dict per call, so a test can't change another's."""
    return lambda: {"id": id_, "object": object_, **fields}


def method_at(client: Any, path: str, method: str) -> Any:
    """`client.<path>.<method>`, with `path` dotted (`customers.tax_ids`)."""
    for attribute in path.split("."):
        client = getattr(client, attribute)
    return getattr(client, method)


# --- a real HTTP/1.1 server on 127.0.0.1 that answers with raw bytes, sent as scripted ---

Pieces = list[tuple[bytes, float]]  # bytes to send, then seconds to pause


def http_answer(status: int, body: bytes, headers: dict[str, str] | None = None) -> bytes:
    """A whole response as raw bytes (status line, headers, body)."""
    lines = [f"HTTP/1.1 {status} X", f"Content-Length: {len(body)}"]
    lines += [f"{name}: {value}" for name, value in (headers or {}).items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body


def dripped(data: bytes, every: float) -> Pieces:
    """`data` one byte at a time, `every` seconds apart."""
    return [(data[i : i + 1], every) for i in range(len(data))]


class RawServer:
    """Answers the n-th request with the n-th script (the last one repeated), over real
    sockets: the client's own httpx pool, timeouts and reads are what is exercised."""

    def __init__(self, scripts: list[Pieces]) -> None:
        self.scripts = scripts
        self.requests = 0
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._closed = threading.Event()
        threading.Thread(target=self._accept, daemon=True).start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._listener.getsockname()[1]}"

    def _accept(self) -> None:
        while not self._closed.is_set():
            try:
                conn, _ = self._listener.accept()
            except OSError:
                return
            threading.Thread(target=self._serve, args=(conn,), daemon=True).start()

    def _serve(self, conn: socket.socket) -> None:
        with conn, contextlib.suppress(OSError):  # OSError: the client went away
            self._answer_each(conn)

    def _answer_each(self, conn: socket.socket) -> None:
        buffered = b""
        while True:
            while b"\r\n\r\n" not in buffered:
                data = conn.recv(65536)
                if not data:
                    return
                buffered += data
            head, _, buffered = buffered.partition(b"\r\n\r\n")
            length = re.search(rb"(?i)\r\ncontent-length: *(\d+)", head)
            while length and len(buffered) < int(length.group(1)):
                buffered += conn.recv(65536)
            buffered = buffered[int(length.group(1)) if length else 0 :]
            script = self.scripts[min(self.requests, len(self.scripts) - 1)]
            self.requests += 1
            for data, pause in script:
                if self._closed.is_set():
                    return
                conn.sendall(data)
                if pause:
                    time.sleep(pause)

    def close(self) -> None:
        self._closed.set()
        self._listener.close()


# Error answers whose bodies are not what Stripe documents; each keeps its status's class.
ODD_ERROR_BODIES = [
    (502, b"<html>\n<head><title>502 Bad Gateway</title></head>\n</html>", errors.APIServerError),
    (503, b"", errors.APIServerError),
    (500, b"\x00\xff\xfe garbage", errors.APIServerError),
    (404, b"Not Found", errors.NotFoundError),
    (400, b'{"error": "a string, not an object"}', errors.InvalidRequestError),
    (401, b"[1, 2, 3]", errors.AuthenticationError),
    (403, b'{"error": {"type": 5, "message": ["x"]}}', errors.PermissionDeniedError),
    (402, b"[" * 100_000, errors.CardError),
    (429, b'{"error": {"message": "   "}}', errors.RateLimitError),
    (404, b"", errors.NotFoundError),
    (500, b"   \n\t ", errors.APIServerError),
    (400, b"\xff\xfe\xfa not utf-8", errors.InvalidRequestError),
    (402, b'"just a string"', errors.CardError),
    (403, b"null", errors.PermissionDeniedError),
    (429, b'{"error": "rate limited"}', errors.RateLimitError),
    (409, b'{"error": ["x"]}', errors.ConflictError),
    (
        400,
        b'{"error": {"type": 1, "message": 2, "code": [], "param": 3}}',
        errors.InvalidRequestError,
    ),
    (400, b'{"error": {"type": "idempotency_error"', errors.InvalidRequestError),
    (500, b"[" * 100_000, errors.APIServerError),
]
