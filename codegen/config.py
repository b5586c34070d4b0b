"""What the generator selects. One list, kept here, drives selection, reports and the facade."""

from __future__ import annotations

# openapi-python-client is pinned: templates are written against its internals.
GENERATOR_VERSION = "0.29.1"

# operationId -> the tag (module folder) it is generated under.
OPERATIONS: dict[str, str] = {
    "GetInvoices": "invoices",
    "PostInvoices": "invoices",
    "GetInvoicesSearch": "invoices",
    "PostInvoicesCreatePreview": "invoices",
    "GetInvoicesInvoice": "invoices",
    "PostInvoicesInvoice": "invoices",
    "DeleteInvoicesInvoice": "invoices",
    "PostInvoicesInvoiceFinalize": "invoices",
    "PostInvoicesInvoiceSend": "invoices",
    "PostInvoicesInvoicePay": "invoices",
    "PostInvoicesInvoiceVoid": "invoices",
    "PostInvoicesInvoiceMarkUncollectible": "invoices",
    "GetInvoicesInvoiceLines": "invoices",
    "PostInvoicesInvoiceLinesLineItemId": "invoices",
    "PostInvoicesInvoiceAddLines": "invoices",
    "PostInvoicesInvoiceRemoveLines": "invoices",
    "PostInvoicesInvoiceUpdateLines": "invoices",
    "GetInvoiceitems": "invoice_items",
    "PostInvoiceitems": "invoice_items",
    "GetInvoiceitemsInvoiceitem": "invoice_items",
    "PostInvoiceitemsInvoiceitem": "invoice_items",
    "DeleteInvoiceitemsInvoiceitem": "invoice_items",
    "GetCustomers": "customers",
    "PostCustomers": "customers",
    "GetCustomersSearch": "customers",
    "GetCustomersCustomer": "customers",
    "PostCustomersCustomer": "customers",
    "DeleteCustomersCustomer": "customers",
}

# Resources modelled in full. A reference to any other resource (one with `x-resourceId`, or
# one named by an `x-expansionResources`) is pruned to an id string or a loose dict, so the
# models stay the invoicing family instead of the closure of the whole API.
FAMILY: frozenset[str] = frozenset(
    {
        "invoice",
        "line_item",
        "invoiceitem",
        "customer",
        "deleted_invoice",
        "deleted_invoiceitem",
        "deleted_customer",
        "discount",
        "deleted_discount",
        "coupon",
        "error",
        "api_errors",
    }
)
