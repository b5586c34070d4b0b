from typing import Literal

PostInvoicesCreatePreviewBodySubscriptionDetailsBillingCycleAnchorType = Literal[
    "now", "timestamp", "unchanged"
]
"""Values known to this client. A value from a newer API version is kept as it is."""

POST_INVOICES_CREATE_PREVIEW_BODY_SUBSCRIPTION_DETAILS_BILLING_CYCLE_ANCHOR_TYPE_VALUES: frozenset[
    str
] = frozenset(
    {
        "now",
        "timestamp",
        "unchanged",
    }
)
