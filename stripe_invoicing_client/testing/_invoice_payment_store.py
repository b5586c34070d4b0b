"""The invoice payment as the fake keeps it, and the JSON Stripe answers for it (the only
place its wire shape is spelled)."""

from __future__ import annotations

from typing import Any

from attrs import define, field

from ._stored import INTERNAL, Stored, render_stored

PAYMENT_KINDS = ("payment_intent", "payment_record")


@define
class InvoicePayment(Stored):
    """A payment that paid an invoice: a PaymentIntent or a payment record (`payment_kind`);
    `created` is also when it was paid."""

    invoice: str
    amount: int = field(metadata=INTERNAL)
    currency: str
    payment_kind: str = field(metadata=INTERNAL)  # "payment_intent" or "payment_record"
    payment_id: str = field(metadata=INTERNAL)
    # The first payment of an invoice is the one its hosted page and PDF show.
    is_default: bool
    status: str = "paid"


def render_invoice_payment(payment: InvoicePayment) -> dict[str, Any]:
    return render_stored(
        payment,
        "invoice_payment",
        amount_paid=payment.amount,
        amount_requested=payment.amount,
        payment={
            "type": payment.payment_kind,
            "charge": None,
            **{
                kind: payment.payment_id if kind == payment.payment_kind else None
                for kind in PAYMENT_KINDS
            },
        },
        status_transitions={"canceled_at": None, "paid_at": payment.created},
    )


__all__ = ["PAYMENT_KINDS", "InvoicePayment", "render_invoice_payment"]
