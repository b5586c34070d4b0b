"""Invoice lifecycle: creation, totals, every allowed and refused transition."""

from __future__ import annotations

from typing import Any

import pytest

from stripe_invoicing_client.testing import DECLINE_METADATA_KEY, FakeStripe

from .support import STEPS_TO, Api, assert_pinned_shape, error_of

DAY = 86_400


def _draft(api: Api, **params: Any) -> dict[str, Any]:
    customer = api.customer_with_card(email="billing@example.com", name="Acme")
    api.item(customer["id"], 1500, description="Setup")
    api.item(customer["id"], 2500, description="Support")
    return api.invoice(customer["id"], **params)


def test_create_pulls_in_pending_items_and_totals_follow(api: Api, fake: FakeStripe) -> None:
    invoice = _draft(api)
    assert invoice["id"].startswith("in_")
    assert invoice["status"] == "draft"
    assert invoice["number"] is None
    assert [line["amount"] for line in invoice["lines"]["data"]] == [1500, 2500]
    assert all(line["id"].startswith("il_") for line in invoice["lines"]["data"])
    for name in ("subtotal", "total", "amount_due", "amount_remaining"):
        assert invoice[name] == 4000
    assert invoice["amount_paid"] == 0
    assert invoice["lines"]["url"] == f"/v1/invoices/{invoice['id']}/lines"
    assert invoice["customer_email"] == "billing@example.com"
    assert_pinned_shape(invoice)
    items = api.get("/v1/invoiceitems", {"invoice": invoice["id"]})
    assert {i["invoice"] for i in items["data"]} == {invoice["id"]}


@pytest.mark.parametrize("behavior", [{"pending_invoice_items_behavior": "exclude"}, {}])
def test_exclude_leaves_pending_items_alone(api: Api, behavior: dict[str, str]) -> None:
    # Stripe excludes pending items unless told to include them (the parameter's default).
    customer = api.customer()
    item = api.item(customer["id"], 700)
    invoice = api.post("/v1/invoices", {"customer": customer["id"], **behavior})
    assert invoice["total"] == 0
    assert invoice["lines"]["data"] == []
    assert api.get(f"/v1/invoiceitems/{item['id']}")["invoice"] is None


def test_expand_customer(api: Api) -> None:
    invoice = _draft(api, expand=["customer"])
    assert invoice["customer"]["object"] == "customer"
    assert_pinned_shape(invoice)
    # Expandable, but not expanded by the fake: the id stays.
    plain = api.get(f"/v1/invoices/{invoice['id']}", {"expand": ["default_payment_method"]})
    assert isinstance(plain["customer"], str)
    listed = api.get("/v1/invoices", {"expand": ["data.customer"]})
    assert listed["data"][0]["customer"]["id"] == invoice["customer"]["id"]


def test_payment_method_types_show_as_sent_and_change_by_update(api: Api) -> None:
    # stripe-python 16.1's `InvoiceCreateParamsPaymentSettings` / `InvoiceModifyParams...`:
    # `payment_method_types` sent on create or update, `""` clears it (only cards are taken:
    # tests/fake/test_unmodelled_params.py).
    cards = {"payment_settings": {"payment_method_types": ["card"]}}
    made = api.invoice(api.customer()["id"], **cards)
    path = f"/v1/invoices/{made['id']}"
    shown = [
        made,
        api.get(path),
        api.post(path, {"description": "other fields leave them"}),
        api.post(path, {"payment_settings": {"payment_method_types": ""}}),
        api.post(path, cards),
    ]
    types = [invoice["payment_settings"]["payment_method_types"] for invoice in shown]
    assert types == [["card"], ["card"], ["card"], None, ["card"]]
    assert_pinned_shape(shown[-1])


