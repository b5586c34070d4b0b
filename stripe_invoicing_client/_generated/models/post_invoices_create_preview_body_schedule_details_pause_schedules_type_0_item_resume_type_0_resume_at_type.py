from typing import Literal

PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemResumeType0ResumeAtType = (
    Literal["duration", "now", "timestamp"]
)
"""Values known to this client. A value from a newer API version is kept as it is."""

POST_INVOICES_CREATE_PREVIEW_BODY_SCHEDULE_DETAILS_PAUSE_SCHEDULES_TYPE_0_ITEM_RESUME_TYPE_0_RESUME_AT_TYPE_VALUES: frozenset[
    str
] = frozenset(
    {
        "duration",
        "now",
        "timestamp",
    }
)
