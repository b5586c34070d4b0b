from typing import Literal

BillingBillResourceInvoicingLinesParentsInvoiceLineItemParentType = Literal[
    "invoice_item_details", "subscription_item_details"
]
"""Values known to this client. A value from a newer API version is kept as it is."""

BILLING_BILL_RESOURCE_INVOICING_LINES_PARENTS_INVOICE_LINE_ITEM_PARENT_TYPE_VALUES: frozenset[
    str
] = frozenset(
    {
        "invoice_item_details",
        "subscription_item_details",
    }
)
