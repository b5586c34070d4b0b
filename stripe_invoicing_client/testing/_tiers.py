"""Tiered prices (`billing_scheme=tiered`): their `tiers` checked when a price is made, rendered
as Stripe renders them (only when `expand[]=tiers` includes them), and `amount_for`, the one
place a quantity of any price, per unit or tiered, becomes an amount.

`graduated`: each tier bills the units that fall in it at its unit amount, plus its flat
amount once it is reached; `volume`: the tier the whole quantity falls in bills every unit,
plus its flat amount. Tier `n` holds the units above tier `n-1`'s `up_to`, up to its own.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Context, Decimal, localcontext
from typing import Any

from attrs import frozen

from ._errors import ApiError
from ._money import plain, rounded, times

GRADUATED = "graduated"
VOLUME = "volume"
TIERED = "tiered"


@frozen
class Tier:
    up_to: int | None  # None: the last tier (`inf`)
    unit: Decimal | None  # None: not sent (bills nothing per unit)
    flat: Decimal | None  # None: not sent (no flat amount)


def _one_of(given: dict[str, Any], name: str, where: str) -> Decimal | None:
    """`name` or `name_decimal` of one tier, refused when both are sent."""
    if name in given and f"{name}_decimal" in given:
        raise ApiError.exclusive(
            f"Send {name} or {name}_decimal, not both.", f"{where}[{name}_decimal]"
        )
    if name in given:
        return Decimal(given[name])
    if f"{name}_decimal" in given:
        return Decimal(given[f"{name}_decimal"])
    return None


def _tier(given: dict[str, Any], where: str, last: bool) -> Tier:
    up_to = given["up_to"]
    if (up_to == "inf") != last:
        raise ApiError.invalid_request(
            "The last tier, and only it, must have up_to=inf.", param=f"{where}[up_to]"
        )
    unit = _one_of(given, "unit_amount", where)
    flat = _one_of(given, "flat_amount", where)
    if flat is not None and flat != flat.to_integral_value():
        raise ApiError.invalid_request(
            "flat_amount_decimal must be a whole number of the currency's smallest unit.",
            param=f"{where}[flat_amount_decimal]",
        )
    if unit is None and flat is None:
        raise ApiError.missing_param(f"{where}[unit_amount]")
    return Tier(None if up_to == "inf" else int(up_to), unit, flat)


def tiers_of(params: dict[str, Any]) -> tuple[Tier, ...]:
    """The tiers a price being created sends, checked; () for a per-unit price. A tiered price
    needs `tiers` and `tiers_mode` and takes no price-wide unit amount, custom amount or
    `transform_quantity`; `tiers` and `tiers_mode` need `billing_scheme=tiered`."""
    if params.get("billing_scheme", "per_unit") != TIERED:
        for name in ("tiers", "tiers_mode"):
            if name in params:
                raise ApiError.invalid_request(
                    f"{name} requires billing_scheme=tiered.", param=name
                )
        return ()
    for name in ("tiers", "tiers_mode"):
        if not params.get(name):
            raise ApiError.missing_param(name)
    for name in ("unit_amount", "unit_amount_decimal", "custom_unit_amount", "transform_quantity"):
        if name in params:
            raise ApiError.invalid_request(
                f"A tiered price takes its amounts from tiers, not {name}.", param=name
            )
    given = params["tiers"]
    tiers = tuple(
        _tier(tier, f"tiers[{index}]", index == len(given) - 1) for index, tier in enumerate(given)
    )
    bounds = [tier.up_to for tier in tiers if tier.up_to is not None]
    for index in range(1, len(bounds)):
        if bounds[index] <= bounds[index - 1]:
            raise ApiError.invalid_request(
                "Each tier's up_to must be greater than the one before.",
                param=f"tiers[{index}][up_to]",
            )
    return tiers


def _whole_or_none(value: Decimal | None) -> int | None:
    return int(value) if value is not None and value == value.to_integral_value() else None


def render_tiers(tiers: Sequence[Tier]) -> list[dict[str, Any]]:
    return [
        {
            "flat_amount": _whole_or_none(tier.flat),
            "flat_amount_decimal": None if tier.flat is None else plain(tier.flat),
            "unit_amount": _whole_or_none(tier.unit),
            "unit_amount_decimal": None if tier.unit is None else plain(tier.unit),
            "up_to": tier.up_to,
        }
        for tier in tiers
    ]


def tiers_in(price: dict[str, Any]) -> tuple[Tier, ...]:
    """The tiers of a price as rendered (`render_tiers`), () when it has none."""
    return tuple(
        Tier(
            tier["up_to"],
            None if tier["unit_amount_decimal"] is None else Decimal(tier["unit_amount_decimal"]),
            None if tier["flat_amount_decimal"] is None else Decimal(tier["flat_amount_decimal"]),
        )
        for tier in price.get("tiers") or ()
    )


def _graduated(tiers: Sequence[Tier], quantity: Decimal) -> Decimal:
    total, below = Decimal(0), Decimal(0)
    for tier in tiers:
        if quantity <= below:
            break
        top = quantity if tier.up_to is None else min(quantity, Decimal(tier.up_to))
        total += (top - below) * (tier.unit or 0) + (tier.flat or 0)
        if tier.up_to is None:
            break
        below = Decimal(tier.up_to)
    return total


def _volume(tiers: Sequence[Tier], quantity: Decimal) -> Decimal:
    if quantity <= 0:
        return Decimal(0)
    tier = next(t for t in tiers if t.up_to is None or quantity <= t.up_to)
    return quantity * (tier.unit or 0) + (tier.flat or 0)


def amount_for(
    unit: Decimal | None,
    tiers_mode: str | None,
    tiers: Sequence[Tier],
    quantity: Decimal,
    param: str | None,
) -> int:
    """What `quantity` costs: `quantity x unit` for a per-unit price (no `tiers`), else by its
    tiers; rounded half up to an integer amount, once, and checked against the limit unless
    `param` is None (`_money.rounded`). A zero quantity reaches no tier and costs nothing."""
    if not tiers:
        if unit is None:
            raise ValueError("a per-unit price without a unit amount bills nothing")
        return times(quantity, unit, param)
    with localcontext(Context(prec=80)):  # wide enough that nothing is rounded before the end
        exact = _graduated(tiers, quantity) if tiers_mode == GRADUATED else _volume(tiers, quantity)
    return rounded(exact, param)


__all__ = [
    "GRADUATED",
    "TIERED",
    "VOLUME",
    "Tier",
    "amount_for",
    "render_tiers",
    "tiers_in",
    "tiers_of",
]
