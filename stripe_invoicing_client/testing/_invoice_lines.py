"""An invoice's lines: list them, and on drafts edit one, add, remove or update several.

Every line is backed by an invoice item, as in Stripe: adding a line creates an item (or
attaches a pending one), removing a line deletes or unassigns its item.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from ._billing import (
    apply_item_fields,
    attach,
    default_discountable,
    detach,
    new_invoice_item,
    recompute_totals,
)
from ._clock_time import at_time_of
from ._errors import ApiError
from ._invoice_item_store import InvoiceItem, render_invoice_item
from ._invoice_store import Invoice, render_line
from ._invoices import live_invoice
from ._lifecycle import require
from ._objects import (
    expand_discounts,
    expand_paths,
    invoice_lines,
    invoice_view,
    merged_metadata,
)
from ._pagination import list_page
from ._state import JsonObject, RequestContext, State


@contextmanager
def _all_or_nothing(state: State, invoice: Invoice) -> Iterator[None]:
    """Puts the invoice (its lines with it) and its items back as they were if a later line
    is refused.

    Only what a line operation can touch is copied (this invoice, its items and the
    customer's pending items), so the cost doesn't grow with the whole store."""
    saved_items = {
        item.id: copy.deepcopy(item)
        for item in state.invoice_items.values()
        if item.invoice == invoice.id or (item.pending and item.customer == invoice.customer)
    }
    saved_invoice = copy.deepcopy(invoice)
    saved_registry = dict(state.invoice_items)
    events = len(state.events)
    try:
        yield
    except ApiError:
        state.invoice_items = {
            item_id: saved_items.get(item_id, item) for item_id, item in saved_registry.items()
        }
        state.invoices[invoice.id] = saved_invoice
        del state.events[events:]
        raise


def _item_for_line(state: State, invoice: Invoice, line_id: str, param: str) -> InvoiceItem:
    for line in invoice.lines:
        if line.line_id == line_id:
            return state.invoice_items[line.item_id]
    raise ApiError.missing("line item", line_id, param)


def _change_item(
    call: RequestContext, item: InvoiceItem, fields: dict[str, Any], prefix: str
) -> None:
    before = render_invoice_item(item)
    apply_item_fields(call, item, fields, prefix)
    call.emit_update("invoiceitem.updated", before, render_invoice_item(item))


def _finish(
    call: RequestContext, invoice: Invoice, before: JsonObject, params: dict[str, Any]
) -> JsonObject:
    state = call.state
    if "invoice_metadata" in params:
        invoice.metadata = merged_metadata(invoice.metadata, params["invoice_metadata"])
    recompute_totals(state, invoice)
    call.emit_update("invoice.updated", before, invoice_view(state, invoice))
    return invoice_view(state, invoice, expand_paths(params, in_list=False))


def list_lines(call: RequestContext, ids: dict[str, str], params: dict[str, Any]) -> JsonObject:
    invoice = live_invoice(call.state, ids["invoice"])
    expand = expand_paths(params, in_list=True)
    return list_page(
        invoice_lines(call.state, invoice.id),
        params,
        f"/v1/invoices/{invoice.id}/lines",
        "line item",
        lambda line: expand_discounts(call.state, line, expand),
    )


def _changing_lines(
    call: RequestContext, ids: dict[str, str]
) -> tuple[RequestContext, Invoice, JsonObject]:
    """The call at the invoice's time, the draft invoice whose lines change, and how it
    looked before."""
    invoice = live_invoice(call.state, ids["invoice"])
    call = at_time_of(call, invoice)
    require(invoice, "change_lines")
    return call, invoice, invoice_view(call.state, invoice)


def update_line(call: RequestContext, ids: dict[str, str], params: dict[str, Any]) -> JsonObject:
    state = call.state
    call, invoice, before = _changing_lines(call, ids)
    item = _item_for_line(state, invoice, ids["line_item_id"], "line_item_id")
    with _all_or_nothing(state, invoice):
        fields = {k: v for k, v in params.items() if k != "expand"}
        _change_item(call, item, fields, "")
        _finish(call, invoice, before, {})
    line = invoice.line_of(item.id)
    rendered = render_line(item, invoice.id, line.line_id, line.math)
    return expand_discounts(state, rendered, expand_paths(params, in_list=False))


LineEdit = Callable[[RequestContext, Invoice, dict[str, Any], str], None]


def _edit_lines(
    call: RequestContext, ids: dict[str, str], params: dict[str, Any], edit: LineEdit
) -> JsonObject:
    """`edit` applied to each of `params["lines"]` (with its `lines[i]` prefix), all or none."""
    state = call.state
    call, invoice, before = _changing_lines(call, ids)
    with _all_or_nothing(state, invoice):
        for index, given in enumerate(params["lines"]):
            edit(call, invoice, given, f"lines[{index}]")
        return _finish(call, invoice, before, params)


def _add_line(call: RequestContext, invoice: Invoice, given: dict[str, Any], prefix: str) -> None:
    state = call.state
    fields = {k: v for k, v in given.items() if k != "invoice_item"}
    if "invoice_item" in given:
        item = state.invoice_items.get(given["invoice_item"])
        if item is None or item.customer != invoice.customer:
            raise ApiError.missing("invoiceitem", given["invoice_item"], prefix + "[invoice_item]")
        if item.invoice is not None:
            raise ApiError.invalid_request(
                f"Invoice item {item.id} is already on invoice {item.invoice}.",
                param=prefix + "[invoice_item]",
            )
        _change_item(call, item, fields, prefix)
        attach(state, invoice, item, call)
        return
    item = new_invoice_item(call, invoice.customer)
    item.currency = invoice.currency
    apply_item_fields(call, item, fields, prefix)
    default_discountable(item, fields)
    state.invoice_items[item.id] = item
    attach(state, invoice, item, call)
    call.emit("invoiceitem.created", render_invoice_item(item))


def _remove_line(
    call: RequestContext, invoice: Invoice, given: dict[str, Any], prefix: str
) -> None:
    state = call.state
    if "behavior" not in given or "id" not in given:
        missing = "id" if "id" not in given else "behavior"
        raise ApiError.missing_param(f"{prefix}[{missing}]")
    item = _item_for_line(state, invoice, given["id"], prefix + "[id]")
    detach(state, item)
    if given["behavior"] == "delete":
        del state.invoice_items[item.id]
        call.emit("invoiceitem.deleted", render_invoice_item(item))


def _update_line_in(
    call: RequestContext, invoice: Invoice, given: dict[str, Any], prefix: str
) -> None:
    if "id" not in given:
        raise ApiError.missing_param(f"{prefix}[id]")
    item = _item_for_line(call.state, invoice, given["id"], prefix + "[id]")
    fields = {k: v for k, v in given.items() if k != "id"}
    _change_item(call, item, fields, prefix)


def add_lines(call: RequestContext, ids: dict[str, str], params: dict[str, Any]) -> JsonObject:
    return _edit_lines(call, ids, params, _add_line)


def remove_lines(call: RequestContext, ids: dict[str, str], params: dict[str, Any]) -> JsonObject:
    return _edit_lines(call, ids, params, _remove_line)


def update_lines(call: RequestContext, ids: dict[str, str], params: dict[str, Any]) -> JsonObject:
    return _edit_lines(call, ids, params, _update_line_in)


__all__ = ["add_lines", "list_lines", "remove_lines", "update_line", "update_lines"]
