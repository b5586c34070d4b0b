"""The demo's steps, shared by its flows (`_demo`, `_demo_credit`, `_demo_recurring`): a
client of either kind, and the output they write."""

from __future__ import annotations

import inspect
import secrets
from collections.abc import AsyncIterator
from datetime import datetime, timezone
from typing import Any, TextIO

from ._async_client import AsyncStripeInvoicing
from ._core.types import Unset
from ._sync_client import StripeInvoicing
from .models import Customer, Invoice, Subscription, TestClock

Client = StripeInvoicing | AsyncStripeInvoicing


async def items(pager: Any) -> AsyncIterator[Any]:
    """Every item of a pager, whichever client made it (sync or async)."""
    if hasattr(pager, "__aiter__"):
        async for item in pager:
            yield item
    else:
        for item in pager:
            yield item


async def step(value: Any) -> Any:
    return await value if inspect.isawaitable(value) else value


def money(amount: object, currency: object) -> str:
    if not isinstance(amount, int) or not isinstance(currency, str):
        return "-"
    return f"{amount / 100:,.2f} {currency.upper()}"


def day(timestamp: object) -> str:
    """A Unix time as its UTC date (2026-01-31), or "-"."""
    if not isinstance(timestamp, int):
        return "-"
    return datetime.fromtimestamp(timestamp, tz=timezone.utc).date().isoformat()


def text(value: object) -> str:
    return "-" if value is None or isinstance(value, Unset) else str(value)


class DemoSteps:
    """A demo run's client, id and output, and the steps every flow takes."""

    def __init__(self, client: Client, out: TextIO, run_id: str | None = None) -> None:
        self.client = client
        self.out = out
        self.run_id = run_id or secrets.token_hex(4)
        self.names: dict[str, str] = {}

    def say(self, text: str = "") -> None:
        print(text, file=self.out, flush=True)

    def show(self, label: str, invoice: Invoice) -> None:
        self.say(
            f"  {label:<22} {text(invoice.id)}  status={text(invoice.status)}"
            f"  total={money(invoice.total, invoice.currency)}"
            f"  remaining={money(invoice.amount_remaining, invoice.currency)}"
        )

    async def customer(self, name: str, email: str, **extra: Any) -> Customer:
        customer: Customer = await step(
            self.client.customers.create(
                name=name, email=email, metadata={"demo_run": self.run_id}, **extra
            )
        )
        self.names[customer.id] = name
        self.say(f"  customer               {customer.id}  {name} <{email}>")
        return customer

    async def test_clock(self, frozen_time: int, name: str) -> TestClock:
        clock: TestClock = await step(
            self.client.test_helpers.test_clocks.create(frozen_time=frozen_time, name=name)
        )
        self.say(f"  test clock             {clock.id}  at {day(clock.frozen_time)}")
        return clock

    async def subscription_by_invoice(self, customer: Customer, price: str) -> Subscription:
        """A subscription to `price` billed by invoice, 30 days to pay each."""
        subscription: Subscription = await step(
            self.client.subscriptions.create(
                customer=customer.id,
                items=[{"price": price}],
                collection_method="send_invoice",
                days_until_due=30,
                metadata={"demo_run": self.run_id},
            )
        )
        return subscription

    async def item(self, customer: Customer, amount: int, description: str) -> None:
        item = await step(
            self.client.invoice_items.create(
                customer=customer.id,
                amount=amount,
                currency="usd",
                description=description,
                metadata={"demo_run": self.run_id},
            )
        )
        self.say(f"  invoice item           {item.id}  {description}: {money(amount, 'usd')}")

    async def draft(self, customer: Customer, **params: Any) -> Invoice:
        invoice: Invoice = await step(
            self.client.invoices.create(
                customer=customer.id,
                pending_invoice_items_behavior="include",
                metadata={"demo_run": self.run_id},
                **params,
            )
        )
        self.show("draft", invoice)
        return invoice
