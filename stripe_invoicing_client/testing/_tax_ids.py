"""A customer's tax IDs (VAT numbers and the like): create, retrieve, list, delete.

An invoice copies its customer's tax IDs (`customer_tax_ids`) when it is finalized. EU VAT
numbers are checked with the tax authority on Stripe, so they start `pending`; the fake never
verifies anything else (`unavailable`).
"""

from __future__ import annotations

import copy
from typing import Any

from ._clock_time import at_time_of
from ._customer_store import TaxId, invoice_tax_ids, render_tax_id
from ._customers import live_customer
from ._errors import ApiError
from ._pagination import list_page
from ._state import JsonObject, RequestContext, State
from ._tax_id_rules import add_tax_id, check_tax_ids, of_customer


def _live(state: State, customer_id: str, tax_id: str) -> TaxId:
    found = state.tax_ids.get(tax_id)
    if found is None or found.customer != customer_id:
        raise ApiError.missing("tax_id", tax_id, "id")
    return found


def create(call: RequestContext, ids: dict[str, str], params: dict[str, Any]) -> JsonObject:
    state = call.state
    customer = live_customer(state, ids["customer"])
    call = at_time_of(call, customer.id)
    kind, value = params["type"], params["value"]
    check_tax_ids(state, customer.id, [(kind, value)], "")
    return render_tax_id(add_tax_id(call, customer.id, kind, value))


def retrieve(call: RequestContext, ids: dict[str, str], params: dict[str, Any]) -> JsonObject:
    live_customer(call.state, ids["customer"])
    return render_tax_id(_live(call.state, ids["customer"], ids["id"]))


def delete(call: RequestContext, ids: dict[str, str], params: dict[str, Any]) -> JsonObject:
    state = call.state
    customer = live_customer(state, ids["customer"])
    call = at_time_of(call, customer.id)
    tax_id = _live(state, ids["customer"], ids["id"])
    del state.tax_ids[tax_id.id]
    call.emit("customer.tax_id.deleted", render_tax_id(tax_id))
    return {"id": tax_id.id, "object": "tax_id", "deleted": True}


def list_all(call: RequestContext, ids: dict[str, str], params: dict[str, Any]) -> JsonObject:
    customer = live_customer(call.state, ids["customer"])
    found = [render_tax_id(t) for t in reversed(of_customer(call.state, customer.id))]
    url = f"/v1/customers/{customer.id}/tax_ids"
    return list_page(found, params, url, "tax_id", copy.deepcopy)


def on_invoice(state: State, customer_id: str) -> list[JsonObject]:
    """The customer's tax IDs as an invoice keeps them (`customer_tax_ids`)."""
    return invoice_tax_ids(state.tax_ids.values(), customer_id)


__all__ = ["create", "delete", "list_all", "of_customer", "on_invoice", "retrieve"]
