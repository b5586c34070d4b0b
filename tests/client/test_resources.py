"""Every resource method, sync and async: what goes on the wire and what comes back."""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Any

import httpx
import pytest
import respx

from stripe_invoicing_client import (
    AsyncPager,
    AsyncStripeInvoicing,
    InvalidParameterError,
    RawResponse,
    StripeInvoicing,
    SyncPager,
    __version__,
)
from stripe_invoicing_client.models import (
    Customer,
    DeletedCustomer,
    DeletedInvoice,
    DeletedInvoiceItem,
    Invoice,
    InvoiceItem,
    LineItem,
)
from tests.seeds import seed_invoices

from ._support import (
    API_VERSION,
    KEY,
    UUID4,
    collect,
    customer,
    deleted,
    form,
    invoice,
    invoice_item,
    line_item,
    list_page,
    query,
    run,
    search_page,
)

Body = Callable[[], dict[str, Any]]


class Case:
    def __init__(
        self,
        resource: str,
        method: str,
        args: tuple[str, ...],
        params: dict[str, Any],
        verb: str,
        raw_path: str,
        wire: list[tuple[str, str]],
        body: Body,
        result: type,
    ) -> None:
        self.resource = resource
        self.method = method
        self.args = args
        self.params = params
        self.verb = verb
        self.raw_path = raw_path
        self.wire = wire
        self.body = body
        self.result = result

    @property
    def id(self) -> str:
        return f"{self.resource}.{self.method}"


