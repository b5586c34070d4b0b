from typing import Literal

PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemPauseSettingsInvoicingBehavior = Literal[
    "invoice", "pending_invoice_item"
]
"""Values known to this client. A value from a newer API version is kept as it is."""

POST_INVOICES_CREATE_PREVIEW_BODY_SCHEDULE_DETAILS_PAUSE_SCHEDULES_TYPE_0_ITEM_PAUSE_SETTINGS_INVOICING_BEHAVIOR_VALUES: frozenset[
    str
] = frozenset(
    {
        "invoice",
        "pending_invoice_item",
    }
)
