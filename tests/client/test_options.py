"""Construction, with_options, and who closes the connection pool."""

from __future__ import annotations

import math
from typing import Any

import httpx
import pytest
import respx

from stripe_invoicing_client import (
    API_VERSION,
    AsyncStripeInvoicing,
    InvalidParameterError,
    StripeInvoicing,
)
from stripe_invoicing_client.models import Invoice
from tests.ids import shown

from ._support import KEY, invoice, run

CLASSES = [StripeInvoicing, AsyncStripeInvoicing]
cls_param = pytest.mark.parametrize("cls", CLASSES, ids=["sync", "async"])


_POOLS: dict[type, Any] = {}


@pytest.fixture(autouse=True)
def _pools(shared_http: dict[str, Any]) -> None:
    _POOLS[StripeInvoicing] = shared_http["sync"]
    _POOLS[AsyncStripeInvoicing] = shared_http["async"]


def build(cls: type, *args: Any, **kwargs: Any) -> Any:
    # A caller's (shared) pool keeps construction cheap; ownership tests build their own.
    return cls(*args, http_client=_POOLS[cls], **kwargs)


# --- the API key -------------------------------------------------------------------------


@cls_param
def test_key_from_environment(cls: type, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("STRIPE_API_KEY", "sk_test_fromenv")
    client = build(cls)
    assert client._options.headers["Authorization"] == "Bearer sk_test_fromenv"


@cls_param
def test_explicit_key_wins_over_environment(cls: type, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("STRIPE_API_KEY", "sk_test_fromenv")
    assert build(cls, "rk_live_given")._options.api_key == "rk_live_given"


BAD_KEYS = [
    None,  # and no STRIPE_API_KEY
    "",
    123,
    b"sk_test_bytes",
    "pk_test_publishable",
    "pk_live_publishable",
    " sk_test_leading",
    "sk_test_trailing\n",
    "sk_test_in side",
    "sk_test_tab\there",
    "sk_test_cr\rlf",
    "sk_test_nul\x00",
    "whsec_notakey",
    "test_nokind",
]


@cls_param
@pytest.mark.parametrize("key", BAD_KEYS, ids=shown)
def test_bad_keys_are_refused_at_construction(cls: type, key: object) -> None:
    with pytest.raises(InvalidParameterError) as info:
        build(cls, key)
    assert info.value.param == "api_key"


@cls_param
@pytest.mark.parametrize(
    ("key", "says"),
    [
        ("", "is empty"),
        (" sk_test_abc ", "surrounding whitespace"),
        ("sk_test_abc\n", "surrounding whitespace"),
        ("\tsk_test_abc", "surrounding whitespace"),
    ],
    ids=shown,
)
def test_key_messages_point_to_the_fix(cls: type, key: str, says: str) -> None:
    with pytest.raises(InvalidParameterError) as info:
        build(cls, key)
    assert says in info.value.reason
    assert "abc" not in str(info.value)


@cls_param
def test_a_bad_environment_key_says_where_it_came_from(
    cls: type, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("STRIPE_API_KEY", "sk_test_abc\n")  # as `export $(cat key)` leaves it
    with pytest.raises(InvalidParameterError) as info:
        build(cls)
    assert "surrounding whitespace" in info.value.reason
    assert "STRIPE_API_KEY" in info.value.reason
    assert "abc" not in str(info.value)


@cls_param
def test_whitespace_only_key_is_not_called_stripped(cls: type) -> None:
    # Stripping it would leave nothing: the useful word is "empty".
    with pytest.raises(InvalidParameterError) as info:
        build(cls, " \n")
    assert "empty" in info.value.reason


@cls_param
@pytest.mark.parametrize("env", ["", " sk_test_x", "pk_test_x", "sk_test_x\n"], ids=shown)
def test_bad_environment_keys_are_refused(
    cls: type, env: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("STRIPE_API_KEY", env)
    with pytest.raises(InvalidParameterError):
        build(cls)


@cls_param
@pytest.mark.parametrize("key", ["sk_test_SECRET\u00e9", "sk_test_SEC\u2028RET"], ids=shown)
def test_non_ascii_keys_are_refused_at_construction(cls: type, key: str) -> None:
    with pytest.raises(InvalidParameterError):
        build(cls, key)


# --- base URL ----------------------------------------------------------------------------


@cls_param
@pytest.mark.parametrize(
    "url,expected",
    [
        ("https://api.stripe.com", "https://api.stripe.com"),
        ("https://api.stripe.com/", "https://api.stripe.com"),
        ("https://proxy.example.com/stripe/", "https://proxy.example.com/stripe"),
        ("http://127.0.0.1:12111", "http://127.0.0.1:12111"),
        ("http://localhost:12111", "http://localhost:12111"),
        ("http://[::1]:12111", "http://[::1]:12111"),
    ],
)
def test_accepted_base_urls(cls: type, url: str, expected: str) -> None:
    assert build(cls, KEY, base_url=url).base_url == expected


@cls_param
@pytest.mark.parametrize(
    "url",
    [
        "http://api.stripe.com",
        "http://10.0.0.1",
        "http://0.0.0.0:12111",
        "http://localhost.evil.example",
        "http://127.0.0.1.nip.io",
        "https://user:pass@api.stripe.com",
        "https://sk_test_x@api.stripe.com",
        "https://api.stripe.com?x=1",
        "https://api.stripe.com#frag",
        "ftp://api.stripe.com",
        "api.stripe.com",
        "https://",
        "http://127.0.0.1:99999",
        "https://api.stripe.com:0",
        "https://api.stripe.com:65536",
        "",
        42,
    ],
    ids=repr,
)
def test_refused_base_urls(cls: type, url: object) -> None:
    with pytest.raises(InvalidParameterError) as info:
        build(cls, KEY, base_url=url)
    assert info.value.param == "base_url"


def test_loopback_base_url_is_used() -> None:
    with respx.mock() as router:
        route = router.post("http://127.0.0.1:12111/v1/invoices/in_1/send").mock(
            return_value=httpx.Response(200, json=invoice("in_1"))
        )
        client = build(StripeInvoicing, KEY, base_url="http://127.0.0.1:12111/")
        client.invoices.send("in_1")
    assert route.call_count == 1


# --- timeout and retries -----------------------------------------------------------------


@cls_param
@pytest.mark.parametrize(
    "timeout", [0, 0.0, -1, -0.5, math.nan, math.inf, "30", True, None], ids=shown
)
def test_bad_timeouts_are_refused(cls: type, timeout: object) -> None:
    with pytest.raises(InvalidParameterError) as info:
        build(cls, KEY, timeout=timeout)
    assert info.value.param == "timeout"


@cls_param
@pytest.mark.parametrize("timeout", [httpx.Timeout(-1.0), httpx.Timeout(math.nan)], ids=shown)
def test_bad_httpx_timeouts_are_refused(cls: type, timeout: httpx.Timeout) -> None:
    with pytest.raises(InvalidParameterError):
        build(cls, KEY, timeout=timeout)


@cls_param
@pytest.mark.parametrize("max_retries", [-1, 1.5, "2", True, None], ids=shown)
def test_bad_max_retries_are_refused(cls: type, max_retries: object) -> None:
    with pytest.raises(InvalidParameterError) as info:
        build(cls, KEY, max_retries=max_retries)
    assert info.value.param == "max_retries"


async def test_timeout_reaches_the_request(make_client: Any, mock: respx.MockRouter) -> None:
    client = make_client(timeout=12.5)
    route = mock.route().mock(return_value=httpx.Response(200, json=invoice()))
    await run(client.invoices.retrieve("in_1"))
    await run(client.with_options(timeout=3.0).invoices.retrieve("in_1"))
    await run(client.with_options(timeout=httpx.Timeout(5.0, read=60.0)).invoices.retrieve("in_1"))
    timeouts = [call.request.extensions["timeout"] for call in route.calls]
    assert timeouts[0] == {"connect": 12.5, "read": 12.5, "write": 12.5, "pool": 12.5}
    assert timeouts[1]["read"] == 3.0
    assert timeouts[2] == {"connect": 5.0, "read": 60.0, "write": 5.0, "pool": 5.0}


# --- header values: refused before anything is sent --------------------------------------

INJECTIONS = ["acct_1\r\nX-Evil: 1", "acct_1\n", "acct\x00", "", "acct_\u00e9", 5]


@cls_param
@pytest.mark.parametrize("value", INJECTIONS, ids=shown)
def test_bad_stripe_account_refused(cls: type, value: object) -> None:
    with pytest.raises(InvalidParameterError):
        build(cls, KEY, stripe_account=value)
    with pytest.raises(InvalidParameterError):
        build(cls, KEY).with_options(stripe_account=value)


@cls_param
@pytest.mark.parametrize("value", INJECTIONS, ids=shown)
def test_bad_stripe_version_refused(cls: type, value: object) -> None:
    with pytest.raises(InvalidParameterError):
        build(cls, KEY, stripe_version=value)


@pytest.mark.parametrize(
    "key", ["k\r\nX-Evil: 1", "k\n", "k\x00", "", "k\u00e9", "k" * 256, 7], ids=shown
)
async def test_bad_idempotency_key_refused_before_sending(
    client: Any, mock: respx.MockRouter, key: object
) -> None:
    with pytest.raises(InvalidParameterError) as info:
        await run(client.invoices.send("in_1", idempotency_key=key))
    assert info.value.param == "idempotency_key"
    assert not mock.calls


async def test_idempotency_key_of_255_characters_is_fine(
    client: Any, mock: respx.MockRouter
) -> None:
    route = mock.route().mock(return_value=httpx.Response(200, json=invoice()))
    await run(client.invoices.send("in_1", idempotency_key="k" * 255))
    assert route.calls.last.request.headers["Idempotency-Key"] == "k" * 255


# --- with_options ------------------------------------------------------------------------


async def test_with_options_changes_only_what_it_says(
    make_client: Any, mock: respx.MockRouter
) -> None:
    base = make_client(stripe_version="2025-03-31.basil", timeout=20.0, max_retries=1)
    other = base.with_options(stripe_account="acct_9", max_retries=5, timeout=7.0)

    assert pool_of(other) is pool_of(base)  # the same connection pools
    assert (other.stripe_account, other.max_retries, other._options.timeout) == ("acct_9", 5, 7.0)
    assert other.api_version == base.api_version == "2025-03-31.basil"
    assert other.base_url == base.base_url
    assert other._options.api_key == base._options.api_key
    # The original is untouched.
    assert (base.stripe_account, base.max_retries, base._options.timeout) == (None, 1, 20.0)

    route = mock.route().mock(return_value=httpx.Response(200, json=invoice()))
    await run(other.invoices.send("in_1"))
    await run(base.invoices.send("in_1"))
    with_account, without = (call.request.headers for call in route.calls)
    assert with_account["Stripe-Account"] == "acct_9"
    assert "Stripe-Account" not in without
    assert with_account["Stripe-Version"] == without["Stripe-Version"] == "2025-03-31.basil"


async def test_with_options_none_removes_the_account(
    make_client: Any, mock: respx.MockRouter
) -> None:
    client = make_client(stripe_account="acct_1").with_options(stripe_account=None)
    assert client.stripe_account is None
    route = mock.route().mock(return_value=httpx.Response(200, json=invoice()))
    await run(client.invoices.retrieve("in_1"))
    assert "Stripe-Account" not in route.calls.last.request.headers


async def test_with_options_none_version_restores_the_default(make_client: Any) -> None:
    client = make_client(stripe_version="2025-03-31.basil")
    assert client.with_options(stripe_version=None).api_version == API_VERSION


async def test_with_options_api_key(make_client: Any, mock: respx.MockRouter) -> None:
    client = make_client().with_options(api_key="rk_test_restricted")
    route = mock.route().mock(return_value=httpx.Response(200, json=invoice()))
    await run(client.invoices.retrieve("in_1"))
    assert route.calls.last.request.headers["Authorization"] == "Bearer rk_test_restricted"


@pytest.mark.parametrize(
    "changes",
    [{"max_retries": -1}, {"timeout": 0}, {"base_url": "http://example.com"}, {"api_key": "pk_x"}],
    ids=repr,
)
async def test_with_options_validates(make_client: Any, changes: dict[str, Any]) -> None:
    with pytest.raises(InvalidParameterError):
        make_client().with_options(**changes)


async def test_with_options_keeps_raw_mode(make_client: Any, mock: respx.MockRouter) -> None:
    mock.route().mock(return_value=httpx.Response(200, json=invoice()))
    raw = make_client().with_raw_response
    result = await run(raw.invoices.retrieve("in_1"))
    assert isinstance(result.parsed, Invoice)


# --- closing -----------------------------------------------------------------------------


def test_sync_with_closes_its_own_pool(mock: respx.MockRouter) -> None:
    mock.route().mock(return_value=httpx.Response(200, json=invoice()))
    with StripeInvoicing(KEY) as client:
        client.invoices.retrieve("in_1")  # the pool is made on the first request
        http = client._pool.get()
        assert http is not None and not http.is_closed
    assert http.is_closed
    assert client._pool.get() is None


def test_sync_close_before_any_request_leaves_nothing_to_send_with() -> None:
    client = StripeInvoicing(KEY)
    client.close()
    assert client._pool.closed
    assert client._pool.get() is None  # no pool is made after close


async def test_async_with_closes_its_own_pool(mock: respx.MockRouter) -> None:
    mock.route().mock(return_value=httpx.Response(200, json=invoice()))
    async with AsyncStripeInvoicing(KEY) as client:
        await client.invoices.retrieve("in_1")
        (http,) = client._pools.open_pools()
    assert http.is_closed
    assert client._pools.closed and client._pools.open_pools() == []


async def test_aclose_before_any_request_leaves_nothing_to_send_with() -> None:
    client = AsyncStripeInvoicing(KEY)
    await client.aclose()
    assert client._pools.closed
    assert await client._pools.get() == "the client was closed"


def test_callers_sync_pool_is_never_closed() -> None:
    http = httpx.Client()
    with StripeInvoicing(KEY, http_client=http) as client:
        pass
    client.close()
    assert not http.is_closed
    http.close()


async def test_callers_async_pool_is_never_closed() -> None:
    http = httpx.AsyncClient()
    async with AsyncStripeInvoicing(KEY, http_client=http) as client:
        pass
    await client.aclose()
    assert not http.is_closed
    await http.aclose()


def test_closing_a_derived_client_keeps_the_shared_pool_open() -> None:
    client = StripeInvoicing(KEY)
    with client.with_options(max_retries=0):
        pass
    client.with_raw_response  # noqa: B018
    assert not client._pool.closed
    client.close()
    assert client._pool.closed


async def test_closing_a_derived_async_client_keeps_the_shared_pool_open(
    mock: respx.MockRouter,
) -> None:
    mock.route().mock(return_value=httpx.Response(200, json=invoice()))
    client = AsyncStripeInvoicing(KEY)
    async with client.with_options(stripe_account="acct_1") as derived:
        await derived.invoices.retrieve("in_1")
    (http,) = client._pools.open_pools()
    assert not client._pools.closed and not http.is_closed
    await client.aclose()
    assert client._pools.closed and http.is_closed


def pool_of(client: Any) -> Any:
    return client._pool if isinstance(client, StripeInvoicing) else client._pools


def test_wrong_kind_of_http_client_is_refused() -> None:
    async_http = httpx.AsyncClient()
    sync_http = httpx.Client()
    with pytest.raises(InvalidParameterError):
        StripeInvoicing(KEY, http_client=async_http)  # type: ignore[arg-type]
    with pytest.raises(InvalidParameterError):
        AsyncStripeInvoicing(KEY, http_client=sync_http)  # type: ignore[arg-type]
    sync_http.close()


def test_callers_sync_transport_is_used() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=invoice("in_1"))

    http = httpx.Client(transport=httpx.MockTransport(handler), headers={"X-Proxy-Tag": "t1"})
    with StripeInvoicing(KEY, http_client=http) as client:
        assert isinstance(client.invoices.send("in_1"), Invoice)
    assert len(seen) == 1
    assert seen[0].headers["X-Proxy-Tag"] == "t1"
    assert seen[0].headers["Authorization"] == f"Bearer {KEY}"
    assert not http.is_closed


async def test_callers_async_transport_is_used() -> None:
    seen: list[httpx.Request] = []

    async def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=invoice("in_1"))

    http = httpx.AsyncClient(transport=httpx.MockTransport(handler))
    async with AsyncStripeInvoicing(KEY, http_client=http) as client:
        assert isinstance(await client.invoices.send("in_1"), Invoice)
    assert len(seen) == 1
    assert not http.is_closed
    await http.aclose()
