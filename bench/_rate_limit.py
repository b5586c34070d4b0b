"""Scenario 8: invoice writes gathered from asyncio against a rate-limited FakeStripe.

The fake runs in its own process (`bench._fake_server`) behind real loopback sockets and
answers 429 past `RATE` requests per second per account, as Stripe does past its limits.
Each implementation gets its own API key, so its own budget, and runs the same work: invoices
created, finalized and sent (three writes each), every invoice's chain a task, all gathered
at once. Counted from the client side (httpx event hooks): calls completed and failed, the
attempts sent and the 429s among them, and throughput against the configured limit.
"""

from __future__ import annotations

import asyncio
import subprocess
import sys
import time
from collections.abc import Awaitable, Callable
from types import SimpleNamespace
from typing import Any

import httpx

from ._common import ROOT

RATE = 200.0  # requests per second the fake allows each account
WRITES = 2000  # create, finalize and send: a third of this many invoices
QUICK_RATE = 100.0
QUICK_WRITES = 150
CONNECTIONS = 50
TIMEOUT = httpx.Timeout(30.0)


class Tally:
    """Attempts and 429s seen on the wire, through httpx's response hook."""

    def __init__(self) -> None:
        self.attempts = 0
        self.limited = 0

    async def on_response(self, response: httpx.Response) -> None:
        self.attempts += 1
        if response.status_code == 429:
            self.limited += 1

    def hooks(self) -> dict[str, list[Callable[[httpx.Response], Awaitable[None]]]]:
        return {"response": [self.on_response]}


Step = Callable[[str | None], Awaitable[str]]


async def _flows(invoices: int, create: Step, finalize: Step, send: Step) -> tuple[int, int]:
    """Runs every invoice's create, finalize, send; returns (calls completed, failed)."""
    done = 0
    errors: dict[str, int] = {}

    async def one() -> None:
        nonlocal done
        invoice_id: str | None = None
        for step in (create, finalize, send):
            try:
                invoice_id = await step(invoice_id)
            except Exception as error:  # counted: a failed call ends its invoice's chain
                errors[type(error).__name__] = errors.get(type(error).__name__, 0) + 1
                return
            done += 1

    await asyncio.gather(*(one() for _ in range(invoices)))
    return done, 3 * invoices - done


async def _ours(base: str, key: str, invoices: int, rate: float, paced: bool) -> dict[str, Any]:
    from stripe_invoicing_client import AsyncStripeInvoicing
    from stripe_invoicing_client._rate_limit import RateLimit

    tally = Tally()
    http = httpx.AsyncClient(
        limits=httpx.Limits(max_connections=CONNECTIONS, max_keepalive_connections=CONNECTIONS),
        timeout=TIMEOUT,
        event_hooks=tally.hooks(),
    )
    limit = RateLimit(
        requests_per_second=rate, searches_per_second=None, max_concurrent=CONNECTIONS
    )
    client = AsyncStripeInvoicing(
        key, base_url=base, http_client=http, rate_limit=limit if paced else None
    )
    customer = await client.customers.create(email="bench@example.com")
    tally.attempts = tally.limited = 0

    async def create(_: str | None) -> str:
        invoice = await client.invoices.create(
            customer=customer.id, collection_method="send_invoice", days_until_due=30
        )
        return invoice.id

    async def finalize(invoice_id: str | None) -> str:
        assert invoice_id is not None
        return (await client.invoices.finalize(invoice_id)).id

    async def send(invoice_id: str | None) -> str:
        assert invoice_id is not None
        return (await client.invoices.send(invoice_id)).id

    started = time.perf_counter()
    completed, failed = await _flows(invoices, create, finalize, send)
    elapsed = time.perf_counter() - started
    await client.aclose()
    await http.aclose()
    return _figures(completed, failed, tally, elapsed, rate)


