"""Cursor pagination for list and search endpoints, with no HTTP in it.

The cursor rules are pure functions (:func:`next_list_params`, :func:`next_search_params`).
:class:`SyncPager` and :class:`AsyncPager` walk pages through one shared cursor state and only
differ in how they call ``fetch_page``.

A walk never yields an item twice and never loops: each page is checked before any of its items
is handed out, and a page that cannot be right (items repeated, ``has_more`` with nothing in it
or no cursor) ends the walk with :class:`PaginationError`. To stay flat in memory the walk does
not remember every id: it keeps the ids of the previous page, and the first and last id of every
earlier page (two per page). A server that ignores the cursor, or cycles back to any earlier
page, repeats one of those ids; so does one that keeps sending new search cursors for the same
results. Every accepted page therefore brings new items, so the walk progresses or stops.
"""

from __future__ import annotations

from collections.abc import (
    AsyncIterator,
    Awaitable,
    Callable,
    Generator,
    Iterator,
    Mapping,
    Sequence,
)
from typing import Any, Generic, Protocol, TypeVar, overload

from .._redact import redact
from .errors import InvalidParameterError, PaginationError
from .types import Unset

__all__ = [
    "AsyncPager",
    "ListPage",
    "SearchPage",
    "SyncPager",
    "next_list_params",
    "next_search_params",
]

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)

_REPR_LIMIT = 200
_ID_LIMIT = 60


def _cut(value: object, limit: int) -> str:
    shown = repr(value)
    return shown if len(shown) <= limit else shown[: limit - 3] + "..."


class ListPage(Protocol[T_co]):
    """What a list page looks like to the pager (generated list models fit it)."""

    @property
    def data(self) -> Sequence[T_co]: ...

    @property
    def has_more(self) -> bool: ...

    @property
    def url(self) -> str: ...

    @property
    def object_(self) -> str: ...


class SearchPage(ListPage[T_co], Protocol[T_co]):
    """A search page also carries the opaque cursor of the next page (absent on the last)."""

    @property
    def next_page(self) -> str | Unset | None: ...


def _is_backward(params: Mapping[str, Any]) -> bool:
    # Truthiness rather than `is not None`, so a generated UNSET (falsy) counts as absent.
    return bool(params.get("ending_before")) and not params.get("starting_after")


def _id_or_none(item: object) -> object:
    return item.get("id") if isinstance(item, Mapping) else getattr(item, "id", None)


def _item_id(item: object, position: int) -> str:
    value = _id_or_none(item)
    if not isinstance(value, str) or not value:
        # Without an id there is no cursor; guessing one could loop over the same page forever,
        # and skipping the item could skip the items after it.
        held = getattr(item, "get", None)  # a model's id as received, when it did not fit
        found = held("id") if callable(held) else value
        raise PaginationError(
            f"cannot fetch the next page: item {position} ({type(item).__name__}) has no id "
            f"to continue from (got {_cut(found, _ID_LIMIT)})"
        )
    return value


def next_list_params(params: Mapping[str, Any], page: ListPage[object]) -> dict[str, Any] | None:
    """Params for the page after ``page`` of a list call, or None when there is none.

    Forward by default (``starting_after`` = last item). If the call was made with
    ``ending_before``, keep walking backwards (``ending_before`` = first item).
    """
    data = page.data
    if not page.has_more:
        return None
    if len(data) == 0:
        raise PaginationError("the API reported more pages after an empty one; no cursor to follow")
    following = dict(params)
    if _is_backward(params):
        following.pop("starting_after", None)
        following["ending_before"] = _item_id(data[0], 0)
    else:
        following.pop("ending_before", None)
        following["starting_after"] = _item_id(data[-1], len(data) - 1)
    return following


def next_search_params(
    params: Mapping[str, Any], page: SearchPage[object]
) -> dict[str, Any] | None:
    """Params for the page after ``page`` of a search call, or None when there is none."""
    if not page.has_more:
        return None
    try:
        cursor: object = page.next_page
    except AttributeError:
        # A cursor of another type: the page model kept it as received, and reading the field
        # raises FieldNotAvailableError (an AttributeError). Report what came instead.
        held = getattr(page, "get", None)
        cursor = held("next_page") if callable(held) else None
    if not isinstance(cursor, str) or not cursor:
        raise PaginationError(
            f"the API reported more results but no next_page cursor (got {type(cursor).__name__})"
        )
    return {**params, "page": cursor}


NextParams = Callable[[Mapping[str, Any], Any], "dict[str, Any] | None"]


