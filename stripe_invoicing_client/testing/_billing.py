"""Shared money rules: new invoices and items, what an item costs, which invoice holds it,
and invoice totals."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from ._catalog_store import Price, price_amount
from ._customer_store import Customer
from ._errors import ApiError
from ._invoice_item_store import InvoiceItem, Pricing
from ._invoice_math import apply_to_item, compute
from ._invoice_store import Invoice
from ._money import amount as checked_amount
from ._money import plain, times, unit_amount
from ._objects import contact_details, merged_metadata
from ._state import RequestContext, State, clock_of_customer

_PRICE_SOURCES = ("amount", "price_data", "pricing", "unit_amount_decimal")


def _param(prefix: str, name: str) -> str:
    """`amount` inside `lines[0]` is `lines[0][amount]`."""
    if not prefix:
        return name
    head, bracket, rest = name.partition("[")
    return f"{prefix}[{head}]{bracket}{rest}"


def _quantity(item: InvoiceItem, params: dict[str, Any], prefix: str) -> Decimal:
    """The quantity sent (`quantity` or `quantity_decimal`), else the item's current one."""
    if "quantity" in params and "quantity_decimal" in params:
        raise ApiError.exclusive(
            "Send quantity or quantity_decimal, not both.", _param(prefix, "quantity_decimal")
        )
    if "quantity_decimal" in params:
        name, quantity = "quantity_decimal", Decimal(params["quantity_decimal"])
    elif "quantity" in params:
        name, quantity = "quantity", Decimal(params["quantity"])
    else:
        return Decimal(item.quantity_decimal or 1)
    if quantity < 0:
        raise ApiError.invalid_request("Quantity cannot be negative.", param=_param(prefix, name))
    return quantity


def apply_pricing(
    call: RequestContext,
    item: InvoiceItem,
    params: dict[str, Any],
    prefix: str = "",
    *,
    record: bool = True,
) -> None:
    """Sets `amount`, `currency`, `quantity` and `pricing` on `item` from whichever of
    `amount`, `price_data`, `pricing[price]` or `unit_amount_decimal` was sent, and its
    `tax_rates` and `discounts` (`_invoice_math`; `record=False` for previews).

    Decimal texts arrive checked (`_money.RULES`); the amount is quantity x unit price,
    rounded as `_money.times` says."""
    given = [name for name in _PRICE_SOURCES if name in params]
    if len(given) > 1:
        raise ApiError.exclusive(
            f"Only one of {', '.join(given)} may be sent.", _param(prefix, given[1])
        )
    quantity = _quantity(item, params, prefix)
    item.quantity = int(quantity.to_integral_value(rounding=ROUND_HALF_UP))
    item.quantity_decimal = plain(quantity)
    currency = params.get("currency")
    source = given[0] if given else None
    if source == "amount":
        item.amount = params["amount"]
        item.pricing = None
    elif source == "price_data":
        data = params["price_data"]
        where = _param(prefix, "price_data[unit_amount_decimal]")
        if "unit_amount" in data and "unit_amount_decimal" in data:
            raise ApiError.exclusive("Send unit_amount or unit_amount_decimal, not both.", where)
        unit = unit_amount(data)
        if unit is None:
            raise ApiError.invalid_request(
                "Missing required param: price_data[unit_amount].",
                param=_param(prefix, "price_data[unit_amount]"),
                code="parameter_missing",
            )
        currency = data["currency"]
        product = data.get("product") or call.new_id("prod")
        item.amount = times(quantity, unit, where)
        item.pricing = Pricing(plain(unit), call.new_id("price"), product)
    elif source == "pricing":
        price_id = params["pricing"].get("price")
        found = call.state.prices.get(price_id or "")
        if found is None:
            raise ApiError.missing("price", price_id or "", _param(prefix, "pricing[price]"))
        _check_bills(found, _param(prefix, "pricing[price]"))
        currency = found.currency
        item.amount = price_amount(found, quantity, _param(prefix, "quantity"))
        item.pricing = pricing_of(found)
    elif source == "unit_amount_decimal":
        unit = Decimal(params["unit_amount_decimal"])
        item.amount = times(quantity, unit, _param(prefix, "unit_amount_decimal"))
        item.pricing = Pricing(plain(unit))
    elif ("quantity" in params or "quantity_decimal" in params) and item.pricing:
        item.amount = _requantified(call.state, item.pricing, quantity, _param(prefix, "quantity"))
    elif item.amount is None:
        raise ApiError.invalid_request(
            "Missing required param: amount (or price_data, or pricing[price]).",
            param=_param(prefix, "amount"),
            code="parameter_missing",
        )
    checked_amount(item.amount, _param(prefix, source or "amount"))
    if currency is not None:
        item.currency = currency.lower()
    item.net_amount = item.amount
    apply_to_item(call, item, params, prefix, record=record)


def _check_bills(price: Price, param: str) -> None:
    """A refusal for a price that can't bill a line: customer-chosen, or archived."""
    if not price.bills_quantity:
        raise ApiError.invalid_request(
            f"Price {price.id} is customer-chosen (custom_unit_amount): pass an amount.",
            param=param,
        )
    if not price.active:
        raise ApiError.invalid_request(f"Price {price.id} is archived.", param=param)


