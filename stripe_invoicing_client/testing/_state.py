"""Everything the fake remembers between requests, and the context one request runs in."""

from __future__ import annotations

import copy
from collections.abc import Callable, Mapping
from typing import Any, Concatenate, Generic, ParamSpec, TypeVar

from attrs import define, field, frozen

from ._catalog_store import Coupon, Discount, Price, Product, TaxRate
from ._clock import FakeClock
from ._credit_note_store import CreditNote
from ._customer_store import BalanceTransaction, Customer, TaxId
from ._errors import live
from ._event_store import API_VERSION, Event
from ._ids import IdFactory
from ._invoice_item_store import InvoiceItem
from ._invoice_payment_store import InvoicePayment
from ._invoice_store import Invoice, SentInvoice
from ._meter_store import Meter, MeterEvent
from ._payment_intent_store import PaymentIntent
from ._payment_method_store import PaymentMethod
from ._portal_store import PortalConfiguration, PortalSession
from ._promotion_code_store import PromotionCode
from ._quote_store import Quote
from ._rendering_template_store import RenderingTemplate
from ._retry_policy import RetryPolicy
from ._subscription_schedule_store import SubscriptionSchedule
from ._subscription_store import Subscription
from ._test_clock_store import TestClock

JsonObject = dict[str, Any]
Fields = ParamSpec("Fields")
Record = TypeVar("Record")


@define
class State:
    clock: FakeClock
    ids: IdFactory
    # Dicts keep insertion order, which is creation order: lists walk them backwards.
    customers: dict[str, Customer] = field(factory=dict)
    deleted_customers: set[str] = field(factory=set)
    invoices: dict[str, Invoice] = field(factory=dict)
    invoice_items: dict[str, InvoiceItem] = field(factory=dict)
    # Prices made through the prices API and registered with `FakeStripe.create_price`.
    prices: dict[str, Price] = field(factory=dict)
    # Customer id -> the decline code their payments fail with.
    failing_customers: dict[str, str] = field(factory=dict)
    sent_invoices: list[SentInvoice] = field(factory=list)
    events: list[Event] = field(factory=list)
    # Corrections and payments (`_credit_notes.py`, `_invoice_payments.py`, `_balance.py`).
    credit_notes: dict[str, CreditNote] = field(factory=dict)
    invoice_payments: dict[str, InvoicePayment] = field(factory=dict)
    balance_transactions: dict[str, BalanceTransaction] = field(factory=dict)
    tax_ids: dict[str, TaxId] = field(factory=dict)
    # The catalog (`_catalog.py`, `_tax_rates.py`, `_coupons.py`) and what it makes of
    # invoices (`_invoice_math.py`).
    products: dict[str, Product] = field(factory=dict)
    tax_rates: dict[str, TaxRate] = field(factory=dict)
    coupons: dict[str, Coupon] = field(factory=dict)
    discounts: dict[str, Discount] = field(factory=dict)
    # Recurring billing (`_subscriptions.py`, `_test_clocks.py`, `_recurring.py`).
    test_clocks: dict[str, TestClock] = field(factory=dict)
    # Each subscription holds its items.
    subscriptions: dict[str, Subscription] = field(factory=dict)
    # Invoices `invoice.overdue` was sent for (once each).
    overdue_invoices: set[str] = field(factory=set)
    # What happens to a subscription this many days after an invoice went overdue
    # (`FakeStripe.set_overdue_policy`); None leaves it `past_due`.
    overdue_action: str | None = None
    overdue_after_days: int = 30
    # Retries of a failed automatic payment (`FakeStripe.set_retry_schedule`); None: none.
    retry_policy: RetryPolicy | None = None
    quotes: dict[str, Quote] = field(factory=dict)
    # Each drives one subscription through its phases (`_subscription_schedules.py`).
    subscription_schedules: dict[str, SubscriptionSchedule] = field(factory=dict)
    # Customer-facing codes for coupons (`_promotion_codes.py`).
    promotion_codes: dict[str, PromotionCode] = field(factory=dict)
    # Usage-based billing (`_meters.py`): meters by id, their events by identifier.
    meters: dict[str, Meter] = field(factory=dict)
    meter_events: dict[str, MeterEvent] = field(factory=dict)
    # Made when invoices are charged (`_payment_intents.py`).
    payment_intents: dict[str, PaymentIntent] = field(factory=dict)
    # Customer id -> its payment methods by id, in attaching order (`_payment_methods.py`).
    payment_methods: dict[str, dict[str, PaymentMethod]] = field(factory=dict)
    # The customer portal (`_portal.py`).
    portal_configurations: dict[str, PortalConfiguration] = field(factory=dict)
    portal_sessions: dict[str, PortalSession] = field(factory=dict)
    # Invoice rendering templates, made in the Dashboard (`_rendering_templates.py`).
    rendering_templates: dict[str, RenderingTemplate] = field(factory=dict)


