"""Quotes of recurring prices on the fake, sync and async: priced up front and per period,
accepted into a subscription (its first invoice is the upfront amount, one-time lines
included), `subscription_data` carried over, expiry on the quote's test clock, clones, and
the typed webhooks of the lifecycle."""

from __future__ import annotations

from typing import Any

import pytest

from stripe_invoicing_client import InvalidRequestError, NotFoundError
from stripe_invoicing_client import models as m
from stripe_invoicing_client.testing import FakeStripe

from ._support import (
    DAY,
    START,
    catalog_price,
    customer,
    items,
    objects,
    on_clock,
    paying_with,
    run,
    sent,
    webhooks,
)


async def seats_and_setup(client: Any, fake: FakeStripe, who: str, **params: Any) -> m.Quote:
    """A draft quote: 2 seats at 25.00 a month, and a one-time setup fee of 15.00."""
    seat = await catalog_price(client)
    setup = fake.create_price(1500)  # a one-time price
    params.setdefault("collection_method", "send_invoice")
    params.setdefault("invoice_settings", {"days_until_due": 14})
    quote: m.Quote = await run(
        client.quotes.create(
            customer=who,
            line_items=[{"price": seat.id, "quantity": 2}, {"price": setup}],
            **params,
        )
    )
    return quote


async def test_recurring_lines_are_priced_up_front_and_per_period(
    client: Any, fake: FakeStripe
) -> None:
    who = await customer(client)
    quote = await seats_and_setup(client, fake, who.id)
    recurring = sent(quote.computed.recurring)
    assert (recurring.amount_subtotal, recurring.amount_total) == (5000, 5000)
    assert (recurring.interval, recurring.interval_count) == ("month", 1)
    upfront = quote.computed.upfront
    assert (upfront.amount_subtotal, upfront.amount_total) == (6500, 6500)
    assert (quote.amount_subtotal, quote.amount_total) == (6500, 6500)
    lines = await items(client.quotes.list_line_items(str(quote.id)))
    assert [line.price.recurring is None for line in lines] == [False, True]
    assert lines[0].price.recurring.interval == "month"
    first = await items(client.quotes.list_computed_upfront_line_items(str(quote.id)))
    assert [line.amount_total for line in first] == [5000, 1500]
    one_time = await run(
        client.quotes.create(customer=who.id, line_items=[{"price": fake.create_price(900)}])
    )
    assert one_time.computed.recurring is None


async def test_accepting_makes_a_subscription_whose_first_invoice_is_the_upfront_amount(
    client: Any, fake: FakeStripe
) -> None:
    who = await customer(client)
    quote = await seats_and_setup(
        client,
        fake,
        who.id,
        subscription_data={"description": "Team plan", "metadata": {"deal": "42"}},
    )
    assert quote.subscription_data.description == "Team plan"
    assert quote.subscription_data.metadata == {"deal": "42"}
    await run(client.quotes.finalize(str(quote.id)))
    accepted = await run(client.quotes.accept(str(quote.id)))
    assert accepted.status == "accepted" and accepted.subscription is not None
    sub = await run(client.subscriptions.retrieve(str(accepted.subscription)))
    assert (sub.customer, sub.status, sub.collection_method) == (who.id, "active", "send_invoice")
    assert (sub.description, sub.metadata, sub.days_until_due) == ("Team plan", {"deal": "42"}, 14)
    [item] = sub.items.data
    assert (item.quantity, item.price.unit_amount) == (2, 2500)
    assert accepted.invoice == sub.latest_invoice
    invoice = await run(client.invoices.retrieve(str(accepted.invoice)))
    assert (invoice.status, invoice.total, invoice.billing_reason) == (
        "open",
        6500,
        "subscription_create",
    )
    lines = await items(client.invoices.list_lines(str(invoice.id)))
    assert sorted(line.amount for line in lines) == [1500, 5000]
    types = [e["type"] for e in fake.events]
    assert types.index("customer.subscription.created") < types.index("quote.accepted")
    # Later periods bill the recurring lines only.
    assert [q.id for q in await items(client.quotes.list(status="accepted"))] == [quote.id]


