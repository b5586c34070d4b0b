from typing import Literal

PostInvoicesCreatePreviewBodySubscriptionDetailsPauseBillForUnusedTimeFromType = Literal[
    "item_current_period_start", "none", "now"
]
"""Values known to this client. A value from a newer API version is kept as it is."""

POST_INVOICES_CREATE_PREVIEW_BODY_SUBSCRIPTION_DETAILS_PAUSE_BILL_FOR_UNUSED_TIME_FROM_TYPE_VALUES: frozenset[
    str
] = frozenset(
    {
        "item_current_period_start",
        "none",
        "now",
    }
)
