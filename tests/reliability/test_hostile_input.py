"""Hostile and bad input through the client, as one table, sync and async, on the fake.

Every row is either refused with a typed error before anything is sent (the wire and the fake
saw no request), or sent safely: the id stays one path segment of its resource (the fake routes
it to the operation we called, and decodes it back to the very id), and parameter values stay
values (no `&`, `=` or bracket in them becomes structure). The table is printed.
"""

from __future__ import annotations

import asyncio
import math
from collections.abc import Callable
from typing import Any
from urllib.parse import unquote

import attrs
import httpx
import pytest

from stripe_invoicing_client import (
    AsyncStripeInvoicing,
    InvalidParameterError,
    StripeError,
    StripeInvoicing,
)
from stripe_invoicing_client.testing import FakeStripe
from tests.glue import drain

from ._support import Figures, RecordingTransport, format_table

KEY = "sk_test_HostileInput0123"
LONG_ID = "in_" + "a" * 10_000


@attrs.frozen
class Row:
    label: str
    shown: str  # the input, for the table
    call: Callable[[Any], Any] | None = None  # on a client
    build: Callable[[type[Any], Any], Any] | None = None  # (client class, http client) -> client
    # None: refused before sending. Otherwise what must reach the fake: the operation it is
    # routed to, the path segments decoded, and (a subset of) the decoded parameters.
    operation: str | None = None
    segments: tuple[str, ...] = ()
    params: dict[str, Any] | None = None


def refused(label: str, shown: str, call: Callable[[Any], Any]) -> Row:
    return Row(label, shown, call=call)


def refused_option(label: str, shown: str, **options: Any) -> Row:
    def build(cls: type[Any], http: Any) -> Any:
        rest = {name: value for name, value in options.items() if name != "api_key"}
        return cls(options.get("api_key", KEY), http_client=http, **rest)

    return Row(label, shown, build=build)


def sent(
    label: str,
    shown: str,
    call: Callable[[Any], Any],
    operation: str,
    *segments: str,
    params: dict[str, Any] | None = None,
) -> Row:
    return Row(label, shown, call=call, operation=operation, segments=segments, params=params)


def _invoice(id_: str) -> tuple[str, ...]:
    return ("v1", "invoices", id_)


