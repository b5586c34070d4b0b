"""What the scenarios share: seed data, canned transports, peer clients and the timing loops.

Nothing here asserts anything about speed: it measures and returns numbers.
"""

from __future__ import annotations

import copy
import gc
import itertools
import json
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parent.parent
# Stripe's published spec of 2022, cut down by scripts/reduce_stripe_spec.py.
SPEC3 = ROOT / "tests" / "fixtures" / "stripe-openapi" / "spec3-2022-04-12.reduced.json.gz"

API_KEY = "sk_test_bench"
BASE_URL = "https://api.stripe.com"
INVOICE_ID = "in_1MtGmCLkdIwHu7ixJlveR2DO"

JSON_HEADERS = [
    ("Content-Type", "application/json"),
    ("Request-Id", "req_bench"),
]


# --- seed data -----------------------------------------------------------------------------


def seed_invoices() -> list[tuple[str, dict[str, Any]]]:
    """(label, invoice) for every seed invoice (tests/fixtures/seeds), as fresh copies."""
    from tests.seeds import seed_invoices as read

    return [(label, copy.deepcopy(obj)) for label, obj in read()]


def current_invoice() -> dict[str, Any]:
    """The invoice of seed file 000: the one rendered by a recent API version."""
    for label, obj in seed_invoices():
        if label.startswith("000"):
            return obj
    raise LookupError("no invoice in seed file 000_*")


def _seed_line_item() -> dict[str, Any]:
    for _, obj in seed_invoices():
        lines = obj.get("lines") or {}
        for line in lines.get("data") or []:
            if isinstance(line, dict) and line.get("object") == "line_item":
                return line
    raise LookupError("no line item in any seed invoice")


def invoice_with_lines(count: int = 20) -> dict[str, Any]:
    """The current seed invoice with `count` copies of the seeds' line item, distinct ids."""
    invoice = current_invoice()
    line = _seed_line_item()
    data = []
    for index in range(count):
        item = copy.deepcopy(line)
        item["id"] = f"il_bench{index:04d}"
        data.append(item)
    invoice["lines"] = {**invoice["lines"], "data": data, "has_more": False, "total_count": count}
    return invoice


def invoice_page(count: int = 100) -> dict[str, Any]:
    """A list page of `count` invoices cycling through every seed invoice, with distinct ids."""
    seeds = [obj for _, obj in seed_invoices()]
    data = []
    for index, seed in zip(range(count), itertools.cycle(seeds)):
        item = copy.deepcopy(seed)
        item["id"] = f"in_bench{index:06d}"
        data.append(item)
    return {"object": "list", "data": data, "has_more": False, "url": "/v1/invoices"}


def dumps(value: object) -> bytes:
    return json.dumps(value, separators=(",", ":")).encode()


# --- transports ----------------------------------------------------------------------------


class CannedTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Answers every request, sync or async, with 200 and the same JSON body. No sockets."""

    def __init__(self, body: bytes) -> None:
        self.body = body
        self.requests = 0

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.requests += 1
        return httpx.Response(200, headers=JSON_HEADERS, content=self.body)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        await request.aread()
        self.requests += 1
        return httpx.Response(200, headers=JSON_HEADERS, content=self.body)


class PagesTransport(httpx.BaseTransport):
    """Serves `GET /v1/invoices` as pages of prebuilt JSON, honoring `starting_after`.

    The page bodies are built up front (`build_pages`), so serving one allocates only the
    response object: what a walk allocates is the client's doing.
    """

    def __init__(self, pages: dict[str | None, bytes]) -> None:
        self.pages = pages  # keyed by the id the page starts after (None: the first page)
        self.requests = 0

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.requests += 1
        after = request.url.params.get("starting_after")
        body = self.pages.get(after)
        if body is None:
            error = {"error": {"type": "invalid_request_error", "message": f"bad cursor {after}"}}
            return httpx.Response(400, headers=JSON_HEADERS, content=dumps(error))
        return httpx.Response(200, headers=JSON_HEADERS, content=body)


def build_pages(page_count: int, per_page: int = 100) -> dict[str | None, bytes]:
    """`page_count` pages of `per_page` distinct invoices (the current seed invoice, new ids)."""
    # The seed's JSON with its id swapped (in `id` and in `lines.url`): fast and exact.
    template = json.dumps(current_invoice(), separators=(",", ":"))
    pages: dict[str | None, bytes] = {}
    after: str | None = None
    for page in range(page_count):
        ids = [f"in_page{index:07d}" for index in range(page * per_page, (page + 1) * per_page)]
        data = ",".join(template.replace(INVOICE_ID, invoice_id) for invoice_id in ids)
        has_more = "true" if page < page_count - 1 else "false"
        body = f'{{"object":"list","data":[{data}],"has_more":{has_more},"url":"/v1/invoices"}}'
        pages[after] = body.encode()
        after = ids[-1]
    return pages


# --- peers ---------------------------------------------------------------------------------


def stripe_client(
    sync_transport: httpx.BaseTransport | None = None,
    async_transport: httpx.AsyncBaseTransport | None = None,
    **limits: Any,
) -> Any:
    """`stripe.StripeClient` whose `stripe.HTTPXClient` sends through the given transports.

    In stripe 16.1.0, `HTTPXClient` builds its own `httpx.Client`/`httpx.AsyncClient` and takes
    no client instance or transport; it does take the httpx module to build them from (`_lib`).
    A stand-in module whose `Client`/`AsyncClient` add our transport points it at the same
    transport as the other peers, leaving the rest of its request path as shipped.
    """
    import stripe

    def make_sync(**kwargs: Any) -> httpx.Client:
        return httpx.Client(transport=sync_transport, **kwargs, **limits)

    def make_async(**kwargs: Any) -> httpx.AsyncClient:
        return httpx.AsyncClient(transport=async_transport, **kwargs, **limits)

    lib = SimpleNamespace(Client=make_sync, AsyncClient=make_async)
    http = stripe.HTTPXClient(allow_sync_methods=sync_transport is not None, _lib=lib)
    return stripe.StripeClient(API_KEY, http_client=http)


# --- timing --------------------------------------------------------------------------------


def run_loops(fn: Callable[[], object], loops: int) -> float:
    """Seconds for `loops` calls of `fn`; a collection first so earlier garbage is not billed."""
    gc.collect()
    start = time.perf_counter()
    for _ in range(loops):
        fn()
    return time.perf_counter() - start


def calibrate(fn: Callable[[], object], seconds: float) -> int:
    """How many calls of `fn` take about `seconds` (this also warms it up)."""
    loops = 1
    while True:
        elapsed = run_loops(fn, loops)
        if elapsed >= seconds / 4 or loops >= 10_000_000:
            return max(1, round(loops * seconds / max(elapsed, 1e-9)))
        loops *= 2 if elapsed > seconds / 40 else 10


def measure(
    cases: dict[str, Callable[[], object]], repeats: int, seconds: float
) -> dict[str, dict[str, Any]]:
    """Seconds per call of each case, `repeats` samples each, cases interleaved.

    Each repeat runs every case once (in a rotating order), so a burst of load from other jobs
    hits all cases of a repeat rather than all repeats of one case.
    """
    loops = {name: calibrate(fn, seconds) for name, fn in cases.items()}
    samples: dict[str, list[float]] = {name: [] for name in cases}
    names = list(cases)
    for repeat in range(repeats):
        shift = repeat % len(names)
        for name in names[shift:] + names[:shift]:
            samples[name].append(run_loops(cases[name], loops[name]) / loops[name])
    return {
        name: {"unit": "s", "per": "call", "loops": loops[name], "samples": samples[name]}
        for name in cases
    }


async def measure_async(
    cases: dict[str, Callable[[], Awaitable[object]]],
    repeats: int,
    per_batch: int,
    check: Callable[[str, Any], None] | None = None,
) -> dict[str, dict[str, Any]]:
    """Like `measure`, for coroutines: each sample is one awaited batch, per item.

    One warm-up batch per case comes first; `check(name, result)` can look at its result.
    """
    names = list(cases)
    for name in names:
        result = await cases[name]()
        if check is not None:
            check(name, result)
    samples: dict[str, list[float]] = {name: [] for name in cases}
    for repeat in range(repeats):
        shift = repeat % len(names)
        for name in names[shift:] + names[:shift]:
            gc.collect()
            start = time.perf_counter()
            await cases[name]()
            samples[name].append((time.perf_counter() - start) / per_batch)
    return {
        name: {"unit": "s", "per": "call", "batch": per_batch, "samples": samples[name]}
        for name in cases
    }
