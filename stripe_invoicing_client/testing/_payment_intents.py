"""PaymentIntents: the fake makes one when it charges an invoice (paid with a card or the
default payment method, by `pay`, or by the automatic collection of recurring billing), and
reuses it for the invoice's next attempt, as Stripe does. A declined card leaves it
`requires_payment_method` with the card's error (automatic collection with nothing to charge,
with why); a payment succeeds it; voiding the invoice cancels it (`void_invoice`). Paying out
of band makes none. Retrieve, list and search; `payment_intent.*` events.
"""

from __future__ import annotations

from collections.abc import Set as AbstractSet
from typing import Any

from ._errors import ApiError
from ._invoice_store import Invoice
from ._listing import Listing, list_handler, retrieve_handler, search_handler
from ._objects import expand_customer
from ._payment_intent_store import (
    CANCELED,
    REQUIRES_PAYMENT_METHOD,
    SUCCEEDED,
    PaymentIntent,
    render_payment_intent,
)
from ._payment_methods import attached_method, method_view
from ._payment_on_file import OnFile
from ._reactions import PAYMENT_METHOD_USED, PaymentMethodUse, react
from ._state import Finder, JsonObject, RequestContext, State

live_intent = Finder(lambda state: state.payment_intents, "payment_intent", "intent")


def intent_view(
    state: State, intent: PaymentIntent, expand: AbstractSet[str] = frozenset()
) -> JsonObject:
    view = expand_customer(state, render_payment_intent(intent), expand)
    if "payment_method" in expand and intent.customer and intent.payment_method:
        method = attached_method(state, intent.customer, intent.payment_method)
        if method is not None:  # one the fake doesn't know as a test card stays an id
            view["payment_method"] = method_view(state, method)
    return view


def _intent_for(call: RequestContext, invoice: Invoice, amount: int) -> PaymentIntent:
    """The invoice's PaymentIntent still awaiting a payment, or a new one."""
    state = call.state
    for intent in state.payment_intents.values():
        if intent.invoice == invoice.id and intent.status == REQUIRES_PAYMENT_METHOD:
            intent.amount = amount
            return intent
    intent = call.new(
        PaymentIntent,
        "pi",
        amount=amount,
        currency=invoice.currency,
        customer=invoice.customer,
        invoice=invoice.id,
    )
    state.payment_intents[intent.id] = intent
    call.emit("payment_intent.created", render_payment_intent(intent))
    return intent


def _card_error(declined: ApiError) -> dict[str, Any]:
    error: dict[str, Any] = {"type": declined.error_type, "message": declined.message}
    if declined.code is not None:
        error["code"] = declined.code
        error["doc_url"] = f"https://stripe.com/docs/error-codes/{declined.code}"
    if "decline_code" in declined.extra:
        error["decline_code"] = declined.extra["decline_code"]
    if declined.error_type == "card_error":  # not when there was nothing to charge
        error["payment_method_type"] = "card"
    return error


def charge(
    call: RequestContext,
    invoice: Invoice,
    amount: int,
    on_file: OnFile | None,
    declined: ApiError | None,
) -> PaymentIntent:
    """One attempt to collect `amount` of `invoice` with `on_file` (a payment method or a
    source): the intent succeeds, or (`declined`, the card's error or why nothing could be
    charged) awaits another payment method."""
    intent = _intent_for(call, invoice, amount)
    charged = None if on_file is None else on_file.id
    if on_file is not None and on_file.source:
        intent.payment_method, intent.source = None, charged
    else:
        intent.payment_method, intent.source = charged, None
    if intent.payment_method is not None and invoice.customer:
        use = PaymentMethodUse(invoice.customer, intent.payment_method)
        react(call, PAYMENT_METHOD_USED, use)
    if declined is not None:
        intent.last_payment_error = _card_error(declined)
        call.emit("payment_intent.payment_failed", render_payment_intent(intent))
    else:
        intent.status = SUCCEEDED
        intent.amount_received = amount
        intent.last_payment_error = None
        call.emit("payment_intent.succeeded", render_payment_intent(intent))
    return intent


def open_intent(call: RequestContext, invoice: Invoice) -> PaymentIntent:
    """The invoice's PaymentIntent, made without charging anything: it awaits a payment
    method and the client's confirmation (a subscription's `default_incomplete`)."""
    return _intent_for(call, invoice, invoice.amount_remaining)


def cancel_for_void(call: RequestContext, invoice: Invoice) -> None:
    """The voided invoice's PaymentIntent still awaiting a payment is canceled, with Stripe's
    reason for it (`void_invoice`): nothing can be charged through it any more."""
    for intent in call.state.payment_intents.values():
        if intent.invoice == invoice.id and intent.status == REQUIRES_PAYMENT_METHOD:
            intent.status = CANCELED
            intent.canceled_at = call.now()
            intent.cancellation_reason = "void_invoice"
            call.emit("payment_intent.canceled", render_payment_intent(intent))


retrieve = retrieve_handler(live_intent, "intent", intent_view)


def _of_account(call: RequestContext, intent: PaymentIntent, params: dict[str, Any]) -> bool:
    # The fake's customers are customers, never accounts: a `customer_account` matches none.
    return "customer_account" not in params


LISTING = Listing(
    "/v1/payment_intents",
    "payment_intent",
    "payment_intents",
    intent_view,
    equal=("customer",),
    keep=_of_account,
)
list_all = list_handler(LISTING)
search = search_handler(LISTING)


__all__ = [
    "cancel_for_void",
    "charge",
    "intent_view",
    "list_all",
    "live_intent",
    "open_intent",
    "retrieve",
    "search",
]
