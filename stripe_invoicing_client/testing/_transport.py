"""The httpx transport: one object for sync and async clients, one code path for both.

The only difference is how an injected latency is waited out (`time.sleep` or
`asyncio.sleep`), and that wait happens outside the fake's lock.
"""

from __future__ import annotations

import asyncio
import time
from typing import Protocol

import httpx

from ._faults import PlannedFaults
from ._server import AnyFault


class ServedByTransport(Protocol):
    """What the transport asks of the fake (`FakeStripe`), named here so neither module
    imports the other both ways."""

    def _admit(self, request: httpx.Request) -> httpx.Response | None: ...
    def _plan(self, request: httpx.Request) -> PlannedFaults: ...
    def _serve(self, request: httpx.Request, fault: AnyFault) -> httpx.Response: ...
    def _done(self, request: httpx.Request) -> None: ...


def _wait(request: httpx.Request, latency: float) -> tuple[float, bool]:
    """How long to wait, and whether the client's read timeout runs out first: httpx leaves
    timeouts to the transport, so the fake honours them as a real connection would."""
    timeouts = request.extensions.get("timeout") or {}
    read = timeouts.get("read")
    if read is not None and latency > read:
        return read, True
    return latency, False


def _timed_out(request: httpx.Request) -> httpx.ReadTimeout:
    # The answer never came: the request is not served, so nothing was written.
    return httpx.ReadTimeout(
        "the fake's injected latency outlasted the read timeout", request=request
    )


class FakeTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    def __init__(self, fake: ServedByTransport) -> None:
        self._fake = fake

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        request.read()
        refused = self._fake._admit(request)  # rate limits, when configured
        if refused is not None:
            return refused
        try:
            plan = self._fake._plan(request)
            if plan.latency > 0:
                seconds, timed_out = _wait(request, plan.latency)
                time.sleep(seconds)
                if timed_out:
                    self._fake._serve(request, plan.fault)
                    raise _timed_out(request)
            return self._fake._serve(request, plan.fault)
        finally:
            self._fake._done(request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        await request.aread()
        refused = self._fake._admit(request)  # rate limits, when configured
        if refused is not None:
            return refused
        try:
            plan = self._fake._plan(request)
            if plan.latency > 0:
                seconds, timed_out = _wait(request, plan.latency)
                await asyncio.sleep(seconds)
                if timed_out:
                    self._fake._serve(request, plan.fault)
                    raise _timed_out(request)
            return self._fake._serve(request, plan.fault)
        finally:
            self._fake._done(request)


__all__ = ["FakeTransport", "ServedByTransport"]
