"""What paying an invoice charges: the payment method (or legacy source) the request names,
else the first one on file, in the order Stripe looks (docs.stripe.com/invoicing/
automatic-charging; the `default_source` fields of the API reference): the invoice's default
payment method and source, its subscription's, then the customer's default payment method for
invoices and its default source.

Stripe documents no error for paying with nothing to charge; the fake refuses it with a 400
in its own words (no `code`: Stripe's is not known). Automatic collection with nothing to
charge fails the attempt as a declined card does, with such words as the reason.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import frozen

from ._errors import ApiError
from ._invoice_store import Invoice
from ._state import State
from ._subscription_store import Subscription


@frozen
class OnFile:
    """What a charge is made with: a PaymentMethod, or a legacy source (a card or bank
    account id, `source`)."""

    id: str
    source: bool = False


def payment_on_file(state: State, invoice: Invoice, params: Mapping[str, Any]) -> OnFile | None:
    """The payment method or source a charge of `invoice` uses (`params`: the request's
    `payment_method` and `source`), or None when there is none."""
    candidates = [
        (params.get("payment_method"), False),
        (params.get("source"), True),
        (invoice.default_payment_method, False),
        (invoice.default_source, True),
    ]
    subscription = state.subscriptions.get(invoice.subscription or "")
    return _first(candidates + _defaults(state, subscription, invoice.customer))


def subscription_payment_on_file(state: State, subscription: Subscription) -> OnFile | None:
    """What a charge of `subscription`'s next invoice would use, or None: the same order,
    from the subscription's defaults on."""
    return _first(_defaults(state, subscription, subscription.customer))


def _defaults(
    state: State, subscription: Subscription | None, customer_id: str
) -> list[tuple[object, bool]]:
    candidates: list[tuple[object, bool]] = []
    if subscription is not None:
        candidates += [
            (subscription.default_payment_method, False),
            (subscription.default_source, True),
        ]
    customer = state.customers.get(customer_id)
    if customer is not None:
        candidates += [
            (customer.invoice_settings.default_payment_method, False),
            (customer.default_source, True),
        ]
    return candidates


def _first(candidates: list[tuple[object, bool]]) -> OnFile | None:
    for found, source in candidates:
        if isinstance(found, str) and found:
            return OnFile(found, source)
    return None


_MAKE_IT_DEFAULT = (
    "attach a payment method and make it the customer's default for invoices "
    "(invoice_settings.default_payment_method)"
)


def _no_payment_method(customer_id: str, charged_for: str, ways: str) -> ApiError:
    """The fake's 400 for a charge with nothing on file (no `code`: Stripe's is not known)."""
    return ApiError.invalid_request(
        f"Customer {customer_id} has no payment method to charge for {charged_for}. "
        f"To give it one, {_MAKE_IT_DEFAULT}{ways}"
    )


def nothing_to_charge(invoice: Invoice) -> ApiError:
    return _no_payment_method(
        invoice.customer,
        f"invoice {invoice.id}",
        " or the invoice's (default_payment_method), or pass payment_method to this request; "
        "if the invoice was paid outside Stripe, pass paid_out_of_band=true.",
    )


def nothing_to_charge_automatically(invoice: Invoice) -> ApiError:
    """Why an automatic charge of `invoice` failed: its PaymentIntent's
    `last_payment_error` (no `code`, as for `pay`)."""
    return _no_payment_method(
        invoice.customer,
        f"invoice {invoice.id}, which is charged automatically",
        ", the subscription's or the invoice's (default_payment_method), then pay the invoice.",
    )


def nothing_to_charge_error_if_incomplete(customer_id: str, *, first: bool) -> ApiError:
    """Why a request with `payment_behavior=error_if_incomplete` changed nothing: the
    subscription's invoice (its `first`, or the one its update made) had nothing to charge
    (the 400 `pay` answers, no `code`)."""
    invoice, outcome, ways = (
        (
            "first invoice",
            "no subscription was created",
            "pass default_payment_method to this request",
        )
        if first
        else ("invoice for this update", "the subscription was not changed", "the subscription's")
    )
    return _no_payment_method(
        customer_id,
        f"the subscription's {invoice}, so with payment_behavior=error_if_incomplete {outcome}",
        f" or {ways}.",
    )


__all__ = [
    "OnFile",
    "nothing_to_charge",
    "nothing_to_charge_automatically",
    "nothing_to_charge_error_if_incomplete",
    "payment_on_file",
    "subscription_payment_on_file",
]
