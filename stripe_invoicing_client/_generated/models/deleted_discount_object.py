from typing import Literal

DeletedDiscountObject = Literal["discount"]
"""Values known to this client. A value from a newer API version is kept as it is."""

DELETED_DISCOUNT_OBJECT_VALUES: frozenset[str] = frozenset(
    {
        "discount",
    }
)
