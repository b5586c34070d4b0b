"""`FakeStripe`: an in-memory, stateful stand-in for Stripe's invoicing API."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from decimal import Decimal
from typing import Any, TypeVar

import httpx

from .._options import is_loopback
from ._catalog_store import Price
from ._clock import FakeClock
from ._customer_discounts import give_discount
from ._event_store import render_event
from ._faults import (
    FAULT_EXTENSION,
    AddLatency,
    Fault,
    FaultRule,
    PlannedFaults,
    RandomFaults,
    plan_for,
)
from ._ids import IdFactory
from ._invoice_store import SentInvoice
from ._rate_limits import Enforcer, RateLimitCounts, RateLimits, rate_limited_response
from ._records import AppliedWrite, RecordedRequest
from ._rendering_templates import add_template
from ._retry_policy import InvoiceAfterRetries, SubscriptionAfterRetries, retry_policy
from ._server import AnyFault, Server
from ._state import API_VERSION, JsonObject, State
from ._transport import FakeTransport

T = TypeVar("T")

BASE_URL = "https://api.stripe.com"
DEFAULT_API_KEY = "sk_test_fake"


class FakeStripe:
    """Serves invoices, invoice items and customers from memory, as API version
    `2026-10-28.endive` would.

        fake = FakeStripe()
        client = httpx.Client(transport=fake.transport, base_url="https://api.stripe.com")

    `clock` is a `FakeClock`, a start time in Unix seconds, or a function returning the time
    (like `time.time`). `seed` makes ids and random faults reproducible. `api_keys`, when
    given, is the only set of keys accepted; otherwise any `sk_test_...` key is.
    `rate_limits` (a `RateLimits`) makes it answer 429 past Stripe-like limits.
    """

    api_version = API_VERSION

    def __init__(
        self,
        *,
        clock: FakeClock | int | Callable[[], float] | None = None,
        seed: int = 0,
        api_keys: Collection[str] | None = None,
        rate_limits: RateLimits | None = None,
    ) -> None:
        if isinstance(clock, FakeClock):
            self.clock = clock
        elif isinstance(clock, int):
            self.clock = FakeClock(clock)
        elif clock is not None:
            self.clock = FakeClock(source=clock)
        else:
            self.clock = FakeClock()
        self._lock = threading.RLock()
        self._state = State(clock=self.clock, ids=IdFactory(seed))
        self._server = Server(self._state, frozenset(api_keys) if api_keys is not None else None)
        self._rules: list[FaultRule] = []
        self._random_faults: RandomFaults | None = None
        self._delivered = 0
        self._enforcer = Enforcer(rate_limits) if rate_limits is not None else None
        self.transport = FakeTransport(self)

    # -- clients -----------------------------------------------------------------------

    def sync_http_client(
        self, api_key: str | None = DEFAULT_API_KEY, **kwargs: Any
    ) -> httpx.Client:
        """An `httpx.Client` wired to the fake (base URL and, unless None, the API key)."""
        headers = {"Authorization": f"Bearer {api_key}"} if api_key else {}
        return httpx.Client(transport=self.transport, base_url=BASE_URL, headers=headers, **kwargs)

    def async_http_client(
        self, api_key: str | None = DEFAULT_API_KEY, **kwargs: Any
    ) -> httpx.AsyncClient:
        """The `httpx.AsyncClient` counterpart of `sync_http_client`."""
        headers = {"Authorization": f"Bearer {api_key}"} if api_key else {}
        return httpx.AsyncClient(
            transport=self.transport, base_url=BASE_URL, headers=headers, **kwargs
        )

    # -- what happened -----------------------------------------------------------------

    def _copied(self, items: Iterable[T]) -> list[T]:
        # A list made under the lock: requests served on other threads append meanwhile.
        with self._lock:
            return list(items)

    @property
    def requests(self) -> list[RecordedRequest]:
        """Every request received, in order (a copy)."""
        return self._copied(self._server.requests)

    @property
    def writes(self) -> list[AppliedWrite]:
        """Every state change applied, in order (a copy); replays are not counted."""
        return self._copied(self._server.writes)

    def write_count(
        self, operation: str | None = None, *, idempotency_key: str | None = None
    ) -> int:
        """How many writes were applied, optionally for one operationId (`PostInvoices`) or
        one idempotency key."""
        return sum(
            1
            for w in self.writes
            if (operation is None or w.operation == operation)
            and (idempotency_key is None or w.idempotency_key == idempotency_key)
        )

    @property
    def events(self) -> list[JsonObject]:
        """Every event recorded, oldest first (a copy)."""
        return self._copied(map(render_event, self._state.events))

    @property
    def sent_invoices(self) -> list[SentInvoice]:
        """Every invoice `send` delivered, in order (a copy)."""
        return self._copied(self._state.sent_invoices)

    @property
    def internal_errors(self) -> list[str]:
        """Tracebacks of bugs in the fake itself (each answered with a 500)."""
        return self._copied(self._server.internal_errors)

    def deliver_events(
        self,
        callback: Callable[[bytes, str], object],
        secret: str,
        *,
        timestamp: int | None = None,
    ) -> int:
        """Calls `callback(payload, stripe_signature_header)` for each event not delivered
        yet, oldest first, and returns how many were delivered. An event whose callback
        raises stays undelivered. `timestamp` is passed to the signer (None: now)."""
        from ..webhooks import generate_test_signature as sign

        delivered = 0
        while True:
            with self._lock:
                if self._delivered >= len(self._state.events):
                    return delivered
                event = self._state.events[self._delivered]
            payload = json.dumps(render_event(event), indent=2).encode("utf-8")
            callback(payload, sign(payload, secret, timestamp))
            with self._lock:
                self._delivered += 1
            delivered += 1

    def deliver_events_to(self, url: str, secret: str, *, timeout: float = 5.0) -> int:
        """POSTs each event not delivered yet, signed as Stripe signs them, to a webhook
        endpoint on this machine (loopback only). An event the endpoint doesn't answer with
        a 2xx stays undelivered, and the error is raised."""
        target = httpx.URL(url)
        if target.scheme not in ("http", "https") or not is_loopback(target.host):
            raise ValueError(f"webhook deliveries only go to loopback addresses, not {url!r}")
        with httpx.Client(timeout=timeout) as http:

            def post(payload: bytes, signature: str) -> None:
                headers = {"Stripe-Signature": signature, "Content-Type": "application/json"}
                http.post(url, content=payload, headers=headers).raise_for_status()

            return self.deliver_events(post, secret)

    # -- steering ----------------------------------------------------------------------

    def fail_payments_for(self, customer_id: str, decline_code: str = "generic_decline") -> None:
        """From now on, paying this customer's invoices fails with a 402 card error. The
        customer counts as having a card on file (the one that declines), so paying without
        one meets the decline, not the 400 for nothing to charge."""
        with self._lock:
            self._state.failing_customers[customer_id] = decline_code

    def set_overdue_policy(self, action: str | None, *, after_days: int = 30) -> None:
        """What happens to a `past_due` subscription once its invoice has been overdue for
        `after_days` days: `"cancel"`, `"mark_unpaid"`, or None to leave it past due (the
        default), as the Dashboard's subscription settings choose."""
        if action not in (None, "cancel", "mark_unpaid"):
            raise ValueError(f"action must be 'cancel', 'mark_unpaid' or None, not {action!r}")
        with self._lock:
            self._state.overdue_action = action
            self._state.overdue_after_days = after_days

    def set_retry_schedule(
        self,
        days_after_failure: Sequence[int] | None,
        *,
        then_subscription: SubscriptionAfterRetries = "leave_past_due",
        then_invoice: InvoiceAfterRetries = "leave_past_due",
    ) -> None:
        """Retries of a failed automatic payment, as a custom retry schedule in Stripe's
        Billing settings: retry n comes `days_after_failure[n]` days after the attempt before
        it and charges what is on file then. Once every retry failed, the subscription whose
        latest invoice it is is canceled (`"cancel"`), marked `"mark_unpaid"` or left past due
        (`then_subscription`), and the invoice marked uncollectible (`"mark_uncollectible"`)
        or left open (`then_invoice`). None (the default) retries nothing; Smart Retries'
        timing is not modelled. Bad arguments raise TypeError or ValueError, changing
        nothing."""
        policy = retry_policy(days_after_failure, then_subscription, then_invoice)
        with self._lock:
            self._state.retry_policy = policy

    def allow_payments_for(self, customer_id: str) -> None:
        with self._lock:
            self._state.failing_customers.pop(customer_id, None)

    def create_price(
        self, unit_amount: int, currency: str = "usd", product: str | None = None
    ) -> str:
        """Registers a price (prices have no API here) and returns its id, for
        `pricing[price]` on invoice items and lines."""
        with self._lock:
            price_id = self._state.ids.new("price")
            product_id = product or self._state.ids.new("prod")
            self._state.prices[price_id] = Price(
                id=price_id,
                created=self._state.clock.now(),
                currency=currency,
                product=product_id,
                unit=Decimal(unit_amount),
                registered=True,
            )
            return price_id

    def add_invoice_rendering_template(
        self,
        nickname: str | None = None,
        *,
        version: int = 1,
        metadata: Mapping[str, str] | None = None,
    ) -> str:
        """Adds an active invoice rendering template, as made in Stripe's Dashboard (the API
        has no call that makes one), and returns its id (`inrtem_...`), for
        `rendering={"template": ...}` on invoices and
        `invoice_settings={"rendering_options": {"template": ...}}` on customers. `version`
        is its latest version (1 to it can be named). Bad arguments raise TypeError or
        ValueError, adding nothing."""
        with self._lock:
            return add_template(self._state, nickname, version, metadata)

    def give_customer_discount(
        self, customer_id: str, coupon_id: str | None = None, *, promotion_code: str | None = None
    ) -> str:
        """Gives the customer a discount, as Checkout or the Dashboard does (the customers API
        takes no `coupon` or `promotion_code` at this version), and returns its id (`di_...`).
        It redeems `coupon_id` or `promotion_code` (counted; `max_redemptions`, `redeem_by`,
        a code's customer and expiry checked), starts at the customer's time and, for a
        `repeating` coupon, ends its months later. It shows as the customer's `discount`,
        sends `customer.discount.created`, and discounts the customer's invoices and their
        subscriptions' that have no discounts of their own (a `once` coupon's one invoice).
        Bad arguments raise TypeError, ValueError (a customer with a discount already, a
        coupon or code that can't be redeemed) or KeyError (an unknown customer, coupon or
        code), changing nothing."""
        with self._lock:
            return give_discount(self._state, customer_id, coupon_id, promotion_code)

    def inject(
        self,
        fault: Fault,
        *,
        times: int | None = 1,
        method: str | None = None,
        path: str | None = None,
    ) -> FaultRule:
        """Applies `fault` to the next `times` requests matching `method` and the `path`
        glob (None: every one). Rules apply in the order they were added."""
        rule = FaultRule(fault, times, method, path)
        with self._lock:
            self._rules.append(rule)
        return rule

    def inject_random_faults(
        self, probability: float, kinds: Sequence[Fault], *, seed: int = 0
    ) -> RandomFaults:
        """Gives every later request a `probability` chance of meeting one of `kinds`."""
        plan = RandomFaults(probability, tuple(kinds), seed)
        with self._lock:
            self._random_faults = plan
        return plan

    def clear_faults(self) -> None:
        with self._lock:
            self._rules.clear()
            self._random_faults = None

    @property
    def rate_limit_counts(self) -> RateLimitCounts:
        """Requests the rate limits let through and refused (zeros without limits)."""
        return self._enforcer.counts if self._enforcer is not None else RateLimitCounts()

    # -- used by the transport ---------------------------------------------------------

    def _admit(self, request: httpx.Request) -> httpx.Response | None:
        """None to serve the request, or the 429 that refuses it (recorded, not served)."""
        if self._enforcer is None:
            return None
        reason = self._enforcer.admit(request)
        if reason is None:
            return None
        with self._lock:
            request_id = self._state.ids.new("req", 14)
            self._server.requests.append(
                RecordedRequest(
                    method=request.method,
                    path=request.url.path,
                    headers={
                        k.lower(): v
                        for k, v in request.headers.items()
                        if k.lower() != "authorization"
                    },
                    request_id=request_id,
                    status=429,
                )
            )
        return rate_limited_response(request, reason, request_id, self._enforcer.limits)

    def _done(self, request: httpx.Request) -> None:
        if self._enforcer is not None:
            self._enforcer.done(request)

    def _plan(self, request: httpx.Request) -> PlannedFaults:
        own = request.extensions.get(FAULT_EXTENSION)
        if own is not None:  # the request's own fault replaces the rules for it
            if isinstance(own, AddLatency):
                return PlannedFaults(latency=own.seconds)
            return PlannedFaults(fault=own)
        with self._lock:
            return plan_for(self._rules, self._random_faults, request.method, request.url.path)

    def _serve(self, request: httpx.Request, fault: AnyFault) -> httpx.Response:
        with self._lock:
            return self._server.serve(request, fault)


__all__ = ["BASE_URL", "DEFAULT_API_KEY", "FakeStripe"]
