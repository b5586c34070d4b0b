"""A user's program: type-checked (mypy --strict, pyright strict) against the installed wheel,
never run. Every resource method of both clients, pagers, `expand`, errors, raw responses,
per-client options and webhooks."""

from __future__ import annotations

import httpx

from stripe_invoicing_client import (
    APIConnectionError,
    AsyncPager,
    AsyncStripeInvoicing,
    CardError,
    IdempotencyError,
    InvalidParameterError,
    ProductSearch,
    RateLimitError,
    RawResponse,
    SignatureVerificationError,
    StripeError,
    StripeInvoicing,
    SyncPager,
)
from stripe_invoicing_client.models import (
    BillingBillResourceInvoicingPricingPricing,
    Customer,
    DeletedCustomer,
    DeletedInvoice,
    DeletedInvoiceItem,
    Invoice,
    InvoiceItem,
    LineItem,
    Model,
)
from stripe_invoicing_client.webhooks import (
    SIGNATURE_HEADER,
    Event,
    construct_event,
    generate_test_signature,
)


def sync_invoices(client: StripeInvoicing) -> list[str]:
    ids: list[str] = []
    draft: Invoice = client.invoices.create(
        customer="cus_NeZwdNtLEOXuvB",
        collection_method="send_invoice",
        days_until_due=30,
        auto_advance=False,
        pending_invoice_items_behavior="include",
        metadata={"order_id": "6735"},
        custom_fields=[{"name": "PO number", "value": "A-12"}],
        automatic_tax={"enabled": True},
        default_tax_rates=["txr_1"],
        expand=["customer"],
        idempotency_key="order-6735-create",
    )
    invoice = client.invoices.retrieve("in_1MtGmC", expand=["customer", "lines"])
    invoice = client.invoices.update(
        "in_1MtGmC", description="Thanks for your business", metadata={"order_id": "6735"}
    )
    gone: DeletedInvoice = client.invoices.delete("in_draft", idempotency_key="del-1")
    preview: Invoice = client.invoices.create_preview(
        customer="cus_1", preview_mode="next", automatic_tax={"enabled": False}
    )
    invoice = client.invoices.finalize("in_1MtGmC", auto_advance=True)
    invoice = client.invoices.send("in_1MtGmC", expand=["customer"])
    invoice = client.invoices.pay("in_1MtGmC", paid_out_of_band=True)
    invoice = client.invoices.pay("in_1MtGmC", payment_method="pm_card_visa", off_session=True)
    invoice = client.invoices.void("in_1MtGmC")
    invoice = client.invoices.mark_uncollectible("in_1MtGmC")
    line: LineItem = client.invoices.update_line(
        "in_1MtGmC",
        "il_1",
        description="Setup fee",
        quantity=2,
        period={"start": 1680000000, "end": 1682600000},
        metadata={"sku": "setup"},
    )
    invoice = client.invoices.add_lines(
        "in_1MtGmC",
        lines=[
            {"invoice_item": "ii_1"},
            {"amount": 1500, "description": "Setup", "discountable": False},
        ],
        invoice_metadata={"batch": "7"},
    )
    invoice = client.invoices.remove_lines(
        "in_1MtGmC", lines=[{"id": "il_1", "behavior": "delete"}]
    )
    invoice = client.invoices.update_lines(
        "in_1MtGmC", lines=[{"id": "il_2", "description": "Hosting", "quantity": 3}]
    )

    pager: SyncPager[Invoice] = client.invoices.list(
        customer="cus_1", status="open", created={"gte": 1680000000}, limit=100, max_items=500
    )
    for found in pager:
        ids.append(found.id)
    for page in client.invoices.list(collection_method="send_invoice").pages():
        ids.extend(item.id for item in page.data)
        more: bool = page.has_more
        del more
    for hit in client.invoices.search(query="status:'open' AND total>1000", limit=20):
        ids.append(str(hit.number))
    for line_item in client.invoices.list_lines("in_1MtGmC", limit=50, expand=["data.price"]):
        ids.append(line_item.id)
    first = client.invoices.list(limit=3).first_page()
    ids.extend(str(item.customer) for item in first.data)
    del draft, invoice, gone, preview, line
    return ids


