"""The seven scenarios. Each runs in its own fresh interpreter (see `bench._worker`).

A scenario takes the run's settings and returns its raw samples:

    {"figures": {"<group>/<impl>": {"unit": ..., "samples": [...], ...}},
     "groups": {"<group>": "what is measured"}, "notes": [...], "info": {...}}

`<impl>` is `ours`, `stripe` (stripe-python) or `floor` (bare json / raw httpx). Statistics,
ratios and targets are computed by `bench.run`, from these samples.
"""

from __future__ import annotations

import asyncio
import gc
import json
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

import httpx

from ._common import (
    API_KEY,
    BASE_URL,
    INVOICE_ID,
    ROOT,
    SPEC3,
    CannedTransport,
    PagesTransport,
    build_pages,
    current_invoice,
    dumps,
    invoice_page,
    invoice_with_lines,
    measure,
    measure_async,
    run_loops,
    stripe_client,
)

Settings = dict[str, Any]
Result = dict[str, Any]

CONCURRENCY = 2000
QUICK_FANOUT = 500  # --quick gathers 500 calls per batch in scenarios 3 and 4
# Keep-alive connections to the loopback server, and requests in flight at once, for both
# clients. The 2,000 tasks are all gathered at once but wait on a semaphore of this size before
# calling: queueing them all inside httpcore's pool instead makes the pool's own queue scans
# (quadratic in queued requests) the whole measurement, hiding the clients' overhead.
SOCKET_CONNECTIONS = 10


def _check(condition: bool, message: str) -> None:
    """A set-up check (the benchmark measures the right thing), never a timing check."""
    if not condition:
        raise RuntimeError(f"benchmark set-up is wrong: {message}")


# --- 1. parse ------------------------------------------------------------------------------


# Nested objects of our models are decoded on first read, so every case reads the objects a
# consumer of the document reads: the page's items, the invoice's lines.
def _parse_ours(from_dict: Callable[[Any], Any], read: str, body: bytes) -> object:
    parsed = from_dict(json.loads(body))
    return _read(parsed, read, getattr)


def _parse_stripe(construct_from: Callable[..., Any], read: str, body: bytes) -> object:
    parsed = construct_from(json.loads(body), API_KEY)
    return _read(parsed, read, getattr)


def _parse_floor(read: str, body: bytes) -> object:
    return _read(json.loads(body), read, dict.__getitem__)


def _read(parsed: Any, path: str, step: Callable[[Any, str], Any]) -> object:
    for name in path.split(".") if path else ():
        parsed = step(parsed, name)
    return parsed


def parse(settings: Settings) -> Result:
    import stripe

    from stripe_invoicing_client._generated.models import GetInvoicesResponse200
    from stripe_invoicing_client.models import Invoice, LineItem

    documents = {
        "invoice": dumps(current_invoice()),
        "invoice20": dumps(invoice_with_lines(20)),
        "page100": dumps(invoice_page(100)),
    }
    groups = {
        "invoice": f"one invoice (seed 000, {len(documents['invoice']):,} B of JSON)",
        "invoice20": f"one invoice with 20 lines, lines read ({len(documents['invoice20']):,} B)",
        "page100": f"list page of 100 invoices, all seeds, items read "
        f"({len(documents['page100']):,} B)",
    }
    reads = {"invoice": "", "invoice20": "lines.data", "page100": "data"}
    cases: dict[str, Callable[[], object]] = {}
    for group, body in documents.items():
        ours, theirs = (
            (GetInvoicesResponse200, stripe.ListObject)
            if group == "page100"
            else (Invoice, stripe.Invoice)
        )
        read = reads[group]
        # The same shape for all three: a partial calling a function doing the work.
        cases[f"{group}/ours"] = partial(_parse_ours, ours.from_dict, read, body)
        cases[f"{group}/stripe"] = partial(_parse_stripe, theirs.construct_from, read, body)
        cases[f"{group}/floor"] = partial(_parse_floor, read, body)

    page: Any = cases["page100/ours"]()
    _check(len(page) == 100 and isinstance(page[0], Invoice), "our page parse")
    theirs_page: Any = cases["page100/stripe"]()
    _check(isinstance(theirs_page[0], stripe.Invoice), "stripe page parse")
    lines: Any = cases["invoice20/ours"]()
    _check(len(lines) == 20 and isinstance(lines[0], LineItem), "20-line invoice")

    figures = measure(cases, settings["repeats"], settings["seconds"])
    return {"figures": figures, "groups": groups, "notes": [], "info": {}}


