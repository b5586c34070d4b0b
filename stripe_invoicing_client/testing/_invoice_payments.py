"""Invoice payments: which payment paid an invoice (the invoice itself names none since
API version 2025-03-31). Paying an invoice through Stripe records one; `attach_payment` links
a payment made elsewhere. A payment out of band records none, as on Stripe."""

from __future__ import annotations

from collections.abc import Set as AbstractSet
from typing import Any

from attrs import frozen

from ._errors import ApiError, live
from ._invoice_payment_store import PAYMENT_KINDS, InvoicePayment, render_invoice_payment
from ._invoice_store import Invoice
from ._listing import Listing, list_handler
from ._objects import expand_paths, invoice_view
from ._payment_intents import intent_view
from ._state import JsonObject, RequestContext, State


@frozen
class Payment:
    """What paid: a PaymentIntent or a payment record (`kind`), by id."""

    kind: str
    id: str


def record_payment(call: RequestContext, invoice: Invoice, amount: int, payment: Payment) -> None:
    """A paid invoice payment of `amount` on `invoice`, by `payment`."""
    found = call.new(
        InvoicePayment,
        "inpay",
        invoice=invoice.id,
        amount=amount,
        currency=invoice.currency,
        payment_kind=payment.kind,
        payment_id=payment.id,
        is_default=not any(p.invoice == invoice.id for p in call.state.invoice_payments.values()),
    )
    call.state.invoice_payments[found.id] = found
    call.emit("invoice_payment.paid", render_invoice_payment(found))


def attached(params: dict[str, Any]) -> Payment:
    """The payment `attach_payment` names: exactly one of a PaymentIntent or payment record."""
    given = [kind for kind in PAYMENT_KINDS if kind in params]
    if len(given) != 1:
        raise ApiError.invalid_request(
            "Send exactly one of payment_intent or payment_record.",
            param="payment_intent",
            code="parameter_missing" if not given else "parameters_exclusive",
        )
    return Payment(given[0], params[given[0]])


def _live_payment(call: RequestContext, payment_id: str) -> InvoicePayment:
    return live(call.state.invoice_payments, "invoice_payment", payment_id, "invoice_payment")


def _view(state: State, payment: InvoicePayment, expand: AbstractSet[str]) -> JsonObject:
    view = render_invoice_payment(payment)
    if "invoice" in expand and payment.invoice in state.invoices:
        view["invoice"] = invoice_view(state, state.invoices[payment.invoice])
    intent = state.payment_intents.get(payment.payment_id)
    if "payment.payment_intent" in expand and intent is not None:
        # A PaymentIntent made elsewhere (attach_payment) stays an id: the fake has none.
        view["payment"]["payment_intent"] = intent_view(state, intent)
    return view


def retrieve(call: RequestContext, ids: dict[str, str], params: dict[str, Any]) -> JsonObject:
    payment = _live_payment(call, ids["invoice_payment"])
    return _view(call.state, payment, expand_paths(params, in_list=False))


def _by_payment(call: RequestContext, payment: InvoicePayment, params: dict[str, Any]) -> bool:
    wanted = params.get("payment")
    if wanted:
        if "type" in wanted and payment.payment_kind != wanted["type"]:
            return False
        for kind in PAYMENT_KINDS:
            if kind in wanted:
                paid_by = payment.payment_id if payment.payment_kind == kind else None
                if paid_by != wanted[kind]:
                    return False
    return True


list_all = list_handler(
    Listing(
        "/v1/invoice_payments",
        "invoice_payment",
        "invoice_payments",
        _view,
        equal=("invoice", "status"),
        keep=_by_payment,
    )
)


__all__ = ["Payment", "attached", "list_all", "record_payment", "retrieve"]
