"""Pausing and migrating subscriptions on the wire: answers and events at the pinned shape."""

from __future__ import annotations

from stripe_invoicing_client.testing import FakeStripe

from .support import Api, assert_pinned_shape, error_of


def _subscription(api: Api) -> str:
    customer = api.customer()
    body = {
        "customer": customer["id"],
        "collection_method": "send_invoice",
        "days_until_due": 30,
        "items": [
            {
                "price_data": {
                    "currency": "usd",
                    "product": api.post("/v1/products", {"name": "Team"})["id"],
                    "unit_amount": 3000,
                    "recurring": {"interval": "month"},
                }
            }
        ],
    }
    return str(api.post("/v1/subscriptions", body)["id"])


def test_paused_and_migrated_subscriptions_are_at_the_pinned_shape(
    api: Api, fake: FakeStripe
) -> None:
    paused = api.post(f"/v1/subscriptions/{_subscription(api)}/pause")
    assert paused["status_details"]["paused"]["subscription"] == {"type": "pause_requested"}
    assert_pinned_shape(paused)
    migrated = api.post(
        f"/v1/subscriptions/{_subscription(api)}/migrate",
        {"billing_mode": {"type": "flexible"}},
    )
    assert migrated["billing_mode"]["flexible"] == {"proration_discounts": None}
    assert_pinned_shape(migrated)
    for event in fake.events:
        assert_pinned_shape(event)


def test_migrate_needs_a_billing_mode(api: Api) -> None:
    refused = api.raw("POST", f"/v1/subscriptions/{_subscription(api)}/migrate")
    assert refused.status_code == 400
    assert error_of(refused.json())["param"] == "billing_mode"
