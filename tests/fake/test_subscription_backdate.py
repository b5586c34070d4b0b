"""`subscriptions.create(backdate_start_date=...)` on the wire, on a test clock (the backdated
start is in its past): `start_date` shows the start and `created` when it was made; the first
invoice bills the time since the start, prorated over the price's interval that begins then
(Stripe's backdating guide), then the first full period from now; to a future
`billing_cycle_anchor` instead; free with `proration_behavior=none`. What the guide leaves
open is refused by name, and a refusal makes nothing."""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

import pytest

from stripe_invoicing_client.testing import FakeStripe

from .support import Api, assert_pinned_shape, error_of

DAY = 86_400
JAN_15 = 1_768_435_200  # 2026-01-15 00:00 UTC
FEB_1 = JAN_15 + 17 * DAY
JAN_31 = FEB_1 - DAY
FEB_10, FEB_15, FEB_20 = FEB_1 + 9 * DAY, FEB_1 + 14 * DAY, FEB_1 + 19 * DAY
MAR_1 = FEB_1 + 28 * DAY  # 2026 isn't a leap year
MAR_15, MAR_20, APR_1 = MAR_1 + 14 * DAY, MAR_1 + 19 * DAY, MAR_1 + 31 * DAY
MAY_1 = APR_1 + 30 * DAY
PARAM = "backdate_start_date"


class Backdating:
    """A customer with a card on a test clock frozen at `now`, and a 30.00 monthly price."""

    def __init__(self, api: Api, now: int) -> None:
        self.api = api
        self.clock = api.post("/v1/test_helpers/test_clocks", {"frozen_time": now})["id"]
        self.customer = api.customer_with_card(test_clock=self.clock)["id"]
        self.product = api.post("/v1/products", {"name": "Team"})["id"]
        self.price = api.monthly_price(self.product, 3000)["id"]

    def subscribe(
        self, params: dict[str, Any], *, price: str | None = None, expect: int = 200
    ) -> Any:
        body = {"customer": self.customer, "items": [{"price": price or self.price}], **params}
        return self.api.post("/v1/subscriptions", body, expect=expect)

    def move_to(self, when: int) -> None:
        self.api.post(f"/v1/test_helpers/test_clocks/{self.clock}/advance", {"frozen_time": when})

    def invoices(self) -> list[dict[str, Any]]:
        """The customer's invoices, oldest first."""
        found = self.api.get("/v1/invoices", {"customer": self.customer, "limit": 100})["data"]
        return list(reversed(found))


def lines(invoice: dict[str, Any]) -> list[tuple[int, int, int, bool]]:
    """Each line's amount, period, and whether it is a proration."""
    return [
        (
            line["amount"],
            line["period"]["start"],
            line["period"]["end"],
            line["parent"]["subscription_item_details"]["proration"],
        )
        for line in invoice["lines"]["data"]
    ]


@pytest.mark.parametrize(
    ("start", "now", "backdated"),
    [
        # The guide's examples: 14 of the 28 days from February 15 to March 15, half a month;
        (FEB_15, MAR_1, 1500),
        # 17 of the 31 days from January 15 to February 15 (1645.16, rounded).
        (JAN_15, FEB_1, 1645),
    ],
    ids=["half_a_month", "17_of_31_days"],
)
def test_the_first_invoice_bills_the_time_since_the_start_then_a_full_period(
    api: Api, start: int, now: int, backdated: int
) -> None:
    world = Backdating(api, now)
    sub = world.subscribe({PARAM: start})
    assert_pinned_shape(sub)
    assert (sub["start_date"], sub["created"], sub["billing_cycle_anchor"]) == (start, now, now)
    item = sub["items"]["data"][0]
    month_on = MAR_1 if now == FEB_1 else APR_1
    assert (item["current_period_start"], item["current_period_end"]) == (now, month_on)
    (first,) = world.invoices()
    assert lines(first) == [(backdated, start, now, True), (3000, now, month_on, False)]
    # The fake's wording (Stripe documents none): a charge for the time since the start.
    since = datetime.fromtimestamp(start, tz=timezone.utc).strftime("%d %b %Y")
    assert first["lines"]["data"][0]["description"] == f"Remaining time on Team after {since}"
    assert (first["billing_reason"], first["status"]) == ("subscription_create", "paid")
    assert first["amount_paid"] == backdated + 3000
    assert api.get(f"/v1/subscriptions/{sub['id']}")["status"] == "active"


def test_renewals_follow_from_now_and_the_preview_agrees(api: Api) -> None:
    world = Backdating(api, MAR_1)
    sub = world.subscribe({PARAM: FEB_15})
    preview = api.post("/v1/invoices/create_preview", {"subscription": sub["id"]})
    assert lines(preview) == [(3000, APR_1, MAY_1, False)]
    world.move_to(APR_1 + 2 * 3_600)
    renewal = world.invoices()[-1]
    assert (renewal["billing_reason"], lines(renewal)) == ("subscription_cycle", lines(preview))
    later = api.get(f"/v1/subscriptions/{sub['id']}")
    assert (later["start_date"], later["created"]) == (FEB_15, MAR_1)


