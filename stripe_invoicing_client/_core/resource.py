"""What every resource shares: a reference to its client, and the call and pager helpers.

A resource knows its client only as a `Requester` (sync) or `AsyncRequester`: something that
sends one operation's request and reads the answer. The clients are both."""

from __future__ import annotations

import os
from collections.abc import Awaitable, Callable, Mapping
from typing import TYPE_CHECKING, Any, NoReturn, ParamSpec, Protocol, TypeVar, cast

from .errors import APIResponseError, OperationNotAvailableError
from .options import RequestOptions
from .pagination import AsyncPager, NextParams, SyncPager, next_list_params, next_search_params
from .params import check_id, prepare
from .wire import Endpoint

if TYPE_CHECKING:
    from pathlib import Path

    from .response import RawResponse

P = ParamSpec("P")
R = TypeVar("R")
T = TypeVar("T")


class Requester(Protocol):
    """The sync client, as its resources see it."""

    def _request(
        self,
        endpoint: Endpoint[T],
        path: Mapping[str, object],
        params: Mapping[str, Any],
        options: RequestOptions = ...,
        *,
        raw: bool | None = None,
        destination: str | os.PathLike[str] | None = None,
    ) -> T: ...


class AsyncRequester(Protocol):
    """The async client, as its resources see it."""

    async def _request(
        self,
        endpoint: Endpoint[T],
        path: Mapping[str, object],
        params: Mapping[str, Any],
        options: RequestOptions = ...,
        *,
        raw: bool | None = None,
        destination: str | os.PathLike[str] | None = None,
    ) -> T: ...


_ABSENT = object()


def _page_problem(page: Any) -> str | None:
    """What keeps `page` from being walked: its `data` not a list of objects, its `has_more`
    not a bool; None when it can be."""
    held = getattr(page, "get", None)
    for key, kind in (("data", list), ("has_more", bool)):
        if isinstance(getattr(page, key, None), kind):
            continue
        found = held(key, _ABSENT) if callable(held) else _ABSENT
        if found is _ABSENT:
            return f"the response is not a list page (no {key})"
        if key == "data" and type(found) is list:
            # Each item of a list of models must at least be an object: one that is not keeps
            # the whole list as received.
            odd = next((item for item in found if type(item) is not dict), _ABSENT)
            if odd is not _ABSENT:
                return f"the list page's data holds a {type(odd).__name__}, not an object"
        return f"the response is not a list page ({key} is a {type(found).__name__})"
    return None


def checked_page(page: Any, endpoint: Endpoint[Any]) -> Any:
    """A page the pager can walk: its `data` a list, its `has_more` a bool. Tolerant parsing
    leaves the fields of a malformed envelope unfilled (reading them raises
    FieldNotAvailableError); walking one must fail with a typed StripeError instead."""
    problem = _page_problem(page)
    if problem is not None:
        raise APIResponseError(
            f"{endpoint.operation_id}: {problem}", http_status=200, request_id=None
        )
    return page


def cursor_rule(search: bool) -> NextParams:
    """How a pager over a list (ids) or a search (`next_page`) asks for the next page."""
    return next_search_params if search else next_list_params


def check_pager_input(
    endpoint: Endpoint[Any], path: Mapping[str, object], params: Mapping[str, Any]
) -> None:
    for name in endpoint.path_params:
        check_id(name, path.get(name))
    prepare(endpoint, params)


