"""A subscription's `pending_invoice_item_interval` on the wire, driven by a test clock: its own
pending items invoiced at the interval (the customer's others left pending), the next time
moving on, unsetting it, nothing pending, a renewal at the same moment, and refused values."""

from __future__ import annotations

from typing import Any

import pytest

from stripe_invoicing_client.testing import FakeStripe

from .support import Api, assert_pinned_shape, error_of

START = 1_767_225_600  # 2026-01-01 00:00 UTC
DAY = 86_400
WEEK = 7 * DAY
PARAM = "pending_invoice_item_interval"


class Clocked:
    """A customer with a card on a test clock at START, and a monthly price."""

    def __init__(self, api: Api) -> None:
        self.api = api
        self.clock = api.post("/v1/test_helpers/test_clocks", {"frozen_time": START})["id"]
        self.customer = api.customer_with_card(test_clock=self.clock)["id"]
        product = api.post("/v1/products", {"name": "Team"})["id"]
        self.monthly = api.monthly_price(product, 3000)["id"]
        weekly = {"product": product, "currency": "usd", "unit_amount": 700}
        self.weekly = api.post("/v1/prices", {**weekly, "recurring": {"interval": "week"}})["id"]

    def subscribe(self, **params: Any) -> dict[str, Any]:
        body = {"customer": self.customer, "items": [{"price": self.monthly}], **params}
        return dict(self.api.post("/v1/subscriptions", body))

    def update(self, sub: str, params: dict[str, Any], expect: int = 200) -> dict[str, Any]:
        return dict(self.api.post(f"/v1/subscriptions/{sub}", params, expect=expect))

    def advance_to(self, when: int) -> None:
        path = f"/v1/test_helpers/test_clocks/{self.clock}/advance"
        self.api.post(path, {"frozen_time": when})

    def invoices(self, reason: str) -> list[dict[str, Any]]:
        found = self.api.get("/v1/invoices", {"customer": self.customer, "limit": 100})["data"]
        return [invoice for invoice in found if invoice["billing_reason"] == reason]

    def invoice_of(self, item: dict[str, Any]) -> str | None:
        invoice = self.api.get(f"/v1/invoiceitems/{item['id']}")["invoice"]
        return None if invoice is None else str(invoice)


@pytest.fixture
def world(api: Api) -> Clocked:
    return Clocked(api)


WEEKLY = {"interval": "week", "interval_count": 1}
AUTOMATIC = "automatic_pending_invoice_item_invoice"


def test_its_pending_items_are_invoiced_each_interval(world: Clocked, fake: FakeStripe) -> None:
    sub = world.subscribe(**{PARAM: {"interval": "week"}})
    assert sub[PARAM] == WEEKLY
    assert sub["next_pending_invoice_item_invoice"] == START + WEEK
    assert_pinned_shape(sub)
    own = world.api.item(world.customer, 500, subscription=sub["id"])
    loose = world.api.item(world.customer, 900)  # names no subscription
    other = world.subscribe()
    theirs = world.api.item(world.customer, 1100, subscription=other["id"])
    world.advance_to(START + WEEK)
    [invoice] = world.invoices(AUTOMATIC)
    assert invoice["parent"]["subscription_details"]["subscription"] == sub["id"]
    assert [line["amount"] for line in invoice["lines"]["data"]] == [500]
    assert invoice["created"] == START + WEEK
    assert world.invoice_of(own) == invoice["id"]
    assert world.invoice_of(loose) is None and world.invoice_of(theirs) is None
    later = world.api.get(f"/v1/subscriptions/{sub['id']}")
    assert later["next_pending_invoice_item_invoice"] == START + 2 * WEEK
    # Left to advance as a renewal's invoice does: an hour on it is finalized and paid.
    world.advance_to(START + WEEK + 3_600)
    [paid] = world.invoices(AUTOMATIC)
    assert paid["status"] == "paid" and paid["amount_paid"] == 500
    assert_pinned_shape(paid)
    for event in fake.events:
        if not event["type"].startswith("test_helpers."):  # the clock has no pinned model
            assert_pinned_shape(event)


def test_nothing_pending_makes_no_invoice_and_the_time_moves_on(world: Clocked) -> None:
    sub = world.subscribe(**{PARAM: {"interval": "day", "interval_count": 3}})
    world.advance_to(START + 7 * DAY)
    assert world.invoices(AUTOMATIC) == []
    later = world.api.get(f"/v1/subscriptions/{sub['id']}")
    assert later["next_pending_invoice_item_invoice"] == START + 9 * DAY


