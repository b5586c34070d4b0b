from typing import Literal

InvoiceLinesObject = Literal["list"]
"""Values known to this client. A value from a newer API version is kept as it is."""

INVOICE_LINES_OBJECT_VALUES: frozenset[str] = frozenset(
    {
        "list",
    }
)
