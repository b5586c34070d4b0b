"""Building and rendering the API objects, with every field the pinned version requires.

Every aggregate is a typed record (`_customer_store`, `_catalog_store`, `_test_clock_store`,
`_credit_note_store`, `_invoice_store`, `_invoice_item_store`, `_subscription_store`, ...)
that renders its own JSON, `customer` as an id; what is derived (an expanded `customer`) is
added here when an object is rendered.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable
from collections.abc import Set as AbstractSet
from typing import Any

from attrs import evolve

from ._catalog_store import render_discount
from ._customer_store import Customer, invoice_tax_ids, render_customer
from ._errors import ApiError
from ._invoice_item_store import InvoiceItem, render_invoice_item
from ._invoice_store import CustomerDetails, Invoice, render_invoice, render_lines
from ._shapes import UNSET
from ._state import JsonObject, State

ADDRESS_FIELDS = ("city", "country", "line1", "line2", "postal_code", "state")


def merged_metadata(current: dict[str, str] | None, given: Any) -> dict[str, str]:
    """Stripe's update rule: keys are merged, `""` drops one key, `metadata=""` drops all."""
    if given is UNSET:
        return {}
    result = dict(current or {})
    for key, value in given.items():
        if value == "":
            result.pop(key, None)
        else:
            result[key] = value
    if len(result) > 50:
        raise ApiError.invalid_request("Metadata can hold at most 50 keys.", param="metadata")
    for key, value in result.items():
        if len(key) > 40:
            raise ApiError.invalid_request(
                f"Metadata keys are limited to 40 characters: '{key}'", param=f"metadata[{key}]"
            )
        if len(value) > 500:
            raise ApiError.invalid_request(
                f"Metadata values are limited to 500 characters (key '{key}')",
                param=f"metadata[{key}]",
            )
    return result


def address(given: Any) -> JsonObject | None:
    if given is UNSET or given is None:
        return None
    return {name: given.get(name) for name in ADDRESS_FIELDS}


def shipping(given: Any) -> JsonObject | None:
    if given is UNSET or given is None:
        return None
    return {
        "address": address(given.get("address")),
        "carrier": None,
        "name": given.get("name"),
        "phone": given.get("phone"),
        "tracking_number": None,
    }


def deleted_stub(object_type: str, object_id: str) -> JsonObject:
    return {"id": object_id, "object": object_type, "deleted": True}


def customer_or_stub(state: State, customer_id: str) -> JsonObject:
    if customer_id in state.customers:
        return render_customer(state.customers[customer_id])
    return deleted_stub("customer", customer_id)


def set_attributes(obj: object, params: dict[str, Any], names: Iterable[str]) -> None:
    """Copies the named parameters that were sent onto a typed record; an empty value clears
    one."""
    for name in names:
        if name in params:
            value = params[name]
            setattr(obj, name, None if value is UNSET else value)


def expand_paths(params: dict[str, Any], in_list: bool) -> set[str]:
    """The `expand[]` paths that apply to each object (`data.` stripped for lists)."""
    paths: set[str] = set()
    for path in params.get("expand") or []:
        if in_list:
            if path.startswith("data."):
                paths.add(path[len("data.") :])
        else:
            paths.add(path)
    return paths


def expand_customer(state: State, obj: JsonObject, expand: AbstractSet[str]) -> JsonObject:
    """`customer` as the customer (a deleted one as its stub), when `expand[]` asks for it
    and the object has one."""
    if "customer" in expand and isinstance(obj.get("customer"), str):
        obj["customer"] = customer_or_stub(state, obj["customer"])
    return obj


def _expand_customer(state: State, obj: JsonObject, expand: AbstractSet[str]) -> JsonObject:
    # `customer` and `discounts` are expanded here; other expandable fields stay ids.
    return expand_discounts(state, expand_customer(state, obj, expand), expand)


def paths_within(expand: AbstractSet[str], prefix: str) -> set[str]:
    """The paths below `prefix` (`lines.data.discounts` below `lines.data.` -> `discounts`)."""
    return {path[len(prefix) :] for path in expand if path.startswith(prefix)}


