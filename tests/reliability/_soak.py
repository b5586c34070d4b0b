"""The fault soak's engine: its plan of invoice and quote flows, each step a logical call
made through `FaultyTransport` and retried once with its key when it raised, and what the
backend holds at the end (read without faults).

`test_exactly_once_under_faults.py` runs it and checks every call, attempt and write;
`test_soak_reproducible.py` replays it from its seed. Quote flows are in `_soak_quotes.py`.
"""

from __future__ import annotations

import asyncio
import random
from collections.abc import Callable
from typing import Any

import attrs
import httpx

from stripe_invoicing_client import (
    APIServerError,
    AsyncStripeInvoicing,
    StripeError,
    StripeInvoicing,
)
from stripe_invoicing_client.testing import FakeStripe
from tests.glue import Client
from tests.glue import collect as _collect
from tests.glue import run as _step

from ._soak_quotes import QuoteResult, quote_calls, quote_flow, quote_recovery
from ._support import CURRENT_CALL, NO_FAULTS, FaultyTransport

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

Action = Callable[..., Any]  # (client, **idempotency) -> model or awaitable


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
        # A charged invoice needs a card on file: the customer's default for invoices.
        card = "pm_card_visa"
        paying = (
            {"payment_method": card, "invoice_settings": {"default_payment_method": card}}
            if plan.variant == "charge"
            else {}
        )
        customer = await self.call(
            plan,
            "customers.create",
            lambda c, **k: c.customers.create(
                email=f"soak{n}@example.com", metadata={"flow": str(n)}, **paying, **k
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


def new_soak(mode: str) -> Soak:
    """A soak of `mode` ("sync" or "async") on a fresh fake, faults seeded with SEED."""
    fake = FakeStripe(seed=SEED, api_keys=[KEY])
    transport = FaultyTransport(fake.transport, probability=PROBABILITY, seed=SEED)
    return Soak(mode, fake, transport)
