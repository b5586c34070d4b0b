from typing import Literal

DiscountSourceType = Literal["coupon"]
"""Values known to this client. A value from a newer API version is kept as it is."""

DISCOUNT_SOURCE_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "coupon",
    }
)