# --- 2. call overhead, sync ----------------------------------------------------------------


def calls_sync(settings: Settings) -> Result:
    from stripe_invoicing_client import StripeInvoicing

    transport = CannedTransport(dumps(current_invoice()))
    ours = StripeInvoicing(API_KEY, http_client=httpx.Client(transport=transport))
    theirs = stripe_client(sync_transport=transport)
    raw = httpx.Client(transport=transport, base_url=BASE_URL)
    auth = {"Authorization": f"Bearer {API_KEY}"}
    path = f"/v1/invoices/{INVOICE_ID}/send"

    cases: dict[str, Callable[[], object]] = {
        "send/ours": lambda: ours.invoices.send(INVOICE_ID),
        "send/stripe": lambda: theirs.v1.invoices.send_invoice(INVOICE_ID),
        "send/floor": lambda: json.loads(raw.post(path, headers=auth).content),
    }
    _check(cases["send/ours"]().id == INVOICE_ID, "our send")  # type: ignore[attr-defined]
    _check(cases["send/stripe"]().id == INVOICE_ID, "stripe send")  # type: ignore[attr-defined]
    before = transport.requests
    figures = measure(cases, settings["repeats"], settings["seconds"])
    _check(transport.requests > before, "requests reached the transport")
    return {
        "figures": figures,
        "groups": {"send": "invoices.send, in-process transport, canned invoice (per call)"},
        "notes": [
            "stripe-python: StripeClient with HTTPXClient(allow_sync_methods=True) whose "
            "httpx.Client is built on the same transport (via HTTPXClient's _lib hook)"
        ],
        "info": {"requests_served": transport.requests},
    }


def _check_batch(n: int) -> Callable[[str, Any], None]:
    def check(name: str, results: Any) -> None:
        last = results[-1]
        found = last["id"] if isinstance(last, dict) else last.id
        _check(len(results) == n and found == INVOICE_ID, f"{name}: a batch of {n} retrieves")

    return check


# --- 3. call overhead, async ---------------------------------------------------------------


def calls_async(settings: Settings) -> Result:
    return asyncio.run(_calls_async(settings))


async def _calls_async(settings: Settings) -> Result:
    from stripe_invoicing_client import AsyncStripeInvoicing

    transport = CannedTransport(dumps(current_invoice()))
    ours = AsyncStripeInvoicing(API_KEY, http_client=httpx.AsyncClient(transport=transport))
    theirs = stripe_client(async_transport=transport)
    raw = httpx.AsyncClient(transport=transport, base_url=BASE_URL)
    auth = {"Authorization": f"Bearer {API_KEY}"}
    path = f"/v1/invoices/{INVOICE_ID}"
    n = QUICK_FANOUT if settings["quick"] else CONCURRENCY

    async def raw_retrieve() -> object:
        return json.loads((await raw.get(path, headers=auth)).content)

    async def ours_batch() -> list[Any]:
        return await asyncio.gather(*[ours.invoices.retrieve(INVOICE_ID) for _ in range(n)])

    async def stripe_batch() -> list[Any]:
        calls = [theirs.v1.invoices.retrieve_async(INVOICE_ID) for _ in range(n)]
        return await asyncio.gather(*calls)

    async def raw_batch() -> list[Any]:
        return await asyncio.gather(*[raw_retrieve() for _ in range(n)])

    figures = await measure_async(
        {"retrieve/ours": ours_batch, "retrieve/stripe": stripe_batch, "retrieve/floor": raw_batch},
        settings["repeats"],
        n,
        check=_check_batch(n),
    )
    await ours.aclose()
    await raw.aclose()
    return {
        "figures": figures,
        "groups": {
            "retrieve": f"{n:,} concurrent invoices.retrieve gathered, in-process (per call)"
        },
        "notes": [
            "stripe-python: StripeClient with HTTPXClient whose httpx.AsyncClient is built on "
            "the same transport; calls are client.v1.invoices.retrieve_async",
            *(
                [f"--quick: batches of {n} calls instead of {CONCURRENCY:,}"]
                if settings["quick"]
                else []
            ),
        ],
        "info": {"requests_served": transport.requests, "requests_per_batch": n},
    }


