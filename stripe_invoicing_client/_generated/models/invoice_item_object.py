from typing import Literal

InvoiceItemObject = Literal["invoiceitem"]
"""Values known to this client. A value from a newer API version is kept as it is."""

INVOICE_ITEM_OBJECT_VALUES: frozenset[str] = frozenset(
    {
        "invoiceitem",
    }
)
