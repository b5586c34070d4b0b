"""Fault soak: thousands of mutating calls, sync and async, with 20% of attempts failing.

The client talks to the in-memory Stripe through `FaultyTransport`, which (seeded, so a run can
be replayed) refuses connections, times out connecting, loses the answer after the server
applied the write, resets the connection mid-body, truncates a 200's JSON, and answers 429
(with Retry-After), 409 lock_timeout, 500, 502, 503, or an error with
`Stripe-Should-Retry: false`, before the server; and 500, 502 or 503 after the server applied
the write. A 500 after the write is saved for the key, as Stripe saves it: every retry with
that key gets it back, so the call fails, and the caller recovers the object from the events
(each names the idempotency key of the request that caused it). Retry sleeps are patched out
and recorded. The flows and how each call is made and retried are in `_soak.py`.

What must hold, and is printed:

* every logical call ends in its result or in one `StripeError` subclass, nothing else;
* the backend applied each successful call exactly once (writes grouped by idempotency key:
  0 duplicates, 0 lost), and a call that raised applied at most one write;
* a call that raised after its write was applied ("applied but reported as failed") replays,
  instead of writing again, when retried with the same idempotency key (a saved 500 replays
  as that 500); one that raised with nothing applied writes exactly once when retried;
* every attempt of a call carries the same key, there are at most max_retries + 1 of them,
  and the delays asked for between them follow Retry-After or the documented backoff;
* at the end, every invoice has the status, total and number of sends its flow implies, and
  each paid one the one credit note (to the card or the balance) its flow issued; every
  customer got one tax ID, and the meter counted its one usage event once;
* quote flows (`_soak_quotes.py`): each quote created, finalized and accepted exactly once,
  into one invoice or one subscription of the amounts its prices imply.

`--long` runs 50,000 calls per client kind instead of 5,000.
"""

from __future__ import annotations

import asyncio
import time
from collections import Counter
from typing import Any

import pytest

from ._soak import (
    CALLS,
    LONG_CALLS,
    MAX_RETRIES,
    PROBABILITY,
    SEED,
    TAIL_CALLS,
    LogicalCall,
    Soak,
    new_soak,
)
from ._soak_quotes import check_quotes, quote_figures
from ._support import (
    AFTER_WRITE,
    FAULT_KINDS,
    STATUS_AFTER_WRITE,
    Attempt,
    Figures,
    SleepLog,
)


def _delay_problem(attempts: list[Attempt], delays: list[float]) -> str | None:
    """Why the delays asked for between these attempts are wrong, or None."""
    if len(delays) != len(attempts) - 1:
        return f"{len(attempts)} attempts but {len(delays)} sleeps"
    for index, (attempt, delay) in enumerate(zip(attempts, delays, strict=False)):
        if attempt.retry_after is not None:
            if delay != attempt.retry_after:
                return f"Retry-After {attempt.retry_after} but slept {delay}"
            continue
        nominal = min(0.5 * 2**index, 8.0)
        if not 0.75 * nominal <= delay <= nominal:
            return f"retry {index + 1}: slept {delay}, expected {0.75 * nominal}..{nominal}"
    return None


