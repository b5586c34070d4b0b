"""Pagers through the client against a small fake of Stripe's cursor rules."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import pytest
import respx

from stripe_invoicing_client import (
    APIResponseError,
    AsyncPager,
    InvalidParameterError,
    PaginationError,
)
from stripe_invoicing_client.errors import FieldNotAvailableError
from stripe_invoicing_client.models import Customer, Invoice, LineItem

from ._support import (
    collect,
    collect_into,
    collect_pages,
    customer,
    invoice,
    line_item,
    list_page,
    query,
    run,
    search_page,
)

IDS = [f"in_{n:03d}" for n in range(10, 0, -1)]  # newest first, like Stripe


class Pages:
    """Serves objects made from `ids` a window at a time; `seen` holds each request's query."""

    def __init__(self, ids: list[str], make: Callable[[str], dict[str, Any]]) -> None:
        self.ids = ids
        self.make = make
        self.seen: list[dict[str, str]] = []

    def _params(self, request: httpx.Request) -> dict[str, str]:
        params = dict(query(request))
        self.seen.append(params)
        return params


class FakeList(Pages):
    """Serves `ids` (newest first) with Stripe's limit/starting_after/ending_before rules."""

    def __init__(
        self, ids: list[str], url: str, make: Callable[[str], dict[str, Any]] = invoice
    ) -> None:
        super().__init__(ids, make)
        self.url = url

    def __call__(self, request: httpx.Request) -> httpx.Response:
        params = self._params(request)
        limit = int(params.get("limit", "10"))
        if "starting_after" in params:
            start = self.ids.index(params["starting_after"]) + 1
            window = self.ids[start : start + limit]
            more = start + limit < len(self.ids)
        elif "ending_before" in params:
            end = self.ids.index(params["ending_before"])
            start = max(0, end - limit)
            window = self.ids[start:end]
            more = start > 0
        else:
            window = self.ids[:limit]
            more = limit < len(self.ids)
        body = list_page([self.make(i) for i in window], more, self.url)
        return httpx.Response(200, json=body)


class FakeSearch(Pages):
    """Serves `ids` in pages of `size`, with opaque `next_page` tokens."""

    def __init__(self, ids: list[str], size: int, make: Callable[[str], dict[str, Any]]) -> None:
        super().__init__(ids, make)
        self.size = size

    def __call__(self, request: httpx.Request) -> httpx.Response:
        params = self._params(request)
        page = int(params["page"].removeprefix("tok_")) if "page" in params else 0
        window = self.ids[page * self.size : (page + 1) * self.size]
        more = (page + 1) * self.size < len(self.ids)
        token = f"tok_{page + 1}" if more else None
        body = search_page([self.make(i) for i in window], more, token, "/v1/search")
        return httpx.Response(200, json=body)


async def test_list_forward_over_four_pages(client: Any, mock: respx.MockRouter) -> None:
    fake = FakeList(IDS, "/v1/invoices")
    mock.get("/v1/invoices").mock(side_effect=fake)

    items = await collect(client.invoices.list(limit=3, customer="cus_1"))

    assert [item.id for item in items] == IDS
    assert all(isinstance(item, Invoice) for item in items)
    assert fake.seen == [
        {"limit": "3", "customer": "cus_1"},
        {"limit": "3", "customer": "cus_1", "starting_after": "in_008"},
        {"limit": "3", "customer": "cus_1", "starting_after": "in_005"},
        {"limit": "3", "customer": "cus_1", "starting_after": "in_002"},
    ]


async def test_list_forward_from_a_cursor(client: Any, mock: respx.MockRouter) -> None:
    fake = FakeList(IDS, "/v1/invoices")
    mock.get("/v1/invoices").mock(side_effect=fake)
    items = await collect(client.invoices.list(limit=4, starting_after="in_009"))
    assert [item.id for item in items] == IDS[2:]
    assert [p["starting_after"] for p in fake.seen] == ["in_009", "in_005"]


