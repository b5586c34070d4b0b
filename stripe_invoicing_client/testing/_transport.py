"""The httpx transport: one object for sync and async clients, one code path for both.

The only difference is how an injected latency is waited out (`time.sleep` or
`asyncio.sleep`), and that wait happens outside the fake's lock.
"""

from __future__ import annotations

import asyncio
import time
from typing import TYPE_CHECKING

import httpx

if TYPE_CHECKING:
    from ._fake import FakeStripe


class FakeTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    def __init__(self, fake: FakeStripe) -> None:
        self._fake = fake

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        request.read()
        plan = self._fake._plan(request)
        if plan.latency > 0:
            time.sleep(plan.latency)
        return self._fake._serve(request, plan.fault)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        await request.aread()
        plan = self._fake._plan(request)
        if plan.latency > 0:
            await asyncio.sleep(plan.latency)
        return self._fake._serve(request, plan.fault)


__all__ = ["FakeTransport"]
