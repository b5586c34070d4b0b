"""Subscriptions are kept as typed records (`testing/_subscription_store.py`): lists filter and
page over them, search matches what they render, and an item renders the same inside its
subscription and at /v1/subscription_items."""

from __future__ import annotations

from typing import Any

import pytest

from stripe_invoicing_client.testing import FakeStripe

from .support import Api, assert_pinned_shape, error_of

MONTHLY = {
    "currency": "usd",
    "product": "prod_plan",
    "unit_amount": 1500,
    "recurring": {"interval": "month"},
}


@pytest.fixture
def customer_id(api: Api) -> str:
    api.post("/v1/products", {"id": "prod_plan", "name": "Plan"})
    return str(api.customer(email="subs@example.com")["id"])


def subscribe(api: Api, customer_id: str, **params: Any) -> dict[str, Any]:
    params.setdefault("items", [{"price_data": MONTHLY}])
    return dict(api.post("/v1/subscriptions", {"customer": customer_id, **params}))


@pytest.fixture
def subscription_ids(api: Api, fake: FakeStripe, customer_id: str) -> list[str]:
    ids = []
    for n in range(5):
        method = {"collection_method": "send_invoice", "days_until_due": 7} if n % 2 else {}
        ids.append(subscribe(api, customer_id, metadata={"n": str(n)}, **method)["id"])
        fake.clock.advance(10)
    return ids[::-1]  # newest first, as lists return them


def test_pages_forward_and_back(api: Api, subscription_ids: list[str]) -> None:
    seen: list[str] = []
    params: dict[str, Any] = {"limit": 2}
    while True:
        page = api.get("/v1/subscriptions", params)
        seen += [s["id"] for s in page["data"]]
        if not page["has_more"]:
            break
        params = {"limit": 2, "starting_after": page["data"][-1]["id"]}
    assert seen == subscription_ids
    back = api.get("/v1/subscriptions", {"limit": 2, "ending_before": subscription_ids[2]})
    assert [s["id"] for s in back["data"]] == subscription_ids[:2]
    missing = api.get("/v1/subscriptions", {"starting_after": "sub_nope"}, expect=404)
    assert error_of(missing)["param"] == "starting_after"


def test_filters_read_the_records(
    api: Api, fake: FakeStripe, customer_id: str, subscription_ids: list[str]
) -> None:
    created = [api.get(f"/v1/subscriptions/{i}")["created"] for i in subscription_ids]
    by_invoice = api.get("/v1/subscriptions", {"collection_method": "send_invoice"})
    assert [s["id"] for s in by_invoice["data"]] == subscription_ids[1::2]
    recent = api.get("/v1/subscriptions", {"created": {"gte": created[1]}})
    assert [s["id"] for s in recent["data"]] == subscription_ids[:2]
    other = api.customer(email="other@example.com")["id"]
    assert api.get("/v1/subscriptions", {"customer": other})["data"] == []
    mine = api.get("/v1/subscriptions", {"customer": customer_id, "limit": 100})
    assert len(mine["data"]) == 5


def test_the_price_filter_looks_at_every_item(api: Api, customer_id: str) -> None:
    price = api.post("/v1/prices", {**MONTHLY, "nickname": "Seat"})
    plain = subscribe(api, customer_id)
    with_price = subscribe(
        api, customer_id, items=[{"price_data": MONTHLY}, {"price": price["id"]}]
    )
    found = api.get("/v1/subscriptions", {"price": price["id"]})
    assert [s["id"] for s in found["data"]] == [with_price["id"]]
    assert plain["id"] not in [s["id"] for s in found["data"]]


def test_search_matches_what_a_subscription_renders(api: Api, subscription_ids: list[str]) -> None:
    found = api.get("/v1/subscriptions/search", {"query": "metadata['n']:'3'"})
    assert [s["id"] for s in found["data"]] == [subscription_ids[1]]
    api.delete(f"/v1/subscriptions/{subscription_ids[0]}")
    canceled = api.get("/v1/subscriptions/search", {"query": "status:'canceled'"})
    assert [s["id"] for s in canceled["data"]] == [subscription_ids[0]]
    assert canceled["data"][0]["ended_at"] is not None


def test_an_item_renders_alike_in_its_subscription_and_on_its_own(
    api: Api, customer_id: str
) -> None:
    sub = subscribe(
        api,
        customer_id,
        items=[{"price_data": MONTHLY, "quantity": 2, "metadata": {"seat": "a"}}],
    )
    inside = sub["items"]["data"][0]
    assert inside["quantity"] == 2 and inside["metadata"] == {"seat": "a"}
    assert api.get(f"/v1/subscription_items/{inside['id']}") == inside
    listed = api.get("/v1/subscription_items", {"subscription": sub["id"]})
    assert listed["data"] == [inside]
    changed = api.post(
        f"/v1/subscription_items/{inside['id']}", {"quantity": 5, "proration_behavior": "none"}
    )
    assert changed["quantity"] == 5
    assert_pinned_shape(listed)
    assert_pinned_shape(changed)
    again = api.get(f"/v1/subscriptions/{sub['id']}")
    assert again["items"]["data"] == [changed]


def test_items_page_within_their_subscription(api: Api, customer_id: str) -> None:
    sub = subscribe(api, customer_id, items=[{"price_data": MONTHLY} for _ in range(3)])
    item_ids = [i["id"] for i in sub["items"]["data"]]
    first = api.get("/v1/subscription_items", {"subscription": sub["id"], "limit": 2})
    assert [i["id"] for i in first["data"]] == item_ids[:2] and first["has_more"]
    rest = api.get(
        "/v1/subscription_items",
        {"subscription": sub["id"], "limit": 2, "starting_after": item_ids[1]},
    )
    assert [i["id"] for i in rest["data"]] == item_ids[2:] and not rest["has_more"]
    assert_pinned_shape(api.delete(f"/v1/subscription_items/{item_ids[2]}"))


def test_deleting_a_test_clock_takes_its_subscriptions_and_their_items(api: Api) -> None:
    api.post("/v1/products", {"id": "prod_plan", "name": "Plan"})
    clock = api.post("/v1/test_helpers/test_clocks", {"frozen_time": 1_767_225_600})
    who = api.customer(test_clock=clock["id"])
    sub = subscribe(api, who["id"])
    item_id = sub["items"]["data"][0]["id"]
    api.delete(f"/v1/test_helpers/test_clocks/{clock['id']}")
    api.get(f"/v1/subscriptions/{sub['id']}", expect=404)
    api.get(f"/v1/subscription_items/{item_id}", expect=404)
