"""The resources of issue 14 (subscriptions, subscription items, test clocks), sync and async:
what goes on the wire and what comes back, for every method; list and search as lazy pagers.
(`models.TestClock` stays qualified: pytest would try to collect a `Test*` class.)"""

from __future__ import annotations

from typing import Any

import httpx
import pytest
import respx

from stripe_invoicing_client import AsyncPager, RawResponse, SubscriptionSearch, SyncPager, models
from stripe_invoicing_client.models import (
    DeletedSubscriptionItem,
    DeletedTestClock,
    Subscription,
    SubscriptionItem,
)

from ._support import (
    UUID4,
    Body,
    Call,
    collect,
    form,
    list_page,
    method_at,
    obj,
    query,
    run,
    search_page,
)
from .test_resources import check_headers

_SUB = obj("subscription", "sub_1", status="active", collection_method="send_invoice")
_ITEM = obj("subscription_item", "si_1", quantity=2, subscription="sub_1")
_CLOCK = obj("test_helpers.test_clock", "clock_1", frozen_time=1_767_225_600, status="ready")


CALLS = [
    Call(
        "subscriptions.create",
        (),
        {
            "customer": "cus_1",
            "items": [{"price": "price_1", "quantity": 2}],
            "collection_method": "send_invoice",
            "days_until_due": 30,
            "metadata": {"plan": "team"},
        },
        "POST",
        "/v1/subscriptions",
        [
            ("customer", "cus_1"),
            ("items[0][price]", "price_1"),
            ("items[0][quantity]", "2"),
            ("collection_method", "send_invoice"),
            ("days_until_due", "30"),
            ("metadata[plan]", "team"),
        ],
        _SUB,
        Subscription,
    ),
    Call(
        "subscriptions.retrieve",
        ("sub_1",),
        {"expand": ["latest_invoice"]},
        "GET",
        "/v1/subscriptions/sub_1",
        [("expand[0]", "latest_invoice")],
        _SUB,
        Subscription,
    ),
    Call(
        "subscriptions.update",
        ("sub_1",),
        {
            "pause_collection": {"behavior": "keep_as_draft"},
            "proration_behavior": "none",
            "cancel_at_period_end": False,
        },
        "POST",
        "/v1/subscriptions/sub_1",
        [
            ("pause_collection[behavior]", "keep_as_draft"),
            ("proration_behavior", "none"),
            ("cancel_at_period_end", "false"),
        ],
        _SUB,
        Subscription,
    ),
    Call(
        # A DELETE that answers with the (canceled) subscription; its parameters go in the query.
        "subscriptions.cancel",
        ("sub_1",),
        {
            "invoice_now": True,
            "prorate": True,
            "cancellation_details": {"comment": "moving to annual"},
        },
        "DELETE",
        "/v1/subscriptions/sub_1",
        [
            ("invoice_now", "true"),
            ("prorate", "true"),
            ("cancellation_details[comment]", "moving to annual"),
        ],
        obj("subscription", "sub_1", status="canceled"),
        Subscription,
    ),
    Call(
        "subscriptions.resume",
        ("sub_1",),
        {"billing_cycle_anchor": {"type": "now"}, "proration_behavior": "create_prorations"},
        "POST",
        "/v1/subscriptions/sub_1/resume",
        [("billing_cycle_anchor[type]", "now"), ("proration_behavior", "create_prorations")],
        _SUB,
        Subscription,
    ),
    Call(
        "subscription_items.create",
        (),
        {"subscription": "sub_1", "price": "price_2", "proration_behavior": "always_invoice"},
        "POST",
        "/v1/subscription_items",
        [("subscription", "sub_1"), ("price", "price_2"), ("proration_behavior", "always_invoice")],
        _ITEM,
        SubscriptionItem,
    ),
    Call(
        "subscription_items.retrieve",
        ("si_1",),
        {},
        "GET",
        "/v1/subscription_items/si_1",
        [],
        _ITEM,
        SubscriptionItem,
    ),
    Call(
        "subscription_items.update",
        ("si_1",),
        {"quantity": 3, "proration_date": 1_767_225_600},
        "POST",
        "/v1/subscription_items/si_1",
        [("quantity", "3"), ("proration_date", "1767225600")],
        _ITEM,
        SubscriptionItem,
    ),
    Call(
        "subscription_items.delete",
        ("si_1",),
        {"proration_behavior": "none", "clear_usage": True},
        "DELETE",
        "/v1/subscription_items/si_1",
        [("proration_behavior", "none"), ("clear_usage", "true")],
        obj("subscription_item", "si_1", deleted=True),
        DeletedSubscriptionItem,
    ),
    Call(
        "test_helpers.test_clocks.create",
        (),
        {"frozen_time": 1_767_225_600, "name": "monthly renewals"},
        "POST",
        "/v1/test_helpers/test_clocks",
        [("frozen_time", "1767225600"), ("name", "monthly renewals")],
        _CLOCK,
        models.TestClock,
    ),
    Call(
        "test_helpers.test_clocks.retrieve",
        ("clock_1",),
        {},
        "GET",
        "/v1/test_helpers/test_clocks/clock_1",
        [],
        _CLOCK,
        models.TestClock,
    ),
    Call(
        "test_helpers.test_clocks.delete",
        ("clock_1",),
        {},
        "DELETE",
        "/v1/test_helpers/test_clocks/clock_1",
        [],
        obj("test_helpers.test_clock", "clock_1", deleted=True),
        DeletedTestClock,
    ),
    Call(
        "test_helpers.test_clocks.advance",
        ("clock_1",),
        {"frozen_time": 1_769_904_000},
        "POST",
        "/v1/test_helpers/test_clocks/clock_1/advance",
        [("frozen_time", "1769904000")],
        _CLOCK,
        models.TestClock,
    ),
]


