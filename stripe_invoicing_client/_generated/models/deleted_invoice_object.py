from typing import Literal

DeletedInvoiceObject = Literal["invoice"]
"""Values known to this client. A value from a newer API version is kept as it is."""

DELETED_INVOICE_OBJECT_VALUES: frozenset[str] = frozenset(
    {
        "invoice",
    }
)
