"""A subscription's `payment_settings[save_default_payment_method]` on the fake, sync and async
(stripe-python 16.1's `SubscriptionCreateParamsPaymentSettings`: Stripe updates the
subscription's `default_payment_method` when a payment succeeds, `off` unless sent): with
`on_subscription`, the payment method that pays one of its invoices, the first or a later
one, becomes its default and charges its renewals. Stripe's subscription integration guide
creates it with `payment_behavior=default_incomplete`, then the client pays the first invoice.
Its `payment_method_types` go to every invoice it makes (`Subscription.PaymentSettings`)."""

from __future__ import annotations

from typing import Any

import pytest

from stripe_invoicing_client import CardError
from stripe_invoicing_client import models as m
from stripe_invoicing_client.testing import FakeStripe

from ._support import DAY, DECLINING, GOOD, HOUR, START, items, on_clock, run, sent, subscribe

SAVE = "save_default_payment_method"
RENEWAL = START + 31 * DAY + 2 * HOUR  # the first renewal charged, an hour after it is drafted


@pytest.fixture(autouse=True)
async def products(team_plan: None) -> None:
    """The product of `MONTHLY`, the plan these tests subscribe to."""


def saves(fake: FakeStripe, subscription_id: str) -> list[Any]:
    """The `default_payment_method` each `customer.subscription.updated` changed, as before."""
    return [
        event["data"]["previous_attributes"]["default_payment_method"]
        for event in fake.events
        if event["type"] == "customer.subscription.updated"
        and event["data"]["object"]["id"] == subscription_id
        and "default_payment_method" in event["data"]["previous_attributes"]
    ]


@pytest.mark.parametrize("save", ["on_subscription", "off", None])
async def test_the_integration_guides_flow(client: Any, fake: FakeStripe, save: str | None) -> None:
    # Nothing on file: the client pays the first invoice with a card it collected.
    clock, ada = await on_clock(client)
    settings = {} if save is None else {"payment_settings": {SAVE: save}}
    sub = await subscribe(client, str(ada.id), payment_behavior="default_incomplete", **settings)
    assert (sub.status, sent(sub.payment_settings).save_default_payment_method) == (
        "incomplete",
        save or "off",
    )
    await run(client.invoices.pay(str(sub.latest_invoice), payment_method=GOOD))

    sub = await run(client.subscriptions.retrieve(str(sub.id)))
    saved = GOOD if save == "on_subscription" else None
    assert (sub.status, sub.default_payment_method) == ("active", saved)
    assert saves(fake, str(sub.id)) == ([None] if saved else [])

    # The renewal charges the saved card; without it there is nothing on file to charge.
    await run(client.test_helpers.test_clocks.advance(clock.id, frozen_time=RENEWAL))
    sub = await run(client.subscriptions.retrieve(str(sub.id)))
    renewal: m.Invoice = await run(client.invoices.retrieve(str(sub.latest_invoice)))
    assert renewal.billing_reason == "subscription_cycle"
    if saved:
        assert (sub.status, renewal.status) == ("active", "paid")
        intents = await items(client.payment_intents.list(customer=str(ada.id)))
        assert [(i.status, i.payment_method) for i in intents] == [("succeeded", GOOD)] * 2
    else:
        assert (sub.status, renewal.status) == ("past_due", "open")


@pytest.mark.parametrize("turned_on", ["create", "update"])
@pytest.mark.parametrize("paid", ["card", "out_of_band"])
async def test_a_later_invoice_paid_by_card_saves_its_payment_method(
    client: Any, turned_on: str, paid: str
) -> None:
    # The first month is paid by the customer's credit: no payment method, nothing saved.
    clock, ada = await on_clock(client, balance=-3000)
    on = {"payment_settings": {SAVE: "on_subscription"}}
    sub = await subscribe(client, str(ada.id), **(on if turned_on == "create" else {}))
    if turned_on == "update":
        sub = await run(client.subscriptions.update(str(sub.id), **on))
    assert (sub.status, sub.default_payment_method) == ("active", None)
    assert sent(sub.payment_settings).save_default_payment_method == "on_subscription"

    # The renewal fails with nothing on file; a declined card saves nothing.
    await run(client.test_helpers.test_clocks.advance(clock.id, frozen_time=RENEWAL))
    sub = await run(client.subscriptions.retrieve(str(sub.id)))
    assert sub.status == "past_due"
    with pytest.raises(CardError):
        await run(client.invoices.pay(str(sub.latest_invoice), payment_method=DECLINING))
    assert (await run(client.subscriptions.retrieve(str(sub.id)))).default_payment_method is None

    # Paid by a card, it is saved; paid out of band, no payment method is.
    by = {"payment_method": GOOD} if paid == "card" else {"paid_out_of_band": True}
    await run(client.invoices.pay(str(sub.latest_invoice), **by))
    sub = await run(client.subscriptions.retrieve(str(sub.id)))
    assert (sub.status, sub.default_payment_method) == ("active", GOOD if paid == "card" else None)


@pytest.mark.parametrize(
    "given",
    [
        {},
        {SAVE: "on_subscription"},
        {"payment_method_types": ["card"]},
        {SAVE: "off", "payment_method_types": ["card"]},
    ],
)
async def test_payment_settings_render_as_given(
    client: Any, fake: FakeStripe, given: dict[str, Any]
) -> None:
    _, ada = await on_clock(client)
    sub = await subscribe(client, str(ada.id), payment_settings=given)
    types = given.get("payment_method_types")
    settings = sent(sub.payment_settings)
    assert (settings.save_default_payment_method, settings.payment_method_types) == (
        given.get(SAVE, "off"),
        types,
    )
    assert settings.payment_method_options is None

    # An update changes what it sends and keeps the rest; an empty list of types clears it.
    flipped = "off" if given.get(SAVE) == "on_subscription" else "on_subscription"
    sub = await run(client.subscriptions.update(str(sub.id), payment_settings={SAVE: flipped}))
    settings = sub.payment_settings
    assert (settings.save_default_payment_method, settings.payment_method_types) == (
        flipped,
        types,
    )
    [told] = [e for e in fake.events if e["type"] == "customer.subscription.updated"]
    before = told["data"]["previous_attributes"]["payment_settings"]
    assert before[SAVE] == given.get(SAVE, "off")
    cleared = {"payment_method_types": ""}
    sub = await run(client.subscriptions.update(str(sub.id), payment_settings=cleared))
    assert sub.payment_settings.payment_method_types is None
    assert sub.payment_settings.save_default_payment_method == flipped


@pytest.mark.parametrize("types", [["card"], None])
async def test_its_invoices_take_its_payment_method_types(
    client: Any, types: list[str] | None
) -> None:
    clock, ada = await on_clock(client, balance=-10_000)  # credit pays: nothing charged
    given = {"payment_settings": {"payment_method_types": types}} if types else {}
    sub = await subscribe(client, str(ada.id), **given)
    # Cleared: the next invoice offers none; the first keeps what it was made with.
    cleared = {"payment_method_types": ""}
    await run(client.subscriptions.update(str(sub.id), payment_settings=cleared))
    await run(client.test_helpers.test_clocks.advance(clock.id, frozen_time=RENEWAL))
    made = await items(client.invoices.list(subscription=str(sub.id)))
    invoices = sorted(made, key=lambda invoice: invoice.created)
    assert [i.billing_reason for i in invoices] == ["subscription_create", "subscription_cycle"]
    assert [i.payment_settings.payment_method_types for i in invoices] == [types, None]
