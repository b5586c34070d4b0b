from typing import Literal

PostInvoicesCreatePreviewBodySubscriptionDetailsPauseType = Literal["subscription"]
"""Values known to this client. A value from a newer API version is kept as it is."""

POST_INVOICES_CREATE_PREVIEW_BODY_SUBSCRIPTION_DETAILS_PAUSE_TYPE_VALUES: frozenset[str] = (
    frozenset(
        {
            "subscription",
        }
    )
)