async def test_a_trial_leaves_only_the_one_time_lines_up_front(
    client: Any, fake: FakeStripe
) -> None:
    who = await customer(client)
    quote = await seats_and_setup(client, fake, who.id, subscription_data={"trial_period_days": 14})
    assert quote.subscription_data.trial_period_days == 14
    assert quote.computed.upfront.amount_total == 1500
    assert sent(quote.computed.recurring).amount_total == 5000
    first = await items(client.quotes.list_computed_upfront_line_items(str(quote.id)))
    assert [line.amount_total for line in first] == [0, 1500]
    await run(client.quotes.finalize(str(quote.id)))
    accepted = await run(client.quotes.accept(str(quote.id)))
    sub = await run(client.subscriptions.retrieve(str(accepted.subscription)))
    assert sub.status == "trialing" and sub.trial_end == sub.trial_start + 14 * DAY
    invoice = await run(client.invoices.retrieve(str(accepted.invoice)))
    assert invoice.total == 1500


async def test_recurring_lines_must_share_one_interval(client: Any, fake: FakeStripe) -> None:
    who = await customer(client)
    month, year = (
        await catalog_price(client),
        await catalog_price(client, recurring={"interval": "year"}),
    )
    with pytest.raises(InvalidRequestError, match="interval") as refused:
        await run(
            client.quotes.create(
                customer=who.id, line_items=[{"price": month.id}, {"price": year.id}]
            )
        )
    assert refused.value.param == "line_items"
    assert await items(client.quotes.list()) == []


async def test_inline_recurring_prices_and_declarative_subscription_metadata(
    client: Any, fake: FakeStripe
) -> None:
    who = await customer(client)
    product = await run(client.products.create(name="Support"))
    weekly = {
        "currency": "usd",
        "product": product.id,
        "unit_amount": 700,
        "recurring": {"interval": "week", "interval_count": 2},
    }
    quote = await run(
        client.quotes.create(
            customer=who.id,
            line_items=[{"price_data": weekly, "quantity": 3}],
            subscription_data={"metadata": {"a": "1", "b": "2"}},
        )
    )
    assert (quote.computed.recurring.interval, quote.computed.recurring.interval_count) == (
        "week",
        2,
    )
    assert quote.computed.recurring.amount_total == 2100
    updated = await run(
        client.quotes.update(str(quote.id), subscription_data={"metadata": {"c": "3"}})
    )
    assert updated.subscription_data.metadata == {"c": "3"}  # replaced, not merged
    await run(client.quotes.finalize(str(quote.id)))
    accepted = await run(client.quotes.accept(str(quote.id)))
    sub = await run(client.subscriptions.retrieve(str(accepted.subscription)))
    assert sub.metadata == {"c": "3"}
    [item] = sub.items.data
    assert (item.price.recurring.interval, item.price.recurring.interval_count) == ("week", 2)
    assert (item.quantity, item.price.unit_amount, item.price.product) == (3, 700, product.id)


async def test_a_quote_on_a_test_clock_expires_as_its_clock_moves(
    client: Any, fake: FakeStripe
) -> None:
    clock, who = await on_clock(client)
    quote = await seats_and_setup(client, fake, who.id)
    assert quote.test_clock == clock.id
    assert quote.expires_at == START + 30 * DAY  # from the clock's time, not the fake's
    opened = await run(client.quotes.finalize(str(quote.id), expires_at=START + 2 * DAY))
    assert opened.status_transitions.finalized_at == START
    fake.clock.advance(400 * DAY)  # the fake's own clock does not move the quote's
    assert (await run(client.quotes.retrieve(str(quote.id)))).status == "open"
    await run(client.test_helpers.test_clocks.advance(clock.id, frozen_time=START + DAY))
    assert (await run(client.quotes.retrieve(str(quote.id)))).status == "open"
    await run(client.test_helpers.test_clocks.advance(clock.id, frozen_time=START + 3 * DAY))
    expired = await run(client.quotes.retrieve(str(quote.id)))
    assert (expired.status, expired.status_transitions.canceled_at) == (
        "canceled",
        START + 2 * DAY,
    )
    with pytest.raises(InvalidRequestError, match="canceled"):
        await run(client.quotes.accept(str(quote.id)))
    other = await run(client.test_helpers.test_clocks.create(frozen_time=START))
    with pytest.raises(InvalidRequestError, match="test clock") as refused:
        await seats_and_setup(client, fake, who.id, test_clock=other.id)
    assert refused.value.param == "test_clock"