class SyncAPIResource:
    def __init__(self, client: Requester) -> None:
        self._client = client

    def _call(
        self,
        endpoint: Endpoint[T],
        path: Mapping[str, object],
        params: Mapping[str, Any],
        options: RequestOptions,
    ) -> T:
        return self._client._request(endpoint, path, params, options)

    def _download(
        self,
        endpoint: Endpoint[Any],
        path: Mapping[str, object],
        params: Mapping[str, Any],
        options: RequestOptions,
        to: str | os.PathLike[str] | None,
    ) -> bytes | Path:
        """A download's bytes, or with `to` the path its body was streamed to."""
        found = self._client._request(endpoint, path, params, options, destination=to)
        return cast("bytes | Path", found)

    def _pager(
        self,
        endpoint: Endpoint[Any],
        path: Mapping[str, object],
        params: Mapping[str, Any],
        max_items: int | None,
        options: RequestOptions,
        *,
        search: bool = False,
    ) -> SyncPager[Any]:
        # Checked now, so bad input fails at the call and not at the first iteration.
        check_pager_input(endpoint, path, params)
        client = self._client

        def fetch(page_params: dict[str, Any]) -> Any:
            page = client._request(endpoint, path, page_params, options, raw=False)
            return checked_page(page, endpoint)

        def fetch_raw(page_params: dict[str, Any]) -> Any:
            response: Any = client._request(endpoint, path, page_params, options, raw=True)
            checked_page(response.parsed, endpoint)
            return response

        return SyncPager(
            fetch,
            params,
            cursor_rule(search),
            max_items=max_items,
            fetch_raw=fetch_raw,
            operation=endpoint.operation_id,
        )

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {self._client!r}>"


class AsyncAPIResource:
    def __init__(self, client: AsyncRequester) -> None:
        self._client = client

    async def _call(
        self,
        endpoint: Endpoint[T],
        path: Mapping[str, object],
        params: Mapping[str, Any],
        options: RequestOptions,
    ) -> T:
        return await self._client._request(endpoint, path, params, options)

    async def _download(
        self,
        endpoint: Endpoint[Any],
        path: Mapping[str, object],
        params: Mapping[str, Any],
        options: RequestOptions,
        to: str | os.PathLike[str] | None,
    ) -> bytes | Path:
        found = await self._client._request(endpoint, path, params, options, destination=to)
        return cast("bytes | Path", found)

    def _pager(
        self,
        endpoint: Endpoint[Any],
        path: Mapping[str, object],
        params: Mapping[str, Any],
        max_items: int | None,
        options: RequestOptions,
        *,
        search: bool = False,
    ) -> AsyncPager[Any]:
        check_pager_input(endpoint, path, params)
        client = self._client

        async def fetch(page_params: dict[str, Any]) -> Any:
            page = await client._request(endpoint, path, page_params, options, raw=False)
            return checked_page(page, endpoint)

        async def fetch_raw(page_params: dict[str, Any]) -> Any:
            response: Any = await client._request(endpoint, path, page_params, options, raw=True)
            checked_page(response.parsed, endpoint)
            return response

        return AsyncPager(
            fetch,
            params,
            cursor_rule(search),
            max_items=max_items,
            fetch_raw=fetch_raw,
            operation=endpoint.operation_id,
        )

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {self._client!r}>"


def unavailable(operation_id: str) -> NoReturn:
    """The body of a method whose operation the spec the package was generated from lacks."""
    raise OperationNotAvailableError(operation_id)


def raw(method: Callable[P, R]) -> Callable[P, RawResponse[R]]:
    """`method`, typed as returning its RawResponse: it is bound to a raw-mode client."""
    return cast("Callable[P, RawResponse[R]]", method)


def async_raw(method: Callable[P, Awaitable[R]]) -> Callable[P, Awaitable[RawResponse[R]]]:
    return cast("Callable[P, Awaitable[RawResponse[R]]]", method)


def raw_first_page(
    method: Callable[P, SyncPager[Any]], endpoint: Endpoint[R]
) -> Callable[P, RawResponse[R]]:
    """`with_raw_response` for a list or search method: its first page, with the HTTP response.
    `endpoint` gives the page's model type (the method's own return type is the pager)."""

    def first_page(*args: P.args, **kwargs: P.kwargs) -> RawResponse[R]:
        return cast("RawResponse[R]", method(*args, **kwargs)._first_page_raw())

    return first_page


def async_raw_first_page(
    method: Callable[P, AsyncPager[Any]], endpoint: Endpoint[R]
) -> Callable[P, Awaitable[RawResponse[R]]]:
    async def first_page(*args: P.args, **kwargs: P.kwargs) -> RawResponse[R]:
        return cast("RawResponse[R]", await method(*args, **kwargs)._first_page_raw())

    return first_page
