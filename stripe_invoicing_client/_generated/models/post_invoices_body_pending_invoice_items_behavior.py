from typing import Literal

PostInvoicesBodyPendingInvoiceItemsBehavior = Literal["exclude", "include"]
"""Values known to this client. A value from a newer API version is kept as it is."""

POST_INVOICES_BODY_PENDING_INVOICE_ITEMS_BEHAVIOR_VALUES: frozenset[str] = frozenset(
    {
        "exclude",
        "include",
    }
)
