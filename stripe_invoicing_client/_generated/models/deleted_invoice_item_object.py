from typing import Literal

DeletedInvoiceItemObject = Literal["invoiceitem"]
"""Values known to this client. A value from a newer API version is kept as it is."""

DELETED_INVOICE_ITEM_OBJECT_VALUES: frozenset[str] = frozenset(
    {
        "invoiceitem",
    }
)
