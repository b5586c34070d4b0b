from typing import Literal

InvoiceObject = Literal["invoice"]
"""Values known to this client. A value from a newer API version is kept as it is."""

INVOICE_OBJECT_VALUES: frozenset[str] = frozenset(
    {
        "invoice",
    }
)
