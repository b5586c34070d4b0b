"""The table of parameters the fake accepts but doesn't act on (`_unmodelled_params`): each
names a parameter its operation accepts, inert or refused, never both; a refused one is a 400
naming it for any value but what the fake always behaves as, before anything is applied; an
inert one changes nothing the fake answers."""

from __future__ import annotations

from typing import Any

import pytest

from stripe_invoicing_client.testing import FakeStripe
from stripe_invoicing_client.testing._accepted_params import ACCEPTED_PARAMS
from stripe_invoicing_client.testing._errors import ApiError
from stripe_invoicing_client.testing._shapes import (
    UNSET,
    AnyOf,
    Fields,
    ListOf,
    OneOf,
    Scalar,
    Unsettable,
)
from stripe_invoicing_client.testing._unmodelled_params import INERT, REFUSED, refuse_unmodelled

from .support import Api, error_of

ENTRIES = sorted((op, name) for table in (REFUSED, INERT) for op in table for name in table[op])
REFUSED_ENTRIES = sorted((op, name) for op in REFUSED for name in REFUSED[op])
# Values the fake can't act on, by the parameter's shape: one of them is refused.
NOT_EMPTY: dict[type, list[Any]] = {
    Fields: [
        {"x": 1},
        {"enabled": True},
        {"type": "account", "account": "acct_1"},
        {"type": "flexible"},
        {"validate_location": "immediately"},
        {"payment_method_types": ["us_bank_account"]},
        {"account_tax_ids": ["txi_1"]},
        {"end_behavior": {"billing_cycle_anchor": "unchanged"}},
    ],
    ListOf: [["x"]],
    Scalar: [1_900_000_000, True, "x"],
}


def _candidates(shape: Any) -> list[Any]:
    if isinstance(shape, Unsettable):
        return _candidates(shape.inner)
    if isinstance(shape, AnyOf):
        return [value for option in shape.options for value in _candidates(option)]
    if isinstance(shape, OneOf):
        return list(shape.values)
    return NOT_EMPTY.get(type(shape), NOT_EMPTY[Scalar])


@pytest.mark.parametrize(("operation_id", "name"), ENTRIES)
def test_each_entry_is_an_accepted_parameter_of_its_operation(operation_id: str, name: str) -> None:
    assert name in ACCEPTED_PARAMS[operation_id].fields
    assert not (name in REFUSED.get(operation_id, {}) and name in INERT.get(operation_id, {}))


@pytest.mark.parametrize(("operation_id", "name"), REFUSED_ENTRIES)
def test_each_refused_parameter_is_refused_by_name_unless_empty(
    operation_id: str, name: str
) -> None:
    empties: list[Any] = [None, UNSET, False, "", [], {}, {"enabled": False}]
    for empty in empties:
        refuse_unmodelled(operation_id, "the operation", {name: empty})
    refusals = []
    for value in _candidates(ACCEPTED_PARAMS[operation_id].fields[name]):
        try:
            refuse_unmodelled(operation_id, "the operation", {name: value})
        except ApiError as error:
            refusals.append(error)
    assert refusals, f"{operation_id} {name}: nothing refused"
    assert all(e.param == name and "FakeStripe does not model" in e.message for e in refusals)


VAT = {"display_name": "VAT", "inclusive": False, "percentage": 10}


def _open_invoice(api: Api) -> dict[str, Any]:
    customer = api.customer_with_card()
    api.item(customer["id"], 1000)
    invoice = api.invoice(customer["id"])
    return dict(api.post(f"/v1/invoices/{invoice['id']}/finalize"))


@pytest.mark.parametrize(
    ("path", "params", "param"),
    [
        ("/v1/invoices/{invoice}", {"transfer_data": {"destination": "acct_1"}}, "transfer_data"),
        ("/v1/invoices/{invoice}", {"shipping_cost": {"shipping_rate": "shr_1"}}, "shipping_cost"),
        (
            "/v1/invoices/{invoice}/lines/{line}",
            {"tax_amounts": [{"amount": 10, "taxable_amount": 100, "tax_rate_data": VAT}]},
            "tax_amounts",
        ),
    ],
)
def test_a_refused_change_leaves_the_draft_as_it_was(
    api: Api, fake: FakeStripe, path: str, params: dict[str, Any], param: str
) -> None:
    customer = api.customer()
    api.item(customer["id"], 1000)
    draft = api.invoice(customer["id"])
    line = draft["lines"]["data"][0]["id"]
    url = path.format(invoice=draft["id"], line=line)
    writes = len(fake.writes)
    body = api.post(url, params, expect=400)
    assert error_of(body)["param"] == param
    assert "FakeStripe does not model" in error_of(body)["message"]
    assert len(fake.writes) == writes
    assert api.get(f"/v1/invoices/{draft['id']}")["total"] == 1000


def test_a_credit_note_for_shipping_is_refused(api: Api) -> None:
    invoice = _open_invoice(api)
    params = {"invoice": invoice["id"], "shipping_cost": {"shipping_rate": "shr_1"}}
    for method, path in (("POST", "/v1/credit_notes"), ("GET", "/v1/credit_notes/preview")):
        body = api.request(method, path, params, expect=400)
        assert error_of(body)["param"] == "shipping_cost"


@pytest.mark.parametrize(
    "params", [{}, {"forgive": True, "mandate": "mandate_1", "off_session": False}]
)
def test_inert_parameters_of_pay_change_nothing(api: Api, params: dict[str, Any]) -> None:
    invoice = _open_invoice(api)
    paid = api.post(f"/v1/invoices/{invoice['id']}/pay", params)
    assert (paid["status"], paid["amount_paid"]) == ("paid", 1000)
