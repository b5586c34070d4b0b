from typing import Literal

DiscountObject = Literal["discount"]
"""Values known to this client. A value from a newer API version is kept as it is."""

DISCOUNT_OBJECT_VALUES: frozenset[str] = frozenset(
    {
        "discount",
    }
)