def pricing_of(price: Price) -> Pricing:
    """An item's pricing from a price: its unit amount, none for a tiered one."""
    unit = None if price.unit is None else plain(price.unit)
    return Pricing(unit, price.id, price.product)


def _requantified(state: State, pricing: Pricing, quantity: Decimal, param: str) -> int:
    """An item's amount for a new quantity: at its unit amount, or by its tiered price."""
    if pricing.unit_amount_decimal is None:
        return price_amount(state.prices[pricing.price or ""], quantity, param)
    return times(quantity, Decimal(pricing.unit_amount_decimal), param)


def apply_item_details(item: InvoiceItem, params: dict[str, Any]) -> None:
    """The descriptive fields an invoice item (or line) takes on create and update."""
    if "description" in params:
        item.description = params["description"]
    if "discountable" in params:
        item.discountable = params["discountable"]
    if "metadata" in params:
        item.metadata = merged_metadata(item.metadata, params["metadata"])
    if "period" in params:
        period = params["period"]
        if period["end"] < period["start"]:
            raise ApiError.invalid_request(
                "The period must not end before it starts.", param="period[end]"
            )
        item.period_start, item.period_end = period["start"], period["end"]


def default_discountable(item: InvoiceItem, params: dict[str, Any]) -> None:
    """A new item not told otherwise: discounts apply unless it is negative (a credit)."""
    if "discountable" not in params:
        item.discountable = (item.amount or 0) >= 0


def apply_item_fields(
    call: RequestContext, item: InvoiceItem, params: dict[str, Any], prefix: str = ""
) -> None:
    """All an invoice item (or line) takes from `params`: its pricing, then its details."""
    apply_pricing(call, item, params, prefix)
    apply_item_details(item, params)


def new_invoice(
    call: RequestContext, customer: Customer, currency: str, prefix: str = "in"
) -> Invoice:
    """A draft for the customer, made now (a preview's has the prefix `upcoming_in`)."""
    return call.new(
        Invoice,
        prefix,
        currency=currency,
        customer=customer.id,
        customer_details=contact_details(customer),
    )


def new_invoice_item(call: RequestContext, customer_id: str) -> InvoiceItem:
    """An item for the customer, made now and on the customer's test clock, if any."""
    now = call.now()
    return InvoiceItem(
        id=call.new_id("ii"),
        customer=customer_id,
        date=now,
        period_start=now,
        period_end=now,
        test_clock=clock_of_customer(call.state, customer_id),
    )


def recompute_totals(state: State, invoice: Invoice) -> None:
    """Totals follow the lines, their discounts and taxes (`_invoice_math`)."""
    items = [state.invoice_items[i] for i in invoice.item_ids()]
    math, invoice.totals = compute(state, invoice, items)
    for line in invoice.lines:
        line.math = math[line.item_id]
    invoice.amount_due = max(invoice.totals.total, 0)
    invoice.amount_remaining = max(invoice.amount_due - invoice.amount_paid, 0)


def pending_for_subscription(item: InvoiceItem, subscription_id: str) -> bool:
    """A pending item an invoice made for the subscription takes in (`invoices.create` with
    `subscription`, an update's, the pending item interval's): one naming it. Stripe's
    invoice for a subscription takes only that subscription's: one naming another, or none,
    stays pending."""
    return item.pending and item.subscription == subscription_id


def attach(state: State, invoice: Invoice, item: InvoiceItem, call: RequestContext) -> None:
    """Puts a pending item on a draft invoice as a new line."""
    if item.currency != invoice.currency:
        raise ApiError.invalid_request(
            f"The item's currency ({item.currency}) differs from the invoice's "
            f"({invoice.currency}).",
            param="currency",
        )
    item.invoice = invoice.id
    invoice.add_line(item.id, call.new_id("il"))
    recompute_totals(state, invoice)


def detach(state: State, item: InvoiceItem) -> None:
    """Takes an item off its invoice; it becomes pending again."""
    invoice = state.invoices.get(item.invoice or "")
    item.invoice = None
    if invoice is not None:
        invoice.remove_line(item.id)
        recompute_totals(state, invoice)


def named_price(call: RequestContext, given: dict[str, Any], where: str) -> Price | None:
    """The stored price an entry names by `price` (a 404 if there is none), or None when it
    sends `price_data` instead; sending both, or neither, is refused."""
    if "price" in given and "price_data" in given:
        raise ApiError.exclusive("Send price or price_data, not both.", f"{where}[price_data]")
    if "price" in given:
        price_id = given["price"]
        found = call.state.prices.get(price_id)
        if found is None:
            raise ApiError.missing("price", price_id, f"{where}[price]")
        return found
    if "price_data" not in given:
        raise ApiError.missing_param(f"{where}[price]")
    return None


__all__ = [
    "apply_item_details",
    "apply_item_fields",
    "apply_pricing",
    "attach",
    "default_discountable",
    "detach",
    "named_price",
    "new_invoice",
    "new_invoice_item",
    "pending_for_subscription",
    "pricing_of",
    "recompute_totals",
]
