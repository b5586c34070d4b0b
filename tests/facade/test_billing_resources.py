"""The resources of issue 13 (credit notes, invoice payments, tax IDs, balance transactions,
tax rates, products, prices, coupons, events), sync and async: what goes on the wire and what
comes back, for every method; list and search methods as lazy pagers."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import pytest
import respx

from stripe_invoicing_client import AsyncPager, RawResponse, SyncPager
from stripe_invoicing_client._generated import models

from ._support import UUID4, collect, form, list_page, query, run
from .test_resources import check_headers

Body = Callable[[], dict[str, Any]]


def _obj(object_: str, id_: str, **fields: Any) -> Body:
    return lambda: {"id": id_, "object": object_, **fields}


def _deleted(object_: str, id_: str) -> Body:
    return lambda: {"id": id_, "object": object_, "deleted": True}


class Call:
    def __init__(
        self,
        at: str,
        args: tuple[str, ...],
        params: dict[str, Any],
        verb: str,
        raw_path: str,
        wire: list[tuple[str, str]],
        body: Body,
        result: type,
    ) -> None:
        self.path, _, self.method = at.rpartition(".")
        self.args, self.params, self.verb, self.raw_path = args, params, verb, raw_path
        self.wire, self.body, self.result = wire, body, result
        self.id = at


def _method(client: Any, path: str, method: str) -> Any:
    for attribute in path.split("."):
        client = getattr(client, attribute)
    return getattr(client, method)


_CN = _obj("credit_note", "cn_1", amount=500)
_IN = _obj("invoice", "in_1", status="paid")

CALLS = [
    Call(
        "credit_notes.create",
        (),
        {
            "invoice": "in_1",
            "lines": [{"type": "custom_line_item", "description": "Refund", "unit_amount": 500}],
            "credit_amount": 500,
            "reason": "order_change",
        },
        "POST",
        "/v1/credit_notes",
        [
            ("invoice", "in_1"),
            ("lines[0][type]", "custom_line_item"),
            ("lines[0][description]", "Refund"),
            ("lines[0][unit_amount]", "500"),
            ("credit_amount", "500"),
            ("reason", "order_change"),
        ],
        _CN,
        models.CreditNote,
    ),
    Call(
        "credit_notes.preview",
        (),
        {"invoice": "in_1", "amount": 500, "out_of_band_amount": 500},
        "GET",
        "/v1/credit_notes/preview",
        [("invoice", "in_1"), ("amount", "500"), ("out_of_band_amount", "500")],
        _CN,
        models.CreditNote,
    ),
    Call(
        "credit_notes.retrieve",
        ("cn_1",),
        {"expand": ["invoice"]},
        "GET",
        "/v1/credit_notes/cn_1",
        [("expand[0]", "invoice")],
        _CN,
        models.CreditNote,
    ),
    Call(
        "credit_notes.update",
        ("cn_1",),
        {"memo": "Sorry for the delay", "metadata": {"ticket": "42"}},
        "POST",
        "/v1/credit_notes/cn_1",
        [("memo", "Sorry for the delay"), ("metadata[ticket]", "42")],
        _CN,
        models.CreditNote,
    ),
    Call(
        "credit_notes.void",
        ("cn_1",),
        {},
        "POST",
        "/v1/credit_notes/cn_1/void",
        [],
        _CN,
        models.CreditNote,
    ),
    Call(
        "invoice_payments.retrieve",
        ("inpay_1",),
        {},
        "GET",
        "/v1/invoice_payments/inpay_1",
        [],
        _obj("invoice_payment", "inpay_1", amount_paid=500),
        models.InvoicePayment,
    ),
    Call(
        "invoices.attach_payment",
        ("in_1",),
        {"payment_intent": "pi_1"},
        "POST",
        "/v1/invoices/in_1/attach_payment",
        [("payment_intent", "pi_1")],
        _IN,
        models.Invoice,
    ),
]


class Pager:
    def __init__(
        self,
        at: str,
        args: tuple[str, ...],
        params: dict[str, Any],
        raw_path: str,
        wire: list[tuple[str, str]],
        item: Body,
        item_type: type,
    ) -> None:
        self.path, _, self.method = at.rpartition(".")
        self.args, self.params, self.raw_path, self.wire = args, params, raw_path, wire
        self.item, self.item_type, self.id = item, item_type, at


PAGERS = [
    Pager(
        "credit_notes.list",
        (),
        {"invoice": "in_1", "limit": 3},
        "/v1/credit_notes",
        [("invoice", "in_1"), ("limit", "3")],
        _CN,
        models.CreditNote,
    ),
    Pager(
        "credit_notes.list_lines",
        ("cn_1",),
        {},
        "/v1/credit_notes/cn_1/lines",
        [],
        _obj("credit_note_line_item", "cnli_1", amount=500),
        models.CreditNoteLineItem,
    ),
    Pager(
        "credit_notes.preview_lines",
        (),
        {"invoice": "in_1", "amount": 500},
        "/v1/credit_notes/preview/lines",
        [("invoice", "in_1"), ("amount", "500")],
        _obj("credit_note_line_item", "cnli_1", amount=500),
        models.CreditNoteLineItem,
    ),
    Pager(
        "invoice_payments.list",
        (),
        {"invoice": "in_1", "status": "paid"},
        "/v1/invoice_payments",
        [("invoice", "in_1"), ("status", "paid")],
        _obj("invoice_payment", "inpay_1"),
        models.InvoicePayment,
    ),
]


@pytest.mark.parametrize("case", CALLS, ids=lambda c: c.id)
async def test_call_on_the_wire(client: Any, mock: respx.MockRouter, case: Call) -> None:
    route = mock.route().mock(return_value=httpx.Response(200, json=case.body()))
    result = await run(_method(client, case.path, case.method)(*case.args, **case.params))
    assert type(result) is case.result
    assert route.call_count == 1
    request = route.calls.last.request
    assert request.method == case.verb
    assert request.url.raw_path.partition(b"?")[0].decode() == case.raw_path
    if case.verb == "GET":
        assert query(request) == case.wire
        assert request.content == b""
    else:
        assert form(request) == case.wire
        assert request.url.query == b""
    check_headers(request, case.verb)


@pytest.mark.parametrize("case", CALLS, ids=lambda c: c.id)
async def test_raw_response(client: Any, mock: respx.MockRouter, case: Call) -> None:
    mock.route().mock(
        return_value=httpx.Response(200, json=case.body(), headers={"Request-Id": "req_b1"})
    )
    raw = await run(
        _method(client.with_raw_response, case.path, case.method)(*case.args, **case.params)
    )
    assert isinstance(raw, RawResponse)
    assert raw.request_id == "req_b1"
    assert type(raw.parsed) is case.result
    if case.verb == "GET":
        assert raw.idempotency_key is None
    else:
        assert UUID4.match(raw.idempotency_key or "")


@pytest.mark.parametrize("case", [c for c in CALLS if c.args], ids=lambda c: c.id)
async def test_ids_stay_one_encoded_segment(
    client: Any, mock: respx.MockRouter, case: Call
) -> None:
    route = mock.route().mock(return_value=httpx.Response(200, json=case.body()))
    await run(_method(client, case.path, case.method)(*("a/b?" for _ in case.args), **case.params))
    expected = case.raw_path
    for original in case.args:
        expected = expected.replace(original, "a%2Fb%3F")
    assert route.calls.last.request.url.raw_path.decode().partition("?")[0] == expected


@pytest.mark.parametrize("case", PAGERS, ids=lambda c: c.id)
async def test_pager_on_the_wire(
    client: Any, kind: str, mock: respx.MockRouter, case: Pager
) -> None:
    body = list_page([case.item()], False, case.raw_path)
    route = mock.get(case.raw_path).mock(return_value=httpx.Response(200, json=body))
    pager = _method(client, case.path, case.method)(*case.args, **case.params)
    assert isinstance(pager, AsyncPager if kind == "async" else SyncPager)
    assert route.call_count == 0  # lazy
    items = await collect(pager)
    assert [type(item) for item in items] == [case.item_type]
    request = route.calls.last.request
    assert query(request) == case.wire
    check_headers(request, "GET")
