"""The fake's typed stores: one attrs class per aggregate, and the function that renders it
as the JSON Stripe answers (the only place its wire shape is spelled)."""

from __future__ import annotations

from typing import Any

from attrs import define, field

from ._stored import INTERNAL, Stored, StoredWithMetadata, render_stored


@define
class TestClock(Stored):
    deletes_after: int
    frozen_time: int
    name: str | None
    # Where an advance in progress is going; None when the clock is ready.
    advancing_to: int | None = field(default=None, metadata=INTERNAL)


def render_test_clock(clock: TestClock) -> dict[str, Any]:
    advancing = None if clock.advancing_to is None else {"target_frozen_time": clock.advancing_to}
    return render_stored(
        clock,
        "test_helpers.test_clock",
        status="ready" if clock.advancing_to is None else "advancing",
        status_details={"advancing": advancing},
    )


@define
class TaxRate(StoredWithMetadata):
    display_name: str
    percentage: float  # fixed once created
    inclusive: bool
    active: bool = True
    country: str | None = None
    description: str | None = None
    jurisdiction: str | None = None
    state: str | None = None
    tax_type: str | None = None


def render_tax_rate(rate: TaxRate) -> dict[str, Any]:
    return render_stored(
        rate,
        "tax_rate",
        effective_percentage=rate.percentage,
        flat_amount=None,
        jurisdiction_level=None,
        rate_type="percentage",
    )


@define
class Coupon(StoredWithMetadata):
    duration: str
    amount_off: int | None = None
    currency: str | None = None
    percent_off: float | None = None
    duration_in_months: int | None = None
    max_redemptions: int | None = None
    redeem_by: int | None = None
    name: str | None = None
    times_redeemed: int = 0
    valid: bool = True
    # The products it is limited to; None: not limited (and no `applies_to` on the wire).
    applies_to_products: list[str] | None = field(default=None, metadata=INTERNAL)


def render_coupon(coupon: Coupon) -> dict[str, Any]:
    rendered = render_stored(coupon, "coupon")
    if coupon.applies_to_products is not None:
        rendered["applies_to"] = {"products": list(coupon.applies_to_products)}
    return rendered


__all__ = [
    "Coupon",
    "TaxRate",
    "TestClock",
    "render_coupon",
    "render_tax_rate",
    "render_test_clock",
]
