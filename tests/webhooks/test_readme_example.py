"""The webhook handler the README shows, exercised with signed and unsigned deliveries."""

from __future__ import annotations

import copy
import json
import time
from collections.abc import Callable, Mapping
from typing import Any

import pytest

from stripe_invoicing_client.models import Invoice
from stripe_invoicing_client.webhooks import generate_test_signature
from tests.docs.test_readme import python_blocks
from tests.seeds import seed_invoices

from ._support import SECRET, customer, envelope

# Stand-ins for the application's own code.
fulfilled: list[str] = []
reminded: list[str | None] = []


def fulfil_order(invoice: Invoice) -> None:
    fulfilled.append(str(invoice.id))


def send_payment_reminder(email: str | None) -> None:
    reminded.append(email)


def _readme_handler() -> Callable[[bytes, Mapping[str, str]], int]:
    """The `handle_webhook` of the README, run as written, with our stand-ins beside it."""
    for block in python_blocks():
        if "def handle_webhook" in block:
            namespace: dict[str, Any] = {
                "fulfil_order": fulfil_order,
                "send_payment_reminder": send_payment_reminder,
            }
            exec(compile(block, "README.md", "exec"), namespace)
            handler: Callable[[bytes, Mapping[str, str]], int] = namespace["handle_webhook"]
            return handler
    raise AssertionError("the README lost its webhook handler")


handle_webhook = _readme_handler()


@pytest.fixture(autouse=True)
def _setup(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("STRIPE_WEBHOOK_SECRET", SECRET)
    fulfilled.clear()
    reminded.clear()


def delivery(event_type: str, obj: dict[str, object]) -> tuple[bytes, dict[str, str]]:
    body = json.dumps(envelope(event_type, obj)).encode()
    return body, {"Stripe-Signature": generate_test_signature(body, SECRET)}


def an_invoice() -> dict[str, object]:
    return copy.deepcopy(seed_invoices()[0][1])


def test_paid_invoice_is_fulfilled() -> None:
    body, headers = delivery("invoice.paid", an_invoice())
    assert handle_webhook(body, headers) == 200
    assert fulfilled == [an_invoice()["id"]]


def test_failed_payment_sends_a_reminder() -> None:
    body, headers = delivery("invoice.payment_failed", an_invoice())
    assert handle_webhook(body, headers) == 200
    assert reminded == [an_invoice()["customer_email"]]
    assert fulfilled == []


@pytest.mark.parametrize(
    ("event_type", "obj"),
    [
        ("customer.created", customer()),
        ("charge.succeeded", {"id": "ch_1", "object": "charge"}),
        ("invoice.finalized", an_invoice()),
    ],
)
def test_other_events_are_acknowledged(event_type: str, obj: dict[str, object]) -> None:
    body, headers = delivery(event_type, obj)
    assert handle_webhook(body, headers) == 200
    assert fulfilled == reminded == []


def test_forged_or_altered_deliveries_get_400() -> None:
    body, headers = delivery("invoice.paid", an_invoice())
    assert handle_webhook(body.replace(b'"invoice.paid"', b'"invoice.paid" '), headers) == 400
    assert handle_webhook(body, {}) == 400
    forged = generate_test_signature(body, "whsec_notTheEndpointSecret0000")
    assert handle_webhook(body, {"Stripe-Signature": forged}) == 400
    replayed = generate_test_signature(body, SECRET, int(time.time()) - 3600)
    assert handle_webhook(body, {"Stripe-Signature": replayed}) == 400
    assert fulfilled == []
