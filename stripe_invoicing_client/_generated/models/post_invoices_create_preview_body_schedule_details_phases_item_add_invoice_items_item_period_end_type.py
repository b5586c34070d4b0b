from typing import Literal

PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemAddInvoiceItemsItemPeriodEndType = Literal[
    "min_item_period_end", "phase_end", "timestamp"
]
"""Values known to this client. A value from a newer API version is kept as it is."""

POST_INVOICES_CREATE_PREVIEW_BODY_SCHEDULE_DETAILS_PHASES_ITEM_ADD_INVOICE_ITEMS_ITEM_PERIOD_END_TYPE_VALUES: frozenset[
    str
] = frozenset(
    {
        "min_item_period_end",
        "phase_end",
        "timestamp",
    }
)
