"""The customer portal on the fake, sync and async: configurations (the default one, standing
for the Dashboard's settings, and those made through the API), and sessions with their URL."""

from __future__ import annotations

from typing import Any

import pytest

from stripe_invoicing_client import InvalidRequestError, NotFoundError
from stripe_invoicing_client.models import BillingPortalConfiguration, BillingPortalSession
from stripe_invoicing_client.testing import FakeStripe

from ..support import event_types
from ._support import by_invoice, customer, items, run

HISTORY_ONLY = {"invoice_history": {"enabled": True}}


async def test_a_configuration_is_made_listed_and_updated(client: Any, fake: FakeStripe) -> None:
    portal = client.billing_portal.configurations
    made = await run(
        portal.create(
            features={
                **HISTORY_ONLY,
                "customer_update": {"enabled": True, "allowed_updates": ["email", "address"]},
                "subscription_cancel": {"enabled": True, "mode": "immediately"},
            },
            business_profile={"headline": "Acme billing"},
            default_return_url="https://example.com/account",
            metadata={"plan": "pro"},
        )
    )
    assert isinstance(made, BillingPortalConfiguration)
    assert (made.is_default, made.active, made.business_profile.headline) == (
        False,
        True,
        "Acme billing",
    )
    features = made.features
    assert features.invoice_history.enabled and features.customer_update.enabled
    assert features.customer_update.allowed_updates == ["email", "address"]
    assert (features.subscription_cancel.enabled, features.subscription_cancel.mode) == (
        True,
        "immediately",
    )
    assert features.subscription_update.enabled is False
    assert made.default_return_url == "https://example.com/account"

    again = await run(portal.retrieve(str(made.id)))
    assert again.to_dict() == made.to_dict()
    fake.clock.advance(60)
    changed = await run(
        portal.update(str(made.id), active=False, features={"invoice_history": {"enabled": False}})
    )
    assert (changed.active, changed.features.invoice_history.enabled) == (False, False)
    assert changed.features.customer_update.enabled  # features not named stay as they were
    assert changed.updated == made.updated + 60

    listed = await items(portal.list())
    assert listed[0].id == made.id
    assert [c.is_default for c in listed] == [False, True]  # the default one is always there
    assert [c.id for c in await items(portal.list(active=False))] == [made.id]
    assert [c.is_default for c in await items(portal.list(is_default=True))] == [True]
    types = event_types(fake, "billing_portal.")
    assert types == ["billing_portal.configuration.created", "billing_portal.configuration.updated"]


async def test_the_default_configuration_cannot_be_deactivated(client: Any) -> None:
    (default,) = await items(client.billing_portal.configurations.list(is_default=True))
    with pytest.raises(InvalidRequestError) as info:
        await run(client.billing_portal.configurations.update(str(default.id), active=False))
    assert info.value.param == "active"


async def test_subscription_updates_need_products(client: Any) -> None:
    with pytest.raises(InvalidRequestError) as info:
        await run(
            client.billing_portal.configurations.create(
                features={
                    "subscription_update": {"enabled": True, "default_allowed_updates": ["price"]}
                }
            )
        )
    assert info.value.param == "features[subscription_update][products]"
    assert await items(client.billing_portal.configurations.list(is_default=False)) == []


async def test_a_session_has_a_url_on_the_portal_host(client: Any, fake: FakeStripe) -> None:
    ada = await customer(client)
    session = await run(
        client.billing_portal.sessions.create(
            customer=str(ada.id), return_url="https://example.com/back"
        )
    )
    assert isinstance(session, BillingPortalSession)
    assert session.url.startswith("https://billing.stripe.com/p/session/test_")
    assert (session.customer, session.return_url, session.flow) == (
        ada.id,
        "https://example.com/back",
        None,
    )
    (default,) = await items(client.billing_portal.configurations.list(is_default=True))
    assert session.configuration == default.id


