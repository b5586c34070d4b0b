"""The invoice and invoice item as typed records: an invoice's lines are one record on the
invoice, and the JSON is rendered from it (`_invoice_store`, `_invoice_item_store`)."""

from __future__ import annotations

from typing import Any

import pytest

from stripe_invoicing_client.testing import _customers as customers
from stripe_invoicing_client.testing import _invoice_items as invoice_items
from stripe_invoicing_client.testing import _invoice_lines as invoice_lines
from stripe_invoicing_client.testing import _invoices as invoices
from stripe_invoicing_client.testing._clock import FakeClock
from stripe_invoicing_client.testing._errors import ApiError
from stripe_invoicing_client.testing._ids import IdFactory
from stripe_invoicing_client.testing._invoice_item_store import InvoiceItem, render_invoice_item
from stripe_invoicing_client.testing._invoice_store import (
    CustomerDetails,
    Invoice,
    render_invoice,
)
from stripe_invoicing_client.testing._state import RequestContext, State

START = 1_767_225_600


def _state() -> State:
    return State(clock=FakeClock(START), ids=IdFactory(0))


def _item(item_id: str, amount: int, **fields: Any) -> InvoiceItem:
    return InvoiceItem(
        id=item_id,
        customer="cus_1",
        date=START,
        period_start=START,
        period_end=START,
        amount=amount,
        net_amount=amount,
        currency="usd",
        **fields,
    )


def _invoice() -> Invoice:
    return Invoice(
        id="in_1",
        created=START,
        currency="usd",
        customer="cus_1",
        period_start=START,
        period_end=START,
        customer_details=CustomerDetails(None, None, None, None, None, "none"),
    )


def test_rendered_lines_follow_the_invoice_line_record() -> None:
    state = _state()
    state.invoice_items = {"ii_a": _item("ii_a", 100), "ii_b": _item("ii_b", 250)}
    invoice = _invoice()
    invoice.add_line("ii_b", "il_b")
    invoice.add_line("ii_a", "il_a")

    lines = render_invoice(state.invoice_items, invoice)["lines"]
    assert [(line["id"], line["amount"]) for line in lines["data"]] == [
        ("il_b", 250),
        ("il_a", 100),
    ]
    assert lines["total_count"] == 2

    invoice.remove_line("ii_b")
    lines = render_invoice(state.invoice_items, invoice)["lines"]
    assert [line["id"] for line in lines["data"]] == ["il_a"]
    assert lines["total_count"] == 1


def test_a_subscription_line_names_no_invoice_item_but_a_proration_does() -> None:
    state = _state()
    sub = {"subscription": "sub_1", "subscription_item": "si_1"}
    own = _item("ii_own", 3000, subscription_line=True, **sub)
    proration = _item("ii_pro", -500, proration=True, **sub)
    state.invoice_items = {own.id: own, proration.id: proration}
    invoice = _invoice()
    invoice.add_line(own.id, "il_own")
    invoice.add_line(proration.id, "il_pro")

    data = render_invoice(state.invoice_items, invoice)["lines"]["data"]
    details = [line["parent"]["subscription_item_details"] for line in data]
    assert [d["invoice_item"] for d in details] == [None, "ii_pro"]
    assert [d["proration"] for d in details] == [False, True]
    assert render_invoice_item(proration)["parent"] == {
        "type": "subscription_details",
        "subscription_details": {"subscription": "sub_1", "subscription_item": "si_1"},
    }


@pytest.fixture
def drafted() -> tuple[RequestContext, str]:
    state = _state()
    call = RequestContext(state, "req_1", None, "sk_test_x")
    customer = customers.create(call, {}, {"email": "ap@example.com"})
    invoice = invoices.create(call, {}, {"customer": customer["id"], "currency": "usd"})
    invoice_lines.add_lines(
        call, {"invoice": invoice["id"]}, {"lines": [{"amount": 700, "description": "kept"}]}
    )
    return call, invoice["id"]


def test_a_refused_line_edit_leaves_the_line_record_as_it_was(
    drafted: tuple[RequestContext, str],
) -> None:
    call, invoice_id = drafted
    before = [(line.item_id, line.line_id) for line in call.state.invoices[invoice_id].lines]
    items_before = set(call.state.invoice_items)

    with pytest.raises(ApiError):
        invoice_lines.add_lines(
            call,
            {"invoice": invoice_id},
            {"lines": [{"amount": 5}, {"invoice_item": "ii_missing"}]},
        )

    invoice = call.state.invoices[invoice_id]
    assert [(line.item_id, line.line_id) for line in invoice.lines] == before
    assert set(call.state.invoice_items) == items_before
    assert render_invoice(call.state.invoice_items, invoice)["total"] == 700


def test_deleting_a_draft_returns_its_items_to_pending(
    drafted: tuple[RequestContext, str],
) -> None:
    call, invoice_id = drafted
    [item_id] = call.state.invoices[invoice_id].item_ids()

    invoices.delete(call, {"invoice": invoice_id}, {})

    assert invoice_id not in call.state.invoices
    assert call.state.invoice_items[item_id].pending
    listed = invoice_items.list_all(call, {}, {"pending": True})
    assert [item["id"] for item in listed["data"]] == [item_id]
