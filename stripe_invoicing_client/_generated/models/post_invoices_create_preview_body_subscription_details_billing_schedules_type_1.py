from typing import Literal

PostInvoicesCreatePreviewBodySubscriptionDetailsBillingSchedulesType1 = Literal[""]
"""Values known to this client. A value from a newer API version is kept as it is."""

POST_INVOICES_CREATE_PREVIEW_BODY_SUBSCRIPTION_DETAILS_BILLING_SCHEDULES_TYPE_1_VALUES: frozenset[
    str
] = frozenset(
    {
        "",
    }
)
