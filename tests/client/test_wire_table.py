"""Every operation of the operations table, sync and async (the `client` fixture's axis): what
goes on the wire and what comes back, by one test per concern over the rows of _wire_cases.py."""

from __future__ import annotations

import inspect
from typing import Any

import httpx
import pytest
import respx

from stripe_invoicing_client import (
    AsyncPager,
    AsyncStripeInvoicing,
    RawResponse,
    StripeInvoicing,
    SyncPager,
    __version__,
)

from ._support import (
    API_VERSION,
    KEY,
    UUID4,
    collect,
    form,
    list_page,
    method_at,
    query,
    run,
    search_page,
)
from ._wire_cases import CALLS, DOWNLOADS, PAGERS, PagerCase, WireCase


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


def method_of(client: Any, case: WireCase | PagerCase) -> Any:
    return method_at(client, case.path, case.method)


def test_every_operation_has_a_row() -> None:
    from codegen import operations as table

    expected = [
        ".".join((*table.RESOURCES[op.resource].client_path, op.method)) for op in table.OPERATIONS
    ]
    rows = [c.id for c in CALLS] + [p.id for p in PAGERS] + [d.id for d in DOWNLOADS]
    assert len(rows) == len(set(rows))
    assert set(rows) == set(expected)


@pytest.mark.parametrize("case", CALLS, ids=lambda c: c.id)
async def test_call_on_the_wire(client: Any, mock: respx.MockRouter, case: WireCase) -> None:
    route = mock.route().mock(return_value=httpx.Response(200, json=case.body()))
    result = await run(method_of(client, case)(*case.args, **case.params))

    assert type(result) is case.result
    if "id" in case.body():  # meter events and their adjustments have none
        assert result["id"] == case.body()["id"]
    assert route.call_count == 1
    request = route.calls.last.request
    assert request.method == case.verb
    assert request.url.host == "api.stripe.com"
    assert request.url.raw_path.partition(b"?")[0].decode() == case.raw_path
    if case.verb == "POST":
        assert form(request) == case.wire
        assert request.url.query == b""
    else:
        # GET, and DELETE (whose parameters, like subscriptions.cancel's, go in the query).
        assert query(request) == case.wire
        assert request.content == b""
    check_headers(request, case.verb)


@pytest.mark.parametrize("case", CALLS, ids=lambda c: c.id)
def test_async_methods_are_coroutines(case: WireCase, shared_http: dict[str, Any]) -> None:
    async_client = AsyncStripeInvoicing(KEY, http_client=shared_http["async"])
    sync_client = StripeInvoicing(KEY, http_client=shared_http["sync"])
    assert inspect.iscoroutinefunction(method_of(async_client, case))
    assert not inspect.iscoroutinefunction(method_of(sync_client, case))


@pytest.mark.parametrize("case", [c for c in CALLS if c.verb != "GET"], ids=lambda c: c.id)
async def test_caller_idempotency_key_is_sent(
    client: Any, mock: respx.MockRouter, case: WireCase
) -> None:
    route = mock.route().mock(return_value=httpx.Response(200, json=case.body()))
    await run(method_of(client, case)(*case.args, idempotency_key="order-6735-v1", **case.params))
    assert route.calls.last.request.headers["Idempotency-Key"] == "order-6735-v1"


@pytest.mark.parametrize("case", CALLS, ids=lambda c: c.id)
async def test_raw_response(client: Any, mock: respx.MockRouter, case: WireCase) -> None:
    mock.route().mock(
        return_value=httpx.Response(
            200, json=case.body(), headers={"Request-Id": "req_raw1", "X-Extra": "1"}
        )
    )
    raw = await run(method_of(client.with_raw_response, case)(*case.args, **case.params))
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


@pytest.mark.parametrize("case", [c for c in CALLS if c.args], ids=lambda c: c.id)
async def test_ids_stay_one_encoded_segment(
    client: Any, mock: respx.MockRouter, case: WireCase
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


@pytest.mark.parametrize("case", PAGERS, ids=lambda c: c.id)
async def test_pager_on_the_wire(
    client: Any, kind: str, mock: respx.MockRouter, case: PagerCase
) -> None:
    bodies = [item() for item in case.items]
    if case.search:
        body = search_page(bodies, False, None, case.raw_path)
    else:
        body = list_page(bodies, False, case.raw_path)
    route = mock.get(case.raw_path).mock(return_value=httpx.Response(200, json=body))
    pager = method_of(client, case)(*case.args, **case.params)

    # Not a coroutine, and lazy: nothing is sent until the pager is used.
    assert not inspect.isawaitable(pager) or isinstance(pager, AsyncPager)
    assert isinstance(pager, AsyncPager if kind == "async" else SyncPager)
    assert route.call_count == 0

    items = await collect(pager)
    assert [type(item) for item in items] == [case.item_type] * len(bodies)
    assert route.call_count == 1
    request = route.calls.last.request
    assert request.url.raw_path.partition(b"?")[0].decode() == case.raw_path
    assert query(request) == case.wire
    check_headers(request, "GET")

    if isinstance(pager, AsyncPager):  # kind == "async", checked above
        first = await pager  # awaitable for its first page
    else:
        first = pager.first_page()
    assert [item.id for item in first.data] == [item.id for item in items]
    assert first.has_more is False
