"""kill -9 soak: `send-invoices` as a real process against a LoopbackServer, killed at
random points (seeded), with answers lost and 500s saved after the send was applied, and the
backend's clock moved past key expiry between reruns; then rerun to completion.

The fake and its server live in this process, so their state outlives the killed client.
The kill comes from the server itself, at a chosen request, before serving it or right after
serving it (the write applied, its answer never delivered)."""

from __future__ import annotations

import asyncio
import json
import os
import random
import signal
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any, cast

import httpx
import pytest

from stripe_invoicing_client.testing import (
    DropAfterWrite,
    FailAfterWrite,
    FakeStripe,
    FaultRule,
    LoopbackServer,
)

from ._support import KEY, SEND, client_for, drafts, finalized, sends

REPO = Path(__file__).resolve().parents[2]
SEED = 22  # its draws kill both before and after serving
KILLED_RUNS = 5
MAX_FINISHING_RUNS = 4
QUERY = "metadata['batch']:'b1'"


class _KillingTransport:
    """The fake's transport, which SIGKILLs the client at its `kill_at`-th request."""

    def __init__(self, fake: FakeStripe) -> None:
        self._inner = fake.transport
        self.pid: int | None = None
        self.kill_at: int | None = None
        self.after_serving = False
        self.seen = 0
        self.killed = False

    def arm(self, pid: int, kill_at: int | None, after_serving: bool) -> None:
        self.pid, self.kill_at, self.after_serving = pid, kill_at, after_serving
        self.seen, self.killed = 0, False

    def _kill(self) -> None:
        assert self.pid is not None
        os.kill(self.pid, signal.SIGKILL)
        self.killed = True

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.seen += 1
        if self.seen != self.kill_at:
            return await self._inner.handle_async_request(request)
        try:
            if self.after_serving:  # a fault may lose this answer too: the kill comes anyway
                await self._inner.handle_async_request(request)
        finally:
            self._kill()
        raise httpx.RemoteProtocolError("the client was killed")


class _Served:
    """What LoopbackServer needs of a fake: its transport."""

    def __init__(self, transport: _KillingTransport) -> None:
        self.transport = transport


def _run_client(base_url: str, transport: _KillingTransport, rng: random.Random, kill: bool) -> Any:
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "stripe_invoicing_client._cli",
            "send-invoices",
            "--base-url",
            base_url,
            "--query",
            QUERY,
            "--concurrency",
            "4",
            "--json",
        ],
        cwd=REPO,
        env={**os.environ, "STRIPE_API_KEY": KEY},
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    transport.arm(process.pid, rng.randint(3, 50) if kill else None, rng.random() < 0.5)
    try:
        out, err = process.communicate(timeout=120)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    if transport.killed:
        assert process.returncode == -signal.SIGKILL
        return None
    assert process.returncode in (0, 1), err.decode()
    return json.loads(out)


def _inject_send_faults(fake: FakeStripe, rng: random.Random) -> list[FaultRule]:
    return [
        fake.inject(fault, times=rng.randint(1, 3), method="POST", path=SEND)
        for fault in (DropAfterWrite(), FailAfterWrite(500))
    ]


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_killed_again_and_again_every_invoice_is_emailed_exactly_once() -> None:
    rng = random.Random(SEED)
    fake = FakeStripe(seed=SEED)
    sendable = asyncio.run(drafts(fake, 40))
    charged = asyncio.run(drafts(fake, 3, collection_method="charge_automatically"))
    elsewhere = asyncio.run(drafts(fake, 3, batch="other"))
    transport = _KillingTransport(fake)
    summaries: list[tuple[set[str], Any]] = []
    kills: list[bool] = []  # after serving?
    faults_met = 0
    with LoopbackServer(cast(FakeStripe, _Served(transport))) as server:
        for run in range(KILLED_RUNS + MAX_FINISHING_RUNS):
            killing = run < KILLED_RUNS
            rules = _inject_send_faults(fake, rng)
            if rng.random() < 0.5:
                fake.clock.advance(25 * 3600)  # every idempotency key so far has expired
            before = set(sends(fake))
            summary = _run_client(server.base_url, transport, rng, killing)
            if transport.killed:
                kills.append(transport.after_serving)
            faults_met += sum(1 for rule in rules if rule.remaining == 0)
            if summary is not None:
                summaries.append((before, summary))
                _check_against_the_record(fake, before, summary, charged)
            if not killing and summary is not None and summary["exit_code"] == 0:
                break
            fake.clear_faults()
    assert summaries and summaries[-1][1]["exit_code"] == 0
    assert len(kills) >= 3 and set(kills) == {True, False}  # the soak did what it says
    assert faults_met >= 3
    assert sends(fake) == Counter(sendable)  # every one, exactly once
    assert not finalized(fake) & set(charged + elsewhere)
    left = asyncio.run(_statuses(fake, charged + elsewhere))
    assert set(left) == {"draft"}


def _check_against_the_record(
    fake: FakeStripe, before: set[str], summary: Any, charged: list[str]
) -> None:
    """A finished run's summary says what the backend's own records say happened."""
    by_result: dict[str, set[str]] = {}
    for invoice in summary["invoices"]:
        by_result.setdefault(invoice["result"], set()).add(invoice["id"])
    emailed_now = set(sends(fake)) - before
    assert by_result.get("sent", set()) == emailed_now
    assert by_result.get("already sent", set()) <= before
    assert by_result.get("skipped", set()) == set(charged)
    assert not by_result.get("failed", set()) & set(sends(fake))
    assert "uncertain" not in by_result
    for result, ids in by_result.items():
        assert summary["counts"][result] == len(ids)


async def _statuses(fake: FakeStripe, ids: list[str]) -> list[str]:
    client = client_for(fake)
    return [(await client.invoices.retrieve(i)).to_dict()["status"] for i in ids]
