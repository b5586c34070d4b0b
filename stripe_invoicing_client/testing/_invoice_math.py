"""Discounts and taxes: from line amounts to an invoice's totals.

Per line, in this order:

1. the line's own discounts (coupons on the invoice item), each on what is left of the line;
2. the invoice's discounts, over its discountable lines: a percentage on each line, an amount
   shared among the lines in proportion to what is left of them (the last takes the cent left
   over by rounding);
3. taxes on what remains, from the line's tax rates or else the invoice's default ones. Inclusive
   rates are already inside that amount: the net is `remaining / (1 + sum of inclusive rates)`,
   and each inclusive tax its share of the difference. Exclusive rates are added on the net.

Then `subtotal` is the lines after their own discounts, `total_excluding_tax` takes off the
invoice's discounts and the inclusive taxes, and `total` adds the exclusive taxes back to what
the discounts left (`total = subtotal - invoice discounts + exclusive taxes`). Amounts round
half up to whole units of the currency.
"""

from __future__ import annotations

import copy
from decimal import ROUND_HALF_UP, Decimal
from typing import TYPE_CHECKING, Any, TypedDict

from ._catalog_store import Coupon, Discount, TaxRate
from ._coupons import live_coupon, redeem
from ._customer_store import Customer, customer_discounts_for_invoice
from ._errors import ApiError
from ._invoice_item_store import InvoiceItem
from ._invoice_store import DiscountAmount, Invoice, LineMath, Tax, Totals
from ._promotion_codes import redeem_code
from ._shapes import UNSET
from ._state import JsonObject, RequestContext, State
from ._tax_rates import live_tax_rate

if TYPE_CHECKING:
    from typing_extensions import Unpack  # `typing`'s from Python 3.11; annotations only


def add_by_rate(by_rate: dict[str, JsonObject], tax: JsonObject) -> None:
    """Adds one tax amount to the total for its rate (`total_taxes` lists one per rate)."""
    rate_id = tax["tax_rate_details"]["tax_rate"]
    if rate_id in by_rate:
        by_rate[rate_id]["amount"] += tax["amount"]
        by_rate[rate_id]["taxable_amount"] += tax["taxable_amount"]
    else:
        by_rate[rate_id] = dict(tax)


