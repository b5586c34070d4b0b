"""GetInvoiceitems: GET /v1/invoiceitems.

List invoice items
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
from ...models.get_invoiceitems_created_type_0 import GetInvoiceitemsCreatedType0
from ...models.get_invoiceitems_response_200 import GetInvoiceitemsResponse200
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...models.get_invoiceitems_created_type_0 import (
        GetInvoiceitemsCreatedType0,
        GetInvoiceitemsCreatedType0Params,
    )

    # Keeps the block non-empty once the formatter drops imports this module doesn't use.
    pass


class Params(TypedDict, total=False):
    """Query parameters of GetInvoiceitems."""

    created: GetInvoiceitemsCreatedType0Params | GetInvoiceitemsCreatedType0 | int
    customer: str
    customer_account: str
    ending_before: str
    expand: list[str]
    invoice: str
    limit: int
    pending: bool
    starting_after: str


def parse_ok(data: Any) -> GetInvoiceitemsResponse200:
    """The 200 body of GetInvoiceitems; TypeError when it is not what the spec describes."""
    if type(data) is dict:
        return GetInvoiceitemsResponse200.from_dict(data)
    raise TypeError(f"GetInvoiceitems: unexpected {type(data).__name__} in a 200 response")


def check_params(params: Mapping[str, Any]) -> list[Problem]:
    """What is wrong with the plain `params` of GetInvoiceitems: (path, reason) pairs, from its request schema."""
    return check_request("GetInvoiceitems", params)


ENDPOINT: Endpoint[GetInvoiceitemsResponse200] = Endpoint(
    operation_id="GetInvoiceitems",
    method="GET",
    path="/v1/invoiceitems",
    path_params=(),
    query_params=frozenset(
        (
            "created",
            "customer",
            "customer_account",
            "ending_before",
            "expand",
            "invoice",
            "limit",
            "pending",
            "starting_after",
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
    created: GetInvoiceitemsCreatedType0 | int | Unset = UNSET,
    customer: str | Unset = UNSET,
    customer_account: str | Unset = UNSET,
    ending_before: str | Unset = UNSET,
    expand: list[str] | Unset = UNSET,
    invoice: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    pending: bool | Unset = UNSET,
    starting_after: str | Unset = UNSET,
) -> dict[str, Any]:
    path: dict[str, str] = {}
    params: dict[str, Any] = {
        "created": created,
        "customer": customer,
        "customer_account": customer_account,
        "ending_before": ending_before,
        "expand": expand,
        "invoice": invoice,
        "limit": limit,
        "pending": pending,
        "starting_after": starting_after,
    }
    return ENDPOINT.request(path, params)


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetInvoiceitemsResponse200 | Error:
    if response.status_code == 200:
        return parse_ok(response.json())
    return Error.from_dict(response.json())


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetInvoiceitemsResponse200 | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    created: GetInvoiceitemsCreatedType0 | int | Unset = UNSET,
    customer: str | Unset = UNSET,
    customer_account: str | Unset = UNSET,
    ending_before: str | Unset = UNSET,
    expand: list[str] | Unset = UNSET,
    invoice: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    pending: bool | Unset = UNSET,
    starting_after: str | Unset = UNSET,
) -> Response[GetInvoiceitemsResponse200 | Error]:
    """GetInvoiceitems, returning the status, headers and parsed body."""
    response = client.get_httpx_client().request(
        **_get_kwargs(
            created=created,
            customer=customer,
            customer_account=customer_account,
            ending_before=ending_before,
            expand=expand,
            invoice=invoice,
            limit=limit,
            pending=pending,
            starting_after=starting_after,
        )
    )
    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    created: GetInvoiceitemsCreatedType0 | int | Unset = UNSET,
    customer: str | Unset = UNSET,
    customer_account: str | Unset = UNSET,
    ending_before: str | Unset = UNSET,
    expand: list[str] | Unset = UNSET,
    invoice: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    pending: bool | Unset = UNSET,
    starting_after: str | Unset = UNSET,
) -> GetInvoiceitemsResponse200 | Error | None:
    """GetInvoiceitems, returning the parsed body."""
    return sync_detailed(
        client=client,
        created=created,
        customer=customer,
        customer_account=customer_account,
        ending_before=ending_before,
        expand=expand,
        invoice=invoice,
        limit=limit,
        pending=pending,
        starting_after=starting_after,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    created: GetInvoiceitemsCreatedType0 | int | Unset = UNSET,
    customer: str | Unset = UNSET,
    customer_account: str | Unset = UNSET,
    ending_before: str | Unset = UNSET,
    expand: list[str] | Unset = UNSET,
    invoice: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    pending: bool | Unset = UNSET,
    starting_after: str | Unset = UNSET,
) -> Response[GetInvoiceitemsResponse200 | Error]:
    """GetInvoiceitems, returning the status, headers and parsed body."""
    response = await client.get_async_httpx_client().request(
        **_get_kwargs(
            created=created,
            customer=customer,
            customer_account=customer_account,
            ending_before=ending_before,
            expand=expand,
            invoice=invoice,
            limit=limit,
            pending=pending,
            starting_after=starting_after,
        )
    )
    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    created: GetInvoiceitemsCreatedType0 | int | Unset = UNSET,
    customer: str | Unset = UNSET,
    customer_account: str | Unset = UNSET,
    ending_before: str | Unset = UNSET,
    expand: list[str] | Unset = UNSET,
    invoice: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    pending: bool | Unset = UNSET,
    starting_after: str | Unset = UNSET,
) -> GetInvoiceitemsResponse200 | Error | None:
    """GetInvoiceitems, returning the parsed body."""
    return (
        await asyncio_detailed(
            client=client,
            created=created,
            customer=customer,
            customer_account=customer_account,
            ending_before=ending_before,
            expand=expand,
            invoice=invoice,
            limit=limit,
            pending=pending,
            starting_after=starting_after,
        )
    ).parsed
