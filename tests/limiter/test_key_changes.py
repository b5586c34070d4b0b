"""Another key by `with_options(api_key=...)`: paced by its own mode, in a budget of its own.

Stripe's limits differ between live and test mode, so the default ("auto") follows each key's
mode: a live key derived from a test client is not held to test-mode limits, and a test key
derived from a live client is paced at them. A `RateLimit` the caller gave is kept for the
other key, which still gets a budget of its own; the same key keeps sharing. Sync and async.

The default paces only a client's own connections to api.stripe.com: here those connections
are made on the fake (`own_connections_on`).
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from stripe_invoicing_client import (
    AsyncStripeInvoicing,
    AuthenticationError,
    RateLimitError,
    StripeInvoicing,
    _http_pools,
)
from stripe_invoicing_client._rate_limit import RateLimit
from stripe_invoicing_client.testing import FailRequest, FakeStripe

from ..glue import run

TEST_KEY = "sk_test_firstAccount"
OTHER_TEST_KEY = "sk_test_secondAccount"
LIVE_KEY = "sk_live_liveAccount"
TEST_KEYS = [OTHER_TEST_KEY, "rk_test_restrictedKey"]
LIVE_KEYS = [LIVE_KEY, "rk_live_restrictedKey"]


def own_connections_on(fake: FakeStripe, monkeypatch: pytest.MonkeyPatch) -> None:
    """The connections a client opens itself (to api.stripe.com) go to `fake`."""

    def on_fake(cls: type[httpx.Client] | type[httpx.AsyncClient]) -> Any:
        return cls(transport=fake.transport)

    monkeypatch.setattr(_http_pools, "new_http_client", on_fake)


def make(kind: str, api_key: str, **options: Any) -> Any:
    cls = StripeInvoicing if kind == "sync" else AsyncStripeInvoicing
    return cls(api_key, **options)


# (the first client's key, the key derived from it): each pair changes the mode.
MODE_CHANGES = [(TEST_KEY, key) for key in LIVE_KEYS] + [(LIVE_KEY, key) for key in TEST_KEYS]


@pytest.mark.parametrize(("first_key", "derived_key"), MODE_CHANGES)
async def test_a_key_derived_in_the_other_mode_is_paced_by_its_own(
    kind: str, first_key: str, derived_key: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # "auto" leaves live keys unpaced and paces test keys at test-mode limits: a live key
    # derived from a test client is not held to them, a test key from a live client is.
    own_connections_on(FakeStripe(), monkeypatch)
    first = make(kind, first_key)
    derived = first.with_options(api_key=derived_key)
    live = "_live_" in derived_key
    try:
        await run(derived.customers.create(email="derived@example.com"))
    except AuthenticationError:
        assert live  # the fake serves test keys only
    for client, key in ((first, first_key), (derived, derived_key)):
        limiter = client._limiter
        if "_live_" in key:
            assert limiter is None, key
        else:
            assert limiter is not None and limiter.limit == RateLimit.test_mode(), key
    test_mode = first._limiter or derived._limiter
    assert test_mode is not None
    waited = test_mode.rates(api_key=derived_key)
    if live:
        assert waited == {}  # the call never waited at test limits
    else:
        assert waited["all"] == RateLimit.test_mode().requests_per_second


@pytest.mark.parametrize("given", [False, True], ids=["auto", "given"])
async def test_a_429_on_one_key_does_not_slow_another(
    kind: str, given: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    # With the default the two test keys share the test-mode limiter; with a RateLimit
    # given, that one. Either way each key is its own budget: the first key's 429 halves its
    # rate alone.
    fake = FakeStripe()
    own_connections_on(fake, monkeypatch)
    limit = RateLimit(requests_per_second=40.0, searches_per_second=None) if given else None
    options: dict[str, Any] = {"max_retries": 0} | ({"rate_limit": limit} if given else {})
    first = make(kind, TEST_KEY, **options)
    second = first.with_options(api_key=OTHER_TEST_KEY)
    ceiling = (limit or RateLimit.test_mode()).requests_per_second
    fake.inject(FailRequest(429, type="invalid_request_error", code="rate_limit"))
    with pytest.raises(RateLimitError):
        await run(first.customers.create(email="first@example.com"))
    await run(second.customers.create(email="second@example.com"))
    limiter = first._limiter
    assert limiter is not None and second._limiter is limiter
    assert limiter.rates(api_key=TEST_KEY)["all"] == ceiling / 2
    assert limiter.rates(api_key=OTHER_TEST_KEY)["all"] == ceiling


async def test_the_same_key_keeps_sharing_its_limiter_across_key_changes(kind: str) -> None:
    client = make(kind, TEST_KEY)
    limiter = client._limiter
    assert limiter is not None
    assert client.with_options(timeout=5.0)._limiter is limiter
    assert client.with_options(api_key=TEST_KEY)._limiter is limiter
    live = client.with_options(api_key=LIVE_KEY, timeout=5.0)
    assert live._limiter is None
    back = live.with_options(api_key=TEST_KEY)
    assert back._limiter is limiter  # one process, one pace for the key
    assert back.with_options(api_key=LIVE_KEY)._limiter is None


@pytest.mark.parametrize("other_key", [LIVE_KEY, OTHER_TEST_KEY])
async def test_a_rate_limit_given_is_kept_for_another_key(kind: str, other_key: str) -> None:
    client = make(kind, TEST_KEY, rate_limit=RateLimit.live_mode())
    other = client.with_options(api_key=other_key)
    assert other._limiter is not None and other._limiter is client._limiter
    assert client.with_options(rate_limit=None, api_key=other_key)._limiter is None


async def test_another_base_url_is_judged_by_where_it_sends(kind: str) -> None:
    # "auto" paces a test key only on the client's own connections to api.stripe.com: a
    # client derived to another base URL (a proxy, a fake) is unpaced, and one derived back
    # to Stripe from such a client is paced, whatever the first client's URL decided.
    elsewhere = "http://127.0.0.1:8420"
    at_stripe = make(kind, TEST_KEY)
    paced = at_stripe._limiter
    assert paced is not None and paced.limit == RateLimit.test_mode()
    assert at_stripe.with_options(base_url=elsewhere)._limiter is None
    at_proxy = make(kind, TEST_KEY, base_url=elsewhere)
    assert at_proxy._limiter is None
    back = at_proxy.with_options(base_url="https://api.stripe.com")._limiter
    assert back is not None and back.limit == RateLimit.test_mode()
    # Connections the caller made may lead anywhere: never paced by default.
    http = httpx.Client() if kind == "sync" else httpx.AsyncClient()
    theirs = make(kind, TEST_KEY, base_url=elsewhere, http_client=http)
    assert theirs.with_options(base_url="https://api.stripe.com")._limiter is None
    if isinstance(http, httpx.Client):
        http.close()
    else:
        await http.aclose()
