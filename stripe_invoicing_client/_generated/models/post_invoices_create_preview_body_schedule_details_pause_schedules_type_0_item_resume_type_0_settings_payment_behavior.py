from typing import Literal

PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemResumeType0SettingsPaymentBehavior = Literal[
    "resume_on_payment_attempt", "resume_on_payment_success"
]
"""Values known to this client. A value from a newer API version is kept as it is."""

POST_INVOICES_CREATE_PREVIEW_BODY_SCHEDULE_DETAILS_PAUSE_SCHEDULES_TYPE_0_ITEM_RESUME_TYPE_0_SETTINGS_PAYMENT_BEHAVIOR_VALUES: frozenset[
    str
] = frozenset(
    {
        "resume_on_payment_attempt",
        "resume_on_payment_success",
    }
)
