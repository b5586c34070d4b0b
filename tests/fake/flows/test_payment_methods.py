"""A customer's payment methods on the fake, sync and async: Stripe's test payment methods
(`pm_card_visa`, ...) become the customer's once named (made with one, set as the default for
invoices, or charged); listed (by type, page by page) and retrieved; one the customer hasn't
got is a 404."""

from __future__ import annotations

from typing import Any

import pytest

from stripe_invoicing_client import NotFoundError
from stripe_invoicing_client.models import PaymentMethod
from stripe_invoicing_client.testing import FakeStripe

from ._support import customer, draft, items, run


async def test_a_customer_made_with_a_payment_method_has_it(client: Any, fake: FakeStripe) -> None:
    ada = await customer(client, payment_method="pm_card_visa")
    (method,) = await items(client.customers.payment_methods.list(str(ada.id)))
    assert isinstance(method, PaymentMethod)
    assert (method.id, method.type_, method.customer) == ("pm_card_visa", "card", ada.id)
    assert method.card is not None
    assert (method.card.brand, method.card.last4, method.card.funding) == ("visa", "4242", "credit")
    again = await run(client.customers.payment_methods.retrieve(str(ada.id), "pm_card_visa"))
    assert again.to_dict() == method.to_dict()
    attached = [e for e in fake.events if e["type"] == "payment_method.attached"]
    assert [e["data"]["object"]["id"] for e in attached] == ["pm_card_visa"]


async def test_the_default_and_a_charged_card_are_attached(client: Any, fake: FakeStripe) -> None:
    ada = await customer(client)
    await run(
        client.customers.update(
            str(ada.id), invoice_settings={"default_payment_method": "pm_card_mastercard"}
        )
    )
    invoice = await draft(client, str(ada.id), (500,), collection_method="charge_automatically")
    await run(client.invoices.finalize(str(invoice.id)))
    await run(client.invoices.pay(str(invoice.id), payment_method="pm_card_amex"))
    methods = await items(client.customers.payment_methods.list(str(ada.id), limit=1))
    assert [(m.id, m.card.brand) for m in methods] == [
        ("pm_card_amex", "amex"),
        ("pm_card_mastercard", "mastercard"),
    ]
    # Naming one again attaches nothing more.
    await run(
        client.customers.update(
            str(ada.id), invoice_settings={"default_payment_method": "pm_card_amex"}
        )
    )
    assert len(await items(client.customers.payment_methods.list(str(ada.id)))) == 2
    assert len([e for e in fake.events if e["type"] == "payment_method.attached"]) == 2


async def test_list_filters_by_type(client: Any) -> None:
    ada = await customer(client, payment_method="pm_card_visa")
    assert len(await items(client.customers.payment_methods.list(str(ada.id), type="card"))) == 1
    assert await items(client.customers.payment_methods.list(str(ada.id), type="sepa_debit")) == []


async def test_another_customer_s_payment_method_is_a_404(client: Any) -> None:
    ada = await customer(client, payment_method="pm_card_visa")
    bob = await customer(client, "Bob Babbage")
    with pytest.raises(NotFoundError) as info:
        await run(client.customers.payment_methods.retrieve(str(bob.id), "pm_card_visa"))
    assert info.value.param == "payment_method"
    assert await items(client.customers.payment_methods.list(str(bob.id))) == []
    with pytest.raises(NotFoundError) as unknown:
        await items(client.customers.payment_methods.list("cus_unknown"))
    assert unknown.value.param == "customer"
    assert ada.id


async def test_a_declining_test_card_is_attached_too(client: Any) -> None:
    ada = await customer(client, payment_method="pm_card_chargeCustomerFail")
    method = await run(
        client.customers.payment_methods.retrieve(str(ada.id), "pm_card_chargeCustomerFail")
    )
    assert (method.card.brand, method.card.last4) == ("visa", "0341")


async def test_an_intent_s_payment_method_expands(client: Any) -> None:
    ada = await customer(client, payment_method="pm_card_visa")
    invoice = await draft(client, str(ada.id), (700,), collection_method="charge_automatically")
    await run(client.invoices.finalize(str(invoice.id)))
    await run(client.invoices.pay(str(invoice.id), payment_method="pm_card_visa"))
    (intent,) = await items(
        client.payment_intents.list(expand=["data.payment_method", "data.customer"])
    )
    assert isinstance(intent.payment_method, PaymentMethod)
    assert intent.payment_method.card is not None
    assert intent.payment_method.card.last4 == "4242"
    assert intent.customer.id == ada.id


async def test_the_attached_event_is_typed(client: Any) -> None:
    await customer(client, payment_method="pm_card_discover")
    (event,) = await items(client.events.list(type="payment_method.attached"))
    assert isinstance(event.data.object, PaymentMethod)
    assert event.data.object.card is not None and event.data.object.card.brand == "discover"
