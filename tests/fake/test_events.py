from __future__ import annotations

import importlib
import importlib.util
import json
import sys
import types

import pytest

from stripe_invoicing_client.testing import API_VERSION, FakeStripe

from .support import Api, assert_pinned_shape


def test_event_envelope(api: Api, fake: FakeStripe) -> None:
    headers = {"Idempotency-Key": "evt-key"}
    response = api.raw("POST", "/v1/customers", {"email": "a@example.com"}, headers=headers)
    (event,) = fake.events
    assert event["id"].startswith("evt_")
    assert event["object"] == "event"
    assert event["type"] == "customer.created"
    assert event["api_version"] == API_VERSION
    assert event["livemode"] is False
    assert event["created"] == fake.clock.now()
    assert event["pending_webhooks"] == 1
    assert event["request"] == {
        "id": response.headers["Request-Id"],
        "idempotency_key": "evt-key",
    }
    assert event["data"]["object"] == response.json()
    assert "previous_attributes" not in event["data"]
    assert_pinned_shape(event)


def test_a_full_lifecycle_emits_in_order(api: Api, fake: FakeStripe) -> None:
    customer = api.customer_with_card()
    api.item(customer["id"], 100)
    invoice = api.invoice(customer["id"], collection_method="send_invoice")
    api.post(f"/v1/invoices/{invoice['id']}/send")
    api.post(f"/v1/invoices/{invoice['id']}/pay")
    assert [e["type"] for e in fake.events] == [
        "customer.created",
        "payment_method.attached",
        "invoiceitem.created",
        "invoice.created",
        "invoice.finalized",
        "invoice.sent",
        # Charging the invoice makes its PaymentIntent, which succeeds before the invoice is paid.
        "payment_intent.created",
        "payment_intent.succeeded",
        "invoice.paid",
        "invoice.payment_succeeded",
        "invoice_payment.paid",
    ]
    for event in fake.events:
        assert_pinned_shape(event)


_HAS_WEBHOOKS = importlib.util.find_spec("stripe_invoicing_client.webhooks") is not None


@pytest.mark.skipif(
    not _HAS_WEBHOOKS,
    reason="stripe_invoicing_client.webhooks (generate_test_signature) is not written yet",
)
def test_deliver_events_signs_each_once(api: Api, fake: FakeStripe) -> None:
    webhooks = importlib.import_module("stripe_invoicing_client.webhooks")
    generate_test_signature = webhooks.generate_test_signature

    api.customer()
    api.customer()
    received: list[tuple[bytes, str]] = []
    assert fake.deliver_events(lambda p, s: received.append((p, s)), "whsec_x", timestamp=1) == 2
    assert fake.deliver_events(lambda p, s: received.append((p, s)), "whsec_x") == 0
    payload, signature = received[0]
    assert json.loads(payload)["type"] == "customer.created"
    assert signature == generate_test_signature(payload, "whsec_x", 1)


def test_delivery_mechanics_with_a_stub_signer(
    api: Api, fake: FakeStripe, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Independent of the real signer: each event goes out once, in order, and an event
    whose callback fails stays queued."""
    stub = types.ModuleType("stripe_invoicing_client.webhooks")
    stub.generate_test_signature = lambda payload, secret, timestamp=None: f"t=1,v1={secret}"  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "stripe_invoicing_client.webhooks", stub)
    api.customer()
    api.customer()
    calls: list[str] = []

    def flaky(payload: bytes, signature: str) -> None:
        calls.append(json.loads(payload)["id"])
        if len(calls) == 2:
            raise RuntimeError("endpoint down")

    with pytest.raises(RuntimeError):
        fake.deliver_events(flaky, "whsec_y")
    assert fake.deliver_events(lambda p, s: calls.append(json.loads(p)["id"]), "whsec_y") == 1
    ids = [e["id"] for e in fake.events]
    assert calls == [ids[0], ids[1], ids[1]]


def test_invoice_sent_events_are_listed_by_type_and_creation_time(
    api: Api, fake: FakeStripe
) -> None:
    # What a bulk send reads to learn whether an email went out (send_invoices).
    customer = api.customer()
    sent = []
    for _ in range(3):
        api.item(customer["id"], 100)
        invoice = api.invoice(customer["id"], collection_method="send_invoice", days_until_due=3)
        api.post(f"/v1/invoices/{invoice['id']}/finalize")
        fake.clock.advance(60)
        api.post(f"/v1/invoices/{invoice['id']}/send")
        sent.append((invoice["id"], fake.clock.now()))
    page = api.get("/v1/events", {"type": "invoice.sent", "created": {"gte": sent[1][1]}})
    assert [e["data"]["object"]["id"] for e in page["data"]] == [sent[2][0], sent[1][0]]
    assert {e["type"] for e in page["data"]} == {"invoice.sent"}
    assert page["data"][0]["data"]["object"]["status"] == "open"
