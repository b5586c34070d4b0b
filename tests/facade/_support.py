"""Helpers shared by the facade tests: response bodies, a fake list server, sync/async glue."""

from __future__ import annotations

import inspect
import re
from collections.abc import Callable
from typing import Any
from urllib.parse import unquote

import httpx

from stripe_invoicing_client import AsyncPager, AsyncStripeInvoicing, StripeInvoicing
from tests.seeds import seed_invoices

BASE = "https://api.stripe.com"
KEY = "sk_test_51KeyForFacadeTests"
API_VERSION = "2026-10-28.endive"
UUID4 = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")

Client = StripeInvoicing | AsyncStripeInvoicing


def invoice(id: str = "in_1MtGmCLkdIwHu7ixJlveR2DO") -> dict[str, Any]:
    body = dict(seed_invoices()[0][1])
    body["id"] = id
    return body


def line_item(id: str = "il_1") -> dict[str, Any]:
    return {
        "id": id,
        "object": "line_item",
        "amount": 1500,
        "currency": "usd",
        "description": "Setup fee",
        "livemode": False,
        "metadata": {},
        "quantity": 1,
    }


def invoice_item(id: str = "ii_1") -> dict[str, Any]:
    return {
        "id": id,
        "object": "invoiceitem",
        "amount": 1500,
        "currency": "usd",
        "customer": "cus_NeZwdNtLEOXuvB",
        "description": "Setup fee",
        "livemode": False,
        "metadata": {"order_id": "6735"},
    }


def customer(id: str = "cus_NeZwdNtLEOXuvB") -> dict[str, Any]:
    return {
        "id": id,
        "object": "customer",
        "balance": 0,
        "created": 1680893993,
        "email": "jenny.rosen@example.com",
        "livemode": False,
        "metadata": {},
        "name": "Jenny Rosen",
    }


def deleted(object_: str, id: str) -> dict[str, Any]:
    return {"id": id, "object": object_, "deleted": True}


def list_page(items: list[dict[str, Any]], has_more: bool, url: str) -> dict[str, Any]:
    return {"object": "list", "data": items, "has_more": has_more, "url": url}


def search_page(
    items: list[dict[str, Any]], has_more: bool, next_page: str | None, url: str
) -> dict[str, Any]:
    return {
        "object": "search_result",
        "data": items,
        "has_more": has_more,
        "next_page": next_page,
        "url": url,
        "total_count": None,
    }


def pairs(raw: str) -> list[tuple[str, str]]:
    """A form or query string as decoded (key, value) pairs, in wire order."""
    if not raw:
        return []
    return [
        (unquote(k.replace("+", " ")), unquote(v.replace("+", " ")))
        for k, _, v in (part.partition("=") for part in raw.split("&"))
    ]


def query(request: httpx.Request) -> list[tuple[str, str]]:
    return pairs(request.url.query.decode())


def form(request: httpx.Request) -> list[tuple[str, str]]:
    return pairs(request.content.decode("ascii"))


async def run(value: Any) -> Any:
    """Await `value` if the async client returned a coroutine; sync results pass through."""
    if inspect.isawaitable(value):
        return await value
    return value


async def collect(pager: Any) -> list[Any]:
    if isinstance(pager, AsyncPager):
        return [item async for item in pager]
    return list(pager)


async def collect_pages(pager: Any) -> list[Any]:
    if isinstance(pager, AsyncPager):
        return [page async for page in pager.pages()]
    return list(pager.pages())


async def close(client: Client) -> None:
    if isinstance(client, AsyncStripeInvoicing):
        await client.aclose()
    else:
        client.close()


ClientFactory = Callable[..., Client]


# --- glue of the per-resource wire tables (test_billing_resources, test_recurring_resources)

Body = Callable[[], dict[str, Any]]


def obj(object_: str, id_: str, **fields: Any) -> Body:
    """A response body maker: a fresh dict per call, so a test can't change another's."""
    return lambda: {"id": id_, "object": object_, **fields}


class Call:
    """One resource method in a wire table: where it hangs (`customers.tax_ids.create`), its
    arguments, and what must go on the wire and come back."""

    def __init__(
        self,
        at: str,
        args: tuple[str, ...],
        params: dict[str, Any],
        verb: str,
        raw_path: str,
        wire: list[tuple[str, str]],
        body: Body,
        result: type,
    ) -> None:
        self.path, _, self.method = at.rpartition(".")
        self.args, self.params, self.verb, self.raw_path = args, params, verb, raw_path
        self.wire, self.body, self.result = wire, body, result
        self.id = at


def method_at(client: Any, path: str, method: str) -> Any:
    """`client.<path>.<method>`, with `path` dotted (`customers.tax_ids`)."""
    for attribute in path.split("."):
        client = getattr(client, attribute)
    return getattr(client, method)
