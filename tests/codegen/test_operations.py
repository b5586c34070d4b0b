"""Every generated Endpoint, sent through respx: method, raw path, wire params, parsing.

The table below is written by hand; `test_endpoint_matches_spec` ties each entry's operation
to `openapi/stripe-invoicing.yaml`, so the table can't drift from the spec unnoticed.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl

import httpx
import pytest
import respx
import yaml

from codegen import operations as table
from stripe_invoicing_client._core.model import Model
from stripe_invoicing_client._core.types import UNSET
from stripe_invoicing_client._core.wire import Endpoint
from stripe_invoicing_client._generated import models, operations
from tests.codegen import _objects as objects

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "openapi" / "stripe-invoicing.yaml"
BASE = "https://api.stripe.com"

# Path ids that would break a naive URL: each must stay one opaque segment.
ID = "in/1?# .."
ID_WIRE = "in%2F1%3F%23%20%2E%2E"
ID2 = "il 2/.."
ID2_WIRE = "il%202%2F%2E%2E"


@dataclass
class Case:
    operation_id: str
    raw_path: str  # expected on the wire, percent-encoding included
    params: dict[str, Any] | None  # plain data; None: call without any
    wire: list[str]  # expected `key=value` pairs, exactly as encoded
    response: dict[str, Any]
    model: type[Model]


def _invoice() -> dict[str, Any]:
    return objects.current_invoice()


def _preview() -> dict[str, Any]:
    data = objects.current_invoice()
    del data["id"]  # previews have no id
    data["lines"]["data"] = [objects.line_item()]
    return data


CASES = [
    Case(
        "GetInvoices",
        "/v1/invoices",
        {
            "customer": "cus_Qx81",
            "status": "open",
            "limit": 3,
            "starting_after": "in_1Nq",
            "created": {"gte": 1700000000, "lt": 1710000000},
            "expand": ["data.customer"],
            "collection_method": "send_invoice",
        },
        [
            "collection_method=send_invoice",
            "created[gte]=1700000000",
            "created[lt]=1710000000",
            "customer=cus_Qx81",
            "expand[0]=data.customer",
            "limit=3",
            "starting_after=in_1Nq",
            "status=open",
        ],
        objects.list_of("/v1/invoices", _invoice()),
        models.GetInvoicesResponse200,
    ),
    Case(
        "PostInvoices",
        "/v1/invoices",
        {
            "customer": "cus_Qx81",
            "collection_method": "send_invoice",
            "days_until_due": 30,
            "auto_advance": False,
            "metadata": {"order_id": "6735", "note": "a&b=c"},
            "expand": ["customer", "lines"],
            "automatic_tax": {"enabled": True, "liability": {"type": "self"}},
            "custom_fields": [{"name": "PO", "value": "PO-1"}, {"name": "Ref", "value": "x y"}],
            "discounts": [{"coupon": "SUMMER"}],
            "description": "Café order #1",
        },
        [
            "customer=cus_Qx81",
            "collection_method=send_invoice",
            "days_until_due=30",
            "auto_advance=false",
            "metadata[order_id]=6735",
            "metadata[note]=a%26b%3Dc",
            "expand[0]=customer",
            "expand[1]=lines",
            "automatic_tax[enabled]=true",
            "automatic_tax[liability][type]=self",
            "custom_fields[0][name]=PO",
            "custom_fields[0][value]=PO-1",
            "custom_fields[1][name]=Ref",
            "custom_fields[1][value]=x+y",
            "discounts[0][coupon]=SUMMER",
            "description=Caf%C3%A9+order+%231",
        ],
        _invoice(),
        models.Invoice,
    ),
    Case(
        "GetInvoicesSearch",
        "/v1/invoices/search",
        {
            "query": "status:'open' AND metadata['order_id']:'6735'",
            "limit": 10,
            "page": "WzE3MDAwMDAwMDBd",
            "expand": ["data.customer"],
        },
        [
            "expand[0]=data.customer",
            "limit=10",
            "page=WzE3MDAwMDAwMDBd",
            "query=status%3A%27open%27+AND+metadata%5B%27order_id%27%5D%3A%276735%27",
        ],
        objects.search_of("/v1/invoices/search", _invoice()),
        models.GetInvoicesSearchResponse200,
    ),
    Case(
        "PostInvoicesCreatePreview",
        "/v1/invoices/create_preview",
        {
            "customer": "cus_Qx81",
            "invoice_items": [
                {"price": "price_1Ab", "quantity": 2},
                {"amount": 500, "currency": "eur", "description": "Fee", "metadata": {"k": "v"}},
            ],
            "customer_details": {"address": {"country": "PT", "city": "Lisbon"}},
            "preview_mode": "next",
            "expand": ["total_taxes"],
        },
        [
            "customer=cus_Qx81",
            "invoice_items[0][price]=price_1Ab",
            "invoice_items[0][quantity]=2",
            "invoice_items[1][amount]=500",
            "invoice_items[1][currency]=eur",
            "invoice_items[1][description]=Fee",
            "invoice_items[1][metadata][k]=v",
            "customer_details[address][country]=PT",
            "customer_details[address][city]=Lisbon",
            "preview_mode=next",
            "expand[0]=total_taxes",
        ],
        _preview(),
        models.Invoice,
    ),
    Case(
        "GetInvoicesInvoice",
        f"/v1/invoices/{ID_WIRE}",
        {"expand": ["customer", "lines.data.pricing"]},
        ["expand[0]=customer", "expand[1]=lines.data.pricing"],
        _invoice(),
        models.Invoice,
    ),
    Case(
        "PostInvoicesInvoice",
        f"/v1/invoices/{ID_WIRE}",
        {
            "description": "",
            "footer": "Thanks!",
            "metadata": {"order_id": "", "status": "reviewed"},
            "shipping_details": {
                "name": "Ana Lima",
                "address": {"line1": "Rua Augusta 10", "country": "PT"},
            },
            "default_tax_rates": "",
            "expand": ["customer"],
        },
        [
            "description=",
            "footer=Thanks%21",
            "metadata[order_id]=",
            "metadata[status]=reviewed",
            "shipping_details[name]=Ana+Lima",
            "shipping_details[address][line1]=Rua+Augusta+10",
            "shipping_details[address][country]=PT",
            "default_tax_rates=",
            "expand[0]=customer",
        ],
        _invoice(),
        models.Invoice,
    ),
    Case(
        "DeleteInvoicesInvoice",
        f"/v1/invoices/{ID_WIRE}",
        None,
        [],
        objects.deleted("invoice", "in_1Nq"),
        models.DeletedInvoice,
    ),
    Case(
        "PostInvoicesInvoiceFinalize",
        f"/v1/invoices/{ID_WIRE}/finalize",
        {"auto_advance": True, "expand": ["payment_intent"]},
        ["auto_advance=true", "expand[0]=payment_intent"],
        _invoice(),
        models.Invoice,
    ),
    Case(
        "PostInvoicesInvoiceSend",
        f"/v1/invoices/{ID_WIRE}/send",
        {"expand": ["customer", "lines.data"]},
        ["expand[0]=customer", "expand[1]=lines.data"],
        _invoice(),
        models.Invoice,
    ),
    Case(
        "PostInvoicesInvoicePay",
        f"/v1/invoices/{ID_WIRE}/pay",
        {"paid_out_of_band": True, "forgive": False, "source": "src_1", "expand": ["charge"]},
        ["paid_out_of_band=true", "forgive=false", "source=src_1", "expand[0]=charge"],
        _invoice(),
        models.Invoice,
    ),
    Case(
        "PostInvoicesInvoiceVoid",
        f"/v1/invoices/{ID_WIRE}/void",
        {"expand": ["customer"]},
        ["expand[0]=customer"],
        _invoice(),
        models.Invoice,
    ),
    Case(
        "PostInvoicesInvoiceMarkUncollectible",
        f"/v1/invoices/{ID_WIRE}/mark_uncollectible",
        None,
        [],
        _invoice(),
        models.Invoice,
    ),
    Case(
        "GetInvoicesInvoiceLines",
        f"/v1/invoices/{ID_WIRE}/lines",
        {"limit": 100, "ending_before": "il_1", "expand": ["data.taxes"]},
        ["ending_before=il_1", "expand[0]=data.taxes", "limit=100"],
        objects.list_of(
            "/v1/invoices/in_1Nq/lines", objects.line_item(), objects.line_item("il_2")
        ),
        models.GetInvoicesInvoiceLinesResponse200,
    ),
    Case(
        "PostInvoicesInvoiceLinesLineItemId",
        f"/v1/invoices/{ID_WIRE}/lines/{ID2_WIRE}",
        {
            "description": "Seat",
            "quantity": 3,
            "metadata": {"k": "v"},
            "period": {"start": 1700000000, "end": 1702592000},
            "price_data": {"currency": "eur", "product": "prod_9Zy", "unit_amount": 1500},
            "discounts": [{"coupon": "C1"}, {"discount": "di_1"}],
            "tax_rates": "",
            "expand": ["invoice"],
        },
        [
            "description=Seat",
            "quantity=3",
            "metadata[k]=v",
            "period[start]=1700000000",
            "period[end]=1702592000",
            "price_data[currency]=eur",
            "price_data[product]=prod_9Zy",
            "price_data[unit_amount]=1500",
            "discounts[0][coupon]=C1",
            "discounts[1][discount]=di_1",
            "tax_rates=",
            "expand[0]=invoice",
        ],
        objects.line_item(),
        models.LineItem,
    ),
    Case(
        "PostInvoicesInvoiceAddLines",
        f"/v1/invoices/{ID_WIRE}/add_lines",
        {
            "lines": [
                {"pricing": {"price": "price_1Ab"}, "quantity": 2, "metadata": {"src": "web"}},
                {"amount": 500, "description": "Fee", "period": {"start": 1, "end": 2}},
            ],
            "invoice_metadata": {"batch": "7"},
            "expand": ["lines"],
        },
        [
            "lines[0][pricing][price]=price_1Ab",
            "lines[0][quantity]=2",
            "lines[0][metadata][src]=web",
            "lines[1][amount]=500",
            "lines[1][description]=Fee",
            "lines[1][period][start]=1",
            "lines[1][period][end]=2",
            "invoice_metadata[batch]=7",
            "expand[0]=lines",
        ],
        _invoice(),
        models.Invoice,
    ),
    Case(
        "PostInvoicesInvoiceRemoveLines",
        f"/v1/invoices/{ID_WIRE}/remove_lines",
        {
            "lines": [{"id": "il_1", "behavior": "delete"}, {"id": "il_2", "behavior": "unassign"}],
            "expand": ["lines"],
        },
        [
            "lines[0][id]=il_1",
            "lines[0][behavior]=delete",
            "lines[1][id]=il_2",
            "lines[1][behavior]=unassign",
            "expand[0]=lines",
        ],
        _invoice(),
        models.Invoice,
    ),
    Case(
        "PostInvoicesInvoiceUpdateLines",
        f"/v1/invoices/{ID_WIRE}/update_lines",
        {
            "lines": [
                {"id": "il_1", "quantity": 5, "metadata": ""},
                {"id": "il_2", "description": "Renamed", "discountable": False},
            ],
            "invoice_metadata": "",
        },
        [
            "lines[0][id]=il_1",
            "lines[0][quantity]=5",
            "lines[0][metadata]=",
            "lines[1][id]=il_2",
            "lines[1][description]=Renamed",
            "lines[1][discountable]=false",
            "invoice_metadata=",
        ],
        _invoice(),
        models.Invoice,
    ),
    Case(
        "GetInvoiceitems",
        "/v1/invoiceitems",
        {"invoice": "in_1Nq", "pending": False, "created": 1700000000, "limit": 1},
        ["created=1700000000", "invoice=in_1Nq", "limit=1", "pending=false"],
        objects.list_of("/v1/invoiceitems", objects.invoice_item()),
        models.GetInvoiceitemsResponse200,
    ),
    Case(
        "PostInvoiceitems",
        "/v1/invoiceitems",
        {
            "customer": "cus_Qx81",
            "amount": 2500,
            "currency": "eur",
            "description": "Setup fee",
            "metadata": {"order_id": "6735"},
            "period": {"start": 1700000000, "end": 1702592000},
            "discounts": [{"coupon": "WELCOME"}],
            "tax_rates": ["txr_1", "txr_2"],
            "expand": ["customer"],
        },
        [
            "customer=cus_Qx81",
            "amount=2500",
            "currency=eur",
            "description=Setup+fee",
            "metadata[order_id]=6735",
            "period[start]=1700000000",
            "period[end]=1702592000",
            "discounts[0][coupon]=WELCOME",
            "tax_rates[0]=txr_1",
            "tax_rates[1]=txr_2",
            "expand[0]=customer",
        ],
        objects.invoice_item(),
        models.InvoiceItem,
    ),
    Case(
        "GetInvoiceitemsInvoiceitem",
        f"/v1/invoiceitems/{ID_WIRE}",
        {"expand": ["invoice"]},
        ["expand[0]=invoice"],
        objects.invoice_item(),
        models.InvoiceItem,
    ),
    Case(
        "PostInvoiceitemsInvoiceitem",
        f"/v1/invoiceitems/{ID_WIRE}",
        {
            "quantity": 2,
            "price_data": {
                "currency": "eur",
                "product": "prod_9Zy",
                "unit_amount_decimal": "1250.5",
            },
            "metadata": {"order_id": ""},
            "tax_rates": "",
            "expand": ["invoice"],
        },
        [
            "quantity=2",
            "price_data[currency]=eur",
            "price_data[product]=prod_9Zy",
            "price_data[unit_amount_decimal]=1250.5",
            "metadata[order_id]=",
            "tax_rates=",
            "expand[0]=invoice",
        ],
        objects.invoice_item(),
        models.InvoiceItem,
    ),
    Case(
        "DeleteInvoiceitemsInvoiceitem",
        f"/v1/invoiceitems/{ID_WIRE}",
        None,
        [],
        objects.deleted("invoiceitem", "ii_1Pz"),
        models.DeletedInvoiceItem,
    ),
    Case(
        "GetCustomers",
        "/v1/customers",
        {
            "email": "ana+test@example.com",
            "created": {"gt": 1, "lte": 2},
            "limit": 50,
            "test_clock": "clock_1",
        },
        [
            "created[gt]=1",
            "created[lte]=2",
            "email=ana%2Btest%40example.com",
            "limit=50",
            "test_clock=clock_1",
        ],
        objects.list_of("/v1/customers", objects.customer(), objects.customer("cus_2")),
        models.GetCustomersResponse200,
    ),
    Case(
        "PostCustomers",
        "/v1/customers",
        {
            "email": "ana@example.com",
            "name": "Ana Lima",
            "address": {"line1": "Rua Augusta 10", "city": "Lisbon", "country": "PT"},
            "metadata": {"crm_id": "42"},
            "preferred_locales": ["pt", "en"],
            "tax_id_data": [{"type": "eu_vat", "value": "PT123456789"}],
            "invoice_settings": {
                "custom_fields": [{"name": "VAT", "value": "PT1"}],
                "footer": "Obrigado",
            },
            "expand": ["tax"],
        },
        [
            "email=ana%40example.com",
            "name=Ana+Lima",
            "address[line1]=Rua+Augusta+10",
            "address[city]=Lisbon",
            "address[country]=PT",
            "metadata[crm_id]=42",
            "preferred_locales[0]=pt",
            "preferred_locales[1]=en",
            "tax_id_data[0][type]=eu_vat",
            "tax_id_data[0][value]=PT123456789",
            "invoice_settings[custom_fields][0][name]=VAT",
            "invoice_settings[custom_fields][0][value]=PT1",
            "invoice_settings[footer]=Obrigado",
            "expand[0]=tax",
        ],
        objects.customer(),
        models.Customer,
    ),
    Case(
        "GetCustomersSearch",
        "/v1/customers/search",
        {"query": 'email:"ana@example.com"', "limit": 1},
        ["limit=1", "query=email%3A%22ana%40example.com%22"],
        objects.search_of("/v1/customers/search", objects.customer()),
        models.GetCustomersSearchResponse200,
    ),
    Case(
        "GetCustomersCustomer",
        f"/v1/customers/{ID_WIRE}",
        {"expand": ["default_source"]},
        ["expand[0]=default_source"],
        objects.customer(),
        models.Customer,
    ),
    Case(
        "PostCustomersCustomer",
        f"/v1/customers/{ID_WIRE}",
        {
            "balance": -500,
            "description": "",
            "shipping": {"name": "Ana", "address": {"line1": "Rua 1"}},
            "tax_exempt": "reverse",
            "metadata": "",
            "expand": ["sources"],
        },
        [
            "balance=-500",
            "description=",
            "shipping[name]=Ana",
            "shipping[address][line1]=Rua+1",
            "tax_exempt=reverse",
            "metadata=",
            "expand[0]=sources",
        ],
        objects.customer(),
        models.Customer,
    ),
    Case(
        "DeleteCustomersCustomer",
        f"/v1/customers/{ID_WIRE}",
        None,
        [],
        objects.deleted("customer", "cus_Qx81"),
        models.DeletedCustomer,
    ),
]
BY_ID = {case.operation_id: case for case in CASES}


def _endpoint(operation_id: str) -> Endpoint[Any]:
    found: Endpoint[Any] = getattr(operations, operation_id)
    return found


def _call_args(endpoint: Endpoint[Any], case: Case) -> tuple[dict[str, str], dict[str, Any]]:
    """Path values and plain parameters for the endpoint."""
    ids = dict(zip(endpoint.path_params, [ID, ID2], strict=False))
    return ids, dict(case.params or {})


def _sent_pairs(request: httpx.Request) -> list[str]:
    raw = request.content.decode("ascii") if request.method == "POST" else request.url.query
    if isinstance(raw, bytes):
        raw = raw.decode("ascii")
    return raw.split("&") if raw else []


def _check_request(endpoint: Endpoint[Any], case: Case, request: httpx.Request) -> None:
    assert request.method == endpoint.method
    assert request.url.host == "api.stripe.com"
    assert request.url.raw_path.partition(b"?")[0].decode("ascii") == case.raw_path
    sent = _sent_pairs(request)
    assert sorted(sent) == sorted(case.wire)
    if request.method == "POST":
        assert request.headers["Content-Type"] == "application/x-www-form-urlencoded"
        assert request.url.query == b""
    else:
        assert request.content == b""
        assert "Content-Type" not in request.headers
    # Decoded, the pairs are what we asked for.
    decoded = parse_qsl("&".join(sent), keep_blank_values=True)
    assert len(decoded) == len(case.wire)


def _check_parsed(case: Case, parsed: Model) -> None:
    assert type(parsed) is case.model
    assert parsed.to_dict() == case.response
    assert objects.leftovers(parsed) == []


def test_table_covers_every_operation() -> None:
    # The first 28 operations of the operations table; those added since (issues 13 and 14) go
    # through the wire tests of tests/client/test_wire_table.py.
    first = [op.operation_id for op in table.OPERATIONS[:28]]
    assert sorted(BY_ID) == sorted(first)
    assert set(BY_ID) <= {endpoint.operation_id for endpoint in operations.ENDPOINTS}
    assert len(CASES) == len(BY_ID) == 28


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.operation_id)
def test_params_fit_the_models(case: Case) -> None:
    # Guards the table itself: every parameter is one the operation knows, of the right type.
    assert _endpoint(case.operation_id).check(case.params or {}) == []


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.operation_id)
def test_sync_request_and_parse(case: Case) -> None:
    endpoint = _endpoint(case.operation_id)
    path, params = _call_args(endpoint, case)
    with respx.mock(base_url=BASE, assert_all_called=True) as router:
        route = router.route().respond(200, json=case.response)
        with httpx.Client(base_url=BASE) as client:
            response = client.request(**endpoint.request(path, params))
    assert route.call_count == 1
    _check_request(endpoint, case, route.calls.last.request)
    _check_parsed(case, endpoint.parse(response.json()))


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.operation_id)
async def test_async_request_and_parse(case: Case) -> None:
    endpoint = _endpoint(case.operation_id)
    path, params = _call_args(endpoint, case)
    with respx.mock(base_url=BASE, assert_all_called=True) as router:
        route = router.route().respond(200, json=case.response)
        async with httpx.AsyncClient(base_url=BASE) as client:
            response = await client.request(**endpoint.request(path, params))
    _check_request(endpoint, case, route.calls.last.request)
    _check_parsed(case, endpoint.parse(response.json()))


def test_get_customer_may_be_deleted() -> None:
    gone = objects.deleted("customer", "cus_gone")
    parsed = _endpoint("GetCustomersCustomer").parse(gone)
    assert isinstance(parsed, models.DeletedCustomer)
    assert parsed.to_dict() == gone


def test_search_envelope_has_next_page() -> None:
    case = BY_ID["GetInvoicesSearch"]
    parsed = _endpoint(case.operation_id).parse(case.response)
    assert parsed.next_page == "WzE3MDAwMDAwMDBd"
    assert parsed.has_more is True
    assert parsed.object_ == "search_result"
    assert isinstance(parsed.data[0], models.Invoice)


def test_list_envelope_items_are_models() -> None:
    for operation_id, item in [
        ("GetInvoices", models.Invoice),
        ("GetInvoicesInvoiceLines", models.LineItem),
        ("GetInvoiceitems", models.InvoiceItem),
        ("GetCustomers", models.Customer),
    ]:
        case = BY_ID[operation_id]
        parsed = _endpoint(operation_id).parse(case.response)
        assert parsed.object_ == "list"
        assert parsed.data and all(type(x) is item for x in parsed.data)


@pytest.mark.parametrize("data", [[], "x", None, 3])
def test_parse_rejects_non_objects(data: Any) -> None:
    with pytest.raises(TypeError, match="GetInvoicesInvoice: unexpected"):
        _endpoint("GetInvoicesInvoice").parse(data)


def test_plain_ids_are_left_alone() -> None:
    endpoint = _endpoint("PostInvoicesInvoiceLinesLineItemId")
    request = httpx.Client(base_url=BASE).build_request(
        **endpoint.request({"invoice": "in_1Nq", "line_item_id": "il_1Kx"}, {})
    )
    assert request.url.raw_path == b"/v1/invoices/in_1Nq/lines/il_1Kx"
    assert request.content == b""
    assert request.headers["Content-Type"] == "application/x-www-form-urlencoded"


def test_unset_query_params_are_not_sent() -> None:
    endpoint = _endpoint("GetInvoices")
    request = httpx.Client(base_url=BASE).build_request(
        **endpoint.request({}, {"limit": UNSET, "customer": "cus_1"})
    )
    assert request.url.raw_path == b"/v1/invoices?customer=cus_1"


# --- ENDPOINT metadata against the spec file ------------------------------------------------


def _spec_operations() -> dict[str, tuple[str, str, dict[str, Any]]]:
    document = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    found = {}
    for path, item in document["paths"].items():
        for method, operation in item.items():
            if isinstance(operation, dict) and "operationId" in operation:
                found[operation["operationId"]] = (path, method.upper(), operation)
    return found


SPEC_OPERATIONS = _spec_operations()


def test_spec_has_the_same_operations() -> None:
    assert sorted(SPEC_OPERATIONS) == sorted(
        endpoint.operation_id for endpoint in operations.ENDPOINTS
    )


@pytest.mark.parametrize("operation_id", sorted(SPEC_OPERATIONS))
def test_endpoint_matches_spec(operation_id: str) -> None:
    path, method, operation = SPEC_OPERATIONS[operation_id]
    endpoint = _endpoint(operation_id)
    assert endpoint.operation_id == operation_id
    assert endpoint.method == method
    assert endpoint.path == path
    parameters = operation.get("parameters", [])
    in_path = [p["name"] for p in parameters if p["in"] == "path"]
    assert list(endpoint.path_params) == in_path
    assert [part.strip("{}") for part in path.split("/") if part.startswith("{")] == in_path
    query = {p["name"] for p in parameters if p["in"] == "query"}
    assert endpoint.query_params == query
    if method == "POST":
        schema = operation["requestBody"]["content"]["application/x-www-form-urlencoded"]
        schema = schema["schema"]
        assert endpoint.body_params == set(schema.get("properties", {}))
        assert endpoint.required_params == set(schema.get("required", []))
        assert not query
    else:
        assert endpoint.body_params == frozenset()
        assert endpoint.required_params == {
            p["name"] for p in parameters if p["in"] == "query" and p.get("required")
        }
    # The table uses only parameters the spec lists, in the right place.
    case = BY_ID.get(operation_id)
    if case is not None:
        assert set(case.params or {}) <= (endpoint.body_params or endpoint.query_params)
        assert case.raw_path.count("/") == path.count("/")


@pytest.mark.parametrize("operation_id", sorted(BY_ID))
def test_response_model_matches_spec(operation_id: str) -> None:
    _, _, operation = SPEC_OPERATIONS[operation_id]
    schema = operation["responses"]["200"]["content"]["application/json"]["schema"]
    case = BY_ID[operation_id]
    if "$ref" in schema:
        name = schema["$ref"].rsplit("/", 1)[-1]
        assert case.model.__name__.lower() == name.replace("_", "")
    elif "anyOf" in schema:
        names = {ref["$ref"].rsplit("/", 1)[-1] for ref in schema["anyOf"]}
        assert case.model.__name__.lower() in {n.replace("_", "") for n in names}
    else:
        item = schema["properties"]["data"]["items"]["$ref"].rsplit("/", 1)[-1]
        # Each generated class has its own `from_dict`; the `Model` base declares none.
        envelope = case.model.from_dict(case.response)  # type: ignore[attr-defined]
        assert type(envelope.data[0]).__name__.lower() == item.replace("_", "")
        assert case.response["object"] in schema["properties"]["object"]["enum"]
