"""A customer's tax IDs (VAT numbers and the like): create, retrieve, list, delete.

An invoice copies its customer's tax IDs (`customer_tax_ids`) when it is finalized. EU VAT
numbers are checked with the tax authority on Stripe, so they start `pending`; the fake never
verifies anything else (`unavailable`).
"""

from __future__ import annotations

import copy
import re
from typing import Any

from ._clock_time import at_time_of
from ._customer_store import TaxId, invoice_tax_ids, render_tax_id
from ._customers import live_customer
from ._errors import ApiError
from ._pagination import list_page
from ._state import JsonObject, RequestContext, State

MAX_PER_CUSTOMER = 25
# Types whose country is the value's first two letters; other types name their country first.
_EU_VAT = re.compile(r"[A-Z]{2}[0-9A-Z+*.]{2,13}")


def _country(kind: str, value: str) -> str | None:
    if kind == "eu_vat":
        return "GR" if value[:2] == "EL" else value[:2]
    if kind in ("eu_oss_vat", "unknown"):
        return None
    return kind.split("_", 1)[0].upper()


def of_customer(state: State, customer_id: str) -> list[TaxId]:
    return [t for t in state.tax_ids.values() if t.customer == customer_id]


def _live(state: State, customer_id: str, tax_id: str) -> TaxId:
    found = state.tax_ids.get(tax_id)
    if found is None or found.customer != customer_id:
        raise ApiError.missing("tax_id", tax_id, "id")
    return found


def create(call: RequestContext, ids: dict[str, str], params: dict[str, Any]) -> JsonObject:
    state = call.state
    customer = live_customer(state, ids["customer"])
    call = at_time_of(call, customer.id)
    kind, value = params["type"], params["value"].strip()
    if kind == "eu_vat" and not _EU_VAT.fullmatch(value.replace(" ", "")):
        raise ApiError.invalid_request(
            f"Invalid value for eu_vat: {value!r} (a country code, then the number).",
            param="value",
            code="tax_id_invalid",
        )
    if len(of_customer(state, customer.id)) >= MAX_PER_CUSTOMER:
        raise ApiError.invalid_request(
            f"A customer can have at most {MAX_PER_CUSTOMER} tax IDs.", param="value"
        )
    tax_id = TaxId(
        id=call.new_id("txi"),
        created=call.now(),
        customer=customer.id,
        type=kind,
        value=value,
        country=_country(kind, value),
        verification_status="pending" if kind == "eu_vat" else "unavailable",
    )
    state.tax_ids[tax_id.id] = tax_id
    call.emit("customer.tax_id.created", render_tax_id(tax_id))
    return render_tax_id(tax_id)


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
