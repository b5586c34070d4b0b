from typing import Literal

PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemDurationInterval = Literal[
    "day", "month", "week", "year"
]
"""Values known to this client. A value from a newer API version is kept as it is."""

POST_INVOICES_CREATE_PREVIEW_BODY_SCHEDULE_DETAILS_PHASES_ITEM_DURATION_INTERVAL_VALUES: frozenset[
    str
] = frozenset(
    {
        "day",
        "month",
        "week",
        "year",
    }
)
