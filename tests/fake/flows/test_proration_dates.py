"""`proration_date` on the changes a preview previews, on the fake, sync and async: an update of
a subscription and the subscription item operations take it under the preview's rule (stripe-
python 16.1's `subscription_details.proration_date`): a time within the current period, and
only with prorations. Refused, the change leaves the subscription as it was."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

import pytest

from stripe_invoicing_client import InvalidRequestError
from stripe_invoicing_client.models import Subscription

from ._support import DAY, MONTHLY, START, by_invoice, items, on_clock, run

RENEWAL = START + 31 * DAY  # the end of the first monthly period (January)
HALFWAY = START + 31 * DAY // 2

# Each change that takes a proration date, made with `extra` parameters.
Change = Callable[[Any, Subscription, dict[str, Any]], Awaitable[Any]]
CHANGES: dict[str, Change] = {
    "subscription_update": lambda client, sub, extra: run(
        client.subscriptions.update(
            str(sub.id), items=[{"id": sub.items.data[0].id, "quantity": 2}], **extra
        )
    ),
    "item_create": lambda client, sub, extra: run(
        client.subscription_items.create(subscription=str(sub.id), price_data=MONTHLY, **extra)
    ),
    "item_update": lambda client, sub, extra: run(
        client.subscription_items.update(str(sub.items.data[0].id), quantity=2, **extra)
    ),
    "item_delete": lambda client, sub, extra: run(
        client.subscription_items.delete(str(sub.items.data[1].id), **extra)
    ),
}


@pytest.fixture(autouse=True)
async def products(team_plan: None) -> None:
    """The product of the plan these tests subscribe to."""


async def two_items(client: Any) -> Subscription:
    """A subscription at START (on a test clock) to two MONTHLY items, one each."""
    _clock, who = await on_clock(client)
    return await by_invoice(
        client, str(who.id), items=[{"price_data": MONTHLY}, {"price_data": MONTHLY}]
    )


async def proration_amounts(client: Any, sub: Subscription) -> list[int]:
    pending = await items(client.invoice_items.list(customer=str(sub.customer), pending=True))
    return sorted(int(item.amount) for item in pending)


@pytest.mark.parametrize("change", CHANGES)
@pytest.mark.parametrize(
    ("extra", "param"),
    [
        ({"proration_date": START - DAY}, "proration_date"),
        ({"proration_date": RENEWAL}, "proration_date"),
        ({"proration_date": HALFWAY, "proration_behavior": "none"}, "proration_behavior"),
    ],
    ids=["before_the_period", "at_its_end", "without_prorations"],
)
async def test_a_proration_date_outside_the_rule_is_refused(
    client: Any, change: str, extra: dict[str, Any], param: str
) -> None:
    sub = await two_items(client)
    before = (await run(client.subscriptions.retrieve(str(sub.id)))).to_dict()
    with pytest.raises(InvalidRequestError) as refused:
        await CHANGES[change](client, sub, extra)
    assert (refused.value.http_status, refused.value.param) == (400, param)
    assert (await run(client.subscriptions.retrieve(str(sub.id)))).to_dict() == before
    assert await proration_amounts(client, sub) == []


@pytest.mark.parametrize("change", CHANGES)
async def test_a_proration_date_within_the_period_prorates_from_then(
    client: Any, change: str
) -> None:
    sub = await two_items(client)
    await CHANGES[change](client, sub, {"proration_date": HALFWAY})
    assert await proration_amounts(client, sub) == PRORATED_AT_HALFWAY[change]


# What each change prorates at HALFWAY: half a month of each price and quantity changed.
PRORATED_AT_HALFWAY = {
    "subscription_update": [-1500, 3000],
    "item_create": [1500],
    "item_update": [-1500, 3000],
    "item_delete": [-1500],
}
