from typing import Literal

PostCustomersBodyTaxValidateLocation = Literal["deferred", "immediately"]
"""Values known to this client. A value from a newer API version is kept as it is."""

POST_CUSTOMERS_BODY_TAX_VALIDATE_LOCATION_VALUES: frozenset[str] = frozenset(
    {
        "deferred",
        "immediately",
    }
)
