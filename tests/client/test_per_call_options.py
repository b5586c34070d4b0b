"""Per-call `timeout`, `extra_headers`, `extra_query` and `extra_body` (issue 10, section 4).

Extras are merged into the request as given (bracket-encoded, winning over a typed parameter of
the same name) and exempt from the pre-flight check for their own keys only; the typed
parameters of the same call are still checked, and every refusal happens before sending.
"""

from __future__ import annotations

import asyncio
import inspect
import logging
import math
from typing import Any

import httpx
import pytest
import respx

from codegen.keywords import PER_CALL_KEYWORDS, keywords_for
from stripe_invoicing_client import InvalidParameterError
from stripe_invoicing_client._call import build_call
from stripe_invoicing_client._core.options import RequestOptions
from stripe_invoicing_client._core.resource import AsyncAPIResource, SyncAPIResource
from stripe_invoicing_client._core.wire import Endpoint
from stripe_invoicing_client._generated.operations import GetInvoicesInvoice
from stripe_invoicing_client._options import DEFAULT_TIMEOUT, ClientOptions

from ._support import (
    API_VERSION,
    BASE,
    KEY,
    collect,
    form,
    invoice,
    line_item,
    list_page,
    query,
    run,
    search_page,
)

CREATE = "/v1/invoices"


def sent(route: respx.Route) -> httpx.Request:
    assert route.call_count == 1
    return route.calls.last.request


# --- merging and encoding ------------------------------------------------------------------


async def test_extra_body_is_merged_into_the_form_bracket_encoded(
    client: Any, mock: respx.MockRouter
) -> None:
    route = mock.post(CREATE).respond(json=invoice("in_1"))
    extra = {"brand_new_param": "x", "nested": {"a": [1, True], "b": ""}}
    await run(client.invoices.create(customer="cus_1", extra_body=extra))
    assert form(sent(route)) == [
        ("customer", "cus_1"),
        ("brand_new_param", "x"),
        ("nested[a][0]", "1"),
        ("nested[a][1]", "true"),
        ("nested[b]", ""),
    ]


async def test_an_extra_key_wins_over_the_typed_parameter_of_the_same_name(
    client: Any, mock: respx.MockRouter
) -> None:
    route = mock.post(CREATE).respond(json=invoice("in_1"))
    await run(client.invoices.create(customer="cus_1", extra_body={"customer": "cus_2"}))
    assert form(sent(route)) == [("customer", "cus_2")]


async def test_extra_query_joins_the_typed_query_of_a_get(
    client: Any, mock: respx.MockRouter
) -> None:
    route = mock.get("/v1/invoices/in_1").respond(json=invoice("in_1"))
    await run(
        client.invoices.retrieve(
            "in_1", expand=["customer"], extra_query={"include": ["lines"], "expand": ["x"]}
        )
    )
    assert query(sent(route)) == [("expand[0]", "x"), ("include[0]", "lines")]


async def test_extra_query_on_a_post_goes_in_the_url_and_leaves_the_body_alone(
    client: Any, mock: respx.MockRouter
) -> None:
    route = mock.post("/v1/invoices/in_1/pay").respond(json=invoice("in_1"))
    await run(client.invoices.pay("in_1", forgive=True, extra_query={"preview": "true"}))
    request = sent(route)
    assert query(request) == [("preview", "true")]
    assert form(request) == [("forgive", "true")]


async def test_extra_query_on_a_delete(client: Any, mock: respx.MockRouter) -> None:
    route = mock.delete("/v1/customers/cus_1").respond(
        json={"id": "cus_1", "object": "customer", "deleted": True}
    )
    await run(client.customers.delete("cus_1", extra_query={"reason": "gdpr"}))
    request = sent(route)
    assert query(request) == [("reason", "gdpr")]
    assert request.headers["Idempotency-Key"]


