"""A quote's `line_items`: each a price (a catalog price by id, or inline `price_data`, one-time
or recurring) times a quantity, with its own `tax_rates` if given (`_quote_math`); all in one
currency, and the recurring ones at one interval (they become one subscription)."""

from __future__ import annotations

import copy
from decimal import Decimal
from typing import Any

from attrs import evolve

from ._billing import named_price
from ._catalog_store import Price, Recurring, price_amount
from ._errors import ApiError
from ._invoice_math import tax_rates
from ._money import unit_amount
from ._quote_store import Quote, QuoteLine
from ._state import RequestContext


def _inline_price(call: RequestContext, data: dict[str, Any], where: str) -> Price:
    unit = unit_amount(data)
    if unit is None:
        raise ApiError.missing_param(f"{where}[price_data][unit_amount]")
    recurring = None
    if "recurring" in data:
        # A subscription bills the product: it must exist.
        if data["product"] not in call.state.products:
            raise ApiError.missing("product", data["product"], f"{where}[price_data][product]")
        given = data["recurring"]
        recurring = Recurring(given["interval"], int(given.get("interval_count", 1)))
    return call.new(
        Price,
        "price",
        currency=str(data["currency"]).lower(),
        product=data["product"],
        unit=unit,
        active=False,  # made for this line only
        recurring=recurring,
        tax_behavior=data.get("tax_behavior", "unspecified"),
    )


def _price_of(call: RequestContext, given: dict[str, Any], where: str) -> Price:
    price = named_price(call, given, where)
    if price is None:
        price = _inline_price(call, given["price_data"], where)
    elif not price.active:
        raise ApiError.invalid_request(f"Price {price.id} is archived.", param=f"{where}[price]")
    if not price.bills_quantity:
        raise ApiError.invalid_request(
            f"Price {price.id} is customer-chosen (custom_unit_amount).", param=where
        )
    if price.recurring is not None and price.recurring.usage_type != "licensed":
        raise ApiError.invalid_request(
            f"Price {price.id} is metered; a quote's recurring prices must be licensed.",
            param=where,
        )
    return price


def _line(call: RequestContext, quote: Quote, given: dict[str, Any], where: str) -> QuoteLine:
    if "discounts" in given:
        raise ApiError.invalid_request(
            "FakeStripe does not serve discounts on quote lines yet.", param=f"{where}[discounts]"
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
    rates = existing.tax_rates if existing else []
    if "tax_rates" in given:
        rates = tax_rates(call.state, given["tax_rates"], f"{where}[tax_rates]")
    product = call.state.products.get(price.product)
    return QuoteLine(
        id=existing.id if existing else call.new_id("li"),
        price=price,
        quantity=quantity,
        amount=price_amount(price, Decimal(quantity), f"{where}[quantity]"),
        description=product.name if product else None,
        tax_rates=rates,
    )


def apply_lines(call: RequestContext, quote: Quote, given: list[dict[str, Any]]) -> None:
    """`line_items` replace the quote's lines (an `id` keeps that line, changed as given)."""
    lines = [_line(call, quote, line, f"line_items[{i}]") for i, line in enumerate(given)]
    currencies = {line.price.currency for line in lines}
    if len(currencies) > 1:
        raise ApiError.invalid_request(
            "All of a quote's prices must be in one currency.", param="line_items"
        )
    intervals = {
        (line.price.recurring.interval, line.price.recurring.interval_count)
        for line in lines
        if line.price.recurring is not None
    }
    if len(intervals) > 1:
        raise ApiError.invalid_request(
            "All of a quote's recurring prices must have the same interval and interval_count "
            "(they make one subscription).",
            param="line_items",
        )
    quote.lines = lines
    quote.currency = currencies.pop() if currencies else quote.currency


def copy_lines(call: RequestContext, source: Quote) -> list[QuoteLine]:
    """The lines of a cloned quote: the same prices and quantities, with ids of their own."""
    return [
        evolve(line, id=call.new_id("li"), tax_rates=copy.deepcopy(line.tax_rates))
        for line in source.lines
    ]


__all__ = ["apply_lines", "copy_lines"]
