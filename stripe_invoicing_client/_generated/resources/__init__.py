"""The client's resources, from the operations table (generated; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .customers import (
    AsyncCustomers,
    AsyncCustomersWithRawResponse,
    Customers,
    CustomersWithRawResponse,
)
from .invoice_items import (
    AsyncInvoiceItems,
    AsyncInvoiceItemsWithRawResponse,
    InvoiceItems,
    InvoiceItemsWithRawResponse,
)
from .invoices import AsyncInvoices, AsyncInvoicesWithRawResponse, Invoices, InvoicesWithRawResponse

if TYPE_CHECKING:
    from ..._client import AsyncStripeInvoicing, StripeInvoicing


class Resources:
    """The resource attributes of StripeInvoicing."""

    invoices: Invoices
    invoice_items: InvoiceItems
    customers: Customers

    def _attach_resources(self, client: StripeInvoicing) -> None:
        self.invoices = Invoices(client)
        self.invoice_items = InvoiceItems(client)
        self.customers = Customers(client)


class RawResources:
    """The resource attributes of StripeInvoicing.with_raw_response."""

    invoices: InvoicesWithRawResponse
    invoice_items: InvoiceItemsWithRawResponse
    customers: CustomersWithRawResponse

    def _attach_resources(self, client: StripeInvoicing) -> None:
        self.invoices = InvoicesWithRawResponse(client.invoices)
        self.invoice_items = InvoiceItemsWithRawResponse(client.invoice_items)
        self.customers = CustomersWithRawResponse(client.customers)


class AsyncResources:
    """The resource attributes of AsyncStripeInvoicing."""

    invoices: AsyncInvoices
    invoice_items: AsyncInvoiceItems
    customers: AsyncCustomers

    def _attach_resources(self, client: AsyncStripeInvoicing) -> None:
        self.invoices = AsyncInvoices(client)
        self.invoice_items = AsyncInvoiceItems(client)
        self.customers = AsyncCustomers(client)


class AsyncRawResources:
    """The resource attributes of AsyncStripeInvoicing.with_raw_response."""

    invoices: AsyncInvoicesWithRawResponse
    invoice_items: AsyncInvoiceItemsWithRawResponse
    customers: AsyncCustomersWithRawResponse

    def _attach_resources(self, client: AsyncStripeInvoicing) -> None:
        self.invoices = AsyncInvoicesWithRawResponse(client.invoices)
        self.invoice_items = AsyncInvoiceItemsWithRawResponse(client.invoice_items)
        self.customers = AsyncCustomersWithRawResponse(client.customers)


__all__ = [
    "AsyncCustomers",
    "AsyncCustomersWithRawResponse",
    "AsyncInvoiceItems",
    "AsyncInvoiceItemsWithRawResponse",
    "AsyncInvoices",
    "AsyncInvoicesWithRawResponse",
    "AsyncRawResources",
    "AsyncResources",
    "Customers",
    "CustomersWithRawResponse",
    "InvoiceItems",
    "InvoiceItemsWithRawResponse",
    "Invoices",
    "InvoicesWithRawResponse",
    "RawResources",
    "Resources",
]
