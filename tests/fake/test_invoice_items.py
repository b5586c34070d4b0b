from __future__ import annotations

from stripe_invoicing_client.testing import FakeStripe

from .support import Api, assert_pinned_shape, error_of


def test_crud(api: Api, fake: FakeStripe) -> None:
    customer = api.customer()
    item = api.item(customer["id"], 1234, description="Consulting", metadata={"a": "1"})
    assert item["id"].startswith("ii_")
    assert item["invoice"] is None
    assert item["amount"] == 1234
    assert item["date"] == fake.clock.now()
    assert_pinned_shape(item)

    expanded = api.get(f"/v1/invoiceitems/{item['id']}", {"expand": ["customer"]})
    assert expanded["customer"]["id"] == customer["id"]
    assert_pinned_shape(expanded)

    updated = api.post(f"/v1/invoiceitems/{item['id']}", {"amount": 99, "metadata": ""})
    assert updated["amount"] == 99
    assert updated["metadata"] == {}
    # The spec doesn't let `description` be unset here, so "" is refused.
    refused = api.post(f"/v1/invoiceitems/{item['id']}", {"description": ""}, expect=400)
    assert error_of(refused)["code"] == "parameter_invalid_empty"
    deleted = api.delete(f"/v1/invoiceitems/{item['id']}")
    assert deleted == {"id": item["id"], "object": "invoiceitem", "deleted": True}
    assert_pinned_shape(deleted)
    assert error_of(api.get(f"/v1/invoiceitems/{item['id']}", expect=404))["code"] == (
        "resource_missing"
    )
    types = [e["type"] for e in fake.events]
    assert types[1:] == ["invoiceitem.created", "invoiceitem.updated", "invoiceitem.deleted"]


def test_price_data_and_decimal_amounts(api: Api) -> None:
    customer = api.customer()
    item = api.post(
        "/v1/invoiceitems",
        {
            "customer": customer["id"],
            "price_data": {"currency": "eur", "product": "prod_1", "unit_amount_decimal": "10.5"},
            "quantity": 3,
        },
    )
    assert item["amount"] == 32  # 31.5 rounded half up
    assert item["currency"] == "eur"
    assert item["pricing"]["unit_amount_decimal"] == "10.5"


def test_needs_a_price_and_a_live_customer(api: Api) -> None:
    customer = api.customer()
    body = api.post("/v1/invoiceitems", {"customer": customer["id"]}, expect=400)
    assert error_of(body)["code"] == "parameter_missing"
    body = api.post(
        "/v1/invoiceitems", {"customer": "cus_missing", "amount": 1, "currency": "usd"}, expect=404
    )
    error = error_of(body)
    assert (error["code"], error["param"]) == ("resource_missing", "customer")
    assert error["message"] == "No such customer: 'cus_missing'"


def test_item_on_a_draft_invoice_moves_its_totals(api: Api) -> None:
    customer = api.customer()
    invoice = api.invoice(customer["id"])
    api.item(customer["id"], 300, invoice=invoice["id"])
    assert api.get(f"/v1/invoices/{invoice['id']}")["total"] == 300
    api.post(f"/v1/invoices/{invoice['id']}/finalize")
    body = api.post(
        "/v1/invoiceitems",
        {"customer": customer["id"], "amount": 1, "currency": "usd", "invoice": invoice["id"]},
        expect=400,
    )
    assert error_of(body)["code"] == "invoice_not_editable"
    attached = api.get("/v1/invoiceitems", {"invoice": invoice["id"]})["data"][0]
    body = api.post(f"/v1/invoiceitems/{attached['id']}", {"amount": 5}, expect=400)
    assert error_of(body)["code"] == "invoice_not_editable"
    body = api.delete(f"/v1/invoiceitems/{attached['id']}", expect=400)
    assert error_of(body)["code"] == "invoice_not_editable"


def test_a_negative_item_is_not_discountable_unless_asked(api: Api) -> None:
    # Stripe: discountable defaults to false for negative items, true for the others.
    customer = api.customer()
    assert api.item(customer["id"], 500)["discountable"] is True
    credit = api.item(customer["id"], -500)
    assert credit["discountable"] is False
    assert api.item(customer["id"], -500, discountable=True)["discountable"] is True
    draft = api.invoice(customer["id"], pending_invoice_items_behavior="exclude")
    added = api.post(
        f"/v1/invoices/{draft['id']}/add_lines",
        {"lines": [{"amount": -200, "description": "Goodwill"}, {"amount": 300}]},
    )
    assert [line["discountable"] for line in added["lines"]["data"]] == [False, True]
    preview = api.post(
        "/v1/invoices/create_preview",
        {"customer": customer["id"], "invoice_items": [{"amount": -100, "currency": "usd"}]},
    )
    assert preview["lines"]["data"][-1]["discountable"] is False
