from typing import Literal

PostInvoicesCreatePreviewBodyScheduleDetailsEndBehavior = Literal["cancel", "release"]
"""Values known to this client. A value from a newer API version is kept as it is."""

POST_INVOICES_CREATE_PREVIEW_BODY_SCHEDULE_DETAILS_END_BEHAVIOR_VALUES: frozenset[str] = frozenset(
    {
        "cancel",
        "release",
    }
)
