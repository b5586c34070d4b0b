"""A quote's tax rates (`default_tax_rates`, and its lines' own `tax_rates`, read by
`_quote_lines`): checked when set (known and active), then taxing the quote as the invoice it
becomes would (`_invoice_math.compute_lines`): each line's taxes on what the quote's discounts
leave of it, inclusive rates inside that amount, exclusive ones added to the totals. Three
views are taxed: the lines at their own amounts (`line_items`), up front (the first invoice:
`computed.upfront`, the quote's totals) and a period of the recurring lines under the
discounts that last (`computed.recurring`). What the quote becomes takes the same rates
(`_quote_accept`)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ._invoice_item_store import InvoiceItem
from ._invoice_math import compute_lines, tax_rates
from ._quote_store import Quote, QuoteLine, QuoteTaxes
from ._state import RequestContext, State


def apply_tax_rates(call: RequestContext, quote: Quote, params: dict[str, Any]) -> None:
    """Sets `default_tax_rates` if given (`""` clears them), then the taxes of the quote as
    its lines and discounts now are."""
    if "default_tax_rates" in params:
        given = params["default_tax_rates"]
        quote.default_tax_rates = tax_rates(call.state, given, "default_tax_rates")
    every = [entry.discount.id for entry in quote.discounts]
    lasting = [e.discount.id for e in quote.discounts if e.discount.coupon.duration == "forever"]
    state = call.state
    quote.taxes = _taxed(state, quote, quote.lines, lambda line: line.amount, every)
    quote.upfront_taxes = _taxed(state, quote, quote.lines, quote.upfront, every)
    recurring = quote.recurring_lines
    quote.recurring_taxes = _taxed(state, quote, recurring, lambda line: line.amount, lasting)


def _taxed(
    state: State,
    quote: Quote,
    lines: list[QuoteLine],
    amount_of: Callable[[QuoteLine], int],
    discount_ids: list[str],
) -> QuoteTaxes:
    """The taxes of `lines` at `amount_of` each, under `discount_ids`, as on an invoice."""
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
    math, totals = compute_lines(
        state, quote.currency or "", discount_ids, quote.default_tax_rates, items
    )
    return QuoteTaxes({line_id: made.taxes for line_id, made in math.items()}, totals.taxes)


__all__ = ["apply_tax_rates"]
