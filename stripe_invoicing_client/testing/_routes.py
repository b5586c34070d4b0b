"""Which handler serves each method and path, named by the spec's operationId."""

from __future__ import annotations

import re
from urllib.parse import unquote

from attrs import frozen

from . import _customers as customers
from . import _invoice_items as invoice_items
from . import _invoice_lines as lines
from . import _invoice_status as status
from . import _invoices as invoices
from ._state import Handler


@frozen
class Route:
    method: str
    template: str
    operation_id: str
    handler: Handler
    changes_state: bool
    pattern: re.Pattern[str]


def _route(
    method: str, template: str, operation_id: str, handler: Handler, *, changes_state: bool
) -> Route:
    regex = re.sub(r"\{(\w+)\}", r"(?P<\1>[^/]+)", template)
    return Route(method, template, operation_id, handler, changes_state, re.compile(regex))


def _reader(method: str, template: str, operation_id: str, handler: Handler) -> Route:
    return _route(method, template, operation_id, handler, changes_state=False)


def _writer(method: str, template: str, operation_id: str, handler: Handler) -> Route:
    return _route(method, template, operation_id, handler, changes_state=True)


_INVOICE = "/v1/invoices/{invoice}"

# Fixed paths come before `{invoice}` so `search` and `create_preview` aren't read as ids.
ROUTES = (
    _reader("GET", "/v1/invoices/search", "GetInvoicesSearch", invoices.search),
    _reader(
        "POST", "/v1/invoices/create_preview", "PostInvoicesCreatePreview", invoices.create_preview
    ),
    _reader("GET", "/v1/invoices", "GetInvoices", invoices.list_all),
    _writer("POST", "/v1/invoices", "PostInvoices", invoices.create),
    _reader("GET", _INVOICE, "GetInvoicesInvoice", invoices.retrieve),
    _writer("POST", _INVOICE, "PostInvoicesInvoice", invoices.update),
    _writer("DELETE", _INVOICE, "DeleteInvoicesInvoice", invoices.delete),
    _writer("POST", _INVOICE + "/finalize", "PostInvoicesInvoiceFinalize", status.finalize),
    _writer("POST", _INVOICE + "/send", "PostInvoicesInvoiceSend", status.send),
    _writer("POST", _INVOICE + "/pay", "PostInvoicesInvoicePay", status.pay),
    _writer("POST", _INVOICE + "/void", "PostInvoicesInvoiceVoid", status.void),
    _writer(
        "POST",
        _INVOICE + "/mark_uncollectible",
        "PostInvoicesInvoiceMarkUncollectible",
        status.mark_uncollectible,
    ),
    _reader("GET", _INVOICE + "/lines", "GetInvoicesInvoiceLines", lines.list_lines),
    _writer(
        "POST",
        _INVOICE + "/lines/{line_item_id}",
        "PostInvoicesInvoiceLinesLineItemId",
        lines.update_line,
    ),
    _writer("POST", _INVOICE + "/add_lines", "PostInvoicesInvoiceAddLines", lines.add_lines),
    _writer(
        "POST", _INVOICE + "/remove_lines", "PostInvoicesInvoiceRemoveLines", lines.remove_lines
    ),
    _writer(
        "POST", _INVOICE + "/update_lines", "PostInvoicesInvoiceUpdateLines", lines.update_lines
    ),
    _reader("GET", "/v1/invoiceitems", "GetInvoiceitems", invoice_items.list_all),
    _writer("POST", "/v1/invoiceitems", "PostInvoiceitems", invoice_items.create),
    _reader(
        "GET",
        "/v1/invoiceitems/{invoiceitem}",
        "GetInvoiceitemsInvoiceitem",
        invoice_items.retrieve,
    ),
    _writer(
        "POST",
        "/v1/invoiceitems/{invoiceitem}",
        "PostInvoiceitemsInvoiceitem",
        invoice_items.update,
    ),
    _writer(
        "DELETE",
        "/v1/invoiceitems/{invoiceitem}",
        "DeleteInvoiceitemsInvoiceitem",
        invoice_items.delete,
    ),
    _reader("GET", "/v1/customers/search", "GetCustomersSearch", customers.search),
    _reader("GET", "/v1/customers", "GetCustomers", customers.list_all),
    _writer("POST", "/v1/customers", "PostCustomers", customers.create),
    _reader("GET", "/v1/customers/{customer}", "GetCustomersCustomer", customers.retrieve),
    _writer("POST", "/v1/customers/{customer}", "PostCustomersCustomer", customers.update),
    _writer("DELETE", "/v1/customers/{customer}", "DeleteCustomersCustomer", customers.delete),
)


def find_route(method: str, raw_path: str) -> tuple[Route, dict[str, str]] | None:
    """The route and its decoded path values; `raw_path` is still percent-encoded."""
    for route in ROUTES:
        if route.method != method:
            continue
        found = route.pattern.fullmatch(raw_path)
        if found:
            return route, {name: unquote(value) for name, value in found.groupdict().items()}
    return None


__all__ = ["ROUTES", "Route", "find_route"]
