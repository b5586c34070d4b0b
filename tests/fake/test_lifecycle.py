"""The invoice lifecycle table: complete, consulted by every handler, and Stripe's rules."""

from __future__ import annotations

import pytest

from stripe_invoicing_client._generated._request_schemas import REQUEST_SCHEMAS
from stripe_invoicing_client.testing import FakeStripe
from stripe_invoicing_client.testing._lifecycle import (
    LIFECYCLE,
    STATUSES,
    UPDATE_ACTIONS,
    Allowed,
)

from .support import STEPS_TO, Api, error_of

ACTIONS = {action for _, action in LIFECYCLE}


def _at(api: Api, status: str, collection: str = "send_invoice") -> dict[str, object]:
    customer = api.customer()
    params: dict[str, object] = {"customer": customer["id"], "collection_method": collection}
    invoice = api.post("/v1/invoices", params)
    api.item(customer["id"], 4200, invoice=invoice["id"])
    steps = STEPS_TO[status]
    for step in steps:
        body = {"paid_out_of_band": True} if step == "pay" else None
        api.post(f"/v1/invoices/{invoice['id']}/{step}", body)
    final: dict[str, object] = api.get(f"/v1/invoices/{invoice['id']}")
    return final


def test_every_status_and_action_has_one_entry() -> None:
    assert set(LIFECYCLE) == {(s, a) for s in STATUSES for a in ACTIONS}
    for outcome in LIFECYCLE.values():
        if isinstance(outcome, Allowed) and outcome.then is not None:
            assert outcome.then in STATUSES


def test_every_update_parameter_of_the_spec_is_classified() -> None:
    """A parameter the table doesn't know would be treated as a financial one; the spec's
    list and the table's are kept equal so that never happens silently."""
    accepted = set(REQUEST_SCHEMAS["PostInvoicesInvoice"]["properties"])
    assert set(UPDATE_ACTIONS) == accepted
    assert set(UPDATE_ACTIONS.values()) <= ACTIONS


def test_a_paid_invoice_can_be_sent_and_is_recorded(api: Api, fake: FakeStripe) -> None:
    invoice = _at(api, "paid")
    sent = api.post(f"/v1/invoices/{invoice['id']}/send")
    assert sent["status"] == "paid"
    assert [s.invoice for s in fake.sent_invoices] == [invoice["id"]]
    assert fake.events[-1]["type"] == "invoice.sent"


def test_a_void_invoice_cannot_be_sent(api: Api, fake: FakeStripe) -> None:
    invoice = _at(api, "void")
    body = api.post(f"/v1/invoices/{invoice['id']}/send", expect=400)
    assert error_of(body)["code"] == "invoice_not_editable"
    assert fake.sent_invoices == []


@pytest.mark.parametrize("status", ["open", "paid", "void", "uncollectible"])
def test_descriptive_fields_change_after_finalization(api: Api, status: str) -> None:
    invoice = _at(api, status)
    changes = {
        "description": "Corrected",
        "footer": "Thanks",
        "metadata": {"po": "42"},
        "custom_fields": [{"name": "PO", "value": "42"}],
        "rendering": {"pdf": {"page_size": "a4"}},
    }
    updated = api.post(f"/v1/invoices/{invoice['id']}", changes)
    assert updated["description"] == "Corrected" and updated["footer"] == "Thanks"
    assert updated["metadata"] == {"po": "42"}
    assert (updated["status"], updated["total"]) == (status, invoice["total"])


@pytest.mark.parametrize("status", ["open", "paid", "void", "uncollectible"])
@pytest.mark.parametrize(
    "change",
    [
        {"collection_method": "charge_automatically"},
        {"number": "X-1"},
        {"discounts": ""},
        {"description": "fine", "application_fee_amount": 5},
    ],
    ids=["collection_method", "number", "discounts", "application_fee_amount"],
)
def test_financial_fields_lock_at_finalization(
    api: Api, status: str, change: dict[str, object]
) -> None:
    invoice = _at(api, status)
    body = api.post(f"/v1/invoices/{invoice['id']}", change, expect=400)
    error = error_of(body)
    locked = next(name for name in change if name != "description")
    assert (error["code"], error["param"]) == ("invoice_not_editable", locked)
    after = api.get(f"/v1/invoices/{invoice['id']}")
    assert after["description"] == invoice["description"]  # nothing applied


@pytest.mark.parametrize("status", ["open", "uncollectible"])
def test_payment_settings_change_while_payable(api: Api, status: str) -> None:
    invoice = _at(api, status)
    updated = api.post(
        f"/v1/invoices/{invoice['id']}", {"auto_advance": True, "statement_descriptor": "ACME"}
    )
    assert updated["auto_advance"] is True and updated["statement_descriptor"] == "ACME"


@pytest.mark.parametrize("status", ["open", "paid", "void", "uncollectible"])
@pytest.mark.parametrize("name", ["due_date", "days_until_due"])
def test_the_due_date_is_fixed_at_finalization(api: Api, status: str, name: str) -> None:
    # Stripe: due_date and days_until_due can only be updated on draft invoices.
    invoice = _at(api, status)
    value = 5 if name == "days_until_due" else int(str(invoice["created"])) + 90 * 86_400
    body = api.post(f"/v1/invoices/{invoice['id']}", {name: value}, expect=400)
    error = error_of(body)
    assert (error["code"], error["param"]) == ("invoice_not_editable", name)
    assert "due date" in error["message"]
    assert api.get(f"/v1/invoices/{invoice['id']}")["due_date"] == invoice["due_date"]


@pytest.mark.parametrize("status", ["open", "paid", "void", "uncollectible"])
def test_items_on_a_finalized_invoice_are_locked(api: Api, status: str) -> None:
    invoice = _at(api, status)
    item = api.get("/v1/invoiceitems", {"invoice": invoice["id"]})["data"][0]
    for body in (
        api.post(f"/v1/invoiceitems/{item['id']}", {"description": "x"}, expect=400),
        api.delete(f"/v1/invoiceitems/{item['id']}", expect=400),
        api.post(
            "/v1/invoiceitems",
            {
                "customer": invoice["customer"],
                "amount": 1,
                "currency": "usd",
                "invoice": invoice["id"],
            },
            expect=400,
        ),
        api.post(f"/v1/invoices/{invoice['id']}/add_lines", {"lines": [{"amount": 1}]}, expect=400),
    ):
        assert error_of(body)["code"] == "invoice_not_editable"
    assert api.get(f"/v1/invoices/{invoice['id']}")["total"] == 4200
