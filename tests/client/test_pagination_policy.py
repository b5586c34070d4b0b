from __future__ import annotations

import asyncio
import itertools
import tracemalloc
from collections.abc import Callable, Sequence
from typing import Any

import attrs
import pytest

from stripe_invoicing_client._core.pagination import (
    AsyncPager,
    ListPage,
    SyncPager,
    next_list_params,
    next_search_params,
)
from stripe_invoicing_client.errors import PaginationError

# --- a fake Stripe --------------------------------------------------------------------------


@attrs.define
class Item:
    id: Any


@attrs.define
class Page:
    """A list page as the pager sees it (fits the ``ListPage`` protocol)."""

    data: list[Item]
    has_more: bool
    url: str = "/v1/invoices"
    object_: str = "list"


@attrs.define
class SearchResult:
    """A search page as the pager sees it (fits the ``SearchPage`` protocol)."""

    data: list[Item]
    has_more: bool
    next_page: Any
    url: str = "/v1/invoices/search"
    object_: str = "search_result"


# Newest first, like Stripe: in_9 is the most recent invoice.
ALL = [Item(f"in_{n}") for n in range(9, 0, -1)]


class FakeList:
    """Serves ALL with Stripe's cursor rules and records each request."""

    def __init__(self, items: Sequence[Item] = ALL) -> None:
        self.items = list(items)
        self.calls: list[dict[str, Any]] = []

    def __call__(self, params: dict[str, Any]) -> Page:
        self.calls.append(dict(params))
        params["limit"] = "tampered"  # the pager must hand out copies
        limit = int(self.calls[-1].get("limit", 3))
        ids = [item.id for item in self.items]
        if "starting_after" in self.calls[-1]:
            start = ids.index(self.calls[-1]["starting_after"]) + 1
            chunk = self.items[start : start + limit]
            return Page(chunk, start + limit < len(ids))
        if "ending_before" in self.calls[-1]:
            end = ids.index(self.calls[-1]["ending_before"])
            chunk = self.items[max(end - limit, 0) : end]
            return Page(chunk, end - limit > 0)
        return Page(self.items[:limit], limit < len(ids))


class FakeSearch:
    def __init__(self, items: Sequence[Item] = ALL, per_page: int = 3) -> None:
        self.items = list(items)
        self.per_page = per_page
        self.calls: list[dict[str, Any]] = []

    def __call__(self, params: dict[str, Any]) -> SearchResult:
        self.calls.append(dict(params))
        offset = int(params["page"].removeprefix("cursor_")) if "page" in params else 0
        chunk = self.items[offset : offset + self.per_page]
        more = offset + self.per_page < len(self.items)
        return SearchResult(chunk, more, f"cursor_{offset + self.per_page}" if more else None)


def ids(items: Sequence[Item] | ListPage[Item]) -> list[str]:
    data = items if isinstance(items, Sequence) else items.data
    return [item.id for item in data]


def asyncify(fetch: Callable[[dict[str, Any]], Any]) -> Callable[[dict[str, Any]], Any]:
    async def fetch_async(params: dict[str, Any]) -> Any:
        return fetch(params)

    return fetch_async


# --- next_list_params / next_search_params -----------------------------------------------


def test_next_list_params_forward() -> None:
    page = Page([Item("in_3"), Item("in_2")], has_more=True)
    params = {"limit": 2, "customer": "cus_1"}
    assert next_list_params(params, page) == {
        "limit": 2,
        "customer": "cus_1",
        "starting_after": "in_2",
    }
    assert params == {"limit": 2, "customer": "cus_1"}  # not mutated


def test_next_list_params_replaces_cursor() -> None:
    page = Page([Item("in_3"), Item("in_2")], has_more=True)
    assert next_list_params({"starting_after": "in_4"}, page) == {"starting_after": "in_2"}


def test_next_list_params_backward() -> None:
    page = Page([Item("in_7"), Item("in_6")], has_more=True)
    assert next_list_params({"ending_before": "in_5", "limit": 2}, page) == {
        "ending_before": "in_7",
        "limit": 2,
    }


