"""PostInvoicesInvoiceRemoveLines: POST /v1/invoices/{invoice}/remove_lines.

Remove lines from an invoice
"""

from __future__ import annotations

from collections.abc import Mapping
from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ..._check import Problem, check_request
from ..._wire import Endpoint
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.invoice import Invoice
from ...models.post_invoices_invoice_remove_lines_body import (
    PostInvoicesInvoiceRemoveLinesBody,
    PostInvoicesInvoiceRemoveLinesBodyParams,
)
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    # Keeps the block non-empty once the formatter drops imports this module doesn't use.
    pass

Params = PostInvoicesInvoiceRemoveLinesBodyParams
"""Body parameters of PostInvoicesInvoiceRemoveLines, as plain data."""


def parse_ok(data: Any) -> Invoice:
    """The 200 body of PostInvoicesInvoiceRemoveLines; TypeError when it is not what the spec describes."""
    if type(data) is dict:
        return Invoice.from_dict(data)
    raise TypeError(
        f"PostInvoicesInvoiceRemoveLines: unexpected {type(data).__name__} in a 200 response"
    )


def check_params(params: Mapping[str, Any]) -> list[Problem]:
    """What is wrong with the plain `params` of PostInvoicesInvoiceRemoveLines: (path, reason) pairs, from its request schema."""
    return check_request("PostInvoicesInvoiceRemoveLines", params)


ENDPOINT: Endpoint[Invoice] = Endpoint(
    operation_id="PostInvoicesInvoiceRemoveLines",
    method="POST",
    path="/v1/invoices/{invoice}/remove_lines",
    path_params=("invoice",),
    query_params=frozenset(()),
    body_params=frozenset(
        (
            "lines",
            "expand",
            "invoice_metadata",
        )
    ),
    required_params=frozenset(("lines",)),
    parse=parse_ok,
    check=check_params,
    object_tags=frozenset(("invoice",)),
    needs_id=True,
)


def _get_kwargs(
    invoice: str,
    *,
    body: PostInvoicesInvoiceRemoveLinesBody | Unset = UNSET,
) -> dict[str, Any]:
    path: dict[str, str] = {
        "invoice": invoice,
    }
    params: dict[str, Any] = {} if isinstance(body, Unset) else body.to_dict()
    return ENDPOINT.request(path, params)


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Invoice | Error:
    if response.status_code == 200:
        return parse_ok(response.json())
    return Error.from_dict(response.json())


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Invoice | Error]:
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
    body: PostInvoicesInvoiceRemoveLinesBody | Unset = UNSET,
) -> Response[Invoice | Error]:
    """PostInvoicesInvoiceRemoveLines, returning the status, headers and parsed body."""
    response = client.get_httpx_client().request(
        **_get_kwargs(
            invoice=invoice,
            body=body,
        )
    )
    return _build_response(client=client, response=response)


def sync(
    invoice: str,
    *,
    client: AuthenticatedClient | Client,
    body: PostInvoicesInvoiceRemoveLinesBody | Unset = UNSET,
) -> Invoice | Error | None:
    """PostInvoicesInvoiceRemoveLines, returning the parsed body."""
    return sync_detailed(
        client=client,
        invoice=invoice,
        body=body,
    ).parsed


async def asyncio_detailed(
    invoice: str,
    *,
    client: AuthenticatedClient | Client,
    body: PostInvoicesInvoiceRemoveLinesBody | Unset = UNSET,
) -> Response[Invoice | Error]:
    """PostInvoicesInvoiceRemoveLines, returning the status, headers and parsed body."""
    response = await client.get_async_httpx_client().request(
        **_get_kwargs(
            invoice=invoice,
            body=body,
        )
    )
    return _build_response(client=client, response=response)


async def asyncio(
    invoice: str,
    *,
    client: AuthenticatedClient | Client,
    body: PostInvoicesInvoiceRemoveLinesBody | Unset = UNSET,
) -> Invoice | Error | None:
    """PostInvoicesInvoiceRemoveLines, returning the parsed body."""
    return (
        await asyncio_detailed(
            client=client,
            invoice=invoice,
            body=body,
        )
    ).parsed