ROWS: list[Row] = [
    # -- ids: sent, but only ever as one segment of their own resource ---------------------
    sent(
        "id with /",
        "'a/b'",
        lambda c: c.invoices.send("a/b"),
        "PostInvoicesInvoiceSend",
        *_invoice("a/b"),
        "send",
    ),
    sent(
        "id ..",
        "'..'",
        lambda c: c.invoices.send(".."),
        "PostInvoicesInvoiceSend",
        *_invoice(".."),
        "send",
    ),
    sent("id .", "'.'", lambda c: c.invoices.retrieve("."), "GetInvoicesInvoice", *_invoice(".")),
    sent(
        "id climbing out",
        "'../../v1/customers'",
        lambda c: c.invoices.retrieve("../../v1/customers"),
        "GetInvoicesInvoice",
        *_invoice("../../v1/customers"),
    ),
    sent(
        "id with ?",
        "'in_1?expand[]=customer'",
        lambda c: c.invoices.retrieve("in_1?expand[]=customer"),
        "GetInvoicesInvoice",
        *_invoice("in_1?expand[]=customer"),
        params={},
    ),
    sent(
        "id with #",
        "'in_1#x'",
        lambda c: c.invoices.pay("in_1#x"),
        "PostInvoicesInvoicePay",
        *_invoice("in_1#x"),
        "pay",
    ),
    sent(
        "id with %",
        "'in_%2F%00'",
        lambda c: c.invoices.void("in_%2F%00"),
        "PostInvoicesInvoiceVoid",
        *_invoice("in_%2F%00"),
        "void",
    ),
    sent(
        "id with spaces",
        "'in 1 '",
        lambda c: c.invoices.finalize("in 1 "),
        "PostInvoicesInvoiceFinalize",
        *_invoice("in 1 "),
        "finalize",
    ),
    sent(
        "id unicode",
        "'in_é💳\\u202e'",
        lambda c: c.invoices.retrieve("in_é💳\u202e"),
        "GetInvoicesInvoice",
        *_invoice("in_é💳\u202e"),
    ),
    sent(
        "second path id",
        "'in_1', '../../customers/cus_1'",
        lambda c: c.invoices.update_line("in_1", "../../customers/cus_1", description="x"),
        "PostInvoicesInvoiceLinesLineItemId",
        *_invoice("in_1"),
        "lines",
        "../../customers/cus_1",
    ),
    sent(
        "delete climbing out",
        "'../customers/cus_1'",
        lambda c: c.invoice_items.delete("../customers/cus_1"),
        "DeleteInvoiceitemsInvoiceitem",
        "v1",
        "invoiceitems",
        "../customers/cus_1",
    ),
    # -- ids refused --------------------------------------------------------------------
    refused("id with newline", "'in_1\\n'", lambda c: c.invoices.retrieve("in_1\n")),
    refused(
        "id with CRLF header",
        "'in_1\\r\\nX-Evil: 1'",
        lambda c: c.invoices.send("in_1\r\nX-Evil: 1"),
    ),
    refused("id with NUL", "'in_\\x00'", lambda c: c.invoices.void("in_\x00")),
    refused("id of 10,000 chars", "'in_aaa...' (10,003)", lambda c: c.invoices.retrieve(LONG_ID)),
    refused("id empty", "''", lambda c: c.invoices.retrieve("")),
    refused("id blank", "'   '", lambda c: c.customers.delete("   ")),
    refused("id int", "123", lambda c: c.invoices.retrieve(123)),
    refused("id None", "None", lambda c: c.invoices.finalize(None)),
    refused("id bytes", "b'in_1'", lambda c: c.invoices.pay(b"in_1")),
    refused("id list", "['in_1']", lambda c: c.invoice_items.retrieve(["in_1"])),
    refused("id lone surrogate", "'in_\\ud800'", lambda c: c.invoices.retrieve("in_\ud800")),
    # -- parameters -----------------------------------------------------------------------
    refused("unknown parameter", "bogus=1", lambda c: c.invoices.create(customer="cus_1", bogus=1)),
    refused(
        "unknown nested parameter",
        "automatic_tax={enabled, bogus}",
        lambda c: c.invoices.create(customer="cus_1", automatic_tax={"enabled": True, "bogus": 1}),
    ),
    refused(
        "GET parameter on POST", "finalize(limit=3)", lambda c: c.invoices.finalize("in_1", limit=3)
    ),
    refused("missing required", "invoices.search()", lambda c: c.invoices.search()),
    refused("missing required body", "add_lines('in_1')", lambda c: c.invoices.add_lines("in_1")),
    refused(
        "wrong type str for int",
        "days_until_due='30'",
        lambda c: c.invoices.create(customer="cus_1", days_until_due="30"),
    ),
    refused(
        "wrong type str for bool",
        "auto_advance='yes'",
        lambda c: c.invoices.finalize("in_1", auto_advance="yes"),
    ),
    refused(
        "wrong type float for int",
        "amount=12.5",
        lambda c: c.invoice_items.create(customer="cus_1", amount=12.5, currency="usd"),
    ),
    refused(
        "wrong type str for list",
        "expand='customer'",
        lambda c: c.invoices.retrieve("in_1", expand="customer"),
    ),
    refused(
        "metadata value int", "metadata={'k': 1}", lambda c: c.customers.create(metadata={"k": 1})
    ),
    # Only the empty string may stand for "unset this field".
    refused("metadata not a dict", "metadata='x'", lambda c: c.customers.create(metadata="x")),
    refused(
        "value not encodable",
        "description='\\ud800'",
        lambda c: c.invoices.create(customer="cus_1", description="\ud800"),
    ),
    refused(
        "NaN",
        "amount=nan",
        lambda c: c.invoice_items.create(customer="cus_1", amount=math.nan, currency="usd"),
    ),
    sent(
        "value with & and =",
        "customer='cus_1&limit=100'",
        lambda c: c.invoices.list(customer="cus_1&limit=100"),
        "GetInvoices",
        "v1",
        "invoices",
        params={"customer": "cus_1&limit=100"},
    ),
    sent(
        "expand with &",
        "expand=['customer&limit=5']",
        lambda c: c.invoices.retrieve("in_1", expand=["customer&limit=5"]),
        "GetInvoicesInvoice",
        *_invoice("in_1"),
        params={"expand": {"0": "customer&limit=5"}},
    ),
    refused(
        "metadata key with brackets",
        "metadata={'a][b': 'x=1&y'}",
        lambda c: c.customers.update("cus_1", metadata={"a][b": "x=1&y"}),
    ),
    refused(
        "nested metadata key with [",
        "lines=[{metadata={'sku[0]': 'x'}}]",
        lambda c: c.invoices.add_lines("in_1", lines=[{"amount": 1, "metadata": {"sku[0]": "x"}}]),
    ),
    sent(
        "metadata key with & and =",
        "metadata={'a&b=c': 'x=1&y'}",
        lambda c: c.customers.update("cus_1", metadata={"a&b=c": "x=1&y"}),
        "PostCustomersCustomer",
        "v1",
        "customers",
        "cus_1",
        params={"metadata": {"a&b=c": "x=1&y"}},
    ),
    sent(
        "control characters in a value",
        "description='a\\r\\nb\\x00'",
        lambda c: c.customers.update("cus_1", description="a\r\nb\x00"),
        "PostCustomersCustomer",
        "v1",
        "customers",
        "cus_1",
        params={"description": "a\r\nb\x00"},
    ),
    refused("limit 0", "limit=0", lambda c: c.invoices.list(limit=0)),
    refused("limit 101", "limit=101", lambda c: c.customers.list(limit=101)),
    refused("limit -1", "limit=-1", lambda c: c.invoices.list_lines("in_1", limit=-1)),
    refused("limit str", "limit='10'", lambda c: c.invoice_items.list(limit="10")),
    refused("limit bool", "limit=True", lambda c: c.invoices.list(limit=True)),
    refused("max_items -1", "max_items=-1", lambda c: c.invoices.list(max_items=-1)),
    # -- headers ------------------------------------------------------------------------
    refused(
        "idempotency_key CRLF",
        "'k\\r\\nX-Evil: 1'",
        lambda c: c.invoices.pay("in_1", idempotency_key="k\r\nX-Evil: 1"),
    ),
    refused("idempotency_key LF", "'k\\nX'", lambda c: c.customers.create(idempotency_key="k\nX")),
    refused("idempotency_key empty", "''", lambda c: c.customers.create(idempotency_key="")),
    refused(
        "idempotency_key 256 chars",
        "'k' * 256",
        lambda c: c.customers.create(idempotency_key="k" * 256),
    ),
    refused(
        "idempotency_key non-ASCII", "'ключ'", lambda c: c.customers.create(idempotency_key="ключ")
    ),
    refused("idempotency_key int", "123", lambda c: c.customers.create(idempotency_key=123)),
    refused(
        "stripe_account CRLF (with_options)",
        "'acct_1\\r\\nX-Evil: 1'",
        lambda c: c.with_options(stripe_account="acct_1\r\nX-Evil: 1"),
    ),
    refused_option(
        "stripe_account CRLF", "'acct_1\\r\\nX-Evil: 1'", stripe_account="acct_1\r\nX-Evil: 1"
    ),
    refused_option("stripe_account NUL", "'acct_\\x00'", stripe_account="acct_\x00"),
    refused_option("stripe_version CRLF", "'2026\\r\\nX: y'", stripe_version="2026\r\nX: y"),
    refused_option("api_key with LF", "'sk_test_x\\nX: y'", api_key="sk_test_x\nX: y"),
    refused_option("api_key publishable", "'pk_test_x'", api_key="pk_test_x"),
    refused_option("api_key int", "123", api_key=123),
    # -- client options -----------------------------------------------------------------
    refused_option("max_retries -1", "max_retries=-1", max_retries=-1),
    refused_option("max_retries float", "max_retries=1.5", max_retries=1.5),
    refused_option("max_retries bool", "max_retries=True", max_retries=True),
    refused(
        "max_retries -1 (with_options)", "max_retries=-1", lambda c: c.with_options(max_retries=-1)
    ),
    refused_option("timeout 0", "timeout=0", timeout=0),
    refused_option("timeout negative", "timeout=-1.0", timeout=-1.0),
    refused_option("timeout nan", "timeout=nan", timeout=math.nan),
    refused_option("timeout inf", "timeout=inf", timeout=math.inf),
    refused_option("timeout str", "timeout='10'", timeout="10"),
    refused("timeout 0 (with_options)", "timeout=0", lambda c: c.with_options(timeout=0)),
    refused_option(
        "base_url with credentials",
        "https://user:pw@api.stripe.com",
        base_url="https://user:pw@api.stripe.com",
    ),
    refused_option(
        "base_url key as user",
        "https://sk_test_x@api.stripe.com",
        base_url="https://sk_test_x@api.stripe.com",
    ),
    refused_option(
        "base_url http remote", "http://api.stripe.com", base_url="http://api.stripe.com"
    ),
    refused_option(
        "base_url http private IP", "http://10.0.0.1:8080", base_url="http://10.0.0.1:8080"
    ),
    refused_option(
        "base_url http lookalike", "http://localhost.evil.com", base_url="http://localhost.evil.com"
    ),
    refused_option("base_url ftp", "ftp://api.stripe.com", base_url="ftp://api.stripe.com"),
    refused_option(
        "base_url query", "https://api.stripe.com/?x=1", base_url="https://api.stripe.com/?x=1"
    ),
    refused_option(
        "base_url fragment", "https://api.stripe.com/#x", base_url="https://api.stripe.com/#x"
    ),
    refused_option("base_url empty", "''", base_url=""),
    refused(
        "base_url http remote (with_options)",
        "http://example.com",
        lambda c: c.with_options(base_url="http://example.com"),
    ),
]


