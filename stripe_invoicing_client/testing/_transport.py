"""The httpx transport: one object for sync and async clients, one code path for both.

The only difference is how an injected latency is waited out (`time.sleep` or
`asyncio.sleep`), and that wait happens outside the fake's lock.
"""

from __future__ import annotations

import asyncio
import time
from typing import Protocol

import httpx
from attrs import frozen

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


@frozen
class _Step:
    """What serving an admitted request takes: a wait, then the answer (or a timeout)."""

    fault: AnyFault
    seconds: float
    timed_out: bool


class FakeTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    def __init__(self, fake: ServedByTransport) -> None:
        self._fake = fake

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        request.read()
        step = self._begin(request)
        if isinstance(step, httpx.Response):
            return step
        try:
            if step.seconds > 0:
                time.sleep(step.seconds)
            return self._answer(request, step)
        finally:
            self._fake._done(request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        await request.aread()
        step = self._begin(request)
        if isinstance(step, httpx.Response):
            return step
        try:
            if step.seconds > 0:
                await asyncio.sleep(step.seconds)
            return self._answer(request, step)
        finally:
            self._fake._done(request)

    def _begin(self, request: httpx.Request) -> httpx.Response | _Step:
        """The 429 refusing the request (rate limits, when configured), or its plan; an
        admitted request is `_done` once answered, or here if planning fails."""
        refused = self._fake._admit(request)
        if refused is not None:
            return refused
        try:
            plan = self._fake._plan(request)
        except BaseException:
            self._fake._done(request)
            raise
        if plan.latency > 0:
            return _Step(plan.fault, *_wait(request, plan.latency))
        return _Step(plan.fault, 0.0, False)

    def _answer(self, request: httpx.Request, step: _Step) -> httpx.Response:
        answer = self._fake._serve(request, step.fault)
        if step.timed_out:
            raise _timed_out(request)
        return answer


__all__ = ["FakeTransport", "ServedByTransport"]