@pytest.mark.parametrize("empty", [None, ""])
def test_empty_ending_before_means_forward(empty: str | None) -> None:
    page = Page([Item("in_7"), Item("in_6")], has_more=True)
    assert next_list_params({"ending_before": empty}, page) == {"starting_after": "in_6"}


@pytest.mark.parametrize("page", [Page([Item("in_1")], has_more=False), Page([], False)])
def test_next_list_params_stops(page: Page) -> None:
    assert next_list_params({"limit": 3}, page) is None


def test_next_list_params_refuses_more_after_an_empty_page() -> None:
    with pytest.raises(PaginationError, match="empty"):
        next_list_params({"limit": 3}, Page([], has_more=True))


@pytest.mark.parametrize("bad_id", [None, "", 42, object()])
def test_item_without_id_is_a_clear_error(bad_id: Any) -> None:
    page = Page([Item("in_2"), Item(bad_id)], has_more=True)
    with pytest.raises(PaginationError, match=r"item 1 .*has no id"):
        next_list_params({}, page)


def test_item_without_id_attribute() -> None:
    page = Page([object()], has_more=True)  # type: ignore[list-item]
    with pytest.raises(PaginationError, match="no id"):
        next_list_params({}, page)


def test_item_without_id_is_fine_when_no_next_page_is_needed() -> None:
    assert next_list_params({}, Page([Item(None)], has_more=False)) is None


def test_dict_items_are_supported() -> None:
    page = Page([{"id": "in_1"}], has_more=True)  # type: ignore[list-item]
    assert next_list_params({}, page) == {"starting_after": "in_1"}


def test_next_search_params() -> None:
    page = SearchResult([Item("in_1")], has_more=True, next_page="abc")
    params = {"query": "status:'open'", "page": "old"}
    assert next_search_params(params, page) == {"query": "status:'open'", "page": "abc"}
    assert params["page"] == "old"


@pytest.mark.parametrize("next_page", ["abc", None])
def test_next_search_params_stops(next_page: Any) -> None:
    page = SearchResult([Item("in_1")], has_more=False, next_page=next_page)
    assert next_search_params({"query": "x"}, page) is None


@pytest.mark.parametrize("next_page", [None, "", 3])
def test_next_search_params_refuses_more_without_a_cursor(next_page: Any) -> None:
    page = SearchResult([Item("in_1")], has_more=True, next_page=next_page)
    with pytest.raises(PaginationError, match="no next_page cursor"):
        next_search_params({"query": "x"}, page)


# --- SyncPager ----------------------------------------------------------------------------


def test_sync_forward_over_three_pages() -> None:
    fake = FakeList()
    pager = SyncPager(fake, {"limit": 3}, next_list_params)
    assert [item.id for item in pager] == [item.id for item in ALL]
    assert fake.calls == [
        {"limit": 3},
        {"limit": 3, "starting_after": "in_7"},
        {"limit": 3, "starting_after": "in_4"},
    ]


def test_sync_forward_with_uneven_last_page() -> None:
    fake = FakeList()
    assert [item.id for item in SyncPager(fake, {"limit": 4}, next_list_params)] == ids(ALL)
    assert len(fake.calls) == 3


def test_sync_backward_over_three_pages() -> None:
    # ending_before in_1 walks towards newer objects; items come out oldest to newest.
    fake = FakeList()
    pager = SyncPager(fake, {"limit": 2, "ending_before": "in_1"}, next_list_params)
    assert [item.id for item in pager] == [f"in_{n}" for n in range(2, 10)]
    assert [call.get("ending_before") for call in fake.calls] == ["in_1", "in_3", "in_5", "in_7"]
    assert all("starting_after" not in call for call in fake.calls)


def test_sync_backward_pages_keep_server_order() -> None:
    fake = FakeList()
    pager = SyncPager(fake, {"limit": 3, "ending_before": "in_1"}, next_list_params)
    assert [ids(page) for page in pager.pages()] == [
        ["in_4", "in_3", "in_2"],
        ["in_7", "in_6", "in_5"],
        ["in_9", "in_8"],
    ]


