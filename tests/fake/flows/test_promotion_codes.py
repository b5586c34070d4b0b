"""Promotion codes through both clients on the in-memory backend: a code made for a coupon,
redeemed on an invoice and a subscription (its discount naming the code), refused past its
limit, counted; the subscription's discount lasting as its coupon says, then deleted; the
webhooks typed."""

from __future__ import annotations

from typing import Any

import pytest

from stripe_invoicing_client import InvalidRequestError, NotFoundError
from stripe_invoicing_client import models as m
from stripe_invoicing_client.testing import FakeStripe

from ..support import event_types
from ._support import DAY, START, by_invoice, customer, items, on_clock, run


async def _code(client: Any, **coupon: Any) -> m.PromotionCode:
    made = await run(client.coupons.create(**{"percent_off": 20, "duration": "forever", **coupon}))
    code: m.PromotionCode = await run(
        client.promotion_codes.create(
            promotion={"type": "coupon", "coupon": made.id}, code="LAUNCH", max_redemptions=2
        )
    )
    return code


async def test_a_code_is_made_found_and_deactivated(client: Any, fake: FakeStripe) -> None:
    code = await _code(client)
    assert isinstance(code, m.PromotionCode)
    assert (code.code, code.active, code.times_redeemed, code.max_redemptions) == (
        "LAUNCH",
        True,
        0,
        2,
    )
    assert code.promotion.type_ == "coupon" and code.restrictions.first_time_transaction is False
    listed = await items(client.promotion_codes.list(code="launch"))
    assert [found.id for found in listed] == [code.id]
    off = await run(client.promotion_codes.update(code.id, active=False, metadata={"why": "done"}))
    assert (off.active, off.metadata) == (False, {"why": "done"})
    assert await items(client.promotion_codes.list(active=True)) == []
    # Its code is free again while it is inactive, and taken back only if still free.
    coupon = str(code.promotion.coupon)
    await run(
        client.promotion_codes.create(promotion={"type": "coupon", "coupon": coupon}, code="launch")
    )
    with pytest.raises(InvalidRequestError, match="already exists") as refused:
        await run(client.promotion_codes.update(code.id, active=True))
    assert refused.value.param == "active"
    types = event_types(fake, "promotion_code.")
    assert types[:2] == ["promotion_code.created", "promotion_code.updated"]
    for kind in ("promotion_code.created", "promotion_code.updated"):
        [event, *_] = await items(client.events.list(type=kind))
        assert type(event.data.object) is m.PromotionCode


async def test_an_invoice_redeems_a_code_until_its_limit(client: Any, fake: FakeStripe) -> None:
    code = await _code(client)
    discounted = []
    for name in ("Ada Lovelace", "Grace Hopper"):
        who = await customer(client, name)
        await run(client.invoice_items.create(customer=who.id, amount=5000, currency="usd"))
        invoice = await run(
            client.invoices.create(
                customer=who.id,
                pending_invoice_items_behavior="include",
                discounts=[{"promotion_code": code.id}],
            )
        )
        discounted.append(invoice)
    assert [invoice.total for invoice in discounted] == [4000, 4000]
    expanded = await run(client.invoices.retrieve(discounted[0].id, expand=["discounts"]))
    [discount] = expanded.discounts
    assert isinstance(discount, m.Discount)
    assert (discount.promotion_code, discount.source.coupon) == (code.id, code.promotion.coupon)
    assert (await run(client.promotion_codes.retrieve(code.id))).times_redeemed == 2
    third = await customer(client, "Alan Turing")
    await run(client.invoice_items.create(customer=third.id, amount=5000, currency="usd"))
    with pytest.raises(InvalidRequestError, match="redemption limit") as refused:
        await run(
            client.invoices.create(
                customer=third.id,
                pending_invoice_items_behavior="include",
                discounts=[{"promotion_code": code.id}],
            )
        )
    assert refused.value.param == "discounts[0][promotion_code]"


@pytest.mark.usefixtures("team_plan")
async def test_a_subscription_s_code_lasts_as_its_coupon_says_then_is_deleted(
    client: Any, fake: FakeStripe
) -> None:
    code = await _code(client, duration="repeating", duration_in_months=2)
    clock, who = await on_clock(client)
    sub = await by_invoice(client, str(who.id), discounts=[{"promotion_code": code.id}])
    assert len(sub.discounts) == 1
    await run(client.test_helpers.test_clocks.advance(clock.id, frozen_time=START + 65 * DAY))
    invoices = sorted(await items(client.invoices.list(customer=who.id)), key=lambda i: i.created)
    # Two months at 20% off, then the full price.
    assert [invoice.subtotal for invoice in invoices] == [3000, 3000, 3000]
    assert [invoice.total for invoice in invoices] == [2400, 2400, 3000]
    assert (await run(client.subscriptions.retrieve(sub.id))).discounts == []
    again = await run(client.subscriptions.update(sub.id, discounts=[{"promotion_code": code.id}]))
    deleted = await run(client.subscriptions.delete_discount(sub.id))
    assert isinstance(deleted, m.DeletedDiscount)
    assert (deleted.id, deleted.promotion_code) == (again.discounts[0], code.id)
    with pytest.raises(NotFoundError):
        await run(client.subscriptions.delete_discount(sub.id))


async def test_a_preview_checks_a_code_without_counting_it(client: Any) -> None:
    code = await _code(client)
    who = await customer(client)
    await run(client.invoice_items.create(customer=who.id, amount=1000, currency="usd"))
    preview = await run(
        client.invoices.create_preview(customer=who.id, discounts=[{"promotion_code": code.id}])
    )
    assert preview.total == 800
    assert (await run(client.promotion_codes.retrieve(code.id))).times_redeemed == 0
