"""A new subscription's billing cycle anchor on the fake, sync and async (stripe-python 16.1's
`billing_cycle_anchor` and `billing_cycle_anchor_config` of `subscriptions.create`): the first
period runs to the anchor, prorated (the default) or free (`proration_behavior=none`), full
periods follow from the anchor; after a trial, the prorated period starts at its end. What
Stripe refuses is a 400 naming the parameter, and makes nothing."""

from __future__ import annotations

from typing import Any

import pytest

from stripe_invoicing_client import InvalidRequestError
from stripe_invoicing_client.models import Invoice, Subscription

from ._support import DAY, GOOD, MONTHLY, START, items, paying_with, run, sent, subscribe

JAN_15 = START + 14 * DAY  # 2026-01-15 00:00 UTC
FEB_1 = START + 31 * DAY
MAR_1 = FEB_1 + 28 * DAY
APR_10 = 1_775_779_200  # 2026-04-10 00:00 UTC: April has 30 days
APR_30, MAY_31, JUN_30 = APR_10 + 20 * DAY, APR_10 + 51 * DAY, APR_10 + 81 * DAY
JUL_31 = JUN_30 + 31 * DAY
MIDNIGHT = {"hour": 0, "minute": 0, "second": 0}
WEEKLY = {**MONTHLY, "recurring": {"interval": "week"}}


@pytest.fixture(autouse=True)
async def products(team_plan: None) -> None:
    """The product of the plan these tests subscribe to."""


async def customer_at(client: Any, when: int) -> tuple[str, str]:
    """A test clock at `when`, and the id of a customer on it paying by card."""
    clock = await run(client.test_helpers.test_clocks.create(frozen_time=when))
    who = await run(
        client.customers.create(email="ada@example.com", test_clock=clock.id, **paying_with(GOOD))
    )
    return str(clock.id), str(who.id)


async def advance(client: Any, clock: str, when: int) -> None:
    await run(client.test_helpers.test_clocks.advance(clock, frozen_time=when))


async def invoices_of(client: Any, sub: Subscription) -> list[Invoice]:
    """The subscription's invoices, oldest first."""
    return list(reversed(await items(client.invoices.list(subscription=str(sub.id)))))


def billed(invoice: Invoice) -> list[tuple[int, int, int, bool]]:
    """Each line's amount, period, and whether it is a proration."""
    return [
        (
            line.amount,
            line.period.start,
            line.period.end,
            bool(sent(sent(line.parent).subscription_item_details).proration),
        )
        for line in invoice.lines.data
    ]


@pytest.mark.parametrize(
    ("extra", "first_lines"),
    [
        # 17 of January's 31 days of 30.00, rounded half up; a pending proration, invoiced.
        ({}, [(1645, JAN_15, FEB_1, True)]),
        ({"proration_behavior": "always_invoice"}, [(1645, JAN_15, FEB_1, True)]),
        ({"proration_behavior": "none"}, []),  # free up to the anchor
    ],
    ids=["prorated", "always_invoice", "free"],
)
@pytest.mark.parametrize(
    "anchor",
    [{"billing_cycle_anchor": FEB_1}, {"billing_cycle_anchor_config": {"day_of_month": 1}}],
    ids=["timestamp", "config"],
)
async def test_anchored_to_the_first_the_first_period_runs_to_it(
    client: Any, anchor: dict[str, Any], extra: dict[str, Any], first_lines: list[Any]
) -> None:
    clock, who = await customer_at(client, JAN_15)
    sub = await subscribe(client, who, **anchor, **extra)
    assert (sub.status, sub.billing_cycle_anchor) == ("active", FEB_1)
    item = sub.items.data[0]
    assert (item.current_period_start, item.current_period_end) == (JAN_15, FEB_1)
    (first,) = await invoices_of(client, sub)
    assert billed(first) == first_lines
    assert (first.billing_reason, first.amount_due) == (
        "subscription_create",
        sum(line[0] for line in first_lines),
    )
    await advance(client, clock, FEB_1 + 2 * 3_600)
    renewal = (await invoices_of(client, sub))[-1]
    assert billed(renewal) == [(3000, FEB_1, MAR_1, False)]
    assert (renewal.billing_reason, renewal.status) == ("subscription_cycle", "paid")


