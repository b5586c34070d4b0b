"""Invoice items: pending charges for a customer, or the lines of a draft invoice.

A pending item that names a `subscription` waits for that subscription's next invoice; one
that names none goes on the customer's next scheduled invoice, a renewal of any of their
subscriptions (`_recurring.new_subscription_invoice`), or on one made with
`pending_invoice_items_behavior=include`."""

from __future__ import annotations

import copy
from typing import Any

from ._billing import (
    apply_item_details,
    apply_item_fields,
    apply_pricing,
    attach,
    default_discountable,
    detach,
    new_invoice_item,
    recompute_totals,
)
from ._clock_time import at_time_of
from ._customers import live_customer
from ._errors import ApiError
from ._invoice_item_store import InvoiceItem, render_invoice_item
from ._invoice_store import Invoice
from ._invoices import customer_subscription
from ._lifecycle import require
from ._listing import Listing, list_handler, retrieve_handler
from ._objects import deleted_stub, expand_paths, invoice_item_view, invoice_view
from ._state import JsonObject, RequestContext, State


def live_item(state: State, item_id: str) -> InvoiceItem:
    item = state.invoice_items.get(item_id)
    if item is None or item.subscription_line:
        raise ApiError.missing("invoiceitem", item_id, "id")
    return item


def _draft_of(state: State, item: InvoiceItem) -> Invoice | None:
    """The invoice holding `item` if its lines may still change, None if `item` is pending."""
    invoice_id = item.invoice
    if invoice_id is None:
        return None
    invoice = state.invoices[invoice_id]
    require(invoice, "change_lines")
    return invoice


def create(call: RequestContext, ids: dict[str, str], params: dict[str, Any]) -> JsonObject:
    state = call.state
    if "customer" not in params:
        raise ApiError.missing_param("customer")
    customer = live_customer(state, params["customer"])
    call = at_time_of(call, customer.id)
    invoice = None
    if "invoice" in params:
        invoice = state.invoices.get(params["invoice"])
        if invoice is None:
            raise ApiError.missing("invoice", params["invoice"], "invoice")
        require(invoice, "change_lines", param="invoice")
        if invoice.customer != customer.id:
            raise ApiError.invalid_request(
                "The invoice belongs to another customer.", param="invoice"
            )
    subscription = None
    if "subscription" in params:
        subscription = customer_subscription(state, params["subscription"], customer)
    # The currency of what bills the item, if anything does yet.
    billed_in = invoice.currency if invoice else subscription.currency if subscription else None
    item = new_invoice_item(call, customer.id)
    # Known before pricing when not sent, for a promotion code's minimum in it.
    item.currency = billed_in or customer.currency
    apply_pricing(call, item, params)
    if item.currency is None:
        raise ApiError.missing_param("currency")
    apply_item_details(item, params)
    default_discountable(item, params)
    if billed_in is not None and item.currency != billed_in:
        what = "invoice" if invoice else "subscription"
        raise ApiError.invalid_request(
            f"The item's currency ({item.currency}) differs from the {what}'s ({billed_in}).",
            param="currency",
        )
    if subscription is not None:
        item.subscription = subscription.id
    before = invoice_view(state, invoice) if invoice else None
    state.invoice_items[item.id] = item
    if invoice is not None:
        attach(state, invoice, item, call)
    call.emit("invoiceitem.created", render_invoice_item(item))
    if invoice is not None and before is not None:
        call.emit_update("invoice.updated", before, invoice_view(state, invoice))
    return invoice_item_view(state, item, expand_paths(params, in_list=False))


retrieve = retrieve_handler(live_item, "invoiceitem", invoice_item_view)


def update(call: RequestContext, ids: dict[str, str], params: dict[str, Any]) -> JsonObject:
    state = call.state
    item = live_item(state, ids["invoiceitem"])
    call = at_time_of(call, item.customer)
    invoice = _draft_of(state, item)
    before_item = invoice_item_view(state, item)
    before_invoice = invoice_view(state, invoice) if invoice else None
    # Changes go to a copy first so a refused update leaves the item as it was.
    changed = copy.deepcopy(item)
    apply_item_fields(call, changed, params)
    if invoice is not None and changed.currency != invoice.currency:
        raise ApiError.invalid_request("The item's currency must match its invoice's.")
    state.invoice_items[item.id] = changed
    after_item = invoice_item_view(state, changed)
    call.emit_update("invoiceitem.updated", before_item, after_item)
    if invoice is not None and before_invoice is not None:
        recompute_totals(state, invoice)
        call.emit_update("invoice.updated", before_invoice, invoice_view(state, invoice))
    return invoice_item_view(state, changed, expand_paths(params, in_list=False))


def delete(call: RequestContext, ids: dict[str, str], params: dict[str, Any]) -> JsonObject:
    state = call.state
    item = live_item(state, ids["invoiceitem"])
    call = at_time_of(call, item.customer)
    invoice = _draft_of(state, item)
    before_invoice = invoice_view(state, invoice) if invoice else None
    detach(state, item)
    del state.invoice_items[item.id]
    call.emit("invoiceitem.deleted", render_invoice_item(item))
    if invoice is not None and before_invoice is not None:
        call.emit_update("invoice.updated", before_invoice, invoice_view(state, invoice))
    return deleted_stub("invoiceitem", item.id)


def _pending_and_own(call: RequestContext, item: InvoiceItem, params: dict[str, Any]) -> bool:
    # A subscription's own lines are on its invoices, not in /v1/invoiceitems.
    pending = params.get("pending")
    return not item.subscription_line and (pending is None or item.pending == pending)


list_all = list_handler(
    Listing(
        "/v1/invoiceitems",
        "invoiceitem",
        "invoice_items",
        invoice_item_view,
        equal=("customer", "invoice"),
        ranges=(("created", "date"),),
        keep=_pending_and_own,
    )
)


__all__ = ["create", "delete", "list_all", "live_item", "retrieve", "update"]
