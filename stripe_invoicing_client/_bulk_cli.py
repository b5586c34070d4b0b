"""`stripe-invoicing send-invoices`: the command line of `send_invoices`."""

from __future__ import annotations

import argparse
import asyncio
import sys
import time
from typing import Any, TextIO

from ._bulk import SendSummary, send_invoices
from ._demo import LIVE_PREFIXES, TEST_PREFIXES
from ._options import resolve_api_key
from ._redact import redact
from .errors import InvalidParameterError, StripeError

EXIT_INTERRUPTED = 130


def add_parser(commands: Any) -> None:
    command = commands.add_parser(
        "send-invoices",
        help="finalize and send every matching draft invoice (resumable)",
        description="Finalize and send every draft invoice matching --query (Stripe's search "
        "language) or --customer, paced at the rate limit. Rerunning after a crash or Ctrl-C "
        "sends nothing twice. Runs against an in-memory Stripe holding --demo-drafts drafts "
        "unless a test key is given with --api-key.",
    )
    command.add_argument("--api-key", help="a Stripe test key (sk_test_... or rk_test_...)")
    command.add_argument("--query", help="e.g. \"metadata['batch']:'2026-11'\"")
    command.add_argument("--customer", help="only this customer's drafts (without --query)")
    command.add_argument("--concurrency", type=int, default=10, help="invoices at once (10)")
    command.add_argument("--dry-run", action="store_true", help="list, change nothing")
    command.add_argument(
        "--demo-drafts", type=int, default=5, help="drafts the in-memory Stripe starts with (5)"
    )


def _key(value: str | None) -> str | None:
    if value is None:
        return None
    try:
        key = resolve_api_key(value)
    except InvalidParameterError as error:
        raise ValueError(f"--api-key is not a usable key: {error.reason}") from None
    if key.startswith(LIVE_PREFIXES) or not key.startswith(TEST_PREFIXES):
        raise ValueError("--api-key must be a test key (sk_test_...); live keys are refused")
    return key


class _Progress:
    """Count, rate and ETA on one terminal line; nothing when stderr is not a terminal."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream
        self._on = stream.isatty()
        # The rate counts from the first invoice done, not from start-up (finding the drafts,
        # or making the in-memory ones, would make the first ETA absurd).
        self._first: tuple[float, int] | None = None
        self.done = 0
        self.total: int | None = None  # known once the first invoice is done

    def __call__(self, done: int, total: int) -> None:
        self.done, self.total = done, total
        if not self._on:
            return
        now = time.monotonic()
        if self._first is None:
            self._first = (now, done)
        since, done_then = self._first
        if done > done_then and now > since:
            rate = (done - done_then) / (now - since)
            shown = f"{rate:.1f}/s  ETA {(total - done) / rate:.0f}s"
        else:
            shown = "measuring the rate..."
        self._stream.write(f"\r{done}/{total}  {shown} ")
        self._stream.flush()

    def end(self) -> None:
        if self._on:
            self._stream.write("\n")


async def _run(args: argparse.Namespace, key: str | None, progress: _Progress) -> SendSummary:
    from ._client import AsyncStripeInvoicing

    if key is not None:
        async with AsyncStripeInvoicing(key) as client:  # paced at test-mode limits
            return await _send(client, args, progress)
    from .testing import FakeStripe

    fake = FakeStripe()
    async with AsyncStripeInvoicing(
        "sk_test_inmemory", http_client=fake.async_http_client("sk_test_inmemory")
    ) as client:
        customer = await client.customers.create(email="bulk@example.com", name="Bulk demo")
        for number in range(args.demo_drafts):
            await client.invoice_items.create(
                customer=customer.id, amount=1000 + number, currency="usd"
            )
            await client.invoices.create(
                customer=customer.id,
                collection_method="send_invoice",
                days_until_due=30,
                pending_invoice_items_behavior="include",
                metadata={"batch": "demo"},
            )
        return await _send(client, args, progress)


async def _send(client: Any, args: argparse.Namespace, progress: _Progress) -> SendSummary:
    return await send_invoices(
        client,
        query=args.query,
        customer=args.customer,
        concurrency=args.concurrency,
        dry_run=args.dry_run,
        progress=progress,
    )


def _interrupted(progress: _Progress, key: str | None) -> str:
    if progress.total is None:
        done = "before any invoice was done"
    else:
        done = f"with {progress.done} of {progress.total} invoices done"
    if key is None:  # the in-memory Stripe ends with the process: there is nothing to resume
        return f"interrupted {done}; the in-memory run kept nothing"
    return f"interrupted {done}; rerun to resume"


def run(args: argparse.Namespace, out: TextIO | None = None, err: TextIO | None = None) -> int:
    out = out if out is not None else sys.stdout
    err = err if err is not None else sys.stderr
    try:
        key = _key(args.api_key)
    except ValueError as error:
        print(f"stripe-invoicing send-invoices: {redact(str(error))}", file=err)
        return 2
    progress = _Progress(err)
    try:
        summary = asyncio.run(_run(args, key, progress))
    except KeyboardInterrupt:
        progress.end()
        print(f"stripe-invoicing send-invoices: {_interrupted(progress, key)}", file=err)
        return EXIT_INTERRUPTED
    except StripeError as error:
        progress.end()
        print(f"stripe-invoicing send-invoices failed: {redact(str(error))}", file=err)
        return 1
    progress.end()
    print(summary.table(), file=out)
    return 1 if summary.failed else 0


__all__ = ["add_parser", "run"]
