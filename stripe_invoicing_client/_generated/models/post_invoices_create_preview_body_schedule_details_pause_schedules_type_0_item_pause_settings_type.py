from typing import Literal

PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemPauseSettingsType = Literal[
    "subscription"
]
"""Values known to this client. A value from a newer API version is kept as it is."""

POST_INVOICES_CREATE_PREVIEW_BODY_SCHEDULE_DETAILS_PAUSE_SCHEDULES_TYPE_0_ITEM_PAUSE_SETTINGS_TYPE_VALUES: frozenset[
    str
] = frozenset(
    {
        "subscription",
    }
)
