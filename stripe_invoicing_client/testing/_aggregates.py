"""The fake's typed stores: one attrs class per aggregate, and the function that renders it
as the JSON Stripe answers (the only place its wire shape is spelled)."""

from __future__ import annotations

from typing import Any

from attrs import define, field


@define
class TestClock:
    id: str
    created: int
    deletes_after: int
    frozen_time: int
    name: str | None
    # Where an advance in progress is going; None when the clock is ready.
    advancing_to: int | None = None


def render_test_clock(clock: TestClock) -> dict[str, Any]:
    advancing = None if clock.advancing_to is None else {"target_frozen_time": clock.advancing_to}
    return {
        "id": clock.id,
        "object": "test_helpers.test_clock",
        "created": clock.created,
        "deletes_after": clock.deletes_after,
        "frozen_time": clock.frozen_time,
        "livemode": False,
        "name": clock.name,
        "status": "ready" if clock.advancing_to is None else "advancing",
        "status_details": {"advancing": advancing},
    }


@define
class TaxRate:
    id: str
    created: int
    display_name: str
    percentage: float  # fixed once created
    inclusive: bool
    active: bool = True
    metadata: dict[str, str] = field(factory=dict)
    country: str | None = None
    description: str | None = None
    jurisdiction: str | None = None
    state: str | None = None
    tax_type: str | None = None


def render_tax_rate(rate: TaxRate) -> dict[str, Any]:
    return {
        "id": rate.id,
        "object": "tax_rate",
        "active": rate.active,
        "country": rate.country,
        "created": rate.created,
        "description": rate.description,
        "display_name": rate.display_name,
        "effective_percentage": rate.percentage,
        "flat_amount": None,
        "inclusive": rate.inclusive,
        "jurisdiction": rate.jurisdiction,
        "jurisdiction_level": None,
        "livemode": False,
        "metadata": dict(rate.metadata),
        "percentage": rate.percentage,
        "rate_type": "percentage",
        "state": rate.state,
        "tax_type": rate.tax_type,
    }


__all__ = ["TaxRate", "TestClock", "render_tax_rate", "render_test_clock"]
