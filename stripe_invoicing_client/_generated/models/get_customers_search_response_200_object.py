from typing import Literal

GetCustomersSearchResponse200Object = Literal["search_result"]
"""Values known to this client. A value from a newer API version is kept as it is."""

GET_CUSTOMERS_SEARCH_RESPONSE_200_OBJECT_VALUES: frozenset[str] = frozenset(
    {
        "search_result",
    }
)
