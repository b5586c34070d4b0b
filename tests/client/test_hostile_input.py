"""Hostile ids and parameters, as one table per client kind.

Each row is either sent safely (and we check what reached the wire) or refused locally with
InvalidParameterError before any request. Failures print the whole table.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import httpx
import pytest
import respx

from stripe_invoicing_client import InvalidParameterError

from ._support import (
    BASE,
    collect,
    customer,
    form,
    invoice,
    invoice_item,
    line_item,
    list_page,
    query,
    run,
    search_page,
)


@dataclass
class Row:
    label: str
    call: Callable[[Any], Any]
    expect: str  # "refused", or what reached the wire: "POST /v1/...", "form a=b", "query a=b"


def _circular() -> dict[str, Any]:
    loop: dict[str, Any] = {}
    loop["self"] = loop
    return loop


def _deep(levels: int) -> Any:
    value: Any = "x"
    for _ in range(levels):
        value = {"k": value}
    return value


LONG = "in_" + "a" * 10_000

ROWS = [
    # ids that must stay one encoded path segment
    Row("id with /", lambda c: c.invoices.send("a/b"), "POST /v1/invoices/a%2Fb/send"),
    Row("id ..", lambda c: c.invoices.send(".."), "POST /v1/invoices/%2E%2E/send"),
    Row("id .", lambda c: c.invoices.send("."), "POST /v1/invoices/%2E/send"),
    Row(
        "id climbing out",
        lambda c: c.invoices.send("../customers/cus_1"),
        "POST /v1/invoices/%2E%2E%2Fcustomers%2Fcus_1/send",
    ),
    Row("id with ?", lambda c: c.invoices.send("in_1?x=1"), "POST /v1/invoices/in_1%3Fx%3D1/send"),
    Row("id with #", lambda c: c.invoices.send("in_1#f"), "POST /v1/invoices/in_1%23f/send"),
    Row("id with %", lambda c: c.invoices.send("100%"), "POST /v1/invoices/100%25/send"),
    Row("id pre-encoded", lambda c: c.invoices.send("%2e%2E"), "POST /v1/invoices/%252e%252E/send"),
    Row("id with space", lambda c: c.invoices.send("in 1"), "POST /v1/invoices/in%201/send"),
    Row("id non-ASCII", lambda c: c.invoices.send("in_\u00e9"), "POST /v1/invoices/in_%C3%A9/send"),
    Row(
        "GET id with ?",
        lambda c: c.invoices.retrieve("in_1?expand[0]=x"),
        "GET /v1/invoices/in_1%3Fexpand%5B0%5D%3Dx",
    ),
    Row("DELETE id ..", lambda c: c.customers.delete(".."), "DELETE /v1/customers/%2E%2E"),
    Row(
        "two ids with /",
        lambda c: c.invoices.update_line("in/1", "il/2"),
        "POST /v1/invoices/in%2F1/lines/il%2F2",
    ),
    Row("lines id with /", lambda c: c.invoices.list_lines("a/b"), "GET /v1/invoices/a%2Fb/lines"),
    Row("item id ..", lambda c: c.invoice_items.retrieve(".."), "GET /v1/invoiceitems/%2E%2E"),
    # ids refused before any request
    Row("id with \\n", lambda c: c.invoices.send("in_1\n"), "refused"),
    Row("id with CRLF", lambda c: c.invoices.send("in_1\r\nX-Evil: 1"), "refused"),
    Row("id with NUL", lambda c: c.invoices.send("in\x00_1"), "refused"),
    Row("id with DEL", lambda c: c.invoices.send("in\x7f"), "refused"),
    Row("id 10,000 chars", lambda c: c.invoices.send(LONG), "refused"),
    Row("id empty", lambda c: c.invoices.send(""), "refused"),
    Row("id blank", lambda c: c.invoices.retrieve("   "), "refused"),
    Row("id None", lambda c: c.invoices.void(None), "refused"),
    Row("id int", lambda c: c.customers.retrieve(123), "refused"),
    Row("id bytes", lambda c: c.invoice_items.delete(b"ii_1"), "refused"),
    Row("id list", lambda c: c.customers.update(["cus_1"]), "refused"),
    Row("second id newline", lambda c: c.invoices.update_line("in_1", "il\n"), "refused"),
    Row("lines id empty", lambda c: c.invoices.list_lines(""), "refused"),
    Row("lines id NUL", lambda c: c.invoices.list_lines("in\x00"), "refused"),
    # names the spec does not have
    Row("unknown name", lambda c: c.invoices.create(cusotmer="cus_1"), "refused"),
    Row("unknown on send", lambda c: c.invoices.send("in_1", bogus=1), "refused"),
    Row("unknown on list", lambda c: c.customers.list(emial="a@b.c"), "refused"),
    Row("body name on GET", lambda c: c.invoices.retrieve("in_1", description="x"), "refused"),
    Row("required missing", lambda c: c.invoices.add_lines("in_1"), "refused"),
    Row("search w/o query", lambda c: c.customers.search(limit=3), "refused"),
    # wrong types
    Row("str for int", lambda c: c.invoices.create(days_until_due="30"), "refused"),
    Row("float for int", lambda c: c.invoices.create(due_date=1.5), "refused"),
    Row("bool for int", lambda c: c.invoice_items.create(amount=True), "refused"),
    Row("int for str", lambda c: c.invoices.create(customer=5), "refused"),
    Row("str for bool", lambda c: c.invoices.update("in_1", auto_advance="true"), "refused"),
    Row("dict for list", lambda c: c.invoices.send("in_1", expand={"a": "b"}), "refused"),
    Row("str for list", lambda c: c.invoices.create(default_tax_rates="txr_1"), "refused"),
    Row("list for dict", lambda c: c.customers.create(metadata=["a"]), "refused"),
    Row("int in str map", lambda c: c.invoices.create(metadata={"order_id": 6735}), "refused"),
    Row("dict in str map", lambda c: c.customers.update("cus_1", metadata={"a": {}}), "refused"),
    Row(
        "dict for list (lines)",
        lambda c: c.invoices.remove_lines("in_1", lines={"id": "x"}),
        "refused",
    ),
    Row("NaN for int", lambda c: c.invoices.create(due_date=float("nan")), "refused"),
    Row("object for str", lambda c: c.invoices.create(customer=object()), "refused"),
    # nested names the spec does not have
    Row(
        "nested unknown",
        lambda c: c.invoices.create(automatic_tax={"enabled": True, "bogus": 1}),
        "refused",
    ),
    Row(
        "unknown in list item",
        lambda c: c.invoices.remove_lines(
            "in_1", lines=[{"id": "il_1", "behavior": "delete", "x": 1}]
        ),
        "refused",
    ),
    Row("unknown range key", lambda c: c.invoices.list(created={"after": 1}), "refused"),
    Row("wrong nested type", lambda c: c.invoices.list(created={"gte": "yesterday"}), "refused"),
    Row(
        "unknown in address",
        lambda c: c.customers.create(address={"line1": "1 Main St", "planet": "Mars"}),
        "refused",
    ),
    # limit
    Row("limit 0", lambda c: c.invoices.list(limit=0), "refused"),
    Row("limit 101", lambda c: c.invoices.list(limit=101), "refused"),
    Row("limit -5", lambda c: c.invoice_items.list(limit=-5), "refused"),
    Row("limit 10**9", lambda c: c.customers.list(limit=10**9), "refused"),
    Row("limit '10'", lambda c: c.invoices.search(query="x", limit="10"), "refused"),
    Row("lines limit 0", lambda c: c.invoices.list_lines("in_1", limit=0), "refused"),
    Row("limit 1", lambda c: c.invoices.list(limit=1), "query [('limit', '1')]"),
    Row("limit 100", lambda c: c.invoices.list(limit=100), "query [('limit', '100')]"),
    # values that look like syntax travel as values
    Row(
        "& and = in value",
        lambda c: c.invoices.update("in_1", description="a&b=c"),
        "form [('description', 'a&b=c')]",
    ),
    Row(
        "& in query value",
        lambda c: c.invoices.list(customer="cus_1&limit=1"),
        "query [('customer', 'cus_1&limit=1')]",
    ),
    # brackets are the encoding's nesting syntax: a metadata key holding one is refused
    Row("brackets in key", lambda c: c.invoices.update("in_1", metadata={"a][b": "x"}), "refused"),
    Row("[ in key", lambda c: c.customers.create(metadata={"order[1": "x"}), "refused"),
    Row("] in key", lambda c: c.invoice_items.update("ii_1", metadata={"a]": "x"}), "refused"),
    Row(
        "brackets in nested key",
        lambda c: c.invoices.add_lines(
            "in_1", lines=[{"amount": 100, "metadata": {"sku[0]": "x"}}]
        ),
        "refused",
    ),
    Row(
        "brackets deep in a list",
        lambda c: c.invoices.update_lines(
            "in_1",
            lines=[
                {"id": "il_1", "price_data": {"product_data": {"name": "p", "metadata": {"[": ""}}}}
            ],
        ),
        "refused",
    ),
    Row(
        "other punctuation in key",
        lambda c: c.invoices.update("in_1", metadata={"a.b-c/d e": "x"}),
        "raw metadata[a.b-c%2Fd+e]=x",
    ),
    Row(
        "CRLF in value",
        lambda c: c.invoices.update("in_1", footer="a\r\nb"),
        "raw footer=a%0D%0Ab",
    ),
]


def _reply(request: httpx.Request) -> httpx.Response:
    # The object each endpoint answers with: a 2xx with another object is an error.
    path = request.url.path
    if request.method == "GET" and path.endswith("/search"):
        return httpx.Response(200, json=search_page([], False, None, path))
    if request.method == "GET" and (path.endswith("/lines") or path.count("/") == 2):
        return httpx.Response(200, json=list_page([], False, path))
    if "/lines/" in path:
        return httpx.Response(200, json=line_item())
    if path.startswith("/v1/invoiceitems"):
        return httpx.Response(200, json=invoice_item())
    if path.startswith("/v1/customers"):
        return httpx.Response(200, json=customer())
    return httpx.Response(200, json=invoice())


async def _outcome(client: Any, row: Row) -> str:
    with respx.mock(base_url=BASE, assert_all_called=False) as router:
        router.route().mock(side_effect=_reply)
        try:
            result = await run(row.call(client))
            if hasattr(result, "pages"):
                await collect(result)
        except InvalidParameterError:
            return "refused" if not router.calls else "refused, but after sending"
        except Exception as exc:
            return f"{type(exc).__name__}: {str(exc)[:40]}"
        if len(router.calls) != 1:
            return f"{len(router.calls)} requests"
        request = router.calls.last.request
        raw_path, _, raw_query = request.url.raw_path.decode().partition("?")
        if row.expect.startswith("form "):
            return f"form {form(request)!r}"
        if row.expect.startswith("query "):
            return f"query {query(request)!r}"
        if row.expect.startswith("raw "):
            return f"raw {request.content.decode()}"
        return f"{request.method} {raw_path}" + (f"?{raw_query}" if raw_query else "")


def _matches(row: Row, got: str) -> bool:
    return got == row.expect


def _table(results: list[tuple[Row, str, bool]]) -> str:
    width = max(len(row.label) for row, _, _ in results)
    lines = [f"{'case':<{width}}  ok  got (expected)"]
    for row, got, ok in results:
        shown = repr(got)[1:-1]
        if len(shown) > 90:
            shown = shown[:87] + "..."
        tail = "" if ok else f"   (expected {row.expect!r})"
        lines.append(f"{row.label:<{width}}  {'ok' if ok else 'XX'}  {shown}{tail}")
    return "\n".join(lines)


async def test_hostile_table(client: Any) -> None:
    results = []
    for row in ROWS:
        got = await _outcome(client, row)
        results.append((row, got, _matches(row, got)))
    table = _table(results)
    print("\n" + table)
    assert all(ok for _, _, ok in results), "\n" + table


KNOWN_BUGS = [
    Row("self-referencing dict", lambda c: c.invoices.create(metadata=_circular()), "refused"),
    Row("self-referencing list", lambda c: c.invoices.list(expand=_self_list()), "refused"),
    Row("3,000 levels deep", lambda c: c.invoices.create(metadata=_deep(3000)), "refused"),
]


def _self_list() -> list[Any]:
    loop: list[Any] = []
    loop.append(loop)
    return loop


@pytest.mark.parametrize("row", KNOWN_BUGS, ids=lambda r: r.label)
async def test_cyclic_or_deep_values_are_refused(client: Any, row: Row) -> None:
    got = await _outcome(client, row)
    assert got == "refused", _table([(row, got, False)])
