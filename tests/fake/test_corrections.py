"""The fake's credit notes, invoice payments and balance transactions at the HTTP level: every
object it answers with has the pinned shape (each field the spec requires, nothing else), and
the events carry the same objects."""

from __future__ import annotations

from typing import Any

from stripe_invoicing_client.testing import FakeStripe

from .support import Api, assert_pinned_shape, error_of


def _open_invoice(api: Api, amount: int = 5000) -> dict[str, Any]:
    customer = api.customer(email="jo@example.com")
    api.item(customer["id"], amount)
    invoice = api.invoice(customer["id"], collection_method="send_invoice", days_until_due=7)
    return dict(api.post(f"/v1/invoices/{invoice['id']}/finalize"))


def test_credit_notes_and_their_lines_have_the_pinned_shape(api: Api, fake: FakeStripe) -> None:
    invoice = _open_invoice(api)
    line_id = invoice["lines"]["data"][0]["id"]
    note = api.post(
        "/v1/credit_notes",
        {
            "invoice": invoice["id"],
            "lines": [
                {"type": "invoice_line_item", "invoice_line_item": line_id, "amount": 1000},
                {"type": "custom_line_item", "description": "Goodwill", "unit_amount": 250},
            ],
            "memo": "Late delivery",
            "metadata": {"ticket": "9"},
        },
    )
    assert_pinned_shape(note)
    assert [line["amount"] for line in note["lines"]["data"]] == [1000, 250]
    assert note["amount"] == note["total"] == note["pre_payment_amount"] == 1250
    assert_pinned_shape(api.get(f"/v1/credit_notes/{note['id']}/lines"))
    assert_pinned_shape(api.get("/v1/credit_notes", {"invoice": invoice["id"]}))
    assert_pinned_shape(
        api.get("/v1/credit_notes/preview", {"invoice": invoice["id"], "amount": 100})
    )
    assert_pinned_shape(api.post(f"/v1/credit_notes/{note['id']}/void"))
    created = next(e for e in fake.events if e["type"] == "credit_note.created")
    assert created["data"]["object"]["id"] == note["id"]
    for event in fake.events:
        assert_pinned_shape(event)


def test_invoice_payments_have_the_pinned_shape(api: Api, fake: FakeStripe) -> None:
    invoice = _open_invoice(api)
    api.post(f"/v1/invoices/{invoice['id']}/pay", {"payment_method": "pm_card_visa"})
    page = api.get("/v1/invoice_payments", {"invoice": invoice["id"]})
    assert_pinned_shape(page)
    (payment,) = page["data"]
    assert payment["invoice"] == invoice["id"]
    assert_pinned_shape(api.get(f"/v1/invoice_payments/{payment['id']}"))
    expanded = api.get(f"/v1/invoice_payments/{payment['id']}", {"expand": ["invoice"]})
    assert expanded["invoice"]["id"] == invoice["id"]
    for event in fake.events:
        assert_pinned_shape(event)


def test_an_unknown_invoice_or_line_is_a_404(api: Api) -> None:
    invoice = _open_invoice(api)
    missing = api.post("/v1/credit_notes", {"invoice": "in_nope", "amount": 1}, expect=404)
    assert error_of(missing)["param"] == "invoice"
    bad_line = api.post(
        "/v1/credit_notes",
        {
            "invoice": invoice["id"],
            "lines": [{"type": "invoice_line_item", "invoice_line_item": "il_nope"}],
        },
        expect=404,
    )
    assert error_of(bad_line)["param"] == "lines[0][invoice_line_item]"
    assert error_of(api.get("/v1/invoice_payments/inpay_nope", expect=404))["code"] == (
        "resource_missing"
    )


def test_a_custom_line_needs_a_description(api: Api) -> None:
    invoice = _open_invoice(api)
    refused = api.post(
        "/v1/credit_notes",
        {"invoice": invoice["id"], "lines": [{"type": "custom_line_item", "unit_amount": 5}]},
        expect=400,
    )
    assert error_of(refused)["param"] == "lines[0][description]"


def test_tax_ids_and_balance_transactions_have_the_pinned_shape(api: Api, fake: FakeStripe) -> None:
    customer = api.customer(email="b@example.com")
    base = f"/v1/customers/{customer['id']}"
    tax_id = api.post(f"{base}/tax_ids", {"type": "gb_vat", "value": "GB123456789"})
    assert tax_id["country"] == "GB"
    assert_pinned_shape(tax_id)
    assert_pinned_shape(api.get(f"{base}/tax_ids"))
    assert_pinned_shape(api.delete(f"{base}/tax_ids/{tax_id['id']}"))
    credit = api.post(f"{base}/balance_transactions", {"amount": -700, "currency": "usd"})
    assert_pinned_shape(credit)
    assert_pinned_shape(api.get(f"{base}/balance_transactions"))
    api.item(customer["id"], 1000)
    invoice = api.invoice(customer["id"])
    finalized = api.post(f"/v1/invoices/{invoice['id']}/finalize")
    assert (finalized["starting_balance"], finalized["ending_balance"]) == (-700, 0)
    assert_pinned_shape(finalized)
    for event in fake.events:
        assert_pinned_shape(event)


def test_a_transaction_of_another_customer_is_a_404(api: Api) -> None:
    ada, bob = api.customer(), api.customer()
    credit = api.post(
        f"/v1/customers/{ada['id']}/balance_transactions", {"amount": -1, "currency": "usd"}
    )
    missing = api.get(f"/v1/customers/{bob['id']}/balance_transactions/{credit['id']}", expect=404)
    assert error_of(missing)["code"] == "resource_missing"
