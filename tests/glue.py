"""The glue that lets one test body drive the sync and the async client alike (the suites of
client/, fake/flows/, search/ and integration/ take `kind` as a parametrize axis), and the
error class each answer status Stripe documents raises."""

from __future__ import annotations

import inspect
from typing import Any

from stripe_invoicing_client import (
    APIServerError,
    APIStatusError,
    AsyncStripeInvoicing,
    AuthenticationError,
    CardError,
    ConflictError,
    InvalidRequestError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    StripeInvoicing,
    SyncPager,
)

Client = StripeInvoicing | AsyncStripeInvoicing

# What the client raises for each status Stripe documents (tests/client/test_error_types.py
# checks the whole mapping, the undocumented statuses included).
ERROR_FOR_STATUS: dict[int, type[APIStatusError]] = {
    400: InvalidRequestError,
    401: AuthenticationError,
    402: CardError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    429: RateLimitError,
    500: APIServerError,
    502: APIServerError,
    503: APIServerError,
    504: APIServerError,
}


async def run(value: Any) -> Any:
    """The result of a client call: awaited when the async client returned an awaitable."""
    return await value if inspect.isawaitable(value) else value


async def collect(pager: Any) -> list[Any]:
    """Every item of a sync or async pager."""
    if hasattr(pager, "__aiter__"):
        return [item async for item in pager]
    return list(pager)


async def collect_into(pager: Any, items: list[Any]) -> None:
    """The items of a sync or async pager, appended to `items` as they come: those handed out
    before the walk raised stay there."""
    if hasattr(pager, "__aiter__"):
        async for item in pager:
            items.append(item)
    else:
        for item in pager:
            items.append(item)


async def collect_pages(pager: Any) -> list[Any]:
    """Every page of a sync or async pager."""
    walk = pager.pages()
    if hasattr(walk, "__aiter__"):
        return [page async for page in walk]
    return list(walk)


async def close(client: Client) -> None:
    if isinstance(client, AsyncStripeInvoicing):
        await client.aclose()
    else:
        client.close()


async def drain(result: Any) -> Any:
    """A call's value whichever client made it; a pager of either kind walked to a list."""
    if hasattr(result, "__aiter__"):
        return [item async for item in result]
    if isinstance(result, SyncPager):
        return list(result)
    return await run(result)
