from typing import Literal

PostInvoicesCreatePreviewBodySubscriptionDetailsResumeAt = Literal["now"]
"""Values known to this client. A value from a newer API version is kept as it is."""

POST_INVOICES_CREATE_PREVIEW_BODY_SUBSCRIPTION_DETAILS_RESUME_AT_VALUES: frozenset[str] = frozenset(
    {
        "now",
    }
)
