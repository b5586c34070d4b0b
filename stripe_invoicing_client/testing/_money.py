"""Money parameters checked as Stripe checks them, wherever they appear.

Stripe names its parameters consistently, so the rules go by name: every `currency` is a
three-letter ISO 4217 code Stripe supports, every `amount`-like integer fits in eight digits
(99999999 in the smallest unit: $999,999.99), every `*_decimal` is plain decimal text with at
most 12 decimal places (no exponent: `1e-07` is refused, as Stripe refuses it).

An item's amount is `quantity x unit amount`, rounded to the nearest integer with halves
rounded away from zero (Python's `ROUND_HALF_UP`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import ROUND_HALF_UP, Context, Decimal
from typing import Any

from ._errors import ApiError

MAX_AMOUNT = 99_999_999
DECIMAL_PLACES = 12
_DECIMAL = re.compile(r"-?[0-9]{1,15}(?:\.[0-9]{1,12})?")  # 12: DECIMAL_PLACES
# Wide enough that no product of two accepted decimals is ever rounded.
_EXACT = Context(prec=80)

# The currencies Stripe accepts for charges (ISO 4217, lowercase).
_CURRENCY_CODES = """
aed afn all amd ang aoa ars aud awg azn bam bbd bdt bgn bhd bif bmd bnd bob brl bsd bwp byn
bzd cad cdf chf clp cny cop crc cve czk djf dkk dop dzd egp etb eur fjd fkp gbp gel gip gmd
gnf gtq gyd hkd hnl htg huf idr ils inr isk jmd jod jpy kes kgs khr kmf krw kwd kyd kzt lak
lbp lkr lrd lsl mad mdl mga mkd mmk mnt mop mur mvr mwk mxn myr mzn nad ngn nio nok npr nzd
omr pab pen pgk php pkr pln pyg qar ron rsd rub rwf sar sbd scr sek sgd shp sle sos srd std
szl thb tjs tnd top try ttd twd tzs uah ugx usd uyu uzs vnd vuv wst xaf xcd xof xpf yer zar
zmw
"""
CURRENCIES = frozenset(_CURRENCY_CODES.split())


def currency(value: Any, param: str) -> Any:
    if not isinstance(value, str) or value.lower() not in CURRENCIES:
        raise ApiError.invalid_request(
            f"Invalid currency: {str(value).lower()}. Stripe supports three-letter ISO "
            "currency codes, in lowercase (usd, eur, ...).",
            param=param,
        )
    return value.lower()


def amount(value: Any, param: str) -> Any:
    if isinstance(value, int) and abs(value) > MAX_AMOUNT:
        raise ApiError.invalid_request(
            f"Amount must be no more than {MAX_AMOUNT} in the currency's smallest unit "
            f"(for usd, $999,999.99); {param} was {value}.",
            param=param,
            code="amount_too_large",
        )
    return value


def decimal(value: Any, param: str) -> Any:
    """`*_decimal` text as a `Decimal`; anything else Stripe would refuse is a 400."""
    if not isinstance(value, str) or not _DECIMAL.fullmatch(value):
        shown = value if isinstance(value, str) and len(value) <= 40 else f"{str(value)[:40]}..."
        raise ApiError.invalid_request(
            f"Invalid decimal: {shown} (plain decimal text, at most {DECIMAL_PLACES} decimal "
            "places)",
            param=param,
        )
    return Decimal(value)


def times(quantity: Decimal, unit: Decimal, param: str | None) -> int:
    """`quantity x unit`, rounded to an integer amount and checked against the limit
    (`rounded`)."""
    return rounded(_EXACT.multiply(quantity, unit), param)


def rounded(exact: Decimal, param: str | None) -> int:
    """An exact amount rounded to an integer one and checked against the limit (unless no
    `param` is to blame: a subscription's renewal is billed whatever it comes to)."""
    total = int(exact.quantize(Decimal(1), rounding=ROUND_HALF_UP, context=_EXACT))
    if param is not None:
        amount(total, param)
    return total


def plain(value: Decimal) -> str:
    """`Decimal("1.50")` -> `"1.5"`, never in exponent notation."""
    text = format(value.normalize(_EXACT), "f")
    return "0" if text == "-0" else text


# Parameter name -> its check, applied by `_shapes` to the coerced value wherever it appears.
RULES: dict[str, Callable[[Any, str], Any]] = {
    "currency": currency,
    "amount": amount,
    "unit_amount": amount,
    "flat_amount": amount,
    "application_fee_amount": amount,
    "unit_amount_decimal": decimal,
    "flat_amount_decimal": decimal,
    "quantity_decimal": decimal,
}


def unit_amount(data: dict[str, Any]) -> Decimal | None:
    """`unit_amount` (cents) or `unit_amount_decimal` as sent, None if neither was."""
    if "unit_amount" in data:
        return Decimal(data["unit_amount"])
    if "unit_amount_decimal" in data:
        return Decimal(data["unit_amount_decimal"])
    return None


__all__ = [
    "CURRENCIES",
    "MAX_AMOUNT",
    "RULES",
    "amount",
    "currency",
    "decimal",
    "plain",
    "rounded",
    "times",
    "unit_amount",
]
