"""Parameters the fake used to take and ignore, sync and async: made to act as Stripe does
(a customer's `tax_id_data` and `source`, `trial_from_plan`, `trial_settings` on update, the
subscription list's period, plan and Account filters), or refused with a 400 naming them when
the fake can't compute what Stripe would (`_unmodelled_params.REFUSED`); nothing is made then."""

from __future__ import annotations

from typing import Any

import pytest

from stripe_invoicing_client import InvalidRequestError
from stripe_invoicing_client.testing import FakeStripe

from ._support import (
    DAY,
    GOOD,
    MONTHLY,
    catalog_price,
    customer,
    items,
    paying_with,
    run,
    sent,
    subscribe,
)


async def test_tax_id_data_makes_the_customers_tax_ids(client: Any, fake: FakeStripe) -> None:
    data = [{"type": "eu_vat", "value": "DE123456789"}, {"type": "us_ein", "value": "12-3456789"}]
    ada = await customer(client, tax_id_data=data)
    made = await items(client.customers.tax_ids.list(str(ada.id)))
    assert sorted((t.type_, t.value, t.country) for t in made) == [
        ("eu_vat", "DE123456789", "DE"),
        ("us_ein", "12-3456789", "US"),
    ]
    created = [e for e in fake.events if e["type"] == "customer.tax_id.created"]
    assert len(created) == 2


async def test_bad_tax_id_data_makes_no_customer(client: Any, fake: FakeStripe) -> None:
    with pytest.raises(InvalidRequestError) as refused:
        await customer(client, tax_id_data=[{"type": "eu_vat", "value": "123"}])
    assert refused.value.param == "tax_id_data[0][value]"
    assert not await items(client.customers.list())


async def test_a_source_given_on_creation_is_the_default_source(client: Any) -> None:
    ada = await customer(client, source="tok_visa")
    assert ada.default_source == "tok_visa"


@pytest.mark.usefixtures("team_plan")
async def test_trial_from_plan_takes_the_prices_trial(client: Any) -> None:
    price = await catalog_price(client, recurring={"interval": "month", "trial_period_days": 14})
    ada = await customer(client, **paying_with(GOOD))
    items_ = [{"price": price.id}]
    plain = await subscribe(client, str(ada.id), items=items_)
    trialing = await subscribe(client, str(ada.id), items=items_, trial_from_plan=True)
    assert (plain.status, plain.trial_end) == ("active", None)
    assert trialing.status == "trialing"
    assert trialing.trial_end == sent(trialing.trial_start) + 14 * DAY
    with pytest.raises(InvalidRequestError) as refused:
        await subscribe(client, str(ada.id), items=items_, trial_from_plan=True, trial_end="now")
    assert refused.value.param == "trial_from_plan"


@pytest.mark.usefixtures("team_plan")
async def test_trial_settings_change_on_update(client: Any) -> None:
    ada = await customer(client, **paying_with(GOOD))
    sub = await subscribe(client, str(ada.id), trial_period_days=7)
    pause = {"end_behavior": {"missing_payment_method": "pause"}}
    changed = await run(client.subscriptions.update(str(sub.id), trial_settings=pause))
    assert changed.trial_settings.end_behavior.missing_payment_method == "pause"


@pytest.mark.usefixtures("team_plan")
@pytest.mark.parametrize(
    ("filters", "found"),
    [
        ({}, True),
        ({"plan": "price_nope"}, False),
        ({"customer_account": "acct_1"}, False),
        ({"automatic_tax": {"enabled": True}}, False),
        ({"automatic_tax": {"enabled": False}}, True),
        ({"current_period_end": {"gt": 0}}, True),
        ({"current_period_end": {"lt": 0}}, False),
        ({"current_period_start": {"lt": 0}}, False),
    ],
)
async def test_the_subscription_list_filters(
    client: Any, filters: dict[str, Any], found: bool
) -> None:
    ada = await customer(client, **paying_with(GOOD))
    sub = await subscribe(client, str(ada.id))
    listed = await items(client.subscriptions.list(**filters))
    assert [s.id for s in listed] == ([sub.id] if found else [])
    by_plan = await items(client.subscriptions.list(plan=sub.items.data[0].price.id))
    assert [s.id for s in by_plan] == [sub.id]


# (resource, method, parameters, the parameter refused); sent through the client.
REFUSED = [
    # Backdating is served; with a trial, Stripe's guide doesn't say how the two combine.
    (
        "subscriptions",
        "create",
        {"backdate_start_date": 1_000_000, "trial_period_days": 7},
        "trial_period_days",
    ),
    ("subscriptions", "create", {"automatic_tax": {"enabled": True}}, "automatic_tax"),
    (
        "subscriptions",
        "create",
        {"payment_settings": {"payment_method_types": ["us_bank_account"]}},
        "payment_settings",
    ),
    (
        "subscriptions",
        "create",
        {
            "payment_settings": {
                "save_default_payment_method": "on_subscription",
                "payment_method_options": {"card": {"request_three_d_secure": "any"}},
            }
        },
        "payment_settings",
    ),
    (
        "customers",
        "create",
        {"cash_balance": {"settings": {"reconciliation_mode": "manual"}}},
        "cash_balance",
    ),
    ("customers", "create", {"tax": {"validate_location": "immediately"}}, "tax"),
    ("prices", "create", {"currency_options": {"eur": {"unit_amount": 900}}}, "currency_options"),
]


@pytest.mark.usefixtures("team_plan")
@pytest.mark.parametrize(("resource", "method", "params", "param"), REFUSED)
async def test_what_the_fake_cannot_compute_is_refused_by_name(
    client: Any, fake: FakeStripe, resource: str, method: str, params: dict[str, Any], param: str
) -> None:
    ada = await customer(client, **paying_with(GOOD))
    bases: dict[str, dict[str, Any]] = {
        "subscriptions": {"customer": str(ada.id), "items": [{"price_data": MONTHLY}]},
        "customers": {},
        "prices": {"currency": "usd", "product": "prod_team"},
    }
    base = bases[resource]
    writes = len(fake.writes)
    with pytest.raises(InvalidRequestError) as refused:
        await run(getattr(getattr(client, resource), method)(**base, **params))
    assert refused.value.param == param
    assert "FakeStripe does not model" in str(refused.value)
    assert len(fake.writes) == writes  # nothing applied


@pytest.mark.usefixtures("team_plan")
@pytest.mark.parametrize(
    "params",
    [
        {"automatic_tax": {"enabled": False}},
        {"payment_settings": {"payment_method_types": ["card"]}},
        {"payment_settings": {"save_default_payment_method": "on_subscription"}},
        {"invoice_settings": {"issuer": {"type": "self"}}},
        {"off_session": True, "proration_behavior": "none", "billing_mode": {"type": "classic"}},
    ],
)
async def test_what_the_fake_always_does_is_taken(client: Any, params: dict[str, Any]) -> None:
    ada = await customer(client, **paying_with(GOOD))
    made = await subscribe(client, str(ada.id), **params)
    assert made.status == "active"
