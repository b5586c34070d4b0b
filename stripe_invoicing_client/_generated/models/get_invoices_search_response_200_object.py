from typing import Literal

GetInvoicesSearchResponse200Object = Literal["search_result"]
"""Values known to this client. A value from a newer API version is kept as it is."""

GET_INVOICES_SEARCH_RESPONSE_200_OBJECT_VALUES: frozenset[str] = frozenset(
    {
        "search_result",
    }
)
