"""GetInvoices: GET /v1/invoices.

List invoices
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
from ...models.get_invoices_collection_method import (
    GetInvoicesCollectionMethod,
)
from ...models.get_invoices_created_type_0 import GetInvoicesCreatedType0
from ...models.get_invoices_due_date_type_0 import GetInvoicesDueDateType0
from ...models.get_invoices_response_200 import GetInvoicesResponse200
from ...models.get_invoices_status import GetInvoicesStatus
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...models.get_invoices_created_type_0 import (
        GetInvoicesCreatedType0,
        GetInvoicesCreatedType0Params,
    )
    from ...models.get_invoices_due_date_type_0 import (
        GetInvoicesDueDateType0,
        GetInvoicesDueDateType0Params,
    )

    # Keeps the block non-empty once the formatter drops imports this module doesn't use.
    pass


class Params(TypedDict, total=False):
    """Query parameters of GetInvoices."""

    collection_method: GetInvoicesCollectionMethod
    created: GetInvoicesCreatedType0Params | GetInvoicesCreatedType0 | int
    customer: str
    customer_account: str
    due_date: GetInvoicesDueDateType0Params | GetInvoicesDueDateType0 | int
    ending_before: str
    expand: list[str]
    limit: int
    starting_after: str
    status: GetInvoicesStatus
    subscription: str


def parse_ok(data: Any) -> GetInvoicesResponse200:
    """The 200 body of GetInvoices; TypeError when it is not what the spec describes."""
    if type(data) is dict:
        return GetInvoicesResponse200.from_dict(data)
    raise TypeError(f"GetInvoices: unexpected {type(data).__name__} in a 200 response")


def check_params(params: Mapping[str, Any]) -> list[Problem]:
    """What is wrong with the plain `params` of GetInvoices: (path, reason) pairs, from its request schema."""
    return check_request("GetInvoices", params)


ENDPOINT: Endpoint[GetInvoicesResponse200] = Endpoint(
    operation_id="GetInvoices",
    method="GET",
    path="/v1/invoices",
    path_params=(),
    query_params=frozenset(
        (
            "collection_method",
            "created",
            "customer",
            "customer_account",
            "due_date",
            "ending_before",
            "expand",
            "limit",
            "starting_after",
            "status",
            "subscription",
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
    collection_method: GetInvoicesCollectionMethod | Unset = UNSET,
    created: GetInvoicesCreatedType0 | int | Unset = UNSET,
    customer: str | Unset = UNSET,
    customer_account: str | Unset = UNSET,
    due_date: GetInvoicesDueDateType0 | int | Unset = UNSET,
    ending_before: str | Unset = UNSET,
    expand: list[str] | Unset = UNSET,
    limit: int | Unset = UNSET,
    starting_after: str | Unset = UNSET,
    status: GetInvoicesStatus | Unset = UNSET,
    subscription: str | Unset = UNSET,
) -> dict[str, Any]:
    path: dict[str, str] = {}
    params: dict[str, Any] = {
        "collection_method": collection_method,
        "created": created,
        "customer": customer,
        "customer_account": customer_account,
        "due_date": due_date,
        "ending_before": ending_before,
        "expand": expand,
        "limit": limit,
        "starting_after": starting_after,
        "status": status,
        "subscription": subscription,
    }
    return ENDPOINT.request(path, params)


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetInvoicesResponse200 | Error:
    if response.status_code == 200:
        return parse_ok(response.json())
    return Error.from_dict(response.json())


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetInvoicesResponse200 | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    collection_method: GetInvoicesCollectionMethod | Unset = UNSET,
    created: GetInvoicesCreatedType0 | int | Unset = UNSET,
    customer: str | Unset = UNSET,
    customer_account: str | Unset = UNSET,
    due_date: GetInvoicesDueDateType0 | int | Unset = UNSET,
    ending_before: str | Unset = UNSET,
    expand: list[str] | Unset = UNSET,
    limit: int | Unset = UNSET,
    starting_after: str | Unset = UNSET,
    status: GetInvoicesStatus | Unset = UNSET,
    subscription: str | Unset = UNSET,
) -> Response[GetInvoicesResponse200 | Error]:
    """GetInvoices, returning the status, headers and parsed body."""
    response = client.get_httpx_client().request(
        **_get_kwargs(
            collection_method=collection_method,
            created=created,
            customer=customer,
            customer_account=customer_account,
            due_date=due_date,
            ending_before=ending_before,
            expand=expand,
            limit=limit,
            starting_after=starting_after,
            status=status,
            subscription=subscription,
        )
    )
    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    collection_method: GetInvoicesCollectionMethod | Unset = UNSET,
    created: GetInvoicesCreatedType0 | int | Unset = UNSET,
    customer: str | Unset = UNSET,
    customer_account: str | Unset = UNSET,
    due_date: GetInvoicesDueDateType0 | int | Unset = UNSET,
    ending_before: str | Unset = UNSET,
    expand: list[str] | Unset = UNSET,
    limit: int | Unset = UNSET,
    starting_after: str | Unset = UNSET,
    status: GetInvoicesStatus | Unset = UNSET,
    subscription: str | Unset = UNSET,
) -> GetInvoicesResponse200 | Error | None:
    """GetInvoices, returning the parsed body."""
    return sync_detailed(
        client=client,
        collection_method=collection_method,
        created=created,
        customer=customer,
        customer_account=customer_account,
        due_date=due_date,
        ending_before=ending_before,
        expand=expand,
        limit=limit,
        starting_after=starting_after,
        status=status,
        subscription=subscription,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    collection_method: GetInvoicesCollectionMethod | Unset = UNSET,
    created: GetInvoicesCreatedType0 | int | Unset = UNSET,
    customer: str | Unset = UNSET,
    customer_account: str | Unset = UNSET,
    due_date: GetInvoicesDueDateType0 | int | Unset = UNSET,
    ending_before: str | Unset = UNSET,
    expand: list[str] | Unset = UNSET,
    limit: int | Unset = UNSET,
    starting_after: str | Unset = UNSET,
    status: GetInvoicesStatus | Unset = UNSET,
    subscription: str | Unset = UNSET,
) -> Response[GetInvoicesResponse200 | Error]:
    """GetInvoices, returning the status, headers and parsed body."""
    response = await client.get_async_httpx_client().request(
        **_get_kwargs(
            collection_method=collection_method,
            created=created,
            customer=customer,
            customer_account=customer_account,
            due_date=due_date,
            ending_before=ending_before,
            expand=expand,
            limit=limit,
            starting_after=starting_after,
            status=status,
            subscription=subscription,
        )
    )
    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    collection_method: GetInvoicesCollectionMethod | Unset = UNSET,
    created: GetInvoicesCreatedType0 | int | Unset = UNSET,
    customer: str | Unset = UNSET,
    customer_account: str | Unset = UNSET,
    due_date: GetInvoicesDueDateType0 | int | Unset = UNSET,
    ending_before: str | Unset = UNSET,
    expand: list[str] | Unset = UNSET,
    limit: int | Unset = UNSET,
    starting_after: str | Unset = UNSET,
    status: GetInvoicesStatus | Unset = UNSET,
    subscription: str | Unset = UNSET,
) -> GetInvoicesResponse200 | Error | None:
    """GetInvoices, returning the parsed body."""
    return (
        await asyncio_detailed(
            client=client,
            collection_method=collection_method,
            created=created,
            customer=customer,
            customer_account=customer_account,
            due_date=due_date,
            ending_before=ending_before,
            expand=expand,
            limit=limit,
            starting_after=starting_after,
            status=status,
            subscription=subscription,
        )
    ).parsed
