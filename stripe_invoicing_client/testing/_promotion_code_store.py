"""The promotion code as the fake keeps it, and the JSON Stripe answers for it (the only place
its wire shape is spelled).

A promotion code is a customer-facing `code` for a coupon, with rules of its own about who may
redeem it and when (`_promotion_codes.check_redeemable`)."""

from __future__ import annotations

from typing import Any

from attrs import define, field

from ._stored import INTERNAL, StoredWithMetadata, render_stored


@define
class Restrictions:
    first_time_transaction: bool = False
    minimum_amount: int | None = None
    minimum_amount_currency: str | None = None
    # Currency -> the minimum amount in it (beyond `minimum_amount_currency`'s).
    currency_options: dict[str, int] = field(factory=dict)

    def minimum_in(self, currency: str) -> int | None:
        """The least amount in `currency` the code takes; None when there is no minimum."""
        if currency in self.currency_options:
            return self.currency_options[currency]
        if self.minimum_amount_currency == currency:
            return self.minimum_amount
        return None

    @property
    def has_minimum(self) -> bool:
        return self.minimum_amount is not None or bool(self.currency_options)


@define
class PromotionCode(StoredWithMetadata):
    code: str
    coupon: str = field(metadata=INTERNAL)  # answered as `promotion[coupon]`
    active: bool = True
    customer: str | None = None
    expires_at: int | None = None
    max_redemptions: int | None = None
    times_redeemed: int = 0
    restrictions: Restrictions = field(factory=Restrictions)


def render_restrictions(restrictions: Restrictions) -> dict[str, Any]:
    options = restrictions.currency_options
    return {
        "currency_options": (
            {currency: {"minimum_amount": amount} for currency, amount in options.items()}
            if options
            else None
        ),
        "first_time_transaction": restrictions.first_time_transaction,
        "minimum_amount": restrictions.minimum_amount,
        "minimum_amount_currency": restrictions.minimum_amount_currency,
    }


def render_promotion_code(code: PromotionCode) -> dict[str, Any]:
    return render_stored(
        code,
        "promotion_code",
        promotion={"coupon": code.coupon, "type": "coupon"},
        restrictions=render_restrictions(code.restrictions),
    )


__all__ = ["PromotionCode", "Restrictions", "render_promotion_code", "render_restrictions"]
