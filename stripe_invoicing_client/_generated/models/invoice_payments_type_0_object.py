from typing import Literal

InvoicePaymentsType0Object = Literal["list"]
"""Values known to this client. A value from a newer API version is kept as it is."""

INVOICE_PAYMENTS_TYPE_0_OBJECT_VALUES: frozenset[str] = frozenset(
    {
        "list",
    }
)
