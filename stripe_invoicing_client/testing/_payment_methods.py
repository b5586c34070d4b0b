"""A customer's payment methods: the test cards the fake knows (`TEST_CARDS`) become the
customer's when named (the customer made with `payment_method`, its default for invoices set,
an invoice charged with one), with `payment_method.attached`; list (by `type`) and retrieve.
An id the fake doesn't know as a test card is left unattached (and retrieving it is a 404).
"""

from __future__ import annotations

from collections.abc import Set as AbstractSet
from typing import Any

from ._customers import live_customer
from ._errors import ApiError
from ._objects import expand_customer, expand_paths
from ._pagination import list_page
from ._payment_method_store import TEST_CARDS, PaymentMethod, render_payment_method
from ._reactions import PAYMENT_METHOD_USED, PaymentMethodUse, reacts_to
from ._state import JsonObject, RequestContext, State


def method_view(
    state: State, method: PaymentMethod, expand: AbstractSet[str] = frozenset()
) -> JsonObject:
    return expand_customer(state, render_payment_method(method), expand)


def attached_method(state: State, customer: str, payment_method: str) -> PaymentMethod | None:
    return state.payment_methods.get(customer, {}).get(payment_method)


@reacts_to(PAYMENT_METHOD_USED)
def attach(call: RequestContext, use: PaymentMethodUse) -> None:
    """The test card becomes the customer's, once."""
    card = TEST_CARDS.get(use.payment_method)
    methods = call.state.payment_methods.setdefault(use.customer, {})
    if card is None or use.payment_method in methods:
        return
    method = PaymentMethod(
        id=use.payment_method, created=call.now(), customer=use.customer, card=card
    )
    methods[method.id] = method
    call.emit("payment_method.attached", render_payment_method(method))


def _of_customer(call: RequestContext, ids: dict[str, str]) -> dict[str, PaymentMethod]:
    customer = live_customer(call.state, ids["customer"])
    return call.state.payment_methods.get(customer.id, {})


def list_all(call: RequestContext, ids: dict[str, str], params: dict[str, Any]) -> JsonObject:
    methods = _of_customer(call, ids)
    found = [
        method
        for method in reversed(methods.values())
        if params.get("type", method.type) == method.type
        and params.get("allow_redisplay", method.allow_redisplay) == method.allow_redisplay
    ]
    expand = expand_paths(params, in_list=True)
    return list_page(
        found,
        params,
        f"/v1/customers/{ids['customer']}/payment_methods",
        "payment_method",
        lambda method: method_view(call.state, method, expand),
        lambda method: method.id,
    )


def retrieve(call: RequestContext, ids: dict[str, str], params: dict[str, Any]) -> JsonObject:
    method = _of_customer(call, ids).get(ids["payment_method"])
    if method is None:
        raise ApiError.missing("PaymentMethod", ids["payment_method"], "payment_method")
    return method_view(call.state, method, expand_paths(params, in_list=False))


__all__ = ["attach", "attached_method", "list_all", "method_view", "retrieve"]
