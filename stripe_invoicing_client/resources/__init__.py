"""The resources of a client: `client.invoices`, `client.invoice_items`, `client.customers`."""

from .customers import AsyncCustomers, Customers
from .invoice_items import AsyncInvoiceItems, InvoiceItems
from .invoices import AsyncInvoices, Invoices

__all__ = [
    "AsyncCustomers",
    "AsyncInvoiceItems",
    "AsyncInvoices",
    "Customers",
    "InvoiceItems",
    "Invoices",
]