def check_and_report(
    soak: Soak,
    figures: Figures,
    sleeps: SleepLog,
    elapsed: float,
    tail_from: int,
    final: dict[str, Any],
) -> None:
    fake, transport = soak.fake, soak.transport
    assert fake.internal_errors == []
    by_call = transport.by_call
    writes = Counter(w.idempotency_key for w in fake.writes)
    call_keys: dict[int, str] = {}
    problems: list[str] = []

    for call in soak.calls:
        attempts = by_call[call.number]
        keys = {a.idempotency_key for a in attempts}
        if len(keys) != 1 or None in keys:
            problems.append(f"call {call.number}: idempotency keys {keys}")
            continue
        (key,) = keys
        assert key is not None
        if call.own_key is not None and key != call.own_key:
            problems.append(f"call {call.number}: sent key {key}, caller passed {call.own_key}")
        call_keys[call.number] = key
        if not 1 <= len(attempts) <= call.max_retries + 1:
            problems.append(
                f"call {call.number}: {len(attempts)} attempts, max_retries={call.max_retries}"
            )
        delay_problem = _delay_problem(attempts, sleeps.by_call.get(call.number, []))
        if delay_problem:
            problems.append(f"call {call.number}: {delay_problem}")
        last = attempts[-1]
        if call.outcome == "ok":
            if last.fault is not None:
                problems.append(
                    f"call {call.number}: succeeded although its last attempt met {last.fault}"
                )
            if writes[key] != 1:
                problems.append(f"call {call.number} succeeded; the backend applied {writes[key]}")
        else:
            if call.writes_when_failed not in (0, 1):
                problems.append(f"call {call.number} raised, {call.writes_when_failed} writes")
            if call.replayed_on_retry != (call.writes_when_failed == 1):
                problems.append(
                    f"call {call.number}: {call.writes_when_failed} write(s) when it raised, "
                    f"and the retry with its key replayed={call.replayed_on_retry}"
                )
            if writes[key] != 1:
                problems.append(f"call {call.number}: {writes[key]} writes after its retry")

    known = {*call_keys.values(), soak.setup_key}
    stray = sum(n for key, n in writes.items() if key not in known)
    duplicates = sum(1 for call in soak.calls if writes[call_keys.get(call.number)] > 1)
    lost = sum(
        1 for call in soak.calls if call.outcome == "ok" and writes[call_keys.get(call.number)] == 0
    )

    # The end state: each flow's invoice, and its items and sends, exactly once.
    _check_final(soak, final, problems)
    check_quotes(soak, final, problems)

    main = [c for c in soak.calls if c.number < tail_from]
    tail = [c for c in soak.calls if c.number >= tail_from]
    _report(soak, figures, sleeps, elapsed, main, tail, duplicates, lost, stray)
    figures.add(f"soak {soak.mode}", quote_figures(soak))
    assert not soak.escaped, [(c.operation, repr(c.error)) for c in soak.escaped[:5]]
    assert duplicates == 0 and lost == 0 and stray == 0
    assert not problems, "\n".join(problems[:30])


def _check_final(soak: Soak, final: dict[str, Any], problems: list[str]) -> None:
    sends = Counter(s.invoice for s in soak.fake.sent_invoices)
    events = soak.fake.events
    tax_ids = Counter(
        e["data"]["object"]["customer"] for e in events if e["type"] == "customer.tax_id.created"
    )
    for event in events:
        if event["type"] == "customer.created" and tax_ids[event["data"]["object"]["id"]] != 1:
            problems.append(
                f"{event['data']['object']['id']}: {tax_ids[event['data']['object']['id']]} tax IDs"
            )
    for result in soak.results:
        invoice = final[result.invoice_id]
        if (invoice.status, invoice.total) != (result.status, result.total):
            problems.append(
                f"{result.invoice_id}: status {invoice.status} total {invoice.total}, "
                f"expected {result.status} {result.total}"
            )
        if final[result.customer_id] != result.usage:
            problems.append(
                f"{result.customer_id}: the meter counted {final[result.customer_id]}, "
                f"expected {result.usage} (one meter event, once)"
            )
        if sends[result.invoice_id] != result.sends:
            problems.append(f"{result.invoice_id}: sent {sends[result.invoice_id]} times")
        if invoice.post_payment_credit_notes_amount != result.credited:
            problems.append(
                f"{result.invoice_id}: credited {invoice.post_payment_credit_notes_amount}, "
                f"expected {result.credited} (one credit note)"
            )