async def test_list_backward_with_ending_before(client: Any, mock: respx.MockRouter) -> None:
    fake = FakeList(IDS, "/v1/invoices")
    mock.get("/v1/invoices").mock(side_effect=fake)

    items = await collect(client.invoices.list(limit=3, ending_before="in_001"))

    # Walks toward newer objects, oldest first; every cursor is the first id of a page.
    assert [item.id for item in items] == list(reversed(IDS[:9]))
    assert [p.get("ending_before") for p in fake.seen] == ["in_001", "in_004", "in_007"]
    assert all("starting_after" not in p for p in fake.seen)


async def test_max_items_stops_without_another_fetch(client: Any, mock: respx.MockRouter) -> None:
    fake = FakeList(IDS, "/v1/invoices")
    mock.get("/v1/invoices").mock(side_effect=fake)

    items = await collect(client.invoices.list(limit=3, max_items=6))

    assert [item.id for item in items] == IDS[:6]
    assert len(fake.seen) == 2  # the page after the 6th item is never asked for


async def test_max_items_mid_page(client: Any, mock: respx.MockRouter) -> None:
    fake = FakeList(IDS, "/v1/invoices")
    mock.get("/v1/invoices").mock(side_effect=fake)
    items = await collect(client.invoices.list(limit=3, max_items=4))
    assert [item.id for item in items] == IDS[:4]
    assert len(fake.seen) == 2


async def test_max_items_zero_sends_nothing(client: Any, mock: respx.MockRouter) -> None:
    route = mock.get("/v1/invoices")
    assert await collect(client.invoices.list(max_items=0)) == []
    assert route.call_count == 0


async def test_pages_expose_data_and_has_more(client: Any, mock: respx.MockRouter) -> None:
    mock.get("/v1/invoices").mock(side_effect=FakeList(IDS, "/v1/invoices"))
    pages = await collect_pages(client.invoices.list(limit=4))
    assert [[i.id for i in page.data] for page in pages] == [IDS[0:4], IDS[4:8], IDS[8:10]]
    assert [page.has_more for page in pages] == [True, True, False]


async def test_each_iteration_starts_over(client: Any, mock: respx.MockRouter) -> None:
    fake = FakeList(IDS, "/v1/invoices")
    mock.get("/v1/invoices").mock(side_effect=fake)
    pager = client.invoices.list(limit=5)
    first = [item.id for item in await collect(pager)]
    second = [item.id for item in await collect(pager)]
    assert first == second == IDS
    assert [p.get("starting_after") for p in fake.seen] == [None, "in_006", None, "in_006"]


async def test_search_follows_next_page(client: Any, mock: respx.MockRouter) -> None:
    fake = FakeSearch(IDS, 3, invoice)
    mock.get("/v1/invoices/search").mock(side_effect=fake)

    items = await collect(client.invoices.search(query="status:'open'", limit=3))

    assert [item.id for item in items] == IDS
    assert [p.get("page") for p in fake.seen] == [None, "tok_1", "tok_2", "tok_3"]
    assert all(p["query"] == "status:'open'" and p["limit"] == "3" for p in fake.seen)


async def test_search_pages_expose_next_page(client: Any, mock: respx.MockRouter) -> None:
    mock.get("/v1/customers/search").mock(side_effect=FakeSearch(IDS, 4, customer))
    pages = await collect_pages(client.customers.search(query="name:'Jenny'"))
    assert [page.next_page for page in pages] == ["tok_1", "tok_2", None]
    assert [page.has_more for page in pages] == [True, True, False]
    assert all(isinstance(item, Customer) for page in pages for item in page.data)


async def test_search_max_items(client: Any, mock: respx.MockRouter) -> None:
    fake = FakeSearch(IDS, 3, invoice)
    mock.get("/v1/invoices/search").mock(side_effect=fake)
    items = await collect(client.invoices.search(query="status:'open'", max_items=5))
    assert len(items) == 5
    assert len(fake.seen) == 2


async def test_list_lines_pages(client: Any, mock: respx.MockRouter) -> None:
    lines = [f"il_{n}" for n in range(7, 0, -1)]
    fake = FakeList(lines, "/v1/invoices/in_1/lines", line_item)
    mock.get("/v1/invoices/in_1/lines").mock(side_effect=fake)

    items = await collect(client.invoices.list_lines("in_1", limit=2))

    assert [item.id for item in items] == lines
    assert all(isinstance(item, LineItem) for item in items)
    assert len(fake.seen) == 4
    assert fake.seen[-1] == {"limit": "2", "starting_after": "il_2"}