# --- 4. real sockets -----------------------------------------------------------------------


def sockets(settings: Settings) -> Result:
    limit = 120.0 if settings["quick"] else 600.0
    server = subprocess.Popen(
        [sys.executable, "-m", "bench._server", "--max-seconds", str(limit)],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
    )
    try:
        assert server.stdout is not None
        port = int(server.stdout.readline())
        return asyncio.run(asyncio.wait_for(_sockets(settings, port), timeout=limit))
    finally:
        assert server.stdin is not None
        server.stdin.close()
        try:
            server.wait(timeout=5)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


async def _sockets(settings: Settings, port: int) -> Result:
    from stripe_invoicing_client import AsyncStripeInvoicing

    base = f"http://127.0.0.1:{port}"
    limits = httpx.Limits(
        max_connections=SOCKET_CONNECTIONS, max_keepalive_connections=SOCKET_CONNECTIONS
    )
    timeout = httpx.Timeout(30.0)
    ours = AsyncStripeInvoicing(
        API_KEY,
        base_url=base,
        timeout=timeout,
        http_client=httpx.AsyncClient(limits=limits, timeout=timeout),
    )
    raw = httpx.AsyncClient(base_url=base, limits=limits, timeout=timeout)
    auth = {"Authorization": f"Bearer {API_KEY}"}
    path = f"/v1/invoices/{INVOICE_ID}"
    n = QUICK_FANOUT if settings["quick"] else CONCURRENCY
    in_flight = asyncio.Semaphore(SOCKET_CONNECTIONS)

    async def ours_retrieve() -> Any:
        async with in_flight:
            return await ours.invoices.retrieve(INVOICE_ID)

    async def raw_retrieve() -> Any:
        async with in_flight:
            response = await raw.get(path, headers=auth)
            response.raise_for_status()
            return json.loads(response.content)

    async def ours_batch() -> list[Any]:
        return await asyncio.gather(*[ours_retrieve() for _ in range(n)])

    async def raw_batch() -> list[Any]:
        return await asyncio.gather(*[raw_retrieve() for _ in range(n)])

    per_call = await measure_async(
        {"fanout/ours": ours_batch, "fanout/floor": raw_batch},
        settings["repeats"],
        n,
        check=_check_batch(n),
    )
    await ours.aclose()
    await raw.aclose()
    figures = {
        name: {
            **figure,
            "unit": "req/s",
            "better": "higher",
            "samples": [1 / seconds for seconds in figure["samples"]],
        }
        for name, figure in per_call.items()
    }
    notes = [
        "server: bench/_server.py (asyncio, HTTP/1.1 keep-alive, its own process); "
        "stripe-python is not measured here",
    ]
    if settings["quick"]:
        notes.append(f"--quick: a fan-out of {n} requests instead of {CONCURRENCY:,}")
    return {
        "figures": figures,
        "groups": {
            "fanout": f"{n:,} concurrent invoices.retrieve gathered, HTTP/1.1 to 127.0.0.1, "
            f"{SOCKET_CONNECTIONS} keep-alive connections and in flight (throughput)"
        },
        "notes": notes,
        "info": {"connections": SOCKET_CONNECTIONS, "requests_per_batch": n},
    }


# --- 5. auto-pagination --------------------------------------------------------------------


def _traced_peak(fn: Callable[[], object]) -> int:
    """Peak bytes traced while `fn` runs and its result is alive."""
    gc.collect()
    tracemalloc.start()
    try:
        result = fn()
        peak = tracemalloc.get_traced_memory()[1]
        del result
    finally:
        tracemalloc.stop()
    return peak


