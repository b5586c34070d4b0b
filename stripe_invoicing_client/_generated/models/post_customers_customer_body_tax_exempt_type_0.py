from typing import Literal

PostCustomersCustomerBodyTaxExemptType0 = Literal["exempt", "none", "reverse"]
"""Values known to this client. A value from a newer API version is kept as it is."""

POST_CUSTOMERS_CUSTOMER_BODY_TAX_EXEMPT_TYPE_0_VALUES: frozenset[str] = frozenset(
    {
        "exempt",
        "none",
        "reverse",
    }
)
