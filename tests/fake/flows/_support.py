"""Shared glue of the end-to-end tests: one script for both clients, and ready-made invoices.

Every test takes a client (`StripeInvoicing` or `AsyncStripeInvoicing`, by parametrized
fixture) wired to a `FakeStripe`, and goes through `run`, which awaits what the async client
returns and passes the sync client's results through.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from typing import Any, Literal, TypeVar

import pytest

from stripe_invoicing_client import (
    AsyncStripeInvoicing,
    CardError,
    InvalidRequestError,
    StripeInvoicing,
)
from stripe_invoicing_client.models import (
    BillingMeter,
    Customer,
    Invoice,
    Price,
    Subscription,
    TestClock,
    Unset,
)
from stripe_invoicing_client.testing import FakeStripe
from stripe_invoicing_client.webhooks import Event, construct_event
from tests.glue import Client as Client
from tests.glue import close as close
from tests.glue import collect, collect_pages
from tests.glue import run as run

KEY = "sk_test_e2eSecretKey0123456789"
WEBHOOK_SECRET = "whsec_e2eFlows"
HOUR = 3_600
DAY = 86_400
START = 1_767_225_600  # 2026-01-01 00:00 UTC: where the tests' test clocks start

# What Stripe writes between a line's quantity and its product's name (not an ASCII x).
MULTIPLIED = "\N{MULTIPLICATION SIGN}"

# The Team plan at 30.00 USD a month, as `price_data` (its product `prod_team`: the
# `team_plan` fixture).
MONTHLY = {
    "currency": "usd",
    "product": "prod_team",
    "unit_amount": 3000,
    "recurring": {"interval": "month"},
}

# The names these tests have always used for the shared glue.
items = collect
pages = collect_pages


STATUSES = ("draft", "open", "paid", "void", "uncollectible")

# How a meter aggregates its events' values.
Formula = Literal["count", "last", "sum"]

T = TypeVar("T")


def sent(value: T | Unset | None) -> T:
    """`value`, a field that may be null or left out (`X | None`, `X | Unset`) but that the test
    needs sent: the test fails when it reads None or UNSET."""
    if value is None or isinstance(value, Unset):
        pytest.fail(f"expected the field to be sent, it reads {value!r}")
    return value


def make(fake: FakeStripe, kind: str, **options: Any) -> Client:
    """A client of `kind` ("sync" or "async") talking to `fake`."""
    if kind == "sync":
        return StripeInvoicing(KEY, http_client=fake.sync_http_client(api_key=None), **options)
    return AsyncStripeInvoicing(KEY, http_client=fake.async_http_client(api_key=None), **options)


async def customer(client: Client, name: str = "Ada Lovelace", **params: Any) -> Customer:
    email = name.split()[0].lower() + "@example.com"
    result: Customer = await run(client.customers.create(name=name, email=email, **params))
    return result


def paying_with(card: str) -> dict[str, Any]:
    """A customer's parameters to hold `card` and have invoices charge it by default."""
    return {"payment_method": card, "invoice_settings": {"default_payment_method": card}}


# A test card that pays, and one that Stripe (and the fake) declines.
GOOD, DECLINING = "pm_card_visa", "pm_card_chargeDeclined"


async def payer(client: Client, fake: FakeStripe, card: str | None, **params: Any) -> str:
    """The id of a new customer (with `params`) paying with `card`: None, nothing on file;
    `fail`, a card on file whose payments the fake declines."""
    if card is None:
        return str((await customer(client, **params)).id)
    made = await customer(client, **paying_with(GOOD if card == "fail" else card), **params)
    if card == "fail":
        fake.fail_payments_for(str(made.id))
    return str(made.id)


# Moves the time of what a test made on to a moment (see `time_mover`).
MoveTo = Callable[[int], Awaitable[None]]
# The two ways time moves on for the fake's objects.
TIMES = ("test_clock", "fake_clock")


async def time_mover(client: Client, fake: FakeStripe, time: str) -> tuple[dict[str, Any], MoveTo]:
    """The parameters of a customer whose objects live at START on `time`, and how to move it
    on: a new test clock (the fake's own clock set far away, so that an object made at the
    wrong clock's time shows), advanced; or (`fake_clock`) the fake's own clock, which a
    customer on no clock follows, set."""
    if time == "fake_clock":

        async def set_fake_clock(when: int) -> None:
            fake.clock.set(when)

        return {}, set_fake_clock
    clock = await run(client.test_helpers.test_clocks.create(frozen_time=START))
    fake.clock.set(START + 1_000 * DAY)

    async def advance(when: int) -> None:
        await run(client.test_helpers.test_clocks.advance(clock.id, frozen_time=when))

    return {"test_clock": clock.id}, advance


async def subscribe(client: Client, customer_id: str, **params: Any) -> Subscription:
    """`customer_id` subscribed to `MONTHLY`, charged automatically (Stripe's default)."""
    params.setdefault("items", [{"price_data": MONTHLY}])
    made: Subscription = await run(client.subscriptions.create(customer=customer_id, **params))
    return made


def assert_refused_for_the_payment(error: Exception, card: str | None, says: str) -> None:
    """`error`, what `payment_behavior=error_if_incomplete` answered when a payment failed:
    the card's error, Stripe's 402; with nothing on file (`card` None), the fake's 400, as
    `invoices.pay` answers it, saying `says`."""
    if card is None:
        assert isinstance(error, InvalidRequestError)
        assert (error.http_status, error.code) == (400, None)
        assert "no payment method to charge" in error.message
        assert says in error.message
    else:
        assert isinstance(error, CardError)
        assert (error.http_status, error.type, error.code) == (402, "card_error", "card_declined")


