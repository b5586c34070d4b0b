"""PostInvoiceitems: POST /v1/invoiceitems.

Create an invoice item
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
from ...models.invoice_item import InvoiceItem
from ...models.post_invoiceitems_body import PostInvoiceitemsBody, PostInvoiceitemsBodyParams
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    # Keeps the block non-empty once the formatter drops imports this module doesn't use.
    pass

Params = PostInvoiceitemsBodyParams
"""Body parameters of PostInvoiceitems, as plain data."""


def parse_ok(data: Any) -> InvoiceItem:
    """The 200 body of PostInvoiceitems; TypeError when it is not what the spec describes."""
    if type(data) is dict:
        return InvoiceItem.from_dict(data)
    raise TypeError(f"PostInvoiceitems: unexpected {type(data).__name__} in a 200 response")


def check_params(params: Mapping[str, Any]) -> list[Problem]:
    """What is wrong with the plain `params` of PostInvoiceitems: (path, reason) pairs, from its request schema."""
    return check_request("PostInvoiceitems", params)


ENDPOINT: Endpoint[InvoiceItem] = Endpoint(
    operation_id="PostInvoiceitems",
    method="POST",
    path="/v1/invoiceitems",
    path_params=(),
    query_params=frozenset(()),
    body_params=frozenset(
        (
            "amount",
            "currency",
            "customer",
            "customer_account",
            "description",
            "discountable",
            "discounts",
            "expand",
            "invoice",
            "metadata",
            "period",
            "price_data",
            "pricing",
            "quantity",
            "quantity_decimal",
            "subscription",
            "tax_behavior",
            "tax_code",
            "tax_rates",
            "unit_amount_decimal",
        )
    ),
    required_params=frozenset(()),
    parse=parse_ok,
    check=check_params,
    object_tags=frozenset(("invoiceitem",)),
    needs_id=True,
)


def _get_kwargs(
    *,
    body: PostInvoiceitemsBody | Unset = UNSET,
) -> dict[str, Any]:
    path: dict[str, str] = {}
    params: dict[str, Any] = {} if isinstance(body, Unset) else body.to_dict()
    return ENDPOINT.request(path, params)


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> InvoiceItem | Error:
    if response.status_code == 200:
        return parse_ok(response.json())
    return Error.from_dict(response.json())


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[InvoiceItem | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PostInvoiceitemsBody | Unset = UNSET,
) -> Response[InvoiceItem | Error]:
    """PostInvoiceitems, returning the status, headers and parsed body."""
    response = client.get_httpx_client().request(
        **_get_kwargs(
            body=body,
        )
    )
    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: PostInvoiceitemsBody | Unset = UNSET,
) -> InvoiceItem | Error | None:
    """PostInvoiceitems, returning the parsed body."""
    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PostInvoiceitemsBody | Unset = UNSET,
) -> Response[InvoiceItem | Error]:
    """PostInvoiceitems, returning the status, headers and parsed body."""
    response = await client.get_async_httpx_client().request(
        **_get_kwargs(
            body=body,
        )
    )
    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: PostInvoiceitemsBody | Unset = UNSET,
) -> InvoiceItem | Error | None:
    """PostInvoiceitems, returning the parsed body."""
    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
