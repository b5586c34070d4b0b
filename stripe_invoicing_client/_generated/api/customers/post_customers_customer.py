"""PostCustomersCustomer: POST /v1/customers/{customer}.

Update a customer
"""

from __future__ import annotations

from collections.abc import Mapping
from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ..._check import Problem, check_request
from ..._wire import Endpoint
from ...client import AuthenticatedClient, Client
from ...models.customer import Customer
from ...models.error import Error
from ...models.post_customers_customer_body import (
    PostCustomersCustomerBody,
    PostCustomersCustomerBodyParams,
)
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    # Keeps the block non-empty once the formatter drops imports this module doesn't use.
    pass

Params = PostCustomersCustomerBodyParams
"""Body parameters of PostCustomersCustomer, as plain data."""


def parse_ok(data: Any) -> Customer:
    """The 200 body of PostCustomersCustomer; TypeError when it is not what the spec describes."""
    if type(data) is dict:
        return Customer.from_dict(data)
    raise TypeError(f"PostCustomersCustomer: unexpected {type(data).__name__} in a 200 response")


def check_params(params: Mapping[str, Any]) -> list[Problem]:
    """What is wrong with the plain `params` of PostCustomersCustomer: (path, reason) pairs, from its request schema."""
    return check_request("PostCustomersCustomer", params)


ENDPOINT: Endpoint[Customer] = Endpoint(
    operation_id="PostCustomersCustomer",
    method="POST",
    path="/v1/customers/{customer}",
    path_params=("customer",),
    query_params=frozenset(()),
    body_params=frozenset(
        (
            "address",
            "balance",
            "business_name",
            "cash_balance",
            "default_source",
            "description",
            "email",
            "expand",
            "individual_name",
            "invoice_prefix",
            "invoice_settings",
            "metadata",
            "name",
            "next_invoice_sequence",
            "phone",
            "preferred_locales",
            "shipping",
            "source",
            "tax",
            "tax_exempt",
            "validate",
        )
    ),
    required_params=frozenset(()),
    parse=parse_ok,
    check=check_params,
    object_tags=frozenset(("customer",)),
    needs_id=True,
)


def _get_kwargs(
    customer: str,
    *,
    body: PostCustomersCustomerBody | Unset = UNSET,
) -> dict[str, Any]:
    path: dict[str, str] = {
        "customer": customer,
    }
    params: dict[str, Any] = {} if isinstance(body, Unset) else body.to_dict()
    return ENDPOINT.request(path, params)


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Customer | Error:
    if response.status_code == 200:
        return parse_ok(response.json())
    return Error.from_dict(response.json())


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Customer | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    customer: str,
    *,
    client: AuthenticatedClient | Client,
    body: PostCustomersCustomerBody | Unset = UNSET,
) -> Response[Customer | Error]:
    """PostCustomersCustomer, returning the status, headers and parsed body."""
    response = client.get_httpx_client().request(
        **_get_kwargs(
            customer=customer,
            body=body,
        )
    )
    return _build_response(client=client, response=response)


def sync(
    customer: str,
    *,
    client: AuthenticatedClient | Client,
    body: PostCustomersCustomerBody | Unset = UNSET,
) -> Customer | Error | None:
    """PostCustomersCustomer, returning the parsed body."""
    return sync_detailed(
        client=client,
        customer=customer,
        body=body,
    ).parsed


async def asyncio_detailed(
    customer: str,
    *,
    client: AuthenticatedClient | Client,
    body: PostCustomersCustomerBody | Unset = UNSET,
) -> Response[Customer | Error]:
    """PostCustomersCustomer, returning the status, headers and parsed body."""
    response = await client.get_async_httpx_client().request(
        **_get_kwargs(
            customer=customer,
            body=body,
        )
    )
    return _build_response(client=client, response=response)


async def asyncio(
    customer: str,
    *,
    client: AuthenticatedClient | Client,
    body: PostCustomersCustomerBody | Unset = UNSET,
) -> Customer | Error | None:
    """PostCustomersCustomer, returning the parsed body."""
    return (
        await asyncio_detailed(
            client=client,
            customer=customer,
            body=body,
        )
    ).parsed