def _drain(value: Any, loop: asyncio.AbstractEventLoop) -> Any:
    return loop.run_until_complete(drain(value))


class Bench:
    def __init__(self) -> None:
        self.fake = FakeStripe(api_keys=[KEY])
        self.wire = RecordingTransport(self.fake.transport)
        self.sync_http = httpx.Client(transport=self.wire)
        self.async_http = httpx.AsyncClient(transport=self.wire)
        self.sync_client = StripeInvoicing(KEY, max_retries=0, http_client=self.sync_http)
        self.async_client = AsyncStripeInvoicing(KEY, max_retries=0, http_client=self.async_http)
        self.loop = asyncio.new_event_loop()

    def close(self) -> None:
        self.sync_http.close()
        self.loop.run_until_complete(self.async_http.aclose())
        self.loop.close()

    def run(self, row: Row, kind: str) -> tuple[str, list[str]]:
        """(outcome shown in the table, problems)."""
        fake_before, wire_before = len(self.fake.requests), len(self.wire.requests)
        problems: list[str] = []
        error: BaseException | None = None
        try:
            if row.build is not None:
                if kind == "sync":
                    row.build(StripeInvoicing, self.sync_http)
                else:
                    row.build(AsyncStripeInvoicing, self.async_http)
            else:
                assert row.call is not None
                client = self.sync_client if kind == "sync" else self.async_client
                _drain(row.call(client), self.loop)
        except Exception as caught:
            error = caught
        new_wire = self.wire.requests[wire_before:]
        new_fake = self.fake.requests[fake_before:]
        if error is not None and not isinstance(error, StripeError):
            problems.append(f"untyped {type(error).__name__}: {error}")
        if row.operation is None:
            if not isinstance(error, InvalidParameterError):
                problems.append(f"expected InvalidParameterError, got {error!r}")
            if new_wire or new_fake:
                problems.append(f"{len(new_wire)} request(s) went out")
            shown = f"refused {type(error).__name__}({getattr(error, 'param', '?')})"
            return shown, problems
        if len(new_wire) != 1 or len(new_fake) != 1:
            problems.append(f"{len(new_wire)} requests on the wire, {len(new_fake)} at the fake")
            return "?", problems
        request, recorded = new_wire[0], new_fake[0]
        raw_path = request.url.raw_path.decode("ascii").partition("?")[0]
        raw_segments = raw_path.split("/")[1:]
        if tuple(unquote(s) for s in raw_segments) != row.segments:
            problems.append(f"path {raw_path} decodes to other segments than {row.segments}")
        for segment in raw_segments:
            if segment in (".", "..") or any(ch in segment for ch in "?#\\"):
                problems.append(f"path segment {segment!r} is not inert")
        if recorded.operation != row.operation:
            problems.append(f"the fake routed it to {recorded.operation}, not {row.operation}")
        if row.params is not None:
            got = recorded.params or {}
            if row.params == {} and got:
                problems.append(f"parameters appeared: {got}")
            for name, value in row.params.items():
                if got.get(name) != value:
                    problems.append(f"{name} arrived as {got.get(name)!r}, not {value!r}")
        outcome = "ok" if error is None else type(error).__name__
        shown = f"sent {request.method} {raw_path[:48]} -> {recorded.status} {outcome}"
        return shown, problems


