"""The invoice item as the fake keeps it, and the JSON Stripe answers for it (the only place
its wire shape is spelled)."""

from __future__ import annotations

from typing import Any

from attrs import define, field

from ._catalog_store import TaxRate, render_tax_rate


@define
class Pricing:
    """How an item's amount was priced: a unit amount, from a price (and its product) or not;
    a tiered price's has none (its tiers priced the quantity)."""

    unit_amount_decimal: str | None
    price: str | None = None
    product: str | None = None


@define
class InvoiceItem:
    id: str
    customer: str
    date: int  # when it was created
    period_start: int
    period_end: int
    # Both set by `_billing.apply_pricing` (or a subscription) before the item is kept.
    amount: int | None = None
    currency: str | None = None
    net_amount: int | None = None
    pricing: Pricing | None = None
    quantity: int = 1
    quantity_decimal: str = "1"
    description: str | None = None
    discountable: bool = True
    discounts: list[str] = field(factory=list)
    # The rates as they were when applied (an archived rate still taxes the item).
    tax_rates: list[TaxRate] = field(factory=list)
    invoice: str | None = None  # None: pending, for the customer's next invoice
    metadata: dict[str, str] = field(factory=dict)
    proration: bool = False
    test_clock: str | None = None
    # The subscription (and its item) this item bills, for a subscription's lines.
    subscription: str | None = None
    subscription_item: str | None = None
    # A subscription's own line: on its invoices, but not an invoice item of the API's
    # (not in /v1/invoiceitems, no `invoice_item` on the line). Prorations are.
    subscription_line: bool = False

    @property
    def pending(self) -> bool:
        return self.invoice is None


def render_pricing(pricing: Pricing | None) -> dict[str, Any] | None:
    if pricing is None:
        return None
    details = None
    if pricing.price is not None:
        details = {"price": pricing.price, "product": pricing.product}
    return {
        "type": "price_details",
        "price_details": details,
        "unit_amount_decimal": pricing.unit_amount_decimal,
    }


def _render_parent(item: InvoiceItem) -> dict[str, Any] | None:
    if item.subscription is None:
        return None
    return {
        "type": "subscription_details",
        "subscription_details": {
            "subscription": item.subscription,
            "subscription_item": item.subscription_item,
        },
    }


def render_invoice_item(item: InvoiceItem) -> dict[str, Any]:
    return {
        "id": item.id,
        "object": "invoiceitem",
        "customer": item.customer,
        "customer_account": None,
        "date": item.date,
        "description": item.description,
        "discountable": item.discountable,
        "discounts": list(item.discounts),
        "invoice": item.invoice,
        "livemode": False,
        "metadata": dict(item.metadata),
        "parent": _render_parent(item),
        "period": {"end": item.period_end, "start": item.period_start},
        "proration": item.proration,
        "proration_details": {"credited_items": None, "discount_amounts": []},
        "quantity": item.quantity,
        "quantity_decimal": item.quantity_decimal,
        "tax_rates": [render_tax_rate(rate) for rate in item.tax_rates],
        "test_clock": item.test_clock,
        "amount": item.amount,
        "pricing": render_pricing(item.pricing),
        "currency": item.currency,
        "net_amount": item.net_amount,
    }


__all__ = ["InvoiceItem", "Pricing", "render_invoice_item", "render_pricing"]
