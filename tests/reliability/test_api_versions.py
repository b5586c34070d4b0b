"""Responses from other API versions: the seed invoices come from two of them.

`000` is rendered by a recent version (`parent`, `issuer`, `total_taxes`, `amount_overpaid`),
`003` by an older one (`paid`, `charge`, `subscription`, `tax`). Each one goes through every
model that can receive it, and comes back out exactly as it came in (compared as canonical
JSON, so 1, 1.0 and True stay apart):

* `Invoice.from_dict`, and `LineItem.from_dict` for its lines;
* the client's answer to every operation that returns an invoice, sync and async, and the
  list and search pagers over all of them;
* `data.object` of an event, through `Event.from_dict` and a signed `construct_event`.
"""

from __future__ import annotations

import asyncio
import copy
import json
from typing import Any

import httpx
import pytest

from stripe_invoicing_client import AsyncStripeInvoicing, StripeInvoicing
from stripe_invoicing_client.models import Invoice, LineItem
from tests.glue import drain
from tests.seeds import seed_invoices

from ._support import Figures, assert_same

KEY = "sk_test_ApiVersions0123"
SEEDS = seed_invoices()
NEW_ONLY = ("parent", "issuer", "total_taxes", "amount_overpaid")
OLD_ONLY = ("paid", "charge", "subscription", "tax")

try:
    from stripe_invoicing_client import webhooks
except ImportError:  # pragma: no cover - webhooks are optional
    webhooks = None  # type: ignore[assignment]


def _version(obj: dict[str, Any]) -> str:
    if all(key in obj for key in NEW_ONLY):
        return "recent"
    if all(key in obj for key in OLD_ONLY):
        return "older"
    return "unknown"


def test_seeds_span_two_api_versions() -> None:
    versions = {_version(obj) for _, obj in SEEDS}
    assert versions == {"recent", "older"}, versions


@pytest.mark.parametrize(("label", "obj"), SEEDS, ids=[label for label, _ in SEEDS])
def test_models_round_trip(label: str, obj: dict[str, Any]) -> None:
    original = copy.deepcopy(obj)
    invoice = Invoice.from_dict(obj)
    assert_same(obj, original, f"{label}: from_dict changed its input")
    assert_same(invoice.to_dict(), original, label)
    assert invoice.id == original["id"]
    assert invoice.status == original["status"]
    for line in (original.get("lines") or {}).get("data", []):
        assert_same(LineItem.from_dict(copy.deepcopy(line)).to_dict(), line, f"{label} line")


# Everything that answers with an invoice, and how to call it.
INVOICE_CALLS: dict[str, Any] = {
    "create": lambda c: c.invoices.create(customer="cus_1"),
    "retrieve": lambda c: c.invoices.retrieve("in_1"),
    "update": lambda c: c.invoices.update("in_1", description="x"),
    "finalize": lambda c: c.invoices.finalize("in_1"),
    "send": lambda c: c.invoices.send("in_1"),
    "pay": lambda c: c.invoices.pay("in_1", paid_out_of_band=True),
    "void": lambda c: c.invoices.void("in_1"),
    "mark_uncollectible": lambda c: c.invoices.mark_uncollectible("in_1"),
    "create_preview": lambda c: c.invoices.create_preview(customer="cus_1"),
    "add_lines": lambda c: c.invoices.add_lines("in_1", lines=[{"invoice_item": "ii_1"}]),
    "remove_lines": lambda c: c.invoices.remove_lines(
        "in_1", lines=[{"id": "il_1", "behavior": "delete"}]
    ),
}


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_through_the_client(kind: str, figures: Figures) -> None:
    body: dict[str, Any] = {}

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=body["value"])

    transport = httpx.MockTransport(answer)
    if kind == "sync":
        client: Any = StripeInvoicing(KEY, http_client=httpx.Client(transport=transport))
    else:
        client = AsyncStripeInvoicing(KEY, http_client=httpx.AsyncClient(transport=transport))
    checked = 0

    async def scenario() -> None:
        nonlocal checked
        for label, obj in SEEDS:
            for name, call in INVOICE_CALLS.items():
                body["value"] = obj
                got = await drain(call(client))
                assert isinstance(got, Invoice)
                assert_same(got.to_dict(), obj, f"{label} via {name}")
                checked += 1
        # One page never repeats an id (the pager refuses that); some seeds share theirs.
        invoices = [{**obj, "id": f"{obj['id']}_{n}"} for n, (_, obj) in enumerate(SEEDS)]
        pages = {
            "list": (
                {"object": "list", "data": invoices, "has_more": False, "url": "/v1/invoices"},
                lambda: client.invoices.list(limit=100),
            ),
            "search": (
                {
                    "object": "search_result",
                    "data": invoices,
                    "has_more": False,
                    "next_page": None,
                    "url": "/v1/invoices/search",
                },
                lambda: client.invoices.search(query="status:'open'"),
            ),
        }
        for name, (page, call) in pages.items():
            body["value"] = page
            got = await drain(call())
            assert len(got) == len(invoices)
            for item, obj in zip(got, invoices, strict=True):
                assert_same(item.to_dict(), obj, f"{obj['id']} via {name}")
                checked += 1
        for label, obj in SEEDS:
            lines = obj.get("lines") or {}
            if not lines.get("data"):
                continue
            body["value"] = lines
            got = await drain(client.invoices.list_lines(str(obj["id"])))
            for item, line in zip(got, lines["data"], strict=True):
                assert_same(item.to_dict(), line, f"{label} line via list_lines")
                checked += 1

    asyncio.run(scenario())
    figures.add(
        "api versions",
        f"client ({kind}): {checked} invoice and line round trips over "
        f"{len(INVOICE_CALLS)} invoice operations, list, search and list_lines",
    )


EVENT_TYPES = ("invoice.created", "invoice.finalized", "invoice.paid", "invoice.updated")


def _envelope(event_type: str, obj: dict[str, Any]) -> dict[str, Any]:
    data: dict[str, Any] = {"object": obj}
    if event_type == "invoice.updated":
        data["previous_attributes"] = {"status": "draft", "metadata": {}}
    return {
        "id": "evt_1ApiVersions",
        "object": "event",
        "api_version": "2022-11-15" if _version(obj) == "older" else "2026-10-28.endive",
        "created": 1_700_000_000,
        "data": data,
        "livemode": False,
        "pending_webhooks": 1,
        "request": {"id": "req_1", "idempotency_key": None},
        "type": event_type,
    }


@pytest.mark.skipif(webhooks is None, reason="no stripe_invoicing_client.webhooks")
def test_as_event_data_object(figures: Figures) -> None:
    secret = "whsec_ApiVersionsTest0123456789"
    checked = 0
    for label, obj in SEEDS:
        for event_type in EVENT_TYPES:
            envelope = _envelope(event_type, copy.deepcopy(obj))
            event = webhooks.Event.from_dict(copy.deepcopy(envelope))
            assert isinstance(event.data.object, Invoice), label
            assert_same(event.data.object.to_dict(), obj, f"{label} in {event_type}")
            assert_same(event.to_dict(), envelope, f"{label} {event_type} event")
            payload = json.dumps(envelope).encode()
            header = webhooks.generate_test_signature(payload, secret)
            verified = webhooks.construct_event(payload, header, secret)
            assert isinstance(verified.data.object, Invoice)
            assert_same(verified.to_dict(), envelope, f"{label} {event_type} signed")
            checked += 2
    figures.add(
        "api versions",
        f"events: {checked} events ({len(SEEDS)} seed invoices x {len(EVENT_TYPES)} types, "
        "from_dict and construct_event) kept data.object exactly",
    )
