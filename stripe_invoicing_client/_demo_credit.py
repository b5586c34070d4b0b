"""The demo's correction and catalog flows: a credit note on a paid invoice, and a taxed,
discounted invoice built from a product and a price (steps of `_demo.Demo.run`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._demo_steps import step
from ._ids import id_of

if TYPE_CHECKING:
    from ._demo_steps import DemoSteps
    from .models import Invoice


def _money(amount: object, currency: object) -> str:
    if not isinstance(amount, int):
        return "?"
    return f"{amount / 100:,.2f} {str(currency).upper()}"


async def correct_paid_invoice(demo: DemoSteps, paid: Invoice) -> None:
    """Credit part of an invoice paid through Stripe back to the card, with a credit note."""
    client = demo.client
    demo.say("\n6. A paid invoice corrected with a credit note (20.00 back to the card)")
    line = paid.lines.data[0]
    note = await step(
        client.credit_notes.create(
            invoice=id_of(paid),
            lines=[{"type": "invoice_line_item", "invoice_line_item": line.id, "amount": 2000}],
            refund_amount=2000,
            reason="product_unsatisfactory",
            memo="Support plan started a week late",
            metadata={"demo_run": demo.run_id},
        )
    )
    demo.say(
        f"  credit note            {note.id}  {note.number}  {note.type_}"
        f"  total={_money(note.total, note.currency)}  refunded={_money(2000, note.currency)}"
    )
    corrected = await step(client.invoices.retrieve(id_of(paid)))
    demo.say(
        f"  invoice now            {corrected.id}  status={corrected.status}"
        f"  credited after payment={_money(corrected.post_payment_credit_notes_amount, 'usd')}"
    )


async def taxed_discounted_invoice(demo: DemoSteps) -> Invoice:
    """A product and its price on an invoice with a 20% VAT rate and a 10% coupon."""
    client = demo.client
    demo.say("\n7. An invoice from a product and price, with VAT and a coupon")
    tags = {"demo_run": demo.run_id}
    product = await step(client.products.create(name="Compiler workshop seat", metadata=tags))
    price = await step(
        client.prices.create(product=product.id, currency="usd", unit_amount=25000, metadata=tags)
    )
    demo.say(f"  product and price      {product.id}  {price.id}  {_money(25000, 'usd')} a seat")
    vat = await step(
        client.tax_rates.create(display_name="VAT", percentage=20, inclusive=False, metadata=tags)
    )
    coupon = await step(
        client.coupons.create(percent_off=10, duration="once", name="Early bird", metadata=tags)
    )
    demo.say(f"  tax rate and coupon    {vat.id} (20% VAT)  {coupon.id} (10% off)")
    customer = await demo.customer("Katherine Johnson", "katherine@example.com")
    invoice: Invoice = await step(
        client.invoices.create(
            customer=customer.id,
            collection_method="send_invoice",
            days_until_due=30,
            pending_invoice_items_behavior="exclude",
            default_tax_rates=[vat.id],
            discounts=[{"coupon": coupon.id}],
            metadata=tags,
        )
    )
    invoice = await step(
        client.invoices.add_lines(
            id_of(invoice), lines=[{"pricing": {"price": price.id}, "quantity": 3}]
        )
    )
    invoice = await step(client.invoices.finalize(id_of(invoice)))
    discount = sum(d.amount for d in invoice.total_discount_amounts or [])
    # By JSON name: a client regenerated from an older spec has no `total_taxes` field.
    tax = sum(int(t["amount"]) for t in invoice.get("total_taxes") or [])
    demo.say(
        f"  3 seats                subtotal={_money(invoice.subtotal, 'usd')}"
        f"  discount={_money(discount, 'usd')}  tax={_money(tax, 'usd')}"
        f"  total={_money(invoice.total, 'usd')}"
    )
    demo.show("finalized", invoice)
    return invoice


__all__ = ["correct_paid_invoice", "taxed_discounted_invoice"]