def expand_discounts(state: State, obj: JsonObject, expand: AbstractSet[str]) -> JsonObject:
    """`discounts` as the discount objects, when `expand[]` asks for them."""
    if "discounts" in expand:
        obj["discounts"] = [
            render_discount(state.discounts[d]) if d in state.discounts else d
            for d in obj["discounts"]
        ]
    return obj


def invoice_lines(state: State, invoice_id: str) -> list[JsonObject]:
    invoice = state.invoices.get(invoice_id)
    return render_lines(state.invoice_items, invoice) if invoice is not None else []


def contact_details(customer: Customer) -> CustomerDetails:
    """A copy of the customer's contact details as they are now, for an invoice to keep."""
    return CustomerDetails(
        address=copy.deepcopy(customer.address),
        email=customer.email,
        name=customer.name,
        phone=customer.phone,
        shipping=copy.deepcopy(customer.shipping),
        tax_exempt=customer.tax_exempt,
    )


def show_current_balance(invoice: Invoice, customer: Customer) -> None:
    """An invoice not finalized yet (a draft, a preview) with the customer's balance as it is
    now: `starting_balance`, and an `amount_due` that counts it, as finalizing will
    (`_balance.apply_to_invoice`); `ending_balance` stays null until then."""
    balance = customer.balance if customer.balance_applies_to(invoice.currency) else 0
    invoice.starting_balance = balance
    invoice.amount_due = max(invoice.totals.total + balance, 0)
    invoice.amount_remaining = max(invoice.amount_due - invoice.amount_paid, 0)


def _next_payment_attempt(state: State, invoice: Invoice) -> int | None:
    """When the fake will charge a draft: as it finalizes an auto-advancing one charged
    automatically (`_recurring`; a paused subscription's is never charged). An open invoice
    has one only while a retry is set (`_payment_retries`)."""
    if invoice.collection_method != "charge_automatically" or not invoice.auto_advance:
        return None
    subscription = state.subscriptions.get(invoice.subscription or "")
    if subscription is not None and subscription.pause_collection is not None:
        return None
    return invoice.advances_at()


def _as_shown(state: State, invoice: Invoice) -> Invoice:
    """A draft shows its customer as the customer is now (contact details, tax IDs, balance)
    and when the fake will charge it; finalizing fixes them on the invoice (`_invoice_status`,
    `_balance`). An open invoice whose automatic collection was turned off
    (`auto_advance=false`) shows no retry."""
    if invoice.next_payment_attempt is not None and not invoice.auto_advance:
        return evolve(invoice, next_payment_attempt=None)
    customer = state.customers.get(invoice.customer)
    if invoice.status != "draft" or customer is None:
        return invoice
    shown = evolve(invoice, customer_details=contact_details(customer))
    shown.customer_tax_ids = invoice_tax_ids(state.tax_ids.values(), customer.id)
    show_current_balance(shown, customer)
    shown.next_payment_attempt = _next_payment_attempt(state, invoice)
    return shown


def invoice_view(
    state: State, invoice: Invoice, expand: AbstractSet[str] = frozenset()
) -> JsonObject:
    rendered = render_invoice(state.invoice_items, _as_shown(state, invoice))
    in_lines = paths_within(expand, "lines.data.")
    for line in rendered["lines"]["data"]:
        expand_discounts(state, line, in_lines)
    return _expand_customer(state, rendered, expand)


def invoice_item_view(
    state: State, item: InvoiceItem, expand: AbstractSet[str] = frozenset()
) -> JsonObject:
    return _expand_customer(state, render_invoice_item(item), expand)


__all__ = [
    "address",
    "contact_details",
    "customer_or_stub",
    "deleted_stub",
    "expand_customer",
    "expand_discounts",
    "expand_paths",
    "invoice_item_view",
    "invoice_lines",
    "invoice_view",
    "merged_metadata",
    "paths_within",
    "set_attributes",
    "shipping",
    "show_current_balance",
]
