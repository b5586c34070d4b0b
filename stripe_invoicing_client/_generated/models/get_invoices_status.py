from typing import Literal

GetInvoicesStatus = Literal["draft", "open", "paid", "uncollectible", "void"]
"""Values known to this client. A value from a newer API version is kept as it is."""

GET_INVOICES_STATUS_VALUES: frozenset[str] = frozenset(
    {
        "draft",
        "open",
        "paid",
        "uncollectible",
        "void",
    }
)
