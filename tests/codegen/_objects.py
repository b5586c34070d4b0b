"""Realistic API objects (current API version) and helpers shared by the codegen tests.

Each builder returns a fresh dict, so a test may change it freely.
"""

from __future__ import annotations

import copy
from typing import Any

import attrs
import pytest

from stripe_invoicing_client.errors import FieldNotAvailableError
from tests.seeds import seed_invoices


def leftovers(value: Any, path: str = "$") -> list[str]:
    """Paths of everything kept in `additional_properties`, anywhere in a parsed tree."""
    found: list[str] = []
    if isinstance(value, (list, tuple)):
        for index, item in enumerate(value):
            found += leftovers(item, f"{path}[{index}]")
    elif isinstance(value, dict):
        for key, item in value.items():
            found += leftovers(item, f"{path}.{key}")
    elif attrs.has(type(value)):
        found += [f"{path}.{key}" for key in value.additional_properties]
        for field in attrs.fields(type(value)):
            if field.name != "additional_properties":
                # An unfilled field (absent or drifted) reads as None here: it has no subtree.
                found += leftovers(getattr(value, field.name, None), f"{path}.{field.name}")
    return found


def current_invoice() -> dict[str, Any]:
    """The seed invoice from the current API version (it has `parent` and `issuer`)."""
    for label, invoice in seed_invoices():
        if label.startswith("000"):
            return copy.deepcopy(invoice)
    raise LookupError("no 000 seed invoice")


def address() -> dict[str, Any]:
    return {
        "city": "Lisbon",
        "country": "PT",
        "line1": "Rua Augusta 10",
        "line2": None,
        "postal_code": "1100-053",
        "state": None,
    }


def customer(customer_id: str = "cus_Qx81") -> dict[str, Any]:
    return {
        "id": customer_id,
        "object": "customer",
        "address": address(),
        "balance": 0,
        "created": 1700000000,
        "currency": "eur",
        "default_source": None,
        "delinquent": False,
        "description": "Test customer",
        "discount": None,
        "email": "ana@example.com",
        "invoice_prefix": "A1B2C3D4",
        "invoice_settings": {
            "custom_fields": None,
            "default_payment_method": None,
            "footer": None,
            "rendering_options": None,
        },
        "livemode": False,
        "metadata": {"crm_id": "42"},
        "name": "Ana Lima",
        "next_invoice_sequence": 3,
        "phone": None,
        "preferred_locales": ["pt", "en"],
        "shipping": None,
        "tax_exempt": "none",
        "test_clock": None,
    }


def deleted(object_type: str, object_id: str) -> dict[str, Any]:
    return {"id": object_id, "object": object_type, "deleted": True}


def period() -> dict[str, Any]:
    return {"start": 1700000000, "end": 1702592000}


def pricing(price: Any = "price_1Ab") -> dict[str, Any]:
    return {
        "type": "price_details",
        "price_details": {"price": price, "product": "prod_9Zy"},
        "unit_amount_decimal": "1500",
    }


def line_item(line_id: str = "il_1Kx") -> dict[str, Any]:
    return {
        "id": line_id,
        "object": "line_item",
        "amount": 3000,
        "currency": "eur",
        "description": "2 x Seat (at €15.00 / month)",
        "discount_amounts": [],
        "discountable": True,
        "discounts": [],
        "invoice": "in_1Nq",
        "livemode": False,
        "metadata": {},
        "parent": {
            "type": "subscription_item_details",
            "invoice_item_details": None,
            "subscription_item_details": {
                "invoice_item": None,
                "proration": False,
                "proration_details": {"credited_items": None},
                "subscription": "sub_1Ax",
                "subscription_item": "si_1Bx",
            },
        },
        "period": period(),
        "pretax_credit_amounts": [],
        "pricing": pricing(),
        "quantity": 2,
        "quantity_decimal": "2",
        "subscription": "sub_1Ax",
        "subtotal": 3000,
        "taxes": [],
    }


def invoice_item(item_id: str = "ii_1Pz") -> dict[str, Any]:
    return {
        "id": item_id,
        "object": "invoiceitem",
        "amount": 2500,
        "currency": "eur",
        "customer": "cus_Qx81",
        "date": 1700000100,
        "description": "Setup fee",
        "discountable": True,
        "discounts": [],
        "invoice": None,
        "livemode": False,
        "metadata": {"order_id": "6735"},
        "parent": None,
        "period": period(),
        "pricing": pricing(),
        "proration": False,
        "proration_details": {"credited_items": None},
        "quantity": 1,
        "quantity_decimal": "1",
        "tax_rates": [],
        "test_clock": None,
    }


def list_of(url: str, *items: dict[str, Any]) -> dict[str, Any]:
    return {"object": "list", "url": url, "has_more": False, "data": list(items)}


def search_of(url: str, *items: dict[str, Any]) -> dict[str, Any]:
    return {
        "object": "search_result",
        "url": url,
        "has_more": True,
        "next_page": "WzE3MDAwMDAwMDBd",
        "total_count": 7,
        "data": list(items),
    }


def error_body(kind: str = "invalid_request_error", **extra: Any) -> dict[str, Any]:
    return {
        "error": {
            "type": kind,
            "code": "resource_missing",
            "message": "No such invoice: 'in_404'",
            "param": "invoice",
            "doc_url": "https://stripe.com/docs/error-codes/resource-missing",
            "request_log_url": "https://dashboard.stripe.com/test/logs/req_1",
            **extra,
        }
    }


def roundtrip(cls: Any, data: dict[str, Any]) -> Any:
    """Parse `data`, check it comes back unchanged and the input was not touched."""
    before = copy.deepcopy(data)
    parsed = cls.from_dict(data)
    assert data == before, "from_dict changed its input"
    assert parsed.to_dict() == data
    # And once more, from the output.
    assert cls.from_dict(parsed.to_dict()).to_dict() == data
    return parsed


def unfilled(model: Any, name: str) -> FieldNotAvailableError:
    """Reading `name` raises; the error, for a closer look."""
    with pytest.raises(FieldNotAvailableError) as caught:
        getattr(model, name)
    assert caught.value.name == name
    assert not hasattr(model, name)
    return caught.value