async def test_extra_headers_are_sent_and_replace_a_default_whatever_its_case(
    client: Any, mock: respx.MockRouter
) -> None:
    route = mock.get("/v1/invoices/in_1").respond(json=invoice("in_1"))
    headers = {"X-Request-Tag": "batch-7", "user-agent": "my-app/1.0"}
    await run(client.invoices.retrieve("in_1", extra_headers=headers))
    request = sent(route)
    assert request.headers["X-Request-Tag"] == "batch-7"
    assert request.headers.get_list("User-Agent") == ["my-app/1.0"]
    assert request.headers["Authorization"] == f"Bearer {KEY}"
    assert request.headers["Stripe-Version"] == API_VERSION


# --- the pre-flight check: extras exempt, typed params still checked -------------------------


async def test_an_unknown_typed_parameter_is_still_refused(
    client: Any, mock: respx.MockRouter
) -> None:
    route = mock.post(CREATE).respond(json=invoice("in_1"))
    with pytest.raises(InvalidParameterError) as raised:
        await run(client.invoices.create(customer="cus_1", brand_new_param="x"))
    assert raised.value.param == "brand_new_param"
    assert route.call_count == 0


async def test_extras_do_not_exempt_the_typed_parameters_of_the_same_call(
    client: Any, mock: respx.MockRouter
) -> None:
    route = mock.post(CREATE).respond(json=invoice("in_1"))
    with pytest.raises(InvalidParameterError) as raised:
        await run(
            client.invoices.create(
                customer="cus_1", days_until_due="thirty", extra_body={"brand_new_param": "x"}
            )
        )
    assert raised.value.param == "days_until_due"
    assert route.call_count == 0


@pytest.mark.parametrize(
    ("options", "param"),
    [
        ({"extra_body": {"metadata": {"a[b]": "1"}}}, "extra_body"),
        ({"extra_body": {"amount": math.nan}}, "extra_body"),
        ({"extra_body": {"": "x"}}, "extra_body"),
        ({"extra_query": {"x": object()}}, "extra_query"),
        ({"extra_query": {1: "x"}}, "extra_query"),
        ({"extra_query": [("x", "1")]}, "extra_query"),
        ({"extra_body": "x=1"}, "extra_body"),
        (
            {"extra_headers": {"Authorization": "Bearer sk_test_other"}},
            "extra_headers[Authorization]",
        ),
        (
            {"extra_headers": {"authorization": "Bearer sk_test_other"}},
            "extra_headers[authorization]",
        ),
        ({"extra_headers": {"Idempotency-Key": "k"}}, "extra_headers[Idempotency-Key]"),
        ({"extra_headers": {"Stripe-Account": "acct_1"}}, "extra_headers[Stripe-Account]"),
        ({"extra_headers": {"stripe-version": "2020-08-27"}}, "extra_headers[stripe-version]"),
        ({"extra_headers": {"Content-Type": "application/json"}}, "extra_headers[Content-Type]"),
        ({"extra_headers": {"X-Tag": "a\r\nX-Evil: 1"}}, "extra_headers[X-Tag]"),
        ({"extra_headers": {"X-Tag": " padded"}}, "extra_headers[X-Tag]"),
        ({"extra_headers": {"X-Tag": 7}}, "extra_headers[X-Tag]"),
        ({"extra_headers": {"X Tag": "a"}}, "extra_headers"),
        ({"extra_headers": {"X-Tag": "a", "x-tag": "b"}}, "extra_headers[x-tag]"),
        ({"extra_headers": "X-Tag: a"}, "extra_headers"),
        ({"timeout": 0}, "timeout"),
        ({"timeout": -1.0}, "timeout"),
        ({"timeout": math.inf}, "timeout"),
        ({"timeout": "5"}, "timeout"),
        ({"timeout": True}, "timeout"),
        ({"timeout": httpx.Timeout(5.0, read=-1.0)}, "timeout.read"),
    ],
)
async def test_bad_per_call_options_are_refused_before_sending(
    client: Any, mock: respx.MockRouter, options: dict[str, Any], param: str
) -> None:
    route = mock.post(CREATE).respond(json=invoice("in_1"))
    with pytest.raises(InvalidParameterError) as raised:
        await run(client.invoices.create(customer="cus_1", **options))
    assert raised.value.param == param
    assert "sk_test_other" not in str(raised.value)
    assert route.call_count == 0


