from typing import Literal

PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemBillingCycleAnchor = Literal[
    "automatic", "phase_start"
]
"""Values known to this client. A value from a newer API version is kept as it is."""

POST_INVOICES_CREATE_PREVIEW_BODY_SCHEDULE_DETAILS_PHASES_ITEM_BILLING_CYCLE_ANCHOR_VALUES: frozenset[
    str
] = frozenset(
    {
        "automatic",
        "phase_start",
    }
)
