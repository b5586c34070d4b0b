"""Fault soak: thousands of mutating calls, sync and async, with 20% of attempts failing.

The client talks to the in-memory Stripe through `FaultyTransport`, which (seeded, so a run can
be replayed) refuses connections, times out connecting, loses the answer after the server
applied the write, resets the connection mid-body, truncates a 200's JSON, and answers 429
(with Retry-After), 409 lock_timeout, 500, 502, 503, or an error with
`Stripe-Should-Retry: false`, before the server; and 500, 502 or 503 after the server applied
the write. A 500 after the write is saved for the key, as Stripe saves it: every retry with
that key gets it back, so the call fails, and the caller recovers the object from the events
(each names the idempotency key of the request that caused it). Retry sleeps are patched out
and recorded.

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
import inspect
import random
import time
from collections import Counter
from collections.abc import Callable
from typing import Any

import attrs
import httpx
import pytest

from stripe_invoicing_client import (
    APIServerError,
    APITimeoutError,
    AsyncStripeInvoicing,
    StripeError,
    StripeInvoicing,
)
from stripe_invoicing_client.testing import DropAfterWrite, FailRequest, FakeStripe

from ._soak_quotes import (
    QuoteResult,
    check_quotes,
    quote_calls,
    quote_figures,
    quote_flow,
    quote_recovery,
)
from ._support import (
    AFTER_WRITE,
    CURRENT_CALL,
    FAULT_KINDS,
    NO_FAULTS,
    STATUS_AFTER_WRITE,
    Attempt,
    FaultyTransport,
    Figures,
    SleepLog,
)

KEY = "sk_test_SoakKey0123456789"
PROBABILITY = 0.20
MAX_RETRIES = 8  # a call fails only after 9 faults in a row: 0.2**9, about 1 in 2 million
SHORT_RETRIES = (0, 1)  # the tail phase, where retries run out and the ambiguous cases show
CALLS = 5_000
LONG_CALLS = 50_000
TAIL_CALLS = 600
CONCURRENCY = 16  # async flows in flight at once
SEED = 20261028
METER_EVENT = "soak_calls"  # the meter every flow reports its customer's usage to
DAY = 86_400

Client = StripeInvoicing | AsyncStripeInvoicing
Action = Callable[..., Any]  # (client, **idempotency) -> model or awaitable


async def _step(value: Any) -> Any:
    return await value if inspect.isawaitable(value) else value


def _header(headers: Any, name: str) -> str | None:
    for key, value in dict(headers).items():
        if key.lower() == name.lower():
            return str(value)
    return None


@attrs.define
class LogicalCall:
    number: int
    operation: str
    max_retries: int
    own_key: str | None  # the key the caller passed, None when the SDK made one
    outcome: str = "pending"  # "ok", or the class of the error raised
    error: BaseException | None = None
    writes_when_failed: int | None = None
    replayed_on_retry: bool | None = None
    saved_error: bool = False  # the retry with its key replayed a saved 500


@attrs.define
class FlowPlan:
    number: int
    variant: str
    amounts: list[int]
    max_retries: int | None  # None: draw 0 or 1 per call (tail phase)

    @property
    def calls(self) -> int:
        if self.variant == "quote":
            return quote_calls(self)
        # A tax ID and a meter event for every customer; a credit note on every paid invoice.
        extra = {"send_pay": 3, "void": 1, "pay": 2, "send_void": 2, "charge": 2}
        return 5 + len(self.amounts) + extra[self.variant]


@attrs.define
class FlowResult:
    invoice_id: str
    status: str
    total: int
    sends: int
    credited: int
    customer_id: str
    usage: int  # the value of the flow's one meter event


class Soak:
    def __init__(self, mode: str, fake: FakeStripe, transport: FaultyTransport) -> None:
        self.mode = mode
        self.fake = fake
        self.transport = transport
        self.calls: list[LogicalCall] = []
        self.results: list[FlowResult] = []
        self.quote_results: list[QuoteResult] = []
        self.escaped: list[LogicalCall] = []
        self.client: Client
        if mode == "sync":
            self.http: httpx.Client | httpx.AsyncClient = httpx.Client(transport=transport)
            self.client = StripeInvoicing(KEY, max_retries=MAX_RETRIES, http_client=self.http)
        else:
            self.http = httpx.AsyncClient(transport=transport)
            self.client = AsyncStripeInvoicing(KEY, max_retries=MAX_RETRIES, http_client=self.http)
        self._clients = {MAX_RETRIES: self.client}
        for retries in SHORT_RETRIES:
            self._clients[retries] = self.client.with_options(max_retries=retries)
        self.rng = random.Random(SEED + 1)
        self.meter_id = ""  # made by `start`, without faults
        self.setup_key = f"soak-{mode}-meter"
        self.in_flight = 0
        self.max_in_flight = 0

    def plan(self, calls: int, start: int, tail: bool) -> list[FlowPlan]:
        plans: list[FlowPlan] = []
        planned = 0
        while planned < calls:
            plan = FlowPlan(
                number=start + len(plans),
                variant=self.rng.choice(
                    ("send_pay", "void", "pay", "send_void", "charge", "quote")
                ),
                amounts=[self.rng.randrange(100, 100_000) for _ in range(self.rng.randint(1, 3))],
                max_retries=None if tail else MAX_RETRIES,
            )
            plans.append(plan)
            planned += plan.calls
        return plans

    async def call(self, plan: FlowPlan, operation: str, action: Action) -> Any:
        """One logical call; if it raises, retry it once with the same key, faults off."""
        if plan.max_retries is None:
            max_retries = self.rng.choice(SHORT_RETRIES)
        else:
            max_retries = plan.max_retries
        number = len(self.calls)
        own_key = f"soak-{self.mode}-{number}" if self.rng.random() < 0.5 else None
        record = LogicalCall(number, operation, max_retries, own_key)
        self.calls.append(record)
        client = self._clients[max_retries]
        token = CURRENT_CALL.set(number)
        self.in_flight += 1
        self.max_in_flight = max(self.max_in_flight, self.in_flight)
        try:
            kwargs = {"idempotency_key": own_key} if own_key else {}
            value = await _step(action(client, **kwargs))
        except StripeError as error:
            record.outcome, record.error = type(error).__name__, error
        except Exception as error:  # anything else escaping is what this soak looks for
            record.outcome, record.error = f"escaped {type(error).__name__}", error
            self.escaped.append(record)
        else:
            record.outcome = "ok"
            return value
        finally:
            CURRENT_CALL.reset(token)
            self.in_flight -= 1
        return await self.reconcile(record, action)

    async def reconcile(self, record: LogicalCall, action: Action) -> Any:
        keys = {a.idempotency_key for a in self.transport.by_call[record.number]}
        assert len(keys) == 1, f"call {record.number}: attempts used keys {keys}"
        (key,) = keys
        assert key is not None
        record.writes_when_failed = self.fake.write_count(idempotency_key=key)
        token = NO_FAULTS.set(True)
        try:
            raw = await _step(action(self._clients[0].with_raw_response, idempotency_key=key))
        except APIServerError as error:
            if _header(error.headers, "Idempotent-Replayed") != "true":
                raise
            # Stripe saved the 500 for this key: the key can't tell more. The events can.
            record.replayed_on_retry = record.saved_error = True
            return await self.recover(record, key)
        finally:
            NO_FAULTS.reset(token)
        record.replayed_on_retry = raw.idempotent_replayed
        return raw.parsed

    async def recover(self, record: LogicalCall, key: str) -> Any:
        """The object a call whose 500 was saved made or changed, read back through the
        event its request caused."""
        if record.operation == "billing.meter_events.create":
            return None  # a meter event has no id, no event and no retrieve: its usage tells
        kind, retrieve = {
            "customers.create": ("customer", self.client.customers.retrieve),
            "invoice_items.create": ("invoiceitem", self.client.invoice_items.retrieve),
            "credit_notes.create": ("credit_note", self.client.credit_notes.retrieve),
            "customers.tax_ids.create": ("tax_id", self._tax_id),
            **quote_recovery(self.client),
        }.get(record.operation, ("invoice", self.client.invoices.retrieve))
        (object_id,) = {
            event["data"]["object"]["id"]
            for event in self.fake.events
            if event["request"]["idempotency_key"] == key
            and event["data"]["object"]["object"] == kind
        }
        token = NO_FAULTS.set(True)
        try:
            return await _step(retrieve(object_id))
        finally:
            NO_FAULTS.reset(token)

    def _tax_id(self, tax_id: str) -> Any:
        """A tax ID by its id alone: its customer is read from the event that created it."""
        (owner,) = {
            event["data"]["object"]["customer"]
            for event in self.fake.events
            if event["data"]["object"].get("id") == tax_id
        }
        return self.client.customers.tax_ids.retrieve(owner, tax_id)

    async def flow(self, plan: FlowPlan) -> None:
        n = plan.number
        customer = await self.call(
            plan,
            "customers.create",
            lambda c, **k: c.customers.create(
                email=f"soak{n}@example.com", metadata={"flow": str(n)}, **k
            ),
        )
        await self.call(
            plan,
            "customers.tax_ids.create",
            lambda c, **k: c.customers.tax_ids.create(
                customer.id, type="eu_vat", value=f"DE{100000000 + n}", **k
            ),
        )
        usage = plan.amounts[0] % 1000 + 1
        await self.call(
            plan,
            "billing.meter_events.create",
            lambda c, **k: c.billing.meter_events.create(
                event_name=METER_EVENT,
                payload={"stripe_customer_id": customer.id, "value": str(usage)},
                identifier=f"soak-{self.mode}-{n}",
                **k,
            ),
        )
        if plan.variant == "quote":
            quoted = await quote_flow(self, plan, customer)
            self.quote_results.append(quoted)
            self.results.append(
                FlowResult(
                    quoted.invoice_id, "open", quoted.upfront, quoted.sends, 0, customer.id, usage
                )
            )
            return
        for amount in plan.amounts:
            await self.call(
                plan,
                "invoice_items.create",
                lambda c, a=amount, **k: c.invoice_items.create(
                    customer=customer.id, amount=a, currency="usd", **k
                ),
            )
        charge = plan.variant == "charge"
        extra: dict[str, Any] = (
            {"collection_method": "charge_automatically"}
            if charge
            else {"collection_method": "send_invoice", "days_until_due": 30}
        )
        invoice = await self.call(
            plan,
            "invoices.create",
            lambda c, **k: c.invoices.create(
                customer=customer.id,
                pending_invoice_items_behavior="include",
                metadata={"flow": str(n)},
                **extra,
                **k,
            ),
        )
        invoice_id = invoice.id
        assert invoice.status == "draft"
        finalize_params = {"auto_advance": False} if charge else {}
        invoice = await self.call(
            plan,
            "invoices.finalize",
            lambda c, **k: c.invoices.finalize(invoice_id, **finalize_params, **k),
        )
        assert invoice.status == "open", (plan, invoice.status)
        sends = 0
        if plan.variant in ("send_pay", "send_void"):
            invoice = await self.call(
                plan, "invoices.send", lambda c, **k: c.invoices.send(invoice_id, **k)
            )
            sends = 1
        if plan.variant in ("send_pay", "pay"):
            invoice = await self.call(
                plan,
                "invoices.pay",
                lambda c, **k: c.invoices.pay(invoice_id, paid_out_of_band=True, **k),
            )
        elif plan.variant == "charge":
            invoice = await self.call(
                plan, "invoices.pay", lambda c, **k: c.invoices.pay(invoice_id, **k)
            )
        else:
            invoice = await self.call(
                plan, "invoices.void", lambda c, **k: c.invoices.void(invoice_id, **k)
            )
        expected = "void" if "void" in plan.variant else "paid"
        assert invoice.status == expected, (plan, invoice.status)
        credited = 0
        if expected == "paid":
            # Part of it back: to the card if charged, else to the customer's balance.
            credited = min(plan.amounts[0], 5000)
            back = {"refund_amount" if charge else "credit_amount": credited}
            note = await self.call(
                plan,
                "credit_notes.create",
                lambda c, **k: c.credit_notes.create(
                    invoice=invoice_id, amount=credited, **back, **k
                ),
            )
            assert (note.invoice, note.total) == (invoice_id, credited), (plan, note)
        self.results.append(
            FlowResult(invoice_id, expected, sum(plan.amounts), sends, credited, customer.id, usage)
        )

    async def start(self) -> None:
        """The meter the flows report to, made without faults (not one of the calls)."""
        token = NO_FAULTS.set(True)
        try:
            meter = await _step(
                self.client.billing.meters.create(
                    display_name="Soak calls",
                    event_name=METER_EVENT,
                    default_aggregation={"formula": "sum"},
                    idempotency_key=self.setup_key,
                )
            )
        finally:
            NO_FAULTS.reset(token)
        self.meter_id = meter.id

    async def run(self, plans: list[FlowPlan]) -> None:
        if self.mode == "sync":
            for plan in plans:
                await self.flow(plan)
            return
        gate = asyncio.Semaphore(CONCURRENCY)

        async def guarded(plan: FlowPlan) -> None:
            async with gate:
                await self.flow(plan)

        await asyncio.gather(*(guarded(plan) for plan in plans))

    async def final_state(self) -> dict[str, Any]:
        """The invoices (and quotes) as the backend has them now, and each flow customer's
        usage on the meter (keyed by customer id), read without faults."""
        token = NO_FAULTS.set(True)
        now = self.fake.clock.now()
        since, until = now - now % 60 - DAY, now - now % 60 + 60
        try:
            found = {}
            for result in self.results:
                found[result.invoice_id] = await _step(
                    self.client.invoices.retrieve(result.invoice_id)
                )
                summaries = self.client.billing.meters.list_event_summaries(
                    self.meter_id, customer=result.customer_id, start_time=since, end_time=until
                )
                found[result.customer_id] = sum(
                    s.aggregated_value for s in await _collect(summaries)
                )
            for quoted in self.quote_results:
                found[quoted.quote_id] = await _step(self.client.quotes.retrieve(quoted.quote_id))
            return found
        finally:
            NO_FAULTS.reset(token)

    async def close(self) -> None:
        if isinstance(self.http, httpx.AsyncClient):
            await self.http.aclose()
        else:
            self.http.close()


async def _collect(pager: Any) -> list[Any]:
    if hasattr(pager, "__aiter__"):
        return [item async for item in pager]
    return list(pager)


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
    fake = FakeStripe(seed=SEED, api_keys=[KEY])
    transport = FaultyTransport(fake.transport, probability=PROBABILITY, seed=SEED)
    soak = Soak(mode, fake, transport)
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


def test_soak_is_reproducible(retry_sleeps: SleepLog) -> None:
    """The same seed gives the same faults, on the same calls, with the same outcomes."""

    def fingerprint(mode: str) -> list[tuple[Any, ...]]:
        fake = FakeStripe(seed=SEED, api_keys=[KEY])
        transport = FaultyTransport(fake.transport, probability=PROBABILITY, seed=SEED)
        soak = Soak(mode, fake, transport)

        async def drive() -> None:
            await soak.start()
            await soak.run(soak.plan(150, 0, tail=True))

        asyncio.run(drive())
        asyncio.run(soak.close())
        attempts = [(a.call, a.method, a.raw_path, a.fault) for a in transport.attempts]
        outcomes = [(c.number, c.operation, c.outcome) for c in soak.calls]
        return attempts + outcomes

    for mode in ("sync", "async"):
        assert fingerprint(mode) == fingerprint(mode)


@pytest.mark.parametrize("ending", ["timeout after write", "should-retry false after write"])
def test_an_applied_but_failed_call_tells_its_idempotency_key(
    ending: str, retry_sleeps: SleepLog
) -> None:
    fake = FakeStripe(api_keys=[KEY])
    client = StripeInvoicing(KEY, max_retries=1, http_client=fake.sync_http_client(api_key=None))
    fake.inject(DropAfterWrite(), times=1)
    if ending == "timeout after write":
        fake.inject(DropAfterWrite(), times=1)
        expected: type[StripeError] = APITimeoutError
    else:
        fake.inject(FailRequest(500, should_retry=False), times=1)
        expected = APIServerError
    with pytest.raises(expected) as caught:
        client.customers.create(email="ambiguous@example.com")
    key = fake.requests[0].headers["idempotency-key"]
    assert fake.write_count(idempotency_key=key) == 1  # applied, yet reported as failed
    assert getattr(caught.value, "idempotency_key", None) == key