async def test_invoice_items_and_customers_list(client: Any, mock: respx.MockRouter) -> None:
    ii = FakeList(["ii_3", "ii_2", "ii_1"], "/v1/invoiceitems", lambda i: {"id": i})
    cus = FakeList(["cus_3", "cus_2", "cus_1"], "/v1/customers", customer)
    mock.get("/v1/invoiceitems").mock(side_effect=ii)
    mock.get("/v1/customers").mock(side_effect=cus)
    assert [i.id for i in await collect(client.invoice_items.list(limit=1))] == ii.ids
    assert [c.id for c in await collect(client.customers.list(limit=2))] == cus.ids
    assert (len(ii.seen), len(cus.seen)) == (3, 2)


@pytest.mark.parametrize("kind", ["async"])
async def test_async_pager_awaits_to_first_page(client: Any, mock: respx.MockRouter) -> None:
    fake = FakeList(IDS, "/v1/invoices")
    mock.get("/v1/invoices").mock(side_effect=fake)
    pager = client.invoices.list(limit=3)
    assert isinstance(pager, AsyncPager)
    page = await pager
    assert [i.id for i in page.data] == IDS[:3]
    assert page.has_more is True
    assert len(fake.seen) == 1


async def test_repeated_cursor_stops_with_pagination_error(
    client: Any, mock: respx.MockRouter
) -> None:
    # A broken server that answers every page with the same data would loop forever.
    mock.get("/v1/invoices").mock(
        return_value=httpx.Response(
            200, json=list_page([invoice("in_1"), invoice("in_2")], True, "/v1/invoices")
        )
    )
    pager = client.invoices.list(limit=2)
    got: list[Invoice] = []
    with pytest.raises(PaginationError):
        await collect_into(pager, got)
    # The repeated page is refused before any of its items.
    assert [item.id for item in got] == ["in_1", "in_2"]


async def test_search_sending_new_cursors_for_the_same_results_stops(
    client: Any, mock: respx.MockRouter
) -> None:
    tokens = iter(range(1000))

    def endless(request: httpx.Request) -> httpx.Response:
        body = search_page([invoice("in_1")], True, f"tok_{next(tokens)}", "/v1/invoices/search")
        return httpx.Response(200, json=body)

    route = mock.get("/v1/invoices/search").mock(side_effect=endless)
    with pytest.raises(PaginationError):
        await collect(client.invoices.search(query="status:'open'"))
    assert route.call_count == 2


async def test_more_pages_after_an_empty_page_is_a_pagination_error(
    client: Any, mock: respx.MockRouter
) -> None:
    mock.get("/v1/customers").mock(
        return_value=httpx.Response(200, json=list_page([], True, "/v1/customers"))
    )
    with pytest.raises(PaginationError):
        await collect(client.customers.list())


@pytest.mark.parametrize("cursor", [3, True, {"token": "tok_1"}, ["tok_1"]], ids=repr)
async def test_search_cursor_of_another_type_is_a_pagination_error(
    client: Any, mock: respx.MockRouter, cursor: object
) -> None:
    # The page model keeps such a `next_page` as received and reading it raises
    # FieldNotAvailableError, an AttributeError: it escaped the walk instead of its typed error.
    body = search_page([invoice("in_1")], True, None, "/v1/invoices/search")
    body["next_page"] = cursor
    route = mock.get("/v1/invoices/search").mock(return_value=httpx.Response(200, json=body))
    pager = client.invoices.search(query="status:'open'")
    got: list[Invoice] = []
    with pytest.raises(PaginationError, match=f"no next_page cursor.*{type(cursor).__name__}"):
        await collect_into(pager, got)
    assert [item.id for item in got] == ["in_1"]  # the page itself was sound
    assert route.call_count == 1


def event(**fields: Any) -> dict[str, Any]:
    return {"object": "event", "type": "invoice.paid", "data": {"object": invoice()}, **fields}