def test_an_update_sets_it_from_then_and_resending_it_keeps_the_times(world: Clocked) -> None:
    sub = world.subscribe()
    assert sub[PARAM] is None and sub["next_pending_invoice_item_invoice"] is None
    world.advance_to(START + 2 * DAY)
    updated = world.update(sub["id"], {PARAM: {"interval": "week", "interval_count": 2}})
    assert updated[PARAM] == {"interval": "week", "interval_count": 2}
    assert updated["next_pending_invoice_item_invoice"] == START + 2 * DAY + 2 * WEEK
    world.advance_to(START + 3 * DAY)
    again = world.update(sub["id"], {PARAM: {"interval": "week", "interval_count": 2}})
    assert again["next_pending_invoice_item_invoice"] == START + 2 * DAY + 2 * WEEK


def test_unsetting_it_stops_the_invoices(world: Clocked) -> None:
    sub = world.subscribe(**{PARAM: {"interval": "week"}})
    cleared = world.update(sub["id"], {PARAM: ""})
    assert cleared[PARAM] is None and cleared["next_pending_invoice_item_invoice"] is None
    item = world.api.item(world.customer, 500, subscription=sub["id"])
    world.advance_to(START + 2 * WEEK)
    assert world.invoices(AUTOMATIC) == []
    assert world.invoice_of(item) is None


def test_a_renewal_at_the_same_moment_bills_the_items_first(world: Clocked) -> None:
    sub = world.subscribe(**{PARAM: {"interval": "day"}})
    world.advance_to(START + 30 * DAY + 3_600)  # Jan 31, 01:00; Feb 1 is a renewal and a day
    item = world.api.item(world.customer, 500, subscription=sub["id"])
    world.advance_to(START + 31 * DAY)
    [renewal] = world.invoices("subscription_cycle")
    assert world.invoice_of(item) == renewal["id"]
    assert world.invoices(AUTOMATIC) == []
    later = world.api.get(f"/v1/subscriptions/{sub['id']}")
    assert later["next_pending_invoice_item_invoice"] == START + 32 * DAY


@pytest.mark.parametrize(
    ("given", "param"),
    [
        ({"interval": "day", "interval_count": 0}, f"{PARAM}[interval_count]"),
        ({"interval": "day", "interval_count": 366}, f"{PARAM}[interval_count]"),
        ({"interval": "week", "interval_count": 53}, f"{PARAM}[interval_count]"),
        ({"interval": "month", "interval_count": 13}, f"{PARAM}[interval_count]"),
        ({"interval": "year", "interval_count": 2}, f"{PARAM}[interval_count]"),
        ({"interval": "hour"}, f"{PARAM}[interval]"),
        # Not shorter than the monthly billing interval, however the calendar falls.
        ({"interval": "month"}, PARAM),
        ({"interval": "week", "interval_count": 4}, PARAM),
        ({"interval": "day", "interval_count": 31}, PARAM),
    ],
)
def test_refused_values_are_named_and_make_nothing(
    world: Clocked, fake: FakeStripe, given: dict[str, Any], param: str
) -> None:
    before = len(fake.events)
    body = {"customer": world.customer, "items": [{"price": world.monthly}], PARAM: given}
    refused = world.api.raw("POST", "/v1/subscriptions", body)
    assert refused.status_code == 400
    assert error_of(refused.json())["param"] == param
    assert len(fake.events) == before
    sub = world.subscribe()
    refused = world.api.raw("POST", f"/v1/subscriptions/{sub['id']}", {PARAM: given})
    assert refused.status_code == 400
    assert error_of(refused.json())["param"] == param
    assert world.api.get(f"/v1/subscriptions/{sub['id']}")[PARAM] is None


def test_an_interval_shorter_than_the_billing_one_is_taken(world: Clocked) -> None:
    sub = world.subscribe(**{PARAM: {"interval": "day", "interval_count": 27}})
    assert sub[PARAM] == {"interval": "day", "interval_count": 27}


def test_items_whose_billing_interval_is_not_longer_are_refused(world: Clocked) -> None:
    sub = world.subscribe(**{PARAM: {"interval": "week"}})
    [item] = sub["items"]["data"]
    change = {"items": [{"id": item["id"], "price": world.weekly}]}
    refused = world.update(sub["id"], change, expect=400)
    assert error_of(refused)["param"] == PARAM
    kept = world.api.get(f"/v1/subscriptions/{sub['id']}")
    assert kept["items"]["data"][0]["price"]["id"] == world.monthly
