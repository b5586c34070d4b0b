"""A customer's discount through both clients on the in-memory backend: given by the test
(`FakeStripe.give_customer_discount`, as Checkout or the Dashboard give one), shown on the
customer with its event, deleted (then a 404), and what it does to the customer's invoices:
one-off invoices and subscriptions without discounts of their own take it, for as long as its
coupon says; previews show it without using it up. `Customer.discount` is the active one
(stripe-python 16.1): a `repeating` discount comes off at its `end` (no event: Stripe documents
none for that)."""

from __future__ import annotations

from typing import Any

import pytest

from stripe_invoicing_client import NotFoundError
from stripe_invoicing_client import models as m
from stripe_invoicing_client.testing import FakeStripe

from ._support import (
    DAY,
    START,
    TIMES,
    by_invoice,
    customer,
    items,
    on_clock,
    run,
    time_mover,
)


async def _coupon(client: Any, duration: str = "forever", **params: Any) -> str:
    """A 10% coupon lasting `duration` (`repeating`: `params` give its months)."""
    made = await run(client.coupons.create(percent_off=10, duration=duration, **params))
    return str(made.id)


def _discount_events(fake: FakeStripe) -> list[tuple[str, str]]:
    """The type and discount of each `customer.discount.*` event (the client's webhooks keep
    their objects as dicts), each object checked to be a discount."""
    found = []
    for event in fake.events:
        if event["type"].startswith("customer.discount."):
            discount = m.Discount.from_dict(event["data"]["object"])
            found.append((event["type"], str(discount.id)))
    return found


@pytest.mark.parametrize(
    ("duration", "months", "end_after_days"),
    [("forever", None, None), ("repeating", 3, 31 + 28 + 31)],
    ids=["forever", "repeating"],
)
@pytest.mark.parametrize("through", ["coupon", "promotion_code"])
async def test_a_given_discount_shows_on_the_customer_with_its_event(
    client: Any,
    fake: FakeStripe,
    through: str,
    duration: str,
    months: int | None,
    end_after_days: int | None,
) -> None:
    extra = {} if months is None else {"duration_in_months": months}
    coupon = await _coupon(client, duration, **extra)
    _, who = await on_clock(client)
    code = None
    if through == "coupon":
        discount_id = fake.give_customer_discount(str(who.id), coupon)
    else:
        made = await run(
            client.promotion_codes.create(promotion={"type": "coupon", "coupon": coupon})
        )
        code = str(made.id)
        discount_id = fake.give_customer_discount(str(who.id), promotion_code=code)
        assert (await run(client.promotion_codes.retrieve(code))).times_redeemed == 1
    shown = (await run(client.customers.retrieve(who.id))).discount
    assert isinstance(shown, m.Discount)
    assert (shown.id, shown.customer, shown.source.coupon, shown.promotion_code) == (
        discount_id,
        who.id,
        coupon,
        code,
    )
    assert shown.start == START  # the customer's (test clock's) time
    assert shown.end == (None if end_after_days is None else START + end_after_days * DAY)
    assert (await run(client.coupons.retrieve(coupon))).times_redeemed == 1
    [created] = _discount_events(fake)
    assert created == ("customer.discount.created", discount_id)
    # A subresource's event: the customer itself isn't updated.
    assert [e["type"] for e in fake.events if e["type"].startswith("customer.")] == [
        "customer.created",
        "customer.discount.created",
    ]


async def test_delete_discount_takes_it_off_then_is_a_404(client: Any, fake: FakeStripe) -> None:
    who = await customer(client)
    discount_id = fake.give_customer_discount(str(who.id), await _coupon(client))
    deleted = await run(client.customers.delete_discount(who.id))
    assert isinstance(deleted, m.DeletedDiscount)
    assert (deleted.id, deleted.deleted, deleted.customer) == (discount_id, True, who.id)
    assert (await run(client.customers.retrieve(who.id))).discount is None
    assert _discount_events(fake)[-1] == ("customer.discount.deleted", discount_id)
    await run(client.invoice_items.create(customer=who.id, amount=1000, currency="usd"))
    invoice = await run(
        client.invoices.create(customer=who.id, pending_invoice_items_behavior="include")
    )
    assert (invoice.discounts, invoice.total) == ([], 1000)
    with pytest.raises(NotFoundError, match="No active discount for customer"):
        await run(client.customers.delete_discount(who.id))


async def _pending_invoice(client: Any, customer_id: Any, amount: int = 1000, **params: Any) -> Any:
    await run(client.invoice_items.create(customer=customer_id, amount=amount, currency="usd"))
    return await run(
        client.invoices.create(
            customer=customer_id, pending_invoice_items_behavior="include", **params
        )
    )