def test_send_invoice_due_date_and_send(api: Api, fake: FakeStripe) -> None:
    invoice = _draft(api, collection_method="send_invoice", days_until_due=14)
    assert invoice["due_date"] == invoice["created"] + 14 * DAY
    fake.clock.advance(30)
    sent = api.post(f"/v1/invoices/{invoice['id']}/send")
    assert sent["status"] == "open"  # sending a draft finalizes it
    assert sent["number"].endswith("-0001")
    assert sent["status_transitions"]["finalized_at"] == fake.clock.now()
    assert sent["hosted_invoice_url"]
    assert [s.invoice for s in fake.sent_invoices] == [invoice["id"]]
    assert fake.sent_invoices[0].email == "billing@example.com"
    types = [e["type"] for e in fake.events]
    assert types[-2:] == ["invoice.finalized", "invoice.sent"]
    assert_pinned_shape(sent)


def test_send_refused_for_charge_automatically(api: Api) -> None:
    invoice = _draft(api)
    error = error_of(api.post(f"/v1/invoices/{invoice['id']}/send", expect=400))
    assert "send_invoice" in error["message"]


def test_days_until_due_refused_for_charge_automatically(api: Api) -> None:
    customer = api.customer()
    body = api.post("/v1/invoices", {"customer": customer["id"], "days_until_due": 3}, expect=400)
    assert error_of(body)["param"] == "days_until_due"


def test_finalize_pay_charge_automatically(api: Api, fake: FakeStripe) -> None:
    invoice = _draft(api)
    final = api.post(f"/v1/invoices/{invoice['id']}/finalize")
    assert final["status"] == "open"
    assert final["number"]
    paid = api.post(f"/v1/invoices/{invoice['id']}/pay")
    assert paid["status"] == "paid"
    assert paid["amount_paid"] == 4000
    assert paid["amount_remaining"] == 0
    assert paid["attempt_count"] == 1
    assert paid["status_transitions"]["paid_at"] == fake.clock.now()
    types = [e["type"] for e in fake.events]
    # The payment is recorded as an invoice payment (issue 13).
    assert types[-3:] == ["invoice.paid", "invoice.payment_succeeded", "invoice_payment.paid"]
    assert_pinned_shape(paid)


@pytest.mark.parametrize("action", ["finalize", "pay"])
def test_a_finalized_invoice_is_no_longer_scheduled_to_finalize(
    api: Api, fake: FakeStripe, action: str
) -> None:
    # Stripe: automatically_finalizes_at is always null once the invoice is not a draft.
    when = fake.clock.now() + 3 * DAY
    invoice = _draft(api, auto_advance=True, automatically_finalizes_at=when)
    assert invoice["automatically_finalizes_at"] == when
    done = api.post(f"/v1/invoices/{invoice['id']}/{action}")
    assert done["status"] != "draft"
    assert done["automatically_finalizes_at"] is None
    assert api.get(f"/v1/invoices/{invoice['id']}")["automatically_finalizes_at"] is None


@pytest.mark.parametrize(
    ("closing", "params", "advancing"),
    [
        ("finalize", {}, True),
        ("pay", {}, False),
        ("pay", {"paid_out_of_band": True}, False),
        ("void", {}, False),
        ("mark_uncollectible", {}, False),
    ],
)
def test_only_draft_and_open_invoices_advance(
    api: Api, closing: str, params: dict[str, Any], advancing: bool
) -> None:
    # Stripe: auto_advance is always false on a paid, void or uncollectible invoice.
    invoice = _draft(api, auto_advance=True)
    if closing != "finalize":
        api.post(f"/v1/invoices/{invoice['id']}/finalize")
    closed = api.post(f"/v1/invoices/{invoice['id']}/{closing}", params)
    assert closed["auto_advance"] is advancing
    assert api.get(f"/v1/invoices/{invoice['id']}")["auto_advance"] is advancing


def test_invoice_numbers_follow_the_customer_sequence(api: Api) -> None:
    customer = api.customer()
    numbers = []
    for amount in (100, 200):
        api.item(customer["id"], amount)
        invoice = api.invoice(customer["id"])
        numbers.append(api.post(f"/v1/invoices/{invoice['id']}/finalize")["number"])
    prefix = api.get(f"/v1/customers/{customer['id']}")["invoice_prefix"]
    assert numbers == [f"{prefix}-0001", f"{prefix}-0002"]


