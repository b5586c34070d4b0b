from typing import Literal

DeletedCustomerObject = Literal["customer"]
"""Values known to this client. A value from a newer API version is kept as it is."""

DELETED_CUSTOMER_OBJECT_VALUES: frozenset[str] = frozenset(
    {
        "customer",
    }
)
