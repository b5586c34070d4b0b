"""Quotes: a draft priced from one-time prices, finalized (open: numbered, expiring), then
accepted (into a finalized invoice for the customer) or canceled; its lines and its PDF.

Quotes of recurring prices (which become subscriptions) are refused: not served yet.
"""

from __future__ import annotations

import copy
from collections.abc import Set as AbstractSet
from decimal import Decimal
from typing import Any

from ._billing import attach, new_invoice_item
from ._catalog_store import Price
from ._customers import live_customer
from ._errors import ApiError
from ._invoice_item_store import Pricing
from ._invoice_status import finalize_invoice
from ._invoices import new_invoice
from ._listing import Listing, list_handler
from ._money import plain, times, unit_amount
from ._objects import customer_or_stub, expand_paths, invoice_view, merged_metadata
from ._pagination import list_page
from ._pdf import quote_pdf
from ._quote_discounts import apply_discounts, redeem_discounts
from ._quote_store import (
    ACCEPTED,
    CANCELED,
    DRAFT,
    OPEN,
    Quote,
    QuoteLine,
    render_quote,
    render_quote_line,
)
from ._shapes import UNSET
from ._state import FileBody, Finder, JsonObject, RequestContext, State

DAY = 86_400
DEFAULT_EXPIRY_DAYS = 30
DEFAULT_DAYS_UNTIL_DUE = 30
_PLAIN_FIELDS = ("description", "footer", "header")


live_quote = Finder(lambda state: state.quotes, "quote", "quote")


def quote_view(state: State, quote: Quote, expand: AbstractSet[str] = frozenset()) -> JsonObject:
    view = render_quote(quote, with_lines="line_items" in expand)
    # Of the expandable fields only `customer` is expanded, as for invoices.
    if "customer" in expand and quote.customer is not None:
        view["customer"] = customer_or_stub(state, quote.customer)
    return view


def _refuse(quote: Quote, action: str) -> ApiError:
    return ApiError.invalid_request(
        f"This quote cannot be {action} because it has a status of {quote.status}."
    )


def _not_recurring(where: str) -> ApiError:
    return ApiError.invalid_request(
        "FakeStripe does not serve quotes of recurring prices (subscriptions) yet.", param=where
    )


def _price_of(call: RequestContext, given: dict[str, Any], where: str) -> Price:
    if "price" in given and "price_data" in given:
        raise ApiError.exclusive("Send price or price_data, not both.", f"{where}[price_data]")
    if "price" in given:
        price = call.state.prices.get(given["price"])
        if price is None:
            raise ApiError.missing("price", given["price"], f"{where}[price]")
        if not price.active:
            raise ApiError.invalid_request(
                f"Price {price.id} is archived.", param=f"{where}[price]"
            )
    elif "price_data" in given:
        data = given["price_data"]
        if "recurring" in data:
            raise _not_recurring(where)
        unit = unit_amount(data)
        if unit is None:
            raise ApiError.missing_param(f"{where}[price_data][unit_amount]")
        price = Price(
            id=call.new_id("price"),
            created=call.now(),
            currency=str(data["currency"]).lower(),
            product=data["product"],
            unit=unit,
            active=False,  # made for this line only
            tax_behavior=data.get("tax_behavior", "unspecified"),
        )
    else:
        raise ApiError.missing_param(f"{where}[price]")
    if price.recurring is not None:
        raise _not_recurring(where)
    if price.unit is None:
        raise ApiError.invalid_request(
            f"Price {price.id} has no unit amount (tiered or customer-chosen).", param=where
        )
    return price


def _line(call: RequestContext, quote: Quote, given: dict[str, Any], where: str) -> QuoteLine:
    for name in ("discounts", "tax_rates"):
        if name in given:
            raise ApiError.invalid_request(
                f"FakeStripe does not serve {name} on quote lines yet.", param=f"{where}[{name}]"
            )
    existing = next((line for line in quote.lines if line.id == given.get("id")), None)
    if "id" in given and existing is None:
        raise ApiError.missing("line item", given["id"], f"{where}[id]")
    if existing is not None and not ("price" in given or "price_data" in given):
        price = existing.price
    else:
        price = _price_of(call, given, where)
    quantity = given.get("quantity", existing.quantity if existing else 1)
    if quantity < 0:
        raise ApiError.invalid_request("Quantity cannot be negative.", param=f"{where}[quantity]")
    assert price.unit is not None  # checked by _price_of
    product = call.state.products.get(price.product)
    return QuoteLine(
        id=existing.id if existing else call.new_id("li"),
        price=price,
        quantity=quantity,
        amount=times(Decimal(quantity), price.unit, f"{where}[quantity]"),
        description=product.name if product else None,
    )


