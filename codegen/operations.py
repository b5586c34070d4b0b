"""The operations table: every operation the client offers, in one place.

One row per Stripe operation: where it hangs on the client (`client.invoices.send`), what kind
of call it is, and a one-line doc in our words. It drives what the generator selects from a
spec, the generated parameter TypedDicts and resource classes (sync, async and raw-response
twins), the client's wiring, the webhook object-to-model table and the in-memory backend's
route table. Adding an operation is a row here (plus a handler in `testing/` for the fake).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Kind = Literal["call", "list", "search", "delete"]


@dataclass(frozen=True)
class Resource:
    """A resource of the client: `client.<attribute>`."""

    attribute: str  # `invoices`, as in `client.invoices` (and the module names)
    singular: str  # `Invoice`: the prefix of its parameter TypedDict names
    classes: str  # `Invoices`: the resource classes (`Invoices`, `AsyncInvoices`, ...)
    doc: str


@dataclass(frozen=True)
class Operation:
    operation_id: str  # Stripe's operationId
    resource: str  # Resource.attribute
    method: str  # the client method's name
    kind: Kind
    doc: str  # one line, our words
    # The parameter TypedDict's name part after the resource (default: the method's name).
    params_name: str = ""

    @property
    def params(self) -> str:
        """The name of its parameter TypedDict: `InvoiceCreateParams`."""
        part = self.params_name or "".join(w.capitalize() for w in self.method.split("_"))
        return f"{RESOURCES[self.resource].singular}{part}Params"


RESOURCES: dict[str, Resource] = {
    r.attribute: r
    for r in (
        Resource(
            "invoices",
            "Invoice",
            "Invoices",
            "Invoices: create drafts, finalize, send, collect, and page through them.",
        ),
        Resource(
            "invoice_items",
            "InvoiceItem",
            "InvoiceItems",
            "Invoice items: charges waiting for the customer's next invoice.",
        ),
        Resource(
            "customers",
            "Customer",
            "Customers",
            "Customers: who invoices are addressed to and how they pay.",
        ),
    )
}

_I = "invoices"
_II = "invoice_items"
_C = "customers"

OPERATIONS: tuple[Operation, ...] = (
    Operation(
        "GetInvoices", _I, "list", "list", "Every matching invoice, newest first, page by page."
    ),
    Operation(
        "PostInvoices",
        _I,
        "create",
        "call",
        "Create a draft invoice; the customer's pending invoice items are pulled in.",
    ),
    Operation(
        "GetInvoicesSearch",
        _I,
        "search",
        "search",
        "Invoices matching a search `query` (a str, or built from `InvoiceSearch` fields).",
    ),
    Operation(
        "PostInvoicesCreatePreview",
        _I,
        "create_preview",
        "call",
        "What an invoice would look like, without creating it.",
    ),
    Operation("GetInvoicesInvoice", _I, "retrieve", "call", "Fetch one invoice by its id."),
    Operation("PostInvoicesInvoice", _I, "update", "call", "Change an invoice's fields."),
    Operation(
        "DeleteInvoicesInvoice",
        _I,
        "delete",
        "delete",
        "Delete a draft invoice (others can only be voided).",
    ),
    Operation(
        "PostInvoicesInvoiceFinalize",
        _I,
        "finalize",
        "call",
        "Finalize a draft: it gets a number and can be paid.",
    ),
    Operation(
        "PostInvoicesInvoiceSend",
        _I,
        "send",
        "call",
        "Email the invoice to the customer now (finalizing a draft first).",
    ),
    Operation(
        "PostInvoicesInvoicePay",
        _I,
        "pay",
        "call",
        "Collect payment now, or record one made outside Stripe (`paid_out_of_band=True`).",
    ),
    Operation(
        "PostInvoicesInvoiceVoid", _I, "void", "call", "Void a finalized invoice: nothing is owed."
    ),
    Operation(
        "PostInvoicesInvoiceMarkUncollectible",
        _I,
        "mark_uncollectible",
        "call",
        "Mark a finalized invoice as not expected to be paid.",
    ),
    Operation(
        "GetInvoicesInvoiceLines",
        _I,
        "list_lines",
        "list",
        "Every line of an invoice, page by page.",
    ),
    Operation(
        "PostInvoicesInvoiceLinesLineItemId",
        _I,
        "update_line",
        "call",
        "Change one line of a draft invoice.",
    ),
    Operation(
        "PostInvoicesInvoiceAddLines", _I, "add_lines", "call", "Add lines to a draft invoice."
    ),
    Operation(
        "PostInvoicesInvoiceRemoveLines",
        _I,
        "remove_lines",
        "call",
        "Remove lines from a draft invoice (delete or unassign their items).",
    ),
    Operation(
        "PostInvoicesInvoiceUpdateLines",
        _I,
        "update_lines",
        "call",
        "Change several lines of a draft invoice at once.",
    ),
    Operation(
        "GetInvoiceitems",
        _II,
        "list",
        "list",
        "Every matching invoice item, newest first, page by page.",
    ),
    Operation(
        "PostInvoiceitems",
        _II,
        "create",
        "call",
        "Create an invoice item: a charge for the customer's next (or a given) invoice.",
    ),
    Operation(
        "GetInvoiceitemsInvoiceitem", _II, "retrieve", "call", "Fetch one invoice item by its id."
    ),
    Operation(
        "PostInvoiceitemsInvoiceitem",
        _II,
        "update",
        "call",
        "Change an invoice item that is not yet on a finalized invoice.",
    ),
    Operation(
        "DeleteInvoiceitemsInvoiceitem",
        _II,
        "delete",
        "delete",
        "Delete an invoice item that is not on a finalized invoice.",
    ),
    Operation(
        "GetCustomers", _C, "list", "list", "Every matching customer, newest first, page by page."
    ),
    Operation("PostCustomers", _C, "create", "call", "Create a customer."),
    Operation(
        "GetCustomersSearch",
        _C,
        "search",
        "search",
        "Customers matching a search `query` (a str, or built from `CustomerSearch` fields).",
    ),
    Operation(
        "GetCustomersCustomer",
        _C,
        "retrieve",
        "call",
        "Fetch one customer by its id (a deleted one comes back as `DeletedCustomer`).",
    ),
    Operation("PostCustomersCustomer", _C, "update", "call", "Change a customer's fields."),
    Operation(
        "DeleteCustomersCustomer",
        _C,
        "delete",
        "delete",
        "Delete a customer for good.",
    ),
)

BY_ID: dict[str, Operation] = {op.operation_id: op for op in OPERATIONS}


def resource_of(operation_id: str) -> str:
    return BY_ID[operation_id].resource