CASES = [
    Case(
        "invoices",
        "create",
        (),
        {
            "customer": "cus_NeZwdNtLEOXuvB",
            "collection_method": "send_invoice",
            "days_until_due": 30,
            "auto_advance": True,
            "pending_invoice_items_behavior": "include",
            "metadata": {"order_id": "6735"},
            "custom_fields": [{"name": "PO", "value": "A-12"}],
            "default_tax_rates": ["txr_1"],
            "expand": ["customer"],
        },
        "POST",
        "/v1/invoices",
        [
            ("customer", "cus_NeZwdNtLEOXuvB"),
            ("collection_method", "send_invoice"),
            ("days_until_due", "30"),
            ("auto_advance", "true"),
            ("pending_invoice_items_behavior", "include"),
            ("metadata[order_id]", "6735"),
            ("custom_fields[0][name]", "PO"),
            ("custom_fields[0][value]", "A-12"),
            ("default_tax_rates[0]", "txr_1"),
            ("expand[0]", "customer"),
        ],
        invoice,
        Invoice,
    ),
    Case(
        "invoices",
        "retrieve",
        ("in_1MtGmC",),
        {"expand": ["customer", "lines"]},
        "GET",
        "/v1/invoices/in_1MtGmC",
        [("expand[0]", "customer"), ("expand[1]", "lines")],
        invoice,
        Invoice,
    ),
    Case(
        "invoices",
        "update",
        ("in_1MtGmC",),
        {"description": "Thanks!", "auto_advance": False, "metadata": {"order_id": "6735"}},
        "POST",
        "/v1/invoices/in_1MtGmC",
        [("description", "Thanks!"), ("auto_advance", "false"), ("metadata[order_id]", "6735")],
        invoice,
        Invoice,
    ),
    Case(
        "invoices",
        "delete",
        ("in_1MtGmC",),
        {},
        "DELETE",
        "/v1/invoices/in_1MtGmC",
        [],
        lambda: deleted("invoice", "in_1MtGmC"),
        DeletedInvoice,
    ),
    Case(
        "invoices",
        "create_preview",
        (),
        {"customer": "cus_1", "automatic_tax": {"enabled": True}, "preview_mode": "next"},
        "POST",
        "/v1/invoices/create_preview",
        [("customer", "cus_1"), ("automatic_tax[enabled]", "true"), ("preview_mode", "next")],
        invoice,
        Invoice,
    ),
    Case(
        "invoices",
        "finalize",
        ("in_1MtGmC",),
        {"auto_advance": False},
        "POST",
        "/v1/invoices/in_1MtGmC/finalize",
        [("auto_advance", "false")],
        invoice,
        Invoice,
    ),
    Case(
        "invoices",
        "send",
        ("in_1MtGmC",),
        {"expand": ["customer"]},
        "POST",
        "/v1/invoices/in_1MtGmC/send",
        [("expand[0]", "customer")],
        invoice,
        Invoice,
    ),
    Case(
        "invoices",
        "pay",
        ("in_1MtGmC",),
        {"paid_out_of_band": True, "forgive": False},
        "POST",
        "/v1/invoices/in_1MtGmC/pay",
        [("paid_out_of_band", "true"), ("forgive", "false")],
        invoice,
        Invoice,
    ),
    Case(
        "invoices",
        "void",
        ("in_1MtGmC",),
        {},
        "POST",
        "/v1/invoices/in_1MtGmC/void",
        [],
        invoice,
        Invoice,
    ),
    Case(
        "invoices",
        "mark_uncollectible",
        ("in_1MtGmC",),
        {"expand": ["customer"]},
        "POST",
        "/v1/invoices/in_1MtGmC/mark_uncollectible",
        [("expand[0]", "customer")],
        invoice,
        Invoice,
    ),
    Case(
        "invoices",
        "update_line",
        ("in_1MtGmC", "il_tmp_1"),
        {"description": "Setup fee", "quantity": 2, "period": {"start": 1680000000, "end": 1}},
        "POST",
        "/v1/invoices/in_1MtGmC/lines/il_tmp_1",
        [
            ("description", "Setup fee"),
            ("quantity", "2"),
            ("period[start]", "1680000000"),
            ("period[end]", "1"),
        ],
        line_item,
        LineItem,
    ),
    Case(
        "invoices",
        "add_lines",
        ("in_1MtGmC",),
        {
            "lines": [
                {"invoice_item": "ii_1"},
                {"amount": 1500, "description": "Setup", "discountable": False},
            ],
            "invoice_metadata": {"batch": "7"},
        },
        "POST",
        "/v1/invoices/in_1MtGmC/add_lines",
        [
            ("lines[0][invoice_item]", "ii_1"),
            ("lines[1][amount]", "1500"),
            ("lines[1][description]", "Setup"),
            ("lines[1][discountable]", "false"),
            ("invoice_metadata[batch]", "7"),
        ],
        invoice,
        Invoice,
    ),
    Case(
        "invoices",
        "remove_lines",
        ("in_1MtGmC",),
        {"lines": [{"id": "il_1", "behavior": "delete"}]},
        "POST",
        "/v1/invoices/in_1MtGmC/remove_lines",
        [("lines[0][id]", "il_1"), ("lines[0][behavior]", "delete")],
        invoice,
        Invoice,
    ),
    Case(
        "invoices",
        "update_lines",
        ("in_1MtGmC",),
        {"lines": [{"id": "il_1", "description": "Hosting", "metadata": {"k": "v"}}]},
        "POST",
        "/v1/invoices/in_1MtGmC/update_lines",
        [
            ("lines[0][id]", "il_1"),
            ("lines[0][description]", "Hosting"),
            ("lines[0][metadata][k]", "v"),
        ],
        invoice,
        Invoice,
    ),
    Case(
        "invoice_items",
        "create",
        (),
        {
            "customer": "cus_NeZwdNtLEOXuvB",
            "amount": 1500,
            "currency": "usd",
            "description": "Setup fee",
            "metadata": {"order_id": "6735"},
        },
        "POST",
        "/v1/invoiceitems",
        [
            ("customer", "cus_NeZwdNtLEOXuvB"),
            ("amount", "1500"),
            ("currency", "usd"),
            ("description", "Setup fee"),
            ("metadata[order_id]", "6735"),
        ],
        invoice_item,
        InvoiceItem,
    ),
    Case(
        "invoice_items",
        "retrieve",
        ("ii_1",),
        {"expand": ["invoice"]},
        "GET",
        "/v1/invoiceitems/ii_1",
        [("expand[0]", "invoice")],
        invoice_item,
        InvoiceItem,
    ),
    Case(
        "invoice_items",
        "update",
        ("ii_1",),
        {"quantity": 3, "discountable": True},
        "POST",
        "/v1/invoiceitems/ii_1",
        [("quantity", "3"), ("discountable", "true")],
        invoice_item,
        InvoiceItem,
    ),
    Case(
        "invoice_items",
        "delete",
        ("ii_1",),
        {},
        "DELETE",
        "/v1/invoiceitems/ii_1",
        [],
        lambda: deleted("invoiceitem", "ii_1"),
        DeletedInvoiceItem,
    ),
    Case(
        "customers",
        "create",
        (),
        {
            "email": "jenny.rosen@example.com",
            "name": "Jenny Rosen",
            "address": {"line1": "1 Main St", "country": "US"},
            "preferred_locales": ["en", "fr"],
            "invoice_settings": {"footer": "Thanks"},
        },
        "POST",
        "/v1/customers",
        [
            ("email", "jenny.rosen@example.com"),
            ("name", "Jenny Rosen"),
            ("address[line1]", "1 Main St"),
            ("address[country]", "US"),
            ("preferred_locales[0]", "en"),
            ("preferred_locales[1]", "fr"),
            ("invoice_settings[footer]", "Thanks"),
        ],
        customer,
        Customer,
    ),
    Case(
        "customers",
        "retrieve",
        ("cus_1",),
        {},
        "GET",
        "/v1/customers/cus_1",
        [],
        customer,
        Customer,
    ),
    Case(
        "customers",
        "update",
        ("cus_1",),
        {"balance": -500, "metadata": {"tier": "gold"}},
        "POST",
        "/v1/customers/cus_1",
        [("balance", "-500"), ("metadata[tier]", "gold")],
        customer,
        Customer,
    ),
    Case(
        "customers",
        "delete",
        ("cus_1",),
        {},
        "DELETE",
        "/v1/customers/cus_1",
        [],
        lambda: deleted("customer", "cus_1"),
        DeletedCustomer,
    ),
]


