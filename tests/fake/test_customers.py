from __future__ import annotations

import pytest

from stripe_invoicing_client.testing import FakeStripe

from .support import Api, assert_pinned_shape, error_of


def test_create_retrieve_update_delete(api: Api, fake: FakeStripe) -> None:
    created = api.customer(
        email="ada@example.com",
        name="Ada",
        metadata={"order_id": "6735"},
        address={"city": "London", "country": "GB"},
    )
    assert created["id"].startswith("cus_")
    assert created["created"] == fake.clock.now()
    assert created["livemode"] is False
    assert created["address"]["line1"] is None
    assert_pinned_shape(created)

    assert api.get(f"/v1/customers/{created['id']}") == created

    fake.clock.advance(60)
    updated = api.post(
        f"/v1/customers/{created['id']}",
        {"name": "Ada L.", "metadata": {"order_id": "", "tier": "gold"}},
    )
    assert updated["name"] == "Ada L."
    assert updated["metadata"] == {"tier": "gold"}
    assert_pinned_shape(updated)

    deleted = api.delete(f"/v1/customers/{created['id']}")
    assert deleted == {"id": created["id"], "object": "customer", "deleted": True}
    assert_pinned_shape(deleted)
    # Stripe still answers for a deleted customer, in the short form.
    assert api.get(f"/v1/customers/{created['id']}") == deleted
    missing = api.post(f"/v1/customers/{created['id']}", {"name": "x"}, expect=404)
    assert error_of(missing)["code"] == "resource_missing"

    types = [e["type"] for e in fake.events]
    assert types == ["customer.created", "customer.updated", "customer.deleted"]
    update_event = fake.events[1]
    assert update_event["data"]["previous_attributes"] == {
        "name": "Ada",
        "metadata": {"order_id": "6735"},
    }


def test_unsetting_with_empty_string(api: Api) -> None:
    customer = api.customer(email="x@example.com", metadata={"a": "1", "b": "2"})
    updated = api.post(f"/v1/customers/{customer['id']}", {"metadata": ""})
    assert updated["metadata"] == {}


def test_list_filters_by_email_and_created(api: Api, fake: FakeStripe) -> None:
    first = api.customer(email="a@example.com")
    fake.clock.advance(10)
    second = api.customer(email="b@example.com")
    page = api.get("/v1/customers", {"email": "a@example.com"})
    assert [c["id"] for c in page["data"]] == [first["id"]]
    page = api.get("/v1/customers", {"created": {"gt": first["created"]}})
    assert [c["id"] for c in page["data"]] == [second["id"]]
    page = api.get("/v1/customers", {"created": second["created"]})
    assert [c["id"] for c in page["data"]] == [second["id"]]
    assert page["url"] == "/v1/customers"


@pytest.mark.parametrize(
    ("deleted", "message"),
    [(False, "No active discount for customer"), (True, "No such customer")],
    ids=["without-a-discount", "deleted"],
)
def test_deleting_a_customer_s_discount_is_a_404(
    api: Api, fake: FakeStripe, deleted: bool, message: str
) -> None:
    # A customer never given a discount (`give_customer_discount`) has none to delete.
    customer = api.customer(email="ada@example.com")
    if deleted:
        api.delete(f"/v1/customers/{customer['id']}")
    events = len(fake.events)
    answer = api.delete(f"/v1/customers/{customer['id']}/discount", expect=404)
    error = error_of(answer)
    assert (error["code"], error["param"]) == ("resource_missing", "customer")
    assert error["message"] == f"{message}: '{customer['id']}'"
    assert len(fake.events) == events
