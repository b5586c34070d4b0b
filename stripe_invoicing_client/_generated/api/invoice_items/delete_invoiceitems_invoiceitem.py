"""DeleteInvoiceitemsInvoiceitem: DELETE /v1/invoiceitems/{invoiceitem}.

Delete an invoice item
"""

from __future__ import annotations

from collections.abc import Mapping
from http import HTTPStatus
from typing import TYPE_CHECKING, Any, TypedDict

import httpx

from ..._check import Problem, check_request
from ..._wire import Endpoint
from ...client import AuthenticatedClient, Client
from ...models.deleted_invoice_item import DeletedInvoiceItem
from ...models.error import Error
from ...types import Response

if TYPE_CHECKING:
    # Keeps the block non-empty once the formatter drops imports this module doesn't use.
    pass


class Params(TypedDict, total=False):
    """Query parameters of DeleteInvoiceitemsInvoiceitem."""

    pass


def parse_ok(data: Any) -> DeletedInvoiceItem:
    """The 200 body of DeleteInvoiceitemsInvoiceitem; TypeError when it is not what the spec describes."""
    if type(data) is dict:
        return DeletedInvoiceItem.from_dict(data)
    raise TypeError(
        f"DeleteInvoiceitemsInvoiceitem: unexpected {type(data).__name__} in a 200 response"
    )


def check_params(params: Mapping[str, Any]) -> list[Problem]:
    """What is wrong with the plain `params` of DeleteInvoiceitemsInvoiceitem: (path, reason) pairs, from its request schema."""
    return check_request("DeleteInvoiceitemsInvoiceitem", params)


ENDPOINT: Endpoint[DeletedInvoiceItem] = Endpoint(
    operation_id="DeleteInvoiceitemsInvoiceitem",
    method="DELETE",
    path="/v1/invoiceitems/{invoiceitem}",
    path_params=("invoiceitem",),
    query_params=frozenset(()),
    body_params=frozenset(),
    required_params=frozenset(()),
    parse=parse_ok,
    check=check_params,
    object_tags=frozenset(("invoiceitem",)),
    needs_id=True,
)


def _get_kwargs(
    invoiceitem: str,
) -> dict[str, Any]:
    path: dict[str, str] = {
        "invoiceitem": invoiceitem,
    }
    params: dict[str, Any] = {}
    return ENDPOINT.request(path, params)


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DeletedInvoiceItem | Error:
    if response.status_code == 200:
        return parse_ok(response.json())
    return Error.from_dict(response.json())


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DeletedInvoiceItem | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    invoiceitem: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[DeletedInvoiceItem | Error]:
    """DeleteInvoiceitemsInvoiceitem, returning the status, headers and parsed body."""
    response = client.get_httpx_client().request(
        **_get_kwargs(
            invoiceitem=invoiceitem,
        )
    )
    return _build_response(client=client, response=response)


def sync(
    invoiceitem: str,
    *,
    client: AuthenticatedClient | Client,
) -> DeletedInvoiceItem | Error | None:
    """DeleteInvoiceitemsInvoiceitem, returning the parsed body."""
    return sync_detailed(
        client=client,
        invoiceitem=invoiceitem,
    ).parsed


async def asyncio_detailed(
    invoiceitem: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[DeletedInvoiceItem | Error]:
    """DeleteInvoiceitemsInvoiceitem, returning the status, headers and parsed body."""
    response = await client.get_async_httpx_client().request(
        **_get_kwargs(
            invoiceitem=invoiceitem,
        )
    )
    return _build_response(client=client, response=response)


async def asyncio(
    invoiceitem: str,
    *,
    client: AuthenticatedClient | Client,
) -> DeletedInvoiceItem | Error | None:
    """DeleteInvoiceitemsInvoiceitem, returning the parsed body."""
    return (
        await asyncio_detailed(
            client=client,
            invoiceitem=invoiceitem,
        )
    ).parsed
