"""`FakeStripe` over real HTTP/1.1 on 127.0.0.1, for tests (and benchmarks) of code that opens
its own connections: sockets, keep-alive, real concurrency, and the fake's rate limits.

    with LoopbackServer(fake) as server:
        client = StripeInvoicing("sk_test_x", base_url=server.base_url)

The server runs an asyncio loop in a thread (or, with `serve_forever`, in the caller's).
A fault that loses the answer (a dropped connection, a read timeout) closes the connection
without one, as a network would.
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
from types import TracebackType
from typing import TYPE_CHECKING

import httpx

if TYPE_CHECKING:
    from ._fake import FakeStripe

_MAX_HEAD = 64 * 1024
_MAX_BODY = 16 * 1024 * 1024
_REASONS = {
    200: "OK",
    400: "Bad Request",
    401: "Unauthorized",
    402: "Payment Required",
    404: "Not Found",
    409: "Conflict",
    429: "Too Many Requests",
    500: "Internal Server Error",
    502: "Bad Gateway",
    503: "Service Unavailable",
}


def _head(response: httpx.Response, body: bytes, keep_alive: bool) -> bytes:
    lines = [f"HTTP/1.1 {response.status_code} {_REASONS.get(response.status_code, 'Status')}"]
    for name, value in response.headers.items():
        if name.lower() not in ("content-length", "transfer-encoding", "connection"):
            lines.append(f"{name}: {value}")
    lines.append(f"Content-Length: {len(body)}")
    lines.append("Connection: keep-alive" if keep_alive else "Connection: close")
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


class LoopbackServer:
    def __init__(self, fake: FakeStripe, *, host: str = "127.0.0.1", port: int = 0) -> None:
        self._fake = fake
        self._host = host
        self._port = port
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stop: asyncio.Event | None = None
        self._thread: threading.Thread | None = None
        self._ready = threading.Event()
        self._error: BaseException | None = None
        self.port = 0
        self._writers: set[asyncio.StreamWriter] = set()

    @property
    def base_url(self) -> str:
        return f"http://{self._host}:{self.port}"

    async def _connection(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self._writers.add(writer)
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                if len(head) > _MAX_HEAD:
                    return
                request_line, *header_lines = head[:-4].decode("latin-1").split("\r\n")
                method, target, _ = request_line.split(" ", 2)
                headers = []
                length = 0
                keep_alive = True
                for line in header_lines:
                    name, _, value = line.partition(":")
                    value = value.strip()
                    headers.append((name, value))
                    if name.lower() == "content-length":
                        length = int(value)
                    elif name.lower() == "connection" and value.lower() == "close":
                        keep_alive = False
                if length > _MAX_BODY:
                    return
                body = await reader.readexactly(length) if length else b""
                request = httpx.Request(
                    method, f"{self.base_url}{target}", headers=headers, content=body
                )
                try:
                    response = await self._fake.transport.handle_async_request(request)
                except httpx.HTTPError:
                    return  # the answer is lost: close without one
                content = await response.aread()
                writer.write(_head(response, content, keep_alive) + content)
                await writer.drain()
                if not keep_alive:
                    return
        except (
            asyncio.IncompleteReadError,
            asyncio.LimitOverrunError,
            ConnectionError,
            ValueError,
        ):
            return
        finally:
            self._writers.discard(writer)
            writer.close()
            with contextlib.suppress(Exception):
                await writer.wait_closed()

    async def serve_forever(self, started: threading.Event | None = None) -> None:
        """Serves until `stop()`; `self.port` is set once listening."""
        self._loop = asyncio.get_running_loop()
        self._stop = asyncio.Event()
        server = await asyncio.start_server(
            self._connection, self._host, self._port, limit=_MAX_HEAD * 2, backlog=1024
        )
        self.port = server.sockets[0].getsockname()[1]
        if started is not None:
            started.set()
        async with server:
            await self._stop.wait()
            for writer in list(self._writers):  # idle keep-alive connections end here
                writer.close()
            await asyncio.sleep(0)

    def _run(self) -> None:
        try:
            asyncio.run(self.serve_forever(self._ready))
        except BaseException as error:  # reported by start()
            self._error = error
            self._ready.set()

    def start(self) -> LoopbackServer:
        self._thread = threading.Thread(target=self._run, name="fake-stripe-loopback", daemon=True)
        self._thread.start()
        self._ready.wait(10)
        if self._error is not None or not self.port:
            raise RuntimeError(f"the loopback server did not start: {self._error!r}")
        return self

    def stop(self) -> None:
        loop, stop = self._loop, self._stop
        if loop is not None and stop is not None and not loop.is_closed():
            with contextlib.suppress(RuntimeError):
                loop.call_soon_threadsafe(stop.set)
        if self._thread is not None:
            self._thread.join(10)

    def __enter__(self) -> LoopbackServer:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stop()


__all__ = ["LoopbackServer"]
