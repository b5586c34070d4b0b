"""What a quote's discounts and tax rates make of its lines: worked out by the invoice's own
arithmetic (`_invoice_math.compute_lines`), so each line's discounts and taxes and the totals
are, to the cent, those of the invoice the quote becomes (a percentage off each line, rounded
per line; taxes on what the discounts leave, inclusive rates inside that amount).

Three views are priced: the lines at their own amounts (`line_items`), up front (the first
invoice: `computed.upfront`, the quote's totals) and a period of the recurring lines under the
discounts that last (`computed.recurring`). The tax rates are checked when set (known and
active); what the quote becomes takes them as they were set (`_quote_accept`)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ._catalog_store import Discount
from ._invoice_item_store import InvoiceItem
from ._invoice_math import compute_lines, tax_rates
from ._quote_store import Quote, QuoteLine, QuoteMath
from ._state import RequestContext, State


def apply_tax_rates(call: RequestContext, quote: Quote, params: dict[str, Any]) -> None:
    """Sets `default_tax_rates` if given (`""` clears them)."""
    if "default_tax_rates" in params:
        given = params["default_tax_rates"]
        quote.default_tax_rates = tax_rates(call.state, given, "default_tax_rates")


def price(state: State, quote: Quote) -> None:
    """Works out the quote's three views as its lines, discounts and tax rates now are."""
    every, lasting = quote.discounts, quote.lasting_discounts
    quote.lines_math = _priced(state, quote, quote.lines, lambda line: line.amount, every)
    quote.upfront_math = _priced(state, quote, quote.lines, quote.upfront, every)
    recurring = quote.recurring_lines
    quote.recurring_math = _priced(state, quote, recurring, lambda line: line.amount, lasting)


def _priced(
    state: State,
    quote: Quote,
    lines: list[QuoteLine],
    amount_of: Callable[[QuoteLine], int],
    discounts: list[Discount],
) -> QuoteMath:
    """`lines` at `amount_of` each under `discounts`, as on an invoice."""
    items = [
        InvoiceItem(
            id=line.id,
            customer=quote.customer or "",
            date=quote.created,
            period_start=quote.created,
            period_end=quote.created,
            amount=amount_of(line),
            currency=quote.currency,
            tax_rates=line.tax_rates,
        )
        for line in lines
    ]
    discount_ids = [discount.id for discount in discounts]
    math, totals = compute_lines(
        state, quote.currency or "", discount_ids, quote.default_tax_rates, items
    )
    return QuoteMath(math, totals)


__all__ = ["apply_tax_rates", "price"]
