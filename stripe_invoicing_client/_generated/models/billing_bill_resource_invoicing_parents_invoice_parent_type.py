from typing import Literal

BillingBillResourceInvoicingParentsInvoiceParentType = Literal[
    "quote_details", "subscription_details"
]
"""Values known to this client. A value from a newer API version is kept as it is."""

BILLING_BILL_RESOURCE_INVOICING_PARENTS_INVOICE_PARENT_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "quote_details",
        "subscription_details",
    }
)
