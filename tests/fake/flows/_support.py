"""Shared glue of the end-to-end tests: one script for both clients, and ready-made invoices.

Every test takes a client (`StripeInvoicing` or `AsyncStripeInvoicing`, by parametrized
fixture) wired to a `FakeStripe`, and goes through `run`, which awaits what the async client
returns and passes the sync client's results through.
"""

from __future__ import annotations

from typing import Any

from stripe_invoicing_client import AsyncStripeInvoicing, StripeInvoicing
from stripe_invoicing_client.models import Customer, Invoice
from stripe_invoicing_client.testing import FakeStripe
from tests.glue import Client as Client
from tests.glue import close as close
from tests.glue import collect, collect_pages
from tests.glue import run as run

KEY = "sk_test_e2eSecretKey0123456789"
DAY = 86_400

# The names these tests have always used for the shared glue.
items = collect
pages = collect_pages


STATUSES = ("draft", "open", "paid", "void", "uncollectible")


def make(fake: FakeStripe, kind: str, **options: Any) -> Client:
    """A client of `kind` ("sync" or "async") talking to `fake`."""
    if kind == "sync":
        return StripeInvoicing(KEY, http_client=fake.sync_http_client(api_key=None), **options)
    return AsyncStripeInvoicing(KEY, http_client=fake.async_http_client(api_key=None), **options)


async def customer(client: Client, name: str = "Ada Lovelace", **params: Any) -> Customer:
    email = name.split()[0].lower() + "@example.com"
    result: Customer = await run(client.customers.create(name=name, email=email, **params))
    return result


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
    collection_method: str = "send_invoice",
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
    assert invoice.status == status
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
