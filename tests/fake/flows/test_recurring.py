"""Recurring invoicing through both clients on the in-memory backend: a subscription billed by
invoice on a test clock (renewals, due dates, emails), proration, overdue invoices and dunning,
cancel and pause collection (resuming a paused subscription: test_subscription_resume); the
webhooks it emits verify and parse as typed events."""

from __future__ import annotations

from typing import Any

import pytest

from stripe_invoicing_client import InvalidRequestError, SubscriptionSearch
from stripe_invoicing_client import models as m
from stripe_invoicing_client.testing import FakeStripe

from ._support import (
    DAY,
    HOUR,
    MONTHLY,
    MULTIPLIED,
    START,
    by_invoice,
    catalog_price,
    customer,
    items,
    objects,
    on_clock,
    on_clock_by_invoice,
    run,
    sent,
    webhooks,
)


@pytest.fixture(autouse=True)
async def products(client: Any, team_plan: None) -> None:
    """The products the inline prices (`price_data`) of these tests belong to."""
    await run(client.products.create(id="prod_support", name="Support"))


async def advance(client: Any, clock: m.TestClock, when: int) -> m.TestClock:
    moved: m.TestClock = await run(
        client.test_helpers.test_clocks.advance(clock.id, frozen_time=when)
    )
    return moved


async def invoices_of(client: Any, customer_id: str) -> list[m.Invoice]:
    found = await items(client.invoices.list(customer=customer_id))
    return sorted(found, key=lambda i: i.created)


def prorated(line: m.LineItem) -> bool:
    """Whether a subscription item's line is a proration (the test fails on other lines)."""
    return sent(sent(line.parent).subscription_item_details).proration


def billed_price(line: m.LineItem) -> str:
    """The id of the price a line was billed at (the test fails if it names none)."""
    price = sent(sent(line.pricing).price_details).price
    assert isinstance(price, str), price  # not expanded
    return price


async def test_monthly_renewals_are_drafted_finalized_emailed_and_due(
    client: Any, fake: FakeStripe
) -> None:
    clock, who, sub = await on_clock_by_invoice(client)
    assert (sub.status, sub.collection_method, sub.days_until_due) == ("active", "send_invoice", 30)
    # Fields stripe-python 16.1 has and the fake must send, if only as null.
    assert sent(sub.cancellation_details).feedback_option is None
    assert sent(sub.trial_settings).end_behavior.billing_cycle_anchor is None
    [item] = sub.items.data
    assert type(item) is m.SubscriptionItem and item.price.unit_amount == 3000

    # April 1st is the third renewal; its draft is finalized an hour later.
    moved = await advance(client, clock, START + 90 * DAY + 2 * HOUR)
    assert (moved.status, moved.frozen_time) == ("ready", START + 90 * DAY + 2 * HOUR)
    found = await invoices_of(client, who.id)
    assert [i.billing_reason for i in found] == ["subscription_create"] + ["subscription_cycle"] * 3
    assert [i.status for i in found] == ["open"] * 4, [i.status for i in found]
    for invoice in found:
        # Finalized (an hour after a renewal), emailed, due 30 days later.
        finalized = invoice.status_transitions.finalized_at
        assert finalized is not None and invoice.due_date == finalized + 30 * DAY
        assert invoice.amount_due == 3000
        details = sent(sent(invoice.parent).subscription_details)
        assert type(details) is m.BillingBillResourceInvoicingParentsInvoiceSubscriptionParent
        assert details.subscription == sub.id
        [line] = invoice.lines.data
        line_details = sent(sent(line.parent).subscription_item_details)
        assert type(line_details) is m.InvoicingLinesParentsInvoiceLineItemSubscriptionItemParent
        assert (line_details.subscription_item, line_details.proration) == (item.id, False)
        assert line.period.end > line.period.start
    assert sorted(s.invoice for s in fake.sent_invoices) == sorted(i.id for i in found)
    periods = [i.lines.data[0].period.start for i in found]
    assert periods == sorted(periods) and len(set(periods)) == 4
    renewed = await run(client.subscriptions.retrieve(sub.id, expand=["latest_invoice"]))
    assert type(renewed.latest_invoice) is m.Invoice
    assert renewed.latest_invoice.id == found[-1].id


