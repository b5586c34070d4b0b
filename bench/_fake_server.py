"""FakeStripe over HTTP/1.1 on 127.0.0.1, with Stripe-like rate limits, for the rate-limit
scenario: `python -m bench._fake_server --rate 400`.

Prints the port on stdout, serves until stdin closes (the benchmark closes it; a dead parent
closes it too) or `--max-seconds` pass, so it never outlives the run.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import sys

from stripe_invoicing_client.testing import FakeStripe, LoopbackServer, RateLimits


async def _serve(rate: float, max_seconds: float) -> None:
    # Stripe does not publish how large a burst it allows; a quarter second's worth is assumed.
    limits = RateLimits(requests_per_second=rate, searches_per_second=None, burst=0.25)
    fake = FakeStripe(rate_limits=limits)
    server = LoopbackServer(fake)
    loop = asyncio.get_running_loop()
    serving = asyncio.create_task(server.serve_forever())

    def on_stdin() -> None:
        if not os.read(sys.stdin.fileno(), 4096):
            loop.remove_reader(sys.stdin.fileno())
            server.stop()

    while not server.port:
        await asyncio.sleep(0.01)
    print(server.port, flush=True)
    loop.add_reader(sys.stdin.fileno(), on_stdin)
    with contextlib.suppress(asyncio.TimeoutError):
        await asyncio.wait_for(asyncio.shield(serving), timeout=max_seconds)


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench._fake_server")
    parser.add_argument("--rate", type=float, required=True)
    parser.add_argument("--max-seconds", type=float, default=600.0)
    args = parser.parse_args()
    asyncio.run(_serve(args.rate, args.max_seconds))


if __name__ == "__main__":
    main()
