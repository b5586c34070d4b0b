"""`stripe-invoicing`: the package's command line."""

from __future__ import annotations

import argparse
import asyncio
import os
import sys

from ._demo import LIVE_PREFIXES, run_demo
from ._redact import redact
from .errors import StripeError


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="stripe-invoicing")
    commands = parser.add_subparsers(dest="command", required=True)
    demo = commands.add_parser(
        "demo",
        help="run Stripe's invoicing flows end to end",
        description="Create customers, invoice items and invoices, then finalize, send, pay, "
        "void and mark them uncollectible, list and search them. Runs in memory unless a test "
        "key is given (--api-key or STRIPE_API_KEY), in which case it uses Stripe's test mode.",
    )
    demo.add_argument("--api-key", help="a Stripe test key (sk_test_...); default: STRIPE_API_KEY")
    demo.add_argument("--async", dest="use_async", action="store_true", help="use the async client")
    args = parser.parse_args(argv)

    api_key = args.api_key or os.environ.get("STRIPE_API_KEY") or None
    if api_key is not None and api_key.startswith(LIVE_PREFIXES):
        print(
            "stripe-invoicing demo: refusing a live key; use a test key (sk_test_...)",
            file=sys.stderr,
        )
        return 2
    try:
        asyncio.run(run_demo(api_key, args.use_async, sys.stdout))
    except StripeError as error:
        print(f"stripe-invoicing demo failed: {redact(str(error))}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