def _apply(call: RequestContext, quote: Quote, params: dict[str, Any]) -> None:
    state = call.state
    if "customer" in params:
        quote.customer = live_customer(state, params["customer"]).id
    if "line_items" in params:
        lines = [
            _line(call, quote, given, f"line_items[{i}]")
            for i, given in enumerate(params["line_items"])
        ]
        currencies = {line.price.currency for line in lines}
        if len(currencies) > 1:
            raise ApiError.invalid_request(
                "All of a quote's prices must be in one currency.", param="line_items"
            )
        quote.lines = lines
        quote.currency = currencies.pop() if currencies else quote.currency
    for name in _PLAIN_FIELDS:
        if name in params:
            setattr(quote, name, None if params[name] is UNSET else params[name])
    if "metadata" in params:
        quote.metadata = merged_metadata(quote.metadata, params["metadata"])
    if "expires_at" in params:
        quote.expires_at = params["expires_at"]
    if "collection_method" in params:
        quote.collection_method = params["collection_method"]
    days = (params.get("invoice_settings") or {}).get("days_until_due")
    if days is not None:
        quote.days_until_due = days
    if quote.collection_method == "send_invoice" and quote.days_until_due is None:
        quote.days_until_due = DEFAULT_DAYS_UNTIL_DUE
    apply_discounts(call, quote, params)


def create(call: RequestContext, ids: dict[str, str], params: dict[str, Any]) -> JsonObject:
    now = call.now()
    quote = Quote(id=call.new_id("qt"), created=now, expires_at=now + DEFAULT_EXPIRY_DAYS * DAY)
    _apply(call, quote, params)
    call.state.quotes[quote.id] = quote
    call.emit("quote.created", render_quote(quote))
    return quote_view(call.state, quote, expand_paths(params, in_list=False))


def retrieve(call: RequestContext, ids: dict[str, str], params: dict[str, Any]) -> JsonObject:
    quote = live_quote(call.state, ids["quote"])
    return quote_view(call.state, quote, expand_paths(params, in_list=False))


def update(call: RequestContext, ids: dict[str, str], params: dict[str, Any]) -> JsonObject:
    quote = live_quote(call.state, ids["quote"])
    if quote.status != DRAFT:
        raise _refuse(quote, "updated")
    # Changes go to a copy first so a refused update leaves the quote as it was.
    changed = copy.deepcopy(quote)
    _apply(call, changed, params)
    call.state.quotes[quote.id] = changed
    return quote_view(call.state, changed, expand_paths(params, in_list=False))


def finalize(call: RequestContext, ids: dict[str, str], params: dict[str, Any]) -> JsonObject:
    state = call.state
    quote = live_quote(state, ids["quote"])
    if quote.status != DRAFT:
        raise _refuse(quote, "finalized")
    if quote.customer is None:
        raise ApiError.invalid_request(
            "A quote needs a customer before it can be finalized.", param="customer"
        )
    if not quote.lines:
        raise ApiError.invalid_request("A quote needs line items before it can be finalized.")
    if "expires_at" in params:
        quote.expires_at = params["expires_at"]
    if quote.expires_at <= call.now():
        raise ApiError.invalid_request(
            "The quote's expires_at must be in the future.", param="expires_at"
        )
    sequence = 1 + sum(1 for q in state.quotes.values() if q.number is not None)
    quote.number = f"QT-{sequence:04d}"
    quote.status = OPEN
    quote.finalized_at = call.now()
    call.emit("quote.finalized", render_quote(quote))
    return quote_view(state, quote, expand_paths(params, in_list=False))


