"""Invoices: create (on its customer's test clock, pulling in pending items when asked, or a
subscription's), retrieve, update, delete, list, search; previews are `_invoice_preview`."""

from __future__ import annotations

import copy
from collections.abc import Sequence
from typing import Any

from ._billing import (
    attach,
    detach,
    new_invoice,
    pending_for_subscription,
)
from ._clock_time import at_time_of
from ._customer_store import Customer
from ._customers import live_customer
from ._errors import ApiError, live
from ._invoice_item_store import InvoiceItem
from ._invoice_math import apply_to_invoice
from ._invoice_store import (
    FINALIZE_AFTER,
    Invoice,
    payment_method_types_sent,
    render_invoice_fields,
)
from ._lifecycle import require, require_update
from ._listing import Listing, list_handler, retrieve_handler, search_handler
from ._objects import (
    deleted_stub,
    expand_paths,
    invoice_view,
    merged_metadata,
    shipping,
)
from ._payment_retries import collection_turned_on
from ._rendering_templates import check_template
from ._shapes import UNSET
from ._state import CallAt, Finder, JsonObject, RequestContext, State
from ._subscription_store import Subscription
from ._unmodelled_params import refuse_unmodelled

DAY = 86_400
DEFAULT_DAYS_UNTIL_DUE = 30

# Fields copied as sent (or cleared by `""`).
_PLAIN_FIELDS = (
    "auto_advance",
    "automatically_finalizes_at",
    "default_payment_method",
    "default_source",
    "description",
    "effective_at",
    "footer",
    "number",
    "on_behalf_of",
    "statement_descriptor",
)


live_invoice = Finder(lambda state: state.invoices, "invoice", "invoice")


def _apply_collection(call: RequestContext, invoice: Invoice, params: dict[str, Any]) -> None:
    method = params.get("collection_method", invoice.collection_method)
    for name in ("days_until_due", "due_date"):
        if name in params and method != "send_invoice":
            raise ApiError.invalid_request(
                f"{name} can only be set when collection_method is send_invoice.", param=name
            )
    if "days_until_due" in params and "due_date" in params:
        raise ApiError.exclusive("Send either days_until_due or due_date, not both.", "due_date")
    invoice.collection_method = method
    if method != "send_invoice":
        invoice.due_date = None
    elif "due_date" in params:
        invoice.due_date = params["due_date"]
    elif "days_until_due" in params:
        invoice.due_date = invoice.created + params["days_until_due"] * DAY
    elif invoice.due_date is None:
        invoice.due_date = invoice.created + DEFAULT_DAYS_UNTIL_DUE * DAY


def _apply(
    call: RequestContext,
    invoice: Invoice,
    params: dict[str, Any],
    *,
    record: bool = True,
    pending: Sequence[InvoiceItem] = (),
    new_for: Customer | None = None,
) -> None:
    """`params` applied to `invoice`: a new one (`new_for` its customer) inherits their
    discount unless it has `discounts` of its own."""
    _apply_collection(call, invoice, params)
    pending_amount = sum(item.amount or 0 for item in pending)
    apply_to_invoice(
        call,
        invoice,
        params,
        record=record,
        pending_amount=pending_amount,
        inheriting_from=new_for,
    )
    for name in _PLAIN_FIELDS:
        if name in params:
            value = params[name]
            setattr(invoice, name, None if value is UNSET else value)
    if "metadata" in params:
        invoice.metadata = merged_metadata(invoice.metadata, params["metadata"])
    if "custom_fields" in params:
        fields = params["custom_fields"]
        invoice.custom_fields = None if fields is UNSET else fields
    if "account_tax_ids" in params:
        tax_ids = params["account_tax_ids"]
        invoice.account_tax_ids = None if tax_ids is UNSET else tax_ids
    if "shipping_details" in params:
        invoice.shipping_details = shipping(params["shipping_details"])
    invoice.payment_method_types = payment_method_types_sent(
        params.get("payment_settings"), invoice.payment_method_types
    )


def pending_items(
    state: State, customer_id: str, currency: str, subscription: str | None = None
) -> list[InvoiceItem]:
    """The customer's pending items in `currency`; for `subscription`, only its own. Oldest
    first, so lines appear in the order the items were created."""
    return [
        item
        for item in state.invoice_items.values()
        if item.customer == customer_id
        and item.pending
        and item.currency == currency
        and (subscription is None or pending_for_subscription(item, subscription))
    ]


def currency_for(state: State, customer: Customer, params: dict[str, Any]) -> str:
    if "currency" in params:
        return str(params["currency"]).lower()
    if customer.currency:
        return customer.currency
    for item in state.invoice_items.values():
        if item.customer == customer.id and item.pending:
            return str(item.currency)
    return "usd"


def customer_param(call: RequestContext, params: dict[str, Any]) -> tuple[Customer, CallAt]:
    """The customer an invoice is for, and the call at their time: an invoice belongs to its
    customer's test clock, made at the clock's time."""
    if "customer" not in params:
        raise ApiError.missing_param("customer")
    customer = live_customer(call.state, params["customer"])
    return customer, at_time_of(call, customer.id)