def test_sync_fetches_lazily() -> None:
    fake = FakeList()
    iterator = iter(SyncPager(fake, {"limit": 3}, next_list_params))
    assert fake.calls == []
    for _ in range(3):
        next(iterator)
    assert len(fake.calls) == 1
    next(iterator)
    assert len(fake.calls) == 2


@pytest.mark.parametrize(
    ("max_items", "expected_calls"), [(0, 0), (1, 1), (3, 1), (4, 2), (6, 2), (7, 3), (100, 3)]
)
def test_sync_max_items(max_items: int, expected_calls: int) -> None:
    fake = FakeList()
    pager = SyncPager(fake, {"limit": 3}, next_list_params, max_items=max_items)
    assert [item.id for item in pager] == ids(ALL)[:max_items]
    assert len(fake.calls) == expected_calls


def test_sync_max_items_backward() -> None:
    fake = FakeList()
    pager = SyncPager(fake, {"limit": 3, "ending_before": "in_1"}, next_list_params, max_items=4)
    assert [item.id for item in pager] == ["in_2", "in_3", "in_4", "in_5"]
    assert len(fake.calls) == 2


@pytest.mark.parametrize(("max_items", "expected_pages"), [(0, 0), (1, 1), (3, 1), (4, 2)])
def test_sync_pages_respect_max_items(max_items: int, expected_pages: int) -> None:
    fake = FakeList()
    pager = SyncPager(fake, {"limit": 3}, next_list_params, max_items=max_items)
    assert len(list(pager.pages())) == expected_pages
    assert len(fake.calls) == expected_pages


def test_sync_pages_and_first_page() -> None:
    fake = FakeList()
    pager = SyncPager(fake, {"limit": 3}, next_list_params)
    assert [ids(page) for page in pager.pages()] == [ids(ALL[0:3]), ids(ALL[3:6]), ids(ALL[6:9])]
    fake.calls.clear()
    first = pager.first_page()
    assert ids(first) == ["in_9", "in_8", "in_7"]
    assert fake.calls == [{"limit": 3}]


def test_sync_iterating_twice_restarts() -> None:
    fake = FakeList()
    pager = SyncPager(fake, {"limit": 3}, next_list_params)
    assert list(pager) == list(pager) == ALL
    assert fake.calls[0] == fake.calls[3] == {"limit": 3}
    assert len(fake.calls) == 6


def test_sync_no_page_fetched_twice_within_a_walk() -> None:
    fake = FakeList()
    list(SyncPager(fake, {"limit": 2}, next_list_params))
    keys = [tuple(sorted(call.items())) for call in fake.calls]
    assert len(keys) == len(set(keys)) == 5


def test_sync_search_over_three_cursors() -> None:
    fake = FakeSearch()
    pager = SyncPager(fake, {"query": "status:'open'"}, next_search_params)
    assert [item.id for item in pager] == ids(ALL)
    assert fake.calls == [
        {"query": "status:'open'"},
        {"query": "status:'open'", "page": "cursor_3"},
        {"query": "status:'open'", "page": "cursor_6"},
    ]


def test_sync_search_max_items() -> None:
    fake = FakeSearch()
    pager = SyncPager(fake, {"query": "x"}, next_search_params, max_items=5)
    assert [item.id for item in pager] == ids(ALL)[:5]
    assert len(fake.calls) == 2


def test_empty_list() -> None:
    fake = FakeList(items=[])
    assert list(SyncPager(fake, {}, next_list_params)) == []
    assert len(fake.calls) == 1


def test_item_without_id_stops_iteration_with_error() -> None:
    fake = FakeList(items=[Item("in_2"), Item(None), Item("in_0")])
    pager = SyncPager(fake, {"limit": 2}, next_list_params)
    seen: list[Item] = []
    with pytest.raises(PaginationError):
        for item in pager:
            seen.append(item)
    assert ids(seen) == ["in_2", None]
    assert len(fake.calls) == 1


