from typing import Literal

PostInvoicesCreatePreviewBodySubscriptionDetailsBillingSchedulesType0ItemAppliesToItemType = (
    Literal["price"]
)
"""Values known to this client. A value from a newer API version is kept as it is."""

POST_INVOICES_CREATE_PREVIEW_BODY_SUBSCRIPTION_DETAILS_BILLING_SCHEDULES_TYPE_0_ITEM_APPLIES_TO_ITEM_TYPE_VALUES: frozenset[
    str
] = frozenset(
    {
        "price",
    }
)
