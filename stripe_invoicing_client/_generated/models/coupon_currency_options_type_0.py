"""CouponCurrencyOptionsType0: a mapping, kept as a plain dict."""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeAlias

if TYPE_CHECKING:
    from ..models.coupon_currency_option import CouponCurrencyOption

    pass

CouponCurrencyOptionsType0: TypeAlias = "dict[str, CouponCurrencyOption]"
