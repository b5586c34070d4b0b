"""Building and rendering the API objects, with every field the pinned version requires.

Objects are stored as the JSON the API returns, `customer` as an id. What is derived (an
invoice's `lines`, an expanded `customer`) is added when an object is rendered.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING, Any

from ._errors import ApiError
from ._shapes import UNSET
from ._state import JsonObject, RequestContext, State

if TYPE_CHECKING:
    from ._invoice_math import LineMath

ADDRESS_FIELDS = ("city", "country", "line1", "line2", "postal_code", "state")
LINES_PAGE_SIZE = 10


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


def new_customer(call: RequestContext, customer_id: str) -> JsonObject:
    return {
        "id": customer_id,
        "object": "customer",
        "address": None,
        "balance": 0,
        "business_name": None,
        "created": call.now(),
        "currency": None,
        "customer_account": None,
        "default_source": None,
        "delinquent": False,
        "description": None,
        "discount": None,
        "email": None,
        "individual_name": None,
        "invoice_prefix": call.state.ids.invoice_prefix(),
        "invoice_settings": {
            "custom_fields": None,
            "default_payment_method": None,
            "footer": None,
            "rendering_options": None,
        },
        "livemode": False,
        "metadata": {},
        "name": None,
        "next_invoice_sequence": 1,
        "phone": None,
        "preferred_locales": [],
        "shipping": None,
        "tax_exempt": "none",
        "test_clock": None,
    }


def deleted_stub(object_type: str, object_id: str) -> JsonObject:
    return {"id": object_id, "object": object_type, "deleted": True}


def customer_or_stub(state: State, customer_id: str) -> JsonObject:
    if customer_id in state.customers:
        return copy.deepcopy(state.customers[customer_id])
    return deleted_stub("customer", customer_id)


def store_created(
    call: RequestContext, objects: dict[str, Any], obj: JsonObject, event: str
) -> JsonObject:
    """Keeps a new object, announces it with `event`, and answers with a copy."""
    objects[obj["id"]] = obj
    call.emit(event, copy.deepcopy(obj))
    return copy.deepcopy(obj)


def set_fields(obj: JsonObject, params: dict[str, Any], names: Iterable[str]) -> None:
    """Copies the named parameters that were sent onto `obj`; an empty value clears one."""
    for name in names:
        if name in params:
            value = params[name]
            obj[name] = None if value is UNSET else value


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


def _expand_customer(state: State, obj: JsonObject, expand: AbstractSet[str]) -> JsonObject:
    # Only `customer` is expandable here; other expandable fields stay ids, as the brief says.
    if "customer" in expand and isinstance(obj.get("customer"), str):
        obj["customer"] = customer_or_stub(state, obj["customer"])
    return obj


def _subscription_of_item(item: JsonObject) -> str | None:
    details = (item.get("parent") or {}).get("subscription_details") or {}
    return details.get("subscription")


def _line_parent(state: State, item: JsonObject) -> JsonObject:
    """A subscription's line points at its subscription item; any other at its invoice item."""
    details = (item.get("parent") or {}).get("subscription_details")
    if details is not None:
        return {
            "type": "subscription_item_details",
            "invoice_item_details": None,
            "subscription_item_details": {
                # Only prorations are invoice items of their own.
                "invoice_item": None if item["id"] in state.subscription_lines else item["id"],
                "proration": item["proration"],
                "proration_details": {"credited_items": None},
                "subscription": details["subscription"],
                "subscription_item": details["subscription_item"],
            },
        }
    return {
        "type": "invoice_item_details",
        "invoice_item_details": {
            "invoice_item": item["id"],
            "proration": False,
            "proration_details": {"credited_items": None},
            "subscription": None,
        },
        "subscription_item_details": None,
    }


def line_view(
    state: State, item: JsonObject, invoice_id: str, line_id: str, math: LineMath | None
) -> JsonObject:
    """The line of an invoice item; `math` gives its discounts and taxes."""
    return {
        "id": line_id,
        "object": "line_item",
        "amount": item["amount"],
        "currency": item["currency"],
        "description": item["description"],
        "discount_amounts": copy.deepcopy(math.discount_amounts) if math else [],
        "discountable": item["discountable"],
        "discounts": list(item.get("discounts") or []),
        "invoice": invoice_id,
        "livemode": False,
        "metadata": dict(item["metadata"]),
        "parent": _line_parent(state, item),
        "period": dict(item["period"]),
        "pretax_credit_amounts": math.pretax_credit_amounts() if math else [],
        "pricing": copy.deepcopy(item["pricing"]),
        "quantity": item["quantity"],
        "quantity_decimal": item["quantity_decimal"],
        "subscription": _subscription_of_item(item),
        "subtotal": item["amount"],
        "taxes": copy.deepcopy(math.taxes) if math else [],
    }


def invoice_lines(state: State, invoice_id: str) -> list[JsonObject]:
    record = state.invoice_lines.get(invoice_id)
    return [
        line_view(state, state.invoice_items[line.item_id], invoice_id, line.line_id, line.math)
        for line in (record.lines if record is not None else [])
    ]


def lines_envelope(invoice_id: str, lines: list[JsonObject]) -> JsonObject:
    return {
        "object": "list",
        "data": lines[:LINES_PAGE_SIZE],
        "has_more": len(lines) > LINES_PAGE_SIZE,
        "total_count": len(lines),
        "url": f"/v1/invoices/{invoice_id}/lines",
    }


def invoice_view(
    state: State, invoice: JsonObject, expand: AbstractSet[str] = frozenset()
) -> JsonObject:
    view = copy.deepcopy(invoice)
    view["lines"] = lines_envelope(invoice["id"], invoice_lines(state, invoice["id"]))
    return _expand_customer(state, view, expand)


def invoice_item_view(
    state: State, item: JsonObject, expand: AbstractSet[str] = frozenset()
) -> JsonObject:
    return _expand_customer(state, copy.deepcopy(item), expand)


def customer_view(
    state: State, customer: JsonObject, expand: AbstractSet[str] = frozenset()
) -> JsonObject:
    return copy.deepcopy(customer)


__all__ = [
    "address",
    "customer_or_stub",
    "customer_view",
    "deleted_stub",
    "expand_paths",
    "invoice_item_view",
    "invoice_lines",
    "invoice_view",
    "line_view",
    "lines_envelope",
    "merged_metadata",
    "new_customer",
    "set_fields",
    "shipping",
    "store_created",
]
