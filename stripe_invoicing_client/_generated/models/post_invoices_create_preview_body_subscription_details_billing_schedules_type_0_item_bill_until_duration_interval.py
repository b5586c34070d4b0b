from typing import Literal

PostInvoicesCreatePreviewBodySubscriptionDetailsBillingSchedulesType0ItemBillUntilDurationInterval = Literal[
    "day", "month", "week", "year"
]
"""Values known to this client. A value from a newer API version is kept as it is."""

POST_INVOICES_CREATE_PREVIEW_BODY_SUBSCRIPTION_DETAILS_BILLING_SCHEDULES_TYPE_0_ITEM_BILL_UNTIL_DURATION_INTERVAL_VALUES: frozenset[
    str
] = frozenset(
    {
        "day",
        "month",
        "week",
        "year",
    }
)
