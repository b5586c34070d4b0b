from typing import Literal

InvoiceCollectionMethod = Literal["charge_automatically", "send_invoice"]
"""Values known to this client. A value from a newer API version is kept as it is."""

INVOICE_COLLECTION_METHOD_VALUES: frozenset[str] = frozenset(
    {
        "charge_automatically",
        "send_invoice",
    }
)