async def test_a_draft_past_its_expiry_is_canceled_too(client: Any, fake: FakeStripe) -> None:
    who = await customer(client)
    quote = await seats_and_setup(client, fake, who.id, expires_at=fake.clock.now() + DAY)
    fake.clock.advance(2 * DAY)
    expired = await run(client.quotes.retrieve(str(quote.id)))
    assert expired.status == "canceled"
    with pytest.raises(InvalidRequestError, match="canceled"):
        await run(client.quotes.finalize(str(quote.id)))
    with pytest.raises(InvalidRequestError, match="future") as refused:
        await seats_and_setup(client, fake, who.id, expires_at=fake.clock.now() - 1)
    assert refused.value.param == "expires_at"


async def test_the_lifecycle_refusals(client: Any, fake: FakeStripe) -> None:
    who = await customer(client)
    quote = await seats_and_setup(client, fake, who.id)
    quote_id = str(quote.id)
    with pytest.raises(InvalidRequestError, match="draft"):
        await run(client.quotes.accept(quote_id))
    await run(client.quotes.finalize(quote_id))
    with pytest.raises(InvalidRequestError, match="open"):
        await run(client.quotes.update(quote_id, subscription_data={"trial_period_days": 3}))
    await run(client.quotes.accept(quote_id))
    for action in (client.quotes.accept, client.quotes.cancel, client.quotes.finalize):
        with pytest.raises(InvalidRequestError, match="accepted"):
            await run(action(quote_id))
    later = await seats_and_setup(
        client, fake, who.id, subscription_data={"effective_date": fake.clock.now() + 5 * DAY}
    )
    await run(client.quotes.finalize(str(later.id)))
    with pytest.raises(InvalidRequestError, match="schedule") as refused:
        await run(client.quotes.accept(str(later.id)))
    assert refused.value.param == "subscription_data[effective_date]"
    assert (await run(client.quotes.retrieve(str(later.id)))).status == "open"


async def test_a_quote_cloned_from_another(client: Any, fake: FakeStripe) -> None:
    who = await customer(client)
    first = await seats_and_setup(client, fake, who.id, subscription_data={"trial_period_days": 7})
    clone = await run(client.quotes.create(from_quote={"quote": str(first.id)}))
    assert clone.id != first.id and clone.status == "draft"
    assert (clone.from_quote.quote, clone.from_quote.is_revision) == (first.id, False)
    assert (clone.customer, clone.amount_total) == (who.id, first.amount_total)
    assert clone.subscription_data.trial_period_days == 7
    lines = await items(client.quotes.list_line_items(str(clone.id)))
    assert [line.quantity for line in lines] == [2, 1]
    with pytest.raises(InvalidRequestError, match="from_quote") as refused:
        await run(client.quotes.create(from_quote={"quote": str(first.id)}, description="x"))
    assert refused.value.param == "description"


async def test_the_lifecycle_webhooks_parse_as_typed_quotes(client: Any, fake: FakeStripe) -> None:
    who = await customer(client)
    quote = await seats_and_setup(client, fake, who.id)
    await run(client.quotes.finalize(str(quote.id)))
    await run(client.quotes.accept(str(quote.id)))
    dropped = await seats_and_setup(client, fake, who.id)
    await run(client.quotes.cancel(str(dropped.id)))
    quotes = webhooks(fake, "quote.")
    assert [e.type for e in quotes] == [
        "quote.created",
        "quote.finalized",
        "quote.accepted",
        "quote.created",
        "quote.canceled",
    ]
    assert {type(e.data.object) for e in quotes} == {m.Quote}
    assert objects(quotes, m.Quote)[2].subscription is not None


