"""The demo's quoting flow: a quote of one-time prices, finalized, its PDF downloaded, then
accepted into an invoice (a step of `_demo.Demo.run`).

Stripe may leave the invoice an accepted quote makes as a draft (it finalizes it about an hour
later): the step finalizes a draft itself, so it reads the same in memory and in test mode.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._demo_steps import day, money, step, text
from ._ids import id_of

if TYPE_CHECKING:
    from ._demo_steps import DemoSteps
    from .models import Invoice, Quote

UNIT_AMOUNT = 120_000  # 1,200.00 USD an installation day
DAYS = 2


def _show(demo: DemoSteps, label: str, quote: Quote) -> None:
    demo.say(
        f"  {label:<22} {text(quote.id)}  status={text(quote.status)}"
        f"  total={money(quote.amount_total, quote.currency)}"
    )


async def quote_into_invoice(demo: DemoSteps) -> Invoice:
    """Two installation days quoted to a customer, finalized (numbered, with an expiry), the PDF
    downloaded, and the quote accepted into an invoice due in 30 days."""
    client = demo.client
    demo.say("\n10. A quote accepted into an invoice")
    tags = {"demo_run": demo.run_id}
    product = await step(client.products.create(name="Installation day", metadata=tags))
    price = await step(
        client.prices.create(
            product=product.id, currency="usd", unit_amount=UNIT_AMOUNT, metadata=tags
        )
    )
    demo.say(
        f"  product and price      {product.id}  {price.id}  {money(UNIT_AMOUNT, 'usd')} a day"
    )
    customer = await demo.customer("Katherine Johnson", "katherine@example.com")
    quote: Quote = await step(
        client.quotes.create(
            customer=customer.id,
            line_items=[{"price": price.id, "quantity": DAYS}],
            collection_method="send_invoice",
            invoice_settings={"days_until_due": 30},
            header="Installation",
            metadata=tags,
        )
    )
    _show(demo, "draft quote", quote)
    quote = await step(client.quotes.finalize(quote.id))
    _show(demo, "finalized", quote)
    demo.say(f"  number                 {text(quote.number)}  expires {day(quote.expires_at)}")
    pdf: bytes = await step(client.quotes.pdf(quote.id))
    kind = "a PDF" if pdf.startswith(b"%PDF") else "not a PDF"
    demo.say(f"  quote PDF              {len(pdf):,} bytes ({kind})")
    quote = await step(client.quotes.accept(quote.id))
    _show(demo, "accepted", quote)
    made = quote.invoice
    invoice: Invoice = await step(
        client.invoices.retrieve(made if isinstance(made, str) else id_of(made))
    )
    if invoice.status == "draft":
        invoice = await step(client.invoices.finalize(id_of(invoice)))
    demo.show("invoice of the quote", invoice)
    return invoice


__all__ = ["quote_into_invoice"]
