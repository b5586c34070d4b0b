"""Customers: create, retrieve, update, delete, list, search."""

from __future__ import annotations

from typing import Any

from ._clock_time import at_time_of, now_for
from ._customer_store import Customer, render_customer
from ._errors import ApiError
from ._listing import Listing, list_handler, rendered_alone, search_handler, update_handler
from ._objects import address, deleted_stub, merged_metadata, set_attributes, shipping
from ._reactions import (
    CUSTOMER_DELETED,
    CUSTOMER_SOURCE_SET,
    PAYMENT_METHOD_USED,
    PaymentMethodUse,
    react,
)
from ._rendering_templates import check_template
from ._shapes import UNSET
from ._state import Finder, JsonObject, RequestContext
from ._tax_id_rules import add_tax_id, check_tax_ids

_PLAIN_FIELDS = (
    "balance",
    "business_name",
    "description",
    "email",
    "individual_name",
    "invoice_prefix",
    "name",
    "next_invoice_sequence",
    "phone",
    "preferred_locales",
    "tax_exempt",
)


# A deleted customer is gone from `state.customers`: a 404, as for one that never existed.
live_customer = Finder(lambda state: state.customers, "customer", "customer")


def _check_template(call: RequestContext, params: dict[str, Any]) -> None:
    """A template named for the customer's invoices exists and is active."""
    settings = params.get("invoice_settings")
    given = settings.get("rendering_options") if isinstance(settings, dict) else None
    check_template(call.state, given, "invoice_settings[rendering_options]")


def _apply(customer: Customer, params: dict[str, Any]) -> None:
    set_attributes(customer, params, _PLAIN_FIELDS)
    if customer.tax_exempt is None:
        customer.tax_exempt = "none"
    if "address" in params:
        customer.address = address(params["address"])
    if "shipping" in params:
        customer.shipping = shipping(params["shipping"])
    if "default_source" in params:  # update only
        customer.default_source = params["default_source"] or None
    if params.get("source"):  # kept as given: the fake has no sources
        customer.default_source = params["source"]
    if "metadata" in params:
        customer.metadata = merged_metadata(customer.metadata, params["metadata"])
    settings = params.get("invoice_settings")
    if settings:
        current = customer.invoice_settings
        if "default_payment_method" in settings:
            current.default_payment_method = settings["default_payment_method"]
        if "footer" in settings:
            current.footer = settings["footer"]
        if "custom_fields" in settings:
            fields = settings["custom_fields"]
            current.custom_fields = None if fields is UNSET else fields


def _name_payment_methods(call: RequestContext, customer: Customer, params: dict[str, Any]) -> None:
    """The payment methods `params` give the customer (to attach, or as the default)."""
    named = [
        params.get("payment_method"),
        (params.get("invoice_settings") or {}).get("default_payment_method"),
    ]
    for payment_method in named:
        if isinstance(payment_method, str) and payment_method:
            react(call, PAYMENT_METHOD_USED, PaymentMethodUse(customer.id, payment_method))


def create(call: RequestContext, ids: dict[str, str], params: dict[str, Any]) -> JsonObject:
    clock = params.get("test_clock")
    if clock is not None and clock not in call.state.test_clocks:
        raise ApiError.missing("test_clock", clock, "test_clock")
    _check_template(call, params)
    call = now_for(call, clock)  # made on a test clock: it, and all of its, live at its time
    tax_ids = [(given["type"], given["value"]) for given in params.get("tax_id_data") or []]
    check_tax_ids(call.state, None, tax_ids, "tax_id_data[{}]")
    customer = call.new(
        Customer,
        "cus",
        invoice_prefix=call.state.ids.invoice_prefix(),
        test_clock=clock,
    )
    _apply(customer, params)
    call.state.customers[customer.id] = customer
    call.emit("customer.created", render_customer(customer))
    for kind, value in tax_ids:
        add_tax_id(call, customer.id, kind, value)
    _name_payment_methods(call, customer, params)
    return render_customer(customer)


def retrieve(call: RequestContext, ids: dict[str, str], params: dict[str, Any]) -> JsonObject:
    customer_id = ids["customer"]
    if customer_id in call.state.deleted_customers:
        # Stripe still answers for a deleted customer, with the short deleted form.
        return deleted_stub("customer", customer_id)
    return render_customer(live_customer(call.state, customer_id))


def _update(call: RequestContext, customer: Customer, params: dict[str, Any]) -> None:
    _check_template(call, params)  # before anything changes
    _apply(customer, params)
    _name_payment_methods(call, customer, params)


def _source_set(call: RequestContext, customer: Customer, params: dict[str, Any]) -> None:
    """A new `source` (kept as given: the fake has no sources) retries, once
    `customer.updated` is sent, the invoices of their past_due subscriptions."""
    if params.get("source"):
        react(call, CUSTOMER_SOURCE_SET, customer)


update = update_handler(
    live_customer,
    "customer",
    "customer.updated",
    rendered_alone(render_customer),
    _update,
    at=lambda call, customer: at_time_of(call, customer.id),
    then=_source_set,
)


def delete(call: RequestContext, ids: dict[str, str], params: dict[str, Any]) -> JsonObject:
    customer = live_customer(call.state, ids["customer"])
    call = at_time_of(call, customer.id)
    react(call, CUSTOMER_DELETED, customer)  # e.g. its subscriptions are canceled at once
    del call.state.customers[customer.id]
    call.state.deleted_customers.add(customer.id)
    call.emit("customer.deleted", render_customer(customer))
    return deleted_stub("customer", customer.id)


LISTING = Listing(
    "/v1/customers",
    "customer",
    "customers",
    rendered_alone(render_customer),
    equal=("email", "test_clock"),
)
list_all = list_handler(LISTING)
search = search_handler(LISTING)


__all__ = [
    "create",
    "delete",
    "list_all",
    "live_customer",
    "retrieve",
    "search",
    "update",
]
