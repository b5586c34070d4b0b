from typing import Literal

CustomerTaxLocationSource = Literal[
    "billing_address", "ip_address", "payment_method", "shipping_destination"
]
"""Values known to this client. A value from a newer API version is kept as it is."""

CUSTOMER_TAX_LOCATION_SOURCE_VALUES: frozenset[str] = frozenset(
    {
        "billing_address",
        "ip_address",
        "payment_method",
        "shipping_destination",
    }
)
