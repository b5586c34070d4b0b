"""A customer's discount. At the pinned version the customers API can't set one (no `coupon`
or `promotion_code`): it comes from Checkout or the Dashboard, so tests give one with
`FakeStripe.give_customer_discount` (`give_discount`). `DELETE /v1/customers/{customer}/discount`
takes it off. Which invoices it discounts: `_customer_store.customer_discounts_for_invoice`.

Its events are `customer.discount.created` and `.deleted`, with the discount as their object,
and no `customer.updated`: Stripe's list of event types says events of a subresource don't
trigger the parent's update event.

`Customer.discount` is the discount active on the customer (stripe-python 16.1), so one comes
off as it stops applying: a `repeating` coupon's at its `end` (`end_discount`, due work), a
`once` coupon's with the invoice it discounts. Whether Stripe sends `customer.discount.deleted`
then isn't documented (its event list names a removal, not an expiry): the fake sends none."""

from __future__ import annotations

from typing import Any

from ._catalog_store import render_discount
from ._clock_time import at_time_of, now_for
from ._coupons import live_coupon, redeemable
from ._customer_store import Customer
from ._customers import live_customer
from ._errors import ApiError
from ._invoice_math import discounts
from ._promotion_codes import redeem_code
from ._reactions import CUSTOMER_DISCOUNT_ENDS, reacts_to
from ._state import JsonObject, RequestContext, State, at_time, time_on
from ._subscription_discounts import set_discount_ends


def _checked_customer(state: State, customer_id: object) -> Customer:
    if not isinstance(customer_id, str):
        raise TypeError(f"customer_id must be a str, not {type(customer_id).__name__}")
    customer = state.customers.get(customer_id)
    if customer is None:
        raise KeyError(f"customer_id: no such customer: {customer_id!r}")
    held = customer.discount
    # One whose end passed is gone at the customer's time, though no request has run since.
    if held is not None and not held.ended_by(time_on(state, customer.test_clock)):
        raise ValueError(
            f"customer_id: customer {customer_id} already has discount {held.id}; "
            "delete it first (customers.delete_discount)"
        )
    return customer


def _checked_source(coupon_id: object, promotion_code: object) -> tuple[str, dict[str, str]]:
    """The argument given (its name) and the `discounts` entry it makes."""
    for name, value in (("coupon_id", coupon_id), ("promotion_code", promotion_code)):
        if value is not None and not isinstance(value, str):
            raise TypeError(f"{name} must be a str or None, not {type(value).__name__}")
    if (coupon_id is None) == (promotion_code is None):
        raise ValueError("give exactly one of coupon_id or promotion_code")
    if isinstance(coupon_id, str):
        return "coupon_id", {"coupon": coupon_id}
    assert isinstance(promotion_code, str)
    return "promotion_code", {"promotion_code": promotion_code}


def _check_redeemable(call: RequestContext, customer: Customer, name: str, given: str) -> None:
    """Refuses a coupon or code that doesn't exist (KeyError) or can't be redeemed by the
    customer now (ValueError); counts nothing."""
    try:
        if name == "coupon_id":
            coupon = live_coupon(call.state, given, name)
            if not redeemable(call, coupon):
                raise ValueError(
                    f"coupon_id: coupon {given} is no longer valid (expired or used up)"
                )
        else:
            redeem_code(
                call, given, name, record=False, customer=customer.id, currency=None, amount=None
            )
    except ApiError as error:
        refusal = KeyError if error.status == 404 else ValueError
        raise refusal(f"{name}: {error.message}") from None


def give_discount(
    state: State, customer_id: object, coupon_id: object, promotion_code: object
) -> str:
    """`FakeStripe.give_customer_discount`: every argument checked first (TypeError,
    ValueError, KeyError; nothing changes then), then the discount made as a `discounts`
    entry makes one (the coupon and code counted), at the customer's time."""
    customer = _checked_customer(state, customer_id)
    name, entry = _checked_source(coupon_id, promotion_code)
    # A request of its own, as the Dashboard's; checked at the customer's time first, on a
    # context that draws no id, so a refusal leaves the seeded ids as they were.
    probe = at_time(RequestContext(state, "", None, ""), time_on(state, customer.test_clock))
    _check_redeemable(probe, customer, name, next(iter(entry.values())))
    request = RequestContext(state, state.ids.new("req", 14), None, "")
    call = now_for(request, customer.test_clock)  # what was due before it happens first
    found = discounts(call, [entry], name, record=True, customer=customer.id)
    set_discount_ends(call, found)
    discount = state.discounts[found[0]]
    customer.discount = discount
    call.emit("customer.discount.created", render_discount(discount))
    return discount.id


def delete_discount(
    call: RequestContext, ids: dict[str, str], params: dict[str, Any]
) -> JsonObject:
    """Takes the customer's discount off and answers it, deleted; a customer without one
    gets Stripe's 404 `resource_missing`, as a subscription without one does."""
    customer = live_customer(call.state, ids["customer"])
    call = at_time_of(call, customer.id)
    removed = customer.discount
    if removed is None:  # one that ended came off as it did (`end_discount`)
        raise ApiError.no_discount("customer", customer.id, "customer")
    customer.discount = None
    call.emit("customer.discount.deleted", render_discount(removed))
    return {**render_discount(removed), "deleted": True}


@reacts_to(CUSTOMER_DISCOUNT_ENDS)
def end_discount(call: RequestContext, customer: Customer) -> None:
    """A `repeating` discount's `end` came: it is no longer the customer's."""
    customer.discount = None


__all__ = ["delete_discount", "end_discount", "give_discount"]