def _round(value: Decimal) -> int:
    return int(value.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def _param(prefix: str, name: str) -> str:
    return f"{prefix}[{name}]" if prefix else name


# -- parameters: tax rates and discounts on items, lines and invoices --------------------------


class DiscountOwner(TypedDict, total=False):
    """What the discounts made are applied to: the `Discount` fields of these names."""

    customer: str | None
    invoice: str | None
    invoice_item: str | None
    subscription: str | None
    subscription_item: str | None


def tax_rates(state: State, given: Any, param: str) -> list[TaxRate]:
    """The tax rates `given` ids name, as they are now (`""` clears them). A `TaxRate` given
    (what a schedule's phase or a quote kept when it was set) is taken as it is: a rate
    archived since still taxes what already has it."""
    if given is UNSET:
        return []
    found = []
    for index, rate_id in enumerate(given):
        if isinstance(rate_id, TaxRate):
            found.append(copy.deepcopy(rate_id))
            continue
        rate = live_tax_rate(state, rate_id, f"{param}[{index}]")
        if not rate.active:
            raise ApiError.invalid_request(
                f"Tax rate {rate_id} is archived (active=false).", param=f"{param}[{index}]"
            )
        found.append(copy.deepcopy(rate))
    return found


def discounts(
    call: RequestContext,
    given: Any,
    param: str,
    *,
    record: bool,
    amount: int | None = None,
    currency: str | None = None,
    **owner: Unpack[DiscountOwner],
) -> list[str]:
    """Discount ids for the `discounts` parameter (`[{coupon}, {discount}, {promotion_code}]`,
    `""` clears).

    A coupon or promotion code makes a new discount, redeeming it, when `record` (not for
    previews). A promotion code is checked against the owner's customer, and its minimum
    against `amount` in `currency` (what the owner comes to before discounts)."""
    if given is UNSET:
        return []
    state = call.state
    found: list[str] = []
    for index, entry in enumerate(given):
        where = f"{param}[{index}]"
        code = None
        sent = [name for name in ("coupon", "discount", "promotion_code") if name in entry]
        if len(sent) > 1:
            raise ApiError.exclusive(
                "Send one of coupon, discount or promotion_code in each entry.",
                f"{where}[{sent[-1]}]",
            )
        if "discount" in entry:
            if entry["discount"] not in state.discounts:
                raise ApiError.missing("discount", entry["discount"], f"{where}[discount]")
            found.append(entry["discount"])
            continue
        if "coupon" in entry:
            coupon = live_coupon(state, entry["coupon"], f"{where}[coupon]")
            if record:
                redeem(call, coupon, f"{where}[coupon]")
        elif "promotion_code" in entry:
            code, coupon = redeem_code(
                call,
                entry["promotion_code"],
                f"{where}[promotion_code]",
                record=record,
                customer=owner.get("customer"),
                currency=currency,
                amount=amount,
                invoice=owner.get("invoice"),
            )
        else:
            raise ApiError.missing_param(f"{where}[coupon]")
        discount = Discount(
            id=call.new_id("di"),
            start=call.now(),
            coupon=copy.deepcopy(coupon),
            customer=owner.get("customer"),
            invoice=owner.get("invoice"),
            invoice_item=owner.get("invoice_item"),
            subscription=owner.get("subscription"),
            subscription_item=owner.get("subscription_item"),
            promotion_code=None if code is None else code.id,
        )
        state.discounts[discount.id] = discount
        found.append(discount.id)
    return found


def apply_to_item(
    call: RequestContext, item: InvoiceItem, params: dict[str, Any], prefix: str, *, record: bool
) -> None:
    """`tax_rates` and `discounts` of an invoice item or line."""
    if "tax_rates" in params:
        item.tax_rates = tax_rates(call.state, params["tax_rates"], _param(prefix, "tax_rates"))
    if "discounts" in params:
        item.discounts = discounts(
            call,
            params["discounts"],
            _param(prefix, "discounts"),
            record=record,
            amount=item.amount,
            currency=item.currency,
            customer=item.customer,
            invoice_item=item.id,
        )


def apply_to_invoice(
    call: RequestContext,
    invoice: Invoice,
    params: dict[str, Any],
    *,
    record: bool = True,
    pending_amount: int = 0,
    inheriting_from: Customer | None = None,
) -> None:
    """`default_tax_rates` and `discounts` of an invoice (`pending_amount`: what the items
    about to be pulled in come to, for a promotion code's minimum). A new invoice without
    `discounts` inherits those of its customer (`inheriting_from`); `""` inherits none."""
    if "default_tax_rates" in params:
        invoice.default_tax_rates = tax_rates(
            call.state, params["default_tax_rates"], "default_tax_rates"
        )
    if "discounts" in params:
        invoice.discounts = discounts(
            call,
            params["discounts"],
            "discounts",
            record=record,
            amount=pending_amount
            + sum(call.state.invoice_items[i].amount or 0 for i in invoice.item_ids()),
            currency=invoice.currency,
            customer=invoice.customer,
            invoice=invoice.id,
        )
    elif inheriting_from is not None:
        invoice.discounts = customer_discounts_for_invoice(inheriting_from, invoice.period_start)


# -- the arithmetic ----------------------------------------------------------------------------


def _coupon_of(state: State, discount_id: str) -> Coupon | None:
    discount = state.discounts.get(discount_id)
    return None if discount is None else discount.coupon


def _off(coupon: Coupon, amount: int, currency: str) -> int:
    """What `coupon` takes off `amount` on its own (amount-off coupons of another currency
    take nothing)."""
    if coupon.percent_off is not None:
        return min(amount, _round(Decimal(amount) * Decimal(str(coupon.percent_off)) / 100))
    if coupon.currency != currency or coupon.amount_off is None:
        return 0
    return min(amount, int(coupon.amount_off))


def _share(total: int, weights: list[int]) -> list[int]:
    """`total` split in proportion to `weights`; the last takes what rounding leaves."""
    whole = sum(weights)
    if whole <= 0:
        return [0 for _ in weights]
    parts = [_round(Decimal(total) * w / whole) for w in weights[:-1]]
    return [*parts, total - sum(parts)]


def _taxes(rates: list[TaxRate], amount: int) -> list[Tax]:
    inclusive = [r for r in rates if r.inclusive]
    inclusive_pct = sum(Decimal(str(r.percentage)) for r in inclusive)
    net = _round(Decimal(amount) * 100 / (100 + inclusive_pct)) if inclusive else amount
    shares = _share(amount - net, [_round(Decimal(str(r.percentage)) * 1000) for r in inclusive])
    out: list[Tax] = []
    for rate, share in zip(inclusive, shares, strict=True):
        out.append(_tax(rate, share, net))
    for rate in rates:
        if not rate.inclusive:
            out.append(_tax(rate, _round(Decimal(net) * Decimal(str(rate.percentage)) / 100), net))
    return out


def _tax(rate: TaxRate, amount: int, taxable: int) -> Tax:
    return Tax(rate.id, rate.inclusive, amount, taxable)


def compute(
    state: State, invoice: Invoice, items: list[InvoiceItem]
) -> tuple[dict[str, LineMath], Totals]:
    """Each item's discounts and taxes, and the invoice's totals that follow from them."""
    return compute_lines(
        state, invoice.currency, invoice.discounts, invoice.default_tax_rates, items
    )


def compute_lines(
    state: State,
    currency: str,
    invoice_discounts: list[str],
    default_tax_rates: list[TaxRate],
    items: list[InvoiceItem],
) -> tuple[dict[str, LineMath], Totals]:
    """`compute` for lines under an invoice's discounts and default tax rates (a quote's
    totals are what the invoice it becomes would compute)."""
    math = {item.id: LineMath() for item in items}
    left = {item.id: int(item.amount or 0) for item in items}
    for item in items:
        for discount_id in item.discounts:
            coupon = _coupon_of(state, discount_id)
            if coupon is None:
                continue
            off = _off(coupon, max(left[item.id], 0), currency)
            math[item.id].discount_amounts.append(DiscountAmount(discount_id, off))
            left[item.id] -= off
    subtotal = sum(left.values())
    eligible = [i for i in items if i.discountable and left[i.id] > 0]
    off_invoice = 0
    for discount_id in invoice_discounts:
        coupon = _coupon_of(state, discount_id)
        if coupon is None:
            continue
        if coupon.percent_off is not None:
            offs = [_off(coupon, left[i.id], currency) for i in eligible]
        else:
            total_off = _off(coupon, sum(left[i.id] for i in eligible), currency)
            offs = _share(total_off, [left[i.id] for i in eligible])
        for item, off in zip(eligible, offs, strict=True):
            math[item.id].discount_amounts.append(DiscountAmount(discount_id, off))
            left[item.id] -= off
        off_invoice += sum(offs)
    for item in items:
        rates = item.tax_rates or default_tax_rates
        math[item.id].taxes = _taxes(rates, left[item.id]) if rates else []
    return math, _totals([math[item.id] for item in items], subtotal, off_invoice)


def _totals(lines: list[LineMath], subtotal: int, off_invoice: int) -> Totals:
    inclusive = exclusive = 0
    by_rate: dict[str, Tax] = {}
    all_discounts: dict[str, int] = {}
    for line in lines:
        for entry in line.discount_amounts:
            all_discounts[entry.discount] = all_discounts.get(entry.discount, 0) + entry.amount
        for tax in line.taxes:
            if tax.inclusive:
                inclusive += tax.amount
            else:
                exclusive += tax.amount
            found = by_rate.get(tax.rate_id)
            by_rate[tax.rate_id] = tax if found is None else found.plus(tax)
    return Totals(
        subtotal=subtotal,
        subtotal_excluding_tax=subtotal - inclusive,
        total_excluding_tax=subtotal - off_invoice - inclusive,
        total=subtotal - off_invoice + exclusive,
        discount_amounts=all_discounts,
        taxes=list(by_rate.values()),
    )


__all__ = [
    "add_by_rate",
    "apply_to_invoice",
    "apply_to_item",
    "compute",
    "compute_lines",
    "discounts",
    "tax_rates",
]