async def test_a_quantity_change_mid_period_is_prorated(client: Any) -> None:
    clock, who, sub = await on_clock_by_invoice(client)
    [item] = sub.items.data
    await advance(client, clock, START + 15 * DAY)
    changed = await run(
        client.subscription_items.update(item.id, quantity=3, proration_behavior="always_invoice")
    )
    assert type(changed) is m.SubscriptionItem and changed.quantity == 3
    found = await invoices_of(client, who.id)
    assert [i.billing_reason for i in found] == ["subscription_create", "subscription_update"]
    lines = found[1].lines.data
    assert {prorated(line) for line in lines} == {True}
    amounts = sorted(line.amount for line in lines)
    # Unused time at 1 seat credited, remaining time at 3 seats charged: 16 of 31 days left.
    assert amounts[0] < 0 < amounts[-1]
    assert found[1].amount_due == sum(amounts) > 0
    # A price change with no proration bills nothing now; the next renewal has the new price.
    await run(
        client.subscription_items.update(
            item.id,
            price_data={**MONTHLY, "unit_amount": 5000},
            proration_behavior="none",
        )
    )
    assert len(await invoices_of(client, who.id)) == 2
    await advance(client, clock, START + 32 * DAY)
    renewal = (await invoices_of(client, who.id))[-1]
    assert renewal.billing_reason == "subscription_cycle"
    assert renewal.amount_due == 3 * 5000


async def test_an_unpaid_invoice_goes_overdue_and_paying_it_restores_active(
    client: Any, fake: FakeStripe
) -> None:
    clock, who, sub = await on_clock_by_invoice(client, days_until_due=10)
    await advance(client, clock, START + 11 * DAY)
    assert (await run(client.subscriptions.retrieve(sub.id))).status == "past_due"
    assert "invoice.overdue" in [e["type"] for e in fake.events]
    past_due = await items(
        client.subscriptions.search(query=SubscriptionSearch.status.eq("past_due"))
    )
    assert [s.id for s in past_due] == [sub.id]
    [first] = await invoices_of(client, who.id)
    await run(client.invoices.pay(first.id, paid_out_of_band=True))
    assert (await run(client.subscriptions.retrieve(sub.id))).status == "active"
    listed = await items(client.subscriptions.list(customer=who.id, status="active"))
    assert [s.id for s in listed] == [sub.id]


async def test_dunning_cancels_after_the_configured_days(client: Any, fake: FakeStripe) -> None:
    fake.set_overdue_policy("cancel", after_days=5)
    clock, _, sub = await on_clock_by_invoice(client, days_until_due=10)
    await advance(client, clock, START + 20 * DAY)
    ended = await run(client.subscriptions.retrieve(sub.id))
    assert ended.status == "canceled"
    assert ended.cancellation_details.reason == "payment_failed"


async def test_cancel_now_with_a_final_prorated_invoice(client: Any) -> None:
    clock, who, sub = await on_clock_by_invoice(client)
    await advance(client, clock, START + 10 * DAY)
    [item] = sub.items.data
    await run(client.subscription_items.update(item.id, quantity=2, proration_behavior="none"))
    canceled = await run(client.subscriptions.cancel(sub.id, invoice_now=True, prorate=True))
    assert type(canceled) is m.Subscription
    assert (canceled.status, canceled.ended_at) == ("canceled", START + 10 * DAY)
    found = await invoices_of(client, who.id)
    assert len(found) == 2
    assert {prorated(line) for line in found[1].lines.data} == {True}
    # Canceled is final: the clock moves on and nothing renews.
    await advance(client, clock, START + 70 * DAY)
    assert len(await invoices_of(client, who.id)) == 2
    with pytest.raises(InvalidRequestError):
        await run(client.subscriptions.update(sub.id, metadata={"late": "yes"}))


