"""Recurring billing in the fake, driven through its handlers: test clocks, renewals,
send_invoice emails and due dates, overdue invoices and dunning, proration, cancel and pause
collection. (The client-level flows are in tests/fake/flows; resuming a paused subscription is
flows/test_subscription_resume.py.)"""

from __future__ import annotations

from typing import Any

import pytest

from stripe_invoicing_client.testing import _catalog as catalog
from stripe_invoicing_client.testing import _customers as customers
from stripe_invoicing_client.testing import _invoice_status as invoice_status
from stripe_invoicing_client.testing import _invoices as invoices
from stripe_invoicing_client.testing import _subscriptions as subscriptions
from stripe_invoicing_client.testing import _test_clocks as test_clocks
from stripe_invoicing_client.testing._clock import FakeClock
from stripe_invoicing_client.testing._errors import ApiError
from stripe_invoicing_client.testing._ids import IdFactory
from stripe_invoicing_client.testing._objects import invoice_view
from stripe_invoicing_client.testing._state import JsonObject, RequestContext, State
from stripe_invoicing_client.testing._subscription_lifecycle import (
    CANCELED,
    STATUSES,
    SUBSCRIPTION_LIFECYCLE,
)

START = 1_767_225_600  # 2026-01-01
DAY = 86_400
MONTHLY = {"currency": "usd", "product": "prod_plan", "unit_amount": 3000}


class World:
    def __init__(self) -> None:
        self.state = State(clock=FakeClock(START), ids=IdFactory(0))
        self.call = RequestContext(self.state, "req_test", None, "sk_test_x")
        self.clock = test_clocks.create(self.call, {}, {"frozen_time": START})
        self.customer = customers.create(
            self.call, {}, {"email": "ap@example.com", "test_clock": self.clock["id"]}
        )
        catalog.create_product(self.call, {}, {"id": MONTHLY["product"], "name": "Plan"})

    def subscribe(self, **params: Any) -> JsonObject:
        params.setdefault(
            "items", [{"price_data": {**MONTHLY, "recurring": {"interval": "month"}}}]
        )
        return subscriptions.create(self.call, {}, {"customer": self.customer["id"], **params})

    def give_card(self, card: str = "pm_card_visa") -> None:
        """The customer holds `card`, the default its invoices charge."""
        settings = {"invoice_settings": {"default_payment_method": card}}
        customers.update(self.call, {"customer": self.customer["id"]}, settings)

    def advance_to(self, when: int) -> JsonObject:
        return test_clocks.advance(
            self.call, {"test_clock": self.clock["id"]}, {"frozen_time": when}
        )

    def subscription(self, sub_id: str) -> JsonObject:
        return subscriptions.retrieve(self.call, {"subscription_exposed_id": sub_id}, {})

    def invoices(self) -> list[JsonObject]:
        return [invoice_view(self.state, i) for i in self.state.invoices.values()]

    def event_types(self) -> list[str]:
        return [e.type for e in self.state.events]


def by_invoice(world: World, **params: Any) -> JsonObject:
    params.setdefault("days_until_due", 30)
    return world.subscribe(collection_method="send_invoice", **params)


def test_first_invoice_is_finalized_and_emailed_at_once() -> None:
    world = World()
    sub = by_invoice(world)
    [invoice] = world.invoices()
    assert sub["status"] == "active"
    assert invoice["billing_reason"] == "subscription_create"
    assert invoice["status"] == "open"
    assert invoice["due_date"] == START + 30 * DAY
    assert invoice["parent"]["subscription_details"]["subscription"] == sub["id"]
    [line] = invoice["lines"]["data"]
    assert line["amount"] == 3000
    assert line["period"] == {"start": START, "end": START + 31 * DAY}
    details = line["parent"]["subscription_item_details"]
    assert details["subscription_item"] == sub["items"]["data"][0]["id"]
    assert details["invoice_item"] is None
    assert [s.invoice for s in world.state.sent_invoices] == [invoice["id"]]


