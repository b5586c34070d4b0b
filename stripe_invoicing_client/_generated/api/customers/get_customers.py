"""GetCustomers: GET /v1/customers.

List customers
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
from ...models.get_customers_created_type_0 import GetCustomersCreatedType0
from ...models.get_customers_response_200 import GetCustomersResponse200
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...models.get_customers_created_type_0 import (
        GetCustomersCreatedType0,
        GetCustomersCreatedType0Params,
    )

    # Keeps the block non-empty once the formatter drops imports this module doesn't use.
    pass


class Params(TypedDict, total=False):
    """Query parameters of GetCustomers."""

    created: GetCustomersCreatedType0Params | GetCustomersCreatedType0 | int
    email: str
    ending_before: str
    expand: list[str]
    limit: int
    starting_after: str
    test_clock: str


def parse_ok(data: Any) -> GetCustomersResponse200:
    """The 200 body of GetCustomers; TypeError when it is not what the spec describes."""
    if type(data) is dict:
        return GetCustomersResponse200.from_dict(data)
    raise TypeError(f"GetCustomers: unexpected {type(data).__name__} in a 200 response")


def check_params(params: Mapping[str, Any]) -> list[Problem]:
    """What is wrong with the plain `params` of GetCustomers: (path, reason) pairs, from its request schema."""
    return check_request("GetCustomers", params)


ENDPOINT: Endpoint[GetCustomersResponse200] = Endpoint(
    operation_id="GetCustomers",
    method="GET",
    path="/v1/customers",
    path_params=(),
    query_params=frozenset(
        (
            "created",
            "email",
            "ending_before",
            "expand",
            "limit",
            "starting_after",
            "test_clock",
        )
    ),
    body_params=frozenset(),
    required_params=frozenset(()),
    parse=parse_ok,
    check=check_params,
    object_tags=frozenset(("list",)),
    needs_id=False,
)


def _get_kwargs(
    *,
    created: GetCustomersCreatedType0 | int | Unset = UNSET,
    email: str | Unset = UNSET,
    ending_before: str | Unset = UNSET,
    expand: list[str] | Unset = UNSET,
    limit: int | Unset = UNSET,
    starting_after: str | Unset = UNSET,
    test_clock: str | Unset = UNSET,
) -> dict[str, Any]:
    path: dict[str, str] = {}
    params: dict[str, Any] = {
        "created": created,
        "email": email,
        "ending_before": ending_before,
        "expand": expand,
        "limit": limit,
        "starting_after": starting_after,
        "test_clock": test_clock,
    }
    return ENDPOINT.request(path, params)


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetCustomersResponse200 | Error:
    if response.status_code == 200:
        return parse_ok(response.json())
    return Error.from_dict(response.json())


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetCustomersResponse200 | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    created: GetCustomersCreatedType0 | int | Unset = UNSET,
    email: str | Unset = UNSET,
    ending_before: str | Unset = UNSET,
    expand: list[str] | Unset = UNSET,
    limit: int | Unset = UNSET,
    starting_after: str | Unset = UNSET,
    test_clock: str | Unset = UNSET,
) -> Response[GetCustomersResponse200 | Error]:
    """GetCustomers, returning the status, headers and parsed body."""
    response = client.get_httpx_client().request(
        **_get_kwargs(
            created=created,
            email=email,
            ending_before=ending_before,
            expand=expand,
            limit=limit,
            starting_after=starting_after,
            test_clock=test_clock,
        )
    )
    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    created: GetCustomersCreatedType0 | int | Unset = UNSET,
    email: str | Unset = UNSET,
    ending_before: str | Unset = UNSET,
    expand: list[str] | Unset = UNSET,
    limit: int | Unset = UNSET,
    starting_after: str | Unset = UNSET,
    test_clock: str | Unset = UNSET,
) -> GetCustomersResponse200 | Error | None:
    """GetCustomers, returning the parsed body."""
    return sync_detailed(
        client=client,
        created=created,
        email=email,
        ending_before=ending_before,
        expand=expand,
        limit=limit,
        starting_after=starting_after,
        test_clock=test_clock,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    created: GetCustomersCreatedType0 | int | Unset = UNSET,
    email: str | Unset = UNSET,
    ending_before: str | Unset = UNSET,
    expand: list[str] | Unset = UNSET,
    limit: int | Unset = UNSET,
    starting_after: str | Unset = UNSET,
    test_clock: str | Unset = UNSET,
) -> Response[GetCustomersResponse200 | Error]:
    """GetCustomers, returning the status, headers and parsed body."""
    response = await client.get_async_httpx_client().request(
        **_get_kwargs(
            created=created,
            email=email,
            ending_before=ending_before,
            expand=expand,
            limit=limit,
            starting_after=starting_after,
            test_clock=test_clock,
        )
    )
    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    created: GetCustomersCreatedType0 | int | Unset = UNSET,
    email: str | Unset = UNSET,
    ending_before: str | Unset = UNSET,
    expand: list[str] | Unset = UNSET,
    limit: int | Unset = UNSET,
    starting_after: str | Unset = UNSET,
    test_clock: str | Unset = UNSET,
) -> GetCustomersResponse200 | Error | None:
    """GetCustomers, returning the parsed body."""
    return (
        await asyncio_detailed(
            client=client,
            created=created,
            email=email,
            ending_before=ending_before,
            expand=expand,
            limit=limit,
            starting_after=starting_after,
            test_clock=test_clock,
        )
    ).parsed
