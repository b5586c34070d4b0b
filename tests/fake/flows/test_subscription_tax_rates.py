"""A subscription's tax rates on the fake, sync and async (stripe-python 16.1's
`SubscriptionCreateParams.default_tax_rates` and items' `tax_rates`): the subscription's
`default_tax_rates` tax the items with no `tax_rates` of their own and become its invoices'
`default_tax_rates`; an item's own rates tax its lines instead. Every invoice the subscription
makes is taxed so (the first, renewals, prorations, a final one, a preview); rates are checked
as an invoice's are, and `""` clears them."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from typing import Any

import pytest

from stripe_invoicing_client import InvalidRequestError, NotFoundError
from stripe_invoicing_client.models import Invoice, Subscription, TaxRate

from ._support import (
    DAY,
    MONTHLY,
    START,
    catalog_price,
    items,
    on_clock_by_invoice,
    run,
    sent,
)

RENEWAL = START + 31 * DAY  # the end of the first monthly period (January)
HALFWAY = START + 15 * DAY


@pytest.fixture(autouse=True)
async def products(team_plan: None) -> None:
    """The product of `MONTHLY`, the plan these tests subscribe to."""


async def rate(client: Any, percentage: float, *, inclusive: bool = False) -> TaxRate:
    made: TaxRate = await run(
        client.tax_rates.create(
            display_name=f"Tax {percentage}", percentage=percentage, inclusive=inclusive
        )
    )
    return made


def ids(rates: list[TaxRate] | None) -> list[str]:
    return [str(r.id) for r in rates or []]


def taxes(invoice: Invoice) -> list[tuple[str, int, int | None]]:
    """The invoice's taxes: (rate, amount, taxable amount) each."""
    return [
        (str(t.tax_rate_details.tax_rate), t.amount, t.taxable_amount)
        for t in invoice.total_taxes or []
        if t.tax_rate_details is not None
    ]


async def latest_invoice(client: Any, subscription: Subscription) -> Invoice:
    current = await run(client.subscriptions.retrieve(str(subscription.id)))
    invoice: Invoice = await run(client.invoices.retrieve(str(current.latest_invoice)))
    return invoice


async def renewal_of(client: Any, clock: Any, subscription: Subscription) -> Invoice:
    await run(client.test_helpers.test_clocks.advance(clock.id, frozen_time=RENEWAL))
    invoice = await latest_invoice(client, subscription)
    assert invoice.billing_reason == "subscription_cycle"
    return invoice


# A 30.00 USD line (MONTHLY) under: the subscription's default rate, the item's own rate, as
# (percentage, inclusive); then (subtotal, total excluding tax, total), and the taxes as
# (which rate, amount, taxable amount).
TAXED = {
    "exclusive default": ((10, False), None, (3000, 3000, 3300), [("default", 300, 3000)]),
    "item rate over default": ((10, False), (20, False), (3000, 3000, 3600), [("item", 600, 3000)]),
    "inclusive default": ((20, True), None, (3000, 2500, 3000), [("default", 500, 2500)]),
    "inclusive item rate": ((10, False), (25, True), (3000, 2400, 3000), [("item", 600, 2400)]),
}


@pytest.mark.parametrize(("default", "own", "amounts", "expected"), TAXED.values(), ids=TAXED)
async def test_the_first_invoice_and_renewals_are_taxed(
    client: Any,
    default: tuple[int, bool],
    own: tuple[int, bool] | None,
    amounts: tuple[int, int, int],
    expected: list[tuple[str, int, int]],
) -> None:
    made = {"default": await rate(client, default[0], inclusive=default[1])}
    item: dict[str, Any] = {"price_data": MONTHLY}
    if own is not None:
        made["item"] = await rate(client, own[0], inclusive=own[1])
        item["tax_rates"] = [made["item"].id]
    clock, _, sub = await on_clock_by_invoice(
        client, items=[item], default_tax_rates=[made["default"].id]
    )
    assert ids(sub.default_tax_rates) == [made["default"].id]
    assert ids(sub.items.data[0].tax_rates) == ([made["item"].id] if own else [])
    # Archived later, a rate still taxes the subscriptions that have it.
    for archived in made.values():
        await run(client.tax_rates.update(str(archived.id), active=False))
    want = [(str(made[which].id), amount, taxable) for which, amount, taxable in expected]
    for invoice in (await latest_invoice(client, sub), await renewal_of(client, clock, sub)):
        assert taxes(invoice) == want
        assert (invoice.subtotal, invoice.total_excluding_tax, invoice.total) == amounts
        assert ids(invoice.default_tax_rates) == [made["default"].id]


