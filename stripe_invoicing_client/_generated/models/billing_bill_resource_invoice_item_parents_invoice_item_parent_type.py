from typing import Literal

BillingBillResourceInvoiceItemParentsInvoiceItemParentType = Literal["subscription_details"]
"""Values known to this client. A value from a newer API version is kept as it is."""

BILLING_BILL_RESOURCE_INVOICE_ITEM_PARENTS_INVOICE_ITEM_PARENT_TYPE_VALUES: frozenset[str] = (
    frozenset(
        {
            "subscription_details",
        }
    )
)