async def test_deleting_the_customer_cancels_their_subscription_at_once(
    client: Any, fake: FakeStripe
) -> None:
    clock, who, sub = await on_clock_by_invoice(client)
    grace = await customer(client, "Grace Hopper", test_clock=clock.id)
    other = await by_invoice(client, str(grace.id))
    await advance(client, clock, START + 10 * DAY)
    await run(client.customers.delete(who.id))
    # The period ends on the clock: nothing of the deleted customer's renews.
    moved = await advance(client, clock, START + 70 * DAY)
    assert (moved.status, fake.internal_errors) == ("ready", [])
    ended = await run(client.subscriptions.retrieve(sub.id))
    assert (ended.status, ended.canceled_at, ended.ended_at) == (
        "canceled",
        START + 10 * DAY,
        START + 10 * DAY,
    )
    assert ended.cancellation_details.reason == "cancellation_requested"
    assert [i.billing_reason for i in await invoices_of(client, who.id)] == ["subscription_create"]
    deleted = objects(webhooks(fake, "customer.subscription.deleted"), m.Subscription)
    assert [(s.id, s.status) for s in deleted] == [(sub.id, "canceled")]
    # Another customer's subscription on the same clock renews (unpaid, past due) as before.
    assert (await run(client.subscriptions.retrieve(other.id))).status == "past_due"
    assert len(await invoices_of(client, str(grace.id))) == 3


async def test_cancel_at_period_end(client: Any) -> None:
    clock, who, sub = await on_clock_by_invoice(client)
    marked = await run(client.subscriptions.update(sub.id, cancel_at_period_end=True))
    assert (marked.status, marked.cancel_at_period_end) == ("active", True)
    await advance(client, clock, START + 40 * DAY)
    ended = await run(client.subscriptions.retrieve(sub.id))
    assert ended.status == "canceled"
    assert [i.billing_reason for i in await invoices_of(client, who.id)] == ["subscription_create"]


async def test_pause_collection_voids_renewals_until_lifted(client: Any) -> None:
    clock, who, sub = await on_clock_by_invoice(client)
    paused = await run(client.subscriptions.update(sub.id, pause_collection={"behavior": "void"}))
    assert paused.pause_collection.behavior == "void"
    await advance(client, clock, START + 33 * DAY)
    assert [i.status for i in await invoices_of(client, who.id)] == ["open", "void"]
    lifted = await run(client.subscriptions.update(sub.id, pause_collection=""))
    assert lifted.pause_collection is None
    await advance(client, clock, START + 62 * DAY)
    assert [i.status for i in await invoices_of(client, who.id)] == ["open", "void", "open"]


async def test_items_and_clocks_are_managed_through_the_client(client: Any) -> None:
    clock, _, sub = await on_clock_by_invoice(client)
    added = await run(
        client.subscription_items.create(
            subscription=sub.id,
            price_data={**MONTHLY, "product": "prod_support", "unit_amount": 900},
            proration_behavior="none",
        )
    )
    listed = await items(client.subscription_items.list(subscription=sub.id))
    assert sorted(i.id for i in listed) == sorted([sub.items.data[0].id, added.id])
    assert (await run(client.subscription_items.retrieve(added.id))).id == added.id
    gone = await run(client.subscription_items.delete(added.id, proration_behavior="none"))
    assert type(gone) is m.DeletedSubscriptionItem and gone.deleted is True
    clocks = await items(client.test_helpers.test_clocks.list())
    assert [c.id for c in clocks] == [clock.id]
    assert (await run(client.test_helpers.test_clocks.retrieve(clock.id))).frozen_time == START
    with pytest.raises(InvalidRequestError):
        await advance(client, clock, START - 1)  # never backwards
    deleted = await run(client.test_helpers.test_clocks.delete(clock.id))
    assert type(deleted) is m.DeletedTestClock and deleted.id == clock.id


