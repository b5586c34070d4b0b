"""What each spawned worker process runs: its own client, sharing one RedisBudget."""

from __future__ import annotations

import os
import threading
import time
from typing import Any

import httpx


def make_client(redis_url: str, base_url: str, api_key: str, rate: float, on_response: Any) -> Any:
    from stripe_invoicing_client import RateLimit, StripeInvoicing
    from stripe_invoicing_client.redis import RedisBudget

    shared = RedisBudget(redis_url, heartbeat_seconds=0.25)
    limit = RateLimit(
        requests_per_second=rate, searches_per_second=None, max_concurrent=20, shared=shared
    )
    http = httpx.Client(base_url=base_url, event_hooks={"response": [on_response]})
    return StripeInvoicing(
        api_key, base_url=base_url, http_client=http, rate_limit=limit, max_retries=6
    )


def calls(
    redis_url: str,
    base_url: str,
    api_key: str,
    rate: float,
    customer: str,
    count: int,
    ready: Any,
    start: Any,
    results: Any,
) -> None:
    """`count` retrieves over 8 threads once `start` is set (after saying it is `ready`);
    reports what the wire saw."""
    attempts = limited = done = failed = 0
    lock = threading.Lock()

    def on_response(response: httpx.Response) -> None:
        nonlocal attempts, limited
        with lock:
            attempts += 1
            limited += response.status_code == 429

    client = make_client(redis_url, base_url, api_key, rate, on_response)
    left = list(range(count))

    def run() -> None:
        nonlocal done, failed
        while True:
            with lock:
                if not left:
                    return
                left.pop()
            try:
                client.customers.retrieve(customer)
                with lock:
                    done += 1
            except Exception:
                with lock:
                    failed += 1

    client.customers.retrieve(customer)  # connections open, scripts loaded: steady state
    with lock:
        attempts = limited = 0
    ready.put(os.getpid())  # the clock may start
    start.wait(60)
    threads = [threading.Thread(target=run) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    results.put(
        {
            "pid": os.getpid(),
            "done": done,
            "failed": failed,
            "attempts": attempts,
            "limited": limited,
            "ended": time.monotonic(),
        }
    )


def hold_a_place(redis_url: str, api_key: str, ready: Any) -> None:
    """Takes the account's only place in flight and never gives it back."""
    from stripe_invoicing_client._limiter import Limiter
    from stripe_invoicing_client._limiter_budget import account_key
    from stripe_invoicing_client._limiter_shells import acquire_sync
    from stripe_invoicing_client._rate_limit import RateLimit
    from stripe_invoicing_client.redis import RedisBudget

    shared = RedisBudget(redis_url, lease_seconds=1.0)
    lim = Limiter(RateLimit(max_concurrent=1, shared=shared))
    slot = acquire_sync(lim, account_key(api_key, None), "write")
    ready.put(slot.lease)
    time.sleep(120)
