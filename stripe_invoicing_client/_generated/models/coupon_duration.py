from typing import Literal

CouponDuration = Literal["forever", "once", "repeating"]
"""Values known to this client. A value from a newer API version is kept as it is."""

COUPON_DURATION_VALUES: frozenset[str] = frozenset(
    {
        "forever",
        "once",
        "repeating",
    }
)
