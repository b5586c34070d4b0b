"""PostInvoices: POST /v1/invoices.

Create an invoice
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
from ...models.post_invoices_body import PostInvoicesBody, PostInvoicesBodyParams
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    # Keeps the block non-empty once the formatter drops imports this module doesn't use.
    pass

Params = PostInvoicesBodyParams
"""Body parameters of PostInvoices, as plain data."""


def parse_ok(data: Any) -> Invoice:
    """The 200 body of PostInvoices; TypeError when it is not what the spec describes."""
    if type(data) is dict:
        return Invoice.from_dict(data)
    raise TypeError(f"PostInvoices: unexpected {type(data).__name__} in a 200 response")


def check_params(params: Mapping[str, Any]) -> list[Problem]:
    """What is wrong with the plain `params` of PostInvoices: (path, reason) pairs, from its request schema."""
    return check_request("PostInvoices", params)


ENDPOINT: Endpoint[Invoice] = Endpoint(
    operation_id="PostInvoices",
    method="POST",
    path="/v1/invoices",
    path_params=(),
    query_params=frozenset(()),
    body_params=frozenset(
        (
            "account_tax_ids",
            "application_fee_amount",
            "auto_advance",
            "automatic_tax",
            "automatically_finalizes_at",
            "collection_method",
            "currency",
            "custom_fields",
            "customer",
            "customer_account",
            "days_until_due",
            "default_payment_method",
            "default_source",
            "default_tax_rates",
            "description",
            "discounts",
            "due_date",
            "effective_at",
            "expand",
            "footer",
            "from_invoice",
            "issuer",
            "metadata",
            "number",
            "on_behalf_of",
            "payment_settings",
            "pending_invoice_items_behavior",
            "rendering",
            "shipping_cost",
            "shipping_details",
            "statement_descriptor",
            "subscription",
            "transfer_data",
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
    body: PostInvoicesBody | Unset = UNSET,
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
    body: PostInvoicesBody | Unset = UNSET,
) -> Response[Invoice | Error]:
    """PostInvoices, returning the status, headers and parsed body."""
    response = client.get_httpx_client().request(
        **_get_kwargs(
            body=body,
        )
    )
    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: PostInvoicesBody | Unset = UNSET,
) -> Invoice | Error | None:
    """PostInvoices, returning the parsed body."""
    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PostInvoicesBody | Unset = UNSET,
) -> Response[Invoice | Error]:
    """PostInvoices, returning the status, headers and parsed body."""
    response = await client.get_async_httpx_client().request(
        **_get_kwargs(
            body=body,
        )
    )
    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: PostInvoicesBody | Unset = UNSET,
) -> Invoice | Error | None:
    """PostInvoices, returning the parsed body."""
    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