def sync_items_and_customers(client: StripeInvoicing) -> None:
    item: InvoiceItem = client.invoice_items.create(
        customer="cus_1",
        amount=1500,
        currency="usd",
        description="One-time setup fee",
        metadata={"order_id": "6735"},
        period={"start": 1680000000, "end": 1682600000},
    )
    item = client.invoice_items.retrieve("ii_1", expand=["invoice"])
    item = client.invoice_items.update("ii_1", quantity=3, discountable=True)
    removed: DeletedInvoiceItem = client.invoice_items.delete("ii_1")
    for pending in client.invoice_items.list(customer="cus_1", pending=True):
        print(pending.amount)

    customer: Customer = client.customers.create(
        email="jenny.rosen@example.com",
        name="Jenny Rosen",
        address={"line1": "510 Townsend St", "city": "San Francisco", "country": "US"},
        preferred_locales=["en", "fr"],
        invoice_settings={"footer": "Thank you"},
        metadata={"crm_id": "42"},
    )
    found: Customer | DeletedCustomer = client.customers.retrieve("cus_1")
    if isinstance(found, DeletedCustomer):
        print(found.deleted)
    customer = client.customers.update("cus_1", balance=-500, metadata={"tier": "gold"})
    dropped: DeletedCustomer = client.customers.delete("cus_1")
    for each in client.customers.list(email="jenny.rosen@example.com", limit=10):
        print(each.email)
    for match in client.customers.search(query="name:'Jenny'", max_items=5):
        print(match.name)
    for product in client.products.search(query=ProductSearch.active.eq(True)):
        print(product.name)
    del item, removed, customer, dropped


def sync_raw_options_and_errors(client: StripeInvoicing) -> None:
    raw: RawResponse[Invoice] = client.with_raw_response.invoices.send("in_1")
    status: int = raw.status_code
    request_id: str | None = raw.request_id
    replayed: bool = raw.idempotent_replayed
    header: str | None = raw.headers.get("Stripe-Should-Retry")
    parsed: Invoice = raw.parsed
    raw_customer: RawResponse[Customer] = client.with_raw_response.customers.create(name="Jenny")
    raw_item: RawResponse[DeletedInvoiceItem] = client.with_raw_response.invoice_items.delete(
        "ii_1"
    )
    del status, request_id, replayed, header, parsed, raw_customer, raw_item

    connected = client.with_options(stripe_account="acct_1Abc", max_retries=5, timeout=20.0)
    platform = connected.with_options(stripe_account=None, timeout=httpx.Timeout(5.0, read=60.0))
    again: StripeInvoicing = platform
    try:
        again.invoices.pay("in_1")
    except CardError as error:
        print(error.decline_code, error.code, error.request_id, error.http_status)
    except IdempotencyError as error:
        print(error.message, error.error)
    except RateLimitError as error:
        print(error.headers.get("Retry-After"))
    except APIConnectionError as error:
        print(str(error))
    except InvalidParameterError as error:
        print(error.param, error.reason)
    except StripeError as error:
        print(repr(error))


def sync_construction() -> None:
    with StripeInvoicing() as client:
        sync_invoices(client)
    own = httpx.Client(timeout=30.0)
    client = StripeInvoicing(
        "sk_test_123",
        stripe_version="2026-10-28.endive",
        base_url="http://127.0.0.1:12111",
        max_retries=0,
        http_client=own,
    )
    client.close()


