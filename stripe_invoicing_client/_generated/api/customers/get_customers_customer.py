"""GetCustomersCustomer: GET /v1/customers/{customer}.

Retrieve a customer
"""

from __future__ import annotations

from collections.abc import Mapping
from http import HTTPStatus
from typing import TYPE_CHECKING, Any, TypedDict, cast

import httpx

from ..._check import Problem, check_request
from ..._wire import Endpoint
from ...client import AuthenticatedClient, Client
from ...models.customer import Customer
from ...models.deleted_customer import DeletedCustomer
from ...models.error import Error
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    # Keeps the block non-empty once the formatter drops imports this module doesn't use.
    pass


class Params(TypedDict, total=False):
    """Query parameters of GetCustomersCustomer."""

    expand: list[str]


def parse_ok(data: Any) -> Customer | DeletedCustomer:
    """The 200 body of GetCustomersCustomer; TypeError when it is not what the spec describes."""
    if (type(data) is dict) or (type(data) is dict):
        return cast(
            "Customer | DeletedCustomer",
            (
                DeletedCustomer.from_dict(data)
                if type(data) is dict
                and data.get("deleted") is True
                and data.get("object") == "customer"
                else (Customer.from_dict(data) if type(data) is dict else data)
            ),
        )
    raise TypeError(f"GetCustomersCustomer: unexpected {type(data).__name__} in a 200 response")


def check_params(params: Mapping[str, Any]) -> list[Problem]:
    """What is wrong with the plain `params` of GetCustomersCustomer: (path, reason) pairs, from its request schema."""
    return check_request("GetCustomersCustomer", params)


ENDPOINT: Endpoint[Customer | DeletedCustomer] = Endpoint(
    operation_id="GetCustomersCustomer",
    method="GET",
    path="/v1/customers/{customer}",
    path_params=("customer",),
    query_params=frozenset(("expand",)),
    body_params=frozenset(),
    required_params=frozenset(()),
    parse=parse_ok,
    check=check_params,
    object_tags=frozenset(("customer",)),
    needs_id=True,
)


def _get_kwargs(
    customer: str,
    *,
    expand: list[str] | Unset = UNSET,
) -> dict[str, Any]:
    path: dict[str, str] = {
        "customer": customer,
    }
    params: dict[str, Any] = {
        "expand": expand,
    }
    return ENDPOINT.request(path, params)


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Customer | DeletedCustomer | Error:
    if response.status_code == 200:
        return parse_ok(response.json())
    return Error.from_dict(response.json())


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Customer | DeletedCustomer | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    customer: str,
    *,
    client: AuthenticatedClient | Client,
    expand: list[str] | Unset = UNSET,
) -> Response[Customer | DeletedCustomer | Error]:
    """GetCustomersCustomer, returning the status, headers and parsed body."""
    response = client.get_httpx_client().request(
        **_get_kwargs(
            customer=customer,
            expand=expand,
        )
    )
    return _build_response(client=client, response=response)


def sync(
    customer: str,
    *,
    client: AuthenticatedClient | Client,
    expand: list[str] | Unset = UNSET,
) -> Customer | DeletedCustomer | Error | None:
    """GetCustomersCustomer, returning the parsed body."""
    return sync_detailed(
        client=client,
        customer=customer,
        expand=expand,
    ).parsed


async def asyncio_detailed(
    customer: str,
    *,
    client: AuthenticatedClient | Client,
    expand: list[str] | Unset = UNSET,
) -> Response[Customer | DeletedCustomer | Error]:
    """GetCustomersCustomer, returning the status, headers and parsed body."""
    response = await client.get_async_httpx_client().request(
        **_get_kwargs(
            customer=customer,
            expand=expand,
        )
    )
    return _build_response(client=client, response=response)


async def asyncio(
    customer: str,
    *,
    client: AuthenticatedClient | Client,
    expand: list[str] | Unset = UNSET,
) -> Customer | DeletedCustomer | Error | None:
    """GetCustomersCustomer, returning the parsed body."""
    return (
        await asyncio_detailed(
            client=client,
            customer=customer,
            expand=expand,
        )
    ).parsed