async def test_an_open_quote_takes_a_new_expiry_and_nothing_else(
    client: Any, fake: FakeStripe
) -> None:
    who = await customer(client)
    quote = await seats_and_setup(client, fake, who.id)
    await run(client.quotes.finalize(str(quote.id)))
    later = fake.clock.now() + 60 * DAY
    moved = await run(client.quotes.update(str(quote.id), expires_at=later))
    assert (moved.status, moved.expires_at) == ("open", later)
    with pytest.raises(InvalidRequestError, match="open"):
        await run(client.quotes.update(str(quote.id), expires_at=later, header="x"))
    with pytest.raises(InvalidRequestError, match="future"):
        await run(client.quotes.update(str(quote.id), expires_at=fake.clock.now() - 1))


async def test_numbers_and_revisions(client: Any, fake: FakeStripe) -> None:
    who = await customer(client)
    first = await seats_and_setup(client, fake, who.id)
    opened = await run(client.quotes.finalize(str(first.id)))
    prefix = who.invoice_prefix
    assert opened.number == f"QT-{prefix}-0001-1"
    with pytest.raises(InvalidRequestError, match="open") as refused:
        draft = await seats_and_setup(client, fake, who.id)
        await run(client.quotes.create(from_quote={"quote": str(draft.id), "is_revision": True}))
    assert refused.value.param == "from_quote[quote]"
    revision = await run(
        client.quotes.create(from_quote={"quote": str(first.id), "is_revision": True})
    )
    assert revision.from_quote.is_revision is True and revision.number is None
    revised = await run(client.quotes.finalize(str(revision.id)))
    assert revised.number == f"QT-{prefix}-0001-2"
    # The revision replaces the quote it revised.
    assert (await run(client.quotes.retrieve(str(first.id)))).status == "canceled"
    second = await run(client.quotes.finalize(str(draft.id)))
    assert second.number == f"QT-{prefix}-0002-1"
    with pytest.raises(InvalidRequestError, match="canceled"):
        await run(client.quotes.create(from_quote={"quote": str(first.id)}))


async def test_add_invoice_items_are_billed_once_on_a_subscription_s_first_invoice(
    client: Any, fake: FakeStripe
) -> None:
    clock, who = await on_clock(client)
    seat = await catalog_price(client)
    sub = await run(
        client.subscriptions.create(
            customer=who.id,
            items=[{"price": seat.id}],
            add_invoice_items=[{"price": fake.create_price(4000), "quantity": 2}],
            collection_method="send_invoice",
            days_until_due=30,
        )
    )
    first = await run(client.invoices.retrieve(str(sub.latest_invoice)))
    assert first.total == 2500 + 8000
    await run(client.test_helpers.test_clocks.advance(clock.id, frozen_time=START + 33 * DAY))
    invoices = sorted(await items(client.invoices.list(customer=who.id)), key=lambda i: i.created)
    assert [i.total for i in invoices] == [10500, 2500]
    with pytest.raises(InvalidRequestError, match="one-time") as refused:
        await run(
            client.subscriptions.create(
                customer=who.id, items=[{"price": seat.id}], add_invoice_items=[{"price": seat.id}]
            )
        )
    assert refused.value.param == "add_invoice_items[0][price]"


async def test_deleting_a_test_clock_takes_its_quotes_along(client: Any, fake: FakeStripe) -> None:
    clock, who = await on_clock(client)
    quote = await seats_and_setup(client, fake, who.id)
    await run(client.test_helpers.test_clocks.delete(clock.id))
    assert await items(client.quotes.list()) == []
    with pytest.raises(NotFoundError):
        await run(client.quotes.retrieve(str(quote.id)))


async def test_a_charged_quote_pays_its_first_invoice_from_the_customer_s_card(
    client: Any, fake: FakeStripe
) -> None:
    who = await customer(client, **paying_with("pm_card_visa"))
    quote = await seats_and_setup(
        client, fake, who.id, collection_method="charge_automatically", invoice_settings={}
    )
    await run(client.quotes.finalize(str(quote.id)))
    accepted = await run(client.quotes.accept(str(quote.id)))
    sub = await run(client.subscriptions.retrieve(str(accepted.subscription)))
    invoice = await run(client.invoices.retrieve(str(accepted.invoice)))
    assert (sub.status, sub.collection_method) == ("active", "charge_automatically")
    assert (invoice.status, invoice.amount_paid) == ("paid", 6500)