def test_paid_out_of_band(api: Api, fake: FakeStripe) -> None:
    invoice = _draft(api, collection_method="send_invoice")
    api.post(f"/v1/invoices/{invoice['id']}/finalize")
    paid = api.post(f"/v1/invoices/{invoice['id']}/pay", {"paid_out_of_band": True})
    assert paid["status"] == "paid"
    assert paid["amount_paid"] == 4000
    assert [e["type"] for e in fake.events][-1] == "invoice.paid"


@pytest.mark.parametrize("switch", ["method", "metadata"])
def test_declined_payment(api: Api, fake: FakeStripe, switch: str) -> None:
    invoice = _draft(api)
    if switch == "method":
        fake.fail_payments_for(invoice["customer"], "insufficient_funds")
    else:
        api.post(
            f"/v1/customers/{invoice['customer']}",
            {"metadata": {DECLINE_METADATA_KEY: "insufficient_funds"}},
        )
    api.post(f"/v1/invoices/{invoice['id']}/finalize")
    body = api.post(f"/v1/invoices/{invoice['id']}/pay", expect=402)
    error = error_of(body)
    assert error["type"] == "card_error"
    assert error["code"] == "card_declined"
    assert error["decline_code"] == "insufficient_funds"
    assert_pinned_shape(body)
    after = api.get(f"/v1/invoices/{invoice['id']}")
    assert after["status"] == "open"
    assert after["attempt_count"] == 1
    assert [e["type"] for e in fake.events][-1] == "invoice.payment_failed"
    if switch == "method":
        fake.allow_payments_for(invoice["customer"])
        # Paid by a manual attempt after the first: not counted (`Invoice.attempt_count`).
        assert api.post(f"/v1/invoices/{invoice['id']}/pay")["attempt_count"] == 1


def test_paying_with_no_payment_method_on_file_is_a_400_with_no_code(
    api: Api, fake: FakeStripe
) -> None:
    # Stripe's code for it is not documented: the fake gives none rather than invent one.
    customer = api.customer()
    api.item(customer["id"], 1000)
    invoice = api.invoice(customer["id"])
    events = len(fake.events)
    body = api.post(f"/v1/invoices/{invoice['id']}/pay", expect=400)
    error = error_of(body)
    assert set(error) == {"type", "message", "request_log_url"}
    assert error["type"] == "invalid_request_error"
    assert f"Customer {customer['id']} has no payment method to charge" in error["message"]
    assert_pinned_shape(body)
    assert len(fake.events) == events
    assert api.get(f"/v1/invoices/{invoice['id']}")["status"] == "draft"


def test_void_and_mark_uncollectible(api: Api, fake: FakeStripe) -> None:
    first = _draft(api)
    api.post(f"/v1/invoices/{first['id']}/finalize")
    voided = api.post(f"/v1/invoices/{first['id']}/void")
    assert voided["status"] == "void"
    assert voided["status_transitions"]["voided_at"] is not None

    second = _draft(api)
    api.post(f"/v1/invoices/{second['id']}/finalize")
    bad = api.post(f"/v1/invoices/{second['id']}/mark_uncollectible")
    assert bad["status"] == "uncollectible"
    assert bad["status_transitions"]["marked_uncollectible_at"] is not None
    assert api.post(f"/v1/invoices/{second['id']}/pay")["status"] == "paid"

    third = _draft(api)
    api.post(f"/v1/invoices/{third['id']}/finalize")
    api.post(f"/v1/invoices/{third['id']}/mark_uncollectible")
    assert api.post(f"/v1/invoices/{third['id']}/void")["status"] == "void"
    types = [e["type"] for e in fake.events]
    assert "invoice.voided" in types and "invoice.marked_uncollectible" in types


@pytest.mark.parametrize("method", ["charge_automatically", "send_invoice"])
def test_zero_amount_invoice_is_paid_on_finalize(api: Api, method: str) -> None:
    customer = api.customer()
    invoice = api.invoice(customer["id"], collection_method=method)
    final = api.post(f"/v1/invoices/{invoice['id']}/finalize")
    assert final["status"] == "paid"
    # As Stripe's finalize example shows: attempted, though no payment was tried.
    assert (final["attempted"], final["attempt_count"]) == (True, 0)
    assert final["amount_paid"] == final["amount_remaining"] == 0
    transitions = final["status_transitions"]
    assert transitions["paid_at"] == transitions["finalized_at"] is not None


