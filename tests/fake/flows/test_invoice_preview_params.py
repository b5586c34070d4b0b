"""The parameters of a preview beyond what it bills, on the fake, sync and async (stripe-python
16.1's `InvoiceCreatePreviewParams`): Stripe's rules on who and what a preview is of;
`customer_details` and `on_behalf_of` shown on the preview; values the fake's invoices always
have accepted; the rest refused by name, never ignored."""

from __future__ import annotations

from typing import Any

import pytest

from stripe_invoicing_client import InvalidRequestError
from stripe_invoicing_client.models import Invoice

from ._support import by_invoice, customer, on_clock, run

ADDRESS = {"line1": "1 Rue de Rivoli", "city": "Paris", "postal_code": "75001", "country": "FR"}


@pytest.fixture(autouse=True)
async def products(team_plan: None) -> None:
    """The product of the plan the renewal previews subscribe to."""


async def previewed(client: Any, named: str, **params: Any) -> dict[str, Any]:
    """A preview, as sent, for a customer of `named`: a subscription's renewal (`renewal`) or
    the customer's pending items (`pending`)."""
    _clock, who = await on_clock(client, address=ADDRESS)
    if named == "renewal":
        sub = await by_invoice(client, str(who.id))
        asked = {"subscription": sub.id}
    else:
        await run(client.invoice_items.create(customer=who.id, amount=700, currency="usd"))
        asked = {"customer": who.id}
    preview: Invoice = await run(client.invoices.create_preview(**asked, **params))
    sent = preview.to_dict()
    return {name: sent[name] for name in SHOWN} | {
        "lines": [line["amount"] for line in sent["lines"]["data"]]
    }


# What a preview shows that these tests look at (not its ids: each test's customer is new).
SHOWN = (
    "amount_due",
    "automatic_tax",
    "customer_address",
    "customer_shipping",
    "customer_tax_exempt",
    "customer_tax_ids",
    "issuer",
    "on_behalf_of",
    "total",
)


BOTH = pytest.mark.parametrize("named", ["renewal", "pending"])


@BOTH
async def test_customer_details_and_on_behalf_of_are_shown(client: Any, named: str) -> None:
    shipping = {"name": "Ada", "address": {"line1": "2 Main St", "country": "US"}}
    details = {
        "address": {"line1": "5 Unter den Linden", "country": "DE"},
        "shipping": shipping,
        "tax_exempt": "reverse",
        "tax_ids": [{"type": "eu_vat", "value": "DE123456789"}],
    }
    shown = await previewed(client, named, customer_details=details, on_behalf_of="acct_1Connected")
    assert shown["customer_address"]["line1"] == "5 Unter den Linden"
    assert (shown["customer_shipping"]["name"], shown["customer_shipping"]["phone"]) == (
        "Ada",
        None,
    )
    assert shown["customer_tax_exempt"] == "reverse"
    assert shown["customer_tax_ids"] == [{"type": "eu_vat", "value": "DE123456789"}]
    assert shown["on_behalf_of"] == "acct_1Connected"
    plain = await previewed(client, named)
    assert (plain["customer_address"]["line1"], plain["on_behalf_of"]) == (ADDRESS["line1"], None)
    assert plain["total"] == shown["total"]  # shown only: nothing the fake bills changes


@BOTH
@pytest.mark.parametrize(
    "params",
    [
        {"automatic_tax": {"enabled": False}},
        {"issuer": {"type": "self"}},
        {"customer_details": {"tax": {"ip_address": "192.0.2.1"}}},
    ],
    ids=["automatic_tax_off", "issuer_self", "tax_ip_address"],
)
async def test_what_changes_nothing_the_fake_computes_is_accepted(
    client: Any, named: str, params: dict[str, Any]
) -> None:
    assert await previewed(client, named, **params) == await previewed(client, named)


@pytest.mark.parametrize(
    ("params", "param"),
    [
        ({"automatic_tax": {"enabled": True}}, "automatic_tax[enabled]"),
        (
            {"automatic_tax": {"enabled": False, "liability": {"type": "self"}}},
            "automatic_tax[liability]",
        ),
        ({"issuer": {"type": "account", "account": "acct_1Other"}}, "issuer"),
        ({"customer_account": "acct_1Customer"}, "customer_account"),
    ],
    ids=["automatic_tax", "tax_liability", "issuer_account", "customer_account"],
)
async def test_what_the_fake_does_not_model_is_refused_by_name(
    client: Any, params: dict[str, Any], param: str
) -> None:
    who = await customer(client)
    await run(client.invoice_items.create(customer=who.id, amount=700, currency="usd"))
    with pytest.raises(InvalidRequestError) as refused:
        await run(client.invoices.create_preview(customer=who.id, **params))
    assert (refused.value.http_status, refused.value.param) == (400, param)
    assert "FakeStripe does not model" in refused.value.message


ITEMS = [{"amount": 700, "currency": "usd"}]


@pytest.mark.parametrize(
    ("params", "param", "says"),
    [
        ({"invoice_items": ITEMS}, "customer", "a preview for no customer"),
        (
            {"invoice_items": ITEMS, "customer_details": {"tax_exempt": "none"}},
            "customer_details",
            "a preview for no customer",
        ),
        ({"currency": "usd"}, None, "You must provide at least one of: subscription,"),
        (
            {"automatic_tax": {"enabled": True}, "invoice_items": ITEMS},
            None,
            "one of customer, customer_account, customer_details, subscription or schedule",
        ),
    ],
    ids=["items_alone", "customer_details_alone", "nothing", "automatic_tax_for_no_one"],
)
async def test_a_preview_for_no_customer_is_refused(
    client: Any, params: dict[str, Any], param: str | None, says: str
) -> None:
    with pytest.raises(InvalidRequestError) as refused:
        await run(client.invoices.create_preview(**params))
    assert (refused.value.http_status, refused.value.param) == (400, param)
    assert says in refused.value.message
