from typing import Literal

BillingBillResourceInvoicingLinesParentsInvoiceLineItemParentType = Literal[
    "invoice_item_details", "subscription_item_details"
]
"""Values known to this client (`typing.get_args` lists them). A value from a newer API
version is kept as it is."""
