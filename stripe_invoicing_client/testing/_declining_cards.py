"""Stripe's test cards that decline, and the card error each answers with.

From Stripe's testing docs (docs.stripe.com/testing, "Declined payments"; the codes are
described at docs.stripe.com/declines/codes): each card's number, the test PaymentMethods
that stand for it, the error `code`, and the `decline_code` (None where the docs give none).

- 4000000000000002  pm_card_visa_chargeDeclined, pm_card_chargeDeclined: generic_decline
- 4000000000009995  pm_card_visa_chargeDeclinedInsufficientFunds,
                    pm_card_chargeDeclinedInsufficientFunds: insufficient_funds
- 4000000000009987  pm_card_visa_chargeDeclinedLostCard: lost_card
- 4000000000009979  pm_card_visa_chargeDeclinedStolenCard: stolen_card
- 4000000000000069  pm_card_chargeDeclinedExpiredCard: code expired_card
- 4000000000000127  pm_card_chargeDeclinedIncorrectCvc: code incorrect_cvc
- 4000000000000119  pm_card_chargeDeclinedProcessingError: code processing_error
- 4000000000006975  pm_card_visa_chargeDeclinedVelocityLimitExceeded: card_velocity_exceeded
- 4000000000000341  pm_card_chargeCustomerFail: attaches to a customer, then every charge
                    fails with generic_decline
"""

from __future__ import annotations

from attrs import frozen

from ._errors import ApiError

_DECLINED = "Your card was declined."


@frozen
class DecliningCard:
    """A test card that declines: its number, the test PaymentMethod ids that stand for it,
    and the error Stripe answers a charge with."""

    number: str
    payment_methods: tuple[str, ...]
    code: str
    decline_code: str | None
    message: str = _DECLINED

    def error(self) -> ApiError:
        extra = {} if self.decline_code is None else {"decline_code": self.decline_code}
        return ApiError(402, "card_error", self.message, code=self.code, extra=extra)


DECLINING_CARDS: tuple[DecliningCard, ...] = (
    DecliningCard(
        "4000000000000002",
        ("pm_card_visa_chargeDeclined", "pm_card_chargeDeclined"),
        "card_declined",
        "generic_decline",
    ),
    DecliningCard(
        "4000000000009995",
        ("pm_card_visa_chargeDeclinedInsufficientFunds", "pm_card_chargeDeclinedInsufficientFunds"),
        "card_declined",
        "insufficient_funds",
        "Your card has insufficient funds.",
    ),
    DecliningCard(
        "4000000000009987", ("pm_card_visa_chargeDeclinedLostCard",), "card_declined", "lost_card"
    ),
    DecliningCard(
        "4000000000009979",
        ("pm_card_visa_chargeDeclinedStolenCard",),
        "card_declined",
        "stolen_card",
    ),
    DecliningCard(
        "4000000000000069",
        ("pm_card_chargeDeclinedExpiredCard",),
        "expired_card",
        None,
        "Your card has expired.",
    ),
    DecliningCard(
        "4000000000000127",
        ("pm_card_chargeDeclinedIncorrectCvc",),
        "incorrect_cvc",
        None,
        "Your card's security code is incorrect.",
    ),
    DecliningCard(
        "4000000000000119",
        ("pm_card_chargeDeclinedProcessingError",),
        "processing_error",
        None,
        "An error occurred while processing your card. Try again in a little bit.",
    ),
    DecliningCard(
        "4000000000006975",
        ("pm_card_visa_chargeDeclinedVelocityLimitExceeded",),
        "card_declined",
        "card_velocity_exceeded",
    ),
    DecliningCard(
        "4000000000000341", ("pm_card_chargeCustomerFail",), "card_declined", "generic_decline"
    ),
)

_BY_PAYMENT_METHOD = {pm: card for card in DECLINING_CARDS for pm in card.payment_methods}


def declining_card(payment_method: object) -> DecliningCard | None:
    """The declining test card a PaymentMethod id stands for, or None."""
    return _BY_PAYMENT_METHOD.get(payment_method) if isinstance(payment_method, str) else None


__all__ = ["DECLINING_CARDS", "DecliningCard", "declining_card"]