def _invoice_for(call: RequestContext, quote: Quote, discount_ids: list[str]) -> str:
    """A draft invoice of the quote's lines (and discounts) for its customer, then
    finalized."""
    state = call.state
    assert quote.customer is not None and quote.currency is not None  # finalized quotes have
    customer = live_customer(state, quote.customer)
    invoice = new_invoice(call, call.new_id("in"), customer, quote.currency)
    invoice.quote = quote.id
    invoice.discounts = discount_ids
    invoice.collection_method = quote.collection_method
    invoice.description = quote.description
    invoice.footer = quote.footer
    if quote.days_until_due is not None and quote.collection_method == "send_invoice":
        invoice.due_date = invoice.created + quote.days_until_due * DAY
    state.invoices[invoice.id] = invoice
    for line in quote.lines:
        item = new_invoice_item(call, customer.id)
        assert line.price.unit is not None
        item.amount = item.net_amount = line.amount
        item.currency = line.price.currency
        item.quantity, item.quantity_decimal = line.quantity, str(line.quantity)
        item.pricing = Pricing(plain(line.price.unit), line.price.id, line.price.product)
        item.description = line.description
        state.invoice_items[item.id] = item
        attach(state, invoice, item, call)
    call.emit("invoice.created", invoice_view(state, invoice))
    finalize_invoice(call, invoice)
    return invoice.id


def accept(call: RequestContext, ids: dict[str, str], params: dict[str, Any]) -> JsonObject:
    state = call.state
    quote = live_quote(state, ids["quote"])
    if quote.status != OPEN:
        raise _refuse(quote, "accepted")
    quote.invoice = _invoice_for(call, quote, redeem_discounts(call, quote))
    quote.status = ACCEPTED
    quote.accepted_at = call.now()
    call.emit("quote.accepted", render_quote(quote))
    return quote_view(state, quote, expand_paths(params, in_list=False))


def cancel(call: RequestContext, ids: dict[str, str], params: dict[str, Any]) -> JsonObject:
    state = call.state
    quote = live_quote(state, ids["quote"])
    if quote.status not in (DRAFT, OPEN):
        raise _refuse(quote, "canceled")
    quote.status = CANCELED
    quote.canceled_at = call.now()
    call.emit("quote.canceled", render_quote(quote))
    return quote_view(state, quote, expand_paths(params, in_list=False))


def expire_due(call: RequestContext) -> None:
    """Open quotes whose `expires_at` has passed are canceled then (before any request sees
    them), as Stripe does."""
    now = call.now()
    for quote in call.state.quotes.values():
        if quote.status == OPEN and quote.expires_at <= now:
            quote.status = CANCELED
            quote.canceled_at = quote.expires_at
            call.emit("quote.canceled", render_quote(quote))


def _lines_page(call: RequestContext, quote: Quote, params: dict[str, Any], url: str) -> JsonObject:
    return list_page(quote.lines, params, url, "line item", render_quote_line, lambda line: line.id)


def list_line_items(
    call: RequestContext, ids: dict[str, str], params: dict[str, Any]
) -> JsonObject:
    quote = live_quote(call.state, ids["quote"])
    return _lines_page(call, quote, params, f"/v1/quotes/{quote.id}/line_items")


def list_computed_upfront_line_items(
    call: RequestContext, ids: dict[str, str], params: dict[str, Any]
) -> JsonObject:
    # One-time prices only: every line is paid up front.
    quote = live_quote(call.state, ids["quote"])
    return _lines_page(call, quote, params, f"/v1/quotes/{quote.id}/computed_upfront_line_items")


def pdf(call: RequestContext, ids: dict[str, str], params: dict[str, Any]) -> FileBody:
    quote = live_quote(call.state, ids["quote"])
    if quote.status == DRAFT:
        raise ApiError.invalid_request("Only a finalized quote has a PDF; finalize it first.")
    return FileBody(quote_pdf(quote), "application/pdf")


list_all = list_handler(
    Listing(
        "/v1/quotes",
        "quote",
        "quotes",
        quote_view,
        equal=("customer", "status", "test_clock"),
    )
)


__all__ = [
    "accept",
    "cancel",
    "create",
    "expire_due",
    "finalize",
    "list_all",
    "list_computed_upfront_line_items",
    "list_line_items",
    "live_quote",
    "pdf",
    "retrieve",
    "update",
]