def previous_attributes(before: JsonObject, after: JsonObject) -> JsonObject:
    """The old values of the top-level fields that changed, as in `*.updated` events."""
    return {
        key: before.get(key)
        for key in after
        if key != "lines" and before.get(key) != after.get(key)
    }


@define
class RequestContext:
    """One request being served: where events are recorded and ids come from."""

    state: State
    request_id: str
    idempotency_key: str | None
    api_key: str

    def now(self) -> int:
        return self.state.clock.now()

    def new_id(self, prefix: str) -> str:
        return self.state.ids.new(prefix)

    def new(
        self,
        kind: Callable[Concatenate[str, int, Fields], Record],
        prefix: str,
        /,
        *args: Fields.args,
        **fields: Fields.kwargs,
    ) -> Record:
        """A new record of `kind` (a `Stored`): a fresh id with `prefix`, created at this
        request's time, so a record made on a test clock is never stamped with another time."""
        return kind(self.new_id(prefix), self.now(), *args, **fields)

    def emit(self, event_type: str, obj: JsonObject, previous: JsonObject | None = None) -> None:
        """Records an event about `obj` (rendered JSON, copied as it is now)."""
        self.state.events.append(
            self.new(
                Event,
                "evt",
                type=event_type,
                snapshot=copy.deepcopy(obj),
                previous_attributes=None if previous is None else copy.deepcopy(previous),
                request_id=self.request_id,
                idempotency_key=self.idempotency_key,
            )
        )

    def emit_update(self, event_type: str, before: JsonObject, after: JsonObject) -> None:
        changed = previous_attributes(before, after)
        if changed:
            self.emit(event_type, after, changed)


@define
class CallAt(RequestContext):
    """A call whose `now` is a test clock's time (or a moment being caught up to)."""

    at: int = 0

    def now(self) -> int:
        return self.at


def at_time(call: RequestContext, when: int) -> CallAt:
    return CallAt(call.state, call.request_id, call.idempotency_key, call.api_key, when)


def time_on(state: State, clock_id: str | None) -> int:
    """The time of objects on the test clock `clock_id`; of others, the fake's own clock's."""
    if clock_id is not None and clock_id in state.test_clocks:
        return state.test_clocks[clock_id].frozen_time
    return state.clock.now()


def clock_of_customer(state: State, customer_id: str) -> str | None:
    """The test clock the customer (and everything of theirs) belongs to, if any."""
    customer = state.customers.get(customer_id)
    return customer.test_clock if customer else None


@frozen
class FileBody:
    """A download's answer (a quote's PDF): bytes as they are, not JSON."""

    content: bytes
    content_type: str


# What serves one operation: most answer JSON, a download answers bytes.
JsonHandler = Callable[[RequestContext, dict[str, str], dict[str, Any]], JsonObject]
Handler = Callable[[RequestContext, dict[str, str], dict[str, Any]], JsonObject | FileBody]

Stored = TypeVar("Stored")


@frozen
class Finder(Generic[Stored]):
    """Finds a stored object of one `kind` by id, or answers Stripe's 404 naming the
    parameter the id came in (`param`, unless the caller names another)."""

    objects: Callable[[State], Mapping[str, Stored]]
    kind: str
    param: str

    def __call__(self, state: State, object_id: str, param: str | None = None) -> Stored:
        return live(self.objects(state), self.kind, object_id, param or self.param)


__all__ = [
    "API_VERSION",
    "CallAt",
    "FileBody",
    "Finder",
    "Handler",
    "JsonHandler",
    "JsonObject",
    "RequestContext",
    "State",
    "at_time",
    "clock_of_customer",
    "previous_attributes",
    "time_on",
]