def _subscription_param(
    state: State, params: dict[str, Any], customer: Customer
) -> Subscription | None:
    """The customer's subscription an invoice is created for, if `subscription` is sent: its
    pending items are the ones taken in, so `pending_invoice_items_behavior` is refused."""
    if "subscription" not in params:
        return None
    if "pending_invoice_items_behavior" in params:
        raise ApiError.exclusive(
            "Send pending_invoice_items_behavior or subscription, not both: an invoice for a "
            "subscription takes in that subscription's pending invoice items.",
            "pending_invoice_items_behavior",
        )
    return customer_subscription(state, params["subscription"], customer)


def customer_subscription(state: State, subscription_id: str, customer: Customer) -> Subscription:
    """The customer's subscription named by the `subscription` parameter: a 404 for an unknown
    id, a 400 for another customer's."""
    subscription = live(state.subscriptions, "subscription", subscription_id, "subscription")
    if subscription.customer != customer.id:
        raise ApiError.invalid_request(
            f"Subscription {subscription.id} belongs to customer {subscription.customer}, not "
            f"{customer.id}.",
            param="subscription",
        )
    return subscription


def create(call: RequestContext, ids: dict[str, str], params: dict[str, Any]) -> JsonObject:
    state = call.state
    customer, at = customer_param(call, params)
    subscription = _subscription_param(state, params, customer)
    check_template(state, params.get("rendering"), "rendering")
    if subscription is not None and "currency" not in params:
        currency = subscription.currency
    else:
        currency = currency_for(state, customer, params)
    invoice = new_invoice(at, customer, currency)
    invoice.test_clock = customer.test_clock
    if subscription is not None:
        # Only the subscription's pending items come in; its billing cycle is left alone.
        pending = pending_items(state, customer.id, currency, subscription.id)
        invoice.subscription = subscription.id
        invoice.subscription_metadata = dict(subscription.metadata)
    elif params.get("pending_invoice_items_behavior", "exclude") == "include":
        pending = pending_items(state, customer.id, currency)
    else:
        pending = []  # Stripe leaves pending items alone unless asked to pull them in
    _apply(at, invoice, params, pending=pending, new_for=customer)
    if invoice.auto_advance and "automatically_finalizes_at" not in params:
        # Scheduled as Stripe schedules it when none is given: an hour on.
        invoice.automatically_finalizes_at = invoice.created + FINALIZE_AFTER
    state.invoices[invoice.id] = invoice
    for item in pending:
        attach(state, invoice, item, at)
    at.emit("invoice.created", invoice_view(state, invoice))
    return invoice_view(state, invoice, expand_paths(params, in_list=False))


retrieve = retrieve_handler(live_invoice, "invoice", invoice_view)


def update(call: RequestContext, ids: dict[str, str], params: dict[str, Any]) -> JsonObject:
    state = call.state
    invoice = live_invoice(state, ids["invoice"])
    call = at_time_of(call, invoice)
    require_update(invoice, params)
    refuse_unmodelled("PostInvoicesInvoice", "POST /v1/invoices/{invoice}", params)
    check_template(state, params.get("rendering"), "rendering")
    before = invoice_view(state, invoice)
    # Changes go to a copy first so a refused update leaves the invoice as it was.
    changed = copy.deepcopy(invoice)
    _apply(call, changed, params)
    if not invoice.auto_advance:
        collection_turned_on(changed, call.now())
    state.invoices[invoice.id] = changed
    call.emit_update("invoice.updated", before, invoice_view(state, changed))
    return invoice_view(state, changed, expand_paths(params, in_list=False))


def delete(call: RequestContext, ids: dict[str, str], params: dict[str, Any]) -> JsonObject:
    state = call.state
    invoice = live_invoice(state, ids["invoice"])
    call = at_time_of(call, invoice)
    require(invoice, "delete")
    if invoice.subscription is not None:
        # Only one-off drafts are deleted; a subscription's invoice stays on its record.
        raise ApiError.invalid_request(
            f"Invoice {invoice.id} was made by subscription {invoice.subscription}, so it "
            "can't be deleted: finalize it and void it instead.",
            param="invoice",
        )
    view = invoice_view(state, invoice)
    for item_id in invoice.item_ids():
        # The items go back to pending, ready for the customer's next invoice.
        detach(state, state.invoice_items[item_id])
    del state.invoices[invoice.id]
    call.emit("invoice.deleted", view)
    return deleted_stub("invoice", invoice.id)


def _in_subscription(call: RequestContext, invoice: Invoice, params: dict[str, Any]) -> bool:
    return "subscription" not in params or invoice.subscription == params["subscription"]


LISTING = Listing(
    "/v1/invoices",
    "invoice",
    "invoices",
    invoice_view,
    equal=("customer", "status", "collection_method"),
    ranges=(("created", "created"), ("due_date", "due_date")),
    keep=_in_subscription,
    searchable=lambda state, invoice: render_invoice_fields(invoice),
)
list_all = list_handler(LISTING)
search = search_handler(LISTING)


__all__ = [
    "create",
    "currency_for",
    "customer_param",
    "customer_subscription",
    "delete",
    "list_all",
    "live_invoice",
    "pending_items",
    "retrieve",
    "search",
    "update",
]