async def test_one_time_items_of_the_first_invoice_take_their_own_rates(client: Any) -> None:
    default, own = await rate(client, 10), await rate(client, 20)
    one_time = {"currency": "usd", "product": "prod_team", "unit_amount": 1000}
    _, _, sub = await on_clock_by_invoice(
        client,
        default_tax_rates=[default.id],
        add_invoice_items=[{"price_data": one_time, "tax_rates": [own.id]}],
    )
    invoice = await latest_invoice(client, sub)
    assert taxes(invoice) == [(own.id, 200, 1000), (default.id, 300, 3000)]
    assert invoice.total == 4500


def taxed_at(where: str, rate_id: str) -> dict[str, Any]:
    """A subscription to MONTHLY taxed at the rate: its default one, or the item's own."""
    if where == "item":
        return {"items": [{"price_data": MONTHLY, "tax_rates": [rate_id]}]}
    return {"items": [{"price_data": MONTHLY}], "default_tax_rates": [rate_id]}


def tenth(amount: int) -> int:
    return int((Decimal(amount) / 10).to_integral_value(ROUND_HALF_UP))


@pytest.mark.parametrize("where", ["default", "item"])
@pytest.mark.parametrize("change", ["always_invoice update", "cancel with proration"])
async def test_prorations_are_taxed(client: Any, where: str, change: str) -> None:
    vat = await rate(client, 10)
    clock, _, sub = await on_clock_by_invoice(client, **taxed_at(where, str(vat.id)))
    await run(client.test_helpers.test_clocks.advance(clock.id, frozen_time=HALFWAY))
    if change == "cancel with proration":
        await run(client.subscriptions.cancel(str(sub.id), prorate=True, invoice_now=True))
    else:
        seat = sub.items.data[0]
        await run(
            client.subscription_items.update(
                seat.id, quantity=2, proration_behavior="always_invoice"
            )
        )
    invoice = await latest_invoice(client, sub)
    assert invoice.billing_reason == "subscription_update"
    lines = invoice.lines.data
    assert all(line.amount for line in lines) and any(line.amount < 0 for line in lines)
    for line in lines:
        assert [(t.amount, t.taxable_amount) for t in line.taxes or []] == [
            (tenth(line.amount), line.amount)
        ]
    tax = sum(tenth(line.amount) for line in lines)
    assert taxes(invoice) == [(vat.id, tax, invoice.subtotal)]
    assert invoice.total == invoice.subtotal + tax


async def test_a_change_of_rates_with_the_quantity_charges_the_rest_at_the_new_ones(
    client: Any,
) -> None:
    old, new = await rate(client, 10), await rate(client, 20)
    item = {"price_data": MONTHLY, "tax_rates": [old.id]}
    clock, _, sub = await on_clock_by_invoice(client, items=[item])
    await run(client.test_helpers.test_clocks.advance(clock.id, frozen_time=HALFWAY))
    seat = sub.items.data[0]
    await run(
        client.subscription_items.update(
            seat.id, quantity=2, tax_rates=[new.id], proration_behavior="always_invoice"
        )
    )
    credit, charge = (await latest_invoice(client, sub)).lines.data
    assert credit.amount < 0 < charge.amount
    taxed = [
        [str(sent(t.tax_rate_details).tax_rate) for t in line.taxes or []]
        for line in (credit, charge)
    ]
    assert taxed == [[old.id], [new.id]]


@pytest.mark.parametrize("how", ["subscription's rates", "subscription_details"])
async def test_a_preview_is_the_taxed_renewal(client: Any, how: str) -> None:
    default, own = await rate(client, 10), await rate(client, 20)
    seats = await catalog_price(client)
    given = [{"price_data": MONTHLY}, {"price": seats.id, "tax_rates": [own.id]}]
    if how == "subscription_details":
        clock, _, sub = await on_clock_by_invoice(client, items=given)
        details = {"default_tax_rates": [default.id]}
        preview = await run(
            client.invoices.create_preview(subscription=sub.id, subscription_details=details)
        )
        await run(client.subscriptions.update(str(sub.id), default_tax_rates=[default.id]))
    else:
        clock, _, sub = await on_clock_by_invoice(
            client, items=given, default_tax_rates=[default.id]
        )
        preview = await run(client.invoices.create_preview(subscription=sub.id))
    renewal = await renewal_of(client, clock, sub)
    expected = [(own.id, 500, 2500), (default.id, 300, 3000)]
    for invoice in (preview, renewal):
        assert sorted(taxes(invoice)) == sorted(expected)
        assert (invoice.total, ids(invoice.default_tax_rates)) == (6300, [default.id])
        assert [[t.amount for t in line.taxes or []] for line in invoice.lines.data] == [
            [300],
            [500],
        ]


