"""GetInvoicesSearch: GET /v1/invoices/search.

Search invoices
"""

from __future__ import annotations

from collections.abc import Mapping
from http import HTTPStatus
from typing import TYPE_CHECKING, Any, TypedDict

import httpx

from ..._check import Problem, check_request
from ..._wire import Endpoint
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.get_invoices_search_response_200 import GetInvoicesSearchResponse200
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from typing_extensions import Required

    # Keeps the block non-empty once the formatter drops imports this module doesn't use.
    pass


class Params(TypedDict, total=False):
    """Query parameters of GetInvoicesSearch."""

    expand: list[str]
    limit: int
    page: str
    query: Required[str]


def parse_ok(data: Any) -> GetInvoicesSearchResponse200:
    """The 200 body of GetInvoicesSearch; TypeError when it is not what the spec describes."""
    if type(data) is dict:
        return GetInvoicesSearchResponse200.from_dict(data)
    raise TypeError(f"GetInvoicesSearch: unexpected {type(data).__name__} in a 200 response")


def check_params(params: Mapping[str, Any]) -> list[Problem]:
    """What is wrong with the plain `params` of GetInvoicesSearch: (path, reason) pairs, from its request schema."""
    return check_request("GetInvoicesSearch", params)


ENDPOINT: Endpoint[GetInvoicesSearchResponse200] = Endpoint(
    operation_id="GetInvoicesSearch",
    method="GET",
    path="/v1/invoices/search",
    path_params=(),
    query_params=frozenset(
        (
            "expand",
            "limit",
            "page",
            "query",
        )
    ),
    body_params=frozenset(),
    required_params=frozenset(("query",)),
    parse=parse_ok,
    check=check_params,
    object_tags=frozenset(("search_result",)),
    needs_id=False,
)


def _get_kwargs(
    *,
    expand: list[str] | Unset = UNSET,
    limit: int | Unset = UNSET,
    page: str | Unset = UNSET,
    query: str,
) -> dict[str, Any]:
    path: dict[str, str] = {}
    params: dict[str, Any] = {
        "expand": expand,
        "limit": limit,
        "page": page,
        "query": query,
    }
    return ENDPOINT.request(path, params)


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetInvoicesSearchResponse200 | Error:
    if response.status_code == 200:
        return parse_ok(response.json())
    return Error.from_dict(response.json())


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetInvoicesSearchResponse200 | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    expand: list[str] | Unset = UNSET,
    limit: int | Unset = UNSET,
    page: str | Unset = UNSET,
    query: str,
) -> Response[GetInvoicesSearchResponse200 | Error]:
    """GetInvoicesSearch, returning the status, headers and parsed body."""
    response = client.get_httpx_client().request(
        **_get_kwargs(
            expand=expand,
            limit=limit,
            page=page,
            query=query,
        )
    )
    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    expand: list[str] | Unset = UNSET,
    limit: int | Unset = UNSET,
    page: str | Unset = UNSET,
    query: str,
) -> GetInvoicesSearchResponse200 | Error | None:
    """GetInvoicesSearch, returning the parsed body."""
    return sync_detailed(
        client=client,
        expand=expand,
        limit=limit,
        page=page,
        query=query,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    expand: list[str] | Unset = UNSET,
    limit: int | Unset = UNSET,
    page: str | Unset = UNSET,
    query: str,
) -> Response[GetInvoicesSearchResponse200 | Error]:
    """GetInvoicesSearch, returning the status, headers and parsed body."""
    response = await client.get_async_httpx_client().request(
        **_get_kwargs(
            expand=expand,
            limit=limit,
            page=page,
            query=query,
        )
    )
    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    expand: list[str] | Unset = UNSET,
    limit: int | Unset = UNSET,
    page: str | Unset = UNSET,
    query: str,
) -> GetInvoicesSearchResponse200 | Error | None:
    """GetInvoicesSearch, returning the parsed body."""
    return (
        await asyncio_detailed(
            client=client,
            expand=expand,
            limit=limit,
            page=page,
            query=query,
        )
    ).parsed