@pytest.mark.parametrize(
    ("own", "totals", "inherited"),
    [
        (None, [900, 900], True),  # none sent: the customer's, on every invoice
        ("coupon", [500, 900], False),  # the invoice's own instead (the customer's kept)
        ("", [1000, 900], False),  # `""`: none inherited
    ],
    ids=["inherited", "own-discount", "opted-out"],
)
async def test_a_one_off_invoice_takes_the_customer_s_discount_unless_it_has_its_own(
    client: Any, fake: FakeStripe, own: str | None, totals: list[int], inherited: bool
) -> None:
    who = await customer(client)
    discount_id = fake.give_customer_discount(str(who.id), await _coupon(client))
    params: dict[str, Any] = {}
    if own == "coupon":
        half = await run(client.coupons.create(percent_off=50, duration="once"))
        params["discounts"] = [{"coupon": half.id}]
    elif own is not None:
        params["discounts"] = own
    first = await _pending_invoice(client, who.id, **params)
    assert (discount_id in first.discounts) == inherited
    second = await _pending_invoice(client, who.id)
    assert [first.total, second.total] == totals
    assert second.discounts == [discount_id]


@pytest.mark.parametrize(
    ("duration", "own", "totals"),
    [
        ("forever", False, [2700, 2700, 2700]),
        ("once", False, [2700, 3000, 3000]),  # used up by the first invoice
        ("repeating", False, [2700, 2700, 3000]),  # two months, then over
        ("forever", True, [2400, 2400, 2400]),  # the subscription's own 20% instead
    ],
    ids=["forever", "once", "repeating", "subscription-s-own"],
)
@pytest.mark.usefixtures("team_plan")
async def test_a_subscription_without_discounts_takes_the_customer_s_on_renewals(
    client: Any, fake: FakeStripe, duration: str, own: bool, totals: list[int]
) -> None:
    clock, who = await on_clock(client)
    extra = {"duration_in_months": 2} if duration == "repeating" else {}
    fake.give_customer_discount(str(who.id), await _coupon(client, duration, **extra))
    params: dict[str, Any] = {}
    if own:
        twenty = await run(client.coupons.create(percent_off=20, duration="forever"))
        params["discounts"] = [{"coupon": twenty.id}]
    sub = await by_invoice(client, str(who.id), **params)
    assert len(sub.discounts) == int(own)  # the customer's isn't the subscription's
    await run(client.test_helpers.test_clocks.advance(clock.id, frozen_time=START + 65 * DAY))
    invoices = sorted(await items(client.invoices.list(customer=who.id)), key=lambda i: i.created)
    assert [invoice.subtotal for invoice in invoices] == [3000, 3000, 3000]
    assert [invoice.total for invoice in invoices] == totals
    left = (await run(client.customers.retrieve(who.id))).discount
    assert (left is not None) == (duration == "forever")


@pytest.mark.parametrize("of", ["pending-items", "subscription"])
@pytest.mark.usefixtures("team_plan")
async def test_a_preview_shows_the_customer_s_discount_without_using_it_up(
    client: Any, fake: FakeStripe, of: str
) -> None:
    who = await customer(client)
    discount_id = fake.give_customer_discount(str(who.id), await _coupon(client, "once"))
    if of == "subscription":
        # A subscription with a 100% discount of its own: its renewal, previewed, has none.
        free = await run(client.coupons.create(percent_off=100, duration="once"))
        await by_invoice(client, str(who.id), discounts=[{"coupon": free.id}])
        expected = 2700
    else:
        await run(client.invoice_items.create(customer=who.id, amount=1000, currency="usd"))
        expected = 900
    preview = await run(client.invoices.create_preview(customer=who.id))
    assert (preview.discounts, preview.total) == ([discount_id], expected)
    shown = (await run(client.customers.retrieve(who.id))).discount
    assert shown is not None and shown.id == discount_id


async def _month_long_discount(client: Any, fake: FakeStripe, time: str) -> tuple[Any, Any]:
    """A customer (on `time`, at START) given a `repeating` discount of one month, which ends
    at START + 31 days, and how to move their time on."""
    params, move_to = await time_mover(client, fake, time)
    who = await customer(client, **params)
    coupon = await _coupon(client, "repeating", duration_in_months=1)
    fake.give_customer_discount(str(who.id), coupon)
    return who, move_to


@pytest.mark.parametrize("time", TIMES)
async def test_a_repeating_discount_comes_off_the_customer_at_its_end(
    client: Any, fake: FakeStripe, time: str
) -> None:
    # No invoice in between: the end alone takes it off, with no event.
    who, move_to = await _month_long_discount(client, fake, time)
    await move_to(START + 31 * DAY - 1)
    shown = (await run(client.customers.retrieve(who.id))).discount
    assert shown is not None
    await move_to(START + 31 * DAY)
    assert (await run(client.customers.retrieve(who.id))).discount is None
    with pytest.raises(NotFoundError):
        await run(client.customers.delete_discount(who.id))
    assert _discount_events(fake) == [("customer.discount.created", shown.id)]


@pytest.mark.parametrize("time", TIMES)
async def test_a_new_discount_can_be_given_once_the_last_ended(
    client: Any, fake: FakeStripe, time: str
) -> None:
    # Given right as the clock passes the end, before any request has run.
    who, move_to = await _month_long_discount(client, fake, time)
    forever = await _coupon(client)
    await move_to(START + 31 * DAY)
    given = fake.give_customer_discount(str(who.id), forever)
    shown = (await run(client.customers.retrieve(who.id))).discount
    assert shown is not None and (shown.id, shown.start) == (given, START + 31 * DAY)
