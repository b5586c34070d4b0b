from typing import Literal

InvoiceBillingReason = Literal[
    "automatic_pending_invoice_item_invoice",
    "manual",
    "quote_accept",
    "subscription",
    "subscription_create",
    "subscription_cycle",
    "subscription_threshold",
    "subscription_update",
    "upcoming",
]
"""Values known to this client (`typing.get_args` lists them). A value from a newer API
version is kept as it is."""
