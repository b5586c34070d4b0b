"""The quote as the fake keeps it, with its lines, and the JSON Stripe answers for it (the only
place its wire shape is spelled).

A quote's recurring lines (prices with `recurring`) become a subscription when it is accepted:
they are priced per period (`computed.recurring`) and, unless a trial comes first, paid up front
with its one-time lines (`computed.upfront`, the first invoice). Its discounts and tax rates
price each of these as the invoice it becomes would (`_quote_math`)."""

from __future__ import annotations

from collections.abc import Set as AbstractSet
from typing import Any

from attrs import define, field

from ._catalog_store import Discount, Price, TaxRate, render_discount, render_price, render_tax_rate
from ._invoice_store import LineMath, Tax, Totals
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
class QuoteMath:
    """What discounts and taxes make of one view of the quote's lines, as on the invoice it
    becomes (`_quote_math`): each line's, by line id, and the totals."""

    lines: dict[str, LineMath] = field(factory=dict)
    totals: Totals = field(factory=Totals)


@define
class FromQuote:
    quote: str
    is_revision: bool = False


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
    discounts: list[Discount] = field(factory=list, metadata=INTERNAL)  # in order
    default_tax_rates: list[TaxRate] = field(factory=list, metadata=INTERNAL)
    # The lines priced at their own amounts, up front (the first invoice) and per period.
    lines_math: QuoteMath = field(factory=QuoteMath, metadata=INTERNAL)
    upfront_math: QuoteMath = field(factory=QuoteMath, metadata=INTERNAL)
    recurring_math: QuoteMath = field(factory=QuoteMath, metadata=INTERNAL)

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
    def amount_total(self) -> int:
        """The upfront amount after discounts and taxes (`amount_total`)."""
        return self.upfront_math.totals.total

    @property
    def lasting_discounts(self) -> list[Discount]:
        """Those that count against every period (`forever` coupons: `computed.recurring`)."""
        return [d for d in self.discounts if d.coupon.duration == "forever"]

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


def _totals(quote: Quote, math: QuoteMath, discounts: list[Discount]) -> dict[str, Any]:
    """`total_details` of `discounts`, each with what it takes off, and of taxes, per rate."""
    offs = math.totals.discount_amounts
    totals = _no_totals()
    totals["amount_discount"] = sum(offs.get(discount.id, 0) for discount in discounts)
    totals["amount_tax"] = sum(tax.amount for tax in math.totals.taxes)
    totals["breakdown"]["discounts"] = [
        {"amount": offs.get(discount.id, 0), "discount": render_discount(discount)}
        for discount in discounts
    ]
    totals["breakdown"]["taxes"] = _render_taxes(quote, math.totals.taxes)
    return totals


def render_quote_line(
    quote: Quote,
    line: QuoteLine,
    *,
    upfront: bool = False,
    in_price: AbstractSet[str] = frozenset(),
) -> dict[str, Any]:
    """`upfront`: the line as billed up front (a recurring one at nothing during a trial);
    `in_price`: the `expand[]` paths within its price (`tiers`)."""
    amount = quote.upfront(line) if upfront else line.amount
    math = (quote.upfront_math if upfront else quote.lines_math).lines.get(line.id, LineMath())
    discounts = {discount.id: discount for discount in quote.discounts}
    off = sum(entry.amount for entry in math.discount_amounts)
    return {
        "id": line.id,
        "object": "item",
        "adjustable_quantity": None,
        "amount_discount": off,
        "amount_subtotal": amount,
        "amount_tax": sum(tax.amount for tax in math.taxes),
        "amount_total": amount - off + sum(tax.amount for tax in math.taxes if not tax.inclusive),
        "currency": line.price.currency,
        "description": line.description,
        "discounts": [
            {"amount": entry.amount, "discount": render_discount(discounts[entry.discount])}
            for entry in math.discount_amounts
        ],
        "metadata": {},
        "price": render_price(line.price, in_price),
        "quantity": line.quantity,
        "taxes": _render_taxes(quote, math.taxes),
    }


def lines_list(
    quote: Quote, url: str, *, upfront: bool = False, in_price: AbstractSet[str] = frozenset()
) -> dict[str, Any]:
    lines = [render_quote_line(quote, q, upfront=upfront, in_price=in_price) for q in quote.lines]
    return {"object": "list", "data": lines, "has_more": False, "url": url}


def _recurring(quote: Quote) -> dict[str, Any] | None:
    lines = quote.recurring_lines
    if not lines:
        return None
    recurring = lines[0].price.recurring
    assert recurring is not None  # a recurring line's
    return {
        "amount_subtotal": quote.recurring_amount,
        "amount_total": quote.recurring_math.totals.total,
        "interval": recurring.interval,
        "interval_count": recurring.interval_count,
        "total_details": _totals(quote, quote.recurring_math, quote.lasting_discounts),
    }


def render_quote(
    quote: Quote, *, with_lines: bool = False, in_price: AbstractSet[str] = frozenset()
) -> dict[str, Any]:
    """`with_lines`: `line_items` (and the upfront ones) expanded, as `expand[]` asks, with
    `in_price` expanded in each line's price."""
    amount = quote.amount
    total = quote.amount_total
    data = quote.subscription_data
    upfront_url = f"/v1/quotes/{quote.id}/computed_upfront_line_items"
    upfront_lines = (
        lines_list(quote, upfront_url, upfront=True, in_price=in_price) if with_lines else None
    )
    return render_stored(
        quote,
        "quote",
        amount_subtotal=amount,
        amount_total=total,
        automatic_tax={"enabled": False, "liability": None, "provider": None, "status": None},
        computed={
            "recurring": _recurring(quote),
            "upfront": {
                "amount_subtotal": amount,
                "amount_total": total,
                "line_items": upfront_lines,
                "total_details": _totals(quote, quote.upfront_math, quote.discounts),
            },
        },
        default_tax_rates=[rate.id for rate in quote.default_tax_rates],
        discounts=[discount.id for discount in quote.discounts],
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
        line_items=(
            lines_list(quote, f"/v1/quotes/{quote.id}/line_items", in_price=in_price)
            if with_lines
            else None
        ),
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
        total_details=_totals(quote, quote.upfront_math, quote.discounts),
    )


__all__ = [
    "ACCEPTED",
    "CANCELED",
    "DRAFT",
    "OPEN",
    "FromQuote",
    "Quote",
    "QuoteLine",
    "QuoteMath",
    "SubscriptionData",
    "lines_list",
    "render_quote",
    "render_quote_line",
]