@pytest.mark.parametrize("start", [FEB_15, JAN_15 - 400 * DAY], ids=["days", "over_a_year"])
def test_with_proration_behavior_none_the_backdated_time_is_free(api: Api, start: int) -> None:
    world = Backdating(api, MAR_1)
    sub = world.subscribe({PARAM: start, "proration_behavior": "none"})
    assert (sub["start_date"], sub["created"], sub["status"]) == (start, MAR_1, "active")
    (first,) = world.invoices()
    assert lines(first) == [(3000, MAR_1, APR_1, False)]
    assert first["amount_paid"] == 3000


@pytest.mark.parametrize(
    ("behavior", "first_lines"),
    [
        # 20 days (January 31 to February 20) of the 28 to February 28, the month from the
        # start (not the 31 of the month to the anchor): 2142.86, rounded.
        ("create_prorations", [(2143, JAN_31, FEB_20, True)]),
        ("none", []),  # free up to the anchor
    ],
)
def test_with_a_billing_cycle_anchor_the_first_period_runs_from_the_start_to_it(
    api: Api, behavior: str, first_lines: list[Any]
) -> None:
    world = Backdating(api, FEB_10)
    params = {PARAM: JAN_31, "billing_cycle_anchor": FEB_20, "proration_behavior": behavior}
    sub = world.subscribe(params)
    assert (sub["start_date"], sub["created"], sub["billing_cycle_anchor"]) == (
        JAN_31,
        FEB_10,
        FEB_20,
    )
    item = sub["items"]["data"][0]
    assert (item["current_period_start"], item["current_period_end"]) == (JAN_31, FEB_20)
    (first,) = world.invoices()
    assert lines(first) == first_lines
    assert first["amount_due"] == sum(line[0] for line in first_lines)
    world.move_to(FEB_20 + 2 * 3_600)
    renewal = world.invoices()[-1]
    assert lines(renewal) == [(3000, FEB_20, MAR_20, False)]


def _tiered(world: Backdating) -> str:
    tiers = [{"up_to": "inf", "unit_amount": 1000}]
    body = {"product": world.product, "currency": "usd", "recurring": {"interval": "month"}}
    tiered = {"billing_scheme": "tiered", "tiers_mode": "volume", "tiers": tiers}
    return str(world.api.post("/v1/prices", {**body, **tiered})["id"])


def _metered(world: Backdating) -> str:
    meter = {
        "display_name": "Calls",
        "event_name": "calls",
        "default_aggregation": {"formula": "sum"},
    }
    meter_id = world.api.post("/v1/billing/meters", meter)["id"]
    recurring = {"interval": "month", "usage_type": "metered", "meter": meter_id}
    body = {"product": world.product, "currency": "usd", "unit_amount": 5, "recurring": recurring}
    return str(world.api.post("/v1/prices", body)["id"])


MODELLED_NOT = "FakeStripe does not model"
# (what is sent besides the price, the price if another, the parameter named, the message)
REFUSALS: list[tuple[dict[str, Any], Any, str, str]] = [
    ({PARAM: MAR_1 + DAY}, None, PARAM, "must be in the past"),
    ({PARAM: MAR_1}, None, PARAM, "must be in the past"),  # now isn't past
    ({PARAM: FEB_15, "trial_period_days": 7}, None, "trial_period_days", MODELLED_NOT),
    ({PARAM: FEB_15, "trial_end": APR_1}, None, "trial_end", MODELLED_NOT),
    (
        {PARAM: FEB_15, "billing_cycle_anchor_config": {"day_of_month": 20}},
        None,
        "billing_cycle_anchor_config",
        MODELLED_NOT,
    ),
    # Prorated over more than one interval from the start: how, the guide doesn't say.
    ({PARAM: JAN_15}, None, PARAM, MODELLED_NOT),
    # A first period to the anchor longer than one interval, even free.
    (
        {PARAM: FEB_15, "billing_cycle_anchor": MAR_15 + DAY, "proration_behavior": "none"},
        None,
        PARAM,
        MODELLED_NOT,
    ),
    ({PARAM: FEB_15}, _metered, PARAM, MODELLED_NOT),
    ({PARAM: FEB_15}, _tiered, PARAM, MODELLED_NOT),
]


@pytest.mark.parametrize(
    ("params", "price", "param", "says"),
    REFUSALS,
    ids=[
        "future",
        "now",
        "trial_period_days",
        "trial_end",
        "anchor_config",
        "over_an_interval",
        "anchor_over_an_interval",
        "metered",
        "tiered",
    ],
)
def test_what_stripe_refuses_or_leaves_open_is_refused_and_makes_nothing(
    api: Api, fake: FakeStripe, params: dict[str, Any], price: Any, param: str, says: str
) -> None:
    world = Backdating(api, MAR_1)
    price_id = None if price is None else price(world)
    writes, events = fake.write_count(), len(fake.events)
    error = error_of(world.subscribe(params, price=price_id, expect=400))
    assert (error["type"], error["param"]) == ("invalid_request_error", param)
    assert says in error["message"]
    assert (fake.write_count(), len(fake.events)) == (writes, events)
    found = api.get("/v1/subscriptions", {"customer": world.customer, "status": "all"})
    assert found["data"] == [] and world.invoices() == []


def test_a_new_subscription_preview_refuses_a_past_start_by_name(api: Api) -> None:
    world = Backdating(api, MAR_1)
    details = {"items": [{"price": world.price}], "start_date": FEB_15}
    body = {"customer": world.customer, "subscription_details": details}
    error = error_of(api.post("/v1/invoices/create_preview", body, expect=400))
    assert error["param"] == "subscription_details[start_date]"
