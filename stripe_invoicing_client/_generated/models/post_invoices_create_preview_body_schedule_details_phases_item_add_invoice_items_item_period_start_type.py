from typing import Literal

PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemAddInvoiceItemsItemPeriodStartType = Literal[
    "max_item_period_start", "phase_start", "timestamp"
]
"""Values known to this client. A value from a newer API version is kept as it is."""

POST_INVOICES_CREATE_PREVIEW_BODY_SCHEDULE_DETAILS_PHASES_ITEM_ADD_INVOICE_ITEMS_ITEM_PERIOD_START_TYPE_VALUES: frozenset[
    str
] = frozenset(
    {
        "max_item_period_start",
        "phase_start",
        "timestamp",
    }
)
