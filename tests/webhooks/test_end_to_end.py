"""The demo's flows on the in-memory backend, then every event it recorded delivered, signed,
verified and parsed: through a callback, and over HTTP to a handler on loopback."""

from __future__ import annotations

import asyncio
import http.server
import io
import threading
from collections.abc import Iterator
from typing import Any

import pytest

from stripe_invoicing_client import StripeInvoicing
from stripe_invoicing_client._demo import Demo
from stripe_invoicing_client._generated.models.webhook_objects import WEBHOOK_OBJECTS
from stripe_invoicing_client.testing import FakeStripe
from stripe_invoicing_client.webhooks import Event, construct_event

SECRET = "whsec_endToEndSecret0123456789"
# `invoice.` events carry an Invoice, and so on; from the generated webhook object table.
MODEL_FOR_PREFIX = {prefix: model for prefix, model, _ in WEBHOOK_OBJECTS.values()}


def leftovers(value: Any) -> list[str]:
    """Fields anywhere in a parsed tree that the models did not describe."""
    found = [str(key) for key in getattr(value, "additional_properties", {})]
    for name in getattr(type(value), "__attrs_attrs__", ()):
        if name.name != "additional_properties":
            found.extend(leftovers(getattr(value, name.name)))
    if isinstance(value, list):
        for item in value:
            found.extend(leftovers(item))
    return found


@pytest.fixture
def fake_after_demo() -> FakeStripe:
    fake = FakeStripe()
    with StripeInvoicing("sk_test_webhooks", http_client=fake.sync_http_client()) as client:
        asyncio.run(Demo(client, io.StringIO(), run_id="hooks").run())
    return fake


def check(events: list[Event], fake: FakeStripe) -> None:
    assert [event.id for event in events] == [raw["id"] for raw in fake.events]
    types = {event.type for event in events}
    invoice_steps = ("created", "finalized", "sent", "paid", "voided", "marked_uncollectible")
    expected = {"customer.created", "invoiceitem.created"} | {
        f"invoice.{step}" for step in invoice_steps
    }
    assert expected <= types, expected - types
    for event, raw in zip(events, fake.events, strict=True):
        # The longest prefix decides: `customer.subscription.` before `customer.`.
        prefix = max((p for p in MODEL_FOR_PREFIX if event.type.startswith(p)), key=len)
        model = MODEL_FOR_PREFIX[prefix]
        assert isinstance(event.data.object, model), event.type
        assert leftovers(event.data.object) == [], event.type
        assert event.to_dict() == raw


def test_every_event_verifies_and_parses(fake_after_demo: FakeStripe) -> None:
    received: list[Event] = []
    count = fake_after_demo.deliver_events(
        lambda body, signature: received.append(construct_event(body, signature, SECRET)),
        SECRET,
    )
    assert count == len(fake_after_demo.events) > 20
    check(received, fake_after_demo)
    assert fake_after_demo.deliver_events(lambda body, signature: None, SECRET) == 0


@pytest.fixture
def endpoint() -> Iterator[tuple[str, list[Event]]]:
    received: list[Event] = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers["Content-Length"]))
            received.append(construct_event(body, self.headers["Stripe-Signature"], SECRET))
            self.send_response(200)
            self.end_headers()

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/webhooks", received
    finally:
        server.shutdown()
        server.server_close()


def test_events_posted_to_a_loopback_endpoint(
    fake_after_demo: FakeStripe, endpoint: tuple[str, list[Event]]
) -> None:
    url, received = endpoint
    assert fake_after_demo.deliver_events_to(url, SECRET) == len(fake_after_demo.events)
    check(received, fake_after_demo)


def test_deliveries_never_leave_the_machine(fake_after_demo: FakeStripe) -> None:
    with pytest.raises(ValueError, match="loopback"):
        fake_after_demo.deliver_events_to("https://hooks.example.com/stripe", SECRET)
