from typing import Literal

PostInvoicesCreatePreviewBodySubscriptionDetailsCancelAtType2 = Literal[""]
"""Values known to this client. A value from a newer API version is kept as it is."""

POST_INVOICES_CREATE_PREVIEW_BODY_SUBSCRIPTION_DETAILS_CANCEL_AT_TYPE_2_VALUES: frozenset[str] = (
    frozenset(
        {
            "",
        }
    )
)
