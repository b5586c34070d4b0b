"""A subscription's own discounts through both clients on the in-memory backend: how long each
coupon's discount lasts on its renewals, what its `end` shows (stripe-python 16.1's
`Discount.end`: a `repeating` coupon's end, null for `once` and `forever`), and what
`subscriptions.update(discounts=...)` does with an empty list and with `""`
(`SubscriptionUpdateParams.discounts`: the first leaves them, the second clears them)."""

from __future__ import annotations

from typing import Any

import pytest

from stripe_invoicing_client import models as m
from stripe_invoicing_client.testing import FakeStripe
from stripe_invoicing_client.testing._state import RequestContext
from stripe_invoicing_client.testing._subscription_discounts import apply_discounts

from ._support import DAY, MONTHLY, START, by_invoice, items, on_clock, run, sent

pytestmark = pytest.mark.usefixtures("team_plan")


async def _coupon_of(client: Any, duration: str) -> str:
    """A 10% coupon lasting `duration` (`repeating`: two months)."""
    extra = {"duration_in_months": 2} if duration == "repeating" else {}
    made = await run(client.coupons.create(percent_off=10, duration=duration, **extra))
    return str(made.id)


def _shown(sub: m.Subscription, on: str) -> list[Any]:
    """The discounts of the subscription, or of its item."""
    return list(sub.discounts if on == "subscription" else sub.items.data[0].discounts)


@pytest.mark.parametrize(
    ("duration", "end_after_days", "totals"),
    [
        ("once", None, [2700, 3000, 3000]),  # used up by the first invoice
        ("repeating", 31 + 28, [2700, 2700, 3000]),  # two months, then over
        ("forever", None, [2700, 2700, 2700]),
    ],
    ids=["once", "repeating", "forever"],
)
@pytest.mark.parametrize("on", ["subscription", "item"])
async def test_a_discount_lasts_as_its_coupon_says_with_end_only_when_repeating(
    client: Any, duration: str, end_after_days: int | None, totals: list[int], on: str
) -> None:
    clock, who = await on_clock(client)
    given = [{"coupon": await _coupon_of(client, duration)}]
    if on == "item":
        item = {"price_data": MONTHLY, "quantity": 1, "discounts": given}
        sub = await by_invoice(client, str(who.id), items=[item])
    else:
        sub = await by_invoice(client, str(who.id), discounts=given)
    # The first invoice is made: a `once` discount is spent, yet its `end` stays null. An
    # item's discounts expand through `items.data.` (`SubscriptionItem.discounts`).
    path = "discounts" if on == "subscription" else "items.data.discounts"
    [discount] = _shown(await run(client.subscriptions.retrieve(sub.id, expand=[path])), on)
    assert isinstance(discount, m.Discount)
    assert discount.end == (None if end_after_days is None else START + end_after_days * DAY)
    await run(client.test_helpers.test_clocks.advance(clock.id, frozen_time=START + 65 * DAY))
    invoices = sorted(await items(client.invoices.list(customer=who.id)), key=lambda i: i.created)
    assert [invoice.total for invoice in invoices] == totals
    left = _shown(await run(client.subscriptions.retrieve(sub.id)), on)
    assert len(left) == int(duration == "forever")


async def test_update_with_an_empty_list_keeps_the_discounts_and_empty_string_clears_them(
    client: Any, fake: FakeStripe
) -> None:
    _, who = await on_clock(client)
    given = [{"coupon": await _coupon_of(client, "forever")}]
    sub = await by_invoice(client, str(who.id), discounts=given)
    kept = await run(client.subscriptions.update(sub.id, discounts=[]))
    assert kept.discounts == sub.discounts and len(sub.discounts) == 1
    # Neither SDK's encoder sends an empty list at all; the fake reads one, should it reach it
    # (from within), the same way.
    record = fake._state.subscriptions[str(sub.id)]
    apply_discounts(RequestContext(fake._state, "", None, ""), record, {"discounts": []})
    assert record.discounts == sub.discounts
    cleared = await run(client.subscriptions.update(sub.id, discounts=""))
    assert cleared.discounts == []


async def _latest_invoice(client: Any, sub: m.Subscription) -> m.Invoice:
    current = await run(client.subscriptions.retrieve(sub.id))
    invoice: m.Invoice = await run(client.invoices.retrieve(str(current.latest_invoice)))
    return invoice


def _off_by_proration(invoice: m.Invoice) -> list[tuple[bool, int]]:
    """Each line's proration flag and what discounts took off it, sorted."""
    found = []
    for line in invoice.lines.data:
        details = sent(line.parent).subscription_item_details
        off = sum(entry.amount for entry in line.discount_amounts or [])
        found.append((details is not None and bool(details.proration), off))
    return sorted(found)


@pytest.mark.parametrize("through", ["always_invoice", "pending_invoice_item_interval"])
@pytest.mark.parametrize("whose", ["subscription", "customer"])
async def test_an_invoice_of_pending_items_is_discounted_as_a_renewal_is(
    client: Any, fake: FakeStripe, whose: str, through: str
) -> None:
    clock, who = await on_clock(client)
    coupon = await _coupon_of(client, "forever")
    params: dict[str, Any] = {"discounts": [{"coupon": coupon}]} if whose == "subscription" else {}
    if whose == "customer":
        fake.give_customer_discount(str(who.id), coupon)
    if through == "pending_invoice_item_interval":
        params[through] = {"interval": "week"}
    sub = await by_invoice(client, str(who.id), **params)
    await run(client.test_helpers.test_clocks.advance(clock.id, frozen_time=START + 3 * DAY))
    made = {"customer": who.id, "amount": 1000, "currency": "usd", "subscription": sub.id}
    await run(client.invoice_items.create(**made))
    if through == "always_invoice":
        more = [{"id": sub.items.data[0].id, "quantity": 2}]
        await run(client.subscriptions.update(sub.id, items=more, proration_behavior=through))
        reason, whole = "subscription_update", [(False, 100), (True, 0), (True, 542)]
    else:
        await run(client.test_helpers.test_clocks.advance(clock.id, frozen_time=START + 8 * DAY))
        reason, whole = "automatic_pending_invoice_item_invoice", [(False, 100)]
    invoice = await _latest_invoice(client, sub)
    assert (invoice.billing_reason, len(invoice.discounts)) == (reason, 1)
    # 10% off the item made for the subscription and, as on a renewal, off the charge for the
    # remaining time (54.20); the credit for unused time takes none.
    assert _off_by_proration(invoice) == whole
