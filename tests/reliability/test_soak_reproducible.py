"""The fault soak replays from its seed: the same faults on the same attempts of the same
calls, with the same outcomes, run after run (sync and async), so a failing soak can be run
again to look at."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from ._soak import new_soak
from ._support import SleepLog


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_soak_is_reproducible(mode: str, retry_sleeps: SleepLog) -> None:
    """The same seed gives the same faults, on the same calls, with the same outcomes."""

    def fingerprint() -> list[tuple[Any, ...]]:
        soak = new_soak(mode)
        transport = soak.transport

        async def drive() -> None:
            await soak.start()
            await soak.run(soak.plan(150, 0, tail=True))

        asyncio.run(drive())
        asyncio.run(soak.close())
        attempts = [(a.call, a.method, a.raw_path, a.fault) for a in transport.attempts]
        outcomes = [(c.number, c.operation, c.outcome) for c in soak.calls]
        return attempts + outcomes

    assert fingerprint() == fingerprint()
