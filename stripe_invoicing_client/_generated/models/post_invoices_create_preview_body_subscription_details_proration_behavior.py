from typing import Literal

PostInvoicesCreatePreviewBodySubscriptionDetailsProrationBehavior = Literal[
    "always_invoice", "create_prorations", "none"
]
"""Values known to this client. A value from a newer API version is kept as it is."""

POST_INVOICES_CREATE_PREVIEW_BODY_SUBSCRIPTION_DETAILS_PRORATION_BEHAVIOR_VALUES: frozenset[str] = (
    frozenset(
        {
            "always_invoice",
            "create_prorations",
            "none",
        }
    )
)