async def _stripe(base: str, key: str, invoices: int, rate: float) -> dict[str, Any]:
    import stripe

    tally = Tally()

    def make_async(**kwargs: Any) -> httpx.AsyncClient:
        return httpx.AsyncClient(
            **kwargs,
            limits=httpx.Limits(max_connections=CONNECTIONS, max_keepalive_connections=CONNECTIONS),
            event_hooks=tally.hooks(),
        )

    lib = SimpleNamespace(Client=httpx.Client, AsyncClient=make_async)
    client = stripe.StripeClient(
        key,
        http_client=stripe.HTTPXClient(allow_sync_methods=False, _lib=lib),
        base_addresses={"api": base},
        max_network_retries=2,
    )
    customer = await client.v1.customers.create_async(params={"email": "bench@example.com"})
    tally.attempts = tally.limited = 0
    invoices_api = client.v1.invoices

    async def create(_: str | None) -> str:
        invoice = await invoices_api.create_async(
            params={
                "customer": customer.id,
                "collection_method": "send_invoice",
                "days_until_due": 30,
            }
        )
        return str(invoice.id)

    async def finalize(invoice_id: str | None) -> str:
        assert invoice_id is not None
        return str((await invoices_api.finalize_invoice_async(invoice_id)).id)

    async def send(invoice_id: str | None) -> str:
        assert invoice_id is not None
        return str((await invoices_api.send_invoice_async(invoice_id)).id)

    started = time.perf_counter()
    completed, failed = await _flows(invoices, create, finalize, send)
    elapsed = time.perf_counter() - started
    return _figures(completed, failed, tally, elapsed, rate)


def _figures(
    completed: int, failed: int, tally: Tally, elapsed: float, rate: float
) -> dict[str, Any]:
    return {
        "completed": completed,
        "failed": failed,
        "attempts": tally.attempts,
        "limited": tally.limited,
        "throughput": completed / elapsed,
        "of_limit": completed / elapsed / rate,
        "seconds": elapsed,
    }


def rate_limit(settings: dict[str, Any]) -> dict[str, Any]:
    quick = settings["quick"]
    rate = QUICK_RATE if quick else RATE
    writes = QUICK_WRITES if quick else WRITES
    invoices = -(-writes // 3)
    limit_seconds = 120.0 if quick else 600.0
    command = [sys.executable, "-m", "bench._fake_server", "--rate", str(rate)]
    command += ["--max-seconds", str(limit_seconds)]
    server = subprocess.Popen(
        command,
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
    )
    try:
        assert server.stdout is not None
        base = f"http://127.0.0.1:{int(server.stdout.readline())}"

        async def run_all() -> dict[str, dict[str, Any]]:
            return {
                "ours": await _ours(base, "sk_test_benchPaced", invoices, rate, paced=True),
                "ours_unpaced": await _ours(
                    base, "sk_test_benchUnpaced", invoices, rate, paced=False
                ),
                "stripe_python": await _stripe(base, "sk_test_benchStripe", invoices, rate),
            }

        runs = asyncio.run(asyncio.wait_for(run_all(), timeout=limit_seconds))
    finally:
        assert server.stdin is not None
        server.stdin.close()
        try:
            server.wait(timeout=5)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
    return _result(runs, rate, 3 * invoices)


def _result(runs: dict[str, dict[str, Any]], rate: float, writes: int) -> dict[str, Any]:
    figures: dict[str, Any] = {}
    for impl, run in runs.items():
        attempts = max(run["attempts"], 1)
        values = {
            "completed": (run["completed"], "calls"),
            "failed": (run["failed"], "calls"),
            "answered429": (run["limited"], "attempts"),
            "attempts": (run["attempts"], "attempts"),
            "share429": (100.0 * run["limited"] / attempts, "% of attempts"),
            "throughput": (run["throughput"], "req/s"),
            "of_limit": (run["of_limit"], "x the limit"),
        }
        for group, (value, unit) in values.items():
            better = "higher" if group in ("completed", "throughput", "of_limit") else "lower"
            figures[f"{group}/{impl}"] = {"unit": unit, "better": better, "samples": [value]}
    # Constants the targets are ratios to.
    figures["of_limit/target"] = {"unit": "x the limit", "samples": [1.0]}
    figures["share429/target"] = {"unit": "% of attempts", "samples": [100.0]}
    return {
        "figures": figures,
        "groups": {
            "completed": f"calls completed (of {writes}: create, finalize, send)",
            "failed": "calls failed (an error after retries, or not reached after one)",
            "attempts": "attempts sent (retries included)",
            "answered429": "attempts answered 429",
            "share429": "429s as a share of attempts",
            "throughput": f"completed calls per second (the limit: {rate:g}/s)",
            "of_limit": "throughput as a fraction of the limit",
        },
        "labels": {
            "ours": "ours, with the limiter (RateLimit at the limit)",
            "ours_unpaced": "ours, rate_limit=None (retries only)",
            "stripe_python": "stripe-python async, max_network_retries=2",
            "target": "(reference: 1, 100%)",
        },
        "notes": [
            f"FakeStripe in its own process over loopback sockets, {rate:g} requests/s per "
            f"account (a token bucket holding a quarter second's worth); {writes} writes "
            "gathered at once, "
            f"one run per implementation, each with its own key; at most {CONNECTIONS} "
            "connections per client",
        ],
    }


__all__ = ["rate_limit"]