def test_repeated_cursor_is_an_error_not_a_loop() -> None:
    calls = itertools.count()

    def stuck(params: dict[str, Any]) -> Page:
        assert next(calls) < 5, "the pager kept fetching"
        return Page([Item("in_1")], has_more=True)

    with pytest.raises(PaginationError, match="again"):
        list(SyncPager(stuck, {}, next_list_params))


def test_negative_max_items_is_rejected() -> None:
    with pytest.raises(ValueError):
        SyncPager(FakeList(), {}, next_list_params, max_items=-1)
    with pytest.raises(ValueError):
        AsyncPager(asyncify(FakeList()), {}, next_list_params, max_items=-1)


def test_repr_is_short() -> None:
    pager = SyncPager(FakeList(), {"limit": 3, "customer": "cus_1"}, next_list_params)
    assert repr(pager) == "SyncPager(params={'limit': 3, 'customer': 'cus_1'})"
    limited = SyncPager(FakeList(), {"q": "x" * 1000}, next_list_params, max_items=2)
    assert len(repr(limited)) < 260
    assert repr(limited).endswith("..., max_items=2)")
    leaked = SyncPager(FakeList(), {"note": "sk_live_abcdef123456"}, next_list_params)
    assert "sk_live_abcdef123456" not in repr(leaked)


def test_caller_params_are_copied() -> None:
    params = {"limit": 3}
    fake = FakeList()
    pager = SyncPager(fake, params, next_list_params)
    params["limit"] = 1
    list(pager)
    assert fake.calls[0] == {"limit": 3}


# --- AsyncPager ---------------------------------------------------------------------------


async def test_async_forward_over_three_pages() -> None:
    fake = FakeList()
    pager = AsyncPager(asyncify(fake), {"limit": 3}, next_list_params)
    assert [item.id async for item in pager] == ids(ALL)
    assert [call.get("starting_after") for call in fake.calls] == [None, "in_7", "in_4"]


async def test_async_backward() -> None:
    fake = FakeList()
    pager = AsyncPager(asyncify(fake), {"limit": 2, "ending_before": "in_1"}, next_list_params)
    assert [item.id async for item in pager] == [f"in_{n}" for n in range(2, 10)]
    assert len(fake.calls) == 4


async def test_async_pages_and_await() -> None:
    fake = FakeList()
    pager = AsyncPager(asyncify(fake), {"limit": 3}, next_list_params)
    assert [ids(page) async for page in pager.pages()] == [
        ids(ALL[0:3]),
        ids(ALL[3:6]),
        ids(ALL[6:9]),
    ]
    fake.calls.clear()
    first = await pager
    assert ids(first) == ["in_9", "in_8", "in_7"]
    assert ids(await pager.first_page()) == ["in_9", "in_8", "in_7"]
    assert fake.calls == [{"limit": 3}, {"limit": 3}]


@pytest.mark.parametrize(("max_items", "expected_calls"), [(0, 0), (2, 1), (3, 1), (5, 2)])
async def test_async_max_items(max_items: int, expected_calls: int) -> None:
    fake = FakeList()
    pager = AsyncPager(asyncify(fake), {"limit": 3}, next_list_params, max_items=max_items)
    assert [item.id async for item in pager] == ids(ALL)[:max_items]
    assert len(fake.calls) == expected_calls


async def test_async_pages_respect_max_items() -> None:
    fake = FakeList()
    pager = AsyncPager(asyncify(fake), {"limit": 3}, next_list_params, max_items=4)
    assert len([page async for page in pager.pages()]) == 2
    assert len(fake.calls) == 2


async def test_async_search_over_three_cursors() -> None:
    fake = FakeSearch(per_page=2)
    pager = AsyncPager(asyncify(fake), {"query": "x"}, next_search_params)
    assert [item.id async for item in pager] == ids(ALL)
    assert [call.get("page") for call in fake.calls] == [
        None,
        "cursor_2",
        "cursor_4",
        "cursor_6",
        "cursor_8",
    ]