def test_hostile_input_table(figures: Figures) -> None:
    bench = Bench()
    rows: list[list[str]] = []
    failures: list[str] = []
    try:
        for row in ROWS:
            outcomes = []
            for kind in ("sync", "async"):
                shown, problems = bench.run(row, kind)
                outcomes.append(shown)
                failures += [f"{row.label} ({kind}): {p}" for p in problems]
            same = outcomes[0] == outcomes[1]
            rows.append([row.label, row.shown[:40], outcomes[0], "same" if same else outcomes[1]])
            if not same:
                failures.append(f"{row.label}: sync and async differ")
    finally:
        bench.close()
    table = format_table(["case", "input", "sync", "async"], rows)
    refused_rows = sum(1 for r in ROWS if r.operation is None)
    figures.add(
        "hostile input",
        f"{len(ROWS)} cases x sync+async: {refused_rows} refused before any request, "
        f"{len(ROWS) - refused_rows} sent with the path and values intact",
        *table,
    )
    assert not failures, "\n".join(failures) + "\n" + "\n".join(table)


def test_unencodable_id_is_reported_as_the_id() -> None:
    bench = Bench()
    try:
        with pytest.raises(InvalidParameterError) as caught:
            bench.sync_client.invoices.retrieve("in_\ud800")
        assert caught.value.param == "invoice"
    finally:
        bench.close()
