from __future__ import annotations

from typing import Any

from stripe_invoicing_client.testing import FakeStripe

from .support import Api, assert_pinned_shape, error_of


def _invoice(api: Api) -> dict[str, Any]:
    customer = api.customer()
    api.item(customer["id"], 1000, description="base")
    return api.invoice(customer["id"])


def test_add_update_remove_lines(api: Api, fake: FakeStripe) -> None:
    invoice = _invoice(api)
    path = f"/v1/invoices/{invoice['id']}"
    price = fake.create_price(300, "usd", "prod_widget")
    added = api.post(
        f"{path}/add_lines",
        {
            "lines": [
                {"amount": 500, "description": "extra", "metadata": {"k": "v"}},
                {"pricing": {"price": price}, "quantity": 2},
                {
                    "price_data": {"currency": "usd", "product": "prod_x", "unit_amount": 125},
                    "quantity": 4,
                },
            ],
            "invoice_metadata": {"batch": "1"},
        },
    )
    assert [line["amount"] for line in added["lines"]["data"]] == [1000, 500, 600, 500]
    assert added["total"] == 2600
    assert added["metadata"] == {"batch": "1"}
    priced = added["lines"]["data"][2]
    assert priced["pricing"]["price_details"] == {"price": price, "product": "prod_widget"}
    assert_pinned_shape(added)

    lines = added["lines"]["data"]
    updated = api.post(
        f"{path}/update_lines",
        {"lines": [{"id": lines[1]["id"], "amount": 700}, {"id": lines[2]["id"], "quantity": 3}]},
    )
    assert [line["amount"] for line in updated["lines"]["data"]] == [1000, 700, 900, 500]

    one = api.post(f"{path}/lines/{lines[0]['id']}", {"description": "renamed", "amount": 50})
    assert one["object"] == "line_item"
    assert one["description"] == "renamed"
    assert_pinned_shape(one)
    assert api.get(path)["total"] == 2150

    removed = api.post(
        f"{path}/remove_lines",
        {
            "lines": [
                {"id": lines[0]["id"], "behavior": "unassign"},
                {"id": lines[3]["id"], "behavior": "delete"},
            ]
        },
    )
    assert removed["total"] == 1600
    pending = api.get("/v1/invoiceitems", {"pending": True})
    assert [i["amount"] for i in pending["data"]] == [50]


def test_a_refused_line_changes_nothing(api: Api, fake: FakeStripe) -> None:
    invoice = _invoice(api)
    events = len(fake.events)
    body = api.post(
        f"/v1/invoices/{invoice['id']}/add_lines",
        {"lines": [{"amount": 5}, {"pricing": {"price": "price_missing"}}]},
        expect=404,
    )
    assert error_of(body)["param"] == "lines[1][pricing][price]"
    assert api.get(f"/v1/invoices/{invoice['id']}")["total"] == 1000
    assert len(fake.events) == events


def test_add_existing_pending_item(api: Api) -> None:
    invoice = _invoice(api)
    later = api.item(invoice["customer"], 42)
    added = api.post(
        f"/v1/invoices/{invoice['id']}/add_lines", {"lines": [{"invoice_item": later["id"]}]}
    )
    assert added["total"] == 1042


def test_list_lines_pages_in_invoice_order(api: Api) -> None:
    invoice = _invoice(api)
    api.post(
        f"/v1/invoices/{invoice['id']}/add_lines",
        {"lines": [{"amount": n, "description": str(n)} for n in range(1, 13)]},
    )
    full = api.get(f"/v1/invoices/{invoice['id']}")
    assert full["lines"]["has_more"] is True
    assert full["lines"]["total_count"] == 13
    first = api.get(f"/v1/invoices/{invoice['id']}/lines", {"limit": 5})
    second = api.get(
        f"/v1/invoices/{invoice['id']}/lines",
        {"limit": 5, "starting_after": first["data"][-1]["id"]},
    )
    amounts = [line["amount"] for line in first["data"] + second["data"]]
    assert amounts == [1000, 1, 2, 3, 4, 5, 6, 7, 8, 9]
    assert_pinned_shape(second)


def test_missing_line_is_404(api: Api) -> None:
    invoice = _invoice(api)
    body = api.post(f"/v1/invoices/{invoice['id']}/lines/il_nope", {"amount": 1}, expect=404)
    assert error_of(body)["code"] == "resource_missing"


def test_an_items_discounts_expand_on_the_item_and_on_its_line(api: Api) -> None:
    # stripe-python 16.1's `InvoiceItem.discounts` and `InvoiceLineItem.discounts` are
    # expandable; on an invoice its lines' are reached through `lines.data.`.
    customer = api.customer()
    coupon = api.post("/v1/coupons", {"percent_off": 10, "duration": "forever"})
    item = api.item(customer["id"], 1000, discounts=[{"coupon": coupon["id"]}])
    invoice = api.invoice(customer["id"])
    path = f"/v1/invoices/{invoice['id']}"
    line_id = invoice["lines"]["data"][0]["id"]
    with_lines = api.get(path, {"expand": ["lines.data.discounts"]})
    assert_pinned_shape(with_lines)
    answers = {
        "item": api.get(f"/v1/invoiceitems/{item['id']}", {"expand": ["discounts"]}),
        "items": api.get("/v1/invoiceitems", {"expand": ["data.discounts"]})["data"][0],
        "invoice": with_lines["lines"]["data"][0],
        "lines": api.get(f"{path}/lines", {"expand": ["data.discounts"]})["data"][0],
        "updated": api.post(f"{path}/lines/{line_id}", {"quantity": 2, "expand": ["discounts"]}),
    }
    for where, answer in answers.items():
        [discount] = answer["discounts"]
        assert (discount["object"], discount["id"]) == ("discount", item["discounts"][0]), where
        assert discount["source"]["coupon"] == coupon["id"]
    # Not asked for, they stay ids.
    assert api.get(path)["lines"]["data"][0]["discounts"] == item["discounts"]
