"""A customer's payment method as the fake keeps it, the test cards it knows, and the JSON
Stripe answers for one (the only place its wire shape is spelled).

Stripe's test PaymentMethods (docs.stripe.com/testing, "Cards" and "Declined payments") stand
for a card each; the fake keeps the test id as the attached PaymentMethod's id, so the
customer's `pm_card_visa` is the one a charge names.
"""

from __future__ import annotations

import hashlib
from typing import Any

from attrs import define, field, frozen

from ._declining_cards import DECLINING_CARDS
from ._stored import INTERNAL, StoredWithMetadata, render_stored


@frozen
class Card:
    brand: str
    last4: str
    funding: str = "credit"
    country: str = "US"


# Test PaymentMethod id -> the card it stands for.
TEST_CARDS: dict[str, Card] = {
    "pm_card_visa": Card("visa", "4242"),
    "pm_card_visa_debit": Card("visa", "5556", "debit"),
    "pm_card_mastercard": Card("mastercard", "4444"),
    "pm_card_mastercard_debit": Card("mastercard", "8210", "debit"),
    "pm_card_mastercard_prepaid": Card("mastercard", "5100", "prepaid"),
    "pm_card_amex": Card("amex", "8431"),
    "pm_card_discover": Card("discover", "1117"),
    "pm_card_diners": Card("diners", "0004"),
    "pm_card_jcb": Card("jcb", "0505"),
    "pm_card_unionpay": Card("unionpay", "0005"),
    **{
        payment_method: Card("visa", card.number[-4:])
        for card in DECLINING_CARDS
        for payment_method in card.payment_methods
    },
}


@define
class PaymentMethod(StoredWithMetadata):
    """A test card attached to a customer; `created` is when it was attached."""

    customer: str
    card: Card = field(metadata=INTERNAL)
    type: str = "card"
    allow_redisplay: str = "unspecified"


def render_payment_method(method: PaymentMethod) -> dict[str, Any]:
    card = method.card
    fingerprint = hashlib.sha256(f"{card.brand}{card.last4}".encode()).hexdigest()[:16]
    return render_stored(
        method,
        "payment_method",
        billing_details={
            "address": None,
            "email": None,
            "name": None,
            "phone": None,
            "tax_id": None,
        },
        card={
            "brand": card.brand,
            "checks": {
                "address_line1_check": None,
                "address_postal_code_check": None,
                "cvc_check": "pass",
            },
            "country": card.country,
            "description": None,
            "display_brand": card.brand,
            "exp_month": 12,
            "exp_year": 2034,
            "fingerprint": fingerprint,
            "funding": card.funding,
            "generated_from": None,
            "iin": None,
            "issuer": None,
            "last4": card.last4,
            "networks": {"available": [card.brand], "preferred": None},
            "regulated_status": "unregulated",
            "three_d_secure_usage": {"supported": True},
            "wallet": None,
        },
    )


__all__ = ["TEST_CARDS", "Card", "PaymentMethod", "render_payment_method"]
