from typing import Literal

PostInvoicesInvoiceRemoveLinesBodyLinesItemBehavior = Literal["delete", "unassign"]
"""Values known to this client. A value from a newer API version is kept as it is."""

POST_INVOICES_INVOICE_REMOVE_LINES_BODY_LINES_ITEM_BEHAVIOR_VALUES: frozenset[str] = frozenset(
    {
        "delete",
        "unassign",
    }
)
