"""`add_invoice_items` of a new subscription: one-time prices billed once, on its first invoice
(pending items of the subscription until that invoice pulls them in), taxed at their own
`tax_rates` or else the subscription's default ones."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from attrs import define, field

from ._billing import named_price, new_invoice_item, pricing_of
from ._catalog_store import TaxRate, price_amount
from ._errors import ApiError
from ._invoice_item_store import InvoiceItem, Pricing, render_invoice_item
from ._invoice_math import tax_rates
from ._money import plain, times, unit_amount
from ._shapes import UNSET
from ._state import RequestContext
from ._subscription_store import Subscription


def _one_time(
    call: RequestContext, given: dict[str, Any], where: str, quantity: int
) -> tuple[int, Pricing, str]:
    """The amount for `quantity`, pricing and currency of one entry: a one-time price by id,
    or `price_data`."""
    price = named_price(call, given, where)
    if price is not None:
        # Prices registered with `FakeStripe.create_price` are one-time here.
        if not price.bills_quantity or (price.recurring is not None and not price.registered):
            raise ApiError.invalid_request(
                f"The price {price.id} must be a one-time price with its own amounts.",
                param=f"{where}[price]",
            )
        amount = price_amount(price, Decimal(quantity), where)
        return amount, pricing_of(price), price.currency
    data = given["price_data"]
    unit = unit_amount(data)
    if unit is None:
        raise ApiError.missing_param(f"{where}[price_data][unit_amount]")
    pricing = Pricing(plain(unit), call.new_id("price"), data["product"])
    return times(Decimal(quantity), unit, where), pricing, str(data["currency"]).lower()


@define
class Planned:
    """One `add_invoice_items` entry, checked: what its invoice item will be."""

    pricing: Pricing
    quantity: int
    amount: int
    tax_rates: list[TaxRate] = field(factory=list)


def plan_invoice_items(
    call: RequestContext, subscription: Subscription, given: list[dict[str, Any]]
) -> list[Planned]:
    """Checks every entry (a 400 naming the first refused), changing nothing."""
    planned = []
    for index, entry in enumerate(given):
        where = f"add_invoice_items[{index}]"
        quantity = int(entry.get("quantity", 1))
        if quantity < 0:
            raise ApiError.invalid_request(
                "Quantity cannot be negative.", param=f"{where}[quantity]"
            )
        amount, pricing, currency = _one_time(call, entry, where, quantity)
        if currency != subscription.currency:
            raise ApiError.invalid_request(
                f"The price's currency ({currency}) differs from the subscription's "
                f"({subscription.currency}).",
                param=where,
            )
        rates = tax_rates(call.state, entry.get("tax_rates", UNSET), f"{where}[tax_rates]")
        planned.append(Planned(pricing, quantity, amount, rates))
    return planned


def add_invoice_items(
    call: RequestContext, subscription: Subscription, planned: list[Planned]
) -> list[InvoiceItem]:
    """Makes the planned items (pending, for the first invoice)."""
    made = []
    for entry in planned:
        item = new_invoice_item(call, subscription.customer)
        item.amount = item.net_amount = entry.amount
        item.currency = subscription.currency
        item.quantity, item.quantity_decimal = entry.quantity, str(entry.quantity)
        item.pricing = entry.pricing
        item.tax_rates = entry.tax_rates
        product = call.state.products.get(entry.pricing.product or "")
        item.description = product.name if product else None
        item.subscription = subscription.id
        call.state.invoice_items[item.id] = item
        call.emit("invoiceitem.created", render_invoice_item(item))
        made.append(item)
    return made


__all__ = ["Planned", "add_invoice_items", "plan_invoice_items"]
