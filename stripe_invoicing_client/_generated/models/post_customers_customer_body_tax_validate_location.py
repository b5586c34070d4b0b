from typing import Literal

PostCustomersCustomerBodyTaxValidateLocation = Literal["auto", "deferred", "immediately"]
"""Values known to this client. A value from a newer API version is kept as it is."""

POST_CUSTOMERS_CUSTOMER_BODY_TAX_VALIDATE_LOCATION_VALUES: frozenset[str] = frozenset(
    {
        "auto",
        "deferred",
        "immediately",
    }
)
