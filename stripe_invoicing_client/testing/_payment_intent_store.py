"""The PaymentIntent as the fake keeps it (one per invoice it collects), and the JSON Stripe
answers for it (the only place its wire shape is spelled)."""

from __future__ import annotations

from typing import Any

from attrs import define, field

from ._stored import INTERNAL, StoredWithMetadata, render_stored

SUCCEEDED, REQUIRES_PAYMENT_METHOD = "succeeded", "requires_payment_method"
CANCELED = "canceled"


@define
class PaymentIntent(StoredWithMetadata):
    amount: int
    currency: str
    customer: str | None
    description: str | None = None
    payment_method: str | None = None
    # A legacy source (card, bank account) charged instead of a payment method.
    source: str | None = None
    status: str = REQUIRES_PAYMENT_METHOD
    amount_received: int = 0
    # The card error of the last failed attempt (`api_errors`); None once one succeeds.
    last_payment_error: dict[str, Any] | None = None
    # Set when it is canceled (its invoice voided: `void_invoice`).
    canceled_at: int | None = None
    cancellation_reason: str | None = None
    # The invoice it collects (the PaymentIntent names none since API version 2025-03-31).
    invoice: str | None = field(default=None, metadata=INTERNAL)


def render_payment_intent(intent: PaymentIntent) -> dict[str, Any]:
    return render_stored(
        intent,
        "payment_intent",
        amount_capturable=0,
        capture_method="automatic",
        client_secret=f"{intent.id}_secret_fake",
        confirmation_method="automatic",
        payment_method_types=["card"],
    )


__all__ = [
    "CANCELED",
    "REQUIRES_PAYMENT_METHOD",
    "SUCCEEDED",
    "PaymentIntent",
    "render_payment_intent",
]
