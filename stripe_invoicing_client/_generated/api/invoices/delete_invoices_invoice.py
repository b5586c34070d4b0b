"""DeleteInvoicesInvoice: DELETE /v1/invoices/{invoice}.

Delete a draft invoice
"""

from __future__ import annotations

from collections.abc import Mapping
from http import HTTPStatus
from typing import TYPE_CHECKING, Any, TypedDict

import httpx

from ..._check import Problem, check_request
from ..._wire import Endpoint
from ...client import AuthenticatedClient, Client
from ...models.deleted_invoice import DeletedInvoice
from ...models.error import Error
from ...types import Response

if TYPE_CHECKING:
    # Keeps the block non-empty once the formatter drops imports this module doesn't use.
    pass


class Params(TypedDict, total=False):
    """Query parameters of DeleteInvoicesInvoice."""

    pass


def parse_ok(data: Any) -> DeletedInvoice:
    """The 200 body of DeleteInvoicesInvoice; TypeError when it is not what the spec describes."""
    if type(data) is dict:
        return DeletedInvoice.from_dict(data)
    raise TypeError(f"DeleteInvoicesInvoice: unexpected {type(data).__name__} in a 200 response")


def check_params(params: Mapping[str, Any]) -> list[Problem]:
    """What is wrong with the plain `params` of DeleteInvoicesInvoice: (path, reason) pairs, from its request schema."""
    return check_request("DeleteInvoicesInvoice", params)


ENDPOINT: Endpoint[DeletedInvoice] = Endpoint(
    operation_id="DeleteInvoicesInvoice",
    method="DELETE",
    path="/v1/invoices/{invoice}",
    path_params=("invoice",),
    query_params=frozenset(()),
    body_params=frozenset(),
    required_params=frozenset(()),
    parse=parse_ok,
    check=check_params,
    object_tags=frozenset(("invoice",)),
    needs_id=True,
)


def _get_kwargs(
    invoice: str,
) -> dict[str, Any]:
    path: dict[str, str] = {
        "invoice": invoice,
    }
    params: dict[str, Any] = {}
    return ENDPOINT.request(path, params)


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DeletedInvoice | Error:
    if response.status_code == 200:
        return parse_ok(response.json())
    return Error.from_dict(response.json())


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DeletedInvoice | Error]:
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
) -> Response[DeletedInvoice | Error]:
    """DeleteInvoicesInvoice, returning the status, headers and parsed body."""
    response = client.get_httpx_client().request(
        **_get_kwargs(
            invoice=invoice,
        )
    )
    return _build_response(client=client, response=response)


def sync(
    invoice: str,
    *,
    client: AuthenticatedClient | Client,
) -> DeletedInvoice | Error | None:
    """DeleteInvoicesInvoice, returning the parsed body."""
    return sync_detailed(
        client=client,
        invoice=invoice,
    ).parsed


async def asyncio_detailed(
    invoice: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[DeletedInvoice | Error]:
    """DeleteInvoicesInvoice, returning the status, headers and parsed body."""
    response = await client.get_async_httpx_client().request(
        **_get_kwargs(
            invoice=invoice,
        )
    )
    return _build_response(client=client, response=response)


async def asyncio(
    invoice: str,
    *,
    client: AuthenticatedClient | Client,
) -> DeletedInvoice | Error | None:
    """DeleteInvoicesInvoice, returning the parsed body."""
    return (
        await asyncio_detailed(
            client=client,
            invoice=invoice,
        )
    ).parsed
