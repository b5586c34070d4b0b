from typing import Literal

GetCustomersResponse200Object = Literal["list"]
"""Values known to this client. A value from a newer API version is kept as it is."""

GET_CUSTOMERS_RESPONSE_200_OBJECT_VALUES: frozenset[str] = frozenset(
    {
        "list",
    }
)