async def test_an_events_page_yields_its_malformed_events_too(
    client: Any, mock: respx.MockRouter
) -> None:
    # One event shaped unlike an event made the page "not a list page", its good events lost.
    odd = event(id="evt_2", data={})
    body = list_page([event(id="evt_1"), odd, event(id="evt_3")], False, "/v1/events")
    mock.get("/v1/events").mock(return_value=httpx.Response(200, json=body))
    got = await collect(client.events.list())
    assert [item.id for item in got] == ["evt_1", "evt_2", "evt_3"]
    assert isinstance(got[0].data.object, Invoice) and isinstance(got[2].data.object, Invoice)
    with pytest.raises(FieldNotAvailableError, match=r"^EventData\.object: .* no 'object' field"):
        got[1].data.object  # noqa: B018
    assert got[1].to_dict() == odd


async def test_an_events_page_holding_a_non_object_is_an_api_response_error(
    client: Any, mock: respx.MockRouter
) -> None:
    # Like any list of models: an item that is not even an object keeps the whole list as
    # received (it was reported as "not a list page (no data or has_more)").
    body = list_page([event(id="evt_1")], False, "/v1/events")
    body["data"].append("evt_2")
    mock.get("/v1/events").mock(return_value=httpx.Response(200, json=body))
    with pytest.raises(APIResponseError, match=r"^GetEvents: .*data holds a str, not an object"):
        await collect(client.events.list())


@pytest.mark.parametrize("last", [event(), event(id=42), event(id="")], ids=["none", "42", "''"])
async def test_a_last_event_without_an_id_stops_the_walk_naming_the_operation(
    client: Any, mock: respx.MockRouter, last: dict[str, Any]
) -> None:
    # More pages are promised but there is no cursor to ask for them: the items before the
    # cursor are handed out, then the walk stops, neither skipping the item nor looping.
    body = list_page([event(id="evt_1"), last], True, "/v1/events")
    route = mock.get("/v1/events").mock(return_value=httpx.Response(200, json=body))
    got: list[Any] = []
    found = repr(last.get("id"))
    with pytest.raises(
        PaginationError,
        match=rf"^GetEvents: cannot fetch the next page: item 1 \(Event\) has no id .*{found}",
    ):
        await collect_into(client.events.list(), got)
    assert [item.to_dict() for item in got] == body["data"]
    assert route.call_count == 1


async def test_item_without_id_stops_with_pagination_error(
    client: Any, mock: respx.MockRouter
) -> None:
    mock.get("/v1/invoices").mock(
        return_value=httpx.Response(
            200, json=list_page([{"object": "invoice"}], True, "/v1/invoices")
        )
    )
    with pytest.raises(PaginationError):
        await collect(client.invoices.list())


BAD_LIST_PARAMS = [
    {"limit": 0},
    {"limit": 101},
    {"limit": -1},
    {"limit": "10"},
    {"limit": 2.5},
    {"limt": 10},
    {"page": "tok_1"},
    {"status": 1},
    {"created": {"after": 1}},
    {"expand": "customer"},
]


@pytest.mark.parametrize("params", BAD_LIST_PARAMS, ids=repr)
async def test_bad_list_param_raises_at_the_call(
    client: Any, mock: respx.MockRouter, params: dict[str, Any]
) -> None:
    with pytest.raises(InvalidParameterError):
        client.invoices.list(**params)  # not at iteration: at the call itself
    assert not mock.calls


@pytest.mark.parametrize(
    "call",
    [
        lambda c: c.invoices.search(query="x", limit=0),
        lambda c: c.invoices.search(limit=10),  # query is required
        lambda c: c.invoices.search(query="x", starting_after="in_1"),
        lambda c: c.invoices.list_lines("in_1", limit=101),
        lambda c: c.customers.search(query="x", limit=1000),
        lambda c: c.customers.list(emial="a@b.c"),
        lambda c: c.invoice_items.list(pending="yes"),
        # Stripe reads "" as "unset" and answers 400; a blank query does not parse either.
        lambda c: c.invoices.search(query=""),
        lambda c: c.customers.search(query=" \n\t"),
    ],
    ids=[
        "search-limit0",
        "search-no-query",
        "search-cursor",
        "lines-limit101",
        "customers-search-limit",
        "customers-typo",
        "items-pending-str",
        "search-empty-query",
        "search-blank-query",
    ],
)
async def test_bad_pager_calls_raise_before_any_request(
    client: Any, mock: respx.MockRouter, call: Callable[[Any], Any]
) -> None:
    with pytest.raises(InvalidParameterError):
        call(client)
    assert not mock.calls