class Pager:
    def __init__(
        self,
        at: str,
        params: dict[str, Any],
        raw_path: str,
        wire: list[tuple[str, str]],
        item: Body,
        item_type: type,
        search: bool = False,
    ) -> None:
        self.path, _, self.method = at.rpartition(".")
        self.params, self.raw_path, self.wire = params, raw_path, wire
        self.item, self.item_type, self.search, self.id = item, item_type, search, at


PAGERS = [
    Pager(
        "subscriptions.list",
        {"customer": "cus_1", "status": "past_due", "limit": 3},
        "/v1/subscriptions",
        [("customer", "cus_1"), ("status", "past_due"), ("limit", "3")],
        _SUB,
        Subscription,
    ),
    Pager(
        "subscriptions.search",
        {"query": SubscriptionSearch.status.eq("past_due")},
        "/v1/subscriptions/search",
        [("query", 'status:"past_due"')],
        _SUB,
        Subscription,
        search=True,
    ),
    Pager(
        "subscription_items.list",
        {"subscription": "sub_1"},
        "/v1/subscription_items",
        [("subscription", "sub_1")],
        _ITEM,
        SubscriptionItem,
    ),
    Pager(
        "test_helpers.test_clocks.list",
        {"limit": 10},
        "/v1/test_helpers/test_clocks",
        [("limit", "10")],
        _CLOCK,
        models.TestClock,
    ),
]


def test_every_operation_of_these_resources_is_covered() -> None:
    from codegen import operations as table

    ours = {"subscriptions", "subscription_items", "test_clocks"}
    expected = {
        ".".join((*table.RESOURCES[op.resource].client_path, op.method))
        for op in table.OPERATIONS
        if op.resource in ours
    }
    assert {c.id for c in CALLS} | {p.id for p in PAGERS} == expected


@pytest.mark.parametrize("case", CALLS, ids=lambda c: c.id)
async def test_call_on_the_wire(client: Any, mock: respx.MockRouter, case: Call) -> None:
    route = mock.route().mock(return_value=httpx.Response(200, json=case.body()))
    result = await run(method_at(client, case.path, case.method)(*case.args, **case.params))
    assert type(result) is case.result
    assert result.id == case.body()["id"]
    assert route.call_count == 1
    request = route.calls.last.request
    assert request.method == case.verb
    assert request.url.raw_path.partition(b"?")[0].decode() == case.raw_path
    if case.verb == "POST":
        assert form(request) == case.wire
        assert request.url.query == b""
    else:
        assert query(request) == case.wire
        assert request.content == b""
    check_headers(request, case.verb)


@pytest.mark.parametrize("case", CALLS, ids=lambda c: c.id)
async def test_raw_response(client: Any, mock: respx.MockRouter, case: Call) -> None:
    mock.route().mock(
        return_value=httpx.Response(200, json=case.body(), headers={"Request-Id": "req_r1"})
    )
    raw = await run(
        method_at(client.with_raw_response, case.path, case.method)(*case.args, **case.params)
    )
    assert isinstance(raw, RawResponse)
    assert raw.request_id == "req_r1"
    assert type(raw.parsed) is case.result
    if case.verb == "GET":
        assert raw.idempotency_key is None
    else:
        assert UUID4.match(raw.idempotency_key or "")


@pytest.mark.parametrize("case", [c for c in CALLS if c.args], ids=lambda c: c.id)
async def test_ids_stay_one_encoded_segment(
    client: Any, mock: respx.MockRouter, case: Call
) -> None:
    route = mock.route().mock(return_value=httpx.Response(200, json=case.body()))
    await run(
        method_at(client, case.path, case.method)(*("a/b?" for _ in case.args), **case.params)
    )
    expected = case.raw_path
    for original in case.args:
        expected = expected.replace(original, "a%2Fb%3F")
    assert route.calls.last.request.url.raw_path.decode().partition("?")[0] == expected


@pytest.mark.parametrize("case", PAGERS, ids=lambda c: c.id)
async def test_pager_on_the_wire(
    client: Any, kind: str, mock: respx.MockRouter, case: Pager
) -> None:
    if case.search:
        body = search_page([case.item()], False, None, case.raw_path)
    else:
        body = list_page([case.item()], False, case.raw_path)
    route = mock.get(case.raw_path).mock(return_value=httpx.Response(200, json=body))
    pager = method_at(client, case.path, case.method)(**case.params)
    assert isinstance(pager, AsyncPager if kind == "async" else SyncPager)
    assert route.call_count == 0  # lazy
    items = await collect(pager)
    assert [type(item) for item in items] == [case.item_type]
    request = route.calls.last.request
    assert query(request) == case.wire
    check_headers(request, "GET")


async def test_bad_input_is_refused_before_sending(client: Any, mock: respx.MockRouter) -> None:
    from stripe_invoicing_client import InvalidParameterError

    with pytest.raises(InvalidParameterError, match="days_until_due"):
        await run(client.subscriptions.create(customer="cus_1", days_until_due="thirty"))
    with pytest.raises(InvalidParameterError):
        await run(client.test_helpers.test_clocks.advance("clock_1", frozen_time="soon"))
    with pytest.raises(InvalidParameterError):
        await run(client.subscriptions.cancel("", invoice_now=True))
    with pytest.raises(InvalidParameterError):
        client.subscriptions.search(query=_customer_query())
    assert not mock.calls


def _customer_query() -> Any:
    from stripe_invoicing_client import CustomerSearch

    return CustomerSearch.email.eq("a@example.com")
