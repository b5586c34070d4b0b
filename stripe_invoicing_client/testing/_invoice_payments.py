"""Invoice payments: which payment paid an invoice (the invoice itself names none since
API version 2025-03-31). Paying an invoice through Stripe records one; `attach_payment` links
a payment made elsewhere. A payment out of band records none, as on Stripe."""

from __future__ import annotations

from collections.abc import Set as AbstractSet
from typing import Any

from ._errors import ApiError, live
from ._invoice_store import Invoice
from ._listing import Listing, list_handler
from ._objects import expand_paths, invoice_view
from ._state import JsonObject, RequestContext, State

_PAYMENT_KINDS = ("payment_intent", "payment_record")


def record_payment(
    call: RequestContext, invoice: Invoice, amount: int, payment: JsonObject
) -> None:
    """A paid invoice payment of `amount` on `invoice`, by `payment` (`type` and its id)."""
    now = call.now()
    found: JsonObject = {
        "id": call.new_id("inpay"),
        "object": "invoice_payment",
        "amount_paid": amount,
        "amount_requested": amount,
        "created": now,
        "currency": invoice.currency,
        "invoice": invoice.id,
        # The first payment of an invoice is the one its hosted page and PDF show.
        "is_default": not any(
            p["invoice"] == invoice.id for p in call.state.invoice_payments.values()
        ),
        "livemode": False,
        "payment": {"type": payment["type"], "charge": None, **_ids(payment)},
        "status": "paid",
        "status_transitions": {"canceled_at": None, "paid_at": now},
    }
    call.state.invoice_payments[found["id"]] = found
    call.emit("invoice_payment.paid", found)


def _ids(payment: JsonObject) -> JsonObject:
    return {kind: payment.get(kind) for kind in _PAYMENT_KINDS}


def new_intent(call: RequestContext) -> JsonObject:
    """The PaymentIntent Stripe would have created to collect an invoice."""
    return {"type": "payment_intent", "payment_intent": call.new_id("pi")}


def attached(params: dict[str, Any]) -> JsonObject:
    """The payment `attach_payment` names: exactly one of a PaymentIntent or payment record."""
    given = [kind for kind in _PAYMENT_KINDS if kind in params]
    if len(given) != 1:
        raise ApiError.invalid_request(
            "Send exactly one of payment_intent or payment_record.",
            param="payment_intent",
            code="parameter_missing" if not given else "parameters_exclusive",
        )
    return {"type": given[0], given[0]: params[given[0]]}


def _live_payment(call: RequestContext, payment_id: str) -> JsonObject:
    return live(call.state.invoice_payments, "invoice_payment", payment_id, "invoice_payment")


def _view(state: State, payment: JsonObject, expand: AbstractSet[str]) -> JsonObject:
    view = dict(payment)
    if "invoice" in expand and payment["invoice"] in state.invoices:
        view["invoice"] = invoice_view(state, state.invoices[payment["invoice"]])
    return view


def retrieve(call: RequestContext, ids: dict[str, str], params: dict[str, Any]) -> JsonObject:
    payment = _live_payment(call, ids["invoice_payment"])
    return _view(call.state, payment, expand_paths(params, in_list=False))


def _by_payment(call: RequestContext, payment: JsonObject, params: dict[str, Any]) -> bool:
    wanted = params.get("payment")
    if wanted:
        if "type" in wanted and payment["payment"]["type"] != wanted["type"]:
            return False
        for kind in _PAYMENT_KINDS:
            if kind in wanted and payment["payment"][kind] != wanted[kind]:
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


__all__ = ["attached", "list_all", "new_intent", "record_payment", "retrieve"]