def test_renewals_at_each_period_end_draft_then_finalized_an_hour_later() -> None:
    world = World()
    by_invoice(world)
    feb_1 = START + 31 * DAY
    world.advance_to(feb_1 + 60)  # a minute after the renewal: still a draft
    renewal = world.invoices()[1]
    assert (renewal["billing_reason"], renewal["status"]) == ("subscription_cycle", "draft")
    assert len(world.state.sent_invoices) == 1
    clock = world.advance_to(feb_1 + 2 * 3600)
    assert clock["status"] == "ready" and clock["frozen_time"] == feb_1 + 2 * 3600
    renewal = world.invoices()[1]
    assert renewal["status"] == "open"
    finalized = renewal["status_transitions"]["finalized_at"]
    assert finalized == feb_1 + 3600
    assert renewal["due_date"] == finalized + 30 * DAY
    assert renewal["lines"]["data"][0]["period"]["start"] == feb_1
    assert len(world.state.sent_invoices) == 2
    world.advance_to(START + 90 * DAY)
    reasons = [i["billing_reason"] for i in world.invoices()]
    assert reasons == ["subscription_create"] + ["subscription_cycle"] * 3


def test_a_subscription_s_draft_can_t_be_deleted() -> None:
    # Stripe deletes one-off drafts only: a subscription's invoice is voided once finalized.
    world = World()
    by_invoice(world)
    world.advance_to(START + 31 * DAY + 60)
    renewal = world.invoices()[1]
    assert renewal["status"] == "draft"
    with pytest.raises(ApiError) as refused:
        invoices.delete(world.call, {"invoice": renewal["id"]}, {})
    assert (refused.value.status, refused.value.error_type) == (400, "invalid_request_error")
    assert "void" in refused.value.message
    assert world.invoices()[1] == renewal
    assert world.event_types()[-1] != "invoice.deleted"


def test_a_clock_never_moves_backwards() -> None:
    world = World()
    with pytest.raises(ApiError) as refused:
        world.advance_to(START)
    assert refused.value.param == "frozen_time"


def test_overdue_latest_invoice_makes_it_past_due_and_paying_restores_active() -> None:
    world = World()
    sub = by_invoice(world, days_until_due=10)
    world.advance_to(START + 11 * DAY)
    assert "invoice.overdue" in world.event_types()
    assert world.subscription(sub["id"])["status"] == "past_due"
    first = world.invoices()[0]
    invoice_status.pay(world.call, {"invoice": first["id"]}, {"paid_out_of_band": True})
    assert world.subscription(sub["id"])["status"] == "active"


@pytest.mark.parametrize(("action", "status"), [("cancel", CANCELED), ("mark_unpaid", "unpaid")])
def test_overdue_policy_after_the_configured_days(action: str, status: str) -> None:
    world = World()
    world.state.overdue_action, world.state.overdue_after_days = action, 5
    sub = by_invoice(world, days_until_due=3)
    world.advance_to(START + 5 * DAY)
    assert world.subscription(sub["id"])["status"] == "past_due"
    world.advance_to(START + 10 * DAY)
    assert world.subscription(sub["id"])["status"] == status


def test_charge_automatically_is_paid_and_a_decline_makes_it_past_due() -> None:
    world = World()
    world.give_card()
    sub = world.subscribe()
    assert sub["status"] == "active"
    assert world.invoices()[0]["status"] == "paid"
    world.state.failing_customers[world.customer["id"]] = "insufficient_funds"
    world.advance_to(START + 32 * DAY)
    assert world.invoices()[1]["status"] == "open"
    assert world.subscription(sub["id"])["status"] == "past_due"
    assert "invoice.payment_failed" in world.event_types()


def test_quantity_change_mid_period_is_prorated_and_invoiced_at_once() -> None:
    world = World()
    sub = by_invoice(world)
    world.advance_to(START + 15 * DAY + 12 * 3600)  # half of January's 31 days
    item_id = sub["items"]["data"][0]["id"]
    changed = subscriptions.update(
        world.call,
        {"subscription_exposed_id": sub["id"]},
        {"items": [{"id": item_id, "quantity": 3}], "proration_behavior": "always_invoice"},
    )
    invoice = invoice_view(world.state, world.state.invoices[changed["latest_invoice"]])
    assert invoice["billing_reason"] == "subscription_update"
    amounts = [line["amount"] for line in invoice["lines"]["data"]]
    assert amounts == [-1500, 4500]
    assert all(
        line["parent"]["subscription_item_details"]["proration"]
        for line in invoice["lines"]["data"]
    )
    assert changed["items"]["data"][0]["quantity"] == 3