async def test_a_session_takes_a_configuration_and_its_return_url(client: Any) -> None:
    ada = await customer(client)
    made = await run(
        client.billing_portal.configurations.create(
            features=HISTORY_ONLY, default_return_url="https://example.com/home"
        )
    )
    session = await run(
        client.billing_portal.sessions.create(
            customer=str(ada.id), configuration=str(made.id), expand=["configuration"]
        )
    )
    assert isinstance(session.configuration, BillingPortalConfiguration)
    assert session.configuration.id == made.id
    assert session.return_url == "https://example.com/home"
    await run(client.billing_portal.configurations.update(str(made.id), active=False))
    with pytest.raises(InvalidRequestError) as info:
        await run(
            client.billing_portal.sessions.create(customer=str(ada.id), configuration=str(made.id))
        )
    assert info.value.param == "configuration"


async def test_a_session_needs_an_existing_customer(client: Any) -> None:
    with pytest.raises(InvalidRequestError) as missing:
        await run(client.billing_portal.sessions.create(return_url="https://example.com"))
    assert missing.value.param == "customer"
    with pytest.raises(NotFoundError) as unknown:
        await run(client.billing_portal.sessions.create(customer="cus_unknown"))
    assert unknown.value.param == "customer"
    ada = await customer(client)
    with pytest.raises(NotFoundError) as no_config:
        await run(
            client.billing_portal.sessions.create(customer=str(ada.id), configuration="bpc_x")
        )
    assert no_config.value.param == "configuration"


async def test_a_session_can_open_a_flow(client: Any) -> None:
    ada = await customer(client)
    session = await run(
        client.billing_portal.sessions.create(
            customer=str(ada.id),
            flow_data={
                "type": "payment_method_update",
                "after_completion": {
                    "type": "redirect",
                    "redirect": {"return_url": "https://example.com/done"},
                },
            },
        )
    )
    flow = session.flow
    assert flow.type_ == "payment_method_update"
    assert flow.after_completion.type_ == "redirect"
    assert flow.after_completion.redirect.return_url == "https://example.com/done"
    cancel = {"type": "subscription_cancel", "subscription_cancel": {"subscription": "sub_x"}}
    with pytest.raises(InvalidRequestError) as disabled:  # not a feature of the default
        await run(client.billing_portal.sessions.create(customer=str(ada.id), flow_data=cancel))
    assert disabled.value.param == "flow_data[type]"
    made = await run(
        client.billing_portal.configurations.create(
            features={"subscription_cancel": {"enabled": True}}
        )
    )
    with pytest.raises(InvalidRequestError) as unknown:
        await run(
            client.billing_portal.sessions.create(
                customer=str(ada.id), configuration=str(made.id), flow_data=cancel
            )
        )
    assert unknown.value.param == "flow_data[subscription_cancel][subscription]"


async def test_portal_events_are_typed(client: Any) -> None:
    ada = await customer(client)
    await run(client.billing_portal.configurations.create(features=HISTORY_ONLY))
    await run(client.billing_portal.sessions.create(customer=str(ada.id)))
    events = await items(client.events.list())
    by_type = {event.type: event.data.object for event in events}
    assert isinstance(by_type["billing_portal.configuration.created"], BillingPortalConfiguration)
    assert isinstance(by_type["billing_portal.session.created"], BillingPortalSession)


@pytest.mark.usefixtures("team_plan")
async def test_a_subscription_flow_names_a_subscription_of_the_customer(client: Any) -> None:
    ada, bob = await customer(client), await customer(client, "Bob Babbage")
    sub = await by_invoice(client, str(ada.id))
    made = await run(
        client.billing_portal.configurations.create(
            features={"subscription_cancel": {"enabled": True}}
        )
    )
    flow_data = {"type": "subscription_cancel", "subscription_cancel": {"subscription": sub.id}}
    session = await run(
        client.billing_portal.sessions.create(
            customer=str(ada.id), configuration=str(made.id), flow_data=flow_data
        )
    )
    assert session.flow.subscription_cancel.subscription == sub.id
    assert session.flow.after_completion.type_ == "portal_homepage"
    with pytest.raises(InvalidRequestError) as info:  # not Bob's subscription
        await run(
            client.billing_portal.sessions.create(
                customer=str(bob.id), configuration=str(made.id), flow_data=flow_data
            )
        )
    assert info.value.param == "flow_data[subscription_cancel][subscription]"
