"""A write cut short at any await point carries its key and leaves a real pool healthy (issue 11).

Over real sockets on 127.0.0.1 and httpx's own connection pool (one connection at most, so a
connection left checked out would make the next call wait for the pool and fail): the task is
cancelled while connecting, waiting for the answer, reading the body, or sleeping before a
retry; the CancelledError names the idempotency key, the same key then completes the write,
and further calls, one after another and at once, share the pool. The sync client's
KeyboardInterrupt gets the same note. (`test_request_path.py` covers the same points over
mock transports.)
"""

from __future__ import annotations

import asyncio
import json
import socket
import sys
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpcore
import httpx
import pytest

from stripe_invoicing_client import AsyncStripeInvoicing, StripeInvoicing, _async_client
from stripe_invoicing_client.testing import FakeStripe, LoopbackServer

from ._support import KEY, UUID4, invoice


class StallingServer:
    """HTTP/1.1 in the test's own event loop. Each request takes the next behaviour of
    `plan` ("answer" once it is empty): "answer" (200, an invoice), "retry" (503),
    "stall-head" (read the request, answer nothing) or "stall-body" (headers and half the
    body). A stall lasts until the client closes the connection, which `dropped` counts."""

    def __init__(self) -> None:
        self.plan: list[str] = []
        self.stalled = asyncio.Event()
        self.dropped = 0
        self.server: asyncio.Server | None = None

    async def listen(self, sock: socket.socket | None = None, *, serving: bool = True) -> str:
        if sock is None:
            self.server = await asyncio.start_server(self._connection, "127.0.0.1", 0)
        else:
            self.server = await asyncio.start_server(
                self._connection, sock=sock, start_serving=serving
            )
        port = self.server.sockets[0].getsockname()[1]
        return f"http://127.0.0.1:{port}"

    async def _connection(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                length = 0
                for line in head.decode("latin-1").split("\r\n"):
                    name, _, value = line.partition(":")
                    if name.lower() == "content-length":
                        length = int(value)
                await reader.readexactly(length)
                behaviour = self.plan.pop(0) if self.plan else "answer"
                status, body = (503, b"{}") if behaviour == "retry" else (200, _INVOICE)
                head_out = (
                    f"HTTP/1.1 {status} X\r\nContent-Type: application/json\r\n"
                    f"Content-Length: {len(body)}\r\n\r\n"
                ).encode()
                if behaviour == "stall-head":
                    await self._stall(reader)
                    return
                if behaviour == "stall-body":
                    writer.write(head_out + body[: len(body) // 2])
                    await writer.drain()
                    await self._stall(reader)
                    return
                writer.write(head_out + body)
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError):
            return
        finally:
            writer.close()

    async def _stall(self, reader: asyncio.StreamReader) -> None:
        self.stalled.set()
        while await reader.read(1024):  # until the client closes its end
            pass
        self.dropped += 1

    async def aclose(self) -> None:
        if self.server is not None:
            self.server.close()
            await self.server.wait_closed()


_INVOICE = json.dumps(invoice("in_1")).encode()


class SignallingBackend(httpcore.AsyncNetworkBackend):
    """httpcore's own network backend, telling the test when a TCP connect begins."""

    def __init__(self, inner: httpcore.AsyncNetworkBackend, connecting: asyncio.Event) -> None:
        self._inner = inner
        self._connecting = connecting

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Any = None,
    ) -> httpcore.AsyncNetworkStream:
        self._connecting.set()
        return await self._inner.connect_tcp(
            host, port, timeout=timeout, local_address=local_address, socket_options=socket_options
        )

    async def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Any = None
    ) -> httpcore.AsyncNetworkStream:
        return await self._inner.connect_unix_socket(
            path, timeout=timeout, socket_options=socket_options
        )

    async def sleep(self, seconds: float) -> None:
        await self._inner.sleep(seconds)


def pool_of(client: Any) -> Any:
    return client._pools.given._transport._pool


def one_connection_client(base_url: str) -> AsyncStripeInvoicing:
    # A connection left checked out fails the next call in 2 s (pool timeout), not 80.
    http = httpx.AsyncClient(limits=httpx.Limits(max_connections=1))
    timeout = httpx.Timeout(30, pool=2)
    return AsyncStripeInvoicing(KEY, base_url=base_url, http_client=http, timeout=timeout)


@pytest.fixture
async def server() -> AsyncIterator[StallingServer]:
    stalling = StallingServer()
    yield stalling
    await stalling.aclose()


def key_notes(error: BaseException) -> list[str]:
    """The notes of `error` that name an idempotency key (`__notes__` is absent without notes)."""
    added: list[str] = getattr(error, "__notes__", [])
    return [note for note in added if "idempotency_key=" in note]


async def cancel_and_take_key(task: asyncio.Task[Any]) -> str:
    task.cancel()
    with pytest.raises(asyncio.CancelledError) as caught:
        await task
    notes = key_notes(caught.value)
    assert len(notes) == 1
    assert "POST /v1/invoices/in_1/pay" in notes[0]
    key = notes[0].rpartition("idempotency_key=")[2]
    assert UUID4.match(key)
    return key


