"""Webhook event objects by their `object` tag (generated from the operations table)."""

from __future__ import annotations

from typing import Any, TypeAlias

from .models.customer import Customer, DeletedCustomer
from .models.invoice import DeletedInvoice, Invoice
from .models.invoice_item import DeletedInvoiceItem, InvoiceItem

EventObject: TypeAlias = (
    Invoice
    | InvoiceItem
    | Customer
    | DeletedInvoice
    | DeletedInvoiceItem
    | DeletedCustomer
    | dict[str, Any]
)
"""What `event.data.object` can be: a model for the objects this package knows, else a dict."""

# object tag -> (event type prefix, full model, deletion-stub model or None)
WEBHOOK_OBJECTS: dict[str, tuple[str, Any, Any]] = {
    "invoice": ("invoice.", Invoice, DeletedInvoice),
    "invoiceitem": ("invoiceitem.", InvoiceItem, DeletedInvoiceItem),
    "customer": ("customer.", Customer, DeletedCustomer),
}

__all__ = ["WEBHOOK_OBJECTS", "EventObject"]