def test_price_change_with_create_prorations_waits_for_the_next_invoice() -> None:
    world = World()
    sub = by_invoice(world)
    world.advance_to(START + 15 * DAY + 12 * 3600)
    item_id = sub["items"]["data"][0]["id"]
    new_price = {"price_data": {**MONTHLY, "unit_amount": 6000, "recurring": {"interval": "month"}}}
    subscriptions.update(
        world.call,
        {"subscription_exposed_id": sub["id"]},
        {"items": [{"id": item_id, **new_price}]},
    )
    assert len(world.invoices()) == 1
    world.advance_to(START + 31 * DAY + 1)
    renewal = world.invoices()[1]
    assert [line["amount"] for line in renewal["lines"]["data"]] == [-1500, 3000, 6000]


def test_no_proration_with_none() -> None:
    world = World()
    sub = by_invoice(world)
    item_id = sub["items"]["data"][0]["id"]
    subscriptions.update(
        world.call,
        {"subscription_exposed_id": sub["id"]},
        {"items": [{"id": item_id, "quantity": 2}], "proration_behavior": "none"},
    )
    world.advance_to(START + 31 * DAY + 1)
    assert [line["amount"] for line in world.invoices()[1]["lines"]["data"]] == [6000]


def test_cancel_now_with_a_prorated_final_invoice() -> None:
    world = World()
    sub = by_invoice(world)
    world.advance_to(START + 15 * DAY + 12 * 3600)
    canceled = subscriptions.cancel(
        world.call, {"subscription_exposed_id": sub["id"]}, {"invoice_now": True, "prorate": True}
    )
    assert canceled["status"] == CANCELED
    final = world.invoices()[-1]
    assert [line["amount"] for line in final["lines"]["data"]] == [-1500]
    assert "customer.subscription.deleted" in world.event_types()
    with pytest.raises(ApiError):
        subscriptions.update(world.call, {"subscription_exposed_id": sub["id"]}, {})


def test_cancel_at_period_end_ends_without_a_renewal() -> None:
    world = World()
    sub = by_invoice(world)
    subscriptions.update(
        world.call, {"subscription_exposed_id": sub["id"]}, {"cancel_at_period_end": True}
    )
    world.advance_to(START + 40 * DAY)
    assert world.subscription(sub["id"])["status"] == CANCELED
    assert len(world.invoices()) == 1


def test_pause_collection_voids_renewals_until_resumed() -> None:
    world = World()
    sub = by_invoice(world)
    ids = {"subscription_exposed_id": sub["id"]}
    first = world.invoices()[0]["id"]
    invoice_status.pay(world.call, {"invoice": first}, {"paid_out_of_band": True})
    subscriptions.update(world.call, ids, {"pause_collection": {"behavior": "void"}})
    world.advance_to(START + 32 * DAY)
    assert world.invoices()[1]["status"] == "void"
    assert world.subscription(sub["id"])["status"] == "active"
    from stripe_invoicing_client.testing._shapes import UNSET

    subscriptions.update(world.call, ids, {"pause_collection": UNSET})
    world.advance_to(START + 60 * DAY)
    assert world.invoices()[2]["status"] == "open"


def test_subscription_lines_are_not_listed_as_invoice_items() -> None:
    from stripe_invoicing_client.testing import _invoice_items as invoice_items

    world = World()
    by_invoice(world)
    assert invoice_items.list_all(world.call, {}, {})["data"] == []


def test_lifecycle_table_covers_every_status_and_canceled_refuses_everything() -> None:
    for action in ("update", "cancel", "resume", "renew", "paid"):
        assert (CANCELED, action) in SUBSCRIPTION_LIFECYCLE
    assert {status for status, _ in SUBSCRIPTION_LIFECYCLE} <= set(STATUSES)
