"""Scenario 9: many worker processes against one account's limit.

1, 2, 4 and 8 worker processes (spawned), each with its own sync client and 8 threads calling
as fast as they may for a few seconds, against FakeStripe in its own process limiting the
account to `RATE` requests a second. Side by side: ours sharing one RedisBudget (a real
redis-server on a free loopback port, started here), ours with a limiter per process at the
full limit, and stripe-python (no limiter; max_network_retries=2). Figures: throughput as a
fraction of the limit, the share of attempts answered 429, Jain's fairness index over the
workers' completed calls, and the p99 time one acquire adds over loopback Redis (no waiting:
a budget far above the load) against the local limiter's.

Skipped with --quick: it needs redis-server and spawns up to 8 processes per implementation.
"""

from __future__ import annotations

import multiprocessing
import shutil
import socket
import statistics
import subprocess
import sys
import threading
import time
from types import SimpleNamespace
from typing import Any

import httpx

from ._common import ROOT

RATE = 100.0
SECONDS = 3.0
WORKERS = (1, 2, 4, 8)
THREADS = 8
IMPLS = ("shared", "local", "stripe")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _work(
    impl: str,
    redis_url: str,
    base: str,
    key: str,
    customer: str,
    ready: Any,
    start: Any,
    results: Any,
) -> None:
    """One worker: THREADS threads retrieving until SECONDS after `start`."""
    lock = threading.Lock()
    tally = {"attempts": 0, "limited": 0, "done": 0, "failed": 0}

    def on_response(response: httpx.Response) -> None:
        with lock:
            tally["attempts"] += 1
            tally["limited"] += response.status_code == 429

    if impl == "stripe":
        import stripe

        def make_sync(**kwargs: Any) -> httpx.Client:
            return httpx.Client(**kwargs, event_hooks={"response": [on_response]})

        lib = SimpleNamespace(Client=make_sync, AsyncClient=httpx.AsyncClient)
        theirs = stripe.StripeClient(
            key,
            http_client=stripe.HTTPXClient(allow_sync_methods=True, _lib=lib),
            base_addresses={"api": base},
            max_network_retries=2,
        )

        def call() -> None:
            theirs.v1.customers.retrieve(customer)

    else:
        from stripe_invoicing_client import RateLimit, StripeInvoicing
        from stripe_invoicing_client.redis import RedisBudget

        shared = RedisBudget(redis_url) if impl == "shared" else None
        limit = RateLimit(
            requests_per_second=RATE, searches_per_second=None, max_concurrent=50, shared=shared
        )
        http = httpx.Client(base_url=base, event_hooks={"response": [on_response]})
        ours = StripeInvoicing(
            key, base_url=base, http_client=http, rate_limit=limit, max_retries=6
        )

        def call() -> None:
            ours.customers.retrieve(customer)

    try:
        call()  # connections open (and scripts loaded): the run measures the steady state
    except Exception as error:  # reported to the parent, which stops the scenario
        ready.put(f"{impl}: {error!r}")
        return
    with lock:
        tally["attempts"] = tally["limited"] = 0
    ready.put(None)
    start.wait(120)
    until = time.monotonic() + SECONDS

    def loop() -> None:
        while time.monotonic() < until:
            try:
                call()
                outcome = "done"
            except Exception:  # counted: a call that failed after its retries
                outcome = "failed"
            with lock:
                tally[outcome] += 1

    threads = [threading.Thread(target=loop) for _ in range(THREADS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    results.put({**tally, "ended": time.monotonic()})


def _run(
    impl: str, workers: int, redis_url: str, base: str, key: str, customer: str
) -> dict[str, Any]:
    spawn = multiprocessing.get_context("spawn")
    ready, start, results = spawn.Queue(), spawn.Event(), spawn.Queue()
    args = (impl, redis_url, base, key, customer, ready, start, results)
    processes = [spawn.Process(target=_work, args=args) for _ in range(workers)]
    for process in processes:
        process.start()
    try:
        for _ in processes:
            problem = ready.get(timeout=120)
            if problem is not None:
                raise RuntimeError(problem)
        started = time.monotonic()
        start.set()
        found = [results.get(timeout=120) for _ in processes]
    finally:
        for process in processes:
            process.join(10)
            if process.is_alive():
                process.kill()
    elapsed = max(r["ended"] for r in found) - started
    done = [r["done"] for r in found]
    attempts = sum(r["attempts"] for r in found)
    return {
        "of_limit": sum(done) / elapsed / RATE,
        "share429": 100.0 * sum(r["limited"] for r in found) / max(attempts, 1),
        "fairness": sum(done) ** 2 / (len(done) * sum(d * d for d in done)) if any(done) else 0,
        "failed": sum(r["failed"] for r in found),
    }


def _acquire_p99(redis_url: str) -> dict[str, float]:
    """p99 seconds of one acquire, shared (over loopback Redis) and local."""
    from stripe_invoicing_client._limiter import Limiter
    from stripe_invoicing_client._limiter_budget import account_key
    from stripe_invoicing_client._limiter_shells import acquire_sync, release_sync
    from stripe_invoicing_client._rate_limit import RateLimit
    from stripe_invoicing_client.redis import RedisBudget

    found = {}
    for impl in ("shared", "local"):
        shared = RedisBudget(redis_url) if impl == "shared" else None
        limit = RateLimit(requests_per_second=1e6, max_concurrent=1000, shared=shared)
        lim = Limiter(limit)
        key = account_key(f"sk_test_benchAcquire{impl}", None)
        times = []
        for _ in range(2000):
            began = time.perf_counter()
            slot = acquire_sync(lim, key, "read")
            times.append(time.perf_counter() - began)  # the release is not the caller's wait
            release_sync(lim, slot, 200)
        found[impl] = statistics.quantiles(times, n=100)[98]
    return found


def shared_budget(settings: dict[str, Any]) -> dict[str, Any]:
    if settings["quick"]:
        return {
            "figures": {},
            "groups": {},
            "notes": ["skipped in --quick (needs redis-server, spawns up to 8 processes)"],
        }
    server_binary = shutil.which("redis-server") or "/usr/bin/redis-server"
    port = _free_port()
    redis_command = [server_binary, "--port", str(port), "--bind", "127.0.0.1"]
    redis_server = subprocess.Popen(
        [*redis_command, "--save", "", "--appendonly", "no", "--logfile", ""],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    command = [sys.executable, "-m", "bench._fake_server", "--rate", str(RATE)]
    fake = subprocess.Popen(
        [*command, "--max-seconds", "900"], cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE
    )
    redis_url = f"redis://127.0.0.1:{port}/0"
    figures: dict[str, Any] = {}
    try:
        assert fake.stdout is not None
        base = f"http://127.0.0.1:{int(fake.stdout.readline())}"
        time.sleep(0.2)  # redis-server listening
        for workers in WORKERS:
            for impl in IMPLS:
                key = f"sk_test_benchMany{impl}{workers}"
                setup = httpx.Client(base_url=base, headers={"Authorization": f"Bearer {key}"})
                customer = setup.post("/v1/customers", data={"email": "w@example.com"}).json()
                setup.close()
                time.sleep(1.0)  # the account's bucket refills after the set-up call
                run = _run(impl, workers, redis_url, base, key, customer["id"])
                for group, unit, better in (
                    ("of_limit", "x the limit", "higher"),
                    ("share429", "% of attempts", "lower"),
                    ("fairness", "Jain's index", "higher"),
                    ("failed", "calls", "lower"),
                ):
                    figures[f"{group}/{impl}_{workers}"] = {
                        "unit": unit,
                        "better": better,
                        "samples": [run[group]],
                    }
        for impl, seconds in _acquire_p99(redis_url).items():
            figures[f"acquire_p99/{impl}"] = {"unit": "s", "samples": [seconds]}
    finally:
        assert fake.stdin is not None
        fake.stdin.close()
        for process in (fake, redis_server):
            process.terminate()
            try:
                process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                process.kill()
    figures["of_limit/target"] = {"unit": "x the limit", "samples": [1.0]}
    figures["share429/target"] = {"unit": "% of attempts", "samples": [100.0]}
    figures["fairness/target"] = {"unit": "Jain's index", "samples": [1.0]}
    figures["acquire_p99/target"] = {"unit": "s", "samples": [0.001]}
    labels = {"target": "(reference: 1, 100%, 1 ms)", "shared": "ours, one RedisBudget"}
    for workers in WORKERS:
        labels[f"shared_{workers}"] = f"ours, RedisBudget shared, {workers} processes"
        labels[f"local_{workers}"] = f"ours, a limiter per process, {workers} processes"
        labels[f"stripe_{workers}"] = f"stripe-python, {workers} processes"
    labels["local"] = "ours, the in-process limiter"
    return {
        "figures": figures,
        "groups": {
            "of_limit": f"completed calls per second as a fraction of the limit ({RATE:g}/s)",
            "share429": "attempts answered 429",
            "fairness": "Jain's fairness index over the workers' completed calls",
            "failed": "calls failed after retries",
            "acquire_p99": "p99 time of one acquire (no waiting: one round trip to Redis)",
        },
        "labels": labels,
        "notes": [
            f"FakeStripe in its own process, {RATE:g} requests/s per account (a quarter "
            f"second's worth of burst); each worker {THREADS} threads for {SECONDS:g} s; "
            "one run per implementation and process count, each with its own account",
        ],
    }


__all__ = ["shared_budget"]