class _Walk(Generic[T]):
    """The cursor state of one pass over the pages; shared by both pagers."""

    def __init__(
        self,
        params: Mapping[str, Any],
        next_params: NextParams,
        max_items: int | None,
        operation: str | None,
    ) -> None:
        # Every PaginationError of the walk names the operation it walks, when known.
        self._named = f"{operation}: " if operation else ""
        self._pending: dict[str, Any] | None = dict(params)
        self._next_params = next_params
        self._remaining = max_items
        self._seen: set[str] = set()
        # What a repeated page would show again (see the module docstring for why this much).
        self._previous_ids: frozenset[str] = frozenset()
        self._boundary_ids: set[str] = set()
        # Backward list pages still come newest first; items are flipped so that a backward
        # walk yields one consistent order (oldest to newest), like stripe-python does.
        self._reverse_items = _is_backward(params)

    def request(self) -> dict[str, Any] | None:
        """Params of the next page to fetch, or None when the walk is over."""
        if self._pending is None or self._remaining == 0:
            return None
        # Keys are unique, so sorting never compares values (which may be unorderable).
        key = repr(sorted(self._pending.items()))
        if key in self._seen:
            raise PaginationError(
                f"{self._named}the API sent a cursor that was already followed; stopping "
                "instead of looping"
            )
        self._seen.add(key)
        return dict(self._pending)  # a copy, so fetch_page cannot change our state

    def check(self, page: ListPage[T]) -> None:
        """Refuse ``page`` if it repeats items: called before any of them is handed out."""
        data = page.data
        if len(data) == 0:
            if page.has_more:
                raise PaginationError(
                    f"{self._named}the API sent an empty page that claims more pages follow"
                )
            return
        ids = [value for value in map(_id_or_none, data) if isinstance(value, str) and value]
        current = frozenset(ids)
        repeated = current & self._previous_ids or current.intersection(self._boundary_ids)
        if repeated or len(current) != len(ids):
            shown = min(repeated) if repeated else _first_repeat(ids)
            raise PaginationError(
                f"{self._named}the API sent {shown!r} again; stopping instead of repeating items "
                "(the server ignores the cursor, or its pages overlap)"
            )
        self._previous_ids = current
        if ids:
            self._boundary_ids.update((ids[0], ids[-1]))

    def items(self, page: ListPage[T]) -> Iterator[T]:
        """The items of ``page`` in walk order, stopping at ``max_items``."""
        data = page.data
        for item in reversed(data) if self._reverse_items else data:
            if self._remaining is not None:
                if self._remaining <= 0:
                    return
                self._remaining -= 1
            yield item

    def count_page(self, page: ListPage[T]) -> None:
        """Account for a page handed out whole (page iteration)."""
        if self._remaining is not None:
            self._remaining = max(self._remaining - len(page.data), 0)

    def advance(self, page: ListPage[T]) -> None:
        """Move past ``page``. Skipped once ``max_items`` is reached, so no cursor is needed."""
        if self._pending is None or self._remaining == 0:
            self._pending = None
        else:
            # From our own params, not the copy handed to fetch_page, which it may have changed.
            try:
                self._pending = self._next_params(self._pending, page)
            except PaginationError as error:
                raise PaginationError(self._named + error.message) from None


def _first_repeat(ids: Sequence[str]) -> str | None:
    seen: set[str] = set()
    for value in ids:
        if value in seen:
            return value
        seen.add(value)
    return None


def _pager_repr(kind: str, params: Mapping[str, Any], max_items: int | None) -> str:
    shown = _cut(dict(params), _REPR_LIMIT)
    suffix = f", max_items={max_items}" if max_items is not None else ""
    return redact(f"{kind}(params={shown}{suffix})")


def _check_max_items(max_items: object) -> None:
    if max_items is None:
        return
    if isinstance(max_items, bool) or not isinstance(max_items, int) or max_items < 0:
        raise InvalidParameterError("max_items", f"must be None or an int >= 0, not {max_items!r}")


