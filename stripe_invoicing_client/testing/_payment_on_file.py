"""What paying an invoice charges: the payment method (or legacy source) the request names,
else the first one on file, in the order Stripe looks (docs.stripe.com/invoicing/
automatic-charging; the `default_source` fields of the API reference): the invoice's default
payment method and source, its subscription's, then the customer's default payment method for
invoices and its default source.

Stripe documents no error for paying with nothing to charge; the fake refuses it with a 400
in its own words (no `code`: Stripe's is not known).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import frozen

from ._errors import ApiError
from ._invoice_store import Invoice
from ._state import State


@frozen
class OnFile:
    """What a charge is made with: a PaymentMethod, or a legacy source (a card or bank
    account id, `source`)."""

    id: str
    source: bool = False


def payment_on_file(state: State, invoice: Invoice, params: Mapping[str, Any]) -> OnFile | None:
    """The payment method or source a charge of `invoice` uses (`params`: the request's
    `payment_method` and `source`), or None when there is none."""
    subscription = state.subscriptions.get(invoice.subscription or "")
    customer = state.customers.get(invoice.customer)
    candidates = [
        (params.get("payment_method"), False),
        (params.get("source"), True),
        (invoice.default_payment_method, False),
        (invoice.default_source, True),
    ]
    if subscription is not None:
        candidates += [
            (subscription.default_payment_method, False),
            (subscription.default_source, True),
        ]
    if customer is not None:
        candidates += [
            (customer.invoice_settings.default_payment_method, False),
            (customer.default_source, True),
        ]
    for found, source in candidates:
        if isinstance(found, str) and found:
            return OnFile(found, source)
    return None


def nothing_to_charge(invoice: Invoice) -> ApiError:
    return ApiError.invalid_request(
        f"Customer {invoice.customer} has no payment method to charge for invoice "
        f"{invoice.id}. To give it one, attach a payment method and make it the customer's "
        "default for invoices (invoice_settings.default_payment_method) or the invoice's "
        "(default_payment_method), or pass payment_method to this request; if the invoice was "
        "paid outside Stripe, pass paid_out_of_band=true."
    )


__all__ = ["OnFile", "nothing_to_charge", "payment_on_file"]
