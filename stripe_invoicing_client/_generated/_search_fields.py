"""Searchable fields per resource, with their Stripe type and where the value is in
the object, as plain data (generated from codegen/search_fields.py; do not edit)."""

from typing import Any

SEARCH_FIELDS: dict[str, dict[str, dict[str, Any]]] = {
    "invoices": {
        "created": {"type": "numeric", "path": ["created"]},
        "currency": {"type": "token", "path": ["currency"]},
        "customer": {"type": "token", "path": ["customer"]},
        "last_finalization_error_code": {
            "type": "token",
            "path": ["last_finalization_error", "code"],
        },
        "last_finalization_error_type": {
            "type": "token",
            "path": ["last_finalization_error", "type"],
        },
        "metadata": {"type": "metadata", "path": ["metadata"]},
        "number": {"type": "string", "path": ["number"]},
        "receipt_number": {"type": "string", "path": ["receipt_number"]},
        "status": {"type": "string", "path": ["status"]},
        "subscription": {
            "type": "string",
            "path": ["parent", "subscription_details", "subscription"],
        },
        "total": {"type": "numeric", "path": ["total"]},
    },
    "customers": {
        "created": {"type": "numeric", "path": ["created"]},
        "email": {"type": "string", "path": ["email"]},
        "metadata": {"type": "metadata", "path": ["metadata"]},
        "name": {"type": "string", "path": ["name"]},
        "phone": {"type": "string", "path": ["phone"]},
    },
    "products": {
        "active": {"type": "token", "path": ["active"]},
        "description": {"type": "string", "path": ["description"]},
        "metadata": {"type": "metadata", "path": ["metadata"]},
        "name": {"type": "string", "path": ["name"]},
        "shippable": {"type": "token", "path": ["shippable"]},
        "url": {"type": "string", "path": ["url"]},
    },
    "prices": {
        "active": {"type": "token", "path": ["active"]},
        "currency": {"type": "token", "path": ["currency"]},
        "lookup_key": {"type": "string", "path": ["lookup_key"]},
        "metadata": {"type": "metadata", "path": ["metadata"]},
        "product": {"type": "string", "path": ["product"]},
        "type": {"type": "token", "path": ["type"]},
    },
    "subscriptions": {
        "canceled_at": {"type": "numeric", "path": ["canceled_at"]},
        "created": {"type": "numeric", "path": ["created"]},
        "metadata": {"type": "metadata", "path": ["metadata"]},
        "status": {"type": "token", "path": ["status"]},
    },
    "payment_intents": {
        "amount": {"type": "numeric", "path": ["amount"]},
        "created": {"type": "numeric", "path": ["created"]},
        "currency": {"type": "token", "path": ["currency"]},
        "customer": {"type": "token", "path": ["customer"]},
        "metadata": {"type": "metadata", "path": ["metadata"]},
        "status": {"type": "token", "path": ["status"]},
    },
}
