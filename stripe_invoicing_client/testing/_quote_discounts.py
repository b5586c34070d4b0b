"""A quote's discounts (`discounts`: coupons, promotion codes, existing discounts): checked
when set, shown in its totals, and redeemed (counted, checked again) when it is accepted, what
it becomes (its invoice, or its subscription: `_quote_accept`) carrying them."""

from __future__ import annotations

import copy
from typing import Any

from ._catalog_store import Discount
from ._coupons import redeem, redeemable
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
    currency = quote.currency or ""
    left, left_recurring = quote.amount, quote.recurring_amount
    for entry in quote.discounts:
        coupon = entry.discount.coupon
        entry.amount = coupon_off(coupon, left, currency)
        left -= entry.amount
        # A period of the recurring lines: only what lasts counts (`computed.recurring`).
        lasting = coupon.duration == "forever"
        entry.recurring_amount = coupon_off(coupon, left_recurring, currency) if lasting else 0
        left_recurring -= entry.recurring_amount


def copy_discounts(call: RequestContext, source: Quote, quote: Quote) -> None:
    """A clone's discounts (`from_quote`): the source's, as new discounts of the clone (what
    they take off is worked out again for its lines)."""
    state = call.state
    quote.discounts = []
    for entry in source.discounts:
        discount = copy.deepcopy(entry.discount)
        discount.id = call.new_id("di")
        discount.start = call.now()
        state.discounts[discount.id] = discount
        quote.discounts.append(QuoteDiscount(discount, 0))


def redeem_discounts(call: RequestContext, quote: Quote) -> list[str]:
    """Redeems the quote's discounts as it is accepted: all are checked first (a 400 if one
    no longer can be, nothing counted), then counted. Answers their ids, for what the quote
    becomes."""
    for record in (False, True):
        for index, entry in enumerate(quote.discounts):
            _redeem(call, quote, entry.discount, f"discounts[{index}]", record=record)
    return [entry.discount.id for entry in quote.discounts]


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
