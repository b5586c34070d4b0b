"""The quote as the fake keeps it, with its lines, and the JSON Stripe answers for it (the only
place its wire shape is spelled).

A quote's recurring lines (prices with `recurring`) become a subscription when it is accepted:
they are priced per period (`computed.recurring`) and, unless a trial comes first, paid up front
with its one-time lines (`computed.upfront`, the first invoice)."""

from __future__ import annotations

from typing import Any

from attrs import define, field

from ._catalog_store import Discount, Price, render_discount, render_price
from ._stored import INTERNAL, StoredWithMetadata, render_stored

DRAFT, OPEN, ACCEPTED, CANCELED = "draft", "open", "accepted", "canceled"


@define
class QuoteLine:
    """One line of a quote: a price (one-time, or recurring) times a quantity."""

    id: str
    price: Price
    quantity: int
    amount: int  # quantity x unit amount (a period's, if recurring), rounded as invoice items are
    description: str | None = None

    @property
    def recurring(self) -> bool:
        return self.price.recurring is not None


@define
class SubscriptionData:
    """`subscription_data`: what the subscription an accepted quote makes starts with."""

    description: str | None = None
    effective_date: int | None = None
    metadata: dict[str, str] | None = None
    trial_period_days: int | None = None


@define
class FromQuote:
    quote: str
    is_revision: bool = False


@define
class QuoteDiscount:
    """One of the quote's discounts and what it takes off (`_quote_discounts`)."""

    discount: Discount
    amount: int  # off the upfront amount
    # Off a period of the recurring lines: a `forever` coupon's only (`computed.recurring`).
    recurring_amount: int = 0


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
    invoice: str | None = None  # made when accepted (a subscription's first invoice)
    subscription: str | None = None  # made when accepted, if it has recurring lines
    test_clock: str | None = None
    subscription_data: SubscriptionData = field(factory=SubscriptionData, metadata=INTERNAL)
    from_quote: FromQuote | None = field(default=None, metadata=INTERNAL)
    lines: list[QuoteLine] = field(factory=list, metadata=INTERNAL)
    days_until_due: int | None = field(default=None, metadata=INTERNAL)
    finalized_at: int | None = field(default=None, metadata=INTERNAL)
    accepted_at: int | None = field(default=None, metadata=INTERNAL)
    canceled_at: int | None = field(default=None, metadata=INTERNAL)
    # Its discounts, in order, each with what it takes off the lines' amount.
    discounts: list[QuoteDiscount] = field(factory=list, metadata=INTERNAL)

    @property
    def recurring_lines(self) -> list[QuoteLine]:
        return [line for line in self.lines if line.recurring]

    def upfront(self, line: QuoteLine) -> int:
        """What `line` adds to the first invoice: nothing for a recurring line during a trial."""
        return 0 if line.recurring and self.subscription_data.trial_period_days else line.amount

    @property
    def amount(self) -> int:
        """The upfront amount (the first invoice's)."""
        return sum(self.upfront(line) for line in self.lines)

    @property
    def amount_discount(self) -> int:
        return sum(entry.amount for entry in self.discounts)

    @property
    def recurring_amount(self) -> int:
        """What a period of its recurring lines comes to."""
        return sum(line.amount for line in self.recurring_lines)


def _no_totals() -> dict[str, Any]:
    return {
        "amount_discount": 0,
        "amount_shipping": 0,
        "amount_tax": 0,
        "breakdown": {"discounts": [], "taxes": []},
    }


def _totals(entries: list[tuple[Discount, int]]) -> dict[str, Any]:
    """`total_details` of discounts, each with what it takes off."""
    totals = _no_totals()
    totals["amount_discount"] = sum(amount for _, amount in entries)
    totals["breakdown"]["discounts"] = [
        {"amount": amount, "discount": render_discount(discount)} for discount, amount in entries
    ]
    return totals


def _upfront_totals(quote: Quote) -> dict[str, Any]:
    return _totals([(entry.discount, entry.amount) for entry in quote.discounts])


def render_quote_line(line: QuoteLine, amount: int | None = None) -> dict[str, Any]:
    """`amount`: the line's amount as billed up front, when that differs (a trial)."""
    amount = line.amount if amount is None else amount
    return {
        "id": line.id,
        "object": "item",
        "adjustable_quantity": None,
        "amount_discount": 0,
        "amount_subtotal": amount,
        "amount_tax": 0,
        "amount_total": amount,
        "currency": line.price.currency,
        "description": line.description,
        "discounts": [],
        "metadata": {},
        "price": render_price(line.price),
        "quantity": line.quantity,
        "taxes": [],
    }


def lines_list(quote: Quote, url: str, *, upfront: bool = False) -> dict[str, Any]:
    lines = [
        render_quote_line(line, quote.upfront(line) if upfront else None) for line in quote.lines
    ]
    return {"object": "list", "data": lines, "has_more": False, "url": url}


def _recurring(quote: Quote) -> dict[str, Any] | None:
    lines = quote.recurring_lines
    if not lines:
        return None
    recurring = lines[0].price.recurring
    assert recurring is not None  # a recurring line's
    amount = quote.recurring_amount
    # Only discounts that last (`forever` coupons) count against every period.
    lasting = [
        (entry.discount, entry.recurring_amount)
        for entry in quote.discounts
        if entry.discount.coupon.duration == "forever"
    ]
    return {
        "amount_subtotal": amount,
        "amount_total": amount - sum(off for _, off in lasting),
        "interval": recurring.interval,
        "interval_count": recurring.interval_count,
        "total_details": _totals(lasting),
    }


def render_quote(quote: Quote, *, with_lines: bool = False) -> dict[str, Any]:
    """`with_lines`: `line_items` (and the upfront ones) expanded, as `expand[]` asks."""
    amount = quote.amount
    total = amount - quote.amount_discount
    data = quote.subscription_data
    upfront_lines = (
        lines_list(quote, f"/v1/quotes/{quote.id}/computed_upfront_line_items", upfront=True)
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
            "recurring": _recurring(quote),
            "upfront": {
                "amount_subtotal": amount,
                "amount_total": total,
                "line_items": upfront_lines,
                "total_details": _upfront_totals(quote),
            },
        },
        customer_account=None,
        default_tax_rates=[],
        discounts=[entry.discount.id for entry in quote.discounts],
        from_quote=(
            None
            if quote.from_quote is None
            else {"is_revision": quote.from_quote.is_revision, "quote": quote.from_quote.quote}
        ),
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
        subscription_data={
            "billing_mode": {"flexible": None, "type": "classic"},
            "description": data.description,
            "effective_date": data.effective_date,
            "metadata": None if data.metadata is None else dict(data.metadata),
            "trial_period_days": data.trial_period_days,
        },
        subscription_schedule=None,
        total_details=_upfront_totals(quote),
        transfer_data=None,
    )


__all__ = [
    "ACCEPTED",
    "CANCELED",
    "DRAFT",
    "OPEN",
    "FromQuote",
    "Quote",
    "QuoteDiscount",
    "QuoteLine",
    "SubscriptionData",
    "lines_list",
    "render_quote",
    "render_quote_line",
]
