from typing import Literal

CustomerTaxProvider = Literal["anrok", "avalara", "sphere", "stripe"]
"""Values known to this client. A value from a newer API version is kept as it is."""

CUSTOMER_TAX_PROVIDER_VALUES: frozenset[str] = frozenset(
    {
        "anrok",
        "avalara",
        "sphere",
        "stripe",
    }
)
