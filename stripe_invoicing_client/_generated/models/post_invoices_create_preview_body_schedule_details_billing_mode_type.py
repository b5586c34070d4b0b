from typing import Literal

PostInvoicesCreatePreviewBodyScheduleDetailsBillingModeType = Literal["classic", "flexible"]
"""Values known to this client. A value from a newer API version is kept as it is."""

POST_INVOICES_CREATE_PREVIEW_BODY_SCHEDULE_DETAILS_BILLING_MODE_TYPE_VALUES: frozenset[str] = (
    frozenset(
        {
            "classic",
            "flexible",
        }
    )
)