async def test_the_webhooks_emitted_verify_and_parse_as_typed_events(
    client: Any, fake: FakeStripe
) -> None:
    clock, _, sub = await on_clock_by_invoice(client, days_until_due=10)
    await advance(client, clock, START + 40 * DAY)
    await run(client.subscriptions.cancel(sub.id))
    by_type: dict[str, list[Any]] = {}
    for event in webhooks(fake):
        by_type.setdefault(event.type, []).append(event.data.object)
    for kind in ("created", "updated", "deleted"):
        objects = by_type[f"customer.subscription.{kind}"]
        assert {type(o) for o in objects} == {m.Subscription}
        assert {o.id for o in objects} == {sub.id}
    assert by_type["customer.subscription.deleted"][-1].status == "canceled"
    for kind in ("created", "finalized", "sent", "overdue"):
        assert {type(o) for o in by_type[f"invoice.{kind}"]} == {m.Invoice}, kind
    assert {type(o) for o in by_type["test_helpers.test_clock.ready"]} == {m.TestClock}
    overdue = by_type["invoice.overdue"][0]
    assert overdue.parent.subscription_details.subscription == sub.id


async def test_a_catalog_price_is_billed_at_each_renewal(client: Any) -> None:
    clock, who = await on_clock(client)
    price = await catalog_price(client, nickname="Seat")
    sub = await by_invoice(client, who.id, items=[{"price": price.id, "quantity": 2}])
    [item] = sub.items.data
    assert (item.price.id, item.price.product, item.plan.id) == (price.id, price.product, price.id)
    await advance(client, clock, START + 31 * DAY + 2 * HOUR)
    found = await invoices_of(client, who.id)
    assert [i.amount_due for i in found] == [5000, 5000]
    for invoice in found:
        [line] = invoice.lines.data
        assert billed_price(line) == price.id
        assert sent(sent(line.pricing).price_details).product == price.product
        # The product's name ("Seats"), not the price's nickname ("Seat").
        assert (line.quantity, line.description) == (2, f"2 {MULTIPLIED} Seats (at $25.00 / month)")
    # Archiving the price keeps existing subscriptions billing; items show it as it is now.
    await run(client.prices.update(price.id, active=False, nickname="Seat (old)"))
    current = await run(client.subscription_items.retrieve(item.id))
    assert (current.price.active, current.price.nickname) == (False, "Seat (old)")
    await advance(client, clock, START + 59 * DAY + 2 * HOUR)
    assert [i.amount_due for i in await invoices_of(client, who.id)] == [5000] * 3
    with pytest.raises(InvalidRequestError, match="archived") as refused:
        await by_invoice(client, who.id, items=[{"price": price.id}])
    assert refused.value.param == "items[0][price]"


async def test_a_catalog_price_changes_an_item_with_proration(client: Any) -> None:
    clock, who = await on_clock(client)
    basic = await catalog_price(client, unit_amount=3100)
    pro = await catalog_price(client, unit_amount=6200)
    sub = await by_invoice(client, who.id, items=[{"price": basic.id}])
    await advance(client, clock, START + 15 * DAY)
    await run(
        client.subscription_items.update(
            sub.items.data[0].id, price=pro.id, proration_behavior="always_invoice"
        )
    )
    update = (await invoices_of(client, who.id))[-1]
    assert update.billing_reason == "subscription_update"
    # 16 of January's 31 days left: 1600 unused on basic, 3200 remaining on pro.
    by_price = {billed_price(line): line.amount for line in update.lines.data}
    assert by_price == {basic.id: -1600, pro.id: 3200}
    assert update.amount_due == 1600