def pagination(settings: Settings) -> Result:
    from stripe_invoicing_client import StripeInvoicing
    from stripe_invoicing_client._generated.models import GetInvoicesResponse200

    quick = settings["quick"]
    pages_small, pages_big = build_pages(10), build_pages(100)
    # Under tracemalloc a walk runs ~15x slower: --quick traces a walk of 50 pages, not 100.
    traced_pages = 50 if quick else 100
    traced = StripeInvoicing(
        API_KEY,
        http_client=httpx.Client(transport=PagesTransport(build_pages(traced_pages))),
    )
    small_transport, big_transport = PagesTransport(pages_small), PagesTransport(pages_big)
    small = StripeInvoicing(API_KEY, http_client=httpx.Client(transport=small_transport))
    big = StripeInvoicing(API_KEY, http_client=httpx.Client(transport=big_transport))
    # stripe-python parses ~10x slower: it walks the 10-page listing, so a run stays short.
    theirs = stripe_client(sync_transport=small_transport)
    raw = httpx.Client(transport=big_transport, base_url=BASE_URL)
    auth = {"Authorization": f"Bearer {API_KEY}"}

    def walk_ours(client: StripeInvoicing = big) -> int:
        count = 0
        for _invoice in client.invoices.list(limit=100):
            count += 1
        return count

    def walk_stripe() -> int:
        count = 0
        for _invoice in theirs.v1.invoices.list({"limit": 100}).auto_paging_iter():
            count += 1
        return count

    def walk_raw() -> int:
        count = 0
        params: dict[str, Any] = {"limit": 100}
        while True:
            page = json.loads(raw.get("/v1/invoices", params=params, headers=auth).content)
            for _invoice in page["data"]:
                count += 1
            if not page["has_more"]:
                return count
            params = {"limit": 100, "starting_after": page["data"][-1]["id"]}

    first_page = pages_big[None]

    def parse_one_page() -> object:
        return GetInvoicesResponse200.from_dict(json.loads(first_page))

    items = 100 * 100
    _check(walk_ours() == items, "our walk")
    _check(walk_ours(small) == 1000, "our short walk")
    _check(walk_stripe() == 1000, "stripe walk")
    _check(walk_raw() == items, "raw walk")
    parse_one_page()  # warm: imports and caches are not part of any peak

    # Time: whole walks, untraced, interleaved; per item.
    repeats = settings["repeats"]
    walks: dict[str, Callable[[], object]] = {
        "walk/ours": walk_ours,
        "walk/stripe": walk_stripe,
        "walk/floor": walk_raw,
    }
    walked = {"walk/ours": items, "walk/stripe": 1000, "walk/floor": items}
    times: dict[str, list[float]] = {name: [] for name in walks}
    names = list(walks)
    for repeat in range(repeats):
        shift = repeat % len(names)
        for name in names[shift:] + names[:shift]:
            times[name].append(run_loops(walks[name], 1) / walked[name])
    figures: dict[str, dict[str, Any]] = {
        name: {"unit": "s", "per": "item", "samples": samples} for name, samples in times.items()
    }

    # Memory: traced peaks, a few samples each (they barely vary).
    memory_repeats = 1 if quick else 3
    peaks: dict[str, list[int]] = {"memory/page": [], "memory/walk10": [], "memory/walk100": []}
    _check(walk_ours(traced) == traced_pages * 100, "the traced walk")
    for _ in range(memory_repeats):
        peaks["memory/page"].append(_traced_peak(parse_one_page))
        peaks["memory/walk10"].append(_traced_peak(lambda: walk_ours(small)))
        peaks["memory/walk100"].append(_traced_peak(lambda: walk_ours(traced)))
    for name, samples in peaks.items():
        figures[name] = {"unit": "B", "samples": [float(s) for s in samples]}
    return {
        "figures": figures,
        "groups": {
            "walk": "walk 10,000 invoices, 100 pages of 100, in-process (per item)",
            "memory": "tracemalloc peak: parse one page vs walk 10 pages vs walk 100 pages",
        },
        "notes": [
            "memory is our SDK only; the page bodies are built before tracing starts",
            *(["--quick: the memory walk of 100 pages walks 50 pages"] if quick else []),
            "walk/stripe: ListObject.auto_paging_iter over 10 pages of 100 (1,000 items); "
            "walk/floor: raw httpx.Client + json.loads following starting_after",
        ],
        "labels": {
            "memory/walk100": f"walk {traced_pages} pages ({traced_pages * 100:,} invoices)"
        },
        "info": {"page_json_bytes": len(first_page), "traced_walk_pages": traced_pages},
    }


