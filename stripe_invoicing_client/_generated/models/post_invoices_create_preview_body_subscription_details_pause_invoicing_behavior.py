from typing import Literal

PostInvoicesCreatePreviewBodySubscriptionDetailsPauseInvoicingBehavior = Literal[
    "invoice", "pending_invoice_item"
]
"""Values known to this client. A value from a newer API version is kept as it is."""

POST_INVOICES_CREATE_PREVIEW_BODY_SUBSCRIPTION_DETAILS_PAUSE_INVOICING_BEHAVIOR_VALUES: frozenset[
    str
] = frozenset(
    {
        "invoice",
        "pending_invoice_item",
    }
)