async def test_negative_max_items_is_an_invalid_parameter(client: Any) -> None:
    with pytest.raises(InvalidParameterError):
        client.invoices.list(max_items=-1)


async def test_str_max_items_is_an_invalid_parameter(client: Any) -> None:
    with pytest.raises(InvalidParameterError):
        client.invoices.list(max_items="5")


@pytest.mark.parametrize("bad_id", ["", "in_1\nX-Evil: 1", 42], ids=["empty", "newline", "int"])
async def test_bad_list_lines_id_never_reaches_the_wire(
    client: Any, mock: respx.MockRouter, bad_id: Any
) -> None:
    # Today the id is only checked on the first fetch; still, nothing is sent.
    with pytest.raises(InvalidParameterError):
        await collect(client.invoices.list_lines(bad_id))
    assert not mock.calls


@pytest.mark.parametrize("bad_id", ["", "in_1\nX-Evil: 1", 42], ids=["empty", "newline", "int"])
async def test_bad_list_lines_id_raises_at_the_call(client: Any, bad_id: Any) -> None:
    with pytest.raises(InvalidParameterError):
        client.invoices.list_lines(bad_id)


# --- with_raw_response: the first page, raw ---------------------------------------------------


async def test_raw_list_is_the_first_page_with_its_response(
    client: Any, mock: respx.MockRouter
) -> None:
    fake = FakeList(IDS, "/v1/invoices")

    def with_request_id(request: httpx.Request) -> httpx.Response:
        response = fake(request)
        response.headers["Request-Id"] = "req_list_1"
        return response

    route = mock.get("/v1/invoices").mock(side_effect=with_request_id)
    raw = await run(client.with_raw_response.invoices.list(limit=3, customer="cus_1"))
    assert raw.status_code == 200
    assert raw.request_id == "req_list_1"
    page = raw.parsed
    assert [item.id for item in page.data] == IDS[:3]
    assert all(isinstance(item, Invoice) for item in page.data)
    assert page.has_more is True
    assert page.url == "/v1/invoices"
    assert page.object_ == "list"
    assert route.call_count == 1
    assert dict(query(route.calls.last.request)) == {"limit": "3", "customer": "cus_1"}


async def test_raw_search_and_list_lines(client: Any, mock: respx.MockRouter) -> None:
    mock.get("/v1/customers/search").mock(side_effect=FakeSearch(IDS, 4, customer))
    raw = await run(client.with_raw_response.customers.search(query="name:'Jenny'"))
    assert raw.parsed.next_page == "tok_1"
    assert raw.parsed.object_ == "search_result"
    assert all(isinstance(item, Customer) for item in raw.parsed.data)
    lines = FakeList(["il_3", "il_2", "il_1"], "/v1/invoices/in_1/lines", line_item)
    mock.get("/v1/invoices/in_1/lines").mock(side_effect=lines)
    raw_lines = await run(client.with_raw_response.invoices.list_lines("in_1", limit=2))
    assert [item.id for item in raw_lines.parsed.data] == ["il_3", "il_2"]
    assert isinstance(raw_lines.parsed.data[0], LineItem)
    items = FakeList(["ii_2", "ii_1"], "/v1/invoiceitems", lambda i: {"id": i})
    mock.get("/v1/invoiceitems").mock(side_effect=items)
    raw_items = await run(client.with_raw_response.invoice_items.list())
    assert [item.id for item in raw_items.parsed.data] == ["ii_2", "ii_1"]
    assert len(lines.seen) == len(items.seen) == 1


async def test_raw_pager_calls_check_their_input_and_the_page(
    client: Any, mock: respx.MockRouter
) -> None:
    with pytest.raises(InvalidParameterError):
        await run(client.with_raw_response.invoices.list(limit=0))
    with pytest.raises(InvalidParameterError):
        await run(client.with_raw_response.invoices.search(limit=3))  # query is required
    assert not mock.calls
    mock.get("/v1/invoices").mock(return_value=httpx.Response(200, json={"object": "list"}))
    with pytest.raises(APIResponseError):
        await run(client.with_raw_response.invoices.list())
