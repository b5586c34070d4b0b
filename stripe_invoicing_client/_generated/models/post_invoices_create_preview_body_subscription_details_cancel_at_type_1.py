from typing import Literal

PostInvoicesCreatePreviewBodySubscriptionDetailsCancelAtType1 = Literal[
    "max_billed_until", "max_period_end", "min_period_end"
]
"""Values known to this client. A value from a newer API version is kept as it is."""

POST_INVOICES_CREATE_PREVIEW_BODY_SUBSCRIPTION_DETAILS_CANCEL_AT_TYPE_1_VALUES: frozenset[str] = (
    frozenset(
        {
            "max_billed_until",
            "max_period_end",
            "min_period_end",
        }
    )
)
