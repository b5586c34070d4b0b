"""Event payloads and by-hand signatures shared by the webhook tests.

Signatures here are computed directly with hmac, independently of the module under test.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from typing import Any

from tests.codegen import _objects as objects

SECRET = "whsec_5Jt2rQvX8mN4pL7kW1zY9cB3dF6gH0aE"
OTHER_SECRET = "whsec_Q9wE3rT6yU1iO4pA7sD0fG2hJ5kL8zXc"
NOW = 1_750_000_000


def sign(payload: bytes | str, secret: str = SECRET, timestamp: int | str = NOW) -> str:
    """The hex v1 signature: HMAC-SHA256 over "<timestamp>.<payload>"."""
    body = payload.encode("utf-8") if isinstance(payload, str) else payload
    message = str(timestamp).encode("ascii") + b"." + body
    return hmac.new(secret.encode("utf-8"), message, hashlib.sha256).hexdigest()


def header(payload: bytes | str, secret: str = SECRET, timestamp: int = NOW) -> str:
    return f"t={timestamp},v1={sign(payload, secret, timestamp)}"


def envelope(event_type: str, obj: dict[str, Any], **extra: Any) -> dict[str, Any]:
    """An event as Stripe delivers it, around `obj`."""
    event: dict[str, Any] = {
        "id": "evt_1QaZ3bLkdIwHu7ixQmN0pR2s",
        "object": "event",
        "api_version": "2026-10-28.endive",
        "created": NOW - 5,
        "data": {"object": obj},
        "livemode": False,
        "pending_webhooks": 2,
        "request": {"id": "req_Tq8wXy2Zb4Cd6E", "idempotency_key": "5b0e6f1c-aa21-4b1e"},
        "type": event_type,
    }
    event.update(extra)
    return event


def encode(event: dict[str, Any]) -> bytes:
    return json.dumps(event, indent=2).encode("utf-8")


def customer() -> dict[str, Any]:
    """A customer in the current API shape (the codegen tests' example, with its own values)."""
    return {
        **objects.customer("cus_RkV2b8pQ3xYz1A"),
        "address": {
            "city": "Lyon",
            "country": "FR",
            "line1": "12 rue de la République",
            "line2": None,
            "postal_code": "69002",
            "state": None,
        },
        "created": NOW - 86_400,
        "description": "Wholesale account",
        "email": "billing@atelier.example",
        "invoice_prefix": "AT42C1",
        "metadata": {"crm_id": "8812"},
        "name": "Atelier Nord",
        "preferred_locales": ["fr"],
    }


def invoice_item() -> dict[str, Any]:
    """A pending invoice item in the current API shape."""
    return {
        "id": "ii_1QaZ9kLkdIwHu7ixW3e4R5t6",
        "object": "invoiceitem",
        "amount": 4500,
        "currency": "eur",
        "customer": "cus_RkV2b8pQ3xYz1A",
        "date": NOW - 60,
        "description": "Setup fee",
        "discountable": True,
        "discounts": [],
        "invoice": None,
        "livemode": False,
        "metadata": {},
        "net_amount": 4500,
        "parent": None,
        "period": {"end": NOW - 60, "start": NOW - 60},
        "pricing": {
            "price_details": {"price": "price_1QaZ8aLkdIwHu7ix", "product": "prod_RkV1setup"},
            "type": "price_details",
            "unit_amount_decimal": "4500",
        },
        "proration": False,
        "proration_details": {"credited_items": None, "discount_amounts": []},
        "quantity": 1,
        "quantity_decimal": "1",
        "tax_rates": [],
        "test_clock": None,
    }
