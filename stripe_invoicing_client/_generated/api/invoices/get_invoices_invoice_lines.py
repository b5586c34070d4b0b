"""GetInvoicesInvoiceLines: GET /v1/invoices/{invoice}/lines.

List invoice lines
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
from ...models.get_invoices_invoice_lines_response_200 import GetInvoicesInvoiceLinesResponse200
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    # Keeps the block non-empty once the formatter drops imports this module doesn't use.
    pass


class Params(TypedDict, total=False):
    """Query parameters of GetInvoicesInvoiceLines."""

    ending_before: str
    expand: list[str]
    limit: int
    starting_after: str


def parse_ok(data: Any) -> GetInvoicesInvoiceLinesResponse200:
    """The 200 body of GetInvoicesInvoiceLines; TypeError when it is not what the spec describes."""
    if type(data) is dict:
        return GetInvoicesInvoiceLinesResponse200.from_dict(data)
    raise TypeError(f"GetInvoicesInvoiceLines: unexpected {type(data).__name__} in a 200 response")


def check_params(params: Mapping[str, Any]) -> list[Problem]:
    """What is wrong with the plain `params` of GetInvoicesInvoiceLines: (path, reason) pairs, from its request schema."""
    return check_request("GetInvoicesInvoiceLines", params)


ENDPOINT: Endpoint[GetInvoicesInvoiceLinesResponse200] = Endpoint(
    operation_id="GetInvoicesInvoiceLines",
    method="GET",
    path="/v1/invoices/{invoice}/lines",
    path_params=("invoice",),
    query_params=frozenset(
        (
            "ending_before",
            "expand",
            "limit",
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
    invoice: str,
    *,
    ending_before: str | Unset = UNSET,
    expand: list[str] | Unset = UNSET,
    limit: int | Unset = UNSET,
    starting_after: str | Unset = UNSET,
) -> dict[str, Any]:
    path: dict[str, str] = {
        "invoice": invoice,
    }
    params: dict[str, Any] = {
        "ending_before": ending_before,
        "expand": expand,
        "limit": limit,
        "starting_after": starting_after,
    }
    return ENDPOINT.request(path, params)


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetInvoicesInvoiceLinesResponse200 | Error:
    if response.status_code == 200:
        return parse_ok(response.json())
    return Error.from_dict(response.json())


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetInvoicesInvoiceLinesResponse200 | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    invoice: str,
    *,
    client: AuthenticatedClient | Client,
    ending_before: str | Unset = UNSET,
    expand: list[str] | Unset = UNSET,
    limit: int | Unset = UNSET,
    starting_after: str | Unset = UNSET,
) -> Response[GetInvoicesInvoiceLinesResponse200 | Error]:
    """GetInvoicesInvoiceLines, returning the status, headers and parsed body."""
    response = client.get_httpx_client().request(
        **_get_kwargs(
            invoice=invoice,
            ending_before=ending_before,
            expand=expand,
            limit=limit,
            starting_after=starting_after,
        )
    )
    return _build_response(client=client, response=response)


def sync(
    invoice: str,
    *,
    client: AuthenticatedClient | Client,
    ending_before: str | Unset = UNSET,
    expand: list[str] | Unset = UNSET,
    limit: int | Unset = UNSET,
    starting_after: str | Unset = UNSET,
) -> GetInvoicesInvoiceLinesResponse200 | Error | None:
    """GetInvoicesInvoiceLines, returning the parsed body."""
    return sync_detailed(
        client=client,
        invoice=invoice,
        ending_before=ending_before,
        expand=expand,
        limit=limit,
        starting_after=starting_after,
    ).parsed


async def asyncio_detailed(
    invoice: str,
    *,
    client: AuthenticatedClient | Client,
    ending_before: str | Unset = UNSET,
    expand: list[str] | Unset = UNSET,
    limit: int | Unset = UNSET,
    starting_after: str | Unset = UNSET,
) -> Response[GetInvoicesInvoiceLinesResponse200 | Error]:
    """GetInvoicesInvoiceLines, returning the status, headers and parsed body."""
    response = await client.get_async_httpx_client().request(
        **_get_kwargs(
            invoice=invoice,
            ending_before=ending_before,
            expand=expand,
            limit=limit,
            starting_after=starting_after,
        )
    )
    return _build_response(client=client, response=response)


async def asyncio(
    invoice: str,
    *,
    client: AuthenticatedClient | Client,
    ending_before: str | Unset = UNSET,
    expand: list[str] | Unset = UNSET,
    limit: int | Unset = UNSET,
    starting_after: str | Unset = UNSET,
) -> GetInvoicesInvoiceLinesResponse200 | Error | None:
    """GetInvoicesInvoiceLines, returning the parsed body."""
    return (
        await asyncio_detailed(
            client=client,
            invoice=invoice,
            ending_before=ending_before,
            expand=expand,
            limit=limit,
            starting_after=starting_after,
        )
    ).parsed
