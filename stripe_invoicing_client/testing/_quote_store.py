"""The quote as the fake keeps it, with its lines, and the JSON Stripe answers for it (the only
place its wire shape is spelled)."""

from __future__ import annotations

from typing import Any

from attrs import define, field

from ._catalog_store import Discount, Price, render_discount, render_price
from ._stored import INTERNAL, StoredWithMetadata, render_stored

DRAFT, OPEN, ACCEPTED, CANCELED = "draft", "open", "accepted", "canceled"


@define
class QuoteLine:
    """One line of a quote: a one-time price times a quantity."""

    id: str
    price: Price
    quantity: int
    amount: int  # quantity x unit amount, rounded as invoice items are
    description: str | None = None


@define
class QuoteDiscount:
    """One of the quote's discounts and what it takes off (`_quote_discounts`)."""

    discount: Discount
    amount: int


@define
class Quote(StoredWithMetadata):
    expires_at: int
    customer: str | None = None
    currency: str | None = None
    status: str = DRAFT
    collection_method: str = "charge_automatically"
    description: str | None = None
    footer: str | None = None
    header: str | None = None
    number: str | None = None
    invoice: str | None = None  # made when accepted
    test_clock: str | None = None
    lines: list[QuoteLine] = field(factory=list, metadata=INTERNAL)
    days_until_due: int | None = field(default=None, metadata=INTERNAL)
    finalized_at: int | None = field(default=None, metadata=INTERNAL)
    accepted_at: int | None = field(default=None, metadata=INTERNAL)
    canceled_at: int | None = field(default=None, metadata=INTERNAL)
    # Its discounts, in order, each with what it takes off the lines' amount.
    discounts: list[QuoteDiscount] = field(factory=list, metadata=INTERNAL)

    @property
    def amount(self) -> int:
        return sum(line.amount for line in self.lines)

    @property
    def amount_discount(self) -> int:
        return sum(entry.amount for entry in self.discounts)


def _no_totals() -> dict[str, Any]:
    return {
        "amount_discount": 0,
        "amount_shipping": 0,
        "amount_tax": 0,
        "breakdown": {"discounts": [], "taxes": []},
    }


def _totals(quote: Quote) -> dict[str, Any]:
    totals = _no_totals()
    totals["amount_discount"] = quote.amount_discount
    totals["breakdown"]["discounts"] = [
        {"amount": entry.amount, "discount": render_discount(entry.discount)}
        for entry in quote.discounts
    ]
    return totals


def render_quote_line(line: QuoteLine) -> dict[str, Any]:
    return {
        "id": line.id,
        "object": "item",
        "adjustable_quantity": None,
        "amount_discount": 0,
        "amount_subtotal": line.amount,
        "amount_tax": 0,
        "amount_total": line.amount,
        "currency": line.price.currency,
        "description": line.description,
        "discounts": [],
        "metadata": {},
        "price": render_price(line.price),
        "quantity": line.quantity,
        "taxes": [],
    }


def lines_list(quote: Quote, url: str) -> dict[str, Any]:
    lines = [render_quote_line(line) for line in quote.lines]
    return {"object": "list", "data": lines, "has_more": False, "url": url}


def render_quote(quote: Quote, *, with_lines: bool = False) -> dict[str, Any]:
    """`with_lines`: `line_items` (and the upfront ones) expanded, as `expand[]` asks."""
    amount = quote.amount
    total = amount - quote.amount_discount
    upfront_lines = (
        lines_list(quote, f"/v1/quotes/{quote.id}/computed_upfront_line_items")
        if with_lines
        else None
    )
    return render_stored(
        quote,
        "quote",
        amount_subtotal=amount,
        amount_total=total,
        application=None,
        application_fee_amount=None,
        application_fee_percent=None,
        automatic_tax={"enabled": False, "liability": None, "provider": None, "status": None},
        computed={
            "recurring": None,
            "upfront": {
                "amount_subtotal": amount,
                "amount_total": total,
                "line_items": upfront_lines,
                "total_details": _totals(quote),
            },
        },
        customer_account=None,
        default_tax_rates=[],
        discounts=[entry.discount.id for entry in quote.discounts],
        from_quote=None,
        invoice_settings={
            "custom_fields": None,
            "days_until_due": quote.days_until_due,
            "description": None,
            "footer": None,
            "issuer": {"type": "self"},
        },
        line_items=lines_list(quote, f"/v1/quotes/{quote.id}/line_items") if with_lines else None,
        on_behalf_of=None,
        status_transitions={
            "accepted_at": quote.accepted_at,
            "canceled_at": quote.canceled_at,
            "finalized_at": quote.finalized_at,
        },
        subscription=None,
        subscription_data={
            "billing_mode": {"flexible": None, "type": "classic"},
            "description": None,
            "effective_date": None,
            "metadata": None,
            "trial_period_days": None,
        },
        subscription_schedule=None,
        total_details=_totals(quote),
        transfer_data=None,
    )


__all__ = [
    "ACCEPTED",
    "CANCELED",
    "DRAFT",
    "OPEN",
    "Quote",
    "QuoteDiscount",
    "QuoteLine",
    "lines_list",
    "render_quote",
    "render_quote_line",
]
