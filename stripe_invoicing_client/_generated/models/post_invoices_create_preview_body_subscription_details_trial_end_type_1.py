from typing import Literal

PostInvoicesCreatePreviewBodySubscriptionDetailsTrialEndType1 = Literal["now"]
"""Values known to this client. A value from a newer API version is kept as it is."""

POST_INVOICES_CREATE_PREVIEW_BODY_SUBSCRIPTION_DETAILS_TRIAL_END_TYPE_1_VALUES: frozenset[str] = (
    frozenset(
        {
            "now",
        }
    )
)
