"""The quote as the fake keeps it, with its lines, and the JSON Stripe answers for it (the only
place its wire shape is spelled).

A quote's recurring lines (prices with `recurring`) become a subscription when it is accepted:
they are priced per period (`computed.recurring`) and, unless a trial comes first, paid up front
with its one-time lines (`computed.upfront`, the first invoice). Its tax rates tax each of these
as the invoice it becomes would (`_quote_taxes`)."""

from __future__ import annotations

from typing import Any

from attrs import define, field

from ._catalog_store import Discount, Price, TaxRate, render_discount, render_price, render_tax_rate
from ._invoice_store import Tax
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
    # Its own rates (kept as they were set); none: the quote's `default_tax_rates` tax it.
    tax_rates: list[TaxRate] = field(factory=list)

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
class QuoteTaxes:
    """What the tax rates make of one view of the quote's lines (`_quote_taxes`): each line's
    taxes, by line id, and those taxes summed per rate."""

    lines: dict[str, list[Tax]] = field(factory=dict)
    total: list[Tax] = field(factory=list)

    @property
    def exclusive(self) -> int:
        """What the taxes add (inclusive ones are inside the amounts already)."""
        return sum(tax.amount for tax in self.total if not tax.inclusive)


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
    default_tax_rates: list[TaxRate] = field(factory=list, metadata=INTERNAL)
    # Taxes of the lines at their own amounts, up front (the first invoice) and per period.
    taxes: QuoteTaxes = field(factory=QuoteTaxes, metadata=INTERNAL)
    upfront_taxes: QuoteTaxes = field(factory=QuoteTaxes, metadata=INTERNAL)
    recurring_taxes: QuoteTaxes = field(factory=QuoteTaxes, metadata=INTERNAL)

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


def _render_taxes(quote: Quote, taxes: list[Tax]) -> list[dict[str, Any]]:
    rates = {rate.id: rate for rate in quote.default_tax_rates}
    for line in quote.lines:
        rates.update((rate.id, rate) for rate in line.tax_rates)
    return [
        {
            "amount": tax.amount,
            "rate": render_tax_rate(rates[tax.rate_id]),
            "taxability_reason": "standard_rated",
            "taxable_amount": tax.taxable_amount,
        }
        for tax in taxes
    ]


def _totals(quote: Quote, entries: list[tuple[Discount, int]], taxes: QuoteTaxes) -> dict[str, Any]:
    """`total_details` of discounts, each with what it takes off, and of taxes, per rate."""
    totals = _no_totals()
    totals["amount_discount"] = sum(amount for _, amount in entries)
    totals["amount_tax"] = sum(tax.amount for tax in taxes.total)
    totals["breakdown"]["discounts"] = [
        {"amount": amount, "discount": render_discount(discount)} for discount, amount in entries
    ]
    totals["breakdown"]["taxes"] = _render_taxes(quote, taxes.total)
    return totals


def _upfront_totals(quote: Quote) -> dict[str, Any]:
    entries = [(entry.discount, entry.amount) for entry in quote.discounts]
    return _totals(quote, entries, quote.upfront_taxes)


def render_quote_line(quote: Quote, line: QuoteLine, *, upfront: bool = False) -> dict[str, Any]:
    """`upfront`: the line as billed up front (a recurring one at nothing during a trial)."""
    amount = quote.upfront(line) if upfront else line.amount
    taxes = (quote.upfront_taxes if upfront else quote.taxes).lines.get(line.id, [])
    return {
        "id": line.id,
        "object": "item",
        "adjustable_quantity": None,
        "amount_discount": 0,
        "amount_subtotal": amount,
        "amount_tax": sum(tax.amount for tax in taxes),
        "amount_total": amount + sum(tax.amount for tax in taxes if not tax.inclusive),
        "currency": line.price.currency,
        "description": line.description,
        "discounts": [],
        "metadata": {},
        "price": render_price(line.price),
        "quantity": line.quantity,
        "taxes": _render_taxes(quote, taxes),
    }


def lines_list(quote: Quote, url: str, *, upfront: bool = False) -> dict[str, Any]:
    lines = [render_quote_line(quote, line, upfront=upfront) for line in quote.lines]
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
    taxes = quote.recurring_taxes
    return {
        "amount_subtotal": amount,
        "amount_total": amount - sum(off for _, off in lasting) + taxes.exclusive,
        "interval": recurring.interval,
        "interval_count": recurring.interval_count,
        "total_details": _totals(quote, lasting, taxes),
    }


def render_quote(quote: Quote, *, with_lines: bool = False) -> dict[str, Any]:
    """`with_lines`: `line_items` (and the upfront ones) expanded, as `expand[]` asks."""
    amount = quote.amount
    total = amount - quote.amount_discount + quote.upfront_taxes.exclusive
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
        default_tax_rates=[rate.id for rate in quote.default_tax_rates],
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
    "QuoteTaxes",
    "SubscriptionData",
    "lines_list",
    "render_quote",
    "render_quote_line",
]
