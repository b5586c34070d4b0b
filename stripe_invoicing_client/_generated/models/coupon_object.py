from typing import Literal

CouponObject = Literal["coupon"]
"""Values known to this client. A value from a newer API version is kept as it is."""

COUPON_OBJECT_VALUES: frozenset[str] = frozenset(
    {
        "coupon",
    }
)
