from typing import Literal

PostInvoicesBodyFromInvoiceAction = Literal["revision"]
"""Values known to this client. A value from a newer API version is kept as it is."""

POST_INVOICES_BODY_FROM_INVOICE_ACTION_VALUES: frozenset[str] = frozenset(
    {
        "revision",
    }
)