async def check_healthy(client: AsyncStripeInvoicing, key: str) -> None:
    """The key completes the write; then calls in turn and at once get the one connection."""
    assert (await client.invoices.pay("in_1", idempotency_key=key)).id == "in_1"
    for _ in range(3):
        assert (await client.invoices.retrieve("in_1")).id == "in_1"
    together = await asyncio.gather(*(client.invoices.retrieve("in_1") for _ in range(4)))
    assert [found.id for found in together] == ["in_1"] * 4
    connections = pool_of(client).connections
    assert len(connections) <= 1
    assert all(connection.is_idle() for connection in connections)


@pytest.mark.parametrize("where", ["stall-head", "stall-body"])
async def test_cancelled_while_waiting_for_or_reading_the_answer(
    server: StallingServer, where: str
) -> None:
    """Send (the request is written, no answer yet) and read (half the body arrived): the
    connection, mid-exchange, is closed rather than handed to the next call."""
    async with one_connection_client(await server.listen()) as client:
        assert (await client.invoices.retrieve("in_1")).id == "in_1"  # a connection is pooled
        server.plan = [where]
        task = asyncio.ensure_future(client.invoices.pay("in_1"))
        await server.stalled.wait()
        key = await cancel_and_take_key(task)
        await check_healthy(client, key)
        assert server.dropped == 1


async def test_cancelled_while_sleeping_before_a_retry(
    server: StallingServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    sleeping = asyncio.Event()

    async def sleep_until_cancelled(_: float) -> None:
        sleeping.set()
        await asyncio.Event().wait()

    monkeypatch.setattr(_async_client, "_async_sleep", sleep_until_cancelled)
    async with one_connection_client(await server.listen()) as client:
        server.plan = ["retry"]
        task = asyncio.ensure_future(client.invoices.pay("in_1"))
        await sleeping.wait()
        key = await cancel_and_take_key(task)
        await check_healthy(client, key)


@pytest.mark.skipif(sys.platform != "linux", reason="Linux drops a SYN its full queue can't take")
async def test_cancelled_while_connecting(server: StallingServer) -> None:
    """A real connect that does not complete: the listening socket's accept queue is full
    (backlog 0, one connection queued, nothing accepted), so the kernel leaves the client's
    SYN unanswered. The task is cancelled inside httpcore's connect; then the server starts
    accepting and the same client works."""
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.bind(("127.0.0.1", 0))
    listener.listen(0)
    address = listener.getsockname()
    fillers = []
    for _ in range(2):
        filler = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        filler.setblocking(False)
        filler.connect_ex(address)
        fillers.append(filler)
    base_url = await server.listen(listener, serving=False)
    connecting = asyncio.Event()
    async with one_connection_client(base_url) as client:
        pool = pool_of(client)
        pool._network_backend = SignallingBackend(pool._network_backend, connecting)
        task = asyncio.ensure_future(client.invoices.pay("in_1"))
        await connecting.wait()
        await asyncio.sleep(0.05)  # well inside the connect (it cannot complete yet)
        assert not task.done()
        key = await cancel_and_take_key(task)
        assert pool.connections == []  # the half-made connection is gone
        for filler in fillers:
            filler.close()
        assert server.server is not None
        await server.server.start_serving()
        await check_healthy(client, key)


# --- the sync client: KeyboardInterrupt -----------------------------------------------------


class InterruptingTransport(httpx.BaseTransport):
    """httpx's real transport; the first answer raises KeyboardInterrupt as its body is read
    (as Ctrl-C would, with the connection checked out of the pool and the body unread)."""

    def __init__(self) -> None:
        self.inner = httpx.HTTPTransport(limits=httpx.Limits(max_connections=1))
        self.armed = True

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self.inner.handle_request(request)
        if not self.armed:
            return response
        self.armed = False
        return httpx.Response(
            response.status_code,
            headers=response.headers,
            stream=InterruptedBody(response.stream),
            extensions=response.extensions,
        )

    def close(self) -> None:
        self.inner.close()


class InterruptedBody(httpx.SyncByteStream):
    def __init__(self, inner: Any) -> None:
        self._inner = inner

    def __iter__(self) -> Iterator[bytes]:
        raise KeyboardInterrupt

    def close(self) -> None:
        self._inner.close()


def test_sync_keyboard_interrupt_carries_the_key_and_the_write_happens_once() -> None:
    fake = FakeStripe()
    transport = InterruptingTransport()
    with (
        LoopbackServer(fake) as loopback,
        StripeInvoicing(
            KEY,
            base_url=loopback.base_url,
            http_client=httpx.Client(transport=transport),
            timeout=httpx.Timeout(30, pool=2),
        ) as client,
    ):
        with pytest.raises(KeyboardInterrupt) as caught:
            client.customers.create(email="ctrl-c@example.com")
        notes = key_notes(caught.value)
        assert len(notes) == 1
        assert "POST /v1/customers" in notes[0]
        key = notes[0].rpartition("idempotency_key=")[2]
        assert UUID4.match(key)

        # The fake had created the customer; the same key replays it instead of a second one.
        again = client.customers.create(email="ctrl-c@example.com", idempotency_key=key)
        for _ in range(3):
            assert client.customers.retrieve(again.id).id == again.id
        assert [c.id for c in client.customers.list()] == [again.id]
        connections = transport.inner._pool.connections
        assert len(connections) <= 1
        assert all(connection.is_idle() for connection in connections)