# --- 6. import time ------------------------------------------------------------------------

_IMPORT = "import time; t = time.perf_counter(); {stmt}; print(time.perf_counter() - t)"


def _import_seconds(statement: str) -> float:
    done = subprocess.run(
        [sys.executable, "-c", _IMPORT.format(stmt=statement)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return float(done.stdout.strip().splitlines()[-1])


def imports(settings: Settings) -> Result:
    statements = {
        "import/ours": "import stripe_invoicing_client",
        "import/stripe": "import stripe",
        "client/ours": "from stripe_invoicing_client import StripeInvoicing",
        "client/stripe": "from stripe import StripeClient",
        # What a program pays before its first request: deferring imports cannot hide here.
        "ready/ours": f"import stripe_invoicing_client as m; m.StripeInvoicing({API_KEY!r})",
        "ready/stripe": f"import stripe as m; m.StripeClient({API_KEY!r})",
    }
    for statement in statements.values():  # warm-up: bytecode caches written once
        _import_seconds(statement)
    repeats = 4 if settings["quick"] else max(2 * settings["repeats"], 10)
    samples: dict[str, list[float]] = {name: [] for name in statements}
    names = list(statements)
    for repeat in range(repeats):
        shift = repeat % len(names)
        for name in names[shift:] + names[:shift]:
            samples[name].append(_import_seconds(statements[name]))
    return {
        "figures": {name: {"unit": "s", "samples": s} for name, s in samples.items()},
        "groups": {
            "import": "`import X` in a fresh interpreter",
            "client": "importing the client class (stripe loads its modules lazily)",
            "ready": "import and create a client (no request)",
        },
        "notes": [],
        "info": {},
    }


# --- 7. codegen ----------------------------------------------------------------------------


def _codegen_seconds(extra: list[str], out: Path) -> float:
    command = [sys.executable, "-m", "codegen", "--out", str(out), "--quiet", *extra]
    start = time.perf_counter()
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=600)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed:\n{done.stdout}\n{done.stderr}")
    return elapsed


def codegen(settings: Settings) -> Result:
    if sys.version_info < (3, 11):
        raise RuntimeError("the generator needs Python 3.11+ (openapi-python-client does)")
    specs = {"codegen/ours": [], "codegen/spec3": ["--spec", str(SPEC3)]}
    notes: list[str] = []
    repeats = 1 if settings["quick"] else 3
    samples: dict[str, list[float]] = {name: [] for name in specs}
    files: dict[str, int] = {}
    with tempfile.TemporaryDirectory(prefix="bench-codegen-") as tmp:
        for _ in range(repeats):
            for name, extra in specs.items():
                out = Path(tmp) / name.replace("/", "-") / "_generated"
                samples[name].append(_codegen_seconds(extra, out))
                files[name] = sum(1 for _ in out.rglob("*.py"))
    return {
        "figures": {name: {"unit": "s", "samples": s} for name, s in samples.items()},
        "groups": {"codegen": "`python -m codegen --out <tmp>` wall time, a fresh process"},
        "notes": notes,
        "info": {"python_files_written": files},
    }


from ._rate_limit import rate_limit  # noqa: E402
from ._shared_budget import shared_budget  # noqa: E402

SCENARIOS: dict[str, Callable[[Settings], Result]] = {
    "parse": parse,
    "calls_sync": calls_sync,
    "calls_async": calls_async,
    "sockets": sockets,
    "pagination": pagination,
    "imports": imports,
    "codegen": codegen,
    "rate_limit": rate_limit,
    "shared_budget": shared_budget,
}