async def async_everything(client: AsyncStripeInvoicing) -> list[str]:
    ids: list[str] = []
    invoice: Invoice = await client.invoices.create(
        customer="cus_1",
        collection_method="send_invoice",
        days_until_due=14,
        metadata={"order_id": "6735"},
        idempotency_key="order-6735",
    )
    invoice = await client.invoices.retrieve("in_1", expand=["customer"])
    invoice = await client.invoices.update("in_1", footer="Thanks", auto_advance=True)
    gone: DeletedInvoice = await client.invoices.delete("in_1")
    invoice = await client.invoices.create_preview(customer="cus_1")
    invoice = await client.invoices.finalize("in_1")
    invoice = await client.invoices.send("in_1")
    invoice = await client.invoices.pay("in_1", forgive=True)
    invoice = await client.invoices.void("in_1")
    invoice = await client.invoices.mark_uncollectible("in_1")
    line: LineItem = await client.invoices.update_line("in_1", "il_1", discountable=False)
    invoice = await client.invoices.add_lines("in_1", lines=[{"invoice_item": "ii_9"}])
    invoice = await client.invoices.remove_lines(
        "in_1", lines=[{"id": "il_1", "behavior": "unassign"}]
    )
    invoice = await client.invoices.update_lines("in_1", lines=[{"id": "il_1", "amount": 900}])

    pager: AsyncPager[Invoice] = client.invoices.list(status="draft", limit=10)
    async for found in pager:
        ids.append(found.id)
    first = await client.invoices.list(limit=1)
    ids.extend(str(item.id) for item in first.data)
    async for page in client.invoices.search(query="status:'paid'").pages():
        ids.extend(str(item.id) for item in page.data)
    async for line_item in client.invoices.list_lines("in_1"):
        ids.append(line_item.id)

    item: InvoiceItem = await client.invoice_items.create(
        customer="cus_1", amount=500, currency="eur"
    )
    item = await client.invoice_items.retrieve("ii_1")
    item = await client.invoice_items.update("ii_1", description="Discounted")
    removed: DeletedInvoiceItem = await client.invoice_items.delete("ii_1")
    async for pending in client.invoice_items.list(pending=True):
        print(pending.id)

    customer: Customer = await client.customers.create(email="jenny.rosen@example.com")
    either: Customer | DeletedCustomer = await client.customers.retrieve("cus_1")
    customer = await client.customers.update("cus_1", name="Jenny R.")
    dropped: DeletedCustomer = await client.customers.delete("cus_1")
    async for each in client.customers.list(limit=100):
        print(each.id)
    async for match in client.customers.search(query="email:'jenny.rosen@example.com'"):
        print(match.id)

    raw: RawResponse[Invoice] = await client.with_raw_response.invoices.finalize("in_1")
    print(raw.idempotent_replayed, raw.request_id)
    scoped: AsyncStripeInvoicing = client.with_options(stripe_account="acct_1", max_retries=1)
    try:
        await scoped.invoices.send("in_1")
    except IdempotencyError as error:
        print(error.request_id)
    except StripeError as error:
        print(error.message)
    del invoice, gone, line, item, removed, customer, either, dropped
    return ids


async def async_construction() -> None:
    async with AsyncStripeInvoicing("rk_live_restricted", stripe_account="acct_1") as client:
        await async_everything(client)
    client = AsyncStripeInvoicing(http_client=httpx.AsyncClient())
    await client.aclose()


def expanded(client: StripeInvoicing) -> None:
    invoice = client.invoices.retrieve("in_1", expand=["customer", "lines.data"])
    if isinstance(invoice.customer, Customer):
        print(invoice.customer.email, invoice.customer.name)
    else:
        print("not expanded:", invoice.customer)


def unit_amount(line: LineItem) -> str | None:
    # A nested model's name narrows as any model's does.
    pricing: BillingBillResourceInvoicingPricingPricing | None = line.pricing
    if isinstance(pricing, BillingBillResourceInvoicingPricingPricing):
        return pricing.unit_amount_decimal
    return None


def audit_record(found: Model) -> dict[str, object]:
    # Any model, through the public base: its JSON data and its keys by name.
    record: dict[str, object] = found.to_dict()
    record["seen_id"] = found.get("id")
    return record


def audit_invoice(client: StripeInvoicing) -> dict[str, object]:
    return audit_record(client.invoices.retrieve("in_1"))


def webhook(payload: bytes, headers: dict[str, str], secret: str) -> str:
    try:
        event: Event = construct_event(payload, headers[SIGNATURE_HEADER], secret, tolerance=600)
    except SignatureVerificationError as error:
        return f"rejected: {error}"
    print(event.type, event.created, event.livemode, event.api_version)
    if event.request is not None:
        print(event.request.idempotency_key)
    target = event.data.object
    if isinstance(target, Invoice):
        return f"{event.type}: invoice {target.id}"
    if isinstance(target, Customer):
        return f"{event.type}: customer {target.id}"
    return event.id


def signed(payload: str, secret: str) -> dict[str, str]:
    return {SIGNATURE_HEADER: generate_test_signature(payload, secret, timestamp=1_700_000_000)}
