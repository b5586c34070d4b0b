from typing import Literal

BillingBillResourceInvoicingParentsInvoiceParentType = Literal[
    "quote_details", "subscription_details"
]
"""Values known to this client (`typing.get_args` lists them). A value from a newer API
version is kept as it is."""
