from typing import Literal

CustomerObject = Literal["customer"]
"""Values known to this client. A value from a newer API version is kept as it is."""

CUSTOMER_OBJECT_VALUES: frozenset[str] = frozenset(
    {
        "customer",
    }
)
