from typing import Literal

CustomerTaxAutomaticTax = Literal["failed", "not_collecting", "supported", "unrecognized_location"]
"""Values known to this client. A value from a newer API version is kept as it is."""

CUSTOMER_TAX_AUTOMATIC_TAX_VALUES: frozenset[str] = frozenset(
    {
        "failed",
        "not_collecting",
        "supported",
        "unrecognized_location",
    }
)
