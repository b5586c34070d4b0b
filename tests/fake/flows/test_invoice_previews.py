"""Previews of a subscription's invoices, on the fake, sync and async (stripe-python 16.1's
`InvoiceCreatePreviewParams`): `subscription` previews its next renewal, a customer alone
their subscription that renews first; `subscription_details.items` previews a change (with
`subscription`, prorated at `proration_date`) or a new subscription. A preview is the invoice
billing later makes, lines and amounts, with `billing_reason=upcoming`; what the fake doesn't
model is refused by name."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from stripe_invoicing_client import InvalidRequestError, NotFoundError
from stripe_invoicing_client.models import Invoice, Subscription
from stripe_invoicing_client.testing import FakeStripe

from ._support import (
    DAY,
    MONTHLY,
    MULTIPLIED,
    START,
    by_invoice,
    customer,
    items,
    on_clock,
    run,
    sent,
)

RENEWAL = START + 31 * DAY  # the end of the first monthly period (January)
TEAM = f"1 {MULTIPLIED} Team plan (at $30.00 / month)"  # the line of a period of `MONTHLY`
HALFWAY = START + 31 * DAY // 2
DOUBLE = {**MONTHLY, "unit_amount": 6000}  # the Team plan's upgrade, 60.00 USD a month
YEARLY = {**MONTHLY, "recurring": {"interval": "year"}}


@pytest.fixture(autouse=True)
async def products(team_plan: None) -> None:
    """The product of the plans these tests subscribe to."""


def shown(invoice: Invoice) -> dict[str, Any]:
    """What a preview must agree on with the invoice made later."""
    return {
        "amounts": (invoice.subtotal, invoice.total, invoice.amount_due),
        "discounts": [d.amount for d in invoice.total_discount_amounts or []],
        "lines": [
            (line.amount, line.description, line.period.start, line.period.end)
            for line in invoice.lines.data
        ],
        "period": (invoice.period_start, invoice.period_end),
    }


def subscription_of(invoice: Invoice) -> str:
    return str(sent(sent(invoice.parent).subscription_details).subscription)


async def subscribed(client: Any, **params: Any) -> tuple[Any, str, Subscription]:
    """A customer on a clock at START, subscribed to MONTHLY by invoice."""
    clock, who = await on_clock(client)
    return clock, str(who.id), await by_invoice(client, str(who.id), **params)


async def renewal_of(client: Any, clock: Any, subscription: Subscription) -> Invoice:
    await run(client.test_helpers.test_clocks.advance(clock.id, frozen_time=RENEWAL))
    renewed = await run(client.subscriptions.retrieve(str(subscription.id)))
    invoice: Invoice = await run(client.invoices.retrieve(str(renewed.latest_invoice)))
    assert invoice.billing_reason == "subscription_cycle"
    return invoice


@pytest.mark.parametrize("named", ["subscription", "customer"])
async def test_a_preview_is_the_renewal_the_clock_later_makes(
    client: Any, fake: FakeStripe, named: str
) -> None:
    coupon = await run(client.coupons.create(percent_off=10, duration="forever"))
    clock, who, sub = await subscribed(client, discounts=[{"coupon": coupon.id}])
    await run(client.invoice_items.create(customer=who, amount=700, currency="usd"))
    events, invoices = len(fake.events), len(await items(client.invoices.list(customer=who)))
    asked = {"subscription": sub.id} if named == "subscription" else {"customer": who}
    preview: Invoice = await run(client.invoices.create_preview(**asked))
    assert len(fake.events) == events
    assert len(await items(client.invoices.list(customer=who))) == invoices
    assert (preview.billing_reason, subscription_of(preview), preview.customer) == (
        "upcoming",
        sub.id,
        who,
    )
    assert str(preview.id).startswith("upcoming_in_")
    assert shown(preview) == {
        "amounts": (3700, 3330, 3330),  # the subscription's 10% off the whole invoice
        "discounts": [370],
        "lines": [
            (700, None, START, START),
            (3000, TEAM, RENEWAL, RENEWAL + 28 * DAY),
        ],
        "period": (RENEWAL, RENEWAL),
    }
    assert shown(await renewal_of(client, clock, sub)) == shown(preview)


# Each kind of preview, by what it is asked with: a customer's pending items (no subscription),
# a renewal, an update of the subscription's items, a new subscription.
PREVIEWS = {
    "pending": lambda who, sub: {"customer": who},
    "renewal": lambda who, sub: {"subscription": sub},
    "update": lambda who, sub: {
        "subscription": sub,
        "subscription_details": {"items": [{"price_data": DOUBLE}], "proration_date": HALFWAY},
    },
    "new_subscription": lambda who, sub: {
        "customer": who,
        "subscription_details": {"items": [{"price_data": YEARLY}]},
    },
}


async def ids_after(client: Any, previewing: str, preview: bool) -> list[str]:
    """The ids of what is made after a preview (or, with `preview` false, a read in its place:
    every request takes a request id of its own)."""
    clock, who = await on_clock(client)
    await run(client.invoice_items.create(customer=who.id, amount=700, currency="usd"))
    sub = None if previewing == "pending" else await by_invoice(client, str(who.id))
    if preview:
        asked = PREVIEWS[previewing](who.id, sub and sub.id)
        await run(client.invoices.create_preview(**asked))
    else:
        await run(client.customers.retrieve(str(who.id)))
    item = await run(client.invoice_items.create(customer=who.id, amount=100, currency="usd"))
    await run(client.test_helpers.test_clocks.advance(clock.id, frozen_time=RENEWAL))
    invoices = await items(client.invoices.list(customer=who.id))
    return [str(item.id), str((await customer(client)).id)] + [str(i.id) for i in invoices]


@pytest.mark.parametrize("previewing", PREVIEWS)
async def test_a_preview_leaves_the_ids_later_objects_get(
    client: Any, make_client: Callable[..., Any], previewing: str
) -> None:
    twin = make_client(on=FakeStripe())
    await run(twin.products.create(id="prod_team", name="Team plan"))  # as `client`'s fixture
    without = await ids_after(twin, previewing, preview=False)
    assert await ids_after(client, previewing, preview=True) == without


async def test_a_customer_s_preview_is_of_the_subscription_renewing_first(client: Any) -> None:
    _clock, who = await on_clock(client)
    await by_invoice(client, str(who.id), items=[{"price_data": YEARLY}])
    monthly = await by_invoice(client, str(who.id))
    preview: Invoice = await run(client.invoices.create_preview(customer=who.id))
    assert subscription_of(preview) == monthly.id
    assert sent(preview.lines.data[0].period).start == RENEWAL


async def test_invoice_items_join_the_renewal_s_preview(client: Any) -> None:
    _clock, who, sub = await subscribed(client)
    extra = [{"amount": 250, "currency": "usd", "description": "Setup"}]
    preview: Invoice = await run(
        client.invoices.create_preview(subscription=sub.id, invoice_items=extra)
    )
    assert [(line.amount, line.description) for line in preview.lines.data] == [
        (250, "Setup"),
        (3000, TEAM),
    ]
    assert await items(client.invoice_items.list(customer=who)) == []


async def test_a_trial_s_preview_is_the_invoice_at_its_end(client: Any) -> None:
    _clock, _who, sub = await subscribed(client, trial_period_days=14)
    preview: Invoice = await run(client.invoices.create_preview(subscription=sub.id))
    assert [(line.amount, line.period.start) for line in preview.lines.data] == [
        (3000, START + 14 * DAY)
    ]


async def test_an_upgrade_s_preview_is_the_renewal_with_its_prorations(
    client: Any, fake: FakeStripe
) -> None:
    clock, _who, sub = await subscribed(client)
    item_id = sub.items.data[0].id
    change = {"items": [{"id": item_id, "price_data": DOUBLE}], "proration_date": HALFWAY}
    preview: Invoice = await run(
        client.invoices.create_preview(subscription=sub.id, subscription_details=change)
    )
    assert shown(preview)["lines"] == [
        (-1500, "Unused time on Team plan after 16 Jan 2026", HALFWAY, RENEWAL),
        (3000, "Remaining time on Team plan after 16 Jan 2026", HALFWAY, RENEWAL),
        (6000, f"1 {MULTIPLIED} Team plan (at $60.00 / month)", RENEWAL, RENEWAL + 28 * DAY),
    ]
    after = await run(client.subscriptions.retrieve(str(sub.id)))
    assert after.items.data[0].price.unit_amount == 3000  # the preview changed nothing
    await run(client.subscriptions.update(str(sub.id), **change))
    assert shown(await renewal_of(client, clock, sub)) == shown(preview)


async def test_always_invoice_previews_the_invoice_of_the_prorations(client: Any) -> None:
    _clock, _who, sub = await subscribed(client)
    change = {
        "items": [{"id": sub.items.data[0].id, "price_data": DOUBLE}],
        "proration_date": HALFWAY,
        "proration_behavior": "always_invoice",
    }
    preview: Invoice = await run(
        client.invoices.create_preview(subscription=sub.id, subscription_details=change)
    )
    updated = await run(client.subscriptions.update(str(sub.id), **change))
    made: Invoice = await run(client.invoices.retrieve(str(updated.latest_invoice)))
    assert made.billing_reason == "subscription_update"
    assert shown(preview) == shown(made)
    assert shown(preview)["amounts"] == (1500, 1500, 1500)


async def test_a_new_subscription_s_preview_is_its_first_invoice(client: Any) -> None:
    _clock, who = await on_clock(client)
    details = {"items": [{"price_data": MONTHLY, "quantity": 2}]}
    preview: Invoice = await run(
        client.invoices.create_preview(customer=who.id, subscription_details=details)
    )
    assert await items(client.subscriptions.list(customer=who.id)) == []
    made = await by_invoice(client, str(who.id), items=details["items"])
    first: Invoice = await run(client.invoices.retrieve(str(made.latest_invoice)))
    assert shown(preview) == shown(first)
    assert shown(preview)["amounts"] == (6000, 6000, 6000)


@pytest.mark.parametrize(
    ("params", "param"),
    [
        ({"schedule": "sub_sched_123"}, "schedule"),
        ({"schedule_details": {"end_behavior": "release"}}, "schedule_details"),
        ({"preview_mode": "recurring"}, "preview_mode"),
        (
            {"subscription_details": {"cancel_at_period_end": True}},
            "subscription_details[cancel_at_period_end]",
        ),
        ({"subscription_details": {"trial_end": "now"}}, "subscription_details[trial_end]"),
        (
            {"subscription_details": {"items": [{"price": "price_x", "plan": "plan_x"}]}},
            "subscription_details[items][0][plan]",
        ),
    ],
    ids=[
        "schedule",
        "schedule_details",
        "preview_mode",
        "cancel_at_period_end",
        "trial_end",
        "item_plan",
    ],
)
async def test_what_the_fake_does_not_model_is_refused_by_name(
    client: Any, params: dict[str, Any], param: str
) -> None:
    _clock, who, _sub = await subscribed(client)
    with pytest.raises(InvalidRequestError) as refused:
        await run(client.invoices.create_preview(customer=who, **params))
    assert refused.value.http_status == 400
    assert refused.value.param == param
    assert "FakeStripe does not model" in refused.value.message


async def test_nothing_to_preview_is_invoice_upcoming_none(client: Any) -> None:
    who = await customer(client)
    with pytest.raises(InvalidRequestError) as refused:
        await run(client.invoices.create_preview(customer=who.id))
    assert (refused.value.http_status, refused.value.code) == (400, "invoice_upcoming_none")
    _clock, _who, ending = await subscribed(client, cancel_at_period_end=True)
    with pytest.raises(InvalidRequestError) as last:
        await run(client.invoices.create_preview(subscription=ending.id))
    assert last.value.code == "invoice_upcoming_none"


@pytest.mark.parametrize(
    ("extra", "param"),
    [
        ({"proration_behavior": "none"}, "subscription_details[proration_behavior]"),
        ({"proration_date": RENEWAL + DAY}, "subscription_details[proration_date]"),
    ],
    ids=["without_prorations", "after_the_period"],
)
async def test_a_proration_date_needs_prorations_within_the_period(
    client: Any, extra: dict[str, Any], param: str
) -> None:
    _clock, _who, sub = await subscribed(client)
    details = {
        "items": [{"id": sub.items.data[0].id, "quantity": 2}],
        "proration_date": HALFWAY,
        **extra,
    }
    with pytest.raises(InvalidRequestError) as refused:
        await run(client.invoices.create_preview(subscription=sub.id, subscription_details=details))
    assert refused.value.param == param


@pytest.mark.parametrize("named", ["customer", "subscription"])
async def test_a_refused_item_is_named_as_the_preview_s_parameter(client: Any, named: str) -> None:
    _clock, who, sub = await subscribed(client)
    asked = {"customer": who} if named == "customer" else {"subscription": sub.id}
    details = {"items": [{"price": "price_missing"}]}
    with pytest.raises(NotFoundError) as refused:
        await run(client.invoices.create_preview(**asked, subscription_details=details))
    assert refused.value.param == "subscription_details[items][0][price]"