def _at(api: Api, status: str) -> dict[str, Any]:
    invoice = _draft(api, collection_method="send_invoice")
    path = f"/v1/invoices/{invoice['id']}"
    steps = STEPS_TO[status]
    for step in steps:
        api.post(f"{path}/{step}")
    return invoice


# Stripe refuses a void of a non-open invoice without an error code.
NO_CODE = {"void"}
REFUSED = [
    ("draft", "void"),
    ("draft", "mark_uncollectible"),
    ("open", "finalize"),
    ("paid", "finalize"),
    ("paid", "pay"),
    ("paid", "void"),
    ("paid", "mark_uncollectible"),
    ("void", "pay"),
    ("void", "void"),
    ("void", "finalize"),
    ("void", "send"),
    ("void", "mark_uncollectible"),
    ("uncollectible", "mark_uncollectible"),
    ("uncollectible", "finalize"),
]


@pytest.mark.parametrize(("status", "action"), REFUSED)
def test_refused_transitions(api: Api, status: str, action: str) -> None:
    invoice = _at(api, status)
    body = api.post(f"/v1/invoices/{invoice['id']}/{action}", expect=400)
    error = error_of(body)
    assert error.get("code") == (None if action in NO_CODE else "invoice_not_editable")
    assert error["type"] == "invalid_request_error"
    assert error["message"]
    assert_pinned_shape(body)
    assert api.get(f"/v1/invoices/{invoice['id']}")["status"] == status


@pytest.mark.parametrize("status", ["open", "paid", "void", "uncollectible"])
def test_only_drafts_are_deleted_or_edited(api: Api, status: str) -> None:
    invoice = _at(api, status)
    path = f"/v1/invoices/{invoice['id']}"
    assert error_of(api.delete(path, expect=400))["code"] == "invoice_not_editable"
    lines = {"lines": [{"amount": 5, "description": "more"}]}
    assert error_of(api.post(f"{path}/add_lines", lines, expect=400))["code"] == (
        "invoice_not_editable"
    )
    refused = api.post(path, {"collection_method": "charge_automatically"}, expect=400)
    assert error_of(refused)["code"] == "invoice_not_editable"
    # Metadata stays editable whatever the status.
    assert api.post(path, {"metadata": {"note": "ok"}})["metadata"] == {"note": "ok"}


def test_delete_draft_returns_items_to_pending(api: Api, fake: FakeStripe) -> None:
    invoice = _draft(api)
    deleted = api.delete(f"/v1/invoices/{invoice['id']}")
    assert deleted == {"id": invoice["id"], "object": "invoice", "deleted": True}
    assert_pinned_shape(deleted)
    assert error_of(api.get(f"/v1/invoices/{invoice['id']}", expect=404))["code"] == (
        "resource_missing"
    )
    pending = api.get("/v1/invoiceitems", {"pending": True, "customer": invoice["customer"]})
    assert len(pending["data"]) == 2
    assert fake.events[-1]["type"] == "invoice.deleted"


def test_update_draft_records_previous_attributes(api: Api, fake: FakeStripe) -> None:
    invoice = _draft(api)
    updated = api.post(
        f"/v1/invoices/{invoice['id']}",
        {"description": "March", "collection_method": "send_invoice", "days_until_due": 5},
    )
    assert updated["due_date"] == invoice["created"] + 5 * DAY
    event = fake.events[-1]
    assert event["type"] == "invoice.updated"
    assert event["data"]["previous_attributes"] == {
        "description": None,
        "collection_method": "charge_automatically",
        "due_date": None,
    }


def test_create_preview_stores_nothing(api: Api, fake: FakeStripe) -> None:
    customer = api.customer()
    api.item(customer["id"], 1000)
    events = len(fake.events)
    preview = api.post(
        "/v1/invoices/create_preview",
        {"customer": customer["id"], "invoice_items": [{"amount": 250, "currency": "usd"}]},
    )
    assert preview["total"] == 1250
    assert preview["lines"]["total_count"] == 2
    assert_pinned_shape(preview)
    assert len(fake.events) == events
    assert api.get("/v1/invoices")["data"] == []
