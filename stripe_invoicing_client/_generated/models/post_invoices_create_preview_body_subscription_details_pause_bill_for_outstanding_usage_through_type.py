from typing import Literal

PostInvoicesCreatePreviewBodySubscriptionDetailsPauseBillForOutstandingUsageThroughType = Literal[
    "none", "now"
]
"""Values known to this client. A value from a newer API version is kept as it is."""

POST_INVOICES_CREATE_PREVIEW_BODY_SUBSCRIPTION_DETAILS_PAUSE_BILL_FOR_OUTSTANDING_USAGE_THROUGH_TYPE_VALUES: frozenset[
    str
] = frozenset(
    {
        "none",
        "now",
    }
)
