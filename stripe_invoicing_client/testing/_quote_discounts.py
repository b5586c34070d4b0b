"""A quote's discounts (`discounts`: coupons, promotion codes, existing discounts): checked
when set, shown in its totals and lines (`_quote_math` works out what they take off), and
redeemed (counted, checked again) when it is accepted, what it becomes (its invoice, or its
subscription: `_quote_accept`) carrying them."""

from __future__ import annotations

import copy
from typing import Any

from ._catalog_store import Discount
from ._coupons import redeem, redeemable
from ._invoice_math import discounts
from ._promotion_codes import redeem_code
from ._quote_store import Quote
from ._state import RequestContext


def apply_discounts(call: RequestContext, quote: Quote, params: dict[str, Any]) -> None:
    """Sets `discounts` if given (`""` clears them)."""
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
        quote.discounts = [call.state.discounts[d] for d in found]


def copy_discounts(call: RequestContext, source: Quote, quote: Quote) -> None:
    """A clone's discounts (`from_quote`): the source's, as new discounts of the clone."""
    state = call.state
    quote.discounts = []
    for original in source.discounts:
        discount = copy.deepcopy(original)
        discount.id = call.new_id("di")
        discount.start = call.now()
        state.discounts[discount.id] = discount
        quote.discounts.append(discount)


def redeem_discounts(call: RequestContext, quote: Quote) -> list[str]:
    """Redeems the quote's discounts as it is accepted: all are checked first (a 400 if one
    no longer can be, nothing counted), then counted. Answers their ids, for what the quote
    becomes."""
    for record in (False, True):
        for index, discount in enumerate(quote.discounts):
            _redeem(call, quote, discount, f"discounts[{index}]", record=record)
    return [discount.id for discount in quote.discounts]


def _redeem(
    call: RequestContext, quote: Quote, discount: Discount, where: str, *, record: bool
) -> None:
    state = call.state
    if discount.promotion_code is not None:
        redeem_code(
            call,
            discount.promotion_code,
            f"{where}[promotion_code]",
            record=record,
            customer=quote.customer,
            currency=quote.currency,
            amount=quote.amount,
        )
    elif discount.coupon.id in state.coupons:
        coupon = state.coupons[discount.coupon.id]
        if record or not redeemable(call, coupon):
            redeem(call, coupon, f"{where}[coupon]")  # refuses, uncounted, one that can't be


__all__ = ["apply_discounts", "copy_discounts", "redeem_discounts"]
