"""Benchmark suite: run it as `python -m bench.run [--quick] [--json PATH]` from the project root.

`./bench/run` does the same after making sure `.venv` exists with the package, its codegen and
test extras, and the peer `stripe==16.1.0` installed. Each scenario runs in a fresh interpreter
(`bench._worker`), repeated; the table gives each figure's median and spread (min..max) and the
ratios between implementations from medians of the same run, with the targets marked PASS or
MISS. Nothing fails on a slow figure: this is a measurement, not a test. The exit status is
non-zero only when a scenario could not run.

    --quick          a smoke run (fewer repeats, shorter samples; under a minute)
    --json PATH      also write every sample, statistic, ratio and target as JSON
    --repeats N      samples per figure (default 7; 3 with --quick)
    --only A,B       run only these scenarios (names: see --list)
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent

SCENARIOS: dict[str, str] = {
    "parse": "1. Parse: JSON bytes to typed model",
    "calls_sync": "2. Call overhead, sync (in-process transport)",
    "calls_async": "3. Call overhead, async: concurrent retrieves gathered (in-process)",
    "sockets": "4. Real sockets: async fan-out to 127.0.0.1",
    "pagination": "5. Auto-pagination: 10,000 invoices in 100 pages",
    "imports": "6. Import time, fresh interpreter",
    "codegen": "7. Codegen: regenerate the package",
    "rate_limit": "8. At the rate limit: invoice writes gathered against a rate-limited fake",
    "shared_budget": "9. Many workers: 1-8 processes against one account's limit (Redis)",
}

IMPLS: dict[str, dict[str, str]] = {
    "parse": {
        "ours": "ours: Model.from_dict(json.loads(b))",
        "stripe": "stripe: construct_from(json.loads(b))",
        "floor": "floor: json.loads(b)",
    },
    "calls_sync": {
        "ours": "ours: client.invoices.send",
        "stripe": "stripe: v1.invoices.send_invoice",
        "floor": "floor: httpx.Client.post + json.loads",
    },
    "calls_async": {
        "ours": "ours: invoices.retrieve",
        "stripe": "stripe: v1.invoices.retrieve_async",
        "floor": "floor: httpx.AsyncClient.get + json.loads",
    },
    "sockets": {
        "ours": "ours: AsyncStripeInvoicing",
        "floor": "floor: httpx.AsyncClient.get + json.loads",
    },
    "pagination": {
        "ours": "ours: for invoice in invoices.list(limit=100)",
        "stripe": "stripe: list(...).auto_paging_iter()",
        "floor": "floor: httpx.Client.get + json.loads",
        "page": "parse one page (from_dict(json.loads))",
        "walk10": "walk 10 pages (1,000 invoices)",
        "walk100": "walk 100 pages (10,000 invoices)",
    },
    "imports": {
        "import/ours": "ours: import stripe_invoicing_client",
        "import/stripe": "stripe: import stripe",
        "client/ours": "ours: from ... import StripeInvoicing",
        "client/stripe": "stripe: from stripe import StripeClient",
        "ready/ours": "ours: ... ; StripeInvoicing(key)",
        "ready/stripe": "stripe: ... ; StripeClient(key)",
    },
    "codegen": {
        "ours": "from openapi/stripe-invoicing.yaml",
        "spec3": "from Stripe's 2022 spec (tests/fixtures, reduced)",
    },
}

PEERS = ("stripe", "floor")


@dataclass(frozen=True)
class Target:
    scenario: str
    text: str
    numerator: str  # figure key, "group/impl"
    denominator: str
    op: str  # "<=" or ">="
    limit: float


TARGETS = [
    *(
        Target(
            "shared_budget",
            f"{n} processes sharing a RedisBudget: {text}",
            f"{group}/shared_{n}",
            f"{group}/target",
            op,
            limit,
        )
        for n in (1, 2, 4, 8)
        for text, group, op, limit in (
            (">= 90% of the limit", "of_limit", ">=", 0.9),
            ("<= 0.5% 429s", "share429", "<=", 0.005),
            ("Jain's fairness >= 0.9", "fairness", ">=", 0.9),
        )
    ),
    Target(
        "shared_budget",
        "a shared acquire adds <= 1 ms (p99, loopback Redis)",
        "acquire_p99/shared",
        "acquire_p99/target",
        "<=",
        1.0,
    ),
    Target(
        "rate_limit",
        "at the limit, ours with the limiter: 0 failed",
        "failed/ours",
        "completed/ours",
        "<=",
        0.0,
    ),
    Target(
        "rate_limit",
        "at the limit, ours with the limiter: <= 2% 429s",
        "share429/ours",
        "share429/target",
        "<=",
        0.02,
    ),
    Target(
        "rate_limit",
        "at the limit, ours with the limiter: >= 90% of it",
        "of_limit/ours",
        "of_limit/target",
        ">=",
        0.9,
    ),
    Target("calls_sync", "sync call: ours <= 1.2x raw httpx", "send/ours", "send/floor", "<=", 1.2),
    Target(
        "calls_sync",
        "sync call: >= 3x faster than stripe",
        "send/stripe",
        "send/ours",
        ">=",
        3.0,
    ),
    Target(
        "calls_async",
        "async call: ours <= 1.5x raw httpx",
        "retrieve/ours",
        "retrieve/floor",
        "<=",
        1.5,
    ),
    Target(
        "calls_async",
        "async call: >= 3x faster than stripe",
        "retrieve/stripe",
        "retrieve/ours",
        ">=",
        3.0,
    ),
    Target(
        "parse",
        "parse page of 100: ours <= 2.0x json.loads",
        "page100/ours",
        "page100/floor",
        "<=",
        2.0,
    ),
    Target(
        "parse",
        "parse page of 100: >= 10x faster than stripe",
        "page100/stripe",
        "page100/ours",
        ">=",
        10.0,
    ),
    Target(
        "sockets",
        "socket fan-out throughput: ours >= 0.8x raw httpx",
        "fanout/ours",
        "fanout/floor",
        ">=",
        0.8,
    ),
    Target(
        "pagination",
        "walk of 10,000 invoices: ours <= 1.8x raw pages",
        "walk/ours",
        "walk/floor",
        "<=",
        1.8,
    ),
    Target(
        "pagination",
        "pagination peak memory <= 2x one page",
        "memory/walk100",
        "memory/page",
        "<=",
        2.0,
    ),
    Target(
        "pagination",
        "pagination memory flat: 100 pages <= 1.25x 10 pages",
        "memory/walk100",
        "memory/walk10",
        "<=",
        1.25,
    ),
    Target(
        "imports",
        "import: ours <= 0.5x import stripe",
        "import/ours",
        "import/stripe",
        "<=",
        0.5,
    ),
    Target(
        "imports",
        "cold start: import + StripeInvoicing(key) <= 0.6x stripe's StripeClient(key)",
        "ready/ours",
        "ready/stripe",
        "<=",
        0.6,
    ),
]


# --- statistics ----------------------------------------------------------------------------


def summarize(samples: list[float]) -> dict[str, float]:
    ordered = sorted(samples)
    if len(ordered) >= 2:
        q1, _, q3 = statistics.quantiles(ordered, n=4, method="inclusive")
    else:
        q1 = q3 = ordered[0]
    median = statistics.median(ordered)
    return {
        "median": median,
        "min": ordered[0],
        "max": ordered[-1],
        "q1": q1,
        "q3": q3,
        "n": len(ordered),
        "spread_pct": 100 * (ordered[-1] - ordered[0]) / median if median else 0.0,
    }


def ratio(figures: dict[str, Any], numerator: str, denominator: str) -> dict[str, Any] | None:
    """median(numerator) / median(denominator), and the range of the per-repeat ratios."""
    a, b = figures.get(numerator), figures.get(denominator)
    if a is None or b is None or not b["median"]:
        return None
    paired = [x / y for x, y in zip(a["samples"], b["samples"], strict=False) if y]
    return {
        "of": numerator,
        "to": denominator,
        "ratio": a["median"] / b["median"],
        "paired_min": min(paired) if paired else None,
        "paired_max": max(paired) if paired else None,
    }


# --- running -------------------------------------------------------------------------------


def run_scenario(name: str, settings: dict[str, Any], timeout: float) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="bench-") as tmp:
        out = Path(tmp) / "result.json"
        command = [sys.executable, "-m", "bench._worker", name, json.dumps(settings), str(out)]
        started = time.perf_counter()
        try:
            done = subprocess.run(
                command, cwd=ROOT, capture_output=True, text=True, timeout=timeout
            )
        except subprocess.TimeoutExpired:
            return {"ok": False, "error": f"timed out after {timeout:.0f} s"}
        elapsed = time.perf_counter() - started
        if not out.exists():
            error = f"exit status {done.returncode}\n{done.stdout}\n{done.stderr}".strip()
            return {"ok": False, "error": error, "process_seconds": elapsed}
        result: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
    result["process_seconds"] = elapsed
    if done.stderr.strip():
        result["stderr"] = done.stderr[-4000:]
    for figure in result.get("figures", {}).values():
        figure.update(summarize(figure["samples"]))
    return result


def compare(result: dict[str, Any]) -> list[dict[str, Any]]:
    """For each group with `ours`: ours/peer for every peer measured in the same run."""
    figures = result.get("figures", {})
    found = []
    for group in result.get("groups", {}):
        ours = f"{group}/ours"
        if ours not in figures:
            continue
        for peer in PEERS:
            compared = ratio(figures, ours, f"{group}/{peer}")
            if compared is not None:
                found.append(compared)
    return found


def check_targets(results: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    checked = []
    for target in TARGETS:
        entry: dict[str, Any] = {
            "scenario": target.scenario,
            "target": target.text,
            "ratio_of": target.numerator,
            "ratio_to": target.denominator,
            "op": target.op,
            "limit": target.limit,
        }
        result = results.get(target.scenario)
        measured = None
        if result and result.get("ok"):
            measured = ratio(result["figures"], target.numerator, target.denominator)
        if measured is None:
            entry.update(status="n/a", ratio=None)
        else:
            value = measured["ratio"]
            met = value <= target.limit if target.op == "<=" else value >= target.limit
            entry.update(
                status="PASS" if met else "MISS",
                ratio=value,
                paired_min=measured["paired_min"],
                paired_max=measured["paired_max"],
            )
        checked.append(entry)
    return checked


# --- the machine ---------------------------------------------------------------------------


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.partition(":")[2].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def _git(*args: str) -> str:
    try:
        done = subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True)
    except OSError:
        return ""
    return done.stdout.strip()


def machine() -> dict[str, Any]:
    packages: dict[str, str | None] = {}
    for name in ("stripe-invoicing-client", "stripe", "httpx", "httpcore", "h11", "anyio", "attrs"):
        try:
            packages[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            packages[name] = None
    try:
        usable = len(os.sched_getaffinity(0))
    except AttributeError:
        usable = os.cpu_count() or 0
    return {
        "date": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
        "cpu": _cpu_model(),
        "cores": os.cpu_count(),
        "usable_cores": usable,
        "load_average_at_start": list(os.getloadavg()),
        "python": f"{platform.python_implementation()} {platform.python_version()}",
        "platform": platform.platform(),
        "packages": packages,
        "git_commit": _git("rev-parse", "--short", "HEAD"),
        "git_dirty": bool(_git("status", "--porcelain", "--untracked-files=no")),
    }


# --- the table -----------------------------------------------------------------------------


def fmt(value: float, unit: str) -> str:
    if unit == "s":
        for scale, suffix in ((1.0, "s"), (1e-3, "ms"), (1e-6, "us")):
            if value >= scale:
                return f"{value / scale:.3g} {suffix}"
        return f"{value * 1e9:.0f} ns"
    if unit == "B":
        return f"{value / 1e6:.3f} MB" if value >= 1e6 else f"{value / 1e3:.1f} KB"
    if unit == "req/s":
        return f"{value:,.0f} req/s"
    return f"{value:.4g} {unit}"


def _ratio_text(compared: dict[str, Any], higher_is_better: bool) -> str:
    value = compared["ratio"]
    text = f"ours/this {value:.2f}x"
    if compared["paired_min"] is not None:
        text += f" [{compared['paired_min']:.2f}..{compared['paired_max']:.2f}]"
    if not higher_is_better and 0 < value < 1:
        text += f"  (ours {1 / value:.1f}x faster)"
    return text


def render(report: dict[str, Any]) -> str:
    meta = report["machine"]
    lines = [
        "stripe-invoicing-client benchmarks"
        + ("  (--quick)" if report["settings"]["quick"] else ""),
        f"date      {meta['date']}",
        f"machine   {meta['cpu']}, {meta['cores']} cores ({meta['usable_cores']} usable), "
        f"load average at start {' / '.join(f'{x:.2f}' for x in meta['load_average_at_start'])}",
        f"python    {meta['python']} on {meta['platform']}",
        "packages  " + ", ".join(f"{k} {v}" for k, v in meta["packages"].items()),
        f"commit    {meta['git_commit']}" + (" (uncommitted changes)" if meta["git_dirty"] else ""),
        f"settings  {report['settings']['repeats']} repeats per figure, "
        f"~{report['settings']['seconds']} s per timing sample; each scenario in a fresh process",
        "figures   median [min..max] over the repeats; ratios are ours/this from medians, with",
        "          [min..max] of the per-repeat ratios. Not a test: nothing fails on a figure.",
        "",
    ]
    for name, title in SCENARIOS.items():
        result = report["scenarios"].get(name)
        if result is None:
            continue
        wall = result.get("process_seconds")
        lines.append(f"{title}" + (f"   [{wall:.1f} s]" if wall else ""))
        if not result.get("ok"):
            lines.append("   NOT MEASURED: " + result.get("error", "").strip().splitlines()[-1])
            lines.append("")
            continue
        figures = result["figures"]
        comparisons = {c["to"]: c for c in result.get("comparisons", [])}
        for group, description in result["groups"].items():
            lines.append(f"   {description}")
            for key, figure in figures.items():
                if key.partition("/")[0] != group:
                    continue
                impl = key.partition("/")[2]
                labels = {**IMPLS.get(name, {}), **result.get("labels", {})}
                label = labels.get(key) or labels.get(impl, impl)
                higher = figure.get("better") == "higher"
                value = fmt(figure["median"], figure["unit"])
                spread = (
                    f"[{fmt(figure['min'], figure['unit'])}..{fmt(figure['max'], figure['unit'])}]"
                )
                row = f"     {label:<48} {value:>12}  {spread:<26}"
                if key in comparisons:
                    row += " " + _ratio_text(comparisons[key], higher)
                lines.append(row.rstrip())
        for note in result.get("notes", []):
            lines.append(f"   note: {note}")
        lines.append("")
    lines.append("Targets (ratios of medians from this run; [..] = range of per-repeat ratios)")
    for target in report["targets"]:
        if target["ratio"] is None:
            measured = "not measured"
        else:
            measured = f"{target['ratio']:.3f}x"
            if target.get("paired_min") is not None:
                measured += f" [{target['paired_min']:.2f}..{target['paired_max']:.2f}]"
        goal = f"{target['op']} {target['limit']:g}"
        lines.append(
            f"   {target['status']:<5} {target['target']:<52} {measured:<22} (target {goal})"
        )
    return "\n".join(lines)


# --- main ----------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.run", description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="smoke run, under a minute")
    parser.add_argument("--json", type=Path, metavar="PATH", help="write the results as JSON")
    parser.add_argument("--repeats", type=int, help="samples per figure (default 7, quick 3)")
    parser.add_argument("--seconds", type=float, help="target length of one timing sample")
    parser.add_argument("--only", help="comma-separated scenario names")
    parser.add_argument("--list", action="store_true", help="list the scenarios and exit")
    args = parser.parse_args(argv)
    if args.list:
        for name, title in SCENARIOS.items():
            print(f"{name:<12} {title}")
        return 0
    names = list(SCENARIOS)
    if args.only:
        names = [n.strip() for n in args.only.split(",") if n.strip()]
        unknown = [n for n in names if n not in SCENARIOS]
        if unknown:
            parser.error(f"unknown scenario(s): {', '.join(unknown)}; see --list")
    settings = {
        "quick": args.quick,
        "repeats": args.repeats or (3 if args.quick else 7),
        "seconds": args.seconds or (0.04 if args.quick else 0.2),
    }
    timeout = 120.0 if args.quick else 1200.0
    report: dict[str, Any] = {"machine": machine(), "settings": settings, "scenarios": {}}
    started = time.perf_counter()
    for index, name in enumerate(names, 1):
        print(f"[{index}/{len(names)}] {SCENARIOS[name]} ...", end=" ", file=sys.stderr, flush=True)
        result = run_scenario(name, settings, timeout)
        result["title"] = SCENARIOS[name]
        if result.get("ok"):
            result["comparisons"] = compare(result)
        report["scenarios"][name] = result
        status = "ok" if result.get("ok") else "FAILED"
        print(f"{status} ({result.get('process_seconds', 0):.1f} s)", file=sys.stderr, flush=True)
    report["targets"] = [
        t for t in check_targets(report["scenarios"]) if t["scenario"] in report["scenarios"]
    ]
    report["machine"]["load_average_at_end"] = list(os.getloadavg())
    report["total_seconds"] = time.perf_counter() - started
    print(render(report))
    print(f"\ntotal {report['total_seconds']:.1f} s", end="")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
        print(f"; results written to {args.json}", end="")
    print()
    failed = [name for name, r in report["scenarios"].items() if not r.get("ok")]
    for name in failed:
        print(f"\n{name} failed:\n{report['scenarios'][name].get('error', '')}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
