"""Type-checked only (tests/search/test_typing.py runs mypy --strict on it).

Each line marked `# E: <code>` must get exactly that mypy error; every other line, none.
"""

from __future__ import annotations

from datetime import datetime, timezone

from stripe_invoicing_client import (
    AllOf,
    AnyOf,
    AsyncStripeInvoicing,
    Clause,
    CustomerSearch,
    InvoiceSearch,
    PaymentIntentSearch,
    PriceSearch,
    ProductSearch,
    StripeInvoicing,
    all_of,
    any_of,
)

Inv, Cus = InvoiceSearch, CustomerSearch
when = datetime(2026, 1, 1, tzinfo=timezone.utc)


def fine(client: StripeInvoicing) -> None:
    query: AllOf[InvoiceSearch] = (
        Inv.status.eq("open")
        & Inv.total.gte(1000)
        & Inv.created.lt(when)
        & Inv.metadata["order_id"].eq("6735")
        & -Inv.customer.eq("cus_1")
        & Inv.last_finalization_error_type.eq("card_error")
        & Inv.last_finalization_error_code.ne("customer_tax_location_invalid")
        & Inv.number.contains("INV")
        & Inv.subscription.is_null()
    )
    either: AnyOf[CustomerSearch] = Cus.email.contains("example") | Cus.name.eq("Ada")
    one: Clause[CustomerSearch] = Cus.phone.is_not_null()
    listed = any_of(*[Cus.email.eq(e) for e in ("a@example.com", "b@example.com")])
    for invoice in client.invoices.search(query=query):
        print(invoice.id)
    for customer in client.customers.search(query=either, max_items=3):
        print(customer.id)
    client.customers.search(query=all_of(one, Cus.created.gt(0)))
    client.customers.search(query=listed)
    client.customers.search(query="email:'still@fine.com'")
    selling = ProductSearch.active.eq(True) & ProductSearch.shippable.ne(False)
    client.products.search(query=selling)
    client.prices.search(query=PriceSearch.active.eq(False))


async def fine_async(client: AsyncStripeInvoicing) -> None:
    async for invoice in client.invoices.search(query=Inv.total.gt(0)):
        print(invoice.id)


def misuse() -> None:
    Inv.colour.eq("red")  # E: attr-defined
    Inv.status.eq("opne")  # E: arg-type
    Inv.status.contains("ope")  # E: attr-defined
    Inv.customer.contains("cus")  # E: attr-defined
    Inv.total.contains("100")  # E: attr-defined
    Inv.total.gt("1000")  # E: arg-type
    Inv.created.gt("2026-01-01")  # E: arg-type
    Cus.email.gt("a")  # E: attr-defined
    Cus.email.eq(None)  # E: arg-type
    Cus.metadata["tier"].gt(1)  # E: attr-defined
    Cus.metadata[1]  # E: index
    ProductSearch.active.eq("true")  # E: arg-type
    ProductSearch.shippable.ne(1)  # E: arg-type
    PriceSearch.active.contains("tru")  # E: attr-defined
    PriceSearch.active.gt(False)  # E: attr-defined
    PriceSearch.currency.contains("usd")  # E: attr-defined
    PaymentIntentSearch.customer.contains("cus")  # E: attr-defined
    PaymentIntentSearch.currency.contains("eur")  # E: attr-defined
    (Inv.total.gt(1) & Inv.total.lt(9)) | Inv.status.eq("open")  # E: operator
    (Inv.total.gt(1) | Inv.total.lt(9)) & Inv.status.eq("open")  # E: operator
    Inv.status.eq("open") & (Inv.total.gt(1) | Inv.total.lt(9))  # E: operator
    -(Inv.total.gt(1) & Inv.total.lt(9))  # E: operator
    Inv.total.gt(1) & Cus.created.gt(1)  # E: operator
    Inv.total.gt(1) & "status:'open'"  # E: operator


def wrong_resource() -> None:
    query: AllOf[InvoiceSearch] = Cus.email.eq("x") & Cus.name.eq("y")  # E: assignment
    print(query)