async def test_day_31_in_a_30_day_month_anchors_on_its_last_day_and_renews_on_the_31st(
    client: Any,
) -> None:
    clock, who = await customer_at(client, APR_10)
    config = {"day_of_month": 31, **MIDNIGHT}
    sub = await subscribe(client, who, billing_cycle_anchor_config=config)
    assert sub.billing_cycle_anchor == APR_30
    assert sent(sub.billing_cycle_anchor_config).to_dict() == {**config, "month": None}
    await advance(client, clock, JUN_30 + 2 * 3_600)  # renewals on the anchor, then two more
    made = await invoices_of(client, sub)
    # 20 of the 30 days from March 31 to April 30; then the 31st, or a month's last day.
    assert [billed(invoice) for invoice in made] == [
        [(2000, APR_10, APR_30, True)],
        [(3000, APR_30, MAY_31, False)],
        [(3000, MAY_31, JUN_30, False)],
        [(3000, JUN_30, JUL_31, False)],
    ]
    assert all(invoice.status == "paid" for invoice in made)


async def test_after_a_trial_the_period_to_the_anchor_is_prorated(client: Any) -> None:
    clock, who = await customer_at(client, JAN_15)
    sub = await subscribe(client, who, trial_period_days=7, billing_cycle_anchor=FEB_1)
    assert (sub.status, sub.trial_end, sub.billing_cycle_anchor) == (
        "trialing",
        JAN_15 + 7 * DAY,
        FEB_1,
    )
    preview = await run(client.invoices.create_preview(subscription=str(sub.id)))
    # 10 of January's 31 days, billed when the trial ends.
    expected = [(968, JAN_15 + 7 * DAY, FEB_1, True)]
    assert billed(preview) == expected
    await advance(client, clock, JAN_15 + 7 * DAY + 2 * 3_600)
    trial_invoice, after_trial = await invoices_of(client, sub)
    assert trial_invoice.amount_due == 0
    assert billed(after_trial) == expected
    renewed = await run(client.subscriptions.retrieve(str(sub.id)))
    assert (renewed.status, renewed.items.data[0].current_period_end) == ("active", FEB_1)
    preview = await run(client.invoices.create_preview(subscription=str(sub.id)))
    assert billed(preview) == [(3000, FEB_1, MAR_1, False)]


@pytest.mark.parametrize(
    ("params", "param"),
    [
        ({"billing_cycle_anchor": JAN_15 - 1}, "billing_cycle_anchor"),  # in the past
        ({"billing_cycle_anchor": MAR_1}, "billing_cycle_anchor"),  # beyond one period
        (
            {"billing_cycle_anchor": FEB_1, "billing_cycle_anchor_config": {"day_of_month": 1}},
            "billing_cycle_anchor_config",
        ),
        (
            {"billing_cycle_anchor_config": {"day_of_month": 1}, "items": [{"price_data": WEEKLY}]},
            "billing_cycle_anchor_config",
        ),
        (
            {"billing_cycle_anchor_config": {"day_of_month": 32}},
            "billing_cycle_anchor_config[day_of_month]",
        ),
        (
            {"billing_cycle_anchor_config": {"day_of_month": 1, "month": 6}},
            "billing_cycle_anchor_config",
        ),
        ({"billing_cycle_anchor": FEB_1, "trial_end": FEB_1 + DAY}, "billing_cycle_anchor"),
    ],
    ids=[
        "past",
        "too_far",
        "both",
        "weekly_config",
        "day_32",
        "config_too_far",
        "before_trial_end",
    ],
)
async def test_an_anchor_stripe_refuses_makes_nothing(
    client: Any, params: dict[str, Any], param: str
) -> None:
    _clock, who = await customer_at(client, JAN_15)
    with pytest.raises(InvalidRequestError) as refused:
        await subscribe(client, who, **params)
    assert (refused.value.http_status, refused.value.param) == (400, param)
    assert await items(client.subscriptions.list(customer=who, status="all")) == []
    assert await items(client.invoices.list(customer=who)) == []