def test_extra_body_on_a_request_without_a_body_is_refused() -> None:
    # No GET or DELETE method takes extra_body; generated code calling one wrongly still fails.
    options = ClientOptions.create(
        api_key=KEY,
        base_url=BASE,
        stripe_version=None,
        stripe_account=None,
        timeout=DEFAULT_TIMEOUT,
        max_retries=0,
    )
    endpoint = GetInvoicesInvoice
    with pytest.raises(InvalidParameterError, match="use extra_query") as raised:
        build_call(
            options,
            endpoint,
            {"invoice": "in_1"},
            {},
            request_options=RequestOptions(extra_body={"x": "1"}),
        )
    assert raised.value.param == "extra_body"


# --- timeout ---------------------------------------------------------------------------------


async def test_a_per_call_timeout_replaces_the_clients_for_that_call(
    make_client: Any, mock: respx.MockRouter
) -> None:
    client = make_client(timeout=30.0)
    route = mock.get("/v1/invoices/in_1").respond(json=invoice("in_1"))
    await run(client.invoices.retrieve("in_1", timeout=2.5))
    await run(client.invoices.retrieve("in_1"))
    first, second = (call.request.extensions["timeout"] for call in route.calls)
    assert first == httpx.Timeout(2.5).as_dict()
    assert second == httpx.Timeout(30.0).as_dict()


async def test_a_per_call_httpx_timeout_is_used_as_given(
    client: Any, mock: respx.MockRouter
) -> None:
    route = mock.post(CREATE).respond(json=invoice("in_1"))
    timeout = httpx.Timeout(10.0, connect=1.0)
    await run(client.invoices.create(customer="cus_1", timeout=timeout))
    assert sent(route).extensions["timeout"] == timeout.as_dict()


# --- pagers and raw responses --------------------------------------------------------------


async def test_pagers_send_the_options_with_every_page(client: Any, mock: respx.MockRouter) -> None:
    route = mock.get("/v1/invoices/in_1/lines").mock(
        side_effect=[
            httpx.Response(200, json=list_page([line_item("il_1")], True, "/v1/x")),
            httpx.Response(200, json=list_page([line_item("il_2")], False, "/v1/x")),
        ]
    )
    pager = client.invoices.list_lines(
        "in_1", timeout=3.0, extra_query={"beta": "on"}, extra_headers={"X-Tag": "t"}
    )
    assert [line.id for line in await collect(pager)] == ["il_1", "il_2"]
    assert route.call_count == 2
    for call in route.calls:
        assert ("beta", "on") in query(call.request)
        assert call.request.headers["X-Tag"] == "t"
        assert call.request.extensions["timeout"] == httpx.Timeout(3.0).as_dict()
    assert ("starting_after", "il_1") in query(route.calls[1].request)


async def test_search_pager_and_raw_first_page_carry_the_extras(
    client: Any, mock: respx.MockRouter
) -> None:
    route = mock.get("/v1/customers/search").respond(
        json=search_page([], False, None, "/v1/customers/search")
    )
    await collect(client.customers.search(query="email:'a@b.c'", extra_query={"beta": "on"}))
    raw_page = await run(
        client.with_raw_response.customers.search(
            query="email:'a@b.c'", extra_query={"beta": "on"}, timeout=4.0
        )
    )
    assert raw_page.parsed.data == []
    for call in route.calls:
        assert ("beta", "on") in query(call.request)
    assert route.calls.last.request.extensions["timeout"] == httpx.Timeout(4.0).as_dict()


async def test_with_raw_response_takes_the_per_call_options(
    client: Any, mock: respx.MockRouter
) -> None:
    route = mock.post(CREATE).respond(json=invoice("in_1"), headers={"Request-Id": "req_1"})
    raw = await run(
        client.with_raw_response.invoices.create(
            customer="cus_1", extra_body={"brand_new_param": "x"}, extra_headers={"X-Tag": "t"}
        )
    )
    assert raw.request_id == "req_1"
    assert ("brand_new_param", "x") in form(sent(route))
    assert sent(route).headers["X-Tag"] == "t"


