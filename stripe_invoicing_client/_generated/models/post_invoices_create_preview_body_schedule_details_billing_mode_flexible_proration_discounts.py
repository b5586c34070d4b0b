from typing import Literal

PostInvoicesCreatePreviewBodyScheduleDetailsBillingModeFlexibleProrationDiscounts = Literal[
    "included", "itemized"
]
"""Values known to this client. A value from a newer API version is kept as it is."""

POST_INVOICES_CREATE_PREVIEW_BODY_SCHEDULE_DETAILS_BILLING_MODE_FLEXIBLE_PRORATION_DISCOUNTS_VALUES: frozenset[
    str
] = frozenset(
    {
        "included",
        "itemized",
    }
)
