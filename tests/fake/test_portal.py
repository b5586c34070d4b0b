"""The customer portal on the wire: configurations, sessions and their events at the pinned
shape, every feature set."""

from __future__ import annotations

from typing import Any

from stripe_invoicing_client.testing import FakeStripe

from .support import Api, assert_pinned_shape, event_types

EVERY_FEATURE: dict[str, Any] = {
    "customer_update": {"enabled": True, "allowed_updates": ["email", "tax_id"]},
    "invoice_history": {"enabled": True},
    "payment_method_update": {"enabled": True},
    "subscription_cancel": {
        "enabled": True,
        "mode": "at_period_end",
        "proration_behavior": "create_prorations",
        "cancellation_reason": {"enabled": True, "options": ["too_expensive", "other"]},
    },
    "subscription_pause": {"enabled": True},
    "subscription_update": {
        "enabled": True,
        "default_allowed_updates": ["price", "quantity"],
        "proration_behavior": "always_invoice",
        "schedule_at_period_end": {"conditions": [{"type": "shortening_interval"}]},
    },
}


def test_every_portal_answer_and_event_is_at_the_pinned_shape(api: Api, fake: FakeStripe) -> None:
    product = api.post("/v1/products", {"name": "Team"})
    price = api.monthly_price(product["id"], 900)
    features = {**EVERY_FEATURE}
    features["subscription_update"] = {
        **EVERY_FEATURE["subscription_update"],
        "products": [{"product": product["id"], "prices": [price["id"]]}],
    }
    config = api.post(
        "/v1/billing_portal/configurations",
        {"features": features, "login_page": {"enabled": True}, "name": "Everything"},
    )
    update = config["features"]["subscription_update"]
    assert update["products"][0]["prices"] == [price["id"]]
    assert config["login_page"]["url"].startswith("https://billing.stripe.com/p/login/")
    assert_pinned_shape(config)
    assert_pinned_shape(api.get("/v1/billing_portal/configurations"))
    assert_pinned_shape(api.get(f"/v1/billing_portal/configurations/{config['id']}"))
    changed = api.post(f"/v1/billing_portal/configurations/{config['id']}", {"name": ""})
    assert changed["name"] is None
    customer = api.customer()
    session = api.post(
        "/v1/billing_portal/sessions",
        {
            "customer": customer["id"],
            "configuration": config["id"],
            "locale": "fr",
            "flow_data": {
                "type": "customer_update",
                "after_completion": {
                    "type": "hosted_confirmation",
                    "hosted_confirmation": {"custom_message": "Thanks"},
                },
            },
        },
    )
    assert session["locale"] == "fr"
    assert session["flow"]["after_completion"]["hosted_confirmation"] == {
        "custom_message": "Thanks"
    }
    assert_pinned_shape(session)
    for event in fake.events:
        assert_pinned_shape(event)
    assert event_types(fake, "billing_portal.") == [
        "billing_portal.configuration.created",
        "billing_portal.configuration.updated",
        "billing_portal.session.created",
    ]


def test_a_price_of_another_product_is_refused(api: Api) -> None:
    team = api.post("/v1/products", {"name": "Team"})
    other = api.post("/v1/products", {"name": "Other"})
    price = api.monthly_price(other["id"], 900)
    features = {
        "subscription_update": {
            "enabled": True,
            "default_allowed_updates": ["price"],
            "products": [{"product": team["id"], "prices": [price["id"]]}],
        }
    }
    refused = api.raw("POST", "/v1/billing_portal/configurations", {"features": features})
    assert refused.status_code == 400
    assert refused.json()["error"]["param"] == "features[subscription_update][products][0][prices]"


def test_settings_are_cleared_with_an_empty_value(api: Api, fake: FakeStripe) -> None:
    features = {
        "subscription_cancel": {
            "enabled": True,
            "cancellation_reason": {
                "enabled": True,
                "options": ["unused"],
                "feedback_options": ["note"],
            },
        },
        "subscription_pause": {
            "enabled": True,
            "duration": {"type": "interval_options", "interval_options": [{"interval": "month"}]},
        },
        "customer_update": {"enabled": True, "allowed_updates": ["email"]},
    }
    config = api.post("/v1/billing_portal/configurations", {"features": features})
    pause = config["features"]["subscription_pause"]["duration"]
    assert pause["interval_options"] == [{"interval": "month", "interval_count": 1}]
    cleared = api.post(
        f"/v1/billing_portal/configurations/{config['id']}",
        {
            "features": {
                "subscription_cancel": {
                    "cancellation_reason": {"enabled": False, "options": "", "feedback_options": ""}
                },
                "customer_update": {"allowed_updates": ""},
            }
        },
    )
    reason = cleared["features"]["subscription_cancel"]["cancellation_reason"]
    assert (reason["options"], reason["feedback_options"]) == ([], None)
    assert cleared["features"]["customer_update"] == {"allowed_updates": [], "enabled": True}
    assert_pinned_shape(cleared)
    for event in fake.events:
        assert_pinned_shape(event)