def _report(
    soak: Soak,
    figures: Figures,
    sleeps: SleepLog,
    elapsed: float,
    main: list[LogicalCall],
    tail: list[LogicalCall],
    duplicates: int,
    lost: int,
    stray: int,
) -> None:
    transport = soak.transport
    section = f"soak {soak.mode}"
    attempts = [a for a in transport.attempts if a.call is not None]
    per_call = Counter(a.call for a in attempts)
    faults = Counter(a.fault for a in attempts if a.fault is not None)
    lines = [
        f"seed {SEED}, fault probability {PROBABILITY:.0%} per attempt, "
        f"{len(soak.results)} invoice flows, up to {soak.max_in_flight} calls in flight, "
        f"{elapsed:.1f} s",
    ]
    for label, calls, retries in (
        (f"main phase (max_retries={MAX_RETRIES})", main, str(MAX_RETRIES)),
        ("tail phase (max_retries=0 or 1)", tail, "0/1"),
    ):
        outcomes = Counter(c.outcome for c in calls)
        ok = outcomes.pop("ok", 0)
        applied = [c for c in calls if c.outcome != "ok" and c.writes_when_failed == 1]
        nothing = [c for c in calls if c.outcome != "ok" and c.writes_when_failed == 0]
        n_attempts = sum(per_call[c.number] for c in calls)
        lines += [
            f"{label}: {len(calls)} logical calls, {ok} succeeded, "
            f"{sum(outcomes.values())} typed errors {dict(sorted(outcomes.items()))}",
            f"  attempts {n_attempts} (max {max((per_call[c.number] for c in calls), default=0)}"
            f" per call, limit {retries}+1)",
            f"  raised with the write applied (reported as failed): {len(applied)}, "
            f"all replayed on retry with their key: "
            f"{all(c.replayed_on_retry for c in applied)}; of these, "
            f"{sum(1 for c in applied if c.own_key)} used the caller's own key (the others' keys "
            "came with the error)",
            f"  raised with nothing applied: {len(nothing)}, each written once on retry: "
            f"{all(c.replayed_on_retry is False for c in nothing)}",
        ]
    ops = Counter(c.operation for c in soak.calls)
    saved = [c for c in soak.calls if c.saved_error]
    delays = sleeps.all
    lines += [
        f"calls by operation: {dict(sorted(ops.items()))}",
        f"attempts {len(attempts)}, faults injected {sum(faults.values())} "
        f"({sum(faults.values()) / max(len(attempts), 1):.1%})",
        "faults by kind: " + ", ".join(f"{k} {faults.get(k, 0)}" for k in FAULT_KINDS),
        f"  of which after the write was applied: {sum(faults[k] for k in AFTER_WRITE)}",
        "  faults after the write, per status: "
        + ", ".join(f"{status} {faults[kind]}" for kind, status in STATUS_AFTER_WRITE.items())
        + "; 429 and 409 0 (Stripe's rate limiter and locks act before the endpoint)",
        f"  saved 500s replayed on the caller's retry with the key: {len(saved)}, each "
        f"written once and recovered from its event: "
        f"{all(c.writes_when_failed == 1 for c in saved)}",
        f"retry sleeps asked for: {len(delays)}, {sum(delays):.1f} s in all, "
        f"max {max(delays, default=0):.2f} s (patched out)",
        f"duplicates {duplicates}, lost {lost}, writes with unknown keys {stray}, "
        f"exceptions other than StripeError {len(soak.escaped)}",
    ]
    figures.add(section, *lines)


def _soak(mode: str, calls: int, figures: Figures, sleeps: SleepLog) -> Soak:
    soak = new_soak(mode)
    main = soak.plan(calls, 0, tail=False)
    tail = soak.plan(TAIL_CALLS, len(main), tail=True)
    started = time.perf_counter()

    async def drive() -> tuple[int, float, dict[str, Any]]:
        await soak.start()
        await soak.run(main)
        tail_from = len(soak.calls)
        await soak.run(tail)
        elapsed = time.perf_counter() - started
        final = await soak.final_state()
        await soak.close()
        return tail_from, elapsed, final

    tail_from, elapsed, final = asyncio.run(drive())
    check_and_report(soak, figures, sleeps, elapsed, tail_from, final)
    return soak


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_fault_soak_exactly_once(
    mode: str, figures: Figures, retry_sleeps: SleepLog, long_run: bool
) -> None:
    soak = _soak(mode, LONG_CALLS if long_run else CALLS, figures, retry_sleeps)
    main = [c for c in soak.calls if c.max_retries == MAX_RETRIES]
    assert len(main) >= (LONG_CALLS if long_run else CALLS)
    # Every kind of fault was met, and the tail phase produced the ambiguous case at all.
    assert set(soak.transport.faults_by_kind()) == set(FAULT_KINDS)
    assert any(c.writes_when_failed == 1 for c in soak.calls)
    assert any(c.saved_error for c in soak.calls)  # Stripe's replay of a saved 500 ran
