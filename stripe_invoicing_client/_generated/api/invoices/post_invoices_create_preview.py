"""PostInvoicesCreatePreview: POST /v1/invoices/create_preview.

Preview an invoice
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
from ...models.post_invoices_create_preview_body import (
    PostInvoicesCreatePreviewBody,
    PostInvoicesCreatePreviewBodyParams,
)
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    # Keeps the block non-empty once the formatter drops imports this module doesn't use.
    pass

Params = PostInvoicesCreatePreviewBodyParams
"""Body parameters of PostInvoicesCreatePreview, as plain data."""


def parse_ok(data: Any) -> Invoice:
    """The 200 body of PostInvoicesCreatePreview; TypeError when it is not what the spec describes."""
    if type(data) is dict:
        return Invoice.from_dict(data)
    raise TypeError(
        f"PostInvoicesCreatePreview: unexpected {type(data).__name__} in a 200 response"
    )


def check_params(params: Mapping[str, Any]) -> list[Problem]:
    """What is wrong with the plain `params` of PostInvoicesCreatePreview: (path, reason) pairs, from its request schema."""
    return check_request("PostInvoicesCreatePreview", params)


ENDPOINT: Endpoint[Invoice] = Endpoint(
    operation_id="PostInvoicesCreatePreview",
    method="POST",
    path="/v1/invoices/create_preview",
    path_params=(),
    query_params=frozenset(()),
    body_params=frozenset(
        (
            "automatic_tax",
            "currency",
            "customer",
            "customer_account",
            "customer_details",
            "discounts",
            "expand",
            "invoice_items",
            "issuer",
            "on_behalf_of",
            "preview_mode",
            "schedule",
            "schedule_details",
            "subscription",
            "subscription_details",
        )
    ),
    required_params=frozenset(()),
    parse=parse_ok,
    check=check_params,
    object_tags=frozenset(("invoice",)),
    needs_id=True,
)


def _get_kwargs(
    *,
    body: PostInvoicesCreatePreviewBody | Unset = UNSET,
) -> dict[str, Any]:
    path: dict[str, str] = {}
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
    *,
    client: AuthenticatedClient | Client,
    body: PostInvoicesCreatePreviewBody | Unset = UNSET,
) -> Response[Invoice | Error]:
    """PostInvoicesCreatePreview, returning the status, headers and parsed body."""
    response = client.get_httpx_client().request(
        **_get_kwargs(
            body=body,
        )
    )
    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: PostInvoicesCreatePreviewBody | Unset = UNSET,
) -> Invoice | Error | None:
    """PostInvoicesCreatePreview, returning the parsed body."""
    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PostInvoicesCreatePreviewBody | Unset = UNSET,
) -> Response[Invoice | Error]:
    """PostInvoicesCreatePreview, returning the status, headers and parsed body."""
    response = await client.get_async_httpx_client().request(
        **_get_kwargs(
            body=body,
        )
    )
    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: PostInvoicesCreatePreviewBody | Unset = UNSET,
) -> Invoice | Error | None:
    """PostInvoicesCreatePreview, returning the parsed body."""
    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
