"""A quote's discounts (`discounts`: coupons, promotion codes, existing discounts): checked
when set, shown in its totals, and redeemed (counted, checked again) when it is accepted, the
invoice it becomes carrying them."""

from __future__ import annotations

from typing import Any

from ._coupons import redeem
from ._invoice_math import coupon_off, discounts
from ._promotion_codes import redeem_code
from ._quote_store import Quote, QuoteDiscount
from ._state import RequestContext


def apply_discounts(call: RequestContext, quote: Quote, params: dict[str, Any]) -> None:
    """Sets `discounts` if given (`""` clears them), then what each takes off the lines, in
    order, each on what the ones before it left."""
    state = call.state
    if "discounts" in params:
        found = discounts(
            call,
            params["discounts"],
            "discounts",
            record=False,
            amount=quote.amount,
            currency=quote.currency,
            customer=quote.customer,
        )
        quote.discounts = [QuoteDiscount(state.discounts[d], 0) for d in found]
    left = quote.amount
    for entry in quote.discounts:
        entry.amount = coupon_off(entry.discount.coupon, left, quote.currency or "")
        left -= entry.amount


def redeem_discounts(call: RequestContext, quote: Quote) -> list[str]:
    """Redeems the quote's discounts as it is accepted (a 400 if one no longer can be);
    answers their ids, for its invoice."""
    state = call.state
    for index, entry in enumerate(quote.discounts):
        discount = entry.discount
        where = f"discounts[{index}]"
        if discount.promotion_code is not None:
            redeem_code(
                call,
                discount.promotion_code,
                f"{where}[promotion_code]",
                record=True,
                customer=quote.customer,
                currency=quote.currency,
                amount=quote.amount,
            )
        elif discount.coupon.id in state.coupons:
            redeem(call, state.coupons[discount.coupon.id], f"{where}[coupon]")
    return [entry.discount.id for entry in quote.discounts]


__all__ = ["apply_discounts", "redeem_discounts"]
