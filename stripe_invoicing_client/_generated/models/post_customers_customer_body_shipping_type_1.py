from typing import Literal

PostCustomersCustomerBodyShippingType1 = Literal[""]
"""Values known to this client. A value from a newer API version is kept as it is."""

POST_CUSTOMERS_CUSTOMER_BODY_SHIPPING_TYPE_1_VALUES: frozenset[str] = frozenset(
    {
        "",
    }
)
