"""List pagination in both directions and the list filters."""

from __future__ import annotations

import pytest

from stripe_invoicing_client.testing import FakeStripe

from .support import Api, assert_pinned_shape, error_of


@pytest.fixture
def customer_ids(api: Api, fake: FakeStripe) -> list[str]:
    ids = []
    for n in range(7):
        ids.append(api.customer(email=f"c{n}@example.com")["id"])
        fake.clock.advance(1)
    return ids[::-1]  # newest first, as lists return them


def test_forward_across_pages(api: Api, customer_ids: list[str]) -> None:
    seen: list[str] = []
    params: dict[str, object] = {"limit": 3}
    pages = 0
    while True:
        page = api.get("/v1/customers", params)
        assert_pinned_shape(page)
        pages += 1
        seen += [c["id"] for c in page["data"]]
        if not page["has_more"]:
            break
        params = {"limit": 3, "starting_after": page["data"][-1]["id"]}
    assert pages == 3
    assert seen == customer_ids


def test_backward_across_pages(api: Api, customer_ids: list[str]) -> None:
    seen: list[str] = []
    params: dict[str, object] = {"limit": 3, "ending_before": customer_ids[-1]}
    pages = 0
    while True:
        page = api.get("/v1/customers", params)
        pages += 1
        seen = [c["id"] for c in page["data"]] + seen
        if not page["has_more"]:
            break
        params = {"limit": 3, "ending_before": page["data"][0]["id"]}
    assert pages == 2
    assert seen == customer_ids[:-1]


def test_default_limit_and_bounds(api: Api, fake: FakeStripe) -> None:
    for _ in range(12):
        api.customer()
    page = api.get("/v1/customers")
    assert len(page["data"]) == 10
    assert page["has_more"] is True
    for bad in (0, 101):
        assert error_of(api.get("/v1/customers", {"limit": bad}, expect=400))["param"] == "limit"
    body = api.get("/v1/customers", {"starting_after": "cus_nope"}, expect=404)
    assert error_of(body)["code"] == "resource_missing"


def test_invoice_filters(api: Api, fake: FakeStripe) -> None:
    alice = api.customer()["id"]
    bob = api.customer()["id"]
    api.item(alice, 100)
    a1 = api.invoice(alice)
    fake.clock.advance(100)
    a2 = api.invoice(alice, collection_method="send_invoice")
    b1 = api.invoice(bob)
    api.post(f"/v1/invoices/{a1['id']}/finalize")

    def ids(**params: object) -> list[str]:
        return [i["id"] for i in api.get("/v1/invoices", params)["data"]]

    assert ids(customer=alice) == [a2["id"], a1["id"]]
    assert ids(status="open") == [a1["id"]]
    assert ids(collection_method="send_invoice") == [a2["id"]]
    assert ids(created={"gte": a2["created"]}) == [b1["id"], a2["id"]]
    assert ids(created={"lt": a2["created"]}) == [a1["id"]]
    assert ids(customer=alice, status="draft") == [a2["id"]]


def test_invoice_item_filters(api: Api) -> None:
    customer = api.customer()["id"]
    attached = api.item(customer, 1)
    invoice = api.invoice(customer)
    pending = api.item(customer, 2)

    def ids(**params: object) -> list[str]:
        return [i["id"] for i in api.get("/v1/invoiceitems", params)["data"]]

    assert ids(pending=True) == [pending["id"]]
    assert ids(pending=False) == [attached["id"]]
    assert ids(invoice=invoice["id"]) == [attached["id"]]
    assert ids(customer=customer) == [pending["id"], attached["id"]]


def test_a_cursor_that_left_the_filter_still_marks_its_place(api: Api, fake: FakeStripe) -> None:
    # Finalizing the drafts of a listed page is the usual loop: the next page's cursor is
    # then an open invoice, no longer in `status=draft`, and still names a place in the list.
    customer = api.customer()["id"]
    drafts = []
    for _ in range(5):
        drafts.append(api.invoice(customer)["id"])
        fake.clock.advance(1)
    drafts.reverse()  # newest first
    first = api.get("/v1/invoices", {"status": "draft", "limit": 2})
    assert [i["id"] for i in first["data"]] == drafts[:2]
    for invoice in first["data"]:
        api.post(f"/v1/invoices/{invoice['id']}/finalize")
    after = api.get("/v1/invoices", {"status": "draft", "limit": 2, "starting_after": drafts[1]})
    assert [i["id"] for i in after["data"]] == drafts[2:4]
    assert after["has_more"] is True
    last = api.get("/v1/invoices", {"status": "draft", "starting_after": drafts[3]})
    assert ([i["id"] for i in last["data"]], last["has_more"]) == ([drafts[4]], False)
    before = api.get("/v1/invoices", {"status": "draft", "ending_before": drafts[1]})
    assert (before["data"], before["has_more"]) == ([], False)
    before = api.get("/v1/invoices", {"status": "draft", "limit": 1, "ending_before": drafts[4]})
    assert ([i["id"] for i in before["data"]], before["has_more"]) == ([drafts[3]], True)
    # A cursor naming no object at all is still refused.
    body = api.get("/v1/invoices", {"status": "draft", "starting_after": "in_nope"}, expect=404)
    assert error_of(body)["code"] == "resource_missing"
