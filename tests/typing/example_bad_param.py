"""Type-checked only: a misspelled parameter must be an error."""

from __future__ import annotations

from stripe_invoicing_client import StripeInvoicing


def create(client: StripeInvoicing) -> None:
    client.invoices.create(cusotmer="cus_NeZwdNtLEOXuvB", collection_method="send_invoice")