CHANGES_RATES = ("default", "own", "new")
# How tax rates change after creation: the rates the subscription is made with (default,
# item's own), the change, and which rates tax the renewal.
CHANGES = {
    "default set": ([], [], "update default", ["new"]),
    "default cleared": (["default"], [], "clear default", []),
    "item rate set": (["default"], [], "item update", ["new"]),
    "item rate cleared": (["default"], ["own"], "clear item", ["default"]),
    "item rate set by subscription update": ([], [], "update items", ["new"]),
}


@pytest.mark.parametrize(("default", "own", "change", "taxed_by"), CHANGES.values(), ids=CHANGES)
async def test_changed_rates_tax_the_next_renewal(
    client: Any, default: list[str], own: list[str], change: str, taxed_by: list[str]
) -> None:
    made = {name: await rate(client, 10 + index) for index, name in enumerate(CHANGES_RATES)}
    item: dict[str, Any] = {"price_data": MONTHLY, "tax_rates": [made[n].id for n in own]}
    clock, _, sub = await on_clock_by_invoice(
        client, items=[item], default_tax_rates=[made[n].id for n in default]
    )
    seat = sub.items.data[0].id
    subscriptions, new = client.subscriptions, made["new"].id
    calls = {
        "update default": lambda: subscriptions.update(str(sub.id), default_tax_rates=[new]),
        "clear default": lambda: subscriptions.update(str(sub.id), default_tax_rates=""),
        "item update": lambda: client.subscription_items.update(seat, tax_rates=[new]),
        "clear item": lambda: client.subscription_items.update(seat, tax_rates=""),
        "update items": lambda: subscriptions.update(
            str(sub.id), items=[{"id": seat, "tax_rates": [new]}]
        ),
    }
    await run(calls[change]())
    renewal = await renewal_of(client, clock, sub)
    assert [t[0] for t in taxes(renewal)] == [made[n].id for n in taxed_by]
    # No prorations: only the tax rates changed.
    assert renewal.subtotal == 3000


# Refused rates: (where they are sent, the rate, the error, the parameter it names).
REFUSED = {
    "unknown default": ("create", "missing", NotFoundError, "default_tax_rates[0]"),
    "unknown item rate": ("create item", "missing", NotFoundError, "items[0][tax_rates][0]"),
    "archived default": ("create", "archived", InvalidRequestError, "default_tax_rates[0]"),
    "archived one-time item rate": (
        "create one-time",
        "archived",
        InvalidRequestError,
        "add_invoice_items[0][tax_rates][0]",
    ),
    "archived default on update": (
        "update",
        "archived",
        InvalidRequestError,
        "default_tax_rates[0]",
    ),
    "unknown on item update": ("item update", "missing", NotFoundError, "tax_rates[0]"),
    "unknown in a preview": (
        "preview",
        "missing",
        NotFoundError,
        "subscription_details[default_tax_rates][0]",
    ),
}


@pytest.mark.parametrize(("where", "which", "error", "param"), REFUSED.values(), ids=REFUSED)
async def test_unknown_or_archived_rates_are_refused(
    client: Any, where: str, which: str, error: type[Exception], param: str
) -> None:
    vat = await rate(client, 10)
    archived = await rate(client, 20)
    await run(client.tax_rates.update(str(archived.id), active=False))
    bad = "txr_missing" if which == "missing" else str(archived.id)
    _, who, sub = await on_clock_by_invoice(client, default_tax_rates=[vat.id])
    seat = sub.items.data[0].id
    one_time = {"currency": "usd", "product": "prod_team", "unit_amount": 1000}
    base = {"customer": who.id, "collection_method": "send_invoice", "days_until_due": 30}
    calls = {
        "create": lambda: client.subscriptions.create(
            **base, items=[{"price_data": MONTHLY}], default_tax_rates=[bad]
        ),
        "create item": lambda: client.subscriptions.create(
            **base, items=[{"price_data": MONTHLY, "tax_rates": [bad]}]
        ),
        "create one-time": lambda: client.subscriptions.create(
            **base,
            items=[{"price_data": MONTHLY}],
            add_invoice_items=[{"price_data": one_time, "tax_rates": [bad]}],
        ),
        "update": lambda: client.subscriptions.update(str(sub.id), default_tax_rates=[bad]),
        "item update": lambda: client.subscription_items.update(seat, tax_rates=[bad]),
        "preview": lambda: client.invoices.create_preview(
            subscription=sub.id, subscription_details={"default_tax_rates": [bad]}
        ),
    }
    with pytest.raises(error) as refused:
        await run(calls[where]())
    assert getattr(refused.value, "param", None) == param
    # Nothing was made or changed.
    assert [s.id for s in await items(client.subscriptions.list(customer=who.id))] == [sub.id]
    kept = await run(client.subscriptions.retrieve(str(sub.id)))
    assert ids(kept.default_tax_rates) == [vat.id]
    assert ids(kept.items.data[0].tax_rates) == []