def method_of(client: Any, case: Case) -> Any:
    return getattr(getattr(client, case.resource), case.method)


def check_headers(request: httpx.Request, verb: str, version: str = API_VERSION) -> None:
    headers = request.headers
    assert headers["Authorization"] == f"Bearer {KEY}"
    assert headers["Stripe-Version"] == version
    assert headers["User-Agent"].startswith(f"stripe-invoicing-client/{__version__} ")
    assert "Stripe-Account" not in headers
    if verb in ("POST", "DELETE"):
        assert UUID4.match(headers["Idempotency-Key"]), headers["Idempotency-Key"]
    else:
        assert "Idempotency-Key" not in headers
    if verb == "POST":
        assert headers["Content-Type"] == "application/x-www-form-urlencoded"


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
async def test_method_on_the_wire(client: Any, mock: respx.MockRouter, case: Case) -> None:
    route = mock.route().mock(return_value=httpx.Response(200, json=case.body()))
    result = await run(method_of(client, case)(*case.args, **case.params))

    assert type(result) is case.result
    assert route.call_count == 1
    request = route.calls.last.request
    assert request.method == case.verb
    assert request.url.host == "api.stripe.com"
    assert request.url.raw_path.partition(b"?")[0].decode() == case.raw_path
    if case.verb == "POST":
        assert form(request) == case.wire
        assert request.url.query == b""
    else:
        assert query(request) == case.wire
        assert request.content == b""
    check_headers(request, case.verb)


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_async_methods_are_coroutines(case: Case, shared_http: dict[str, Any]) -> None:
    async_client = AsyncStripeInvoicing(KEY, http_client=shared_http["async"])
    sync_client = StripeInvoicing(KEY, http_client=shared_http["sync"])
    assert inspect.iscoroutinefunction(method_of(async_client, case))
    assert not inspect.iscoroutinefunction(method_of(sync_client, case))


WRITES = [c for c in CASES if c.verb != "GET"]


@pytest.mark.parametrize("case", WRITES, ids=lambda c: c.id)
async def test_caller_idempotency_key_is_sent(
    client: Any, mock: respx.MockRouter, case: Case
) -> None:
    route = mock.route().mock(return_value=httpx.Response(200, json=case.body()))
    await run(method_of(client, case)(*case.args, idempotency_key="order-6735-v1", **case.params))
    assert route.calls.last.request.headers["Idempotency-Key"] == "order-6735-v1"


