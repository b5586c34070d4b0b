"""Type-checked only: a str for an int, and an enum value the spec does not have."""

from __future__ import annotations

from stripe_invoicing_client import StripeInvoicing


def create(client: StripeInvoicing) -> None:
    client.invoices.create(customer="cus_1", days_until_due="30")


def update(client: StripeInvoicing) -> None:
    client.invoices.update("in_1", collection_method="sometimes")