def about(fake: FakeStripe, customer_id: str) -> list[str]:
    """The types of the events about the customer's subscriptions, invoices and payments."""
    return [
        event["type"]
        for event in fake.events
        if event["data"]["object"].get("customer") == customer_id
    ]


def webhooks(fake: FakeStripe, prefix: str = "") -> list[Event]:
    """The fake's events (of types starting with `prefix`), delivered as signed webhooks and
    parsed by `construct_event`."""
    parsed: list[Event] = []
    delivered = fake.deliver_events(
        lambda payload, header: parsed.append(construct_event(payload, header, WEBHOOK_SECRET)),
        WEBHOOK_SECRET,
    )
    assert delivered == len(fake.events) == len(parsed)
    return [event for event in parsed if event.type.startswith(prefix)]


def objects(events: Sequence[Event], kind: type[T]) -> list[T]:
    """The `data.object` of each of `events`: the test fails unless each is a `kind`."""
    found: list[T] = []
    for event in events:
        obj = event.data.object
        if not isinstance(obj, kind):
            pytest.fail(
                f"{event.type}'s data.object is a {type(obj).__name__}, not {kind.__name__}"
            )
        found.append(obj)
    return found


async def on_clock(client: Client, **params: Any) -> tuple[TestClock, Customer]:
    """A new test clock at START, and a new customer (with `params`) on it."""
    clock = await run(client.test_helpers.test_clocks.create(frozen_time=START, name="e2e"))
    who = await customer(client, test_clock=clock.id, **params)
    return clock, who


async def by_invoice(client: Client, customer_id: str, **params: Any) -> Subscription:
    """A subscription billed by invoice, due in 30 days; by default to one `MONTHLY`."""
    params.setdefault("items", [{"price_data": MONTHLY, "quantity": 1}])
    params.setdefault("days_until_due", 30)
    sub: Subscription = await run(
        client.subscriptions.create(
            customer=customer_id, collection_method="send_invoice", **params
        )
    )
    return sub


async def on_clock_by_invoice(
    client: Client, **params: Any
) -> tuple[TestClock, Customer, Subscription]:
    """A customer on a new clock, subscribed through `by_invoice(**params)`."""
    clock, who = await on_clock(client)
    return clock, who, await by_invoice(client, str(who.id), **params)


async def catalog_price(client: Client, **params: Any) -> Price:
    """A price of a new product "Seats", made through the catalog API: 25.00 USD a month unless
    `params` say otherwise (`recurring=None`: a one-time price)."""
    product = await run(client.products.create(name="Seats"))
    if "unit_amount_decimal" not in params:
        params.setdefault("unit_amount", 2500)
    params.setdefault("recurring", {"interval": "month"})
    price: Price = await run(client.prices.create(product=product.id, currency="usd", **params))
    return price


async def meter(
    client: Client, event_name: str = "api_calls", formula: Formula = "sum", **params: Any
) -> BillingMeter:
    """A meter of the events named `event_name`, aggregating their values by `formula`."""
    made: BillingMeter = await run(
        client.billing.meters.create(
            display_name=params.pop("display_name", "API calls"),
            event_name=event_name,
            default_aggregation={"formula": formula},
            **params,
        )
    )
    return made


async def metered_price(client: Client, meter_id: str, unit_amount: int = 5) -> Price:
    """A monthly price billing the usage `meter_id` counted."""
    recurring = {"interval": "month", "usage_type": "metered", "meter": meter_id}
    return await catalog_price(client, unit_amount=unit_amount, recurring=recurring)


async def item(client: Client, customer_id: str, amount: int, description: str = "Work") -> Any:
    return await run(
        client.invoice_items.create(
            customer=customer_id, amount=amount, currency="usd", description=description
        )
    )


async def draft(
    client: Client,
    customer_id: str,
    amounts: tuple[int, ...] = (4200,),
    *,
    collection_method: Literal["charge_automatically", "send_invoice"] = "send_invoice",
    **params: Any,
) -> Invoice:
    """A draft invoice with one line per amount."""
    for amount in amounts:
        await item(client, customer_id, amount)
    if collection_method == "send_invoice" and "due_date" not in params:
        params.setdefault("days_until_due", 30)
    invoice: Invoice = await run(
        client.invoices.create(
            customer=customer_id,
            collection_method=collection_method,
            pending_invoice_items_behavior="include",
            **params,
        )
    )
    return invoice


async def invoice_in(client: Client, status: str, customer_id: str, **params: Any) -> Invoice:
    """A send_invoice invoice (42.00 USD) brought to `status` through the API."""
    invoice = await draft(client, customer_id, **params)
    invoices = client.invoices
    if status == "draft":
        return invoice
    invoice = await run(invoices.finalize(str(invoice.id)))
    if status == "paid":
        invoice = await run(invoices.pay(str(invoice.id), paid_out_of_band=True))
    elif status == "void":
        invoice = await run(invoices.void(str(invoice.id)))
    elif status == "uncollectible":
        invoice = await run(invoices.mark_uncollectible(str(invoice.id)))
    assert isinstance(invoice, Invoice) and invoice.status == status
    return invoice


# Set-ups that give the id a call needs (for tables of operations).
async def no_target(client: Client) -> str:
    return ""


async def new_customer_id(client: Client) -> str:
    return str((await customer(client)).id)


async def new_draft_id(client: Client) -> str:
    return str((await draft(client, await new_customer_id(client))).id)


async def new_open_invoice_id(client: Client) -> str:
    return str((await invoice_in(client, "open", await new_customer_id(client))).id)