class SyncPager(Generic[T]):
    """Iterate over every item of a list or search call, fetching pages as needed.

    Each ``for`` loop (or ``pages()`` call) is a fresh walk from the first page. Only the
    current page is held; the next one is fetched when the current one is used up.
    """

    @overload
    def __init__(
        self,
        fetch_page: Callable[[dict[str, Any]], SearchPage[T]],
        params: Mapping[str, Any],
        next_params: Callable[[Mapping[str, Any], SearchPage[T]], dict[str, Any] | None],
        *,
        max_items: int | None = None,
        fetch_raw: Callable[[dict[str, Any]], Any] | None = None,
        operation: str | None = None,
    ) -> None: ...

    @overload
    def __init__(
        self,
        fetch_page: Callable[[dict[str, Any]], ListPage[T]],
        params: Mapping[str, Any],
        next_params: Callable[[Mapping[str, Any], ListPage[T]], dict[str, Any] | None],
        *,
        max_items: int | None = None,
        fetch_raw: Callable[[dict[str, Any]], Any] | None = None,
        operation: str | None = None,
    ) -> None: ...

    def __init__(
        self,
        fetch_page: Callable[[dict[str, Any]], ListPage[T]],
        params: Mapping[str, Any],
        next_params: NextParams,
        *,
        max_items: int | None = None,
        fetch_raw: Callable[[dict[str, Any]], Any] | None = None,
        operation: str | None = None,
    ) -> None:
        _check_max_items(max_items)
        self._fetch_page = fetch_page
        self._params: dict[str, Any] = dict(params)
        self._next_params = next_params
        self._max_items = max_items
        # The first page with its HTTP response (`with_raw_response`); set by the resources.
        self._fetch_raw = fetch_raw
        # Named in PaginationError messages (`GetInvoices`); set by the resources.
        self._operation = operation

    def _walk(self) -> _Walk[T]:
        return _Walk(self._params, self._next_params, self._max_items, self._operation)

    def __iter__(self) -> Iterator[T]:
        walk = self._walk()
        while (params := walk.request()) is not None:
            page = self._fetch_page(params)
            walk.check(page)
            yield from walk.items(page)
            walk.advance(page)
            del page  # do not hold the old page while the next one downloads

    def pages(self) -> Iterator[ListPage[T]]:
        """Iterate over whole pages; ``max_items`` stops after the page that reaches it."""
        walk = self._walk()
        while (params := walk.request()) is not None:
            page = self._fetch_page(params)
            walk.check(page)
            walk.count_page(page)
            yield page
            walk.advance(page)
            del page

    def first_page(self) -> ListPage[T]:
        """Fetch only the first page."""
        return self._fetch_page(dict(self._params))

    def _first_page_raw(self) -> Any:
        if self._fetch_raw is None:
            raise TypeError("this pager was made without a raw fetch")
        return self._fetch_raw(dict(self._params))

    def __repr__(self) -> str:
        return _pager_repr(type(self).__name__, self._params, self._max_items)


class AsyncPager(Generic[T]):
    """Async twin of :class:`SyncPager`: ``async for item in pager``, ``await pager``."""

    @overload
    def __init__(
        self,
        fetch_page: Callable[[dict[str, Any]], Awaitable[SearchPage[T]]],
        params: Mapping[str, Any],
        next_params: Callable[[Mapping[str, Any], SearchPage[T]], dict[str, Any] | None],
        *,
        max_items: int | None = None,
        fetch_raw: Callable[[dict[str, Any]], Any] | None = None,
        operation: str | None = None,
    ) -> None: ...

    @overload
    def __init__(
        self,
        fetch_page: Callable[[dict[str, Any]], Awaitable[ListPage[T]]],
        params: Mapping[str, Any],
        next_params: Callable[[Mapping[str, Any], ListPage[T]], dict[str, Any] | None],
        *,
        max_items: int | None = None,
        fetch_raw: Callable[[dict[str, Any]], Any] | None = None,
        operation: str | None = None,
    ) -> None: ...

    def __init__(
        self,
        fetch_page: Callable[[dict[str, Any]], Awaitable[ListPage[T]]],
        params: Mapping[str, Any],
        next_params: NextParams,
        *,
        max_items: int | None = None,
        fetch_raw: Callable[[dict[str, Any]], Any] | None = None,
        operation: str | None = None,
    ) -> None:
        _check_max_items(max_items)
        self._fetch_page = fetch_page
        self._params: dict[str, Any] = dict(params)
        self._next_params = next_params
        self._max_items = max_items
        # The first page with its HTTP response (`with_raw_response`); set by the resources.
        self._fetch_raw = fetch_raw
        # Named in PaginationError messages (`GetInvoices`); set by the resources.
        self._operation = operation

    def _walk(self) -> _Walk[T]:
        return _Walk(self._params, self._next_params, self._max_items, self._operation)

    def __aiter__(self) -> AsyncIterator[T]:
        return self._items()

    async def _items(self) -> AsyncIterator[T]:
        walk = self._walk()
        while (params := walk.request()) is not None:
            page = await self._fetch_page(params)
            walk.check(page)
            for item in walk.items(page):
                yield item
            walk.advance(page)
            del page

    async def pages(self) -> AsyncIterator[ListPage[T]]:
        """Iterate over whole pages; ``max_items`` stops after the page that reaches it."""
        walk = self._walk()
        while (params := walk.request()) is not None:
            page = await self._fetch_page(params)
            walk.check(page)
            walk.count_page(page)
            yield page
            walk.advance(page)
            del page

    async def first_page(self) -> ListPage[T]:
        """Fetch only the first page."""
        return await self._fetch_page(dict(self._params))

    async def _first_page_raw(self) -> Any:
        if self._fetch_raw is None:
            raise TypeError("this pager was made without a raw fetch")
        return await self._fetch_raw(dict(self._params))

    def __await__(self) -> Generator[Any, None, ListPage[T]]:
        return self.first_page().__await__()

    def __repr__(self) -> str:
        return _pager_repr(type(self).__name__, self._params, self._max_items)