async def test_async_lazy_and_restartable() -> None:
    fake = FakeList()
    pager = AsyncPager(asyncify(fake), {"limit": 3}, next_list_params)
    iterator = aiter(pager)
    for _ in range(3):
        await anext(iterator)
    assert len(fake.calls) == 1
    assert [item async for item in pager] == ALL
    assert len(fake.calls) == 4
    assert repr(pager) == "AsyncPager(params={'limit': 3})"


async def test_async_item_without_id() -> None:
    fake = FakeList(items=[Item("in_2"), Item(None), Item("in_0")])
    pager = AsyncPager(asyncify(fake), {"limit": 2}, next_list_params)
    with pytest.raises(PaginationError):
        [item async for item in pager]


# --- inconsistent servers: never an item twice, never a loop (sync and async) -----------------

KINDS = ["sync", "async"]


async def walk_items(kind: str, fetch: Any, params: dict[str, Any], next_params: Any) -> Any:
    """(items yielded before the walk ended, the PaginationError that ended it or None)."""
    got: list[Item] = []
    try:
        if kind == "sync":
            for item in SyncPager(fetch, params, next_params):
                got.append(item)
        else:
            async for item in AsyncPager(asyncify(fetch), params, next_params):
                got.append(item)
    except PaginationError as error:
        return got, error
    return got, None


async def walk_pages(kind: str, fetch: Any, params: dict[str, Any], next_params: Any) -> Any:
    got: list[Any] = []
    try:
        if kind == "sync":
            for page in SyncPager(fetch, params, next_params).pages():
                got.append(page)
        else:
            async for page in AsyncPager(asyncify(fetch), params, next_params).pages():
                got.append(page)
    except PaginationError as error:
        return got, error
    return got, None


class Scripted:
    """Answers with the given pages in order, then fails the test if asked for more."""

    def __init__(self, *pages: Any) -> None:
        self.pages = list(pages)
        self.calls: list[dict[str, Any]] = []

    def __call__(self, params: dict[str, Any]) -> Any:
        self.calls.append(dict(params))
        assert self.pages, "the pager kept fetching"
        return self.pages.pop(0)


def items(*names: str) -> list[Item]:
    return [Item(name) for name in names]


@pytest.mark.parametrize("kind", KINDS)
async def test_search_with_new_cursors_for_the_same_results_stops(kind: str) -> None:
    calls = itertools.count()

    def endless(params: dict[str, Any]) -> SearchResult:
        n = next(calls)
        assert n < 5, "the pager kept following new cursors"
        return SearchResult(items("in_1", "in_2"), True, f"cursor_{n}")

    got, error = await walk_items(kind, endless, {"query": "x"}, next_search_params)
    assert ids(got) == ["in_1", "in_2"]
    assert error is not None and "'in_1' again" in str(error)


@pytest.mark.parametrize("kind", KINDS)
async def test_list_server_ignoring_starting_after_yields_no_duplicate(kind: str) -> None:
    def ignores_cursor(params: dict[str, Any]) -> Page:
        return Page(items("in_3", "in_2"), has_more=True)

    got, error = await walk_items(kind, ignores_cursor, {"limit": 2}, next_list_params)
    assert ids(got) == ["in_3", "in_2"]
    assert isinstance(error, PaginationError)
    pages, error = await walk_pages(kind, ignores_cursor, {"limit": 2}, next_list_params)
    assert len(pages) == 1
    assert isinstance(error, PaginationError)


@pytest.mark.parametrize("kind", KINDS)
async def test_a_server_cycling_back_to_an_earlier_page_is_caught(kind: str) -> None:
    # Pages A, B, then A again: A's items are neither on the previous page nor asked for by
    # cursor, but A's last item was a cursor already followed.
    a, b = items("in_9", "in_8", "in_7"), items("in_6", "in_5", "in_4")
    fake = Scripted(Page(a, True), Page(b, True), Page(list(a), True))
    got, error = await walk_items(kind, fake, {}, next_list_params)
    assert ids(got) == ids(a + b)
    assert isinstance(error, PaginationError)
    search = Scripted(
        SearchResult(a, True, "c1"), SearchResult(b, True, "c2"), SearchResult(list(a), True, "c3")
    )
    got, error = await walk_items(kind, search, {"query": "x"}, next_search_params)
    assert ids(got) == ids(a + b)
    assert isinstance(error, PaginationError)