async def test_each_write_gets_a_fresh_key(client: Any, mock: respx.MockRouter) -> None:
    route = mock.post("/v1/invoices/in_1/send").mock(
        return_value=httpx.Response(200, json=invoice("in_1"))
    )
    await run(client.invoices.send("in_1"))
    await run(client.invoices.send("in_1"))
    first, second = (call.request.headers["Idempotency-Key"] for call in route.calls)
    assert first != second


async def test_get_takes_no_idempotency_key(client: Any, mock: respx.MockRouter) -> None:
    with pytest.raises(InvalidParameterError):
        await run(client.invoices.retrieve("in_1", idempotency_key="k"))
    assert not mock.calls


async def test_stripe_version_and_account_headers(make_client: Any, mock: respx.MockRouter) -> None:
    client = make_client(stripe_version="2025-03-31.basil", stripe_account="acct_1Abc")
    route = mock.route().mock(return_value=httpx.Response(200, json=invoice()))
    await run(client.invoices.retrieve("in_1"))
    await run(client.invoices.send("in_1"))
    for call in route.calls:
        assert call.request.headers["Stripe-Version"] == "2025-03-31.basil"
        assert call.request.headers["Stripe-Account"] == "acct_1Abc"
    assert client.api_version == "2025-03-31.basil"
    assert client.stripe_account == "acct_1Abc"


async def test_deleted_customer_is_parsed_as_deleted(client: Any, mock: respx.MockRouter) -> None:
    mock.get("/v1/customers/cus_1").mock(
        return_value=httpx.Response(200, json=deleted("customer", "cus_1"))
    )
    result = await run(client.customers.retrieve("cus_1"))
    assert isinstance(result, DeletedCustomer)
    assert result.deleted is True


@pytest.mark.parametrize("label,body", seed_invoices(), ids=[label for label, _ in seed_invoices()])
async def test_seed_invoices_of_both_versions_parse(
    client: Any, mock: respx.MockRouter, label: str, body: dict[str, Any]
) -> None:
    mock.post(f"/v1/invoices/{body['id']}/send").mock(return_value=httpx.Response(200, json=body))
    result = await run(client.invoices.send(body["id"]))
    assert isinstance(result, Invoice)
    assert result.id == body["id"]
    assert result.customer == body["customer"]
    assert result.amount_due == body["amount_due"]
    assert result.status == body["status"]
    # Fields of the older version (paid, charge, ...) are kept, not dropped.
    assert set(body) <= set(result.to_dict())


# --- list, search, list_lines: a pager comes back at once --------------------------------

PAGERS = [
    (
        "invoices",
        "list",
        (),
        {"customer": "cus_1", "status": "open", "limit": 3, "created": {"gte": 1680000000}},
        "/v1/invoices",
        [
            ("customer", "cus_1"),
            ("status", "open"),
            ("limit", "3"),
            ("created[gte]", "1680000000"),
        ],
        lambda: list_page([invoice("in_1"), invoice("in_2")], False, "/v1/invoices"),
        Invoice,
    ),
    (
        "invoices",
        "search",
        (),
        {"query": "status:'open' AND metadata['order_id']:'6735'", "limit": 10},
        "/v1/invoices/search",
        [("query", "status:'open' AND metadata['order_id']:'6735'"), ("limit", "10")],
        lambda: search_page([invoice("in_1")], False, None, "/v1/invoices/search"),
        Invoice,
    ),
    (
        "invoices",
        "list_lines",
        ("in_1",),
        {"limit": 5, "expand": ["data.price"]},
        "/v1/invoices/in_1/lines",
        [("limit", "5"), ("expand[0]", "data.price")],
        lambda: list_page([line_item("il_1")], False, "/v1/invoices/in_1/lines"),
        LineItem,
    ),
    (
        "invoice_items",
        "list",
        (),
        {"customer": "cus_1", "pending": True},
        "/v1/invoiceitems",
        [("customer", "cus_1"), ("pending", "true")],
        lambda: list_page([invoice_item("ii_1")], False, "/v1/invoiceitems"),
        InvoiceItem,
    ),
    (
        "customers",
        "list",
        (),
        {"email": "jenny.rosen@example.com"},
        "/v1/customers",
        [("email", "jenny.rosen@example.com")],
        lambda: list_page([customer("cus_1")], False, "/v1/customers"),
        Customer,
    ),
    (
        "customers",
        "search",
        (),
        {"query": "email:'jenny.rosen@example.com'"},
        "/v1/customers/search",
        [("query", "email:'jenny.rosen@example.com'")],
        lambda: search_page([customer("cus_1")], False, None, "/v1/customers/search"),
        Customer,
    ),
]


