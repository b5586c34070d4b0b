"""What accepting a quote makes: a finalized invoice of its lines (one-time prices only), or a
subscription of its recurring lines whose first invoice also bills its one-time lines.

The subscription is made the way the subscriptions API makes one
(`_subscriptions.start_subscription`), as if its parameters had been sent: the same checks,
events, first invoice and payment.

The quote's discounts are redeemed as it is accepted (`_quote_discounts`) and go with what it
becomes: onto its invoice, or onto its subscription (so onto the subscription's invoices, the
first one included, for as long as each lasts). Its tax rates go the same way, as they were
set: `default_tax_rates` as the invoice's or the subscription's, a line's own onto the invoice
item or subscription item it becomes.
"""

from __future__ import annotations

import copy
from typing import Any

from ._billing import attach, new_invoice, new_invoice_item, pricing_of
from ._catalog_store import Discount
from ._clock_time import now_for
from ._customers import live_customer
from ._errors import ApiError
from ._invoice_status import finalize_invoice
from ._money import plain
from ._objects import invoice_view
from ._quote_discounts import redeem_discounts
from ._quote_store import Quote, QuoteLine
from ._state import RequestContext
from ._subscription_prices import price_for
from ._subscriptions import start_subscription

DAY = 86_400


def _invoice_for(call: RequestContext, quote: Quote, discount_ids: list[str]) -> str:
    """A draft invoice of the quote's lines (and discounts) for its customer, then
    finalized."""
    state = call.state
    assert quote.customer is not None and quote.currency is not None  # finalized quotes have
    customer = live_customer(state, quote.customer)
    invoice = new_invoice(call, customer, quote.currency)
    invoice.quote = quote.id
    invoice.discounts = discount_ids
    invoice.collection_method = quote.collection_method
    invoice.description = quote.description
    invoice.footer = quote.footer
    invoice.test_clock = quote.test_clock
    invoice.default_tax_rates = copy.deepcopy(quote.default_tax_rates)
    if quote.days_until_due is not None and quote.collection_method == "send_invoice":
        invoice.due_date = invoice.created + quote.days_until_due * DAY
    state.invoices[invoice.id] = invoice
    for line in quote.lines:
        item = new_invoice_item(call, customer.id)
        item.amount = item.net_amount = line.amount
        item.currency = line.price.currency
        item.quantity, item.quantity_decimal = line.quantity, str(line.quantity)
        item.pricing = pricing_of(line.price)
        item.description = line.description
        item.tax_rates = copy.deepcopy(line.tax_rates)
        state.invoice_items[item.id] = item
        attach(state, invoice, item, call)
    call.emit("invoice.created", invoice_view(state, invoice))
    finalize_invoice(call, invoice)
    return invoice.id


def _price_given(call: RequestContext, line: QuoteLine) -> dict[str, Any]:
    """The line as a subscription's `items[]` or `add_invoice_items[]` entry: its catalog price,
    or the same price inline (a quote's `price_data` price is its line's alone), with the
    line's own tax rates as kept (`_invoice_math.tax_rates` takes them as they are)."""
    price = line.price
    if price.id in call.state.prices:
        return {"price": price.id, "quantity": line.quantity, "tax_rates": line.tax_rates}
    assert price.unit is not None  # checked when the line was made
    data: dict[str, Any] = {
        "currency": price.currency,
        "product": price.product,
        "unit_amount_decimal": plain(price.unit),
        "tax_behavior": price.tax_behavior or "unspecified",
    }
    if price.recurring is not None:
        recurring = price.recurring
        data["recurring"] = {
            "interval": recurring.interval,
            "interval_count": recurring.interval_count,
        }
    return {"price_data": data, "quantity": line.quantity, "tax_rates": line.tax_rates}


def _subscription_params(call: RequestContext, quote: Quote) -> dict[str, Any]:
    data = quote.subscription_data
    params: dict[str, Any] = {
        "customer": quote.customer,
        "currency": quote.currency,
        "items": [_price_given(call, line) for line in quote.lines if line.recurring],
        "add_invoice_items": [
            _price_given(call, line) for line in quote.lines if not line.recurring
        ],
        "collection_method": quote.collection_method,
        "default_tax_rates": quote.default_tax_rates,
    }
    if quote.collection_method == "send_invoice":
        params["days_until_due"] = quote.days_until_due
    if data.description is not None:
        params["description"] = data.description
    if data.metadata is not None:
        params["metadata"] = dict(data.metadata)
    if data.trial_period_days:
        params["trial_period_days"] = data.trial_period_days
    return params


def _own(discount: Discount) -> bool:
    """Whether the discount is only the quote's (made by it: no invoice or subscription)."""
    return (discount.invoice, discount.invoice_item, discount.subscription) == (None,) * 3 and (
        discount.subscription_item is None
    )


def accept_into(call: RequestContext, quote: Quote) -> None:
    """Makes what the open quote becomes (`quote.invoice`, and `quote.subscription` if it has
    recurring lines), its discounts redeemed; refuses, with nothing made or redeemed, what
    the fake does not serve."""
    if not quote.recurring_lines:
        quote.invoice = _invoice_for(call, quote, redeem_discounts(call, quote))
        return
    effective = quote.subscription_data.effective_date
    if effective is not None and effective > call.now():
        raise ApiError.invalid_request(
            "A quote with a future subscription_data[effective_date] becomes a subscription "
            "schedule; FakeStripe does not serve that yet.",
            param="subscription_data[effective_date]",
        )
    assert quote.customer is not None  # finalized quotes have one
    customer = live_customer(call.state, quote.customer)
    at = now_for(call, customer.test_clock)
    params = _subscription_params(at, quote)
    # Priced first (nothing kept), so a refused price leaves the discounts unredeemed.
    prices = [price_for(at, given, f"items[{i}]") for i, given in enumerate(params["items"])]
    discount_ids = redeem_discounts(at, quote)
    # The quote's own discounts start with the subscription and name it; one it was given that
    # belongs to something else (`discounts[][discount]`) is left as it is.
    own = [at.state.discounts[d] for d in discount_ids if _own(at.state.discounts[d])]
    for discount in own:
        discount.start = at.now()
    params["discounts"] = [{"discount": discount_id} for discount_id in discount_ids]
    subscription = start_subscription(at, customer, params, prices)
    for discount in own:
        discount.subscription = subscription.id
    quote.subscription = subscription.id
    quote.invoice = subscription.latest_invoice


__all__ = ["accept_into"]