@pytest.mark.parametrize("kind", KINDS)
async def test_overlapping_pages_are_refused_before_any_item_of_them(kind: str) -> None:
    fake = Scripted(Page(items("in_9", "in_8"), True), Page(items("in_7", "in_8", "in_6"), True))
    got, error = await walk_items(kind, fake, {}, next_list_params)
    assert ids(got) == ["in_9", "in_8"]  # in_7 is not handed out either: the page is refused
    assert error is not None and "'in_8' again" in str(error)


@pytest.mark.parametrize("kind", KINDS)
async def test_a_page_repeating_an_item_within_itself_is_refused(kind: str) -> None:
    fake = Scripted(Page(items("in_9", "in_8", "in_9"), False))
    got, error = await walk_items(kind, fake, {}, next_list_params)
    assert got == []
    assert error is not None and "'in_9' again" in str(error)


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    ("empty", "next_params"),
    [(Page([], True), next_list_params), (SearchResult([], True, "c2"), next_search_params)],
    ids=["list", "search"],
)
async def test_more_pages_after_an_empty_one_is_an_error(
    kind: str, empty: Any, next_params: Any
) -> None:
    first: Any = (
        Page(items("in_9"), True)
        if next_params is next_list_params
        else SearchResult(items("in_9"), True, "c1")
    )
    got, error = await walk_items(kind, Scripted(first, empty), {"query": "q"}, next_params)
    assert ids(got) == ["in_9"]
    assert error is not None and "empty page" in str(error)


@pytest.mark.parametrize("kind", KINDS)
async def test_search_claiming_more_without_a_cursor_is_an_error(kind: str) -> None:
    fake = Scripted(SearchResult(items("in_9"), True, None))
    got, error = await walk_items(kind, fake, {"query": "x"}, next_search_params)
    assert ids(got) == ["in_9"]
    assert error is not None and "no next_page" in str(error)


@pytest.mark.parametrize("kind", KINDS)
def test_a_consistent_walk_over_many_pages_stays_flat_in_memory(kind: str) -> None:
    # Remembering every id would grow with the walk; the walk keeps one page's ids and two
    # per page. Compare the peak of a short walk and of a walk twenty times as long.
    total = 0

    def fetch(params: dict[str, Any]) -> Page:
        start = int(params.get("starting_after", "in_0").removeprefix("in_"))
        chunk = [Item(f"in_{n:08d}") for n in range(start + 1, start + 101)]
        return Page(chunk, start + 100 < total)

    async def count_async(pager: AsyncPager[Item]) -> int:
        return sum([1 async for _ in pager])

    def peak(pages: int) -> int:
        nonlocal total
        total = pages * 100
        tracemalloc.start()
        try:
            if kind == "sync":
                count = sum(1 for _ in SyncPager(fetch, {}, next_list_params))
            else:
                count = asyncio.run(count_async(AsyncPager(asyncify(fetch), {}, next_list_params)))
            assert count == pages * 100
            return tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()

    short, long = peak(10), peak(200)
    # Keeping 20,000 ids would add well over 1 MB; two per page is about 30 KB.
    assert long - short < 250_000, (short, long)


@pytest.mark.parametrize("kind", KINDS)
async def test_a_search_cursor_sent_twice_is_not_followed_twice(kind: str) -> None:
    # New items each time, but the same cursor: following it again could only loop.
    fake = Scripted(
        SearchResult(items("in_9"), True, "c1"),
        SearchResult(items("in_8"), True, "c1"),
    )
    got, error = await walk_items(kind, fake, {"query": "x"}, next_search_params)
    assert ids(got) == ["in_9", "in_8"]
    assert error is not None and "already followed" in str(error)
    assert len(fake.calls) == 2
