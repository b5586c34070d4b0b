"""PostInvoicesInvoiceLinesLineItemId: POST /v1/invoices/{invoice}/lines/{line_item_id}.

Update an invoice line
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
from ...models.line_item import LineItem
from ...models.post_invoices_invoice_lines_line_item_id_body import (
    PostInvoicesInvoiceLinesLineItemIdBody,
    PostInvoicesInvoiceLinesLineItemIdBodyParams,
)
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    # Keeps the block non-empty once the formatter drops imports this module doesn't use.
    pass

Params = PostInvoicesInvoiceLinesLineItemIdBodyParams
"""Body parameters of PostInvoicesInvoiceLinesLineItemId, as plain data."""


def parse_ok(data: Any) -> LineItem:
    """The 200 body of PostInvoicesInvoiceLinesLineItemId; TypeError when it is not what the spec describes."""
    if type(data) is dict:
        return LineItem.from_dict(data)
    raise TypeError(
        f"PostInvoicesInvoiceLinesLineItemId: unexpected {type(data).__name__} in a 200 response"
    )


def check_params(params: Mapping[str, Any]) -> list[Problem]:
    """What is wrong with the plain `params` of PostInvoicesInvoiceLinesLineItemId: (path, reason) pairs, from its request schema."""
    return check_request("PostInvoicesInvoiceLinesLineItemId", params)


ENDPOINT: Endpoint[LineItem] = Endpoint(
    operation_id="PostInvoicesInvoiceLinesLineItemId",
    method="POST",
    path="/v1/invoices/{invoice}/lines/{line_item_id}",
    path_params=(
        "invoice",
        "line_item_id",
    ),
    query_params=frozenset(()),
    body_params=frozenset(
        (
            "amount",
            "description",
            "discountable",
            "discounts",
            "expand",
            "metadata",
            "period",
            "price_data",
            "pricing",
            "quantity",
            "quantity_decimal",
            "tax_amounts",
            "tax_rates",
        )
    ),
    required_params=frozenset(()),
    parse=parse_ok,
    check=check_params,
    object_tags=frozenset(("line_item",)),
    needs_id=True,
)


def _get_kwargs(
    invoice: str,
    line_item_id: str,
    *,
    body: PostInvoicesInvoiceLinesLineItemIdBody | Unset = UNSET,
) -> dict[str, Any]:
    path: dict[str, str] = {
        "invoice": invoice,
        "line_item_id": line_item_id,
    }
    params: dict[str, Any] = {} if isinstance(body, Unset) else body.to_dict()
    return ENDPOINT.request(path, params)


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> LineItem | Error:
    if response.status_code == 200:
        return parse_ok(response.json())
    return Error.from_dict(response.json())


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[LineItem | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    invoice: str,
    line_item_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: PostInvoicesInvoiceLinesLineItemIdBody | Unset = UNSET,
) -> Response[LineItem | Error]:
    """PostInvoicesInvoiceLinesLineItemId, returning the status, headers and parsed body."""
    response = client.get_httpx_client().request(
        **_get_kwargs(
            invoice=invoice,
            line_item_id=line_item_id,
            body=body,
        )
    )
    return _build_response(client=client, response=response)


def sync(
    invoice: str,
    line_item_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: PostInvoicesInvoiceLinesLineItemIdBody | Unset = UNSET,
) -> LineItem | Error | None:
    """PostInvoicesInvoiceLinesLineItemId, returning the parsed body."""
    return sync_detailed(
        client=client,
        invoice=invoice,
        line_item_id=line_item_id,
        body=body,
    ).parsed


async def asyncio_detailed(
    invoice: str,
    line_item_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: PostInvoicesInvoiceLinesLineItemIdBody | Unset = UNSET,
) -> Response[LineItem | Error]:
    """PostInvoicesInvoiceLinesLineItemId, returning the status, headers and parsed body."""
    response = await client.get_async_httpx_client().request(
        **_get_kwargs(
            invoice=invoice,
            line_item_id=line_item_id,
            body=body,
        )
    )
    return _build_response(client=client, response=response)


async def asyncio(
    invoice: str,
    line_item_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: PostInvoicesInvoiceLinesLineItemIdBody | Unset = UNSET,
) -> LineItem | Error | None:
    """PostInvoicesInvoiceLinesLineItemId, returning the parsed body."""
    return (
        await asyncio_detailed(
            client=client,
            invoice=invoice,
            line_item_id=line_item_id,
            body=body,
        )
    ).parsed
