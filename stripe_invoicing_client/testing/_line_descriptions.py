"""What a subscription's invoice line says (its `description`), as Stripe's answers write it.

The wording comes from Stripe answers captured in public repositories (invoices, previews and
events, 2020 on), not from Stripe's docs, which don't describe it:

- a period billed: the quantity, a multiplication sign (`TIMES`, not an ASCII x), the
  product's name (never the price's nickname) and, for a licensed per-unit price, its unit
  amount and interval: "2 TIMES Team plan (at $30.00 / month)", "1 TIMES Team plan (at
  €90.00 / every 3 months)";
- a proration: "Unused time on" (a credit) or "Remaining time on" (a charge), the quantity
  and the sign only when it is more than one, the product's name, and the day the prorated
  time starts: "Remaining time on 3 TIMES Team plan after 15 Jan 2026" (the day in UTC:
  every captured date agrees with it);
- a trial's free period: "Trial period for Team plan".

The "(at ...)" part is left off where no captured answer shows how it reads: metered or
tiered prices, fractional unit amounts, transformed quantities, currencies not in
`_AMOUNT_PREFIXES`, intervals of days or weeks, or of several years.
"""

from __future__ import annotations

from datetime import datetime, timezone
from decimal import Decimal
from typing import Literal

from ._money import plain
from ._state import JsonObject, State
from ._subscription_store import SubscriptionItem
from ._tiers import TIERED

TIMES = "\N{MULTIPLICATION SIGN}"
# What goes before a unit amount, by currency: only the forms captured answers show.
_AMOUNT_PREFIXES = {"aud": "$", "chf": "CHF ", "eur": "€", "usd": "$"}
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def describe(
    state: State,
    item: SubscriptionItem,
    quantity: Decimal | None = None,
    *,
    proration: Literal["Unused", "Remaining"] | None = None,
    after: int = 0,
) -> str:
    """The line for `quantity` (else the item's) of the item's price for a period; with
    `proration`, the item's unused (credited) or remaining (charged) time from `after` on."""
    count = str(item.quantity) if quantity is None else plain(quantity)
    name = product_name(state, item.price)
    if proration is None:
        return f"{count} {TIMES} {name}{_unit_amount(item.price)}"
    day = datetime.fromtimestamp(after, tz=timezone.utc)
    what = name if count == "1" else f"{count} {TIMES} {name}"
    return f"{proration} time on {what} after {day.day:02d} {_MONTHS[day.month - 1]} {day.year}"


def describe_trial(state: State, item: SubscriptionItem) -> str:
    """A trial's free line: the trial and the product's name."""
    return f"Trial period for {product_name(state, item.price)}"


def product_name(state: State, price: JsonObject) -> str:
    """The name of the price's product; its id when the fake has no such product."""
    product = state.products.get(price["product"])
    return str(price["product"]) if product is None else product.name


def _unit_amount(price: JsonObject) -> str:
    """ " (at $30.00 / month)", or nothing where no captured answer shows the form."""
    recurring = price.get("recurring") or {}
    prefix = _AMOUNT_PREFIXES.get(price["currency"])
    unit = price.get("unit_amount")
    if (
        prefix is None
        or not isinstance(unit, int)
        or price.get("billing_scheme") == TIERED
        or recurring.get("usage_type") == "metered"
        or price.get("transform_quantity")
    ):
        return ""
    interval, count = recurring.get("interval"), recurring.get("interval_count", 1)
    if interval == "month":
        per = "month" if count == 1 else f"every {count} months"
    elif interval == "year" and count == 1:
        per = "year"
    else:
        return ""
    return f" (at {prefix}{Decimal(unit).scaleb(-2):,.2f} / {per})"


__all__ = ["TIMES", "describe", "describe_trial", "product_name"]
