"""A subscription schedule's tax rates on the fake, sync and async (stripe-python 16.1's
`SubscriptionScheduleCreateParams` phases' `default_tax_rates` and items' `tax_rates`): kept on
the phases and shown there as tax rate objects, they become the subscription's when a phase
starts (so its invoices are taxed), replaced by the next phase's; checked as a
subscription's are; a subscription put on a schedule keeps its rates in the phase."""

from __future__ import annotations

from typing import Any

import pytest

from stripe_invoicing_client import InvalidRequestError, NotFoundError
from stripe_invoicing_client.testing import FakeStripe

from ._support import DAY, START, items, on_clock, on_clock_by_invoice, paying_with, run
from .test_subscription_tax_rates import ids, latest_invoice, rate, taxed_at, taxes

FEB_1 = START + 31 * DAY


async def test_each_phase_taxes_the_invoices_made_while_it_runs(
    client: Any, fake: FakeStripe
) -> None:
    clock, who = await on_clock(client, **paying_with("pm_card_visa"))
    vat, included = await rate(client, 10), await rate(client, 20, inclusive=True)
    basic, pro = fake.create_price(1000), fake.create_price(2500)
    phases = [
        {
            "items": [{"price": basic}],
            "default_tax_rates": [vat.id],
            "duration": {"interval": "month"},
        },
        {
            "items": [{"price": pro, "quantity": 2, "tax_rates": [included.id]}],
            "duration": {"interval": "month"},
        },
    ]
    schedule = await run(
        client.subscription_schedules.create(customer=who.id, start_date="now", phases=phases)
    )
    first, second = schedule.phases
    assert (ids(first.default_tax_rates), ids(first.items[0].tax_rates)) == ([vat.id], [])
    assert (ids(second.default_tax_rates), ids(second.items[0].tax_rates)) == ([], [included.id])
    sub = await run(client.subscriptions.retrieve(str(schedule.subscription)))
    assert ids(sub.default_tax_rates) == [vat.id]
    invoice = await latest_invoice(client, sub)
    # 10.00 and 10% on top.
    assert (taxes(invoice), invoice.total) == ([(vat.id, 100, 1000)], 1100)

    # Archived since it was set, a phase's rate still taxes (as a subscription's does).
    await run(client.tax_rates.update(str(included.id), active=False))
    await run(client.test_helpers.test_clocks.advance(clock.id, frozen_time=FEB_1 + DAY))
    sub = await run(client.subscriptions.retrieve(str(sub.id)))
    assert ids(sub.default_tax_rates) == []  # the second phase has none
    assert ids(sub.items.data[0].tax_rates) == [included.id]
    renewal = await latest_invoice(client, sub)
    # 2 x 25.00 with 20% inside: 50.00 / 1.2 = 41.67 net, 8.33 tax.
    assert taxes(renewal) == [(included.id, 833, 4167)]
    assert (renewal.total_excluding_tax, renewal.total) == (4167, 5000)


async def test_an_update_of_the_current_phase_gives_its_rates_at_once(
    client: Any, fake: FakeStripe
) -> None:
    _, who = await on_clock(client)
    old, new = await rate(client, 10), await rate(client, 20)
    basic = fake.create_price(1000)
    phase = {"items": [{"price": basic}], "collection_method": "send_invoice"}
    schedule = await run(
        client.subscription_schedules.create(
            customer=who.id,
            phases=[{**phase, "default_tax_rates": [old.id]}],
            default_settings={"invoice_settings": {"days_until_due": 30}},
        )
    )
    changed = {**phase, "start_date": START, "items": [{"price": basic, "tax_rates": [new.id]}]}
    updated = await run(client.subscription_schedules.update(schedule.id, phases=[changed]))
    assert ids(updated.phases[0].items[0].tax_rates) == [new.id]
    sub = await run(client.subscriptions.retrieve(str(schedule.subscription)))
    assert (ids(sub.default_tax_rates), ids(sub.items.data[0].tax_rates)) == ([], [new.id])


# Refused rates: (where on the phase, which rate, the error, the parameter it names).
REFUSED = {
    "unknown default": ("default", "missing", NotFoundError, "phases[0][default_tax_rates][0]"),
    "archived item rate": (
        "item",
        "archived",
        InvalidRequestError,
        "phases[0][items][0][tax_rates][0]",
    ),
}


@pytest.mark.parametrize(("where", "which", "error", "param"), REFUSED.values(), ids=REFUSED)
async def test_unknown_or_archived_rates_are_refused(
    client: Any, fake: FakeStripe, where: str, which: str, error: type[Exception], param: str
) -> None:
    _, who = await on_clock(client)
    archived = await rate(client, 20)
    await run(client.tax_rates.update(str(archived.id), active=False))
    bad = "txr_missing" if which == "missing" else str(archived.id)
    phase: dict[str, Any] = {"items": [{"price": fake.create_price(1000)}]}
    if where == "default":
        phase["default_tax_rates"] = [bad]
    else:
        phase["items"][0]["tax_rates"] = [bad]
    with pytest.raises(error) as refused:
        await run(client.subscription_schedules.create(customer=who.id, phases=[phase]))
    assert getattr(refused.value, "param", None) == param
    assert await items(client.subscription_schedules.list(customer=who.id)) == []


@pytest.mark.parametrize("where", ["default", "item"])
async def test_a_taxed_subscription_put_on_a_schedule_keeps_its_rates(
    client: Any, team_plan: None, where: str
) -> None:
    vat = await rate(client, 10)
    _, _, sub = await on_clock_by_invoice(client, **taxed_at(where, str(vat.id)))
    schedule = await run(client.subscription_schedules.create(from_subscription=sub.id))
    [phase] = schedule.phases
    shown = phase.default_tax_rates if where == "default" else phase.items[0].tax_rates
    assert ids(shown) == [vat.id]
    sub = await run(client.subscriptions.retrieve(str(sub.id)))
    assert sub.schedule == schedule.id
    taxed = sub.default_tax_rates if where == "default" else sub.items.data[0].tax_rates
    assert ids(taxed) == [vat.id]