# --- secrecy -------------------------------------------------------------------------------


async def test_extra_values_are_never_logged_nor_shown_in_a_repr(
    client: Any, mock: respx.MockRouter, caplog: pytest.LogCaptureFixture
) -> None:
    mock.get("/v1/invoices").respond(json=list_page([], False, "/v1/invoices"))
    caplog.set_level(logging.DEBUG)
    await collect(
        client.invoices.list(
            extra_query={"email": "jenny.secret@example.com"},
            extra_headers={"X-Token": "tok_secret_value"},
        )
    )
    assert "jenny.secret" not in caplog.text
    assert "tok_secret_value" not in caplog.text
    options = RequestOptions(
        extra_query={"email": "jenny.secret@example.com"},
        extra_headers={"X-Token": "tok_secret_value"},
        extra_body={"card": "4242"},
    )
    shown = repr(options)
    assert "email" in shown and "X-Token" in shown
    assert "jenny.secret" not in shown and "tok_secret_value" not in shown and "4242" not in shown


# --- the one keyword list ------------------------------------------------------------------


def resource_methods() -> list[tuple[type[Any], str]]:
    import importlib

    from codegen.operations import RESOURCES

    found = []
    for resource in RESOURCES.values():
        module = importlib.import_module(
            f"stripe_invoicing_client._generated.resources.{resource.attribute}"
        )
        for cls in vars(module).values():
            if (
                inspect.isclass(cls)
                and issubclass(cls, (SyncAPIResource, AsyncAPIResource))
                and cls not in (SyncAPIResource, AsyncAPIResource)
            ):
                found += [(cls, name) for name in vars(cls) if not name.startswith("_")]
    return found


def http_method_of(cls: type[Any], name: str) -> str:
    """The HTTP method a resource method sends, found by calling it with a spy in place of
    the request helpers."""
    seen: list[Endpoint[Any]] = []

    def record(endpoint: Endpoint[Any], *args: Any, **kwargs: Any) -> None:
        seen.append(endpoint)

    async def record_async(endpoint: Endpoint[Any], *args: Any, **kwargs: Any) -> None:
        seen.append(endpoint)

    resource = cls(None)
    resource._pager = record
    resource._call = record_async if issubclass(cls, AsyncAPIResource) else record
    resource._download = resource._call  # a download (quotes.pdf) takes the same keywords
    method = getattr(resource, name)
    positional = [
        p for p in inspect.signature(method).parameters.values() if p.kind is p.POSITIONAL_ONLY
    ]
    result = method(*("x_1" for _ in positional))
    if inspect.iscoroutine(result):
        asyncio.run(result)
    (endpoint,) = seen
    return endpoint.method


@pytest.mark.parametrize(
    ("cls", "name"), resource_methods(), ids=lambda v: getattr(v, "__name__", v)
)
def test_every_resource_method_takes_the_per_call_keywords(cls: type[Any], name: str) -> None:
    parameters = inspect.signature(getattr(cls, name)).parameters.values()
    keywords = [
        (p.name, p.annotation, p.default)
        for p in parameters
        # `max_items`: a pager's own; `to`: a download's own (the file to stream to).
        if p.kind is p.KEYWORD_ONLY and p.name not in ("max_items", "to")
    ]
    expected = [(k.name, k.annotation, None) for k in keywords_for(http_method_of(cls, name))]
    assert keywords == expected


def test_the_keyword_list_names_request_options_fields() -> None:
    fields = set(RequestOptions._compared)
    assert [k.name for k in PER_CALL_KEYWORDS] == [
        "idempotency_key",
        "total_timeout",
        "timeout",
        "extra_headers",
        "extra_query",
        "extra_body",
    ]
    assert {k.name for k in PER_CALL_KEYWORDS} == fields
    assert [k.name for k in keywords_for("GET")] == [
        "total_timeout",
        "timeout",
        "extra_headers",
        "extra_query",
    ]
    assert "extra_body" not in [k.name for k in keywords_for("DELETE")]