@pytest.mark.parametrize(
    "resource,method,args,params,path,wire,body,item_type",
    PAGERS,
    ids=[f"{p[0]}.{p[1]}" for p in PAGERS],
)
async def test_pager_methods(
    client: Any,
    kind: str,
    mock: respx.MockRouter,
    resource: str,
    method: str,
    args: tuple[str, ...],
    params: dict[str, Any],
    path: str,
    wire: list[tuple[str, str]],
    body: Body,
    item_type: type,
) -> None:
    route = mock.get(path).mock(return_value=httpx.Response(200, json=body()))
    pager = getattr(getattr(client, resource), method)(*args, **params)

    # Not a coroutine, and lazy: nothing is sent until the pager is used.
    assert not inspect.isawaitable(pager) or isinstance(pager, AsyncPager)
    assert isinstance(pager, AsyncPager if kind == "async" else SyncPager)
    assert route.call_count == 0

    items = await collect(pager)
    assert items and all(type(item) is item_type for item in items)
    assert route.call_count == 1
    request = route.calls.last.request
    assert request.url.raw_path.partition(b"?")[0].decode() == path
    assert query(request) == wire
    check_headers(request, "GET")

    if kind == "async":
        first = await pager  # awaitable for its first page
        assert [item.id for item in first.data] == [item.id for item in items]
        assert first.has_more is False
    else:
        assert [item.id for item in pager.first_page().data] == [item.id for item in items]


# --- with_raw_response -------------------------------------------------------------------


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
async def test_raw_response_for_every_method(
    client: Any, mock: respx.MockRouter, case: Case
) -> None:
    mock.route().mock(
        return_value=httpx.Response(
            200, json=case.body(), headers={"Request-Id": "req_raw1", "X-Extra": "1"}
        )
    )
    raw = await run(
        getattr(getattr(client.with_raw_response, case.resource), case.method)(
            *case.args, **case.params
        )
    )
    assert isinstance(raw, RawResponse)
    assert raw.status_code == 200
    assert raw.request_id == "req_raw1"
    assert raw.headers["X-Extra"] == "1"
    assert raw.idempotent_replayed is False
    assert type(raw.parsed) is case.result
    assert raw.parse() is raw.parsed
    if case.verb == "GET":
        assert raw.idempotency_key is None
    else:
        assert UUID4.match(raw.idempotency_key or "")


async def test_raw_mode_does_not_leak_into_the_parent(client: Any, mock: respx.MockRouter) -> None:
    mock.route().mock(return_value=httpx.Response(200, json=invoice()))
    _ = client.with_raw_response
    assert isinstance(await run(client.invoices.retrieve("in_1")), Invoice)


PATH_CASES = [c for c in CASES if c.args]


@pytest.mark.parametrize("case", PATH_CASES, ids=lambda c: c.id)
async def test_ids_stay_one_encoded_segment(
    client: Any, mock: respx.MockRouter, case: Case
) -> None:
    hostile = "x/../?#% y"
    encoded = "x%2F%2E%2E%2F%3F%23%25%20y"
    route = mock.route().mock(return_value=httpx.Response(200, json=case.body()))
    await run(method_of(client, case)(*(hostile for _ in case.args), **case.params))
    expected = case.raw_path
    for original in case.args:
        expected = expected.replace(original, encoded)
    raw_path = route.calls.last.request.url.raw_path.decode().partition("?")[0]
    assert raw_path == expected
    assert raw_path.count("/") == case.raw_path.count("/")
