from typing import Literal

PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemItemsItemPriceDataRecurringInterval = Literal[
    "day", "month", "week", "year"
]
"""Values known to this client. A value from a newer API version is kept as it is."""

POST_INVOICES_CREATE_PREVIEW_BODY_SCHEDULE_DETAILS_PHASES_ITEM_ITEMS_ITEM_PRICE_DATA_RECURRING_INTERVAL_VALUES: frozenset[
    str
] = frozenset(
    {
        "day",
        "month",
        "week",
        "year",
    }
)