async def test_fractional_prices_round_per_line(client: Any) -> None:
    _, who = await on_clock(client)
    price = await catalog_price(client, unit_amount_decimal="1250.5")
    sub = await by_invoice(client, who.id, items=[{"price": price.id, "quantity": 3}])
    first = await run(client.invoices.retrieve(sub.latest_invoice))
    assert first.amount_due == 3752  # 3 x 1250.5 = 3751.5, rounded half up
    half_a_cent = {k: v for k, v in MONTHLY.items() if k != "unit_amount"}
    half_a_cent["unit_amount_decimal"] = "0.5"
    inline = await by_invoice(client, who.id, items=[{"price_data": half_a_cent}])
    assert inline.items.data[0].price.unit_amount is None
    assert inline.items.data[0].price.unit_amount_decimal == "0.5"
    assert (await run(client.invoices.retrieve(inline.latest_invoice))).amount_due == 1


async def test_prices_a_subscription_cannot_bill_are_refused(client: Any) -> None:
    _, who = await on_clock(client)
    one_time = await catalog_price(client, recurring=None)
    cases = [
        ({"price": one_time.id}, "items[0][price]", "one-time"),
        ({"price": "price_missing"}, "items[0][price]", "No such price"),
        (
            {"price_data": {**MONTHLY, "product": "prod_missing"}},
            "items[0][price_data][product]",
            "No such product",
        ),
    ]
    for given, param, message in cases:
        with pytest.raises(InvalidRequestError, match=message) as refused:
            await by_invoice(client, who.id, items=[given])
        assert refused.value.param == param
    assert await items(client.subscriptions.list(customer=who.id)) == []


async def test_invoices_list_by_subscription(client: Any) -> None:
    clock, who = await on_clock(client)
    first = await by_invoice(client, who.id)
    second = await by_invoice(client, who.id)
    await run(
        client.invoice_items.create(customer=who.id, amount=700, currency="usd", description="x")
    )
    one_off = await run(
        client.invoices.create(customer=who.id, days_until_due=30, collection_method="send_invoice")
    )
    await advance(client, clock, START + 31 * DAY + 2 * HOUR)
    for sub in (first, second):
        found = await items(client.invoices.list(subscription=sub.id))
        assert len(found) == 2
        assert {i.parent.subscription_details.subscription for i in found} == {sub.id}
    everything = await items(client.invoices.list(customer=who.id))
    assert one_off.id in {i.id for i in everything} and len(everything) == 5


async def test_search_by_cancellation_time(client: Any) -> None:
    clock, who = await on_clock(client)
    kept = await by_invoice(client, who.id)
    ended = await by_invoice(client, who.id)
    await advance(client, clock, START + 5 * DAY)
    await run(client.subscriptions.cancel(ended.id))
    found = await items(
        client.subscriptions.search(query=SubscriptionSearch.canceled_at.gte(START + DAY))
    )
    assert [s.id for s in found] == [ended.id]
    never = await items(client.subscriptions.search(query=SubscriptionSearch.canceled_at.is_null()))
    assert [s.id for s in never] == [kept.id]


async def test_expand_paths_reach_into_the_items(client: Any) -> None:
    _, who = await on_clock(client)
    price = await catalog_price(client)
    sub = await by_invoice(client, who.id, items=[{"price": price.id}])
    paths = ["items.data.price.product", "items.data.discounts", "customer"]
    got = await run(client.subscriptions.retrieve(sub.id, expand=paths))
    [item] = got.items.data
    assert type(item.price.product) is m.Product and item.price.product.name == "Seats"
    assert item.discounts == [] and type(got.customer) is m.Customer
    listed = await items(
        client.subscription_items.list(subscription=sub.id, expand=["data.price.product"])
    )
    assert [type(i.price.product) for i in listed] == [m.Product]
    one = await run(client.subscription_items.retrieve(item.id, expand=["price.product"]))
    assert one.price.product.id == price.product
    plain = await run(client.subscriptions.retrieve(sub.id))
    assert plain.items.data[0].price.product == price.product  # an id unless expanded
    # The price is always an object: it can be walked through, not expanded.
    for path in ("items.data.price", "items.data.plan", "items.price.product"):
        with pytest.raises(InvalidRequestError, match="cannot be expanded"):
            await run(client.subscriptions.retrieve(sub.id, expand=[path]))
