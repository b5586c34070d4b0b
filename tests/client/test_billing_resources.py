"""The resources of issue 13 (credit notes, invoice payments, tax IDs, balance transactions,
tax rates, products, prices, coupons, events), sync and async: what goes on the wire and what
comes back, for every method; list and search methods as lazy pagers."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
import respx

from stripe_invoicing_client import AsyncPager, RawResponse, SyncPager
from stripe_invoicing_client._generated import models
from stripe_invoicing_client.webhooks import Event

from ._support import (
    UUID4,
    Body,
    Call,
    collect,
    form,
    list_page,
    method_at,
    obj,
    query,
    run,
    search_page,
)
from .test_resources import check_headers


def _deleted(object_: str, id_: str) -> Body:
    return lambda: {"id": id_, "object": object_, "deleted": True}


_CN = obj("credit_note", "cn_1", amount=500)
_IN = obj("invoice", "in_1", status="paid")

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
        obj("invoice_payment", "inpay_1", amount_paid=500),
        models.InvoicePayment,
    ),
    Call(
        "tax_rates.create",
        (),
        {"display_name": "VAT", "percentage": 19.5, "inclusive": False, "country": "DE"},
        "POST",
        "/v1/tax_rates",
        [
            ("display_name", "VAT"),
            ("percentage", "19.5"),
            ("inclusive", "false"),
            ("country", "DE"),
        ],
        obj("tax_rate", "txr_1"),
        models.TaxRate,
    ),
    Call(
        "tax_rates.retrieve",
        ("txr_1",),
        {},
        "GET",
        "/v1/tax_rates/txr_1",
        [],
        obj("tax_rate", "txr_1"),
        models.TaxRate,
    ),
    Call(
        "tax_rates.update",
        ("txr_1",),
        {"active": False},
        "POST",
        "/v1/tax_rates/txr_1",
        [("active", "false")],
        obj("tax_rate", "txr_1"),
        models.TaxRate,
    ),
    Call(
        "coupons.create",
        (),
        {"percent_off": 12.5, "duration": "repeating", "duration_in_months": 3},
        "POST",
        "/v1/coupons",
        [("percent_off", "12.5"), ("duration", "repeating"), ("duration_in_months", "3")],
        obj("coupon", "SPRING"),
        models.Coupon,
    ),
    Call(
        "coupons.retrieve",
        ("SPRING",),
        {},
        "GET",
        "/v1/coupons/SPRING",
        [],
        obj("coupon", "SPRING"),
        models.Coupon,
    ),
    Call(
        "coupons.update",
        ("SPRING",),
        {"name": "Spring sale"},
        "POST",
        "/v1/coupons/SPRING",
        [("name", "Spring sale")],
        obj("coupon", "SPRING"),
        models.Coupon,
    ),
    Call(
        "coupons.delete",
        ("SPRING",),
        {},
        "DELETE",
        "/v1/coupons/SPRING",
        [],
        _deleted("coupon", "SPRING"),
        models.DeletedCoupon,
    ),
    Call(
        "products.create",
        (),
        {
            "name": "Workshop",
            "default_price_data": {"currency": "eur", "unit_amount_decimal": "1250.5"},
            "marketing_features": [{"name": "Recording"}],
        },
        "POST",
        "/v1/products",
        [
            ("name", "Workshop"),
            ("default_price_data[currency]", "eur"),
            ("default_price_data[unit_amount_decimal]", "1250.5"),
            ("marketing_features[0][name]", "Recording"),
        ],
        obj("product", "prod_1"),
        models.Product,
    ),
    Call(
        "products.retrieve",
        ("prod_1",),
        {"expand": ["default_price"]},
        "GET",
        "/v1/products/prod_1",
        [("expand[0]", "default_price")],
        obj("product", "prod_1"),
        models.Product,
    ),
    Call(
        "products.update",
        ("prod_1",),
        {"active": False, "description": ""},
        "POST",
        "/v1/products/prod_1",
        [("active", "false"), ("description", "")],
        obj("product", "prod_1"),
        models.Product,
    ),
    Call(
        "products.delete",
        ("prod_1",),
        {},
        "DELETE",
        "/v1/products/prod_1",
        [],
        _deleted("product", "prod_1"),
        models.DeletedProduct,
    ),
    Call(
        "prices.create",
        (),
        {
            "product": "prod_1",
            "currency": "eur",
            "unit_amount": 2500,
            "recurring": {"interval": "month"},
            "tax_behavior": "exclusive",
        },
        "POST",
        "/v1/prices",
        [
            ("product", "prod_1"),
            ("currency", "eur"),
            ("unit_amount", "2500"),
            ("recurring[interval]", "month"),
            ("tax_behavior", "exclusive"),
        ],
        obj("price", "price_1"),
        models.Price,
    ),
    Call(
        "prices.retrieve",
        ("price_1",),
        {},
        "GET",
        "/v1/prices/price_1",
        [],
        obj("price", "price_1"),
        models.Price,
    ),
    Call(
        "prices.update",
        ("price_1",),
        {"lookup_key": "seat", "transfer_lookup_key": True},
        "POST",
        "/v1/prices/price_1",
        [("lookup_key", "seat"), ("transfer_lookup_key", "true")],
        obj("price", "price_1"),
        models.Price,
    ),
    Call(
        "customers.tax_ids.create",
        ("cus_1",),
        {"type": "eu_vat", "value": "DE123456789"},
        "POST",
        "/v1/customers/cus_1/tax_ids",
        [("type", "eu_vat"), ("value", "DE123456789")],
        obj("tax_id", "txi_1"),
        models.TaxId,
    ),
    Call(
        "customers.tax_ids.retrieve",
        ("cus_1", "txi_1"),
        {},
        "GET",
        "/v1/customers/cus_1/tax_ids/txi_1",
        [],
        obj("tax_id", "txi_1"),
        models.TaxId,
    ),
    Call(
        "customers.tax_ids.delete",
        ("cus_1", "txi_1"),
        {},
        "DELETE",
        "/v1/customers/cus_1/tax_ids/txi_1",
        [],
        _deleted("tax_id", "txi_1"),
        models.DeletedTaxId,
    ),
    Call(
        "customers.balance_transactions.create",
        ("cus_1",),
        {"amount": -500, "currency": "usd", "description": "Goodwill"},
        "POST",
        "/v1/customers/cus_1/balance_transactions",
        [("amount", "-500"), ("currency", "usd"), ("description", "Goodwill")],
        obj("customer_balance_transaction", "cbtxn_1"),
        models.CustomerBalanceTransaction,
    ),
    Call(
        "customers.balance_transactions.retrieve",
        ("cus_1", "cbtxn_1"),
        {},
        "GET",
        "/v1/customers/cus_1/balance_transactions/cbtxn_1",
        [],
        obj("customer_balance_transaction", "cbtxn_1"),
        models.CustomerBalanceTransaction,
    ),
    Call(
        "customers.balance_transactions.update",
        ("cus_1", "cbtxn_1"),
        {"metadata": {"ticket": "7"}},
        "POST",
        "/v1/customers/cus_1/balance_transactions/cbtxn_1",
        [("metadata[ticket]", "7")],
        obj("customer_balance_transaction", "cbtxn_1"),
        models.CustomerBalanceTransaction,
    ),
    Call(
        "events.retrieve",
        ("evt_1",),
        {},
        "GET",
        "/v1/events/evt_1",
        [],
        lambda: {
            "id": "evt_1",
            "object": "event",
            "type": "invoice.paid",
            "data": {"object": {"id": "in_1", "object": "invoice"}},
        },
        Event,
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
        obj("credit_note_line_item", "cnli_1", amount=500),
        models.CreditNoteLineItem,
    ),
    Pager(
        "credit_notes.preview_lines",
        (),
        {"invoice": "in_1", "amount": 500},
        "/v1/credit_notes/preview/lines",
        [("invoice", "in_1"), ("amount", "500")],
        obj("credit_note_line_item", "cnli_1", amount=500),
        models.CreditNoteLineItem,
    ),
    Pager(
        "tax_rates.list",
        (),
        {"inclusive": True},
        "/v1/tax_rates",
        [("inclusive", "true")],
        obj("tax_rate", "txr_1"),
        models.TaxRate,
    ),
    Pager("coupons.list", (), {}, "/v1/coupons", [], obj("coupon", "SPRING"), models.Coupon),
    Pager(
        "products.list",
        (),
        {"active": True, "ids": ["prod_1", "prod_2"]},
        "/v1/products",
        [("active", "true"), ("ids[0]", "prod_1"), ("ids[1]", "prod_2")],
        obj("product", "prod_1"),
        models.Product,
    ),
    Pager(
        "prices.list",
        (),
        {"product": "prod_1", "type": "recurring", "lookup_keys": ["seat"]},
        "/v1/prices",
        [("product", "prod_1"), ("type", "recurring"), ("lookup_keys[0]", "seat")],
        obj("price", "price_1"),
        models.Price,
    ),
    Pager(
        "customers.tax_ids.list",
        ("cus_1",),
        {"limit": 5},
        "/v1/customers/cus_1/tax_ids",
        [("limit", "5")],
        obj("tax_id", "txi_1"),
        models.TaxId,
    ),
    Pager(
        "customers.balance_transactions.list",
        ("cus_1",),
        {"invoice": "in_1"},
        "/v1/customers/cus_1/balance_transactions",
        [("invoice", "in_1")],
        obj("customer_balance_transaction", "cbtxn_1"),
        models.CustomerBalanceTransaction,
    ),
    Pager(
        "events.list",
        (),
        {"type": "invoice.*", "created": {"gte": 1700000000}},
        "/v1/events",
        [("type", "invoice.*"), ("created[gte]", "1700000000")],
        lambda: {
            "id": "evt_1",
            "object": "event",
            "type": "customer.created",
            "data": {"object": {"id": "cus_1", "object": "customer"}},
        },
        Event,
    ),
    Pager(
        "invoice_payments.list",
        (),
        {"invoice": "in_1", "status": "paid"},
        "/v1/invoice_payments",
        [("invoice", "in_1"), ("status", "paid")],
        obj("invoice_payment", "inpay_1"),
        models.InvoicePayment,
    ),
]


SEARCHES = [
    ("products", "name:'Workshop' AND active:'true'", models.Product, "product", "prod_1"),
    ("prices", "lookup_key:'seat'", models.Price, "price", "price_1"),
]


@pytest.mark.parametrize(("resource", "query_text", "model", "object_", "id_"), SEARCHES)
async def test_search_on_the_wire(
    client: Any,
    mock: respx.MockRouter,
    resource: str,
    query_text: str,
    model: type,
    object_: str,
    id_: str,
) -> None:
    path = f"/v1/{resource}/search"
    body = search_page([obj(object_, id_)()], False, None, path)
    route = mock.get(path).mock(return_value=httpx.Response(200, json=body))
    items = await collect(getattr(client, resource).search(query=query_text, limit=5))
    assert [type(item) for item in items] == [model]
    assert query(route.calls.last.request) == [("query", query_text), ("limit", "5")]


@pytest.mark.parametrize("case", CALLS, ids=lambda c: c.id)
async def test_call_on_the_wire(client: Any, mock: respx.MockRouter, case: Call) -> None:
    route = mock.route().mock(return_value=httpx.Response(200, json=case.body()))
    result = await run(method_at(client, case.path, case.method)(*case.args, **case.params))
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
        method_at(client.with_raw_response, case.path, case.method)(*case.args, **case.params)
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
    await run(
        method_at(client, case.path, case.method)(*("a/b?" for _ in case.args), **case.params)
    )
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
    pager = method_at(client, case.path, case.method)(*case.args, **case.params)
    assert isinstance(pager, AsyncPager if kind == "async" else SyncPager)
    assert route.call_count == 0  # lazy
    items = await collect(pager)
    assert [type(item) for item in items] == [case.item_type]
    request = route.calls.last.request
    assert query(request) == case.wire
    check_headers(request, "GET")
